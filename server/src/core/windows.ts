// A long draft is read window by window. Each window (about 12–48K characters) ends at a paragraph break
// chosen by the text that follows it (content-defined, as rsync cuts files: an edit moves no cut outside
// its own window, so the other windows' text is unchanged and their analysis can be reused, see
// WindowCache), and is analysed together with the paragraphs before it (up to CONTEXT characters) so that
// a pronoun, a role noun or a quotation at the top of a window finds its source; only what starts in the
// window itself is kept. The windows' results are joined: ids renumbered, sources of the same kind and
// name (or a surname of one) merged, a statement in a window that disputes one in the context linked to
// that statement as the previous window found it. The working data of one window (tokens, noun phrases,
// statement drafts) is dropped or reused before the next, so memory and the garbage collector's work grow
// with the findings and not with the draft. What is lost at a cut: references reaching back further than
// the context, a quotation running over the cut, a spelling variant of a name in another window.
import type { Analysis, Claimant, Cue, Hedge, Mention, Quote, Span, Statement } from './types';
import type { VariantLink } from './attribution/claimants';
import { isNewlineAt, isSpaceCode } from './text/chars';
import { NO_IDS, withId } from './ids';

/** Drafts longer than this (UTF-16 units) are read in windows; shorter ones whole. */
export const WINDOWED_FROM = 64 * 1024;
/** A window's length: at least MIN_WINDOW, at most MAX_WINDOW (then cut wherever the text allows). */
export const MIN_WINDOW = 12 * 1024;
export const MAX_WINDOW = 48 * 1024;
/** How far a cut is looked for in a text without line breaks before one of its sentence ends is taken. */
const FALLBACK_SCAN = 4 * 1024;
/** How much of the text before a window is analysed with it (whole paragraphs). */
export const CONTEXT = 1500;

/** What one window's analysis gives besides its Analysis: whether each quotation is speech (findings need
 *  it), and its spelling variants (claimant ids of that window). */
export interface WindowResult {
  analysis: Analysis;
  speech: boolean[];
  variants: VariantLink[];
}

// ---- where the windows are -------------------------------------------------------------------------

/** The index of the first masked region (sorted, merged) that ends after p (masked.length if none). */
function firstEndingAfter(masked: readonly Span[], p: number): number {
  let lo = 0, hi = masked.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (masked[mid].end <= p) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Whether positions are masked, for a scan that only moves forward. */
class MaskCursor {
  private k: number;
  constructor(private readonly masked: readonly Span[], from: number) {
    this.k = firstEndingAfter(masked, from);
  }
  at(p: number): boolean {
    const m = this.masked;
    while (this.k < m.length && m[this.k].end <= p) this.k++;
    return this.k < m.length && m[this.k].start <= p;
  }
}

/** A sentence-final . ! ? before p (a cut after the space at p). */
const afterSentenceEnd = (text: string, p: number): boolean => {
  const d = text.charCodeAt(p - 1);
  return d === 46 || d === 33 || d === 63;
};

/** A cut at p is content-defined when the 24 characters either side of it hash to 0 modulo 2^bits. */
function chosen(text: string, p: number, bits: number): boolean {
  let h = 0x811c9dc5;
  for (let k = Math.max(0, p - 24), e = Math.min(text.length, p + 24); k < e; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return ((h >>> 7) & ((1 << bits) - 1)) === 0;
}

/** The end of the blank line whose first line break is at p (spaces on it allowed), or -1. */
function blankLineEnd(text: string, p: number, b: number): number {
  let q = p + 1;
  if (text.charCodeAt(p) === 13 && text.charCodeAt(q) === 10) q++;
  while (q < b && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q++;
  return q < b && isNewlineAt(text, q) ? q + 1 : -1;
}

/** The cut in [a, b): a content-defined paragraph break, else the first paragraph break, else a
 *  content-defined line break or sentence end, else the first line break, sentence end or space, else the
 *  start of a masked region, else b (not between the halves of a surrogate pair). */
function cutIn(text: string, a: number, b: number, masked: readonly Span[]): number {
  const inMask = new MaskCursor(masked, a);
  let para = -1, line = -1, sentence = -1, space = -1, lineC = -1, sentenceC = -1;
  // (at most 64 line breaks and sentence ends hashed: the scan stays about as long as the range)
  let hashes = 0;
  for (let p = a; p < b; p++) {
    // (a text without line breaks after FALLBACK_SCAN characters: no paragraph break will come, take the rest)
    if (p === a + FALLBACK_SCAN && para < 0 && line < 0) {
      if (sentenceC >= 0) return sentenceC;
      if (sentence >= 0) return sentence;
      if (space >= 0) return space;
    }
    const c = text.charCodeAt(p);
    if (!isSpaceCode(c) || inMask.at(p)) continue;
    if (isNewlineAt(text, p)) {
      const q = blankLineEnd(text, p, b);
      if (q >= 0) {
        if (chosen(text, q, 2)) return q;
        if (para < 0) para = q;
        p = q - 1;
        continue;
      }
      if (line < 0) line = p + 1;
      if (lineC < 0 && hashes++ < 64 && chosen(text, p + 1, 3)) lineC = p + 1;
    } else if (p > a) {
      if (afterSentenceEnd(text, p)) {
        if (sentence < 0) sentence = p + 1;
        if (sentenceC < 0 && hashes++ < 64 && chosen(text, p + 1, 3)) sentenceC = p + 1;
      } else if (space < 0) space = p + 1;
    }
  }
  if (para >= 0) return para;
  if (lineC >= 0) return lineC;
  if (sentenceC >= 0) return sentenceC;
  if (line >= 0) return line;
  if (sentence >= 0) return sentence;
  if (space >= 0) return space;
  for (let k = firstEndingAfter(masked, a); k < masked.length && masked[k].start < b; k++) if (masked[k].start > a) return masked[k].start;
  const lo = text.charCodeAt(b);
  return lo >= 0xdc00 && lo <= 0xdfff ? b + 1 : b;
}

/** Where the windows of a long text end (the last is text.length); never inside a masked region. */
export function windowEnds(text: string, masked: readonly Span[]): number[] {
  const ends: number[] = [];
  const n = text.length;
  for (let from = 0; from < n;) {
    if (n - from <= MAX_WINDOW) { ends.push(n); break; }
    let a = from + MIN_WINDOW;
    // (a start in a masked region moves to its end: a cut may fall right after it)
    const mi = firstEndingAfter(masked, a);
    if (mi < masked.length && masked[mi].start < a) a = masked[mi].end;
    if (a >= n) { ends.push(n); break; }
    const end = cutIn(text, a, Math.min(n, Math.max(a + 1, from + MAX_WINDOW)), masked);
    ends.push(end);
    from = end;
  }
  return ends;
}

/** Where the context of the window starting at `from` starts: the first paragraph break (else sentence end)
 *  in the CONTEXT characters before it, outside masked regions; `from` itself when there is none. */
export function contextStart(text: string, from: number, masked: readonly Span[]): number {
  if (from === 0) return 0;
  const lo = Math.max(0, from - CONTEXT);
  const inMask = new MaskCursor(masked, lo);
  let sentence = -1;
  for (let p = lo; p < from - 1; p++) {
    const c = text.charCodeAt(p);
    if (!isSpaceCode(c) || inMask.at(p)) continue;
    if (isNewlineAt(text, p)) {
      const q = blankLineEnd(text, p, from);
      if (q >= 0 && q < from) return q;
    } else if (sentence < 0 && p > lo && afterSentenceEnd(text, p)) sentence = p + 1;
  }
  return sentence >= 0 ? sentence : from;
}

// ---- reuse between analyses ------------------------------------------------------------------------

/** The windows of the last analysis of one document, by their text (with context), for the next analysis:
 *  a window whose text, masked regions and options are unchanged is not analysed again. The server keeps
 *  one per open document. */
export class WindowCache {
  /** window key -> its result and the offset its text started at */
  entries = new Map<string, { at: number; result: WindowResult }>();
  optionsKey = '';
  /** Windows analysed and reused by the last analysis (for tests and the benchmark). */
  analysed = 0;
  reused = 0;
}

/** The cache key of the window [ctx, end): its text (and the two characters before it, which the text
 *  layer may look at) and the masked regions in it. */
export function windowKey(text: string, ctx: number, end: number, masked: readonly Span[]): string {
  let m = '';
  for (let k = firstEndingAfter(masked, ctx); k < masked.length && masked[k].start < end; k++) m += `${masked[k].start - ctx}-${masked[k].end - ctx},`;
  return m + '\u0000' + text.slice(Math.max(0, ctx - 2), end);
}

/** A deep copy of a window's result with every offset moved by delta (the cache's results stay as made).
 *  (Literals field by field: a spread of each object costs several times as much.) */
export function shifted(r: WindowResult, delta: number): WindowResult {
  const span = (s: Span): Span => ({ start: s.start + delta, end: s.end + delta });
  const a = r.analysis;
  const cueCopy = new Map<Cue, Cue>();
  const cue = (c: Cue): Cue => {
    let x = cueCopy.get(c);
    if (!x) {
      x = { start: c.start + delta, end: c.end + delta, text: c.text, lemma: c.lemma, kind: c.kind, parts: c.parts.map(span), denial: c.denial };
      cueCopy.set(c, x);
    }
    return x;
  };
  const mention = (m: Mention): Mention => ({ start: m.start + delta, end: m.end + delta, text: m.text, kind: m.kind });
  const statements = new Array<Statement>(a.statements.length);
  for (let k = 0; k < a.statements.length; k++) {
    const s = a.statements[k];
    statements[k] = {
      id: s.id,
      cue: s.cue && cue(s.cue),
      claimantId: s.claimantId,
      mention: s.mention && mention(s.mention),
      content: span(s.content),
      quoteIds: s.quoteIds.length ? s.quoteIds.slice() : NO_IDS,
      channel: s.channel && { start: s.channel.start + delta, end: s.channel.end + delta, text: s.channel.text, kind: s.channel.kind },
      viaStatementId: s.viaStatementId,
      hedgeIds: s.hedgeIds.length ? s.hedgeIds.slice() : NO_IDS,
      contested: s.contested,
      contestedBy: s.contestedBy.length ? s.contestedBy.slice() : NO_IDS,
    };
  }
  const quotes = new Array<Quote>(a.quotes.length);
  for (let k = 0; k < a.quotes.length; k++) {
    const q = a.quotes[k];
    quotes[k] = { start: q.start + delta, end: q.end + delta, inner: span(q.inner), claimantId: q.claimantId, statementId: q.statementId };
    if (q.title) quotes[k].title = true;
  }
  const hedges = new Array<Hedge>(a.hedges.length);
  for (let k = 0; k < a.hedges.length; k++) {
    const h = a.hedges[k];
    hedges[k] = { start: h.start + delta, end: h.end + delta, text: h.text, kind: h.kind, statementId: h.statementId, claimantId: h.claimantId, claim: span(h.claim) };
  }
  const claimants = new Array<Claimant>(a.claimants.length);
  for (let k = 0; k < a.claimants.length; k++) {
    const c = a.claimants[k];
    claimants[k] = { id: c.id, name: c.name, kind: c.kind, role: c.role, variants: c.variants.slice(), mentions: c.mentions.map(mention), vague: c.vague };
  }
  const cues = a.cues.map(cue);
  return {
    analysis: { length: a.length, statements, quotes, hedges, claimants, cues, findings: [], masked: [] },
    speech: r.speech.slice(),
    variants: r.variants.map((v) => ({ claimantId: v.claimantId, from: v.from, to: v.to })),
  };
}

// ---- joining the windows ---------------------------------------------------------------------------

/** A statement's place, by which a window names a statement of its context: its cue, else its content. */
const anchorOf = (s: Statement): number => (s.cue ? s.cue.start : s.content.start);

/** Joins the windows' results, each given with the offset its own part starts at (before it: its
 *  context). Works in place on the results (give copies of cached ones). Findings are not made. */
export function joinWindows(text: string, masked: Span[], parts: { from: number; result: WindowResult }[]): WindowResult {
  const out: Analysis = { length: text.length, statements: [], quotes: [], hedges: [], claimants: [], cues: [], findings: [], masked };
  const speech: boolean[] = [];
  const variants: VariantLink[] = [];
  const variantSeen = new Set<string>();
  const byKey = new Map<string, Claimant>();
  /** a single-word person name of an earlier window -> the person (null: two persons share it) */
  const bySurname = new Map<string, Claimant | null>();
  /** persons of earlier windows known by one word only, by it */
  const singles = new Map<string, Claimant>();
  /** statements that dispute one in their context, or are reported through one: [statement, anchor of that one] */
  const external: [Statement, number][] = [];
  const externalVia: [Statement, number][] = [];
  /** statements that lost a dispute to the context */
  const lost: Statement[] = [];
  for (const { from, result } of parts) {
    const a = result.analysis;
    const st0 = out.statements.length, q0 = out.quotes.length, h0 = out.hedges.length;
    // what starts in the window's own part is kept: statements, quotes and hedges -> new ids (-1: context)
    const stId = new Int32Array(a.statements.length).fill(-1);
    let ns = 0;
    for (let k = 0; k < a.statements.length; k++) if (anchorOf(a.statements[k]) >= from) stId[k] = st0 + ns++;
    const qId = new Int32Array(a.quotes.length).fill(-1);
    let nq = 0;
    for (let k = 0; k < a.quotes.length; k++) if (a.quotes[k].start >= from) qId[k] = q0 + nq++;
    const hId = new Int32Array(a.hedges.length).fill(-1);
    let nh = 0;
    for (let k = 0; k < a.hedges.length; k++) if (a.hedges[k].start >= from) hId[k] = h0 + nh++;
    // the sources what is kept refers to
    const used = new Uint8Array(a.claimants.length);
    const use = (id: number | null) => { if (id != null) used[id] = 1; };
    for (let k = 0; k < a.statements.length; k++) if (stId[k] >= 0) use(a.statements[k].claimantId);
    for (let k = 0; k < a.quotes.length; k++) if (qId[k] >= 0) use(a.quotes[k].claimantId);
    for (let k = 0; k < a.hedges.length; k++) if (hId[k] >= 0) use(a.hedges[k].claimantId);
    const ids = new Int32Array(a.claimants.length).fill(-1);
    const fresh: Claimant[] = [];
    for (const c of a.claimants) {
      if (!used[c.id]) continue;
      // (mentions in the context belong to the previous window, unless the source has no other)
      if (from > 0 && c.mentions.length > 0 && c.mentions[0].start < from) {
        const own = c.mentions.filter((m) => m.start >= from);
        if (own.length > 0) c.mentions = own;
      }
      // (merged only with a source of an earlier window: two sources named alike in one window stay two)
      let seen = byKey.get(`${c.kind}\u0000${c.name}`) ?? (c.kind === 'person' && !c.name.includes(' ') ? bySurname.get(c.name) : undefined);
      if (!seen && c.kind === 'person' && c.name.includes(' ')) {
        // the full name of a person an earlier window knew by the surname only: one source, the full name
        const single = singles.get(c.name.slice(c.name.lastIndexOf(' ') + 1));
        if (single) {
          singles.delete(single.name);
          single.name = c.name;
          byKey.set(`${c.kind}\u0000${c.name}`, single);
          bySurname.set(single.name.slice(single.name.lastIndexOf(' ') + 1), single);
          seen = single;
        }
      }
      if (seen) {
        ids[c.id] = seen.id;
        mergeInto(seen, c);
        continue;
      }
      ids[c.id] = out.claimants.length;
      c.id = out.claimants.length;
      fresh.push(c);
      out.claimants.push(c);
    }
    for (const c of fresh) {
      const key = `${c.kind}\u0000${c.name}`;
      if (!byKey.has(key)) byKey.set(key, c);
      if (c.kind === 'person') {
        if (!c.name.includes(' ') && !singles.has(c.name)) singles.set(c.name, c);
        const sur = c.name.slice(c.name.lastIndexOf(' ') + 1);
        if (sur !== c.name || !bySurname.has(sur)) bySurname.set(sur, bySurname.has(sur) && bySurname.get(sur) !== c ? null : c);
      }
    }
    const re = (id: number | null): number | null => (id == null || ids[id] < 0 ? null : ids[id]);
    const reSt = (id: number | null): number | null => (id == null || !(stId[id] >= 0) ? null : stId[id]);
    for (let k = 0; k < a.statements.length; k++) {
      if (stId[k] < 0) continue;
      const s = a.statements[k];
      s.id = stId[k];
      s.claimantId = re(s.claimantId);
      if (s.viaStatementId != null) {
        const via = a.statements[s.viaStatementId];
        s.viaStatementId = reSt(s.viaStatementId);
        if (s.viaStatementId == null && via) externalVia.push([s, anchorOf(via)]);
      }
      s.quoteIds = remapped(s.quoteIds, qId);
      s.hedgeIds = remapped(s.hedgeIds, hId);
      if (s.contestedBy.length > 0) {
        for (const x of s.contestedBy) if (!(stId[x] >= 0) && a.statements[x]) external.push([s, anchorOf(a.statements[x])]);
        const by = remapped(s.contestedBy, stId);
        if (by.length < s.contestedBy.length) lost.push(s);
        s.contestedBy = by;
      }
      out.statements.push(s);
      if (s.cue) out.cues.push(s.cue);
    }
    for (let k = 0; k < a.quotes.length; k++) {
      if (qId[k] < 0) continue;
      const q = a.quotes[k];
      q.claimantId = re(q.claimantId);
      q.statementId = reSt(q.statementId);
      out.quotes.push(q);
      speech.push(result.speech[k] === true);
    }
    for (let k = 0; k < a.hedges.length; k++) {
      if (hId[k] < 0) continue;
      const h = a.hedges[k];
      h.claimantId = re(h.claimantId);
      h.statementId = reSt(h.statementId);
      out.hedges.push(h);
    }
    for (const v of result.variants) {
      if (!(ids[v.claimantId] >= 0)) continue;
      const id = ids[v.claimantId];
      // (one spelling variant found in two windows of one source: reported once)
      const key = `${id}\u0000${v.from}\u0000${v.to}`;
      if (!variantSeen.has(key)) {
        variantSeen.add(key);
        variants.push({ claimantId: id, from: v.from, to: v.to });
      }
    }
  }
  // disputes of a statement in the context: linked both ways to that statement as its own window kept it
  if (external.length > 0 || externalVia.length > 0) {
    const byAnchor = new Map<number, Statement>();
    for (const s of out.statements) if (!byAnchor.has(anchorOf(s))) byAnchor.set(anchorOf(s), s);
    for (const [s, anchor] of external) {
      const t = byAnchor.get(anchor);
      if (!t || t === s) continue;
      s.contestedBy = withId(s.contestedBy, t.id);
      t.contestedBy = withId(t.contestedBy, s.id);
      t.contested = true;
    }
    for (const [s, anchor] of externalVia) {
      const t = byAnchor.get(anchor);
      if (t && t.id < s.id) s.viaStatementId = t.id;
    }
  }
  for (const s of lost) if (s.contestedBy.length === 0) s.contested = false;
  return { analysis: out, speech, variants };
}

/** ids mapped through map (-1: dropped), in place when none is dropped. */
function remapped(ids: number[], map: Int32Array): number[] {
  let keep = true;
  for (let k = 0; k < ids.length; k++) {
    const v = map[ids[k]];
    if (!(v >= 0)) { keep = false; break; }
  }
  if (!keep) return ids.map((i) => map[i]).filter((i) => i >= 0);
  for (let k = 0; k < ids.length; k++) ids[k] = map[ids[k]];
  return ids;
}

/** Adds what a later window says of a source to the source as an earlier window made it. */
function mergeInto(seen: Claimant, c: Claimant): void {
  // (a mention in the context that the earlier window has already: not twice)
  const last = seen.mentions.length > 0 ? seen.mentions[seen.mentions.length - 1].start : -1;
  for (const m of c.mentions) if (m.start > last) seen.mentions.push(m);
  for (const v of c.variants) if (!seen.variants.includes(v)) seen.variants.push(v);
  if (seen.role === null) seen.role = c.role;
}
