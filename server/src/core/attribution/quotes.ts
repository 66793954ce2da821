// Who said each quotation: the statement whose cue stands right before or after it (`..., zegt X`,
// `X zei: "..."`), the statement whose content holds it, a colon introduction (`Jansen: ,,...''`),
// or the surrounding text (the previous sentence's speaker; `Dat zegt X.` after it).
import type { Segmented } from '../text/types';
import type { Quote } from '../types';
import type { StatementBuilder, Draft } from './statements';

const within = (x: number, a: number, b: number) => x >= a && x <= b;

/** The statements of a sentence whose cue token is near token o (the list is in text order). */
function nearTok(list: Draft[] | undefined, o: number): Draft[] {
  if (!list) return [];
  if (list.length <= 16) return list.filter((x) => x.found && Math.abs(x.found.tok - o) < 60);
  let lo = 0, hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if ((list[mid].found?.tok ?? 0) < o) lo = mid + 1; else hi = mid; }
  return list.slice(Math.max(0, lo - 8), lo + 8).filter((x) => x.found && Math.abs(x.found.tok - o) < 60);
}

export function linkQuotes(seg: Segmented, sb: StatementBuilder): Quote[] {
  const toks = seg.tokens;
  const drafts = sb.drafts;
  // statements by sentence, in order
  const bySentence = new Map<number, Draft[]>();
  for (const d of drafts) {
    const l = bySentence.get(d.sentence);
    if (l) l.push(d); else bySentence.set(d.sentence, [d]);
  }
  // token index of each quote's marks
  const openTok = new Int32Array(seg.quotes.length).fill(-1);
  const closeTok = new Int32Array(seg.quotes.length).fill(-1);
  {
    let q = 0;
    for (let i = 0; i < toks.length && q < seg.quotes.length; i++) {
      const t = toks[i];
      while (q < seg.quotes.length && seg.quotes[q].end <= t.start) q++;
      if (q >= seg.quotes.length) break;
      if (t.kind !== 'quote') continue;
      // quotes are sorted by start; a mark may open one quote and close an earlier one
      for (let k = Math.max(0, q - 3); k < Math.min(seg.quotes.length, q + 3); k++) {
        const r = seg.quotes[k];
        if (t.start === r.start && openTok[k] < 0) openTok[k] = i;
        if (t.end === r.end) closeTok[k] = i;
      }
    }
  }
  const byTok = new Map<number, Draft>();
  for (const d of drafts) if (d.found && !byTok.has(d.found.tok)) byTok.set(d.found.tok, d);
  const out: Quote[] = [];
  seg.quotes.forEach((r, qi) => {
    let d: Draft | null = null;
    let claimantId: number | null = null;
    const o = openTok[qi];
    const c = closeTok[qi];
    if (o >= 0 && c >= 0) {
      // 1. a cue just before the opening mark in the same clause: spreekt over een "...", noemde het "..."
      {
        const list = nearTok(bySentence.get(toks[o].sentence), o);
        const near = list.filter((x) => x.found && x.found.last < o && o - x.found.last <= 6 && x.st.claimantId != null).pop();
        if (near) {
          let clean = true;
          for (let k = near.found!.last + 1; k < o; k++) if (toks[k].kind === 'quote' || toks[k].text === '.' || toks[k].text === ';') clean = false;
          if (clean) d = near;
        }
      }
      // cue right after the closing mark: ,,...'', zegt X / ,,...'', zo legde X uit / ,,...'', aldus X
      const closedSentence = r.inner.end > r.inner.start && /[.!?…]$/.test(seg.text.slice(Math.max(r.inner.start, r.inner.end - 2), r.inner.end).trimEnd());
      for (let k = c + 1; !d && k < Math.min(toks.length, c + 4); k++) {
        const hit = byTok.get(k);
        // ,,... .'' Volgens X ...: a capitalised word after a closed quote opens a new sentence
        if (hit && closedSentence && toks[k].cap && k === c + 1) break;
        if (hit) { d = hit; break; }
        const w = toks[k];
        if (!(w.text === ',' || w.lower === 'zo' || w.lower === 'dan')) break;
      }
      // 2. colon or cue right before the opening mark: X zei: "..." / spreekt over een "..." / noemde het "..."
      if (!d) {
        const sent = toks[o].sentence;
        const prevTok = toks[o - 1];
        const list = nearTok(bySentence.get(sent), o);
        const before = list.filter((x) => x.found && x.found.tok < o && x.found.tok > o - 60);
        if (before.length) {
          const near = before[before.length - 1];
          if (prevTok && prevTok.text === ':') d = near;
          else if (o - near.found!.last <= 6) d = near;
        }
        if (!d && prevTok && prevTok.text === ':' && prevTok.sentence === toks[o].sentence) {
          // Jansen: ,,...''
          const s = seg.sentences[prevTok.sentence];
          const np = sb.parser.parse(s.tokenStart, false);
          if (np && np.end >= o - 1) {
            const b = sb.resolve(np, null);
            if (b) claimantId = b.id;
          }
        }
      }
      if (d && d.st.claimantId == null) { d.st.quoteIds.push(qi); d = null; }
      // 3. content of a statement of the same sentence
      if (!d && claimantId == null) {
        const sents = new Set([toks[o].sentence, toks[c].sentence]);

        for (const s of sents) {
          // the innermost statement: the latest cue whose content holds the quote
          for (const x of nearTok(bySentence.get(s), o)) {
            if (x.st.cue && x.st.cue.start > r.start && d) continue;
            // a quote that is a whole sentence ("...") before "Volgens X ..." is not X's: the segmenter
            // did not split after the closing mark, but the next clause is another source's
            if (closedSentence && x.found && x.found.tok > c) continue;
            if (within(r.start, x.st.content.start, x.st.content.end) || within(r.end, x.st.content.start + 1, x.st.content.end + 1)) d = x;
          }
          if (d) break;
        }
        // an agentless passive (werden opgeroepen "...") says nothing of the speaker: look further
        if (d && d.st.claimantId == null) { d.st.quoteIds.push(qi); d = null; }
        if (!d) for (const s of sents) { const l = bySentence.get(s); if (l && l.length) { d = l.find((x) => x.st.claimantId != null) ?? null; if (d) break; } }
      }
      // 4. the subject of the sentence, when it names a source ("Een groep die zichzelf X noemt, plaatste een video waarin ...")
      if (!d && claimantId == null) {
        const s = seg.sentences[toks[o].sentence];
        if (s.tokenStart < o && !bySentence.get(toks[o].sentence)?.some((x) => x.st.claimantId != null)) {
          const np = sb.parser.parse(s.tokenStart, false);
          // any named subject when a colon introduces the quote: "De Vries wilde dat niet bevestigen: '...'"
          const colon = toks[o - 1]?.text === ':';
          if (np && np.end <= o && np.name && (np.mentionKind === 'group' || np.firm || (colon && !np.pronoun))) {
            const b = sb.resolve(np, null);
            if (b) claimantId = b.id;
          }
        }
      }
      // 5. the surrounding text: "Dat zegt X." right after; else the speaker of the previous sentences
      if (!d && claimantId == null && r.kind === 'speech') {
        const nextS = toks[c].sentence + 1;
        const nxt = bySentence.get(nextS);
        const startsBack = nxt && seg.sentences[nextS] && /^(dat|dit|zo)$/i.test(toks[seg.sentences[nextS].tokenStart]?.text ?? '');
        if (startsBack && nxt[0].st.claimantId != null) claimantId = nxt[0].st.claimantId;
        else {
          const s0 = toks[o].sentence;
          let paraBreaks = 0;
          for (let s = s0 - 1; s >= Math.max(0, s0 - 4); s--) {
            if (seg.sentences[s].paragraph !== seg.sentences[s + 1].paragraph) paraBreaks++;
            if (paraBreaks > 1) break;
            const l = bySentence.get(s);
            const hit = l ? [...l].reverse().find((x) => x.st.claimantId != null) : undefined;
            if (hit) { claimantId = hit.st.claimantId; break; }
            // a sentence about a named person without a cue: "Met die opmerking is docente Mildred het eens. ,,...''"
            const subj = sb.sentenceSubject.get(s);
            if (subj != null) { claimantId = subj; break; }
          }
          if (claimantId == null && nxt && nxt[0].st.claimantId != null && seg.sentences[nextS].paragraph === seg.sentences[toks[c].sentence].paragraph) claimantId = nxt[0].st.claimantId;
        }
      }
    }
    if (d) {
      claimantId = d.st.claimantId;
      d.st.quoteIds.push(qi);
    }
    if (claimantId != null) sb.reg.claimants[claimantId].speaks++;
    out.push({ start: r.start, end: r.end, inner: { start: r.inner.start, end: r.inner.end }, claimantId, statementId: d ? d.st.id : null });
  });
  headlineQuotes(seg, out);
  return out;
}

const wordsOf = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * A quote in the headline ("Topic: 'words'") is the words of whoever says them in the body: the
 * first later quote that holds the same words (at least three) gives its speaker. Bounded: only the
 * first paragraph's quotes, each compared with at most 200 later quotes.
 */
function headlineQuotes(seg: Segmented, out: Quote[]): void {
  if (out.length < 2 || !seg.sentences.length) return;
  const firstPara = seg.sentences[0].paragraph;
  const toks = seg.tokens;
  const paraOf = (off: number): number => {
    let lo = 0, hi = toks.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (toks[mid].end <= off) lo = mid + 1; else hi = mid; }
    return lo < toks.length ? seg.sentences[toks[lo].sentence].paragraph : -1;
  };
  for (let i = 0; i < out.length && i < 3; i++) {
    const q = out[i];
    if (paraOf(q.start) !== firstPara) break;
    const w = wordsOf(seg.text.slice(q.inner.start, q.inner.end));
    if (w.split(' ').length < 3 || w.length > 300) continue;
    for (let k = i + 1; k < out.length && k <= i + 200; k++) {
      const o = out[k];
      if (o.claimantId == null || paraOf(o.start) === firstPara) continue;
      const ow = wordsOf(seg.text.slice(o.inner.start, Math.min(o.inner.end, o.inner.start + 2000)));
      if (ow.includes(w)) { q.claimantId = o.claimantId; q.statementId = null; break; }
    }
  }
}
