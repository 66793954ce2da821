// Hostile input for the text layer (segment()): tokens in order and matching the text, sentence and
// paragraph indices consistent, quotations nested or apart, nothing splitting a surrogate pair.
import { test } from 'node:test';
import fc from 'fast-check';
import { segment } from '../../server/src/core/text/segment';
import { segmentProblems } from './invariants';
import { SEED, anyText, mutatedDraft, soup } from './arbitraries';

const formats = fc.constantFrom<'plaintext' | 'markdown'>('plaintext', 'markdown');

function holds(text: string, format: 'plaintext' | 'markdown'): boolean {
  const problems = segmentProblems(text, segment(text, { format }));
  if (problems.length) throw new Error(problems.slice(0, 5).join('\n'));
  return true;
}

test('segment: token soup, arbitrary Unicode and damaged drafts keep the text layer consistent', () => {
  fc.assert(fc.property(fc.oneof(soup(150), anyText, mutatedDraft), formats, holds), { seed: SEED, numRuns: 2000 });
});
