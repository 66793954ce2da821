import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../server/src/core/text/segment';
import { suppressions, isSuppressed } from '../../server/src/core/text/suppress';
import { strip, textsOf } from './markers';

/** Asserts that the masked regions of a Markdown draft are exactly the marked spans. */
function masked(marked: string): void {
  const { text, spans } = strip(marked);
  const seg = segment(text, { format: 'markdown' });
  assert.deepEqual(textsOf(text, seg.masked), textsOf(text, spans));
}
const wordsOf = (text: string, format: 'markdown' | 'plaintext' = 'markdown'): string[] =>
  segment(text, { format }).tokens.filter((t) => t.kind === 'word').map((t) => t.text);

test('front matter', () => masked('[[---\ntitle: "Een titel"\n---]]\nTekst.'));
test('fenced code blocks', () => masked('Tekst.\n\n[[```js\nconst a = "citaat";\n```]]\n\nMeer.'));
test('tilde fences and an unclosed fence', () => masked('Tekst.\n\n[[~~~\ncode\n~~~]]\n\n[[```\nnooit dicht]]'));
test('indented code after a blank line', () => masked('Tekst.\n\n[[    code "hier"]]\n[[    meer]]\n\nTekst.'));
test('indented lines inside a list are not code', () => masked('- punt een\n\n    vervolg van het punt\n'));
test('inline code', () => masked('Gebruik [[`"niet citeren"`]] en [[``a ` b``]] hier.'));
test('HTML comments, also over lines', () => masked('Tekst [[<!-- weg\nook weg -->]] en verder.'));
test('link targets and images keep their text', () => masked('Zie [de site][[(https://nos.nl "NOS")]] en ![foto][[(a.png)]].'));
test('reference definitions', () => masked('Zie [NOS][1].\n\n[[[1]: https://nos.nl "NOS"]]\n'));
test('autolinks and bare URLs', () => masked('Bron: [[<https://nos.nl/a>]] en [[https://x.nl/b?c=1]]. Of [[www.nu.nl]].'));
test('HTML tags', () => masked('Een [[<br/>]] en [[<span class="x">]]tekst[[</span>]].'));
test('offsets stay those of the original text', () => {
  const text = '---\na: 1\n---\nZij zei `x` "ja".';
  const seg = segment(text, { format: 'markdown' });
  const q = seg.quotes[0];
  assert.equal(text.slice(q.start, q.end), '"ja"');
  assert.deepEqual(wordsOf(text), ['Zij', 'zei', 'ja']);
});
test('quotation marks in code do not pair with prose', () => {
  const seg = segment('Hij zei `"` en toen "ja".', { format: 'markdown' });
  assert.equal(seg.quotes.length, 1);
});
test('CRLF line ends: front matter, fences, links', () => {
  const text = '---\r\ntitle: x\r\n---\r\nTekst "ja".\r\n\r\n```\r\ncode "nee"\r\n```\r\n\r\nZie [x](http://a.b) en `c`.\r\n';
  const seg = segment(text, { format: 'markdown' });
  assert.deepEqual(seg.quotes.map((q) => text.slice(q.start, q.end)), ['"ja"']);
  assert.deepEqual(seg.masked.map((m) => text.slice(m.start, m.end).trim()), ['---\r\ntitle: x\r\n---', '```\r\ncode "nee"\r\n```', '(http://a.b)', '`c`']);
});
test('plain text is analysed whole', () => {
  const text = '---\n`code` <!-- c --> https://x.nl';
  assert.deepEqual(segment(text, { format: 'plaintext' }).masked, []);
  assert.ok(wordsOf(text, 'plaintext').includes('code'));
});
test('headings and list items are paragraphs of their own', () => {
  const text = '# Kop zonder punt\nEerste zin\n- punt een\n- punt twee';
  const seg = segment(text, { format: 'markdown' });
  assert.deepEqual(seg.paragraphs.map((p) => text.slice(p.start, p.end)), ['# Kop zonder punt', 'Eerste zin', '- punt een', '- punt twee']);
});
test('a disabled region is masked', () =>
  masked('Tekst.\n<!-- bronwijzer-disable -->[[\nWeg "citaat".\n]]<!-- bronwijzer-enable -->\nVerder.'.replace('<!-- bronwijzer-disable -->[[', '[[<!-- bronwijzer-disable -->').replace(']]<!-- bronwijzer-enable -->', '<!-- bronwijzer-enable -->]]')));
test('suppressions: regions, next-line and line comments with their rules', () => {
  const text = [
    'Een.',
    '<!-- bronwijzer-disable-next-line unsourced-hedge -->',
    '',
    'Er zouden doden zijn.',
    '<!-- bronwijzer-disable -->',
    'Weg.',
    '<!-- bronwijzer-enable -->',
    'Naam <!-- bronwijzer-disable-line name-variant vague-source -->',
  ].join('\n');
  const r = suppressions(text);
  assert.equal(r.length, 3);
  const next = r.find((x) => x.kind === 'next-line')!;
  assert.equal(text.slice(next.start, next.end), 'Er zouden doden zijn.');
  assert.deepEqual(next.rules, ['unsourced-hedge']);
  const region = r.find((x) => x.kind === 'region')!;
  assert.equal(text.slice(region.start, region.end).trim(), 'Weg.');
  assert.deepEqual(region.rules, []);
  const line = r.find((x) => x.kind === 'line')!;
  assert.deepEqual(line.rules, ['name-variant', 'vague-source']);
  assert.ok(isSuppressed(r, 'unsourced-hedge', text.indexOf('zouden')));
  assert.ok(!isSuppressed(r, 'name-variant', text.indexOf('zouden')));
  assert.ok(isSuppressed(r, 'name-variant', text.indexOf('Naam')));
  assert.ok(!isSuppressed(r, 'name-variant', 0));
});
test('a disable without enable runs to the end', () => {
  const text = 'A.\n<!-- bronwijzer-disable -->\nB.';
  const [r] = suppressions(text);
  assert.equal(r.end, text.length);
});
