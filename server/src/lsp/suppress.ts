// Suppression comments (`<!-- bronwijzer-disable -->`, `-enable`, `-disable-next-line RULE`,
// `-disable-line`): parsed by the core's text layer; here they filter the findings the server reports.
import type { Finding, RuleId } from '../core/types';
import { isSuppressed, suppressions } from '../core/text/suppress';

export function filterSuppressed(text: string, findings: readonly Finding[]): Finding[] {
  const regions = suppressions(text);
  if (regions.length === 0) return [...findings];
  return findings.filter((f) => !isSuppressed(regions, f.rule, f.span.start));
}

/** The comment the "ignore here" quick fix inserts above a line. */
export function disableNextLineComment(rule: RuleId): string {
  return `<!-- bronwijzer-disable-next-line ${rule} -->`;
}
