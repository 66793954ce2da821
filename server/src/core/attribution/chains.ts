// Chains of reporting: `Suspilne meldt dat Joesov heeft gezegd dat ...` gives two statements; the
// inner one is reported through the outer one (viaStatementId). `volgens <outlet>` in a sentence
// with another cue is the channel through which that statement is reported.
import type { StatementBuilder } from './statements';

export function linkChains(sb: StatementBuilder): void {
  const ds = sb.drafts;
  for (let i = 0; i < ds.length; i++) {
    const inner = ds[i];
    if (!inner.found) continue;
    for (let j = i - 1; j >= 0 && j >= i - 12 && ds[j].sentence === inner.sentence; j--) {
      const outer = ds[j];
      if (!outer.found || outer.st.claimantId === inner.st.claimantId) continue;
      if (outer.st.cue!.lemma === 'volgens') continue;
      if (inner.st.cue!.start >= outer.st.content.start && inner.st.cue!.end <= outer.st.content.end && outer.st.content.start > outer.st.cue!.start) {
        inner.st.viaStatementId = outer.st.id;
        break;
      }
    }
  }
  // volgens <outlet>: the other statements of the sentence are reported through it
  for (let vi = 0; vi < ds.length; vi++) {
    const v = ds[vi];
    if (v.st.cue?.lemma !== 'volgens' || v.st.claimantId == null) continue;
    if (sb.reg.claimants[v.st.claimantId].kind !== 'outlet') continue;
    const at = vi;
    for (let k = at - 1; k >= 0 && k >= at - 12 && ds[k].sentence === v.sentence; k--) if (ds[k].st.viaStatementId == null && ds[k].st.claimantId !== v.st.claimantId) ds[k].st.viaStatementId = v.st.id;
    for (let k = at + 1; k < ds.length && k <= at + 12 && ds[k].sentence === v.sentence; k++) if (ds[k].st.viaStatementId == null && ds[k].st.claimantId !== v.st.claimantId) ds[k].st.viaStatementId = v.st.id;
  }
}
