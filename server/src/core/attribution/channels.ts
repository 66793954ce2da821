// Through which channel a statement was made: a named outlet after `tegen`/`aan` (`tegen CNN`,
// `aan de Financial Times`), a known outlet, or a channel word (Telegram, livestream, interview,
// verklaring). `tweette` implies X/Twitter. An outlet that is itself the claimant is its own channel.
import type { Segmented } from '../text/types';
import type { Channel, ChannelKind } from '../types';
import { CHANNEL_WORDS, KNOWN_OUTLETS, type ChannelWordKind } from '../lexicon/nouns';
import { WordIndex } from '../lexicon/wordindex';
import type { StatementBuilder } from './statements';

let cached: { key: string; index: Map<string, string[]> } | null = null;

/** First word (lower case) -> outlet names, longest first. Cached for the same outlet list. */
export function outletIndex(extra: readonly string[]): Map<string, string[]> {
  const key = extra.join('\u0000');
  if (cached && cached.key === key) return cached.index;
  const index = buildIndex(extra.filter((x) => typeof x === 'string' && x.trim() !== ''));
  cached = { key, index };
  return index;
}

function buildIndex(extra: readonly string[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const o of [...KNOWN_OUTLETS, ...extra]) {
    const first = o.split(/\s+/)[0].toLowerCase();
    const l = m.get(first);
    if (l) l.push(o); else m.set(first, [o]);
  }
  for (const l of m.values()) l.sort((a, b) => b.length - a.length);
  return m;
}

/**
 * The words the window scan of attachChannels looks for, found by the token's letters in the text
 * (WordIndex, no string read): the channel words and `tegen`/`aan` (CHANNEL_INDEX: CHANNEL_KINDS[k]
 * is word k's kind, null for `tegen` and `aan`, which come before an outlet noun: `tegen de krant`).
 */
const CHANNEL_LIST = [...new Set([...CHANNEL_WORDS.keys(), 'tegen', 'aan'])];
const CHANNEL_INDEX = new WordIndex(CHANNEL_LIST);
const CHANNEL_KINDS: (ChannelWordKind | null)[] = CHANNEL_LIST.map((w) => CHANNEL_WORDS.get(w) ?? null);
const BEFORE_OUTLET: boolean[] = CHANNEL_LIST.map((w) => w === 'tegen' || w === 'aan');

/** An outlet index's first words as a WordIndex (looked up for capitalised tokens only), and their outlets. */
interface OutletWords {
  words: WordIndex;
  /** Word k: the outlets starting with it, longest first. */
  outlets: string[][];
}
const outletWordsOf = new WeakMap<Map<string, string[]>, OutletWords>();
function outletWords(outletIndex: Map<string, string[]>): OutletWords {
  let r = outletWordsOf.get(outletIndex);
  if (!r) {
    r = { words: new WordIndex(outletIndex.keys()), outlets: [...outletIndex.values()] };
    outletWordsOf.set(outletIndex, r);
  }
  return r;
}

/**
 * The first " dat " wholly inside text[from, to), or -1. The windows of the drafts follow one another
 * through the text, so the last answer of text.indexOf (which is fast, but unbounded) is kept: the
 * first " dat " at or after `searchedFrom` is at `datAt` (-1: none). For a window before searchedFrom
 * a bounded search (no substring) keeps the cost linear in the window.
 */
class DatFinder {
  private searchedFrom = 0;
  private datAt = -2; // not searched yet
  constructor(private readonly text: string) {}

  between(from: number, to: number): number {
    if (from + 5 > to) return -1;
    let p: number;
    if (from < this.searchedFrom) p = indexBetween(this.text, ' dat ', from, to);
    else {
      if (this.datAt === -2 || (this.datAt >= 0 && this.datAt < from)) {
        this.searchedFrom = from;
        this.datAt = this.text.indexOf(' dat ', from);
      }
      p = this.datAt;
    }
    return p >= 0 && p + 5 <= to ? p : -1;
  }
}

/** The first place of `word` wholly inside text[from, to), or -1 (a bounded search: no substring). */
function indexBetween(text: string, word: string, from: number, to: number): number {
  const n = word.length;
  const c0 = word.charCodeAt(0);
  for (let p = from; p + n <= to; p++) {
    if (text.charCodeAt(p) !== c0) continue;
    let k = 1;
    while (k < n && text.charCodeAt(p + k) === word.charCodeAt(k)) k++;
    if (k === n) return p;
  }
  return -1;
}

/**
 * The tokens of a stretch of text that the window scan of attachChannels acts on: word tokens outside
 * quotations that may start an outlet name (capitalised) or are a channel word, `tegen` or `aan`.
 * The windows of the drafts follow one another and overlap (in a long sentence, heavily): a run of
 * windows looks every token up once. Tokens [from, to) have been looked at; the candidates among them
 * are tok[0, n), in order, with their outlet-word number (or -1) and channel-word number (or -1).
 * Module-level scratch, grown on demand; reset by each attachChannels call.
 */
interface Candidates { from: number; to: number; n: number; tok: Int32Array; outlet: Int32Array; channel: Int32Array }
const cands: Candidates = { from: 0, to: 0, n: 0, tok: new Int32Array(64), outlet: new Int32Array(64), channel: new Int32Array(64) };

/** Makes `cands` cover tokens [lo, hi) (a new run when lo is not in the current one). */
function scanWindow(seg: Segmented, ow: OutletWords, lo: number, hi: number): void {
  if (lo < cands.from || lo > cands.to) { cands.from = cands.to = lo; cands.n = 0; }
  const toks = seg.tokens;
  const text = seg.text;
  for (let k = cands.to; k < hi; k++) {
    const t = toks[k];
    if (t.kind !== 'word' || t.inQuote >= 0) continue;
    const o = t.cap ? ow.words.indexOf(text, t.start, t.end, t.lower) : -1;
    const w = CHANNEL_INDEX.indexOf(text, t.start, t.end, t.lower);
    if (o < 0 && w < 0) continue;
    if (cands.n === cands.tok.length) {
      cands.tok = grow(cands.tok);
      cands.outlet = grow(cands.outlet);
      cands.channel = grow(cands.channel);
    }
    cands.tok[cands.n] = k;
    cands.outlet[cands.n] = o;
    cands.channel[cands.n] = w;
    cands.n++;
  }
  if (hi > cands.to) cands.to = hi;
}
function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
/** The first candidate at or after token k. */
function firstCandidate(k: number): number {
  let lo = 0, hi = cands.n;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (cands.tok[mid] < k) lo = mid + 1; else hi = mid; }
  return lo;
}

export function attachChannels(seg: Segmented, sb: StatementBuilder, outlets: Map<string, string[]>): void {
  const toks = seg.tokens;
  const text = seg.text;
  const ow = outletWords(outlets);
  const dats = new DatFinder(text);
  cands.from = cands.to = cands.n = 0;
  for (const d of sb.drafts) {
    const c = d.found;
    if (!c) continue;
    const s = seg.sentences[d.sentence];
    let best: Channel | null = null;
    const lo = Math.max(s.tokenStart, c.tok - 30);
    const hi = Math.min(s.tokenEnd, c.last + 10);
    scanWindow(seg, ow, lo, hi);
    // the first " dat " after the cue, within the window (looked for when the scan reaches the cue's end)
    let dat = -2;
    // (only the candidates matter: at any other token the scan could only stop, after the cue's end
    // and " dat "; then it stops at the next candidate too, which comes later)
    for (let j = firstCandidate(lo); j < cands.n && cands.tok[j] < hi && !best; j++) {
      const k = cands.tok[j];
      const t = toks[k];
      if (k >= c.last) {
        if (dat === -2) dat = dats.between(toks[c.last].end, hi > c.last ? toks[hi - 1].start : toks[c.last].end);
        if (dat >= 0 && dat + 5 <= t.start) break;
      }
      // a named outlet (longest first)
      const o = cands.outlet[j];
      if (o >= 0) {
        let hit: string | undefined;
        for (const name of ow.outlets[o]) if (text.startsWith(name, t.start)) { hit = name; break; }
        if (hit && (d.st.mention == null || d.st.mention.start > t.start || d.st.mention.end <= t.start || (sb.reg.claimants[d.st.claimantId!]?.kind === 'outlet'))) {
          best = { start: t.start, end: t.start + hit.length, text: hit, kind: 'outlet' };
          break;
        }
      }
      const w = cands.channel[j];
      if (w < 0) continue; // no channel word, tegen or aan
      // tegen/aan + outlet noun + name
      if (BEFORE_OUTLET[w] && k + 1 < s.tokenEnd) {
        const np = sb.parser.parse(k + 1, false);
        if (np && np.claimantKind === 'outlet') { best = { start: np.span.start, end: np.span.end, text: np.text, kind: 'outlet' }; break; }
      }
      const kind = CHANNEL_KINDS[w];
      if (kind && !(t.lower === 'x' && !t.cap) && !(t.lower === 'post' && !t.cap)) {
        if (t.lower === 'sociale' && toks[k + 1]?.lower !== 'media') continue;
        best = { start: t.start, end: t.end, text: t.text, kind: kind as ChannelKind };
      }
    }
    if (!best && c.cue.lemma === 'tweeten') best = { start: c.cue.start, end: c.cue.end, text: 'X/Twitter', kind: 'social' };
    if (!best && d.st.claimantId != null && d.st.mention && sb.reg.claimants[d.st.claimantId].kind === 'outlet') {
      const m = d.st.mention;
      best = { start: m.start, end: m.end, text: m.text, kind: 'outlet' };
    }
    d.st.channel = best;
  }
}
