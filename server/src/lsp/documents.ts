// Open documents, their analysis cache, debounced live analysis and publishing.
// Correctness first: one whole-document analysis per (text, options); results computed for an older
// version are never published; severity/language changes re-use the cached analysis.
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Analysis, AnalyseOptions, Finding } from '../core/types';
import { analyse, WindowCache } from '../core';
import { DEFAULT_SETTINGS, type BronwijzerSettings } from '../shared/settings';
import type { Lang } from './i18n';
import { resolveLang } from './i18n';
import { filterSuppressed } from './suppress';
import { beforeAnalysis, scheduleIdleGc } from './heap';
import {
  EMPTY_WORKSPACE_CONFIG,
  merge,
  readWorkspaceFile,
  settingsMessage,
  validateSettings,
  WORKSPACE_FILE,
  type Effective,
  type WorkspaceConfig,
} from './settings';

/** How long a word being typed stays unflagged when no further edit comes (clients that report no cursor). */
export const HIDE_WHILE_TYPING_MS = 1200;
/** The same for clients that report the cursor: a fallback only, in case the cursor reports stop. */
export const HIDE_WHILE_TYPING_CURSOR_MS = 60_000;

export type SkipReason = 'too-large' | 'disabled' | 'language';

export interface Result {
  version: number;
  /** null when the document was not analysed (see `skipped`). */
  analysis: Analysis | null;
  skipped: SkipReason | null;
  /** Findings after rule levels (`off` removed) and suppression comments. */
  findings: Finding[];
  eff: Effective;
  lang: Lang;
}

export interface DocState {
  uri: string;
  doc: TextDocument;
  /** The most recent edit when it was a keystroke inside a word (hide-while-typing). */
  typing: { offset: number; version: number } | null;
  timer: NodeJS.Timeout | null;
  hideTimer: NodeJS.Timeout | null;
  /** The last computed result (may be for an older version). */
  result: Result | null;
  /** The analysis cache: the last analysed text and options. */
  cache: { text: string; optionsKey: string; analysis: Analysis } | null;
  /** A long draft's windows of the last analysis: the next one analyses only the windows an edit changed. */
  windows: WindowCache;
  /** Last effective settings resolved for this document (used by synchronous requests). */
  eff: Effective | null;
  /** The last version published. */
  published: number;
  /** How long the last analysis of this document took (ms). */
  analysisMs?: number;
}

export interface Host {
  /** workspace/configuration for a document (or undefined when the client has no such request). */
  fetchSettings(uri: string): Promise<unknown>;
  publish(state: DocState, result: Result, hideAt: number | null): void;
  /** Shows one message to the user (the host de-duplicates). */
  warn(message: string): void;
  /** Logs an internal error. */
  error(what: string, e: unknown): void;
  clientLocale: string | undefined;
}

const WORD_CHAR = /[\p{L}\p{N}'’\-]/u;
const SETTINGS_TIMEOUT_MS = 3000;

const isPos = (p: unknown): boolean =>
  !!p && typeof p === 'object' && Number.isFinite((p as { line?: unknown }).line) && Number.isFinite((p as { character?: unknown }).character);
const isRange = (r: unknown): boolean => !!r && typeof r === 'object' && isPos((r as { start?: unknown }).start) && isPos((r as { end?: unknown }).end);

/** The word (letters, digits, ' ’ -) around an offset: [start, end]. */
export function wordAround(text: string, offset: number): [number, number] {
  let a = Math.max(0, Math.min(offset, text.length));
  let b = a;
  while (a > 0 && a > offset - 200 && WORD_CHAR.test(text[a - 1])) a--;
  while (b < text.length && b < offset + 200 && WORD_CHAR.test(text[b])) b++;
  return [a, b];
}

function formatOf(languageId: string): AnalyseOptions['format'] {
  return languageId === 'markdown' ? 'markdown' : 'plaintext';
}

function uriToPath(uri: string): string | null {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : null;
  } catch {
    return null;
  }
}

export class DocumentStore {
  readonly docs = new Map<string, DocState>();
  workspaceFolders: string[] = []; // folder URIs
  /** The client reports cursor positions (bronwijzer/cursor): a typed word is shown again when the cursor leaves it. */
  cursorReports = false;
  /** Push-style settings (didChangeConfiguration with a payload) when the client cannot be asked. */
  pushedSettings: unknown = undefined;
  canPullSettings = false;
  private settingsCache = new Map<string, Promise<BronwijzerSettings>>();
  private wsCache = new Map<string, WorkspaceConfig>();
  /** Whether a `.bronwijzer.json` exists at a path (cleared when watched files change). */
  private lookup = new Map<string, boolean>();

  constructor(private readonly host: Host) {}

  get(uri: unknown): DocState | undefined {
    return typeof uri === 'string' ? this.docs.get(uri) : undefined;
  }

  open(uri: string, languageId: string, version: number, text: string): void {
    const old = this.docs.get(uri);
    if (old) this.clearTimers(old);
    const state: DocState = {
      uri,
      doc: TextDocument.create(uri, String(languageId ?? 'plaintext'), Number.isFinite(version) ? version : 0, String(text ?? '')),
      typing: null,
      timer: null,
      hideTimer: null,
      result: null,
      cache: null,
      windows: new WindowCache(),
      eff: null,
      published: -Infinity,
    };
    this.docs.set(uri, state);
    this.schedule(state, 0);
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void {
    const state = this.docs.get(uri);
    if (!state || !Array.isArray(changes)) return;
    if (Number.isFinite(version) && version <= state.doc.version) return; // stale or duplicate
    const valid = changes.filter(
      (c) => c && typeof c === 'object' && typeof (c as { text?: unknown }).text === 'string' && (!('range' in c) || c.range === undefined || isRange(c.range)),
    );
    // Hide-while-typing: a single keystroke (or deletion) inside a word.
    let typing: DocState['typing'] = null;
    const nextVersion = Number.isFinite(version) ? version : state.doc.version + 1;
    if (valid.length === 1 && 'range' in valid[0] && valid[0].range) {
      const c = valid[0];
      const start = state.doc.offsetAt(c.range.start);
      if (c.text.length <= 3 && [...c.text].every((ch) => WORD_CHAR.test(ch))) {
        typing = { offset: start + c.text.length, version: nextVersion };
      }
    }
    TextDocument.update(state.doc, valid, nextVersion);
    if (typing) {
      const text = state.doc.getText();
      const before = text[typing.offset - 1];
      if (!before || !WORD_CHAR.test(before)) typing = null;
    }
    state.typing = typing;
    // Debounced; a long draft whose analysis takes longer than the debounce waits that long instead, so
    // that typing fast in it does not queue one analysis per keystroke. debounceMs 0 means immediately.
    const debounce = state.eff?.settings.debounceMs ?? DEFAULT_SETTINGS.debounceMs;
    const delay = debounce > 0 ? Math.max(debounce, Math.min(state.analysisMs ?? 0, 1000)) : 0;
    this.schedule(state, delay);
  }

  /**
   * The cursors moved (bronwijzer/cursor). When none of them is in the word being typed any more, that
   * word's findings are published at once; a word left half-typed in another document is shown too (the
   * user is elsewhere now).
   */
  cursor(uri: string, offsets: number[]): void {
    for (const other of this.docs.values()) if (other.uri !== uri && other.typing) this.showTyped(other);
    const state = this.docs.get(uri);
    if (!state || !state.typing) return;
    const [from, to] = wordAround(state.doc.getText(), state.typing.offset);
    if (!offsets.some((o) => o >= from && o <= to)) this.showTyped(state);
  }

  /** Stops hiding the word being typed and republishes the current result, if it was published. */
  private showTyped(state: DocState): void {
    state.typing = null;
    const result = state.result;
    if (result && result.version === state.doc.version && state.published === result.version) this.publish(state, result);
  }

  close(uri: string): DocState | undefined {
    const state = this.docs.get(uri);
    if (!state) return undefined;
    this.clearTimers(state);
    this.docs.delete(uri);
    this.settingsCache.delete(uri);
    return state;
  }

  private clearTimers(state: DocState): void {
    if (state.timer) clearTimeout(state.timer);
    if (state.hideTimer) clearTimeout(state.hideTimer);
    state.timer = state.hideTimer = null;
  }

  schedule(state: DocState, delay: number): void {
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = null;
      void this.run(state);
    }, Math.max(0, delay));
  }

  /** Re-analyse (or re-filter) every open document, e.g. after a settings change. */
  refreshAll(): void {
    for (const s of this.docs.values()) this.schedule(s, 0);
  }

  invalidateSettings(): void {
    this.settingsCache.clear();
  }

  invalidateWorkspaceFiles(): void {
    this.wsCache.clear();
    this.lookup.clear();
  }

  /** The workspace folder (URI) a document belongs to: the longest matching folder. */
  folderOf(uri: string): string | null {
    let best: string | null = null;
    for (const f of this.workspaceFolders) {
      const base = f.endsWith('/') ? f : f + '/';
      if ((uri.startsWith(base) || uri === f) && (!best || f.length > best.length)) best = f;
    }
    return best;
  }

  /**
   * Absolute path of the `.bronwijzer.json` governing a local document: the nearest one above it (as the
   * CLI does), not above its workspace folder; else where one would be created (the folder's root).
   */
  workspaceFilePath(uri: string): string | null {
    const file = uriToPath(uri);
    const folder = this.folderOf(uri);
    const root = folder ? uriToPath(folder) : null;
    if (file) {
      let dir = dirname(file);
      for (let i = 0; i < 64; i++) {
        const candidate = join(dir, WORKSPACE_FILE);
        let found = this.lookup.get(candidate);
        if (found === undefined) {
          try {
            found = statSync(candidate).isFile();
          } catch {
            found = false;
          }
          this.lookup.set(candidate, found);
        }
        if (found) return candidate;
        if (root && (dir === root || !dir.startsWith(root))) break;
        const up = dirname(dir);
        if (up === dir) break;
        dir = up;
      }
    }
    return root ? join(root, WORKSPACE_FILE) : null;
  }

  private async settingsFor(uri: string): Promise<BronwijzerSettings> {
    let p = this.settingsCache.get(uri);
    if (!p) {
      p = (async () => {
        let raw: unknown = undefined;
        if (this.canPullSettings) {
          try {
            // a client that never answers must not stop the analysis: defaults after a while
            raw = await Promise.race([
              this.host.fetchSettings(uri),
              new Promise<undefined>((r) => setTimeout(() => r(undefined), SETTINGS_TIMEOUT_MS).unref()),
            ]);
          } catch {
            raw = undefined;
          }
        } else raw = this.pushedSettings;
        const { value, invalid } = validateSettings(raw);
        if (invalid.length) {
          const lang = resolveLang(value.language, this.host.clientLocale);
          this.host.warn(settingsMessage(invalid, lang));
        }
        return value;
      })();
      this.settingsCache.set(uri, p);
    }
    return p;
  }

  private workspaceConfig(uri: string, lang: Lang): WorkspaceConfig {
    const path = this.workspaceFilePath(uri);
    if (!path) return EMPTY_WORKSPACE_CONFIG;
    let c = this.wsCache.get(path);
    if (!c) {
      const r = readWorkspaceFile(path, lang);
      if (r.error) this.host.warn(r.error);
      c = r.config;
      this.wsCache.set(path, c);
    }
    return c;
  }

  async effective(uri: string): Promise<Effective> {
    const settings = await this.settingsFor(uri);
    const lang = resolveLang(settings.language, this.host.clientLocale);
    return merge(settings, this.workspaceConfig(uri, lang));
  }

  private async run(state: DocState): Promise<void> {
    try {
      const version = state.doc.version;
      const eff = await this.effective(state.uri);
      if (this.docs.get(state.uri) !== state || state.doc.version !== version) return; // a newer run follows
      state.eff = eff;
      const result = this.compute(state, eff);
      this.publish(state, result);
      scheduleIdleGc();
    } catch (e) {
      this.host.error('analysis', e);
    }
  }

  publish(state: DocState, result: Result): void {
    if (this.docs.get(state.uri) !== state || result.version !== state.doc.version) return; // never publish stale
    const hideAt = state.typing && state.typing.version === result.version ? state.typing.offset : null;
    if (state.hideTimer) clearTimeout(state.hideTimer);
    state.hideTimer = null;
    if (hideAt !== null) {
      state.hideTimer = setTimeout(() => {
        state.hideTimer = null;
        if (state.typing && state.typing.version === result.version) state.typing = null;
        this.publish(state, result);
      }, this.cursorReports ? HIDE_WHILE_TYPING_CURSOR_MS : HIDE_WHILE_TYPING_MS);
    }
    state.published = result.version;
    this.host.publish(state, result, hideAt);
  }

  /** The result for the document's current version, computed synchronously if needed. */
  current(state: DocState): Result {
    if (state.result && state.result.version === state.doc.version) return state.result;
    const eff = state.eff ?? merge(DEFAULT_SETTINGS, EMPTY_WORKSPACE_CONFIG);
    return this.compute(state, eff);
  }

  compute(state: DocState, eff: Effective): Result {
    const { doc } = state;
    const version = doc.version;
    const s = eff.settings;
    const lang = resolveLang(s.language, this.host.clientLocale);
    const base = { version, eff, lang };
    let result: Result;
    if (!s.enable) result = { ...base, analysis: null, skipped: 'disabled', findings: [] };
    else if (!s.languages.includes(doc.languageId)) result = { ...base, analysis: null, skipped: 'language', findings: [] };
    else if (doc.getText().length > s.maxDocumentSize) result = { ...base, analysis: null, skipped: 'too-large', findings: [] };
    else {
      const text = doc.getText();
      const options: AnalyseOptions = {
        format: formatOf(doc.languageId),
        knownSources: eff.knownSources,
        outlets: eff.workspace.outlets,
        extraHedges: eff.workspace.hedges,
      };
      const optionsKey = JSON.stringify(options);
      let analysis: Analysis;
      if (state.cache && state.cache.optionsKey === optionsKey && state.cache.text === text) analysis = state.cache.analysis;
      else {
        beforeAnalysis(text.length);
        const t0 = performance.now();
        analysis = analyse(text, options, state.windows);
        state.analysisMs = performance.now() - t0;
        state.cache = { text, optionsKey, analysis };
      }
      const levelled = analysis.findings.filter((f) => (eff.rules[f.rule] ?? 'off') !== 'off');
      const findings = filterSuppressed(text, levelled);
      result = { ...base, analysis, skipped: null, findings };
    }
    state.result = result;
    return result;
  }
}
