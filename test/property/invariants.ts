// What every Analysis must satisfy, whatever the input: spans inside the text on code-point boundaries,
// quotations nested properly or apart, every id pointing at something that exists. Returns the broken
// rules (none: fine). Used by the property tests and by bench/fuzz-long.mjs.
import type { Analysis, Span } from '../../server/src/core/types';

const RULES = new Set(['unattributed-quote', 'unsourced-hedge', 'contested-claim', 'name-variant', 'vague-source']);
const SEVERITIES = new Set(['error', 'warning', 'information', 'hint']);

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The offset does not fall between the two halves of a surrogate pair. */
export function onCodePointBoundary(text: string, o: number): boolean {
  return o <= 0 || o >= text.length || !(isHigh(text.charCodeAt(o - 1)) && isLow(text.charCodeAt(o)));
}

export function invariantProblems(text: string, a: Analysis): string[] {
  const p: string[] = [];
  const len = text.length;
  if (a.length !== len) p.push(`length ${a.length} != ${len}`);

  const span = (s: Span | null | undefined, what: string) => {
    if (s == null) return;
    const { start, end } = s;
    if (!Number.isInteger(start) || !Number.isInteger(end)) p.push(`${what}: non-integer offsets ${start}..${end}`);
    else if (start < 0 || end > len || start > end) p.push(`${what}: ${start}..${end} outside 0..${len} or reversed`);
    else if (!onCodePointBoundary(text, start) || !onCodePointBoundary(text, end)) p.push(`${what}: ${start}..${end} splits a surrogate pair`);
  };
  const textOf = (s: Span & { text: string }, what: string) => {
    if (s.start >= 0 && s.end <= len && s.text !== text.slice(s.start, s.end)) p.push(`${what}: text ${JSON.stringify(s.text)} != ${JSON.stringify(text.slice(s.start, s.end))}`);
  };
  const ref = (id: number | null | undefined, n: number, what: string) => {
    if (id == null) return;
    if (!Number.isInteger(id) || id < 0 || id >= n) p.push(`${what}: id ${id} not in 0..${n - 1}`);
  };
  const nS = a.statements.length;
  const nQ = a.quotes.length;
  const nH = a.hedges.length;
  const nC = a.claimants.length;

  a.statements.forEach((s, i) => {
    const w = `statements[${i}]`;
    if (s.id !== i) p.push(`${w}.id ${s.id}`);
    if (s.cue) {
      span(s.cue, `${w}.cue`);
      s.cue.parts.forEach((x, k) => span(x, `${w}.cue.parts[${k}]`));
    }
    span(s.content, `${w}.content`);
    if (s.mention) (span(s.mention, `${w}.mention`), textOf(s.mention, `${w}.mention`));
    span(s.channel, `${w}.channel`); // its text may name the channel ("X/Twitter" for "tweette")
    ref(s.claimantId, nC, `${w}.claimantId`);
    if (s.mention && s.claimantId == null) p.push(`${w}: a mention without a claimant`);
    s.quoteIds.forEach((q) => ref(q, nQ, `${w}.quoteIds`));
    s.hedgeIds.forEach((h) => ref(h, nH, `${w}.hedgeIds`));
    s.contestedBy.forEach((c) => ref(c, nS, `${w}.contestedBy`));
    ref(s.viaStatementId, nS, `${w}.viaStatementId`);
    if (s.viaStatementId === i) p.push(`${w} is reported via itself`);
    if (s.contestedBy.length > 0 && !s.contested) p.push(`${w}: contestedBy without contested`);
  });
  a.quotes.forEach((q, i) => {
    const w = `quotes[${i}]`;
    span(q, w);
    span(q.inner, `${w}.inner`);
    if (q.inner.start < q.start || q.inner.end > q.end) p.push(`${w}.inner ${q.inner.start}..${q.inner.end} outside the quote ${q.start}..${q.end}`);
    ref(q.claimantId, nC, `${w}.claimantId`);
    ref(q.statementId, nS, `${w}.statementId`);
  });
  // Quotations nest properly or lie apart.
  const qs = [...a.quotes].sort((x, y) => x.start - y.start || y.end - x.end);
  const stack: Span[] = [];
  for (const q of qs) {
    while (stack.length && stack[stack.length - 1].end <= q.start) stack.pop();
    const top = stack[stack.length - 1];
    if (top && q.end > top.end) p.push(`quotes ${top.start}..${top.end} and ${q.start}..${q.end} overlap`);
    stack.push(q);
  }
  a.hedges.forEach((h, i) => {
    const w = `hedges[${i}]`;
    span(h, w);
    textOf(h, w);
    span(h.claim, `${w}.claim`);
    ref(h.statementId, nS, `${w}.statementId`);
    ref(h.claimantId, nC, `${w}.claimantId`);
  });
  a.claimants.forEach((c, i) => {
    const w = `claimants[${i}]`;
    if (c.id !== i) p.push(`${w}.id ${c.id}`);
    if (typeof c.name !== 'string' || c.name.length === 0) p.push(`${w}: empty name`);
    c.mentions.forEach((m, k) => (span(m, `${w}.mentions[${k}]`), textOf(m, `${w}.mentions[${k}]`)));
  });
  a.cues.forEach((c, i) => span(c, `cues[${i}]`));
  a.findings.forEach((f, i) => {
    const w = `findings[${i}]`;
    if (!RULES.has(f.rule)) p.push(`${w}: unknown rule ${f.rule}`);
    if (!SEVERITIES.has(f.severity)) p.push(`${w}: unknown severity ${f.severity}`);
    if (!f.message || !f.message.nl || !f.message.en) p.push(`${w}: message missing a language`);
    span(f.span, w);
    f.related.forEach((r, k) => span(r.span, `${w}.related[${k}]`));
    f.variant?.spans.forEach((s, k) => span(s, `${w}.variant.spans[${k}]`));
    f.candidates.forEach((c, k) => ref(c.claimantId, nC, `${w}.candidates[${k}]`));
    ref(f.statementId, nS, `${w}.statementId`);
    ref(f.quoteId, nQ, `${w}.quoteId`);
    ref(f.hedgeId, nH, `${w}.hedgeId`);
    ref(f.claimantId, nC, `${w}.claimantId`);
  });
  a.masked.forEach((m, i) => span(m, `masked[${i}]`));
  return p;
}

/** The text layer's output (segment()): tokens in order and matching the text, valid indices, quotations nested. */
export function segmentProblems(text: string, s: import('../../server/src/core/text/types').Segmented): string[] {
  const p: string[] = [];
  const len = text.length;
  const span = (x: Span, what: string) => {
    if (!Number.isInteger(x.start) || !Number.isInteger(x.end) || x.start < 0 || x.end > len || x.start > x.end) p.push(`${what}: ${x.start}..${x.end} outside 0..${len} or reversed`);
    else if (!onCodePointBoundary(text, x.start) || !onCodePointBoundary(text, x.end)) p.push(`${what}: ${x.start}..${x.end} splits a surrogate pair`);
  };
  if (s.text !== text) p.push('segmented text differs from the input');
  s.masked.forEach((m, i) => span(m, `masked[${i}]`));
  let prevEnd = 0;
  s.tokens.forEach((t, i) => {
    const w = `tokens[${i}]`;
    span(t, w);
    if (t.end <= t.start) p.push(`${w}: empty`);
    if (t.start < prevEnd) p.push(`${w}: starts at ${t.start} before the previous token ends at ${prevEnd}`);
    prevEnd = t.end;
    if (t.text !== text.slice(t.start, t.end)) p.push(`${w}: text ${JSON.stringify(t.text)} != ${JSON.stringify(text.slice(t.start, t.end))}`);
    if (!Number.isInteger(t.sentence) || t.sentence < 0 || t.sentence >= s.sentences.length) p.push(`${w}.sentence ${t.sentence}`);
    if (t.inQuote !== -1) {
      const q = s.quotes[t.inQuote];
      if (!q) p.push(`${w}.inQuote ${t.inQuote} not a quotation`);
      else if (t.start < q.start || t.end > q.end) p.push(`${w} (${t.start}..${t.end}) outside its quotation ${q.start}..${q.end}`);
    }
  });
  let prevTok = 0;
  s.sentences.forEach((x, i) => {
    const w = `sentences[${i}]`;
    span(x, w);
    if (x.tokenStart !== prevTok || x.tokenEnd < x.tokenStart || x.tokenEnd > s.tokens.length) p.push(`${w}: tokens ${x.tokenStart}..${x.tokenEnd} (expected to start at ${prevTok})`);
    prevTok = x.tokenEnd;
    for (let k = x.tokenStart; k < Math.min(x.tokenEnd, s.tokens.length); k++) if (s.tokens[k].sentence !== i) p.push(`tokens[${k}].sentence ${s.tokens[k].sentence} != ${i}`);
  });
  if (s.sentences.length && prevTok !== s.tokens.length) p.push(`sentences cover ${prevTok} of ${s.tokens.length} tokens`);
  let prevSent = 0;
  s.paragraphs.forEach((x, i) => {
    const w = `paragraphs[${i}]`;
    span(x, w);
    if (x.sentenceStart !== prevSent || x.sentenceEnd < x.sentenceStart || x.sentenceEnd > s.sentences.length) p.push(`${w}: sentences ${x.sentenceStart}..${x.sentenceEnd}`);
    prevSent = x.sentenceEnd;
  });
  s.quotes.forEach((q, i) => {
    span(q, `quotes[${i}]`);
    span(q.inner, `quotes[${i}].inner`);
    if (q.inner.start < q.start || q.inner.end > q.end) p.push(`quotes[${i}].inner outside the quotation`);
  });
  const qs = [...s.quotes].sort((x, y) => x.start - y.start || y.end - x.end);
  const stack: Span[] = [];
  for (const q of qs) {
    while (stack.length && stack[stack.length - 1].end <= q.start) stack.pop();
    const top = stack[stack.length - 1];
    if (top && q.end > top.end) p.push(`quotations ${top.start}..${top.end} and ${q.start}..${q.end} overlap`);
    stack.push(q);
  }
  return p;
}
