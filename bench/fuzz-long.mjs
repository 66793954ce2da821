#!/usr/bin/env node
// The long fuzz run (issue 5): ≥ 10^6 generated inputs against the analysis core, with the property
// suite's generators and invariants. Takes a while; run it in the background:
//   node bench/fuzz-long.mjs                   # 1,000,000 inputs
//   FUZZ_RUNS=50000 FUZZ_SEED=7 FUZZ_DRAFTS=9 node bench/fuzz-long.mjs   (9 in 10 inputs damaged real drafts)
// Exit 1 when an invariant broke; the minimal counterexamples are printed (add them to
// test/property/regressions.test.ts).
import * as esbuild from 'esbuild';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
await esbuild.build({
  entryPoints: [join(ROOT, 'bench/fuzz.ts')],
  outfile: join(ROOT, 'bench/out/fuzz.cjs'),
  bundle: true,
  platform: 'node',
  target: 'node20', supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  logLevel: 'warning',
});
process.env.BRONWIJZER_CORPUS ??= resolve(ROOT, '../shared/corpus/dev');
createRequire(import.meta.url)('./out/fuzz.cjs');
