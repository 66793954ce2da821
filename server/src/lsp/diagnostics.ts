// Findings -> LSP diagnostics: rule id as code, a link to the rule's description, severity per
// settings, Dutch or English text, related information, and `data` carrying what quick fixes need.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, RelatedInfo, RuleId, RuleLevel } from '../core/types';
import { RULE_DOCS_URL } from '../core';
import type { Result } from './documents';
import { toRange } from './convert';
import { pick, t } from './i18n';
import { referenceName } from './names';
import type { Range } from 'vscode-languageserver';

/** What a diagnostic carries for its quick fixes (so code actions never re-analyse). */
export interface FixData {
  rule: RuleId;
  /** The document version the diagnostic was computed for. */
  version: number;
  /** Candidate claimant names, nearest first. */
  candidates: string[];
  /** For name-variant: replace `from` by `to` at `ranges`. */
  variant?: { from: string; to: string; ranges: Range[] };
  /** The quotation (unattributed-quote) or the hedge (unsourced-hedge). */
  target?: Range;
  /** The hedged claim (unsourced-hedge). */
  claim?: Range;
  /** The claimant's display name (vague-source, name-variant), for "add to known sources". */
  name?: string;
}

export function ruleDocsUrl(rule: RuleId): string {
  return `${RULE_DOCS_URL.replace(/#.*$/, '')}#${rule}`;
}

export function severityOf(level: RuleLevel): DiagnosticSeverity | null {
  switch (level) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'information':
      return DiagnosticSeverity.Information;
    case 'hint':
      return DiagnosticSeverity.Hint;
    default:
      return null;
  }
}

/** Related information when the core gives none: the other spelling, or the disputing statements. */
function fallbackRelated(f: Finding, result: Result): RelatedInfo[] {
  const a = result.analysis;
  if (!a) return [];
  if (f.rule === 'name-variant' && f.variant) {
    const c = f.claimantId !== undefined ? a.claimants[f.claimantId] : a.claimants.find((x) => x.variants.includes(f.variant!.from));
    const to = f.variant.to;
    const other = c?.mentions.find((m) => m.text.includes(to) && !(m.start <= f.span.start && f.span.start < m.end));
    if (!other) return [];
    return [{ span: other, message: { nl: `Elders gespeld als "${to}"`, en: `Spelled "${to}" elsewhere` } }];
  }
  if (f.rule === 'contested-claim' && f.statementId !== undefined) {
    const st = a.statements[f.statementId];
    return (st?.contestedBy ?? []).flatMap((id) => {
      const o = a.statements[id];
      if (!o) return [];
      const name = o.claimantId !== null ? a.claimants[o.claimantId]?.name : undefined;
      return [{ span: o.content, message: name ? { nl: `Betwist door ${name}`, en: `Disputed by ${name}` } : { nl: 'Betwist', en: 'Disputed' } }];
    });
  }
  return [];
}

/** At most this many candidates travel with a diagnostic (the quick fixes offer three). */
const MAX_CANDIDATES = 3;

export function findingToDiagnostic(
  doc: TextDocument,
  uri: string,
  f: Finding,
  result: Result,
  names: Map<number, string> = new Map(),
): Diagnostic | null {
  const severity = severityOf(result.eff.rules[f.rule] ?? f.severity);
  if (severity === null) return null;
  const a = result.analysis;
  const related: DiagnosticRelatedInformation[] = (f.related?.length ? f.related : fallbackRelated(f, result)).map((r) => ({
    location: { uri, range: toRange(doc, r.span) },
    message: pick(r.message, result.lang),
  }));
  const data: FixData = {
    rule: f.rule,
    version: result.version,
    candidates: (f.candidates ?? []).slice(0, MAX_CANDIDATES).map((c) => {
      let name = names.get(c.claimantId);
      if (name === undefined) {
        const claimant = a?.claimants[c.claimantId];
        name = claimant ? referenceName(claimant, doc.getText()) : c.name;
        names.set(c.claimantId, name);
      }
      return name;
    }),
  };
  if (f.variant) data.variant = { from: f.variant.from, to: f.variant.to, ranges: f.variant.spans.map((s) => toRange(doc, s)) };
  if (a && f.quoteId !== undefined && a.quotes[f.quoteId]) data.target = toRange(doc, a.quotes[f.quoteId]);
  if (a && f.hedgeId !== undefined && a.hedges[f.hedgeId]) {
    const h = a.hedges[f.hedgeId];
    data.target = toRange(doc, h);
    data.claim = toRange(doc, h.claim);
  }
  if (a && f.claimantId !== undefined && a.claimants[f.claimantId]) data.name = a.claimants[f.claimantId].name;
  const d: Diagnostic = {
    range: toRange(doc, f.span),
    severity,
    code: f.rule,
    codeDescription: { href: ruleDocsUrl(f.rule) },
    source: 'Bronwijzer',
    message: pick(f.message, result.lang),
    data,
  };
  if (related.length) d.relatedInformation = related;
  return d;
}

/** The diagnostics to publish; `hideAt` drops findings touching the word being typed. */
export function toDiagnostics(doc: TextDocument, uri: string, result: Result, hideAt: number | null): Diagnostic[] {
  if (result.skipped === 'too-large') {
    const firstLineEnd = doc.getText().search(/\r?\n|$/);
    return [
      {
        range: toRange(doc, { start: 0, end: Math.min(firstLineEnd, 200) }),
        severity: DiagnosticSeverity.Information,
        source: 'Bronwijzer',
        code: 'skipped',
        message: t('skippedTooLarge', result.lang, { max: result.eff.settings.maxDocumentSize }),
      },
    ];
  }
  const out: Diagnostic[] = [];
  const names = new Map<number, string>();
  for (const f of result.findings) {
    if (hideAt !== null && f.span.start <= hideAt && hideAt <= f.span.end) continue;
    const d = findingToDiagnostic(doc, uri, f, result, names);
    if (d) out.push(d);
  }
  return out;
}
