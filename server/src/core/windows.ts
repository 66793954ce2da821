// A long draft is read window by window: windows of about WINDOW characters, cut at a paragraph break
// (else a line break, a sentence end, a space), each segmented and analysed on its own with the offsets
// of the whole text, and the results joined. The working data of one window (tokens, noun phrases,
// statement drafts) is dropped or reused before the next, so the memory an analysis holds, and the
// garbage collector's work, grow with the findings and not with the draft: a 20 MB draft costs per byte
// what an article does. Sources named alike in two windows are one claimant. What is lost at a cut:
// a pronoun or role noun whose antecedent is in the previous window, a quotation running over the cut,
// a spelling variant of a name in another window, a dispute between windows. A window holds some
// 20,000 words: a cut falls far from most of what refers across it.
import type { Analysis, Claimant, Span } from './types';
import { isNewlineAt, isSpaceCode } from './text/chars';

/** Drafts longer than this (UTF-16 units) are read in windows. */
export const WINDOWED_FROM = 256 * 1024;
/** A window's length, about. */
export const WINDOW = 128 * 1024;
/** How far past WINDOW a cut is looked for. */
const SLACK = 32 * 1024;

/** Where the windows of a long text end (the last is text.length); never inside a masked region. */
export function windowEnds(text: string, masked: readonly Span[]): number[] {
  const ends: number[] = [];
  const n = text.length;
  let mi = 0;
  for (let from = 0; from < n;) {
    if (n - from <= WINDOW + SLACK) { ends.push(n); break; }
    let target = from + WINDOW;
    while (mi < masked.length && masked[mi].end <= target) mi++;
    // (a target in a masked region moves to its end: a cut may fall right after it)
    if (mi < masked.length && masked[mi].start < target) target = masked[mi].end;
    if (n - target <= 0) { ends.push(n); break; }
    const end = cutNear(text, target, Math.min(n, target + SLACK), masked, mi);
    ends.push(end);
    from = end;
  }
  return ends;
}

/** Inside masked[mi..] (sorted, merged)? */
function isMasked(p: number, masked: readonly Span[], mi: number): boolean {
  for (let k = mi; k < masked.length && masked[k].start <= p; k++) if (p < masked[k].end) return true;
  return false;
}

/** The best cut in [a, b): after a blank line, else after a line break, else after a sentence end followed
 *  by a space, else after any space, else at b (not between the halves of a surrogate pair). */
function cutNear(text: string, a: number, b: number, masked: readonly Span[], mi: number): number {
  let line = -1, sentence = -1, space = -1;
  for (let p = a; p < b; p++) {
    const c = text.charCodeAt(p);
    if (!isSpaceCode(c) || isMasked(p, masked, mi)) continue;
    if (isNewlineAt(text, p)) {
      // a blank line follows: cut at its end (spaces on it allowed)
      let q = p + 1;
      if (c === 13 && text.charCodeAt(q) === 10) q++;
      while (q < b && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q++;
      if (q < b && isNewlineAt(text, q)) return q + 1;
      if (line < 0) line = p + 1;
    } else if (sentence < 0 && p > a) {
      const d = text.charCodeAt(p - 1);
      if (d === 46 || d === 33 || d === 63) sentence = p + 1;
      else if (space < 0) space = p + 1;
    }
  }
  if (line >= 0) return line;
  if (sentence >= 0) return sentence;
  if (space >= 0) return space;
  // (the first masked region after a: at its start, unless it is a itself)
  for (let k = mi; k < masked.length && masked[k].start < b; k++) if (masked[k].start > a) return masked[k].start;
  const lo = text.charCodeAt(b);
  return lo >= 0xdc00 && lo <= 0xdfff ? b + 1 : b;
}

/** What one window's analysis gives besides its Analysis: whether each quotation is speech (findings need
 *  it), and its spelling variants (claimant ids of that window). */
export interface WindowResult {
  analysis: Analysis;
  speech: boolean[];
  variants: { claimantId: number; from: string; to: string }[];
}

/** The windows' results as one Analysis (findings not made: the caller makes them over the whole), the
 *  quotations' speech flags and the variants, ids renumbered; sources of the same kind and name merged. */
export function joinWindows(text: string, masked: Span[], parts: WindowResult[]): WindowResult {
  const out: Analysis = { length: text.length, statements: [], quotes: [], hedges: [], claimants: [], cues: [], findings: [], masked };
  const speech: boolean[] = [];
  const variants: WindowResult['variants'] = [];
  const byKey = new Map<string, Claimant>();
  for (const part of parts) {
    const a = part.analysis;
    const st0 = out.statements.length, q0 = out.quotes.length, h0 = out.hedges.length;
    // claimant id of the window -> id in the whole
    const ids = new Int32Array(a.claimants.length);
    const fresh: [string, Claimant][] = [];
    for (const c of a.claimants) {
      // (only with a source of an earlier window: two sources named alike in one window stay two)
      const key = `${c.kind}\u0000${c.name}`;
      const seen = byKey.get(key);
      if (seen) {
        ids[c.id] = seen.id;
        for (const m of c.mentions) seen.mentions.push(m);
        for (const v of c.variants) if (!seen.variants.includes(v)) seen.variants.push(v);
        if (seen.role === null) seen.role = c.role;
        continue;
      }
      ids[c.id] = out.claimants.length;
      c.id = out.claimants.length;
      fresh.push([key, c]);
      out.claimants.push(c);
    }
    for (const [key, c] of fresh) if (!byKey.has(key)) byKey.set(key, c);
    const re = (id: number | null): number | null => (id == null ? null : ids[id]);
    for (const s of a.statements) {
      s.id += st0;
      s.claimantId = re(s.claimantId);
      if (s.viaStatementId != null) s.viaStatementId += st0;
      for (let k = 0; k < s.quoteIds.length; k++) s.quoteIds[k] += q0;
      for (let k = 0; k < s.hedgeIds.length; k++) s.hedgeIds[k] += h0;
      for (let k = 0; k < s.contestedBy.length; k++) s.contestedBy[k] += st0;
      out.statements.push(s);
    }
    for (const q of a.quotes) {
      q.claimantId = re(q.claimantId);
      if (q.statementId != null) q.statementId += st0;
      out.quotes.push(q);
    }
    for (const h of a.hedges) {
      h.claimantId = re(h.claimantId);
      if (h.statementId != null) h.statementId += st0;
      out.hedges.push(h);
    }
    for (const c of a.cues) out.cues.push(c);
    for (const f of part.speech) speech.push(f);
    for (const v of part.variants) variants.push({ claimantId: ids[v.claimantId], from: v.from, to: v.to });
  }
  return { analysis: out, speech, variants };
}
