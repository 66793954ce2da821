// Per-stage timing of the pipeline (bench/stages.mjs bundles this file): the same stages, in the same
// order, as run() in server/src/core/analyse.ts, each timed on its own.
import { segment } from '../server/src/core/text/segment';
import { findHedges } from '../server/src/core/hedges';
import { findCues, type FoundCue } from '../server/src/core/attribution/cues';
import { StatementBuilder } from '../server/src/core/attribution/statements';
import { linkQuotes } from '../server/src/core/attribution/quotes';
import { attachChannels, outletIndex } from '../server/src/core/attribution/channels';
import { linkChains } from '../server/src/core/attribution/chains';
import { linkHedges } from '../server/src/core/attribution/hedges';
import { findContests } from '../server/src/core/attribution/contests';
export { analyse } from '../server/src/core';

export const STAGES = ['segment', 'cues', 'statements', 'quotes', 'channels+chains', 'hedges', 'linkHedges', 'contests'] as const;

/** Runs the stages once on `text`, adding each one's milliseconds to `into`. */
export function timeStages(text: string, into: Record<string, number>): void {
  let t = performance.now();
  const lap = (k: string) => { const n = performance.now(); into[k] = (into[k] ?? 0) + n - t; t = n; };
  const seg = segment(text, { format: 'plaintext', reuseTokens: true });
  lap('segment');
  const cues = findCues(seg);
  lap('cues');
  const sb = new StatementBuilder(seg, []);
  let ci = 0;
  for (let si = 0; si < seg.sentences.length; si++) {
    sb.discourse(si);
    const here: FoundCue[] = [];
    while (ci < cues.length && seg.tokens[cues[ci].tok].sentence === si) here.push(cues[ci++]);
    for (const c of here) sb.add(c);
  }
  lap('statements');
  linkQuotes(seg, sb);
  lap('quotes');
  attachChannels(seg, sb, outletIndex([]));
  linkChains(sb);
  lap('channels+chains');
  const hedges = findHedges(seg, []);
  lap('hedges');
  linkHedges(seg, sb, hedges);
  lap('linkHedges');
  findContests(seg, sb);
  lap('contests');
}
