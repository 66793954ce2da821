import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../server/src/core/text/segment';

const sentences = (text: string, format: 'plaintext' | 'markdown' = 'plaintext'): string[] =>
  segment(text, { format }).sentences.map((s) => text.slice(s.start, s.end));
const paragraphs = (text: string): string[] => segment(text).paragraphs.map((p) => text.slice(p.start, p.end));
const words = (text: string): string[] => segment(text).tokens.map((t) => t.text);

test('words keep internal hyphens, apostrophes and diacritics', () => {
  assert.deepEqual(words("Het Rusland-legioen, zo'n groep, auto's en Oekraïense één-op-één."), [
    'Het', 'Rusland-legioen', ',', "zo'n", 'groep', ',', "auto's", 'en', 'Oekraïense', 'één-op-één', '.',
  ]);
});
test('token kinds, lower case and capitals', () => {
  const seg = segment('Jansen zei 10.000 keer "nee".');
  assert.deepEqual(seg.tokens.map((t) => t.kind), ['word', 'word', 'number', 'word', 'quote', 'word', 'quote', 'punct']);
  assert.equal(seg.tokens[0].lower, 'jansen');
  assert.equal(seg.tokens[0].cap, true);
  assert.equal(seg.tokens[1].cap, false);
});
test('elisions are words, not quotation marks', () => {
  assert.deepEqual(words("'s Ochtends om 't even, zo 'n dag"), ["'s", 'Ochtends', 'om', "'t", 'even', ',', 'zo', "'n", 'dag']);
});
test('dotted abbreviations are one token', () => {
  assert.deepEqual(words('o.a. d.w.z. m.b.t. iets'), ['o.a.', 'd.w.z.', 'm.b.t.', 'iets']);
});
test('sentences split at full stops before a capital', () => {
  assert.deepEqual(sentences('Hij kwam. Zij ging! Wie bleef? Niemand.'), ['Hij kwam.', 'Zij ging!', 'Wie bleef?', 'Niemand.']);
});
test('abbreviations and initials do not end a sentence', () => {
  assert.deepEqual(sentences('Dhr. Jansen en dr. Pietersen zagen o.a. J. Wijngaards bijv. gisteren. Daarna niet.'), [
    'Dhr. Jansen en dr. Pietersen zagen o.a. J. Wijngaards bijv. gisteren.',
    'Daarna niet.',
  ]);
});
test('a quotation ending in ? followed by lower case does not split', () => {
  assert.deepEqual(sentences(",,Wanneer gaat u vrouwen wijden?'' riep een priester. Dat was het."), [
    ",,Wanneer gaat u vrouwen wijden?'' riep een priester.",
    'Dat was het.',
  ]);
});
test('the closing mark stays with its sentence', () => {
  assert.deepEqual(sentences('Hij zei: "Wij komen. Echt." Toen ging hij.'), ['Hij zei: "Wij komen.', 'Echt."', 'Toen ging hij.']);
});
test('an ordinal before lower case does not split', () => {
  assert.deepEqual(sentences('Op de 3. plaats eindigde hij. Dat viel tegen.'), ['Op de 3. plaats eindigde hij.', 'Dat viel tegen.']);
});
test('a headline without final punctuation is its own sentence and paragraph', () => {
  const text = 'Russische milities\n\nMaar op hun kanaal eisen zij het op.';
  assert.deepEqual(sentences(text), ['Russische milities', 'Maar op hun kanaal eisen zij het op.']);
  assert.deepEqual(paragraphs(text), ['Russische milities', 'Maar op hun kanaal eisen zij het op.']);
});
test('a short headline line before a single line break is its own sentence; hard-wrapped lines are not', () => {
  assert.deepEqual(sentences('Russische milities\nMaar op hun kanaal eisen zij de aanvallen op.\nHij zei dat\nhet goed ging en dat de regering\nNederland niet zou verlaten.'), [
    'Russische milities',
    'Maar op hun kanaal eisen zij de aanvallen op.',
    'Hij zei dat\nhet goed ging en dat de regering\nNederland niet zou verlaten.',
  ]);
});
test('paragraphs are separated by blank lines, also with CRLF and spaces', () => {
  assert.deepEqual(paragraphs('Een.\r\nTwee.\r\n\r\nDrie.\n \t\nVier.'), ['Een.\r\nTwee.', 'Drie.', 'Vier.']);
});
test('sentences and paragraphs index each other and cover every token', () => {
  const seg = segment('Een zin. Nog een.\n\nTweede alinea.');
  assert.equal(seg.paragraphs.length, 2);
  assert.deepEqual(seg.paragraphs.map((p) => [p.sentenceStart, p.sentenceEnd]), [[0, 2], [2, 3]]);
  assert.deepEqual(seg.sentences.map((s) => s.paragraph), [0, 0, 1]);
  let expect = 0;
  for (const [i, s] of seg.sentences.entries()) {
    assert.equal(s.tokenStart, expect);
    for (let t = s.tokenStart; t < s.tokenEnd; t++) assert.equal(seg.tokens[t].sentence, i);
    expect = s.tokenEnd;
  }
  assert.equal(expect, seg.tokens.length);
});
test('offsets are into the original text (BOM, astral characters)', () => {
  const text = '\ufeff😀 Zij zei "ja".';
  const seg = segment(text);
  for (const t of seg.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.equal(seg.tokens[0].text, '😀');
  assert.equal(text.slice(seg.quotes[0].start, seg.quotes[0].end), '"ja"');
});
test('never throws on hostile strings and keeps spans on code-point boundaries', () => {
  const inputs = ['', '\u0000', '\ud800', '\udc00x', 'a\ud800"b', '"'.repeat(1001), "'".repeat(999), ',,'.repeat(500), '\r\r\n\n', '\ufeff', '`'.repeat(50), '<!--', '](', '---\n'];
  for (const text of inputs) {
    for (const format of ['plaintext', 'markdown'] as const) {
      const seg = segment(text, { format });
      for (const t of seg.tokens) {
        assert.ok(t.start < t.end && t.end <= text.length);
        const c = text.charCodeAt(t.end - 1);
        assert.ok(!(c >= 0xd800 && c <= 0xdbff && text.charCodeAt(t.end) >= 0xdc00 && text.charCodeAt(t.end) <= 0xdfff), 'split surrogate pair');
      }
    }
  }
});
test('many quotation marks stay linear', () => {
  const text = '"a '.repeat(40_000) + "'b ".repeat(40_000);
  const t0 = performance.now();
  const seg = segment(text);
  assert.ok(seg.tokens.length >= 160_000);
  assert.ok(performance.now() - t0 < 20000); // generous: CI machines are shared
});
