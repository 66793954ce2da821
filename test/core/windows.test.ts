// A long draft is read in windows (server/src/core/windows.ts): content-defined cuts at paragraph
// breaks, never in a masked region or a surrogate pair; each window analysed with the paragraphs before
// it as context; the results joined into one consistent analysis; unchanged windows reused from a cache
// with the same result as a fresh analysis.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, WindowCache } from '../../server/src/core';
import { MAX_WINDOW, MIN_WINDOW, WINDOWED_FROM, windowEnds } from '../../server/src/core/windows';
import { invariantProblems } from '../property/invariants';
import { CORPUS } from '../property/arbitraries';

/** A paragraph that says everything it needs (no reference across a paragraph break). */
const PARA = 'Burgemeester Jan de Vries zegt dat de brug dicht blijft. ,,Dat is jammer voor de bewoners\'\', aldus De Vries.\n\n';
const over = (para: string, chars = WINDOWED_FROM + 3 * MAX_WINDOW) => para.repeat(Math.ceil(chars / para.length));

/** Varied paragraphs (a seeded generator): their own names, figures and words, so cuts fall by content. */
function varied(chars: number, seed = 1): string {
  let s = seed;
  const r = (n: number) => { s = (Math.imul(s, 1103515245) + 12345) >>> 0; return (s >>> 8) % n; };
  const names = ['Jan de Vries', 'Fatima el Amrani', 'Piet Hein', 'Sanne Bakker', 'Kees Mulder', 'Eva Smit', 'Ahmed Yilmaz', 'Lotte Visser'];
  const things = ['de brug', 'het plan', 'de begroting', 'de dijk', 'het ziekenhuis', 'de school', 'het station'];
  let out = '';
  while (out.length < chars) {
    const who = names[r(names.length)];
    out += `Wethouder ${who} zegt dat ${things[r(things.length)]} ${r(900) + 100} duizend euro kost. `;
    out += `,,Dat is ${r(2) ? 'te veel' : 'redelijk'} voor ${things[r(things.length)]}'', aldus ${who.split(' ').pop()}. `;
    out += `Volgens ingewijden zou het besluit in week ${r(52) + 1} vallen.\n\n`;
  }
  return out;
}

test('windows: cuts cover the text, each window between the minimum and the maximum, after a blank line', () => {
  const text = varied(WINDOWED_FROM * 3);
  const ends = windowEnds(text, []);
  assert.ok(ends.length >= 3);
  assert.equal(ends[ends.length - 1], text.length);
  let prev = 0;
  for (const e of ends.slice(0, -1)) {
    assert.ok(e - prev >= MIN_WINDOW && e - prev <= MAX_WINDOW, `window ${prev}..${e}`);
    assert.equal(text.slice(e - 2, e), '\n\n', `cut at ${e} is not after a blank line`);
    prev = e;
  }
});

test('windows: cuts are content-defined (an edit moves no cut outside its own window)', () => {
  const text = varied(WINDOWED_FROM * 4);
  const ends = windowEnds(text, []);
  const at = ends[0] + 100; // an edit in the second window
  const edited = text.slice(0, at) + 'Een heel nieuwe zin van de redactie. ' + text.slice(at);
  const delta = edited.length - text.length;
  const after = windowEnds(edited, []);
  assert.equal(after[0], ends[0]);
  // from the third window on, the same cuts, moved by the edit's length
  assert.deepEqual(after.slice(2).map((e) => e - delta), ends.slice(2));
});

test('windows: without blank lines a cut falls after a sentence end, without spaces never in a surrogate pair', () => {
  const noBreaks = 'De minister zei dat het klopt. '.repeat(20_000);
  for (const e of windowEnds(noBreaks, []).slice(0, -1)) assert.equal(noBreaks.slice(e - 2, e), '. ');
  const astral = '𝒜'.repeat(300_000); // one endless word of surrogate pairs
  for (const e of windowEnds(astral, []).slice(0, -1)) assert.ok(e % 2 === 0, `cut ${e} splits a pair`);
  assert.deepEqual(invariantProblems(astral, analyse(astral, { strict: true })), []);
});

test('windows: a masked region (a code block) is never cut, and nothing in it is analysed', () => {
  const code = '```\n' + 'x = "niet analyseren"\n\n'.repeat(10_000) + '```\n\n';
  const text = PARA.repeat(100) + code + PARA.repeat(2_000);
  const start = text.indexOf('```'), end = text.lastIndexOf('```') + 3;
  for (const e of windowEnds(text, [{ start, end }])) assert.ok(e <= start || e >= end, `cut ${e} inside the code block ${start}..${end}`);
  const a = analyse(text, { format: 'markdown', strict: true });
  assert.ok(a.quotes.every((q) => q.end <= start || q.start >= end), 'a quotation in the code block');
  assert.deepEqual(invariantProblems(text, a), []);
});

test('a long draft: every window analysed, ids valid, one source for the name in every window', () => {
  const text = over(PARA);
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
  const ms = a.claimants[0].mentions;
  for (let k = 1; k < ms.length; k++) assert.ok(ms[k].start > ms[k - 1].start, 'mentions in text order');
  a.statements.forEach((s, k) => assert.equal(s.id, k));
  for (const [qi, q] of a.quotes.entries()) assert.ok(a.statements[q.statementId!].quoteIds.includes(qi));
});

test('a long draft: a pronoun at the top of a window finds its source in the paragraph before (context)', () => {
  const text = over('Burgemeester Jan de Vries zegt dat de brug dicht blijft.\n\nHij zegt ook dat de veerpont blijft varen.\n\n');
  const a = analyse(text, { strict: true });
  assert.ok(a.statements.length > 1000);
  const unresolved = a.statements.filter((s) => s.claimantId == null);
  assert.deepEqual(unresolved.map((s) => text.slice(s.content.start, s.content.start + 30)), []);
  assert.equal(a.claimants.length, 1);
});

test('a long draft: findings over the whole (capped per rule), a disable comment holds across windows', () => {
  const unattributed = '"Dit zegt niemand."\n\n';
  const a = analyse(over(unattributed), { format: 'markdown', strict: true });
  assert.equal(a.findings.filter((f) => f.rule === 'unattributed-quote').length, 1001); // 1,000 and one summary
  const off = '<!-- bronwijzer-disable -->\n\n' + over(unattributed);
  assert.equal(analyse(off, { format: 'markdown', strict: true }).findings.length, 0);
});

test('the window cache: after edits, the same analysis as without it, most windows reused', () => {
  const cache = new WindowCache();
  let text = varied(WINDOWED_FROM * 3, 7);
  assert.deepEqual(analyse(text, { format: 'markdown' }, cache), analyse(text, { format: 'markdown' }));
  assert.equal(cache.reused, 0);
  const windows = cache.analysed;
  for (const at of [0.5, 0.1, 0.9, 0.5]) {
    const p = Math.floor(text.length * at);
    text = text.slice(0, p) + "Hij zegt dat het ,,zo is''. " + text.slice(p);
    const cached = analyse(text, { format: 'markdown' }, cache);
    assert.deepEqual(cached, analyse(text, { format: 'markdown' }));
    // (the edited window, the next one when the edit is in its context, one more when a cut moved)
    assert.ok(cache.analysed <= 3 && cache.reused >= windows - 3, `analysed ${cache.analysed}, reused ${cache.reused} of ${windows}`);
  }
  // other options: nothing reused
  analyse(text, { format: 'markdown', knownSources: ['Piet Hein'] }, cache);
  assert.equal(cache.reused, 0);
});

test('a draft at the window threshold is read whole', () => {
  const text = PARA.repeat(Math.floor(WINDOWED_FROM / PARA.length));
  assert.ok(text.length <= WINDOWED_FROM);
  const a = analyse(text, { strict: true });
  assert.equal(a.claimants.length, 1);
  assert.deepEqual(invariantProblems(text, a), []);
});

test('the window cache on real drafts (the dev corpus joined): random edits, each result equal to a fresh analysis', { skip: corpusText() === '' && 'no ../shared/corpus/dev' }, () => {
  let text = corpusText();
  while (text.length < 2 * WINDOWED_FROM) text += '\n\n' + text;
  const cache = new WindowCache();
  analyse(text, {}, cache);
  let seed = 11;
  const r = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
  const inserts = [' ', '\n\n', ',,Dat klopt niet\'\', zegt hij. ', '"', 'volgens de minister ', ''];
  for (let k = 0; k < 10; k++) {
    const at = r(text.length), del = r(3) === 0 ? r(40) : 0;
    text = text.slice(0, at) + inserts[r(inserts.length)] + text.slice(at + del);
    assert.deepEqual(analyse(text, {}, cache), analyse(text, {}), `edit ${k} at ${at}`);
  }
});

function corpusText(): string {
  return CORPUS.join('\n\n');
}

test('real articles joined into one long draft: read in windows, each statement has the source it has in its article alone', { skip: corpusText() === '' && 'no ../shared/corpus/dev' }, () => {
  let joined = '';
  const at: [number, string][] = [];
  for (let rep = 0; rep < 4; rep++) for (const d of CORPUS) { at.push([joined.length, d]); joined += d + '\n\n'; }
  assert.ok(joined.length > WINDOWED_FROM);
  const big = analyse(joined, { strict: true });
  const name = (a: ReturnType<typeof analyse>, id: number | null) => (id == null ? null : a.claimants[id].name);
  const anchor = (s: { cue: { start: number } | null; content: { start: number } }) => s.cue?.start ?? s.content.start;
  const inBig = new Map(big.statements.map((s) => [anchor(s), name(big, s.claimantId)]));
  let same = 0, all = 0;
  for (const [o, d] of at) {
    const a = analyse(d);
    for (const s of a.statements) {
      all++;
      const x = inBig.get(o + anchor(s)), y = name(a, s.claimantId);
      // (the same source: the long draft may name it in full where the article alone has the surname)
      if (x === y || (x && y && (x.endsWith(y) || y.endsWith(x)))) same++;
    }
  }
  assert.ok(same / all >= 0.98, `${same} of ${all}`);
});
