// Who said each quotation: the statement whose cue stands right before or after it (`..., zegt X`,
// `X zei: "..."`), the statement whose content holds it, a colon introduction (`Jansen: ,,...''`),
// or the surrounding text (the previous sentence's speaker; `Dat zegt X.` after it).
import type { Segmented } from '../text/types';
import type { Quote } from '../types';
import type { StatementBuilder, Draft } from './statements';
import { isJsSpace } from './spaces';
import { classifyNoun } from './np';

const within = (x: number, a: number, b: number) => x >= a && x <= b;

/** A statement whose cue token is near token o. */
const nearCue = (x: Draft, o: number) => x.found != null && Math.abs(x.found.tok - o) < 60;

/** Scratch: token index -> 1 + index of the first draft whose cue is that token (0: none); reset after use. */
let draftAt = new Int32Array(1024);
/** Scratch: quote index -> token index of its opening / closing mark (-1: none), for [0, quotes). */
/** Scratch: sentence -> index of its first draft (see linkQuotes). */
let firstScratch = new Int32Array(256);
let openScratch = new Int32Array(256);
let closeScratch = new Int32Array(256);

export function linkQuotes(seg: Segmented, sb: StatementBuilder): Quote[] {
  const toks = seg.tokens;
  const drafts = sb.drafts;
  const quotes = seg.quotes;
  const nq = quotes.length;
  if (nq === 0) return [];
  // (one quote out per quote in, made at its size)
  const out: Quote[] = new Array<Quote>(nq);
  // The statements of a sentence: drafts are in sentence order, so a range [lo, hi): firstDraft[s] is the
  // first draft of a sentence s or later (a table made once, not a binary search per look-up).
  const ns = seg.sentences.length;
  if (firstScratch.length < ns + 2) firstScratch = new Int32Array(ns + (ns >> 1) + 2);
  const firstDraft = firstScratch;
  for (let s = 0, k = 0; s <= ns + 1; s++) {
    while (k < drafts.length && drafts[k].sentence < s) k++;
    firstDraft[s] = k;
  }
  const firstOf = (s: number): number => (s <= 0 ? 0 : s <= ns + 1 ? firstDraft[s] : drafts.length);
  /** The part of sentence s's statements whose cue token may be near token o (as the list nearTok
   *  filtered: all of them when 16 or fewer; else 8 either side of o); sets winLo, winHi. */
  let winLo = 0, winHi = 0;
  const nearWindow = (s: number, o: number): void => {
    const lo = firstOf(s), hi = firstOf(s + 1);
    winLo = lo; winHi = hi;
    if (hi - lo <= 16) return;
    let a = lo, b = hi;
    while (a < b) { const mid = (a + b) >> 1; if ((drafts[mid].found?.tok ?? 0) < o) a = mid + 1; else b = mid; }
    winLo = Math.max(lo, a - 8); winHi = Math.min(hi, a + 8);
  };
  /** The first statement of sentence s with a source, or null (from the end: the last). */
  const withSource = (s: number, last: boolean): Draft | null => {
    const lo = firstOf(s), hi = firstOf(s + 1);
    if (last) { for (let k = hi - 1; k >= lo; k--) if (drafts[k].st.claimantId != null) return drafts[k]; }
    else for (let k = lo; k < hi; k++) if (drafts[k].st.claimantId != null) return drafts[k];
    return null;
  };
  /** The first statement of sentence s, or null. */
  const firstIn = (s: number): Draft | null => { const k = firstOf(s); return k < drafts.length && drafts[k].sentence === s ? drafts[k] : null; };
  // token index of each quote's marks (reused scratch, [0, nq) reset here)
  if (openScratch.length < nq) { openScratch = new Int32Array(nq + (nq >> 1)); closeScratch = new Int32Array(nq + (nq >> 1)); }
  const openTok = openScratch.fill(-1, 0, nq);
  const closeTok = closeScratch.fill(-1, 0, nq);
  {
    let q = 0;
    for (let i = 0; i < toks.length && q < nq; i++) {
      const t = toks[i];
      if (t.kind !== 'quote') continue; // (q only needs to catch up at marks: starts only grow)
      while (q < nq && quotes[q].end <= t.start) q++;
      if (q >= nq) break;
      // quotes are sorted by start; a mark may open one quote and close an earlier one
      for (let k = Math.max(0, q - 3); k < Math.min(nq, q + 3); k++) {
        const r = quotes[k];
        if (t.start === r.start && openTok[k] < 0) openTok[k] = i;
        if (t.end === r.end) closeTok[k] = i;
      }
    }
  }
  if (draftAt.length < toks.length) draftAt = new Int32Array(toks.length + (toks.length >> 1));
  for (let k = drafts.length - 1; k >= 0; k--) { const f = drafts[k].found; if (f && f.tok < toks.length) draftAt[f.tok] = k + 1; }
  const text = seg.text;
  try {
    for (let qi = 0; qi < nq; qi++) {
      const r = quotes[qi];
      let d: Draft | null = null;
      let claimantId: number | null = null;
      const o = openTok[qi];
      const c = closeTok[qi];
      if (o >= 0 && c >= 0) {
        const so = toks[o].sentence;
        // 1. a cue just before the opening mark in the same clause: spreekt over een "...", noemde het "..."
        {
          nearWindow(so, o);
          let near: Draft | null = null;
          for (let k = winHi - 1; k >= winLo; k--) {
            const x = drafts[k];
            if (nearCue(x, o) && x.found!.last < o && o - x.found!.last <= 6 && x.st.claimantId != null) { near = x; break; }
          }
          if (near) {
            let clean = true;
            for (let k = near.found!.last + 1; k < o; k++) if (toks[k].kind === 'quote' || toks[k].text === '.' || toks[k].text === ';') clean = false;
            if (clean) d = near;
          }
        }
        // cue right after the closing mark: ,,...'', zegt X / ,,...'', zo legde X uit / ,,...'', aldus X
        const closedSentence = r.inner.end > r.inner.start && endsSentence(text, Math.max(r.inner.start, r.inner.end - 2), r.inner.end);
        for (let k = c + 1; !d && k < Math.min(toks.length, c + 4); k++) {
          const at = draftAt[k];
          const hit = at > 0 ? drafts[at - 1] : undefined;
          // ,,... .'' Volgens X ...: a capitalised word after a closed quote opens a new sentence
          if (hit && closedSentence && toks[k].cap && k === c + 1) break;
          if (hit) { d = hit; break; }
          const w = toks[k];
          if (!(w.text === ',' || w.lower === 'zo' || w.lower === 'dan')) break;
        }
        // 2. colon or cue right before the opening mark: X zei: "..." / spreekt over een "..." / noemde het "..."
        if (!d) {
          const prevTok = toks[o - 1];
          nearWindow(so, o);
          let near: Draft | null = null;
          for (let k = winHi - 1; k >= winLo; k--) {
            const x = drafts[k];
            if (nearCue(x, o) && x.found!.tok < o && x.found!.tok > o - 60) { near = x; break; }
          }
          if (near) {
            if (prevTok && prevTok.text === ':') d = near;
            else if (o - near.found!.last <= 6) d = near;
          }
          if (!d && prevTok && prevTok.text === ':' && prevTok.sentence === so) {
            // Jansen: ,,...''
            const s = seg.sentences[prevTok.sentence];
            const np = sb.parser.parse(s.tokenStart, false);
            if (np && np.end >= o - 1) {
              const b = sb.resolve(np, null);
              if (b) claimantId = b.id;
            }
          }
        }
        if (d && d.st.claimantId == null) { addQuoteId(d, qi); d = null; }
        // 3. content of a statement of the same sentence
        if (!d && claimantId == null) {
          const sc = toks[c].sentence;
          for (let pass = 0; pass < 2 && !d; pass++) {
            if (pass === 1 && sc === so) break;
            const s = pass === 0 ? so : sc;
            // the innermost statement: the latest cue whose content holds the quote
            nearWindow(s, o);
            for (let k = winLo; k < winHi; k++) {
              const x = drafts[k];
              if (!nearCue(x, o)) continue;
              if (x.st.cue && x.st.cue.start > r.start && d) continue;
              // a quote that is a whole sentence ("...") before "Volgens X ..." is not X's: the segmenter
              // did not split after the closing mark, but the next clause is another source's
              if (closedSentence && x.found && x.found.tok > c) continue;
              if (within(r.start, x.st.content.start, x.st.content.end) || within(r.end, x.st.content.start + 1, x.st.content.end + 1)) d = x;
            }
          }
          // an agentless passive (werden opgeroepen "...") says nothing of the speaker: look further
          if (d && d.st.claimantId == null) { addQuoteId(d, qi); d = null; }
          if (!d) d = withSource(so, false) ?? (sc !== so ? withSource(sc, false) : null);
        }
        // 4. the subject of the sentence, when it names a source ("Een groep die zichzelf X noemt, plaatste een video waarin ...")
        if (!d && claimantId == null) {
          const s = seg.sentences[so];
          if (s.tokenStart < o && !withSource(so, false)) {
            const np = sb.parser.parse(s.tokenStart, false);
            // any named subject when a colon introduces the quote: "De Vries wilde dat niet bevestigen: '...'"
            const colon = toks[o - 1]?.text === ':';
            // (or a source named before, `X zou die vragen hebben afgedaan als 'foutjes'`)
            if (np && np.end <= o && np.name && (np.mentionKind === 'group' || np.firm || (!np.pronoun && (colon || sb.reg.knownName(np.name))))) {
              const b = sb.resolve(np, null);
              if (b) claimantId = b.id;
            } else if (np && np.end <= o && !np.name && !np.pronoun && !np.vague && !np.plural && np.head && r.kind === 'speech' && (classifyNoun(np.head) === 'role' || (np.definite && classifyNoun(np.head) === 'org'))) {
              // a person by a role as the subject: "Haar moeder las een verklaring voor waarin staat dat ... 'nooit meer dezelfde' wordt"
              const b = sb.resolve(np, null);
              if (b && (b.kind === 'person' || b.kind === 'organisation')) claimantId = b.id;
            }
          }
        }
        // 5. the surrounding text: "Dat zegt X." right after; else the speaker of the previous sentences
        if (!d && claimantId == null && r.kind === 'speech') {
          const nextS = toks[c].sentence + 1;
          const nxt = firstIn(nextS);
          // ("Dat zegt X." in its paragraph: the verb right after `Dat`; not "Dat klopt niet, reageert X", a rebuttal)
          const ns0 = seg.sentences[nextS];
          const startsBack = nxt && ns0 && isBackReference(toks[ns0.tokenStart]?.lower) && ns0.paragraph === seg.sentences[toks[c].sentence].paragraph && nxt.found != null && nxt.found.anchor <= ns0.tokenStart + 2;
          if (startsBack && nxt.st.claimantId != null) claimantId = nxt.st.claimantId;
          else {
            const s0 = so;
            let paraBreaks = 0;
            for (let s = s0 - 1; s >= Math.max(0, s0 - 4); s--) {
              if (seg.sentences[s].paragraph !== seg.sentences[s + 1].paragraph) paraBreaks++;
              if (paraBreaks > 1) break;
              const hit = withSource(s, true);
              if (hit) { claimantId = hit.st.claimantId; break; }
              // a sentence about a named person without a cue: "Met die opmerking is docente Mildred het eens. ,,...''"
              const subj = sb.sentenceSubject.get(s);
              if (subj != null) { claimantId = subj; break; }
            }
            if (claimantId == null && nxt && nxt.st.claimantId != null && seg.sentences[nextS].paragraph === seg.sentences[toks[c].sentence].paragraph) claimantId = nxt.st.claimantId;
          }
        }
      }
      if (d) {
        claimantId = d.st.claimantId;
        addQuoteId(d, qi);
      }
      if (claimantId != null) sb.reg.claimants[claimantId].speaks++;
      // (the segmenter's inner span is shared: nothing changes it)
      out[qi] = { start: r.start, end: r.end, inner: r.inner, claimantId, statementId: d ? d.st.id : null };
    }
  } finally {
    for (const x of drafts) if (x.found && x.found.tok < toks.length) draftAt[x.found.tok] = 0;
  }
  headlineQuotes(seg, out);
  return out;
}

/** Adds quote qi to a statement's quotes (the first two as exact-size literals: most statements have one
 *  or two, and a push to an empty array reserves 17 slots). */
function addQuoteId(d: Draft, qi: number): void {
  const ids = d.st.quoteIds;
  if (ids.length > 0 && ids[ids.length - 1] === qi) return; // (found again by a later step)
  if (ids.length === 0) d.st.quoteIds = [qi];
  else if (ids.length === 1) d.st.quoteIds = [ids[0], qi];
  else ids.push(qi);
}

/** /[.!?…]$/ on text.slice(from, to).trimEnd(). */
function endsSentence(text: string, from: number, to: number): boolean {
  let e = to;
  while (e > from && isJsSpace(text.charCodeAt(e - 1))) e--;
  if (e === from) return false;
  const c = text.charCodeAt(e - 1);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** A sentence opening `Dat`, `Dit` or `Zo` (refers back). */
const isBackReference = (lower: string | undefined) => lower === 'dat' || lower === 'dit' || lower === 'zo';

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
  const later: string[] = []; // the words of later quotes, each made once
  for (let i = 0; i < out.length && i < 3; i++) {
    const q = out[i];
    if (paraOf(q.start) !== firstPara) break;
    if (q.statementId != null) continue; // (said in a statement of its own: no headline)
    const w = wordsOf(seg.text.slice(q.inner.start, q.inner.end));
    if (w.split(' ').length < 3 || w.length > 300) continue;
    for (let k = i + 1; k < out.length && k <= i + 200; k++) {
      const o = out[k];
      if (o.claimantId == null || paraOf(o.start) === firstPara) continue;
      const ow = (later[k] ??= wordsOf(seg.text.slice(o.inner.start, Math.min(o.inner.end, o.inner.start + 2000))));
      if (ow.includes(w)) { q.claimantId = o.claimantId; q.statementId = null; break; }
    }
  }
}
