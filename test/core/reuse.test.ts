// analyse() reuses token objects from one call to the next (speed): a result must not change when
// another text is analysed afterwards, and segment() results that callers keep are never reused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core';
import { segment } from '../../server/src/core/text/segment';

const A = 'Gouverneur Vjatsjeslav Gladkov zegt op Telegram dat er twee doden zijn. "We herstellen alles," aldus Gladkov.';
const B = 'Volgens ingewijden zou het kabinet al hebben besloten. Minister De Vries ontkent dat.';

test('an analysis is not changed by the next one', () => {
  const a = analyse(A);
  const before = JSON.stringify(a);
  const b = analyse(B);
  assert.equal(JSON.stringify(a), before);
  assert.ok(a.statements.length > 0 && b.statements.length > 0);
  assert.equal(JSON.stringify(analyse(A)), before);
});

test('segment() without reuse keeps its tokens when analyse() runs afterwards', () => {
  const seg = segment(A);
  const words = seg.tokens.map((t) => t.text).join(' ');
  analyse(B);
  analyse('x '.repeat(500));
  assert.equal(seg.tokens.map((t) => t.text).join(' '), words);
});
