// Minimal counterexamples found by the property tests and the long fuzz run (bench/fuzz-long.mjs),
// kept as ordinary tests so that a fixed bug stays fixed. Each names the property it broke.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core';
import { invariantProblems } from './invariants';

const CASES: { name: string; text: string; format?: 'markdown' | 'plaintext' }[] = [
  // Found while writing the suite; hold for the inputs the suite is built around.
  { name: 'empty text', text: '' },
  { name: 'a lone opening mark', text: '"' },
  { name: 'a lone surrogate at the end', text: 'Hij zei "ja\uD800' },
  { name: 'an unclosed Markdown comment', text: '<!-- bronwijzer-disable', format: 'markdown' },
];

for (const c of CASES) {
  test(`regression: ${c.name}`, () => {
    const a = analyse(c.text, { format: c.format ?? 'plaintext' });
    assert.deepEqual(invariantProblems(c.text, a), []);
  });
}
