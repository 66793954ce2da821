// The analysis JSON (../shared/docs/analysis-json.md, the scoring contract) built from an Analysis.
// Extra fields beyond the contract are welcome and included (role, channel, via, hedged, findings).
import type { Analysis, Claimant, Span } from './types';

const span = (s: Span) => ({ start: s.start, end: s.end });

export interface AnalysisJson {
  statements: unknown[];
  quotes: unknown[];
  hedges: unknown[];
  claimants: unknown[];
  findings: unknown[];
}

export function toAnalysisJson(a: Analysis, text: string): AnalysisJson {
  const claimantRef = (id: number | null) => {
    if (id == null) return null;
    const c: Claimant | undefined = a.claimants[id];
    return c ? { name: c.name, role: c.role, variants: c.variants } : null;
  };
  return {
    statements: a.statements.map((s) => ({
      cue: s.cue ? { start: s.cue.start, end: s.cue.end, text: text.slice(s.cue.start, s.cue.end), lemma: s.cue.lemma, parts: s.cue.parts.map(span) } : null,
      claimant:
        s.claimantId == null
          ? null
          : { ...claimantRef(s.claimantId), mention: s.mention ? { start: s.mention.start, end: s.mention.end, text: s.mention.text } : null },
      content: span(s.content),
      contested: s.contested,
      contestedBy: s.contestedBy,
      channel: s.channel ? { ...span(s.channel), text: s.channel.text, kind: s.channel.kind } : null,
      via: s.viaStatementId,
      hedged: s.hedgeIds.length > 0,
    })),
    quotes: a.quotes.filter((q) => !q.title).map((q) => ({ start: q.start, end: q.end, claimant: claimantRef(q.claimantId) })),
    hedges: a.hedges.map((h) => ({ start: h.start, end: h.end, text: h.text, kind: h.kind, claimant: claimantRef(h.claimantId) })),
    claimants: a.claimants.map((c) => ({
      name: c.name,
      kind: c.kind,
      role: c.role,
      vague: c.vague,
      variants: c.variants,
      mentions: c.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, kind: m.kind })),
    })),
    findings: a.findings.map((f) => ({ rule: f.rule, severity: f.severity, start: f.span.start, end: f.span.end, message: f.message })),
  };
}
