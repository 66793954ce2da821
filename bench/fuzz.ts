// The long fuzz run's body (bundled by bench/fuzz-long.mjs): FUZZ_RUNS generated inputs against the
// core, in chunks of CHUNK runs with consecutive seeds; a failing chunk is shrunk to a minimal
// counterexample, recorded, and the run goes on. Prints a JSON summary on the last line.
import fc from 'fast-check';
import { analyse } from '../server/src/core';
import { segment } from '../server/src/core/text/segment';
import { invariantProblems, segmentProblems } from '../test/property/invariants';
import { anyText, mutatedDraft, CORPUS } from '../test/property/arbitraries';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1_000_000);
const SEED = Number(process.env.FUZZ_SEED ?? 1);
const CHUNK = 10_000;
const DRAFTS = Math.max(0, Math.min(9, Number(process.env.FUZZ_DRAFTS ?? 1)));

const input = fc.tuple(
  // FUZZ_DRAFTS: share of damaged real drafts among the inputs, in tenths (default 1 of 10)
  fc.oneof({ weight: 10 - DRAFTS, arbitrary: anyText }, { weight: CORPUS.length ? DRAFTS : 0, arbitrary: mutatedDraft }),
  fc.constantFrom<'plaintext' | 'markdown'>('plaintext', 'markdown'),
);
const property = fc.property(input, ([text, format]) => {
  const problems = [...segmentProblems(text, segment(text, { format })), ...invariantProblems(text, analyse(text, { format, strict: true }))];
  if (problems.length) throw new Error(problems.slice(0, 3).join('; '));
});

const failures: { seed: number; counterexample: unknown; error: string }[] = [];
let done = 0;
let chars = 0;
const t0 = Date.now();
for (let seed = SEED; done < RUNS; seed++) {
  const numRuns = Math.min(CHUNK, RUNS - done);
  const r = fc.check(property, { seed, numRuns, endOnFailure: false });
  done += r.numRuns;
  if (r.failed) {
    failures.push({ seed, counterexample: r.counterexample, error: String((r.errorInstance as Error)?.message ?? r.errorInstance).slice(0, 300) });
    console.log(`seed ${seed}: FAILED after ${r.numRuns} runs: ${JSON.stringify(r.counterexample)} -> ${failures[failures.length - 1].error}`);
  }
  if (done % 100_000 < numRuns || done >= RUNS) console.log(`${done.toLocaleString('en')} inputs, ${((Date.now() - t0) / 1000).toFixed(0)} s, ${failures.length} failing chunk(s)`);
}
// A sample of sizes, for the report.
for (const [t] of fc.sample(input, { seed: SEED, numRuns: 1000 })) chars += t.length;
console.log(JSON.stringify({ inputs: done, seconds: Math.round((Date.now() - t0) / 1000), failures: failures.length, meanChars: Math.round(chars / 1000), firstFailures: failures.slice(0, 5) }));
process.exitCode = failures.length ? 1 : 0;
