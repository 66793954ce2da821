// The `bronwijzer/sources` request: claimants with their statements and findings, for the Sources panel.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Finding, Statement } from '../core/types';
import type { SourceFinding, SourceStatement, SourcesResult } from '../shared/protocol';
import type { DocState, Result } from './documents';
import { toWireRange } from './convert';
import { pick, t } from './i18n';

export function shorten(s: string, max = 120): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : one.slice(0, max - 1).trimEnd() + '…';
}

function findingsOf(doc: TextDocument, result: Result, found: readonly Finding[]): SourceFinding[] {
  return found.map((f) => {
    const level = result.eff.rules[f.rule];
    return {
      rule: f.rule,
      severity: level && level !== 'off' ? level : f.severity,
      message: pick(f.message, result.lang),
      range: toWireRange(doc, f.span),
    };
  });
}

/** Findings indexed by the statement and the quote they are about. */
interface FindingIndex {
  byStatement: Map<number, Finding[]>;
  byQuote: Map<number, Finding[]>;
}

function indexFindings(findings: readonly Finding[]): FindingIndex {
  const ix: FindingIndex = { byStatement: new Map(), byQuote: new Map() };
  const add = (m: Map<number, Finding[]>, k: number, f: Finding): void => {
    const l = m.get(k);
    if (l) l.push(f);
    else m.set(k, [f]);
  };
  for (const f of findings) {
    if (f.statementId !== undefined) add(ix.byStatement, f.statementId, f);
    if (f.quoteId !== undefined) add(ix.byQuote, f.quoteId, f);
  }
  return ix;
}

function statementOut(doc: TextDocument, a: Analysis, result: Result, s: Statement, ix: FindingIndex): SourceStatement {
  const mine = new Set<Finding>(ix.byStatement.get(s.id) ?? []);
  for (const q of s.quoteIds) for (const f of ix.byQuote.get(q) ?? []) mine.add(f);
  const text = doc.getText();
  const via = s.viaStatementId !== null ? a.statements[s.viaStatementId] : undefined;
  const viaClaimant = via && via.claimantId !== null ? a.claimants[via.claimantId] : undefined;
  return {
    id: s.id,
    kind: s.quoteIds.length > 0 ? 'quote' : 'paraphrase',
    text: shorten(text.slice(s.content.start, s.content.end)),
    range: toWireRange(doc, s.content),
    cue: s.cue ? { text: s.cue.text, lemma: s.cue.lemma, range: toWireRange(doc, s.cue) } : null,
    channel: s.channel ? { text: s.channel.text, kind: s.channel.kind } : null,
    via: viaClaimant ? viaClaimant.name : null,
    hedged: s.hedgeIds.length > 0,
    contested: s.contested,
    contestedBy: [
      ...new Set(
        s.contestedBy
          .map((id) => a.statements[id])
          .map((o) => (o && o.claimantId !== null ? a.claimants[o.claimantId]?.name : undefined) ?? t('hUnknownSource', result.lang)),
      ),
    ],
    findings: findingsOf(doc, result, [...mine].sort((x, y) => x.span.start - y.span.start)),
  };
}

export function buildSources(state: DocState, result: Result): SourcesResult {
  const doc = state.doc;
  const out: SourcesResult = { uri: state.uri, version: result.version, claimants: [], unattributed: [], findingCount: result.findings.length };
  const a = result.analysis;
  if (!a) {
    const reason = result.skipped ?? 'disabled';
    out.skipped =
      reason === 'too-large'
        ? t('skippedTooLarge', result.lang, { max: result.eff.settings.maxDocumentSize })
        : t(reason === 'language' ? 'skippedLanguage' : 'skippedDisabled', result.lang);
    return out;
  }
  const ix = indexFindings(result.findings);
  const byClaimant = new Map<number, Statement[]>();
  for (const s of a.statements) {
    if (s.claimantId === null) continue;
    const l = byClaimant.get(s.claimantId);
    if (l) l.push(s);
    else byClaimant.set(s.claimantId, [s]);
  }
  for (const c of a.claimants) {
    const first = c.mentions[0];
    out.claimants.push({
      id: c.id,
      name: c.name,
      kind: c.kind,
      role: c.role,
      vague: c.vague,
      variants: [...c.variants],
      range: toWireRange(doc, first ?? { start: 0, end: 0 }),
      mentions: c.mentions.map((m) => toWireRange(doc, m)),
      statements: (byClaimant.get(c.id) ?? []).map((s) => statementOut(doc, a, result, s, ix)),
    });
  }
  out.unattributed = a.statements.filter((s) => s.claimantId === null).map((s) => statementOut(doc, a, result, s, ix));
  // Quotes that belong to no statement at all.
  a.quotes.forEach((q, i) => {
    if (q.statementId !== null || q.claimantId !== null) return;
    out.unattributed.push({
      id: -1 - i,
      kind: 'quote',
      text: shorten(doc.getText().slice(q.inner.start, q.inner.end)),
      range: toWireRange(doc, q),
      cue: null,
      channel: null,
      via: null,
      hedged: false,
      contested: false,
      contestedBy: [],
      findings: findingsOf(doc, result, ix.byQuote.get(i) ?? []),
    });
  });
  return out;
}
