// The pipeline: quotes -> cues -> claimants -> coreference -> statements -> contests -> findings.
// PLACEHOLDER until the analyser lands (issue 2): returns an empty analysis.
import type { Analysis, AnalyseOptions } from './types';

export function analyse(text: string, _options: AnalyseOptions = {}): Analysis {
  return { length: text.length, statements: [], quotes: [], hedges: [], claimants: [], cues: [], findings: [], masked: [] };
}
