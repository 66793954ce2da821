// Links each hedge to the statement it sits in or that governs it, and so to its claimant: `volgens`
// is its own statement; a hedge inside a statement's content belongs to it; a hedge in a sentence
// without a source, right after a statement of the same paragraph (reportative `zou` continuing what
// X said), is X's.
import type { Segmented } from '../text/types';
import type { Hedge } from '../types';
import type { StatementBuilder, Draft } from './statements';

export function linkHedges(seg: Segmented, sb: StatementBuilder, hedges: Hedge[]): void {
  const toks = seg.tokens;
  const bySentence = new Map<number, Draft[]>();
  for (const d of sb.drafts) {
    const l = bySentence.get(d.sentence);
    if (l) l.push(d); else bySentence.set(d.sentence, [d]);
  }
  // sentence of an offset: binary search over sentences
  const sentOf = (off: number): number => {
    let lo = 0, hi = seg.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (seg.sentences[mid].start <= off) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  // a sentence whose hedges were linked through continuation passes it on to the next one
  const carried = new Map<number, Draft>();
  hedges.forEach((h, hi) => {
    if (!seg.sentences.length) return;
    const si = sentOf(h.start);
    const full = bySentence.get(si) ?? [];
    // in a very long sentence only the statements around the hedge matter
    let list = full;
    if (full.length > 16) {
      let lo = 0, hi = full.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if ((full[mid].st.cue?.start ?? 0) < h.start) lo = mid + 1; else hi = mid; }
      list = full.slice(Math.max(0, lo - 8), lo + 8);
    }
    let d: Draft | undefined = list.find((x) => x.st.cue && x.st.cue.start === h.start);
    if (!d) d = list.find((x) => h.start >= x.st.content.start && h.end <= x.st.content.end && x.st.claimantId != null);
    if (!d) d = list.find((x) => x.st.claimantId != null);
    if (!d && !list.length && si > 0) {
      const prev = si - 1;
      if (seg.sentences[prev].paragraph === seg.sentences[si].paragraph) {
        const pl = bySentence.get(prev);
        d = pl ? [...pl].reverse().find((x) => x.st.claimantId != null && x.st.cue?.lemma !== 'volgens') : carried.get(prev);
        if (!d && pl) d = [...pl].reverse().find((x) => x.st.claimantId != null);
      }
    }
    if (d) {
      h.statementId = d.st.id;
      h.claimantId = d.st.claimantId;
      if (!d.st.hedgeIds.includes(hi)) d.st.hedgeIds.push(hi);
      if (d.st.claimantId != null) sb.reg.claimants[d.st.claimantId].speaks++;
      if (d.sentence !== si) carried.set(si, d);
    }
    void toks;
  });
}
