// The pipeline: segment -> cues -> claimants and statements (sentence by sentence, coreference on the
// way) -> quotes' speakers -> channels and chains -> hedges linked -> contests -> name variants ->
// findings. Pure and editor-free; never throws (a failing stage degrades to an empty result). A long draft
// is read in windows (./windows.ts).
import type { Analysis, AnalyseOptions, Claimant, Cue, Hedge, Quote, Span, Statement } from './types';
import type { Segmented } from './text/types';
import { maskedRegions, segment } from './text/segment';
import { contextStart, joinWindows, shifted, windowEnds, windowKey, WINDOWED_FROM, type WindowCache, type WindowResult } from './windows';
import { findHedges } from './hedges';
import { findCues } from './attribution/cues';
import { StatementBuilder } from './attribution/statements';
import { linkQuotes } from './attribution/quotes';
import { attachChannels, outletIndex } from './attribution/channels';
import { linkChains } from './attribution/chains';
import { linkHedges } from './attribution/hedges';
import { findContests } from './attribution/contests';
import { makeFindings } from './attribution/findings';
import type { VariantLink } from './attribution/claimants';
import { isJsSpace } from './attribution/spaces';

export function analyse(text: string, options: AnalyseOptions = {}, cache?: WindowCache): Analysis {
  if (typeof text !== 'string') text = text == null ? '' : String(text);
  const result = text.length <= WINDOWED_FROM ? analyseWindow(text, options) : analyseInWindows(text, options, cache);
  if (!result) return empty(text);
  const a = result.analysis;
  try {
    a.findings = makeFindings(a, text, (qi) => result.speech[qi] === true, result.variants);
  } catch (e) {
    if (options.strict) throw e;
    a.findings = [];
  }
  return a;
}

/** A long draft, window by window (see ./windows.ts), Markdown's masked regions found once; with a cache,
 *  the windows whose text did not change since the last analysis are not analysed again. */
function analyseInWindows(text: string, options: AnalyseOptions, cache?: WindowCache): WindowResult | null {
  let masked: Span[];
  try {
    masked = maskedRegions(text, options.format ?? 'plaintext');
  } catch (e) {
    if (options.strict) throw e;
    return null;
  }
  let entries: WindowCache['entries'] | null = null;
  if (cache) {
    const optionsKey = JSON.stringify([options.format ?? 'plaintext', options.knownSources ?? [], options.outlets ?? [], options.extraHedges ?? []]);
    if (cache.optionsKey !== optionsKey) { cache.entries.clear(); cache.optionsKey = optionsKey; }
    entries = new Map();
    cache.analysed = cache.reused = 0;
  }
  const parts: { from: number; result: WindowResult }[] = [];
  let from = 0;
  for (const end of windowEnds(text, masked)) {
    const ctx = contextStart(text, from, masked);
    let r: WindowResult | null;
    if (cache && entries) {
      // (the cache keeps results as made: joinWindows works on a copy, offsets moved to where the text is now)
      const key = windowKey(text, ctx, end, masked);
      let hit = cache.entries.get(key);
      if (hit) cache.reused++;
      else {
        cache.analysed++;
        const made = analyseWindow(text, options, { start: ctx, end }, masked);
        if (made) hit = { at: ctx, result: made };
      }
      if (hit) entries.set(key, hit);
      r = hit ? shifted(hit.result, ctx - hit.at) : null;
    } else r = analyseWindow(text, options, { start: ctx, end }, masked);
    if (r) parts.push({ from, result: r });
    from = end;
  }
  if (cache && entries) cache.entries = entries;
  return joinWindows(text, masked, parts);
}

/** The analysis of the text, or of its range [range.start, range.end) with the given masked regions;
 *  findings not made yet. Null when even the text layer fails. */
function analyseWindow(text: string, options: AnalyseOptions, range?: Span, masked?: Span[]): WindowResult | null {
  let seg: Segmented;
  try {
    seg = segment(text, { format: options.format ?? 'plaintext', reuseTokens: true, range, masked });
  } catch (e) {
    if (options.strict) throw e;
    return null;
  }
  try {
    return run(text, seg, options);
  } catch (e) {
    // never throw on any input: fall back to what the text layer alone gives
    if (options.strict) throw e;
    let hedges: Hedge[] = [];
    try { hedges = findHedges(seg, options.extraHedges ?? []); } catch { hedges = []; }
    const quotes: Quote[] = seg.quotes.map((q) => ({ start: q.start, end: q.end, inner: { ...q.inner }, claimantId: null, statementId: null }));
    return { analysis: { ...empty(text), quotes, hedges, masked: seg.masked }, speech: [], variants: [] };
  }
}

function empty(text: string): Analysis {
  return { length: text.length, statements: [], quotes: [], hedges: [], claimants: [], cues: [], findings: [], masked: [] };
}

function run(text: string, seg: Segmented, options: AnalyseOptions): WindowResult {
  const cues = findCues(seg);
  const sb = new StatementBuilder(seg, options.knownSources ?? []);
  // sentence by sentence: antecedents first, then the cues of the sentence
  let ci = 0;
  for (let si = 0; si < seg.sentences.length; si++) {
    sb.discourse(si);
    // the cues of sentence si, in place (add() reads no later cue)
    while (ci < cues.length && seg.tokens[cues[ci].tok].sentence === si) sb.add(cues[ci++]);
  }
  const quotes = linkQuotes(seg, sb);
  attachChannels(seg, sb, outletIndex(options.outlets ?? []));
  linkChains(sb);
  const hedges = findHedges(seg, options.extraHedges ?? []);
  linkHedges(seg, sb, hedges);
  findContests(seg, sb);
  return assemble(text, seg, sb, quotes, hedges);
}

/** Scratch for assemble: claimant id -> new id (-1: dropped); [0, claimants) reset per analysis. */
let remapScratch = new Int32Array(256);

/** The Analysis from the stages' results: the sources something is attributed to, renumbered (findings are
 *  made by analyse(), over the whole draft). */
export function assemble(text: string, seg: Segmented, sb: StatementBuilder, quotes: Quote[], hedges: Hedge[]): WindowResult {
  // keep the sources the draft attributes something to; renumber (claimant id -> new id, or -1)
  const builders = sb.reg.claimants;
  if (remapScratch.length < builders.length) remapScratch = new Int32Array(builders.length + (builders.length >> 1));
  const remap = remapScratch.fill(-1, 0, builders.length);
  const drafts = sb.drafts;
  for (let k = 0; k < drafts.length; k++) { const id = drafts[k].st.claimantId; if (id != null) remap[id] = 0; }
  for (let k = 0; k < quotes.length; k++) { const id = quotes[k].claimantId; if (id != null) remap[id] = 0; }
  for (let k = 0; k < hedges.length; k++) { const id = hedges[k].claimantId; if (id != null) remap[id] = 0; }
  const claimants: Claimant[] = [];
  // (index loops: assemble runs once per analysis, often before it is optimised, and an iterator
  // then costs an object per step)
  for (let k = 0; k < builders.length; k++) {
    const b = builders[k];
    if (remap[b.id] < 0) continue;
    remap[b.id] = claimants.length;
    claimants.push({ id: claimants.length, name: b.name, kind: b.kind, role: b.role, variants: uniqueWith(b.name, b.variants), mentions: b.mentions, vague: b.vague });
  }
  const re = (id: number | null): number | null => (id == null || !(remap[id] >= 0) ? null : remap[id]);
  // The builder's statements are the output (renumbered in place, not copied: one object fewer per
  // statement for the GC). They are made per analysis, never pooled; sb is dropped after this.
  // (arrays made at their size: pushes would copy a long array's elements again and again)
  const statements: Statement[] = new Array<Statement>(drafts.length);
  let nCues = 0;
  for (let k = 0; k < drafts.length; k++) {
    const st = drafts[k].st;
    st.claimantId = re(st.claimantId);
    statements[k] = st;
    if (st.cue != null) nCues++;
  }
  const cues: Cue[] = new Array<Cue>(nCues);
  for (let k = 0, c = 0; k < drafts.length; k++) { const cue = drafts[k].st.cue; if (cue != null) cues[c++] = cue; }
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi];
    q.claimantId = re(q.claimantId);
    if (seg.quotes[qi]?.kind === 'term') q.title = true;
  }
  for (let k = 0; k < hedges.length; k++) hedges[k].claimantId = re(hedges[k].claimantId);
  const variants: VariantLink[] = [];
  for (let k = 0; k < sb.reg.variants.length; k++) {
    const v = sb.reg.variants[k];
    if (remap[v.claimantId] >= 0) variants.push({ claimantId: remap[v.claimantId], from: v.from, to: v.to });
  }
  const analysis: Analysis = { length: text.length, statements, quotes, hedges, claimants, cues, findings: [], masked: seg.masked };
  const speech = new Array<boolean>(quotes.length);
  for (let qi = 0; qi < quotes.length; qi++) speech[qi] = isSpeech(seg, qi, quotes[qi].statementId != null);
  return { analysis, speech, variants };
}

/** [first, ...rest] without repeats, first occurrences kept (as [...new Set(...)]). */
function uniqueWith(first: string, rest: readonly string[]): string[] {
  if (rest.length > 32) return [...new Set([first, ...rest])];
  const out = [first];
  for (let k = 0; k < rest.length; k++) if (!out.includes(rest[k])) out.push(rest[k]);
  return out;
}

const TITLE_FUNCTION_WORDS = new Set(['van', 'de', 'der', 'den', 'het', 'en', 'voor', 'in', 'op', 'aan', 'onder', 'over', 'uit', 'met', 'zonder', 'tegen', 'naar', 'bij', 'om', 'tot', 'door']);
const UPPER_FIRST = /^\p{Lu}/u;

/** A speech quotation, not marks around a name or title ('Nieuwe Hoop', "De Telegraaf") that nobody said:
 *  title-like is at most four words, no [.,!?;:], each word capitalised, a digit first, or a function word. */
function isSpeech(seg: Segmented, qi: number, inStatement: boolean): boolean {
  const q = seg.quotes[qi];
  if (!q || q.kind !== 'speech') return false;
  return inStatement || !titleLike(seg, qi);
}

/** Title-like (see isSpeech): at most four words, no [.,!?;:], each capitalised, a number or a function word. */
function titleLike(seg: Segmented, qi: number): boolean {
  const q = seg.quotes[qi];
  if (!q) return false;
  const text = seg.text;
  let a = q.inner.start, b = q.inner.end;
  while (a < b && isJsSpace(text.charCodeAt(a))) a++;
  while (b > a && isJsSpace(text.charCodeAt(b - 1))) b--;
  if (a === b) return false; // one empty word: not title-like
  let words = 0;
  for (let p = a; p < b;) {
    let e = p;
    for (; e < b; e++) {
      const c = text.charCodeAt(e);
      if (isJsSpace(c)) break;
      if (c === 46 || c === 44 || c === 33 || c === 63 || c === 59 || c === 58) return false; // . , ! ? ; :
    }
    if (++words > 4) return false;
    const c0 = text.charCodeAt(p);
    const titleWord = (c0 >= 48 && c0 <= 57) || (c0 >= 65 && c0 <= 90) || (c0 >= 128 && UPPER_FIRST.test(text.slice(p, e))) || (c0 >= 97 && c0 <= 122 && TITLE_FUNCTION_WORDS.has(text.slice(p, e)));
    if (!titleWord) return false;
    while (e < b && isJsSpace(text.charCodeAt(e))) e++;
    p = e;
  }
  return true;
}
