// A long draft is read in windows (server/src/core/windows.ts): cuts at paragraph breaks, never in a
// masked region or a surrogate pair; the windows' results joined into one consistent analysis, sources
// named alike merged, findings made over the whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core';
import { WINDOW, WINDOWED_FROM, windowEnds } from '../../server/src/core/windows';
import { invariantProblems } from '../property/invariants';

/** Paragraphs that each say everything they need (no reference across a paragraph break). */
const PARA = 'Burgemeester Jan de Vries zegt dat de brug dicht blijft. ,,Dat is jammer voor de bewoners\'\', aldus De Vries.\n\n';
const long = (para: string, over = WINDOWED_FROM) => para.repeat(Math.ceil((over + WINDOW) / para.length));

test('windows: the cuts cover the text, fall after a blank line when there is one, and in order', () => {
  const text = long(PARA);
  const ends = windowEnds(text, []);
  assert.ok(ends.length >= 2);
  assert.equal(ends[ends.length - 1], text.length);
  let prev = 0;
  for (const e of ends.slice(0, -1)) {
    assert.ok(e > prev && e >= prev + WINDOW);
    assert.equal(text.slice(e - 2, e), '\n\n', `cut at ${e} is not after a blank line`);
    prev = e;
  }
});

test('windows: without blank lines a cut falls after a sentence end, without spaces never in a surrogate pair', () => {
  const noBreaks = 'De minister zei dat het klopt. '.repeat(20_000);
  for (const e of windowEnds(noBreaks, []).slice(0, -1)) assert.equal(noBreaks.slice(e - 2, e), '. ');
  const astral = '𝒜'.repeat(300_000); // one endless word of surrogate pairs
  for (const e of windowEnds(astral, []).slice(0, -1)) assert.ok(e % 2 === 0, `cut ${e} splits a pair`);
});

test('windows: a masked region (a code block) is never cut', () => {
  const code = '```\n' + 'x = "niet analyseren"\n\n'.repeat(10_000) + '```\n\n';
  const text = PARA.repeat(100) + code + PARA.repeat(5_000);
  const start = text.indexOf('```'), end = text.lastIndexOf('```') + 3;
  const ends = windowEnds(text, [{ start, end }]);
  for (const e of ends) assert.ok(e <= start || e >= end, `cut ${e} inside the code block ${start}..${end}`);
  const a = analyse(text, { format: 'markdown', strict: true });
  assert.ok(a.quotes.every((q) => q.end <= start || q.start >= end), 'a quotation in the code block');
});

test('a long draft: every window analysed, ids valid, one source for the name in every window', () => {
  const text = long(PARA);
  assert.ok(text.length > WINDOWED_FROM);
  const a = analyse(text, { strict: true });
  assert.deepEqual(invariantProblems(text, a), []);
  const paras = text.split('\n\n').length - 1;
  assert.equal(a.quotes.length, paras);
  assert.equal(a.statements.length, 2 * paras);
  assert.equal(a.claimants.length, 1, a.claimants.map((c) => c.name).join(', '));
  assert.equal(a.claimants[0].name, 'Jan de Vries');
  assert.equal(a.claimants[0].mentions.length, 2 * paras);
  assert.ok(a.quotes.every((q) => q.claimantId === 0));
  // mentions stay in text order across the windows
  const ms = a.claimants[0].mentions;
  for (let k = 1; k < ms.length; k++) assert.ok(ms[k].start > ms[k - 1].start);
  // statement ids are their index; quotes point at their statement
  a.statements.forEach((s, k) => assert.equal(s.id, k));
  for (const [qi, q] of a.quotes.entries()) assert.ok(a.statements[q.statementId!].quoteIds.includes(qi));
});

test('a long draft: findings over the whole (capped per rule), a disable comment holds across windows', () => {
  const unattributed = '"Dit zegt niemand."\n\n';
  const text = long(unattributed);
  const a = analyse(text, { format: 'markdown', strict: true });
  const quotesFound = a.findings.filter((f) => f.rule === 'unattributed-quote');
  assert.equal(quotesFound.length, 1001); // 1,000 and one summary
  const off = '<!-- bronwijzer-disable -->\n\n' + long(unattributed);
  assert.equal(analyse(off, { format: 'markdown', strict: true }).findings.length, 0);
});

test('a draft just under the window threshold is read whole (same result as before windows)', () => {
  const text = PARA.repeat(Math.floor(WINDOWED_FROM / PARA.length));
  assert.ok(text.length <= WINDOWED_FROM);
  const a = analyse(text, { strict: true });
  assert.equal(a.claimants.length, 1);
  assert.deepEqual(invariantProblems(text, a), []);
});
