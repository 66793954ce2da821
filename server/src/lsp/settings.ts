// Settings: `bronwijzer.*` from workspace/configuration, validated; `.bronwijzer.json` in workspace
// folders, read with fs and validated. Nothing from the workspace is ever executed.
import { readFileSync } from 'node:fs';
import type { RuleId, RuleLevel } from '../core/types';
import { RULE_IDS } from '../core';
import { DEFAULT_SETTINGS, type BronwijzerSettings } from '../shared/settings';
import { fmt, T, type Lang } from './i18n';

const LEVELS: readonly RuleLevel[] = ['error', 'warning', 'information', 'hint', 'off'];

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

export interface Validated<T> {
  value: T;
  /** Keys with a wrongly typed value (reset to defaults). */
  invalid: string[];
}

/** Validates a `bronwijzer` configuration section; wrong values fall back to the default per key. */
export function validateSettings(raw: unknown): Validated<BronwijzerSettings> {
  const d = DEFAULT_SETTINGS;
  const out: BronwijzerSettings = { ...d, languages: [...d.languages], rules: { ...d.rules }, knownSources: [...d.knownSources] };
  const invalid: string[] = [];
  if (raw === null || raw === undefined) return { value: out, invalid };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { value: out, invalid: ['bronwijzer'] };
  const r = raw as Record<string, unknown>;
  const check = <K extends keyof BronwijzerSettings>(key: K, ok: (v: unknown) => boolean): void => {
    if (!(key in r) || r[key] === undefined || r[key] === null) return;
    if (ok(r[key])) out[key] = r[key] as BronwijzerSettings[K];
    else invalid.push(`bronwijzer.${key}`);
  };
  check('enable', (v) => typeof v === 'boolean');
  check('languages', isStringList);
  check('debounceMs', (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 60_000);
  check('inlayHints', (v) => typeof v === 'boolean');
  check('knownSources', isStringList);
  check('maxDocumentSize', (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0);
  check('language', (v) => v === 'auto' || v === 'nl' || v === 'en');
  if (r.rules !== undefined && r.rules !== null) {
    if (typeof r.rules !== 'object' || Array.isArray(r.rules)) invalid.push('bronwijzer.rules');
    else {
      for (const [k, v] of Object.entries(r.rules as Record<string, unknown>)) {
        if (!(RULE_IDS as string[]).includes(k)) continue; // unknown rule ids from newer/older versions: ignore
        if (LEVELS.includes(v as RuleLevel)) out.rules[k as RuleId] = v as RuleLevel;
        else invalid.push(`bronwijzer.rules.${k}`);
      }
    }
  }
  return { value: out, invalid };
}

export function settingsMessage(invalid: string[], lang: Lang): string {
  return fmt(T.settingsInvalid[lang], { keys: invalid.join(', ') });
}

/** The contents of `.bronwijzer.json`. */
export interface WorkspaceConfig {
  knownSources: string[];
  outlets: string[];
  hedges: string[];
  rules: Partial<Record<RuleId, RuleLevel>>;
}

export const EMPTY_WORKSPACE_CONFIG: WorkspaceConfig = { knownSources: [], outlets: [], hedges: [], rules: {} };
export const WORKSPACE_FILE = '.bronwijzer.json';

export interface ParsedWorkspaceFile {
  config: WorkspaceConfig;
  /** One clear message for the first mistake, or null. */
  error: string | null;
}

/** Offset and description of the first JSON syntax error (JSON.parse does not always say where). */
export function jsonErrorAt(text: string): { pos: number; what: string } | null {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
  };
  const fail = (what: string): never => {
    throw { pos: i, what };
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a "quoted" key');
        str();
        ws();
        if (text[i] !== ':') fail("expected ':'");
        i++;
        value();
        ws();
        if (text[i] === ',') { i++; ws(); if (text[i] === '}') fail('trailing comma'); continue; }
        if (text[i] === '}') return void i++;
        fail("expected ',' or '}'");
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') { i++; ws(); if (text[i] === ']') fail('trailing comma'); continue; }
        if (text[i] === ']') return void i++;
        fail("expected ',' or ']'");
      }
    } else if (c === '"') str();
    else if (/[-0-9]/.test(c ?? '')) {
      const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
      if (!m) fail('invalid number');
      i += m![0].length;
    } else {
      for (const lit of ['true', 'false', 'null']) if (text.startsWith(lit, i)) return void (i += lit.length);
      fail(c === undefined ? 'unexpected end of file' : `unexpected '${c}'`);
    }
  };
  const str = (): void => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text[i] === '\n') fail('line break inside a string');
      i++;
    }
    if (text[i] !== '"') fail('unterminated string');
    i++;
  };
  try {
    value();
    ws();
    if (i < text.length) fail(`unexpected '${text[i]}' after the end`);
    return null;
  } catch (e) {
    return e as { pos: number; what: string };
  }
}

function lineOfPosition(text: string, pos: number): number {
  let line = 1;
  for (let i = 0; i < pos && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Parses and validates the text of a `.bronwijzer.json`. Mistaken parts are ignored, the rest used. */
export function parseWorkspaceFile(text: string, lang: Lang, file = WORKSPACE_FILE): ParsedWorkspaceFile {
  const config: WorkspaceConfig = { knownSources: [], outlets: [], hedges: [], rules: {} };
  let data: unknown;
  try {
    data = text.trim() === '' ? {} : JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const at = jsonErrorAt(text.replace(/^\uFEFF/, ''));
    const line = at ? lineOfPosition(text, at.pos) : 1;
    const detail = at ? at.what : e instanceof Error ? e.message : String(e);
    return { config, error: fmt(T.wsSyntax[lang], { file, line, detail }) };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { config, error: fmt(T.wsNotObject[lang], { file }) };
  }
  let error: string | null = null;
  const note = (m: string): void => {
    if (error === null) error = m;
  };
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key === '$schema') continue;
    if (key === 'knownSources' || key === 'outlets' || key === 'hedges') {
      if (isStringList(value)) config[key] = value.map((s) => s.trim()).filter((s) => s.length > 0);
      else note(fmt(T.wsWrongType[lang], { key, file, expected: T.expectStringList[lang] }));
    } else if (key === 'rules') {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        note(fmt(T.wsWrongType[lang], { key, file, expected: T.expectRules[lang] }));
        continue;
      }
      for (const [rule, level] of Object.entries(value as Record<string, unknown>)) {
        if (!(RULE_IDS as string[]).includes(rule)) note(fmt(T.wsUnknownKey[lang], { key: `rules.${rule}`, file }));
        else if (!LEVELS.includes(level as RuleLevel))
          note(fmt(T.wsWrongType[lang], { key: `rules.${rule}`, file, expected: T.expectRules[lang] }));
        else config.rules[rule as RuleId] = level as RuleLevel;
      }
    } else note(fmt(T.wsUnknownKey[lang], { key, file }));
  }
  return { config, error };
}

/** Reads `.bronwijzer.json` at an absolute path; a missing file is an empty config without error. */
export function readWorkspaceFile(path: string, lang: Lang): ParsedWorkspaceFile & { exists: boolean; text: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { config: { ...EMPTY_WORKSPACE_CONFIG, rules: {} }, error: null, exists: false, text: '' };
  }
  return { ...parseWorkspaceFile(text, lang), exists: true, text };
}

/** The settings and the workspace file merged: what one document is analysed and reported with. */
export interface Effective {
  settings: BronwijzerSettings;
  workspace: WorkspaceConfig;
  rules: Record<RuleId, RuleLevel>;
  knownSources: string[];
}

export function merge(settings: BronwijzerSettings, ws: WorkspaceConfig): Effective {
  const known = [...new Set([...settings.knownSources, ...ws.knownSources])];
  // The workspace file is the project's own choice: its rule levels win over the editor settings.
  return { settings, workspace: ws, rules: { ...settings.rules, ...ws.rules }, knownSources: known };
}
