// Links each hedge to the statement it sits in or that governs it, and so to its claimant: `volgens`
// is its own statement; a hedge inside a statement's content belongs to it; a hedge in a sentence
// without a source, right after a statement of the same paragraph (reportative `zou` continuing what
// X said), is X's.
import type { Segmented, Sentence } from '../text/types';
import type { Hedge } from '../types';
import type { StatementBuilder, Draft } from './statements';
import { withId } from '../ids';

/** The first draft of sentence s or later (drafts are in sentence order). */
function firstOf(drafts: Draft[], s: number): number {
  let lo = 0, hi = drafts.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (drafts[mid].sentence < s) lo = mid + 1; else hi = mid; }
  return lo;
}

/** The sentence an offset is in: binary search over the sentences. */
function sentenceOf(sentences: Sentence[], off: number): number {
  let lo = 0, hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= off) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/** The last draft in [lo, hi) with a claimant (and, with notVolgens, a cue other than `volgens`). */
function lastWithSource(drafts: Draft[], lo: number, hi: number, notVolgens: boolean): Draft | undefined {
  for (let k = hi - 1; k >= lo; k--) {
    const x = drafts[k];
    if (x.st.claimantId != null && (!notVolgens || x.st.cue?.lemma !== 'volgens')) return x;
  }
  return undefined;
}

export function linkHedges(seg: Segmented, sb: StatementBuilder, hedges: Hedge[]): void {
  const sentences = seg.sentences;
  if (!sentences.length) return;
  const drafts = sb.drafts;
  // a sentence whose hedges were linked through continuation passes it on to the next one
  const carried = new Map<number, Draft>();
  for (let hi = 0; hi < hedges.length; hi++) {
    const h = hedges[hi];
    const si = sentenceOf(sentences, h.start);
    // the sentence's statements, drafts[lo, end)
    let lo = firstOf(drafts, si);
    let end = firstOf(drafts, si + 1);
    // in a very long sentence only the statements around the hedge matter (8 either side)
    if (end - lo > 16) {
      let a = lo, b = end;
      while (a < b) { const mid = (a + b) >> 1; if ((drafts[mid].st.cue?.start ?? 0) < h.start) a = mid + 1; else b = mid; }
      const from = Math.max(lo, a - 8);
      end = Math.min(end, a + 8);
      lo = from;
    }
    let d: Draft | undefined;
    for (let k = lo; k < end && !d; k++) { const x = drafts[k]; if (x.st.cue && x.st.cue.start === h.start) d = x; }
    for (let k = lo; k < end && !d; k++) { const x = drafts[k]; if (h.start >= x.st.content.start && h.end <= x.st.content.end && x.st.claimantId != null) d = x; }
    for (let k = lo; k < end && !d; k++) { const x = drafts[k]; if (x.st.claimantId != null) d = x; }
    if (!d && lo === end && si > 0) {
      const prev = si - 1;
      if (sentences[prev].paragraph === sentences[si].paragraph) {
        const plo = firstOf(drafts, prev);
        const phi = firstOf(drafts, si);
        d = phi > plo ? lastWithSource(drafts, plo, phi, true) : carried.get(prev);
        if (!d && phi > plo) d = lastWithSource(drafts, plo, phi, false);
      }
    }
    if (d) {
      h.statementId = d.st.id;
      h.claimantId = d.st.claimantId;
      d.st.hedgeIds = withId(d.st.hedgeIds, hi);
      if (d.st.claimantId != null) sb.reg.claimants[d.st.claimantId].speaks++;
      if (d.sentence !== si) carried.set(si, d);
    }
  }
}
