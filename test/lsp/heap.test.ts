// The server's memory policy (server/src/lsp/heap.ts) relies on V8 reading --semi-space-growth-factor
// at run time: this test fails when a Node/V8 upgrade stops honouring it (the young generation of a
// server with many small drafts open would grow to 16-32 MB again).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getHeapSpaceStatistics } from 'node:v8';
import { beforeAnalysis, GROW_NURSERY_CHARS } from '../../server/src/lsp/heap';

const MB = 1024 * 1024;
const nursery = (): number => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.physical_space_size ?? 0;

/** Allocates 2 million small objects of which the last 20,000 stay alive: survivors make V8 grow the nursery. */
function burst(): number {
  let keep: { a: number; b: string }[] = [];
  let n = 0;
  for (let i = 0; i < 2e6; i++) {
    keep.push({ a: i, b: 'x' + i });
    if (keep.length > 20_000) {
      n += keep.length;
      keep = [];
    }
  }
  return n + keep.length;
}

test('small texts keep the nursery small; a long one may grow it', () => {
  const start = nursery();
  beforeAnalysis(6_000);
  burst();
  const small = nursery();
  assert.ok(small <= Math.max(start, 4 * MB), `nursery grew to ${(small / MB).toFixed(1)} MB after small analyses`);
  beforeAnalysis(GROW_NURSERY_CHARS);
  burst();
  assert.ok(nursery() > small, `nursery stayed at ${(nursery() / MB).toFixed(1)} MB for a long text`);
});
