// The command line: `bronwijzer [--format text|json|sarif] FILE...`. Exit 0: no errors found; 1: findings
// of severity error; 2: bad usage or unreadable input (the other files are still analysed).
import type { Readable } from 'node:stream';
import pkg from '../../../package.json';
import { analyse } from '../core';
import type { Lang } from '../core/types';
import { UsageError, parseCli, type CliOptions } from './args';
import { ConfigFinder } from './config';
import { readFileChecked, readStreamChecked, type ReadResult } from './input';
import { LineIndex } from './lines';
import { MSG, help, pickLang } from './messages';
import { STDIN_NAME, applyRuleLevels, formatJson, formatSarif, formatText, toUri, type FileReport, type Skipped } from './report';

export const VERSION: string = pkg.version;

export interface CliIO {
  stdout(s: string): void;
  stderr(s: string): void;
  stdin: Readable;
  env: NodeJS.ProcessEnv;
  /** The analyser (tests pass a stand-in). */
  analyse?: typeof analyse;
}

export const isMarkdown = (name: string) => /\.(md|markdown)$/i.test(name);

export async function main(argv: string[], io: CliIO): Promise<number> {
  const envLang = pickLang(io.env);
  let opts: CliOptions;
  try {
    opts = parseCli(argv, envLang);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`bronwijzer: ${MSG.usage(e.lang, e.message)}\n`);
      return 2;
    }
    throw e;
  }
  const lang: Lang = opts.lang;
  if (opts.help) {
    io.stdout(help(lang, VERSION) + '\n');
    return 0;
  }
  if (opts.version) {
    io.stdout(VERSION + '\n');
    return 0;
  }

  const files: FileReport[] = [];
  const skipped: Skipped[] = [];
  const configs = new ConfigFinder(lang, opts.config, opts.noConfig);
  const configErrors = new Set<string>();
  for (const arg of opts.files) {
    const fromStdin = arg === '-';
    const name = fromStdin ? (opts.stdinFilename ?? STDIN_NAME) : arg;
    const uri = fromStdin ? toUri(opts.stdinFilename ?? 'stdin') : toUri(arg);
    const read: ReadResult = fromStdin ? await readStreamChecked(lang, name, io.stdin, opts.maxSize) : await readFileChecked(lang, arg, opts.maxSize);
    if (!read.ok) {
      io.stderr(`bronwijzer: ${read.message}\n`);
      skipped.push({ name, uri, message: read.message });
      continue;
    }
    const cfg = configs.forFile(fromStdin ? null : arg);
    if (cfg.error && !configErrors.has(cfg.error)) {
      configErrors.add(cfg.error);
      io.stderr(`bronwijzer: ${cfg.error}\n`);
    }
    const { knownSources, outlets, hedges, rules } = cfg.config;
    try {
      const options = { format: isMarkdown(name) ? ('markdown' as const) : ('plaintext' as const), knownSources, outlets, extraHedges: hedges };
      const analysis = applyRuleLevels((io.analyse ?? analyse)(read.text, options), { ...rules, ...opts.rules });
      files.push({ name, uri, text: read.text, analysis, lines: new LineIndex(read.text) });
    } catch (e) {
      const message = MSG.analysisFailed(lang, name, e instanceof Error ? e.message : String(e));
      io.stderr(`bronwijzer: ${message}\n`);
      skipped.push({ name, uri, message });
    }
  }

  const hasErrors = files.some((f) => f.analysis.findings.some((x) => x.severity === 'error'));
  const code = skipped.length > 0 || configErrors.size > 0 ? 2 : hasErrors ? 1 : 0;
  if (opts.format === 'json') io.stdout(formatJson(files, opts.files.length > 1));
  else if (opts.format === 'sarif') io.stdout(formatSarif(files, skipped, lang, VERSION, code));
  else io.stdout(formatText(files, skipped.length, lang));
  return code;
}
