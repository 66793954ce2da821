// Findings (diagnostics) from the analysis: unattributed quote, hedged claim without a source,
// contested claim, name variant, vague or anonymous source. Each carries Dutch and English messages
// and candidate claimants (nearest first) for quick fixes.
import type { Analysis, Candidate, Finding, Span, Message } from '../types';
import { RULES } from '../rules';
import type { VariantLink } from './claimants';

interface MentionIndex {
  starts: number[];
  ends: number[];
  ids: number[];
}
const indexCache = new WeakMap<Analysis, MentionIndex>();
/** All mentions sorted by start, for nearest-claimant look-ups. */
function mentionIndex(a: Analysis): MentionIndex {
  let ix = indexCache.get(a);
  if (ix) return ix;
  const all: [number, number, number][] = [];
  for (const c of a.claimants) for (const m of c.mentions) all.push([m.start, m.end, c.id]);
  all.sort((x, y) => x[0] - y[0]);
  ix = { starts: all.map((x) => x[0]), ends: all.map((x) => x[1]), ids: all.map((x) => x[2]) };
  indexCache.set(a, ix);
  return ix;
}

/** Claimants nearest to a span (by their nearest mention), nearest first; walks outwards, bounded. */
function candidates(a: Analysis, span: Span): Candidate[] {
  const ix = mentionIndex(a);
  const n = ix.starts.length;
  let lo = 0, hi = n;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ix.starts[mid] < span.start) lo = mid + 1; else hi = mid; }
  // at most 8 claimants: two small parallel arrays, not a Map
  const ids: number[] = [];
  const dist: number[] = [];
  let l = lo - 1, r = lo, steps = 0;
  while ((l >= 0 || r < n) && steps < 120 && ids.length < 8) {
    const dl = l >= 0 ? Math.max(0, span.start - ix.ends[l]) : Infinity;
    const dr = r < n ? Math.max(0, ix.starts[r] - span.end) : Infinity;
    const take = dl <= dr ? l-- : r++;
    const d = Math.min(dl, dr);
    const id = ix.ids[take];
    const k = ids.indexOf(id);
    if (k < 0) { ids.push(id); dist.push(d); } else if (dist[k] > d) dist[k] = d;
    steps++;
  }
  const out: Candidate[] = ids.map((id, k) => ({ claimantId: id, name: a.claimants[id].name, distance: dist[k] }));
  out.sort((x, y) => x.distance - y.distance || x.claimantId - y.claimantId);
  return out.slice(0, 8);
}

const finding = (a: Analysis, rule: Finding['rule'], span: Span, message: Message, extra: Partial<Finding> = {}): Finding => ({
  rule, severity: RULES[rule].defaultSeverity, span, message, candidates: candidates(a, span), related: [], ...extra,
});

/** At most this many findings per rule per document (adversarial drafts stay linear in cost and
 * output); the rest of a rule's findings are summarised in one more finding. */
export const MAX_FINDINGS_PER_RULE = 1000;

const clip = (s: string, n = 40) => (s.length > n ? s.slice(0, n - 1).trimEnd() + '…' : s);

export function makeFindings(a: Analysis, text: string, speechQuote: (qi: number) => boolean, variants: VariantLink[]): Finding[] {
  const out: Finding[] = [];
  const perRule = new Map<Finding['rule'], number>();
  const omitted = new Map<Finding['rule'], { n: number; span: Span }>();
  /** Whether another finding of this rule fits under the cap (counting the ones that do not). */
  const room = (rule: Finding['rule'], span: Span): boolean => {
    const k = perRule.get(rule) ?? 0;
    if (k < MAX_FINDINGS_PER_RULE) { perRule.set(rule, k + 1); return true; }
    const o = omitted.get(rule);
    if (o) o.n++; else omitted.set(rule, { n: 1, span });
    return false;
  };
  a.quotes.forEach((q, qi) => {
    if (q.claimantId != null || !speechQuote(qi)) return;
    if (!room('unattributed-quote', q)) return;
    out.push(finding(a, 'unattributed-quote', { start: q.start, end: q.end }, {
      nl: 'Citaat zonder bron: de tekst zegt niet wie dit zei.',
      en: 'Quote without a source: the text does not say who said this.',
    }, { quoteId: qi }));
  });
  a.hedges.forEach((h, hi) => {
    if (h.claimantId != null || h.statementId != null) return;
    if (!room('unsourced-hedge', h)) return;
    const w = h.text;
    out.push(finding(a, 'unsourced-hedge', { start: h.start, end: h.end }, {
      nl: `Voorbehoud zonder bron: "${w}" zegt dat dit niet vaststaat, maar niet volgens wie.`,
      en: `Hedged claim without a source: "${w}" says this is not established, but not according to whom.`,
    }, { hedgeId: hi }));
  });
  for (const s of a.statements) {
    if (!s.contested || !s.cue) continue;
    if (!room('contested-claim', s.cue)) continue;
    const who = s.claimantId != null ? a.claimants[s.claimantId].name : null;
    const by = s.contestedBy.map((id) => a.statements[id]).filter((x) => x && x.claimantId != null);
    const names = [...new Set(by.map((x) => a.claimants[x.claimantId!].name))];
    const list = (ns: string[], and: string) => (ns.length <= 1 ? ns.join('') : ns.slice(0, -1).join(', ') + ` ${and} ` + ns[ns.length - 1]);
    const nl = who && names.length ? `Bewering van ${who} wordt betwist door ${list(names, 'en')}.` : 'Deze bewering wordt in het stuk betwist.';
    const en = who && names.length ? `Claim by ${who} is disputed by ${list(names, 'and')}.` : 'This claim is disputed in the draft.';
    out.push(finding(a, 'contested-claim', { start: s.cue.start, end: s.cue.end }, { nl, en }, {
      statementId: s.id,
      claimantId: s.claimantId ?? undefined,
      related: by.map((x) => ({
        span: x.cue ? { start: x.cue.start, end: x.cue.end } : x.content,
        message: {
          nl: `Tegengesproken door ${a.claimants[x.claimantId!].name}: "${clip(text.slice(x.content.start, x.content.end))}"`,
          en: `Contradicted by ${a.claimants[x.claimantId!].name}: "${clip(text.slice(x.content.start, x.content.end))}"`,
        },
      })),
    }));
  }
  const seen = new Set<string>();
  for (const v of variants) {
    const key = `${v.claimantId}:${v.from}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const c = a.claimants[v.claimantId];
    if (!c) continue;
    const count = (w: string) => c.mentions.filter((m) => text.slice(m.start, m.end).includes(w)).length;
    let from = v.from, to = v.to;
    if (count(from) > count(to)) [from, to] = [to, from];
    const spans = c.mentions.filter((m) => text.slice(m.start, m.end).includes(from)).map((m) => {
      const off = text.indexOf(from, m.start);
      return { start: off, end: off + from.length };
    });
    if (!spans.length) continue;
    if (!room('name-variant', spans[0])) continue;
    out.push(finding(a, 'name-variant', spans[0], {
      nl: `Naam op twee manieren gespeld: "${from}" en "${to}". Bedoeld is waarschijnlijk dezelfde bron.`,
      en: `Name spelt two ways: "${from}" and "${to}". Probably the same source.`,
    }, { variant: { from, to, spans }, claimantId: c.id, related: spans.slice(1).map((sp) => ({ span: sp, message: { nl: `Ook hier "${from}".`, en: `"${from}" here too.` } })) }));
  }
  for (const s of a.statements) {
    if (s.claimantId == null || !a.claimants[s.claimantId].vague || !s.mention) continue;
    const m = s.mention;
    if (!room('vague-source', m)) continue;
    out.push(finding(a, 'vague-source', { start: m.start, end: m.end }, {
      nl: `Vage bron: "${m.text}". Vermeld waarom de bron anoniem is of wie het precies zijn.`,
      en: `Vague source: "${m.text}". Say why the source is anonymous or who exactly they are.`,
    }, { statementId: s.id, claimantId: s.claimantId }));
  }
  for (const [rule, o] of omitted) {
    out.push({
      rule, severity: RULES[rule].defaultSeverity, span: { start: o.span.start, end: o.span.end }, candidates: [], related: [],
      message: {
        nl: `Nog ${o.n} meldingen van deze soort vanaf hier; alleen de eerste ${MAX_FINDINGS_PER_RULE} worden afzonderlijk getoond.`,
        en: `${o.n} more findings of this kind from here on; only the first ${MAX_FINDINGS_PER_RULE} are shown one by one.`,
      },
    });
  }
  out.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
  return out;
}
