// Suppression comments, as writers expect them (Markdown; the same syntax is accepted in plain text):
//   <!-- bronwijzer-disable [RULE ...] -->              off from here (all rules, or only those listed)
//   <!-- bronwijzer-enable [RULE ...] -->               on again
//   <!-- bronwijzer-disable-next-line [RULE ...] -->    the next non-blank line
//   <!-- bronwijzer-disable-line [RULE ...] -->         the line the comment is on
// One linear pass with indexOf; never throws.
import type { Span } from '../types';

export interface SuppressedRegion extends Span {
  /** Rule ids the region silences; empty: every rule. */
  rules: string[];
  /** How the region was made. */
  kind: 'region' | 'next-line' | 'line';
}

const OPEN = '<!--';
const CLOSE = '-->';

function lineEnd(text: string, i: number): number {
  const e = text.indexOf('\n', i);
  return e < 0 ? text.length : e > 0 && text.charCodeAt(e - 1) === 13 ? e - 1 : e;
}

/**
 * Every suppressed region in text order of its comment. A `disable` without `enable` runs to the end
 * of the text. Rule-specific regions list their rules; the analyser masks only regions with no rules.
 */
export function suppressions(text: string): SuppressedRegion[] {
  const out: SuppressedRegion[] = [];
  if (typeof text !== 'string' || text.indexOf('bronwijzer-') < 0) return out;
  const open = new Map<string, number>(); // '*' or a rule id -> start
  let i = 0;
  for (;;) {
    const s = text.indexOf(OPEN, i);
    if (s < 0) break;
    const e = text.indexOf(CLOSE, s + 4);
    if (e < 0) break;
    const end = e + 3;
    i = end;
    const body = text.slice(s + 4, e).trim();
    if (!body.startsWith('bronwijzer-')) continue;
    const parts = body.split(/[\s,]+/).filter((p) => p.length > 0);
    const directive = parts[0].slice('bronwijzer-'.length);
    const rules = parts.slice(1).filter((r) => /^[a-z][a-z-]*$/.test(r));
    if (directive === 'disable-next-line') {
      let ls = text.indexOf('\n', end);
      if (ls < 0) continue;
      ls++;
      // the next non-blank line
      while (ls < text.length) {
        const le = lineEnd(text, ls);
        if (text.slice(ls, le).trim() !== '') break;
        const nl = text.indexOf('\n', ls);
        if (nl < 0) { ls = text.length; break; }
        ls = nl + 1;
      }
      out.push({ start: ls, end: lineEnd(text, ls), rules, kind: 'next-line' });
    } else if (directive === 'disable-line') {
      const nl = text.lastIndexOf('\n', s - 1);
      out.push({ start: nl + 1, end: lineEnd(text, end), rules, kind: 'line' });
    } else if (directive === 'disable') {
      for (const r of rules.length ? rules : ['*']) if (!open.has(r)) open.set(r, end);
    } else if (directive === 'enable') {
      for (const r of rules.length ? rules : [...open.keys()]) {
        const st = open.get(r);
        if (st === undefined) continue;
        open.delete(r);
        out.push({ start: st, end: s, rules: r === '*' ? [] : [r], kind: 'region' });
      }
    }
  }
  for (const [r, st] of open) out.push({ start: st, end: text.length, rules: r === '*' ? [] : [r], kind: 'region' });
  return out;
}

/** True when a finding of `rule` starting at `offset` is suppressed. */
export function isSuppressed(regions: readonly SuppressedRegion[], rule: string, offset: number): boolean {
  for (const r of regions) {
    if (offset >= r.start && offset < Math.max(r.end, r.start + 1) && (r.rules.length === 0 || r.rules.includes(rule))) return true;
  }
  return false;
}
