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
 * What the window scan of attachChannels needs to know of a word, found in one look-up by the token's
 * letters in the text (WordIndex): the outlets it starts, its channel kind, whether it is `tegen`/`aan`.
 * One per outlet index (built on first use for it).
 */
interface ChannelWords {
  words: WordIndex;
  /** Word k: the outlets starting with it (longest first), or null. */
  outlets: (string[] | null)[];
  /** Word k: its CHANNEL_WORDS kind, or null. */
  kinds: (ChannelWordKind | null)[];
  /** Word k is `tegen` or `aan` (before an outlet noun: `tegen de krant`). */
  before: boolean[];
}
const channelWordsOf = new WeakMap<Map<string, string[]>, ChannelWords>();
function channelWords(outletIndex: Map<string, string[]>): ChannelWords {
  let r = channelWordsOf.get(outletIndex);
  if (r) return r;
  const list = [...new Set([...outletIndex.keys(), ...CHANNEL_WORDS.keys(), 'tegen', 'aan'])];
  r = {
    words: new WordIndex(list),
    outlets: list.map((w) => outletIndex.get(w) ?? null),
    kinds: list.map((w) => CHANNEL_WORDS.get(w) ?? null),
    before: list.map((w) => w === 'tegen' || w === 'aan'),
  };
  channelWordsOf.set(outletIndex, r);
  return r;
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

export function attachChannels(seg: Segmented, sb: StatementBuilder, outlets: Map<string, string[]>): void {
  const toks = seg.tokens;
  const text = seg.text;
  const cw = channelWords(outlets);
  for (const d of sb.drafts) {
    const c = d.found;
    if (!c) continue;
    const s = seg.sentences[d.sentence];
    let best: Channel | null = null;
    const lo = Math.max(s.tokenStart, c.tok - 30);
    const hi = Math.min(s.tokenEnd, c.last + 10);
    // the first " dat " after the cue, within the window
    const datFrom = toks[c.last].end;
    const datTo = hi > c.last ? toks[hi - 1].start : datFrom;
    const dat = indexBetween(text, ' dat ', datFrom, datTo);
    for (let k = lo; k < hi && !best; k++) {
      const t = toks[k];
      if (t.kind !== 'word' || t.inQuote >= 0) continue;
      if (k >= c.last && dat >= 0 && dat + 5 <= t.start) break;
      const w = cw.words.indexOf(text, t.start, t.end, t.lower);
      if (w < 0) continue; // no outlet, channel word, tegen or aan
      // a named outlet (longest first)
      const cands = t.cap ? cw.outlets[w] : null;
      if (cands) {
        let hit: string | undefined;
        for (const o of cands) if (text.startsWith(o, t.start)) { hit = o; break; }
        if (hit && (d.st.mention == null || d.st.mention.start > t.start || d.st.mention.end <= t.start || (sb.reg.claimants[d.st.claimantId!]?.kind === 'outlet'))) {
          best = { start: t.start, end: t.start + hit.length, text: hit, kind: 'outlet' };
          break;
        }
      }
      // tegen/aan + outlet noun + name
      if (cw.before[w] && k + 1 < s.tokenEnd) {
        const np = sb.parser.parse(k + 1, false);
        if (np && np.claimantKind === 'outlet') { best = { start: np.span.start, end: np.span.end, text: np.text, kind: 'outlet' }; break; }
      }
      const kind = cw.kinds[w];
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
