// Minimal counterexamples found by the property tests and the long fuzz run (bench/fuzz-long.mjs),
// kept as ordinary tests so that a fixed bug stays fixed. A case still open in the analyser carries
// `open`: it runs as a todo (reported, not failing the suite) until the fix lands; then drop `open`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core';
import { invariantProblems } from './invariants';

interface Case {
  name: string;
  text: string;
  format?: 'markdown' | 'plaintext';
  /** Why the case is still open (the bug is reported to the analyser's owners). */
  open?: string;
}

const CASES: Case[] = [
  // Edge cases the generators are built around.
  { name: 'empty text', text: '' },
  { name: 'a lone opening mark', text: '"' },
  { name: 'a lone surrogate at the end', text: 'Hij zei "ja\uD800' },
  { name: 'an unclosed Markdown comment', text: '<!-- bronwijzer-disable', format: 'markdown' },
  // Fuzz run (seed 1007), shrunk by hand: the phrase cue `is ervan overtuigd` was matched across a
  // paragraph break, and its statement's content came out reversed (19..2). Fixed in contentOf.
  {
    name: 'a phrase cue across a paragraph break (statement content reversed)',
    text: 'is\n\nervan overtuigd',
  },
];

for (const c of CASES) {
  test(`regression: ${c.name}`, c.open ? { todo: c.open } : {}, () => {
    const a = analyse(c.text, { format: c.format ?? 'plaintext' });
    assert.deepEqual(invariantProblems(c.text, a), []);
  });
}
