// Suppression comments, the way writers expect them (Markdown; accepted in plain text too):
//   <!-- bronwijzer-disable -->            off from here (optionally: only the listed rules)
//   <!-- bronwijzer-enable -->             on again (optionally: only the listed rules)
//   <!-- bronwijzer-disable-next-line RULE -->  the next non-blank line (all rules when none listed)
import type { Finding, RuleId } from '../core/types';
import { RULE_IDS } from '../core';

interface Region {
  start: number;
  end: number;
  /** null: every rule. */
  rules: Set<string> | null;
}

const COMMENT = /<!--\s*bronwijzer-(disable-next-line|disable-line|disable|enable)\b([^]*?)-->/g;

function parseRules(s: string): Set<string> | null {
  const ids = s
    .split(/[\s,]+/)
    .map((x) => x.trim())
    .filter((x) => x.length > 0 && (RULE_IDS as string[]).includes(x));
  return ids.length ? new Set(ids) : null;
}

/** Regions where findings are suppressed. Cheap: one regex pass, skipped when the text has no marker. */
export function suppressedRegions(text: string): Region[] {
  if (!text.includes('bronwijzer-')) return [];
  const regions: Region[] = [];
  // Open `disable` regions: rule (or '*') -> start offset
  const open = new Map<string, number>();
  COMMENT.lastIndex = 0;
  for (let m = COMMENT.exec(text); m; m = COMMENT.exec(text)) {
    const kind = m[1];
    const rules = parseRules(m[2] ?? '');
    const end = m.index + m[0].length;
    if (kind === 'disable-next-line' || kind === 'disable-line') {
      let s: number;
      if (kind === 'disable-line') {
        s = text.lastIndexOf('\n', m.index - 1) + 1;
      } else {
        // The next non-blank line after the comment.
        s = text.indexOf('\n', end);
        if (s < 0) continue;
        s++;
        while (s < text.length) {
          const nl = text.indexOf('\n', s);
          const line = text.slice(s, nl < 0 ? text.length : nl);
          if (line.trim() !== '') break;
          if (nl < 0) break;
          s = nl + 1;
        }
      }
      let e = text.indexOf('\n', s);
      if (e < 0) e = text.length;
      regions.push({ start: s, end: e, rules });
    } else if (kind === 'disable') {
      for (const r of rules ?? ['*']) if (!open.has(r)) open.set(r, end);
    } else {
      const keys = rules ? [...rules] : [...open.keys()];
      for (const r of keys) {
        const s = open.get(r);
        if (s === undefined) continue;
        open.delete(r);
        regions.push({ start: s, end: m.index, rules: r === '*' ? null : new Set([r]) });
      }
    }
  }
  for (const [r, s] of open) regions.push({ start: s, end: text.length, rules: r === '*' ? null : new Set([r]) });
  return regions;
}

export function isSuppressed(regions: Region[], rule: RuleId, offset: number): boolean {
  for (const r of regions) if (offset >= r.start && offset <= r.end && (r.rules === null || r.rules.has(rule))) return true;
  return false;
}

export function filterSuppressed(text: string, findings: readonly Finding[]): Finding[] {
  const regions = suppressedRegions(text);
  if (regions.length === 0) return [...findings];
  return findings.filter((f) => !isSuppressed(regions, f.rule, f.span.start));
}

/** The comment the "ignore here" quick fix inserts above a line. */
export function disableNextLineComment(rule: RuleId): string {
  return `<!-- bronwijzer-disable-next-line ${rule} -->`;
}
