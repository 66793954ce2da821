// Through which channel a statement was made: a named outlet after `tegen`/`aan` (`tegen CNN`,
// `aan de Financial Times`), a known outlet, or a channel word (Telegram, livestream, interview,
// verklaring). `tweette` implies X/Twitter. An outlet that is itself the claimant is its own channel.
import type { Segmented } from '../text/types';
import type { Channel, ChannelKind } from '../types';
import { CHANNEL_WORDS, KNOWN_OUTLETS } from '../lexicon/nouns';
import type { StatementBuilder } from './statements';

let cached: { key: string; index: Map<string, string[]> } | null = null;

/** A cheap pre-test before looking a word up in CHANNEL_WORDS: bit `length` of CHANNEL_LENGTHS[first
 *  letter a-z] is set when a channel word starts with that letter and has that length (other first
 *  characters: always looked up). */
const CHANNEL_LENGTHS = new Int32Array(26);
const CHANNEL_OTHER = [...CHANNEL_WORDS.keys()].some((w) => { const i = w.charCodeAt(0) - 97; return i < 0 || i >= 26 || w.length > 30; });
for (const w of CHANNEL_WORDS.keys()) { const i = w.charCodeAt(0) - 97; if (i >= 0 && i < 26 && w.length <= 30) CHANNEL_LENGTHS[i] |= 1 << w.length; }
function channelWord(lower: string) {
  const i = lower.charCodeAt(0) - 97;
  if (i >= 0 && i < 26 && lower.length <= 30 && (CHANNEL_LENGTHS[i] & (1 << lower.length)) === 0) return undefined;
  if (!CHANNEL_OTHER && (i < 0 || i >= 26 || lower.length > 30)) return undefined;
  return CHANNEL_WORDS.get(lower);
}

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

/** First letters and lengths of an outlet index's keys (as CHANNEL_LENGTHS), per index. */
const outletLengths = new WeakMap<Map<string, string[]>, { lengths: Int32Array; other: boolean }>();
function lengthsOf(outlets: Map<string, string[]>): { lengths: Int32Array; other: boolean } {
  let r = outletLengths.get(outlets);
  if (r) return r;
  r = { lengths: new Int32Array(26), other: false };
  for (const w of outlets.keys()) {
    const i = w.charCodeAt(0) - 97;
    if (i >= 0 && i < 26 && w.length <= 30) r.lengths[i] |= 1 << w.length;
    else r.other = true;
  }
  outletLengths.set(outlets, r);
  return r;
}

export function attachChannels(seg: Segmented, sb: StatementBuilder, outlets: Map<string, string[]>): void {
  const toks = seg.tokens;
  const text = seg.text;
  const { lengths, other } = lengthsOf(outlets);
  const outletsOf = (lower: string): string[] | undefined => {
    const i = lower.charCodeAt(0) - 97;
    if (i >= 0 && i < 26 && lower.length <= 30) { if ((lengths[i] & (1 << lower.length)) === 0) return undefined; }
    else if (!other) return undefined;
    return outlets.get(lower);
  };
  // the next " dat " at or after an offset: one indexOf serves the statements that follow (they come
  // in text order), so the search stays linear
  let datQ = -1, datAt = -1;
  const nextDat = (from: number): number => {
    if (datQ < 0 || from < datQ || (datAt >= 0 && datAt < from)) { datAt = text.indexOf(' dat ', from); datQ = from; }
    return datAt;
  };
  for (const d of sb.drafts) {
    const c = d.found;
    if (!c) continue;
    const s = seg.sentences[d.sentence];
    let best: Channel | null = null;
    const lo = Math.max(s.tokenStart, c.tok - 30);
    const hi = Math.min(s.tokenEnd, c.last + 10);
    // the first " dat " after the cue, within the window (no substring per token)
    const datFrom = toks[c.last].end;
    const datTo = hi > c.last ? toks[hi - 1].start : datFrom;
    let dat = datFrom + 5 <= datTo ? nextDat(datFrom) : -1;
    if (dat + 5 > datTo) dat = -1;
    for (let k = lo; k < hi && !best; k++) {
      const t = toks[k];
      if (t.kind !== 'word' || t.inQuote >= 0) continue;
      if (k >= c.last && dat >= 0 && dat + 5 <= t.start) break;
      // a named outlet (longest first)
      const cands = t.cap ? outletsOf(t.lower) : undefined;
      if (cands) {
        let hit: string | undefined;
        for (const o of cands) if (text.startsWith(o, t.start)) { hit = o; break; }
        if (hit && (d.st.mention == null || d.st.mention.start > t.start || d.st.mention.end <= t.start || (sb.reg.claimants[d.st.claimantId!]?.kind === 'outlet'))) {
          best = { start: t.start, end: t.start + hit.length, text: hit, kind: 'outlet' };
          break;
        }
      }
      // tegen/aan + outlet noun + name
      if ((t.lower === 'tegen' || t.lower === 'aan') && k + 1 < s.tokenEnd) {
        const np = sb.parser.parse(k + 1, false);
        if (np && np.claimantKind === 'outlet') { best = { start: np.span.start, end: np.span.end, text: np.text, kind: 'outlet' }; break; }
      }
      const kind = channelWord(t.lower);
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
