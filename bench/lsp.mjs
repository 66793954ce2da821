#!/usr/bin/env node
// Language-server benchmark (run by `npm run bench` through bench/run.mjs, or alone after a build):
//  1. edit -> publishDiagnostics latency on 1,000-, 20,000- and 100,000-word drafts, with the debounce
//     excluded (bronwijzer.debounceMs = 0 via workspace/configuration): median and p95;
//  2. the server's resident memory (VmRSS from /proc/PID/status) with 50 drafts open.
// Speaks real JSON-RPC to the bundled server (`node server/out/server.js --stdio`). Figures only.
import { spawn } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { ROOT, draftOfWords } from './inputs.mjs';

import * as esbuild from 'esbuild';

const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

// The core alone, in this process, on the same drafts: what the server's latency is made of.
await esbuild.build({
  entryPoints: [join(ROOT, 'server/src/core/index.ts')],
  outfile: join(ROOT, 'bench/out/core-lsp.cjs'),
  bundle: true,
  platform: 'node',
  target: 'node20', supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  logLevel: 'warning',
});
const { analyse, WindowCache } = require('./out/core-lsp.cjs');
const WARM_MS = 2000;
/** The core alone on the draft: a whole analysis, and one after an edit at `at` with the window cache
 *  the server keeps per document (a long draft's unchanged windows reused). Medians in ms. */
function coreMs(text, runs, at) {
  const edited = (i) => (i % 2 ? text.slice(0, at) + ' nu' + text.slice(at) : text);
  const warmEnd = performance.now() + WARM_MS;
  for (let i = 0; performance.now() < warmEnd; i++) analyse(text + ' x'.repeat(i % 2), { format: 'markdown' });
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = text + (i % 2 ? ' nu' : ' en');
    const t0 = performance.now();
    analyse(t, { format: 'markdown' });
    times.push(performance.now() - t0);
  }
  const cache = new WindowCache();
  const cached = [];
  for (let i = 0; i < 2 * runs + 4; i++) {
    const t = edited(i);
    const t0 = performance.now();
    analyse(t, { format: 'markdown' }, cache);
    if (i >= 4) cached.push(performance.now() - t0);
  }
  return { whole: quantile(times, 0.5), cached: quantile(cached, 0.5) };
}

// BENCH_SERVER=path/to/server.js: another build of the server (to compare two builds)
const SERVER = process.env.BENCH_SERVER ?? join(ROOT, 'server/out/server.js');
if (!existsSync(SERVER)) {
  console.error('bench/lsp.mjs: build first (node esbuild.mjs)');
  process.exit(1);
}

function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}
const ms = (x) => x.toFixed(1);

// BENCH_SERVER_FLAGS="--max-semi-space-size=16": node flags for the server process (to compare configurations)
const SERVER_FLAGS = (process.env.BENCH_SERVER_FLAGS ?? '').split(/\s+/).filter(Boolean);
function startServer(nodeFlags = SERVER_FLAGS) {
  const proc = spawn(process.execPath, [...nodeFlags, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const waiters = new Map(); // uri@version -> resolve
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    const key = `${p.uri}@${p.version}`;
    const w = waiters.get(key);
    if (w) {
      waiters.delete(key);
      w(p);
    }
  });
  conn.onNotification(() => {});
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({ debounceMs: 0, maxDocumentSize: 10_000_000 })));
  conn.onRequest('client/registerCapability', () => null);
  conn.listen();
  const published = (uri, version, timeoutMs = 60_000) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timeout: ${uri}@${version}`)), timeoutMs);
      waiters.set(`${uri}@${version}`, (p) => {
        clearTimeout(timer);
        resolve(p);
      });
    });
  return { proc, conn, published };
}

async function initialize(s) {
  await s.conn.sendRequest('initialize', {
    processId: process.pid,
    locale: 'nl',
    rootUri: null,
    workspaceFolders: null,
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  await s.conn.sendNotification('initialized', {});
}

async function stop(s) {
  await s.conn.sendRequest('shutdown').catch(() => undefined);
  await s.conn.sendNotification('exit').catch(() => undefined);
  await new Promise((r) => {
    const t = setTimeout(() => {
      s.proc.kill();
      r();
    }, 2000);
    s.proc.once('exit', () => {
      clearTimeout(t);
      r();
    });
  });
  s.conn.dispose();
}

function rssMB(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** Position of the middle of the text (a line break boundary), for edits inside the draft. */
function middle(text) {
  const i = text.indexOf('\n\n', Math.floor(text.length / 2));
  const before = text.slice(0, i < 0 ? 0 : i);
  const lines = before.split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/** The UTF-16 offset of an LSP position (line breaks are \n in these drafts). */
function offsetOf(text, pos) {
  let o = 0;
  for (let l = 0; l < pos.line; l++) o = text.indexOf('\n', o) + 1;
  return o + pos.character;
}

async function latency(s, words, edits) {
  const text = draftOfWords(words, 1000 + words);
  const uri = `file:///bench/draft-${words}.md`;
  const opened = s.published(uri, 1);
  const t0 = performance.now();
  await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const first = await opened;
  const openMs = performance.now() - t0;
  const at = middle(text);
  const times = [];
  // Warm-up by time on this draft (as bench/run.mjs does for the core): an editor's server has been
  // re-analysing the draft for a while; the first edits measure V8's compiler tiers, not the server.
  const warmEnd = performance.now() + WARM_MS;
  let version = 1;
  for (let k = 0; performance.now() < warmEnd; k++) {
    const p = s.published(uri, ++version);
    const change = k % 2 === 0 ? { range: { start: at, end: at }, text: ' nu' } : { range: { start: at, end: { line: at.line, character: at.character + 3 } }, text: '' };
    await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    await p;
  }
  if (version % 2 === 0) {
    // back to the original text
    const p = s.published(uri, ++version);
    await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: at, end: { line: at.line, character: at.character + 3 } }, text: '' }] });
    await p;
  }
  const v0 = version;
  for (let k = 0; k < edits; k++) {
    const version = v0 + k + 1;
    const p = s.published(uri, version);
    const start = performance.now();
    // " nu" typed at a paragraph end, then deleted again: the text changes with every edit
    const change = k % 2 === 0 ? { range: { start: at, end: at }, text: ' nu' } : { range: { start: at, end: { line: at.line, character: at.character + 3 } }, text: '' };
    await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    await p;
    times.push(performance.now() - start);
  }
  await s.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  const core = coreMs(text, Math.min(edits, 15), offsetOf(text, at));
  return { words, chars: text.length, diagnostics: first.diagnostics.length, openMs, median: quantile(times, 0.5), p95: quantile(times, 0.95), n: edits, core };
}

async function memory(s, docs, words) {
  const before = rssMB(s.proc.pid);
  const waits = [];
  for (let i = 0; i < docs; i++) {
    const uri = `file:///bench/mem-${i}.md`;
    waits.push(s.published(uri, 1));
    await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: draftOfWords(words, 5000 + i) } });
  }
  await Promise.all(waits);
  // a little traffic as an editor would send, then measure
  for (let i = 0; i < docs; i++) await s.conn.sendRequest('bronwijzer/sources', { textDocument: { uri: `file:///bench/mem-${i}.md` } });
  const busy = rssMB(s.proc.pid);
  // the editor goes quiet: the server collects garbage after 1.5 s idle
  await new Promise((r) => setTimeout(r, 2500));
  return { before, busy, after: rssMB(s.proc.pid) };
}

/**
 * Then a long draft edited in the same server: V8 grows its young generation for such analyses; the
 * server lets V8 shrink it again once the editor has been quiet for a while (server/src/lsp/heap.ts).
 */
async function longDraftMemory(s, words, edits) {
  const text = draftOfWords(words, 1000 + words);
  const uri = `file:///bench/mem-long-${words}.md`;
  const at = middle(text);
  let p = s.published(uri, 1);
  await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await p;
  for (let k = 0; k < edits; k++) {
    p = s.published(uri, k + 2);
    const change = k % 2 === 0 ? { range: { start: at, end: at }, text: ' nu' } : { range: { start: at, end: { line: at.line, character: at.character + 3 } }, text: '' };
    await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: k + 2 }, contentChanges: [change] });
    await p;
  }
  const busy = rssMB(s.proc.pid);
  await new Promise((r) => setTimeout(r, 8000));
  return { busy, after: rssMB(s.proc.pid) };
}

const memoryOnly = process.argv.includes('--memory-only');
const s = startServer();
await initialize(s);
const baseline = rssMB(s.proc.pid);
const rows = [];
let floor = NaN;
if (!memoryOnly) {
  // The transport floor: a request the server answers without work.
  const rt = [];
  for (let i = 0; i < 100; i++) {
    const t0 = performance.now();
    await s.conn.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///bench/none.md' }, position: { line: 0, character: 0 } });
    rt.push(performance.now() - t0);
  }
  floor = quantile(rt, 0.5);
  // Warm-up: the JIT, the lexicons.
  await latency(s, 1000, 20);
  for (const [words, edits] of [[1000, 60], [20000, 40], [100000, 15]]) rows.push(await latency(s, words, edits));
}
await stop(s);

const m = startServer();
await initialize(m);
const mem = await memory(m, 50, 1000);
const big = await longDraftMemory(m, 20000, 20);
await stop(m);
// The same with a small young generation (node --max-semi-space-size=1), as a client may start it.
const SMALL = ['--max-semi-space-size=1'];
const m2 = startServer(SMALL);
await initialize(m2);
const mem2 = await memory(m2, 50, 1000);
await stop(m2);

if (rows.length) {
  console.log('| Draft | Characters | Diagnostics | Open → diagnostics | Edit → diagnostics, median | p95 | `analyse` alone, whole draft, median | `analyse` after an edit with the window cache, median | Edits |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
}
for (const r of rows)
  console.log(`| ${r.words.toLocaleString('en')} words | ${r.chars.toLocaleString('en')} | ${r.diagnostics} | ${ms(r.openMs)} ms | ${ms(r.median)} ms | ${ms(r.p95)} ms | ${ms(r.core.whole)} ms | ${ms(r.core.cached)} ms | ${r.n} |`);
if (!memoryOnly) console.log(`\nJSON-RPC round trip without work (the transport floor), median: ${ms(floor)} ms.`);
console.log('');
console.log('| Server memory (VmRSS) | MB |');
console.log('|---|---:|');
console.log(`| After initialize | ${baseline.toFixed(1)} |`);
console.log(`| 50 drafts of 1,000 words open, just analysed | ${mem.busy.toFixed(1)} |`);
console.log(`| 50 drafts of 1,000 words open, after 2.5 s idle | ${mem.after.toFixed(1)} |`);
console.log(`| …and a 20,000-word draft edited 20 times, just analysed | ${big.busy.toFixed(1)} |`);
console.log(`| …the same after 8 s idle | ${big.after.toFixed(1)} |`);
console.log(`| 50 drafts, server started with \`node ${SMALL.join(' ')}\`, after 2.5 s idle | ${mem2.after.toFixed(1)} |`);
console.log('');
console.log(`Debounce excluded (bronwijzer.debounceMs = 0); ${WARM_MS / 1000} s of edits on each draft before measuring; one edit at a time, each waited for. Targets: ≤ 20 ms at 20,000 words; ≤ 80 MB with 50 drafts.`);
