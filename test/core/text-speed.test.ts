// The text layer's speed devices must not change what it returns: interned token strings (a bounded
// cache keyed by the characters, whose slots are shared by many words) and the word cursor that
// decides which quotation marks enclose a word.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core';
import { segment } from '../../server/src/core/text/segment';
import type { Segmented } from '../../server/src/core/text/types';

/** A deterministic stream of words: many distinct ones (slots collide), capitals, letters outside ASCII. */
function words(n: number, seed: number): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyzéëïóüç';
  const out: string[] = [];
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const len = 1 + (x % 15);
    let w = '';
    for (let k = 0; k < len; k++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      w += letters[(x >>> 8) % (k === 0 && i % 3 === 0 ? 26 : letters.length)];
    }
    out.push(i % 4 === 0 ? w[0].toUpperCase() + w.slice(1) : w);
  }
  return out;
}

/** Every token's text and lower-case form are what the text says at its offsets. */
function assertTokensTrue(seg: Segmented): void {
  for (const t of seg.tokens) {
    const s = seg.text.slice(t.start, t.end);
    assert.equal(t.text, s);
    if (t.kind === 'word' || t.kind === 'number') assert.equal(t.lower, s.toLowerCase(), s);
    else assert.equal(t.lower, s);
  }
}

test('interned token strings: text and lower-case form always those of the characters', () => {
  // the same words again and again (they get interned), mixed with thousands of others (collisions)
  const common = ['de', 'het', 'Het', 'een', 'zei', 'Zei', 'volgens', 'minister', 'België', 'ÉÉN', 'één', "'s", 'o.a.'];
  const rare = words(30000, 7); // over 2^18 characters: a draft long enough to be interned
  const parts: string[] = [];
  for (let i = 0; i < rare.length; i++) parts.push(common[i % common.length], rare[i], i % 7 === 0 ? '.' : ',');
  const plain = parts.join(' ');
  const wide = plain.replace(/,/g, ' “ja” ');
  for (const text of [plain, wide, plain.toUpperCase(), plain]) {
    assertTokensTrue(segment(text, { reuseTokens: true }));
    assertTokensTrue(segment(text));
  }
});

test('quotation marks around no word are no quotation, nested or not', () => {
  const text = '"\'" en "«…» zei hij" en « - » en "\'ja\' , \' \' " en "« ; » nu".';
  const seg = segment(text);
  const inner = seg.quotes.map((q) => text.slice(q.inner.start, q.inner.end));
  assert.deepEqual(inner, ['«…» zei hij', "'ja' , ' ' ", 'ja', '« ; » nu']);
});

test('segment() without reuse keeps its sentences and paragraphs when analyse() runs afterwards', () => {
  const seg = segment('Eerste zin hier. Tweede zin daar.\n\nNieuwe alinea, "met een citaat", zei hij.');
  const before = JSON.stringify([seg.sentences, seg.paragraphs, seg.quotes]);
  analyse('Een heel andere tekst. Met meer zinnen. En nog een.\n\nEn een alinea.\n\nEn nog een.');
  assert.equal(JSON.stringify([seg.sentences, seg.paragraphs, seg.quotes]), before);
});
