// Hostile input, property-based (fast-check, fixed seed; FC_SEED=n to vary): for any text the analyser
// does not throw (no stage fails: strict), keeps every span inside the text on code-point boundaries, nests quotations properly,
// keeps its ids valid, is deterministic, and reports nothing inside a suppressed Markdown region.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyse, WindowCache } from '../../server/src/core';
import { WINDOWED_FROM } from '../../server/src/core/windows';
import type { AnalyseOptions } from '../../server/src/core/types';
import { invariantProblems } from './invariants';
import { CORPUS, SEED, anyText, codeUnits, graphemes, mutatedDraft, soup, unicode } from './arbitraries';

const params = (numRuns: number) => ({ seed: SEED, numRuns, endOnFailure: false });

/** (strict: a stage that fails is a failure here, not hidden by the analyser's fallback) */
function holds(text: string, options: AnalyseOptions = {}): boolean {
  const a = analyse(text, { ...options, strict: true });
  const problems = invariantProblems(text, a);
  if (problems.length) throw new Error(problems.slice(0, 5).join('\n'));
  return true;
}

const formats = fc.constantFrom<AnalyseOptions>({ format: 'plaintext' }, { format: 'markdown' });

test('news-like token soup with every awkward character: no throw, invariants hold', () => {
  fc.assert(fc.property(soup(120), formats, (t, o) => holds(t, o)), params(1500));
});

test('arbitrary code points, code units (lone surrogates, NUL, controls) and graphemes', () => {
  fc.assert(fc.property(fc.oneof(unicode, codeUnits, graphemes), formats, (t, o) => holds(t, o)), params(1200));
});

test('real drafts with marks deleted, duplicated, swapped, words inserted, CRLF', { skip: CORPUS.length === 0 && 'no ../shared/corpus/dev' }, () => {
  fc.assert(fc.property(mutatedDraft, formats, (t, o) => holds(t, o)), params(400));
});

test('options with awkward known sources, outlets and hedges do not break the invariants', () => {
  const names = fc.array(fc.oneof(fc.constantFrom('', ' ', 'Jan', 'de', '"', '(', '.*', '\\', 'Jan de Vries', '😀'), fc.string({ maxLength: 6 })), { maxLength: 4 });
  fc.assert(
    fc.property(soup(60), names, names, names, formats, (t, knownSources, outlets, extraHedges, o) => holds(t, { ...o, knownSources, outlets, extraHedges })),
    params(400),
  );
});

test('deterministic: the same input gives a deep-equal analysis', () => {
  fc.assert(
    fc.property(fc.oneof(anyText, mutatedDraft), formats, (t, o) => {
      assert.deepEqual(analyse(t, o), analyse(t, o));
    }),
    params(300),
  );
});

test('Markdown: nothing is reported inside <!-- bronwijzer-disable --> … <!-- bronwijzer-enable -->', () => {
  const body = fc.oneof(soup(40), mutatedDraft.map((t) => t.slice(0, 1500)));
  fc.assert(
    fc.property(soup(30), body, soup(30), fc.constantFrom('\n', '\r\n'), (before, inside, after, nl) => {
      // Keep the region's own markers intact: no stray comment syntax inside it.
      const clean = (s: string) => s.replace(/<!--|-->|bronwijzer-/g, ' ').replace(/`/g, "'");
      const open = `${nl}${nl}<!-- bronwijzer-disable -->${nl}`;
      const close = `${nl}<!-- bronwijzer-enable -->${nl}${nl}`;
      const text = clean(before) + open + clean(inside) + close + clean(after);
      const from = clean(before).length + open.length;
      const to = from + clean(inside).length;
      const a = analyse(text, { format: 'markdown' });
      const inRegion = a.findings.filter((f) => f.span.start >= from && f.span.end <= to && f.span.end > f.span.start);
      assert.deepEqual(inRegion, [], `findings inside the disabled region ${from}..${to}`);
    }),
    params(300),
  );
});

test('the invariant checker itself catches broken analyses', () => {
  const text = 'Zij zei: "😀 ja".';
  const base = analyse('', {});
  const broken = {
    ...base,
    length: text.length,
    quotes: [
      { start: 9, end: 16, inner: { start: 11, end: 15 }, claimantId: 3, statementId: null },
      { start: 12, end: 17, inner: { start: 13, end: 16 }, claimantId: null, statementId: null },
    ],
    masked: [{ start: 11, end: 20 }],
  };
  const p = invariantProblems(text, broken);
  assert.ok(p.some((x) => /claimantId: id 3/.test(x)), p.join('\n'));
  assert.ok(p.some((x) => /overlap/.test(x)), p.join('\n'));
  assert.ok(p.some((x) => /splits a surrogate pair/.test(x)), p.join('\n'));
  assert.ok(p.some((x) => /masked\[0\].*outside/.test(x)), p.join('\n'));
  assert.deepEqual(invariantProblems(text, { ...base, length: text.length }), []);
});

test('long drafts (read in windows): invariants hold, and after an edit the window cache gives a fresh analysis', () => {
  // a long draft: pieces of soup and damaged real drafts, joined by blank lines, repeated past the threshold
  const longDraft = fc.array(fc.oneof(soup(200), mutatedDraft), { minLength: 1, maxLength: 6 }).map((parts) => {
    const unit = parts.join('\n\n') || 'x';
    return unit.repeat(Math.ceil((WINDOWED_FROM + 8_000) / unit.length));
  });
  fc.assert(
    fc.property(longDraft, formats, fc.nat(), soup(20), (text, o, at, insert) => {
      holds(text, o);
      const cache = new WindowCache();
      analyse(text, o, cache);
      const p = at % (text.length + 1);
      const edited = text.slice(0, p) + insert + text.slice(p);
      assert.deepEqual(analyse(edited, o, cache), analyse(edited, o));
      return holds(edited, o);
    }),
    params(25),
  );
});
