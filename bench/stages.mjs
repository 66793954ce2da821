#!/usr/bin/env node
// Speed work: per-stage times, and an A/B comparison of analyser bundles in one process.
//   node bench/stages.mjs                    per-stage times of this checkout (dev corpus; 20,000-word draft)
//   node bench/stages.mjs A.cjs B.cjs ...    whole-analysis times of bundles of bench/core.ts, interleaved
//                                            round by round in one process, so that the machine's speed
//                                            drifting (shared, virtual) affects all alike
// Medians over many rounds after a time-based warm-up (JIT tiers need seconds, not a few runs).
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { ROOT, corpus, draftOfWords } from './inputs.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const docs = corpus();
const big = draftOfWords(20_000);
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const opts = { format: 'plaintext' };

if (args.length) {
  const mods = args.map((f) => require(resolve(f)));
  const round = (m) => { for (const d of docs) m.analyse(d.text, opts); };
  const t0 = performance.now();
  while (performance.now() - t0 < 4000) for (const m of mods) { round(m); m.analyse(big, opts); }
  const R = mods.map(() => []);
  const B = mods.map(() => []);
  for (let i = 0; i < 300; i++) mods.forEach((m, k) => { const t = performance.now(); round(m); R[k].push(performance.now() - t); });
  for (let i = 0; i < 30; i++) mods.forEach((m, k) => { const t = performance.now(); m.analyse(big, opts); B[k].push(performance.now() - t); });
  args.forEach((f, k) => console.log(`${f.padEnd(28)} corpus: median ${(bytes / 1e3 / median(R[k])).toFixed(1)} MB/s, mean ${((bytes * R[k].length) / 1e3 / sum(R[k])).toFixed(1)} MB/s | 20,000 words: median ${median(B[k]).toFixed(1)} ms, mean ${(sum(B[k]) / B[k].length).toFixed(1)} ms`));
} else {
  const out = join(ROOT, 'bench/out/stages.cjs');
  await esbuild.build({ entryPoints: [join(ROOT, 'bench/stages.ts')], outfile: out, bundle: true, platform: 'node', target: 'node20', supported: { 'regexp-unicode-property-escapes': true }, format: 'cjs', logLevel: 'warning' });
  const { timeStages, STAGES } = require(out);
  for (const [label, texts, rounds] of [['dev corpus', docs.map((d) => d.text), 300], ['20,000-word draft', [big], 30]]) {
    const n = texts.reduce((k, x) => k + Buffer.byteLength(x), 0);
    const t0 = performance.now();
    while (performance.now() - t0 < 3000) for (const x of texts) timeStages(x, {});
    const per = Object.fromEntries(STAGES.map((s) => [s, []]));
    for (let r = 0; r < rounds; r++) {
      const acc = {};
      for (const x of texts) timeStages(x, acc);
      for (const s of STAGES) per[s].push(acc[s] ?? 0);
    }
    console.log(`\n${label} (${(n / 1024).toFixed(1)} KB), median of ${rounds} rounds:`);
    let total = 0;
    for (const s of STAGES) { const m = median(per[s]); total += m; console.log(`  ${s.padEnd(16)} ${m.toFixed(3).padStart(8)} ms  ${(n / 1e3 / m).toFixed(0).padStart(6)} MB/s`); }
    console.log(`  ${'sum'.padEnd(16)} ${total.toFixed(3).padStart(8)} ms  ${(n / 1e3 / total).toFixed(1).padStart(6)} MB/s`);
  }
}
