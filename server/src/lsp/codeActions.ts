// Quick fixes from the data the diagnostics carry (never re-analysing): attribute a quote or hedged
// claim to a candidate claimant, unify a name's spelling, ignore here, turn a rule off for the
// workspace, add a known source. Edits are versioned so they never land on changed text.
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { RuleId } from '../core/types';
import { RULE_IDS } from '../core';
import type { DocState, DocumentStore } from './documents';
import type { FixData } from './diagnostics';
import { lineStartOffset, toOffset, toPosition, toRange, toSpan } from './convert';
import { t, type Lang } from './i18n';
import { disableNextLineComment } from './suppress';
import { readWorkspaceFile } from './settings';

export interface EditCaps {
  documentChanges: boolean;
  createFiles: boolean;
}

const SENTENCE_END = /[.!?…]/;
const FINITE_HEDGES = new Set(['zou', 'zouden', 'zal', 'zullen']);
const SUBORDINATORS = new Set([
  'dat', 'omdat', 'als', 'of', 'wanneer', 'terwijl', 'die', 'waar', 'hoewel', 'doordat', 'zodat', 'nadat', 'voordat',
  'toen', 'indien', 'mits', 'tenzij', 'zodra', 'sinds', 'waardoor', 'waarin', 'waarbij', 'wat', 'wie',
]);

function isFixData(x: unknown): x is FixData {
  if (!x || typeof x !== 'object') return false;
  const d = x as Partial<FixData>;
  return typeof d.rule === 'string' && (RULE_IDS as string[]).includes(d.rule) && typeof d.version === 'number' && Array.isArray(d.candidates);
}

/** Start of the sentence containing `offset`: after the previous sentence end or line break. */
export function sentenceStart(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0) {
    const ch = text[i];
    if (ch === '\n') break;
    if (SENTENCE_END.test(ch) && /\s/.test(text[i + 1] ?? '')) break;
    i--;
  }
  let s = i + 1;
  while (s < offset && /\s/.test(text[s])) s++;
  return s;
}

/** Offset of the sentence's final punctuation (or the line end when it has none), from `offset` on. */
export function sentenceEnd(text: string, offset: number): { at: number; punct: boolean } {
  let i = offset;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r') break;
    if (SENTENCE_END.test(ch)) {
      let j = i;
      while (j + 1 < text.length && SENTENCE_END.test(text[j + 1])) j++;
      const after = text[j + 1];
      if (after === undefined || /\s/.test(after)) return { at: i, punct: true };
    }
    i++;
  }
  // Trailing spaces before the line end stay after the insertion.
  while (i > offset && /[ \t]/.test(text[i - 1])) i--;
  return { at: i, punct: false };
}

/** `, aldus X` placed grammatically after a quotation (Q = offsets of the quote, marks included). */
export function aldusEdit(text: string, qs: number, qe: number, name: string): { start: number; end: number; newText: string } {
  const closing = text.slice(qe - 1, qe);
  const lastInner = text[qe - 2];
  let j = qe;
  while (text[j] === ' ' || text[j] === '\t') j++;
  const next = text[j];
  if (next !== undefined && SENTENCE_END.test(next)) return { start: qe, end: qe, newText: `, aldus ${name}` };
  if (next === undefined || next === '\n' || next === '\r') {
    if (lastInner === '.' && qe - 2 > qs) return { start: qe - 2, end: qe, newText: `${closing}, aldus ${name}.` };
    return { start: qe, end: qe, newText: `, aldus ${name}.` };
  }
  const end = sentenceEnd(text, qe);
  return { start: end.at, end: end.at, newText: `, aldus ${name}` };
}

/** Attribution of a hedged claim: "volgens X" after the finite verb of a main clause, else ", aldus X". */
export function hedgeEdit(text: string, hs: number, he: number, name: string): { start: number; end: number; newText: string; form: 'volgens' | 'aldus' } {
  const word = text.slice(hs, he).toLowerCase();
  const ss = sentenceStart(text, hs);
  const prefix = text.slice(ss, hs);
  const words = prefix.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const mainClause =
    FINITE_HEDGES.has(word) && words.length > 0 && words.length <= 8 && !/[,;:]/.test(prefix) && !words.some((w) => SUBORDINATORS.has(w));
  if (mainClause && /\s/.test(text[he] ?? '')) return { start: he, end: he, newText: ` volgens ${name}`, form: 'volgens' };
  const end = sentenceEnd(text, he);
  return { start: end.at, end: end.at, newText: `, aldus ${name}`, form: 'aldus' };
}

function versioned(state: DocState, edits: TextEdit[], caps: EditCaps): WorkspaceEdit {
  if (caps.documentChanges) return { documentChanges: [{ textDocument: { uri: state.uri, version: state.doc.version }, edits }] };
  return { changes: { [state.uri]: edits } };
}

function action(title: string, d: Diagnostic, edit: WorkspaceEdit, preferred = false): CodeAction {
  const a: CodeAction = { title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit };
  if (preferred) a.isPreferred = true;
  return a;
}

/** A WorkspaceEdit that changes (or creates) `.bronwijzer.json`, or null when that cannot be done safely. */
export function workspaceFileEdit(
  store: DocumentStore,
  uri: string,
  lang: Lang,
  caps: EditCaps,
  change: (obj: Record<string, unknown>) => boolean,
): WorkspaceEdit | null {
  const path = store.workspaceFilePath(uri);
  if (!path) return null;
  const current = readWorkspaceFile(path, lang);
  let obj: Record<string, unknown> = {};
  if (current.exists && current.text.trim() !== '') {
    try {
      const parsed: unknown = JSON.parse(current.text);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
      obj = parsed as Record<string, unknown>;
    } catch {
      return null; // never clobber a file the writer is still fixing
    }
  }
  if (!change(obj)) return null;
  const newText = JSON.stringify(obj, null, 2) + '\n';
  const fileUri = pathToFileURL(path).toString();
  if (current.exists) {
    const old = TextDocument.create(fileUri, 'json', 0, current.text);
    const edit: TextEdit = { range: { start: { line: 0, character: 0 }, end: old.positionAt(current.text.length) }, newText };
    if (caps.documentChanges) return { documentChanges: [{ textDocument: { uri: fileUri, version: null }, edits: [edit] }] };
    return { changes: { [fileUri]: [edit] } };
  }
  if (!caps.documentChanges || !caps.createFiles) return null;
  return {
    documentChanges: [
      { kind: 'create', uri: fileUri, options: { ignoreIfExists: true } },
      { textDocument: { uri: fileUri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText }] },
    ],
  };
}

export function codeActions(store: DocumentStore, state: DocState, params: CodeActionParams, lang: Lang, caps: EditCaps): CodeAction[] {
  const only = params.context?.only;
  if (Array.isArray(only) && only.length && !only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(k + '.') || k === '')) return [];
  const diagnostics = Array.isArray(params.context?.diagnostics) ? params.context.diagnostics : [];
  const doc = state.doc;
  const text = doc.getText();
  const out: CodeAction[] = [];
  const seenWs = new Set<string>();
  for (const d of diagnostics) {
    if (!d || d.source !== 'Bronwijzer' || !isFixData(d.data)) continue;
    const data = d.data;
    if (data.version !== doc.version) continue; // computed for older text: no fixes until re-published
    const rule = data.rule;
    const names = data.candidates.filter((n) => typeof n === 'string' && n.trim()).slice(0, 3);
    if (rule === 'unattributed-quote') {
      const q = toSpan(doc, data.target ?? d.range);
      names.forEach((name, i) => {
        const e = aldusEdit(text, q.start, q.end, name);
        out.push(action(t('fixAldus', lang, { name }), d, versioned(state, [{ range: toRange(doc, e), newText: e.newText }], caps), i === 0));
      });
    } else if (rule === 'unsourced-hedge') {
      const h = toSpan(doc, data.target ?? d.range);
      names.forEach((name, i) => {
        const e = hedgeEdit(text, h.start, h.end, name);
        const title = t(e.form === 'volgens' ? 'fixVolgens' : 'fixAldusClaim', lang, { name });
        out.push(action(title, d, versioned(state, [{ range: toRange(doc, e), newText: e.newText }], caps), i === 0));
      });
    } else if (rule === 'name-variant' && data.variant && typeof data.variant.to === 'string') {
      const { from, to } = data.variant;
      const edits: TextEdit[] = [];
      for (const r of data.variant.ranges ?? []) {
        const s = toSpan(doc, r);
        if (text.slice(s.start, s.end) === from) edits.push({ range: toRange(doc, s), newText: to });
      }
      if (edits.length) out.push(action(t('fixVariant', lang, { from, to }), d, versioned(state, edits, caps), true));
      const known = workspaceFileEdit(store, state.uri, lang, caps, (o) => addKnown(o, from));
      if (known) out.push(action(t('fixKnownSource', lang, { name: from }), d, known));
    }
    // Ignore here: a comment above the line.
    const lineStart = lineStartOffset(doc, toOffset(doc, d.range.start));
    const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))?.[0] ?? '';
    const above = text.slice(Math.max(0, lineStart - 200), lineStart);
    const comment = disableNextLineComment(rule);
    if (!above.trimEnd().endsWith(comment)) {
      const edit = { range: { start: toPosition(doc, lineStart), end: toPosition(doc, lineStart) }, newText: `${indent}${comment}\n` };
      out.push(action(t('fixIgnoreLine', lang, { rule }), d, versioned(state, [edit], caps)));
    }
    if (!seenWs.has(rule)) {
      seenWs.add(rule);
      const ws = workspaceFileEdit(store, state.uri, lang, caps, (o) => disableRule(o, rule));
      if (ws) out.push(action(t('fixDisableRule', lang, { rule }), d, ws));
    }
  }
  return out;
}

function addKnown(o: Record<string, unknown>, name: string): boolean {
  const list = Array.isArray(o.knownSources) ? (o.knownSources as unknown[]).filter((x) => typeof x === 'string') : [];
  if (list.includes(name)) return false;
  o.knownSources = [...list, name];
  return true;
}

function disableRule(o: Record<string, unknown>, rule: RuleId): boolean {
  const rules = o.rules && typeof o.rules === 'object' && !Array.isArray(o.rules) ? (o.rules as Record<string, unknown>) : {};
  if (rules[rule] === 'off') return false;
  o.rules = { ...rules, [rule]: 'off' };
  return true;
}
