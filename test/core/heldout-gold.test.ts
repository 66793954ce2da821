// The blind held-out sets' gold files stay well-formed (test/fixtures/check-gold.mjs): anchors unique,
// sources declared, `contested` on every required attribution, texts UTF-8 with LF.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
// @ts-expect-error -- a plain ES module without types (a script for annotators too)
import { checkGold } from '../fixtures/check-gold.mjs';

const SETS: [string, number][] = [['heldout4', 350], ['heldout5', 350], ['heldout6', 400], ['heldout7', 400], ['heldout8', 400], ['heldout9', 400], ['heldout10', 400], ['heldout11', 400], ['heldout12', 400], ['heldout13', 400]];

for (const [set, maxWords] of SETS) {
  test(`${set}: the gold files are well-formed`, () => {
    const { problems, summaries } = checkGold(join(__dirname, '..', 'fixtures', set), { minWords: 250, maxWords });
    assert.deepEqual(problems, []);
    assert.ok(summaries.length >= 4, `${set}: ${summaries.length} gold files`);
  });
}

test('must not pass: a gold file whose anchor is missing from its text is reported', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'gold-'));
  writeFileSync(join(dir, 'a.txt'), 'Jansen zegt dat het regent. '.repeat(60));
  writeFileSync(join(dir, 'a.gold.json'), JSON.stringify({ doc: 'a.txt', entities: { jansen: ['Jansen'] }, hedges: [], quotes: [], attributions: [{ cue: 'Pietersen {zei}', source: ['jansen'], contested: false }], variants: [] }));
  const { problems } = checkGold(dir, { minWords: 250, maxWords: 400 });
  assert.ok(problems.some((p: string) => p.includes('anchor occurs 0x')));
});
