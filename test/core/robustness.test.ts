// The analyser never throws and always returns a consistent analysis, whatever the input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyse } from '../../server/src/core';

const WORDS = ['zei', 'zegt', 'volgens', 'aldus', 'hij', 'zij', 'ze', 'de', 'minister', 'Jansen', 'Piet', 'de Vries', 'ontkent', 'dat', 'maar', 'echter', 'zou', 'kondigde', 'aan', 'laat', 'weten', 'groep', 'die', 'zichzelf', 'noemt', 'werd', 'door', 'ingewijden', ',', '.', ':', '"', ',,', "''", "'", '(', ')', '\n\n', 'Podoljak', 'Podaljak', '“', '”', 'wijst', 'naar', 'tegen', 'CNN'];

test('never throws; ids and spans are consistent', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }), fc.constantFrom('plaintext', 'markdown'), (ws, format) => {
      const text = ws.join(' ');
      const a = analyse(text, { format: format as 'plaintext' | 'markdown' });
      assert.equal(a.length, text.length);
      const inText = (s: { start: number; end: number }) => s.start >= 0 && s.end <= text.length && s.start <= s.end;
      for (const s of a.statements) {
        assert.ok(s.claimantId == null || a.claimants[s.claimantId]);
        assert.ok(inText(s.content));
        if (s.cue) assert.ok(inText(s.cue));
        for (const id of s.contestedBy) assert.ok(a.statements[id]);
        if (s.viaStatementId != null) assert.ok(a.statements[s.viaStatementId]);
      }
      for (const q of a.quotes) assert.ok(q.claimantId == null || a.claimants[q.claimantId]);
      for (const h of a.hedges) assert.ok(h.claimantId == null || a.claimants[h.claimantId]);
      a.claimants.forEach((c, i) => assert.equal(c.id, i));
      for (const f of a.findings) {
        assert.ok(inText(f.span));
        assert.ok(f.message.nl && f.message.en);
        for (const c of f.candidates) assert.ok(a.claimants[c.claimantId]);
      }
    }),
    { numRuns: 300 },
  );
});

test('random unicode never throws', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (t) => { analyse(t); }), { numRuns: 300 });
});

test('a preposition right after `volgens` or `aldus` is no source: no cue, no hedge (linear on `volgens volgens …`)', () => {
  const a = analyse('volgens volgens volgens aldus volgens.');
  assert.equal(a.statements.length, 0);
  assert.equal(a.hedges.length, 0);
  // the last `volgens` before its source still counts
  const b = analyse('Volgens volgens de minister klopt het niet.');
  assert.deepEqual(b.statements.map((s) => s.cue?.start), [8]);
  assert.deepEqual(b.hedges.map((h) => h.start), [8]);
});

test('`zou zou` (garbled text) is not two hedges: only a zou before the rest of its verb cluster counts', () => {
  assert.equal(analyse('zou zou zou zou zou.').hedges.length, 1);
  assert.deepEqual(analyse('Het kabinet zou zou hebben besloten.').hedges.map((h) => h.start), [16]);
});
