#!/usr/bin/env node
// The benchmark (`npm run bench`): the analysis core in-process after warm-up, then the adversarial
// inputs of issue 5 (each in a worker with a time limit), then bench/lsp.mjs when it exists.
// Prints Markdown tables (pasted into the README's Benchmarks section). No assertions: figures only.
//   node bench/run.mjs [--skip-adversarial] [--limit-s N]
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { cpus, totalmem, platform, release, loadavg } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ROOT, corpus, draftOfBytes, draftOfWords, ADVERSARIAL } from './inputs.mjs';

const args = process.argv.slice(2);
const LIMIT_S = Number(args[args.indexOf('--limit-s') + 1]) || 120;

await esbuild.build({
  entryPoints: [join(ROOT, 'bench/core.ts')],
  outfile: join(ROOT, 'bench/out/core.cjs'),
  bundle: true,
  platform: 'node',
  target: 'node20', supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  logLevel: 'warning',
});
const require = createRequire(import.meta.url);
const { analyse, segment } = require('./out/core.cjs');

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

const MB = 1e6;
const bytesOf = (s) => Buffer.byteLength(s, 'utf8');
const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}
const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3));
const mark = (ok) => (ok ? '✓' : '✗');
// Times are CPU time of this process (user + system, from process.cpuUsage), not wall-clock time, so
// that other work on a shared machine does not inflate them; wall-clock medians are printed alongside.
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const walls = [];
function timeOnce(text) {
  const w0 = performance.now();
  const c0 = cpuNow();
  const a = analyse(text, { format: 'plaintext' });
  const c = cpuNow() - c0;
  walls.push(performance.now() - w0);
  return [c, a];
}
const WARM_MS = 3000;
function warmUp(fn, ms = WARM_MS) {
  const t0 = performance.now();
  while (performance.now() - t0 < ms) fn();
}
function timeFn(fn) {
  const c0 = cpuNow();
  fn();
  return cpuNow() - c0;
}
function table(head, rows) {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => '| ' + r.map((c, i) => String(c).padEnd(w[i])).join(' | ') + ' |';
  console.log([line(head), '|' + w.map((n) => '-'.repeat(n + 2)).join('|') + '|', ...rows.map(line)].join('\n'));
}

const cpu = cpus();
console.log(`# Bronwijzer benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
console.log(`Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${platform()} ${release()}, Node ${process.version}; load average ${loadavg()[0].toFixed(1)} at the start`);
console.log('Times are CPU time of the benchmark process (user + system), so that other load does not inflate them.\n');

// ---- the dev corpus -------------------------------------------------------------------------------
const docs = corpus();
let newsNsPerByte = NaN;
// cost per statement of news (the adversarial table compares statement-dense inputs per statement too)
let newsUsPerStatement = NaN;
let newsBytesPerStatement = NaN;
if (docs.length === 0) {
  console.log('(../shared/corpus/dev not found: corpus figures skipped; drafts built from built-in sentences)\n');
} else {
  // Warm-up by time, not by a count of runs: V8's optimising tiers need seconds of a workload before
  // the code is in its steady state (what an editor that re-analyses a draft on every keystroke runs).
  warmUp(() => { for (const d of docs) analyse(d.text, { format: 'plaintext' }); });
  const per = [];
  let total = 0;
  let bytes = 0;
  let statements = 0;
  const ROUNDS = 200;
  for (let r = 0; r < ROUNDS; r++)
    for (const d of docs) {
      const [t, a] = timeOnce(d.text);
      if (r === 0) statements += a.statements.length;
      per.push(t);
      total += t;
      bytes += bytesOf(d.text);
    }
  const mbps = bytes / MB / (total / 1000);
  let segTotal = 0;
  warmUp(() => { for (const d of docs) segment(d.text, { format: 'plaintext' }); }, 1000);
  for (let r = 0; r < ROUNDS; r++)
    for (const d of docs) segTotal += timeFn(() => segment(d.text, { format: 'plaintext' }));
  newsNsPerByte = (total * 1e6) / bytes;
  newsUsPerStatement = (total * 1e3) / ROUNDS / statements;
  newsBytesPerStatement = bytes / ROUNDS / statements;
  const corpusBytes = docs.reduce((n, d) => n + bytesOf(d.text), 0);
  console.log(`## The dev corpus (${docs.length} articles, ${(corpusBytes / 1024).toFixed(1)} KB; ${ROUNDS} rounds after ${WARM_MS / 1000} s of warm-up)\n`);
  table(
    ['measure', 'value', 'target'],
    [
      ['per article, median', `${ms(median(per))} ms`, ''],
      ['per article, p95', `${ms(quantile(per, 0.95))} ms`, ''],
      ['per article, wall-clock median', `${ms(median(walls))} ms`, ''],
      ['throughput', `${mbps.toFixed(1)} MB/s`, `≥ 20 MB/s ${mark(mbps >= 20)}`],
      ['cost per byte (news)', `${newsNsPerByte.toFixed(1)} ns/byte`, ''],
      ['cost per statement (news, everything included)', `${newsUsPerStatement.toFixed(2)} µs`, ''],
      ['of which the text layer (segment)', `${(bytes / MB / (segTotal / 1000)).toFixed(1)} MB/s`, ''],
    ],
  );
  console.log('');
}

// ---- drafts built from corpus sentences -----------------------------------------------------------
{
  const four = draftOfBytes(4096);
  warmUp(() => analyse(four, { format: 'plaintext' }), 1000);
  const t4 = [];
  for (let i = 0; i < 500; i++) t4.push(timeOnce(four)[0]);
  const big = draftOfWords(20_000);
  warmUp(() => analyse(big, { format: 'plaintext' }));
  const tb = [];
  for (let i = 0; i < 30; i++) tb.push(timeOnce(big)[0]);
  const m4 = median(t4);
  const mb = median(tb);
  walls.length = 0;
  const bigMbps = bytesOf(big) / MB / (mb / 1000);
  if (Number.isNaN(newsNsPerByte)) newsNsPerByte = (m4 * 1e6) / bytesOf(four);
  gc();
  const heap = process.memoryUsage();
  console.log('## Drafts built from the corpus sentences (deterministic)\n');
  table(
    ['input', 'bytes', 'median', 'throughput', 'target'],
    [
      ['4 KB article (500 runs)', bytesOf(four), `${ms(m4)} ms`, `${(bytesOf(four) / MB / (m4 / 1000)).toFixed(1)} MB/s`, `≤ 0.3 ms ${mark(m4 <= 0.3)}`],
      ['20,000-word draft (30 runs)', bytesOf(big), `${ms(mb)} ms`, `${bigMbps.toFixed(1)} MB/s`, `≥ 20 MB/s ${mark(bigMbps >= 20)}`],
    ],
  );
  console.log(`\nHeap used after these runs (after GC): ${(heap.heapUsed / 2 ** 20).toFixed(1)} MiB; RSS ${(heap.rss / 2 ** 20).toFixed(0)} MiB; load average ${loadavg()[0].toFixed(1)}.\n`);
}

// ---- where the time goes ----------------------------------------------------------------------------
if (docs.length) {
  console.log('## Per stage (bench/stages.mjs; wall-clock medians)\n```');
  spawnSync(process.execPath, [join(ROOT, 'bench/stages.mjs')], { stdio: 'inherit', cwd: ROOT });
  console.log('```\n');
}

// ---- adversarial inputs (issue 5) -----------------------------------------------------------------
function runWorker(name) {
  return new Promise((resolve) => {
    const w = new Worker(new URL('./adversarial-worker.mjs', import.meta.url), { workerData: { name } });
    const timer = setTimeout(() => {
      w.terminate();
      resolve({ timeout: true });
    }, LIMIT_S * 1000);
    w.once('message', (m) => {
      clearTimeout(timer);
      w.terminate();
      resolve(m);
    });
    w.once('error', (e) => {
      clearTimeout(timer);
      resolve({ error: String(e?.message ?? e).split('\n')[0] });
    });
  });
}

if (!args.includes('--skip-adversarial')) {
  console.log(`## Adversarial inputs (each in a fresh worker, limit ${LIMIT_S} s; ratio: cost per byte relative to news, target ≤ 3×)\n`);
  const rows = [];
  for (const name of Object.keys(ADVERSARIAL)) {
    const r = await runWorker(name);
    if (r.timeout || r.error) {
      rows.push([name, r.bytes ?? '?', r.timeout ? `> ${LIMIT_S * 1000}` : 'error', '', '', '', r.error ?? 'timeout', '✗']);
      continue;
    }
    const nsb = (r.ms * 1e6) / r.bytes;
    const ratio = nsb / newsNsPerByte;
    const perSt = r.statements >= 1000 && newsUsPerStatement > 0 ? `${((r.ms * 1e3) / r.statements / newsUsPerStatement).toFixed(2)}×` : '';
    rows.push([name, r.bytes, ms(r.ms), nsb.toFixed(1), `${ratio.toFixed(2)}×`, perSt, `${r.quotes} q, ${r.statements} st, ${r.findings} f, heap ${r.heapMiB} MiB`, mark(ratio <= 3)]);
  }
  table(['input', 'bytes', 'ms', 'ns/byte', 'ratio', 'per statement vs news', 'found', '≤ 3×'], rows);
  console.log(`\n(per statement vs news: the cost per statement found, relative to a statement of news with everything around it; the statement-dense inputs have one statement per 15–17 bytes, the news one per ${newsBytesPerStatement.toFixed(0)}.)`);
  console.log('');
}

// ---- the language server (written by the server's owner) -----------------------------------------
const lsp = join(ROOT, 'bench/lsp.mjs');
if (existsSync(lsp)) {
  console.log('## The language server (bench/lsp.mjs)\n');
  const r = spawnSync(process.execPath, [lsp], { stdio: 'inherit', cwd: ROOT });
  if (r.status !== 0) console.log(`(bench/lsp.mjs exited with ${r.status})`);
}
