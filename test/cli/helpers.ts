// Shared by the CLI tests: temp dirs, running the built CLI, a stand-in analyser.
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Analysis, Finding, RuleId, Severity } from '../../server/src/core/types';

export const ROOT = resolve(__dirname, '../..');
export const CLI = join(ROOT, 'server/out/cli.js');

export function tempDir(): { dir: string; file(name: string, data: string | Uint8Array): string; done(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'bronwijzer-cli-'));
  return {
    dir,
    file(name, data) {
      const p = join(dir, name);
      writeFileSync(p, data);
      return p;
    },
    done: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { input?: string | Uint8Array; cwd?: string; env?: NodeJS.ProcessEnv; nodeArgs?: string[] } = {}): Run {
  const r = spawnSync(process.execPath, [...(opts.nodeArgs ?? []), CLI, ...args], {
    input: opts.input ?? '',
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, LANG: 'nl_NL.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...opts.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function finding(rule: RuleId, severity: Severity, start: number, end: number, nl = 'Melding', en = 'Message'): Finding {
  return { rule, severity, span: { start, end }, message: { nl, en }, candidates: [], related: [] };
}

export function emptyAnalysis(text: string, findings: Finding[] = []): Analysis {
  return { length: text.length, statements: [], quotes: [], hedges: [], claimants: [], cues: [], findings, masked: [] };
}

/** A stand-in analyser: an unattributed-quote warning on every "…" quotation, an error on the word FOUT. */
export function fakeAnalyse(text: string): Analysis {
  const findings: Finding[] = [];
  for (const m of text.matchAll(/"[^"]*"/g)) findings.push(finding('unattributed-quote', 'warning', m.index!, m.index! + m[0].length, 'Citaat zonder bron', 'Unattributed quote'));
  for (const m of text.matchAll(/FOUT/g)) findings.push(finding('contested-claim', 'error', m.index!, m.index! + 4, 'Een fout', 'An error'));
  return emptyAnalysis(text, findings);
}
