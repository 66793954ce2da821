// Command-line arguments, parsed with node:util parseArgs. Bad usage is reported as a UsageError.
import { parseArgs } from 'node:util';
import { RULE_IDS } from '../core';
import type { Lang, RuleId, RuleLevel } from '../core/types';
import { MSG } from './messages';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CliOptions {
  help: boolean;
  version: boolean;
  format: OutputFormat;
  lang: Lang;
  maxSize: number;
  rules: Partial<Record<RuleId, RuleLevel>>;
  stdinFilename: string | null;
  /** `--config FILE`: use this workspace file for every draft. */
  config: string | null;
  /** `--no-config`: ignore `.bronwijzer.json` files. */
  noConfig: boolean;
  files: string[];
}

export class UsageError extends Error {
  constructor(message: string, readonly lang: Lang) {
    super(message);
  }
}

export const DEFAULT_MAX_SIZE = 20 * 1024 * 1024;

const LEVELS: readonly RuleLevel[] = ['error', 'warning', 'information', 'hint', 'off'];

/** `20MB`, `500kb`, `1.5M`, `1048576` -> bytes, or null. */
export function parseSize(s: string): number | null {
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(s);
  if (!m) return null;
  const n = Number(m[1].replace(',', '.'));
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const bytes = Math.floor(n * mult);
  return Number.isFinite(bytes) && bytes > 0 ? bytes : null;
}

export function parseCli(argv: string[], defaultLang: Lang): CliOptions {
  // The language first, so that usage errors come in the language asked for.
  let lang = defaultLang;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === '--lang' || a === '-l' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v === 'nl' || v === 'en') lang = v;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        lang: { type: 'string', short: 'l' },
        rule: { type: 'string', multiple: true },
        'max-size': { type: 'string' },
        'stdin-filename': { type: 'string' },
        config: { type: 'string', short: 'c' },
        'no-config': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    throw new UsageError(localiseParseError(lang, e instanceof Error ? e.message : String(e)), lang);
  }
  const v = parsed.values;
  const format = v.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(MSG.badFormat(lang, format), lang);
  if (v.lang !== undefined && v.lang !== 'nl' && v.lang !== 'en') throw new UsageError(MSG.badLang(lang, v.lang), lang);
  let maxSize = DEFAULT_MAX_SIZE;
  if (v['max-size'] !== undefined) {
    const n = parseSize(v['max-size']);
    if (n === null) throw new UsageError(MSG.badSize(lang, v['max-size']), lang);
    maxSize = n;
  }
  const rules: Partial<Record<RuleId, RuleLevel>> = {};
  for (const r of v.rule ?? []) {
    const [id, level] = r.split('=').map((x) => x.trim());
    if (!RULE_IDS.includes(id as RuleId) || !LEVELS.includes(level as RuleLevel)) throw new UsageError(MSG.badRule(lang, r, RULE_IDS.join(', ')), lang);
    rules[id as RuleId] = level as RuleLevel;
  }
  const files = parsed.positionals;
  if (files.filter((f) => f === '-').length > 1) throw new UsageError(MSG.stdinTwice(lang), lang);
  const help = v.help ?? false;
  const version = v.version ?? false;
  if (!help && !version && files.length === 0) throw new UsageError(MSG.noFiles(lang), lang);
  return { help, version, format, lang, maxSize, rules, stdinFilename: v['stdin-filename'] ?? null, config: v.config ?? null, noConfig: v['no-config'] ?? false, files };
}

/** parseArgs speaks English; say the common cases in Dutch too. */
function localiseParseError(lang: Lang, message: string): string {
  const unknown = /Unknown option '([^']+)'/.exec(message);
  const missing = /Option '([^']+)' argument missing/.exec(message);
  if (lang === 'nl') {
    if (unknown) return `onbekende optie ${unknown[1]}`;
    if (missing) return `optie ${missing[1].split(',').pop()?.trim().split(' ')[0]} verwacht een waarde`;
    return message;
  }
  if (unknown) return `unknown option ${unknown[1]}`;
  if (missing) return `option ${missing[1].split(',').pop()?.trim().split(' ')[0]} needs a value`;
  return message;
}
