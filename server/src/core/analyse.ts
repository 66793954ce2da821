// The pipeline: segment -> cues -> claimants and statements (sentence by sentence, coreference on the
// way) -> quotes' speakers -> channels and chains -> hedges linked -> contests -> name variants ->
// findings. Pure and editor-free; never throws (a failing stage degrades to an empty result).
import type { Analysis, AnalyseOptions, Claimant, Hedge, Quote, Statement } from './types';
import type { Segmented } from './text/types';
import { segment } from './text/segment';
import { findHedges } from './hedges';
import { findCues, type FoundCue } from './attribution/cues';
import { StatementBuilder } from './attribution/statements';
import { linkQuotes } from './attribution/quotes';
import { attachChannels, outletIndex } from './attribution/channels';
import { linkChains } from './attribution/chains';
import { linkHedges } from './attribution/hedges';
import { findContests } from './attribution/contests';
import { makeFindings } from './attribution/findings';

export function analyse(text: string, options: AnalyseOptions = {}): Analysis {
  if (typeof text !== 'string') text = text == null ? '' : String(text);
  let seg: Segmented;
  try {
    seg = segment(text, { format: options.format ?? 'plaintext', reuseTokens: true });
  } catch {
    return empty(text);
  }
  try {
    return run(text, seg, options);
  } catch {
    // never throw on any input: fall back to what the text layer alone gives
    let hedges: Hedge[] = [];
    try { hedges = findHedges(seg, options.extraHedges ?? []); } catch { hedges = []; }
    const quotes: Quote[] = seg.quotes.map((q) => ({ start: q.start, end: q.end, inner: { ...q.inner }, claimantId: null, statementId: null }));
    return { ...empty(text), quotes, hedges, masked: seg.masked };
  }
}

function empty(text: string): Analysis {
  return { length: text.length, statements: [], quotes: [], hedges: [], claimants: [], cues: [], findings: [], masked: [] };
}

function run(text: string, seg: Segmented, options: AnalyseOptions): Analysis {
  const cues = findCues(seg);
  const sb = new StatementBuilder(seg, options.knownSources ?? []);
  // sentence by sentence: antecedents first, then the cues of the sentence
  let ci = 0;
  for (let si = 0; si < seg.sentences.length; si++) {
    sb.discourse(si);
    const here: FoundCue[] = [];
    while (ci < cues.length && seg.tokens[cues[ci].tok].sentence === si) here.push(cues[ci++]);
    for (const c of here) sb.add(c);
  }
  const quotes = linkQuotes(seg, sb);
  attachChannels(seg, sb, outletIndex(options.outlets ?? []));
  linkChains(sb);
  const hedges = findHedges(seg, options.extraHedges ?? []);
  linkHedges(seg, sb, hedges);
  findContests(seg, sb);
  return assemble(text, seg, sb, quotes, hedges);
}

/** The Analysis from the stages' results: the sources something is attributed to, renumbered; findings. */
export function assemble(text: string, seg: Segmented, sb: StatementBuilder, quotes: Quote[], hedges: Hedge[]): Analysis {
  // keep the sources the draft attributes something to; renumber
  const used = new Set<number>();
  for (const d of sb.drafts) if (d.st.claimantId != null) used.add(d.st.claimantId);
  for (const q of quotes) if (q.claimantId != null) used.add(q.claimantId);
  for (const h of hedges) if (h.claimantId != null) used.add(h.claimantId);
  const remap = new Map<number, number>();
  const claimants: Claimant[] = [];
  for (const b of sb.reg.claimants) {
    if (!used.has(b.id)) continue;
    remap.set(b.id, claimants.length);
    const variants = [...new Set([b.name, ...b.variants])];
    claimants.push({ id: claimants.length, name: b.name, kind: b.kind, role: b.role, variants, mentions: b.mentions, vague: b.vague });
  }
  const re = (id: number | null) => (id == null ? null : remap.get(id) ?? null);
  const statements: Statement[] = sb.drafts.map((d) => ({ ...d.st, claimantId: re(d.st.claimantId) }));
  for (const q of quotes) q.claimantId = re(q.claimantId);
  for (const h of hedges) h.claimantId = re(h.claimantId);
  const variants = sb.reg.variants.filter((v) => remap.has(v.claimantId)).map((v) => ({ ...v, claimantId: remap.get(v.claimantId)! }));
  const analysis: Analysis = {
    length: text.length,
    statements,
    quotes,
    hedges,
    claimants,
    cues: statements.map((s) => s.cue!).filter((c) => c != null),
    findings: [],
    masked: seg.masked,
  };
  analysis.findings = makeFindings(analysis, text, (qi) => isSpeech(seg, qi, quotes[qi]?.statementId != null), variants);
  return analysis;
}

/** A speech quotation, not marks around a name or title ('Nieuwe Hoop', "De Telegraaf") that nobody said. */
function isSpeech(seg: Segmented, qi: number, inStatement: boolean): boolean {
  const q = seg.quotes[qi];
  if (!q || q.kind !== 'speech') return false;
  if (inStatement) return true;
  const inner = seg.text.slice(q.inner.start, q.inner.end).trim();
  const words = inner.split(/\s+/);
  const titleLike = words.length <= 4 && !/[.,!?;:]/.test(inner) && words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(van|de|der|den|het|en|voor|in|op|aan)$/.test(w));
  return !titleLike;
}
