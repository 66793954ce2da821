// Contested claims: a source denies or contradicts another (ontkennen, weerspreken, betwisten,
// `niet bij betrokken`), accuses another party than another source does (`wijst naar`), or a
// contrast word (`maar`, `echter`, `daarentegen`) sets opposing claims side by side. Both sides are
// marked, linked both ways.
import type { Segmented } from '../text/types';
import type { StatementBuilder, Draft } from './statements';

const DENIAL_CONTENT = /\b(niet bij betrokken|niet betrokken|niets mee te maken|niets te maken|geen betrokkenheid|onwaar|klopt niet|kloppen niet|ontkent|ontkennen|onzin)\b/i;
const AFFIRM = /\b(wel degelijk|juist wel|wel)\b/i;
const ADVERB_CONTRAST = /^(echter|daarentegen|integendeel|evenwel)$/;

function link(a: Draft, b: Draft): void {
  if (a === b || a.st.claimantId === b.st.claimantId || a.st.claimantId == null || b.st.claimantId == null) return;
  a.st.contested = true;
  b.st.contested = true;
  if (!a.st.contestedBy.includes(b.st.id)) a.st.contestedBy.push(b.st.id);
  if (!b.st.contestedBy.includes(a.st.id)) b.st.contestedBy.push(a.st.id);
}

export function findContests(seg: Segmented, sb: StatementBuilder): void {
  const ds = sb.drafts.filter((d) => d.found && d.st.cue?.lemma !== 'volgens' && d.st.cue?.lemma !== 'aldus');
  const text = seg.text;
  const toks = seg.tokens;
  const prepBySentence = new Map<number, Draft[]>();
  for (const x of sb.drafts) if (x.st.cue && (x.st.cue.lemma === 'volgens' || x.st.cue.lemma === 'aldus')) { const l = prepBySentence.get(x.sentence); if (l) l.push(x); else prepBySentence.set(x.sentence, [x]); }
  const innerOf = new Map<number, Draft[]>();
  for (const x of sb.drafts) if (x.st.viaStatementId != null) { const l = innerOf.get(x.st.viaStatementId); if (l) l.push(x); else innerOf.set(x.st.viaStatementId, [x]); }
  const inner = (d: Draft) => innerOf.get(d.st.id) ?? [];
  // statements within a few sentences of ds[i] (ds is in text order)
  const around = (i: number, back: number, ahead: number): Draft[] => {
    const out: Draft[] = [];
    const s0 = ds[i].sentence;
    for (let k = i - 1; k >= 0 && k >= i - 12 && ds[k].sentence >= s0 - back; k--) out.unshift(ds[k]);
    for (let k = i + 1; k < ds.length && k <= i + 12 && ds[k].sentence <= s0 + ahead; k++) out.push(ds[k]);
    return out;
  };
  for (let i = 0; i < ds.length; i++) {
    const d = ds[i];
    const s = seg.sentences[d.sentence];
    // 1. two sources in one sentence joined by a contrast word
    for (let j = i + 1; j < ds.length && j <= i + 8 && ds[j].sentence === d.sentence; j++) {
      const e = ds[j];
      if (e.st.viaStatementId === d.st.id) continue;
      if (e.st.cue!.start - d.st.cue!.end > 600) continue;
      const between = text.slice(d.st.cue!.end, e.st.cue!.start);
      if (/(,\s*)?\b(maar|echter|daarentegen)\b/.test(between)) link(d, e);
    }
    // 2. a contrast adverb in the statement's own clause: against the previous sources
    let contrast = false;
    for (let k = Math.max(s.tokenStart, d.found!.tok - 25); k < s.tokenEnd && k <= d.found!.last + 3; k++) {
      const w = toks[k];
      if (w.kind !== 'word' || w.inQuote >= 0) continue;
      if (ADVERB_CONTRAST.test(w.lower) || (k === s.tokenStart && w.lower === 'maar')) { contrast = true; break; }
    }
    if (contrast) {
      const targets = around(i, 2, 0).filter((x) => x.sentence < d.sentence);
      for (const x of targets) {
        if (x.st.claimantId === d.st.claimantId) continue;
        link(d, x);
        for (const y of inner(d)) link(y, x);
      }
    }
    // 3. a denial: against the nearest other source, preferring one that affirms (wel degelijk)
    const contentText = text.slice(d.st.content.start, Math.min(d.st.content.end, d.st.content.start + 400));
    if (d.st.cue!.denial || DENIAL_CONTENT.test(contentText)) {
      // `volgens X` statements can be what is denied, too
      const near = [...around(i, 2, 2), ...(prepBySentence.get(d.sentence - 1) ?? []), ...(prepBySentence.get(d.sentence) ?? [])]
        .filter((x) => x.st.claimantId !== d.st.claimantId && x.st.viaStatementId !== d.st.id)
        .sort((x, y) => x.st.cue!.start - y.st.cue!.start);
      const affirm = near.find((x) => x.sentence > d.sentence && AFFIRM.test(text.slice(x.st.content.start, Math.min(x.st.content.end, x.st.content.start + 400))));
      const before = near.filter((x) => x.sentence <= d.sentence && x.st.cue!.start < d.st.cue!.start).pop();
      const after = near.find((x) => x.sentence >= d.sentence && x.st.cue!.start > d.st.cue!.start);
      const other = affirm ?? before ?? after;
      if (other) link(d, other);
    }
  }
  // 4. accusations of different parties (wijst naar X / wijzen naar Y)
  const acc = ds.filter((d) => d.target);
  for (let i = 0; i < acc.length; i++)
    for (let j = i + 1; j < acc.length && acc[j].st.content.start - acc[i].st.content.start <= 3000; j++) {
      if (acc[i].target !== acc[j].target) link(acc[i], acc[j]);
    }
}
