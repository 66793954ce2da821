// Findings (diagnostics) from the analysis: unattributed quote, hedged claim without a source,
// contested claim, name variant, vague or anonymous source. Each carries Dutch and English messages
// and candidate claimants (nearest first) for quick fixes.
import type { Analysis, Candidate, Finding, Span, Message } from '../types';
import { RULES } from '../rules';
import type { VariantLink } from './claimants';

/** All mentions sorted by start (equal starts: claimant order, then mention order), for nearest-claimant
 *  look-ups: parallel arrays, [0, n). Scratch buffers reused between calls (one makeFindings at a time). */
interface MentionIndex {
  n: number;
  starts: Int32Array;
  ends: Int32Array;
  ids: Int32Array;
}
const scratch = { keys: new Float64Array(256), ends: new Int32Array(256), ids: new Int32Array(256) };
const index: MentionIndex = { n: 0, starts: new Int32Array(256), ends: new Int32Array(256), ids: new Int32Array(256) };
function mentionIndex(a: Analysis): MentionIndex {
  let n = 0;
  const cs = a.claimants;
  for (let c = 0; c < cs.length; c++) n += cs[c].mentions.length;
  if (scratch.keys.length < n) {
    const size = n + (n >> 1);
    scratch.keys = new Float64Array(size); scratch.ends = new Int32Array(size); scratch.ids = new Int32Array(size);
    index.starts = new Int32Array(size); index.ends = new Int32Array(size); index.ids = new Int32Array(size);
  }
  // a stable sort by start without a comparator: keys start * n + position are unique and exact
  const { keys, ends, ids } = scratch;
  let k = 0;
  for (let c = 0; c < cs.length; c++) {
    const ms = cs[c].mentions, id = cs[c].id;
    for (let q = 0; q < ms.length; q++) { keys[k] = ms[q].start * n + k; ends[k] = ms[q].end; ids[k] = id; k++; }
  }
  keys.subarray(0, n).sort();
  for (let i = 0; i < n; i++) {
    const at = keys[i] % n;
    index.starts[i] = (keys[i] - at) / n;
    index.ends[i] = ends[at];
    index.ids[i] = ids[at];
  }
  index.n = n;
  return index;
}

const candIds: number[] = [];
const candDist: number[] = [];
/** Claimants nearest to a span (by their nearest mention), nearest first; walks outwards, bounded. */
function candidates(a: Analysis, ix: MentionIndex, span: Span): Candidate[] {
  const n = ix.n;
  let lo = 0, hi = n;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ix.starts[mid] < span.start) lo = mid + 1; else hi = mid; }
  // at most 8 claimants: two small parallel scratch arrays (reused), not a Map
  const ids = candIds, dist = candDist;
  let nc = 0;
  let l = lo - 1, r = lo, steps = 0;
  while ((l >= 0 || r < n) && steps < 120 && nc < 8) {
    const dl = l >= 0 ? Math.max(0, span.start - ix.ends[l]) : Infinity;
    const dr = r < n ? Math.max(0, ix.starts[r] - span.end) : Infinity;
    const take = dl <= dr ? l-- : r++;
    const d = Math.min(dl, dr);
    const id = ix.ids[take];
    let k = 0;
    while (k < nc && ids[k] !== id) k++;
    if (k === nc) { ids[nc] = id; dist[nc++] = d; } else if (dist[k] > d) dist[k] = d;
    steps++;
  }
  // nearest first, then by id (ids are distinct: a total order, so an insertion sort gives what sort() gave),
  // sorted in the scratch arrays; the output array made at its size
  for (let k = 1; k < nc; k++) {
    const id = ids[k], d = dist[k];
    let j = k - 1;
    while (j >= 0 && (dist[j] > d || (dist[j] === d && ids[j] > id))) { ids[j + 1] = ids[j]; dist[j + 1] = dist[j]; j--; }
    ids[j + 1] = id;
    dist[j + 1] = d;
  }
  const out = new Array<Candidate>(nc);
  for (let k = 0; k < nc; k++) out[k] = { claimantId: ids[k], name: a.claimants[ids[k]].name, distance: dist[k] };
  return out;
}

/** A finding; the caller adds the fields of its rule after these (the order of fields is that of the output). */
/** The mention index of the analysis being made (built when the first finding needs it). */
let indexOf: Analysis | null = null;
const finding = (a: Analysis, rule: Finding['rule'], span: Span, message: Message, related: Finding['related'] = []): Finding => {
  if (indexOf !== a) { mentionIndex(a); indexOf = a; }
  return { rule, severity: RULES[rule].defaultSeverity, span, message, candidates: candidates(a, index, span), related };
};

/** At most this many findings per rule per document (adversarial drafts stay linear in cost and
 * output); the rest of a rule's findings are summarised in one more finding. */
export const MAX_FINDINGS_PER_RULE = 1000;

const clip = (s: string, n = 40) => (s.length > n ? s.slice(0, n - 1).trimEnd() + '…' : s);

export function makeFindings(a: Analysis, text: string, speechQuote: (qi: number) => boolean, variants: VariantLink[]): Finding[] {
  indexOf = null;
  const out: Finding[] = [];
  // findings per rule so far, and the rules over the cap in the order they went over (a few rules:
  // small arrays, no Maps; index loops throughout, no iterators)
  const ruleOf: Finding['rule'][] = [];
  const countOf: number[] = [];
  const omitted: { rule: Finding['rule']; n: number; span: Span }[] = [];
  /** Whether another finding of this rule fits under the cap (counting the ones that do not). */
  const room = (rule: Finding['rule'], span: Span): boolean => {
    let r = 0;
    while (r < ruleOf.length && ruleOf[r] !== rule) r++;
    if (r === ruleOf.length) { ruleOf.push(rule); countOf.push(0); }
    if (countOf[r] < MAX_FINDINGS_PER_RULE) { countOf[r]++; return true; }
    let o = 0;
    while (o < omitted.length && omitted[o].rule !== rule) o++;
    if (o < omitted.length) omitted[o].n++; else omitted.push({ rule, n: 1, span });
    return false;
  };
  for (let qi = 0; qi < a.quotes.length; qi++) {
    const q = a.quotes[qi];
    if (q.claimantId != null || !speechQuote(qi)) continue;
    if (!room('unattributed-quote', q)) continue;
    const f = finding(a, 'unattributed-quote', { start: q.start, end: q.end }, {
      nl: 'Citaat zonder bron: de tekst zegt niet wie dit zei.',
      en: 'Quote without a source: the text does not say who said this.',
    });
    f.quoteId = qi;
    out.push(f);
  }
  for (let hi = 0; hi < a.hedges.length; hi++) {
    const h = a.hedges[hi];
    if (h.claimantId != null || h.statementId != null) continue;
    if (!room('unsourced-hedge', h)) continue;
    const w = h.text;
    const f = finding(a, 'unsourced-hedge', { start: h.start, end: h.end }, {
      nl: `Voorbehoud zonder bron: "${w}" zegt dat dit niet vaststaat, maar niet volgens wie.`,
      en: `Hedged claim without a source: "${w}" says this is not established, but not according to whom.`,
    });
    f.hedgeId = hi;
    out.push(f);
  }
  for (let si = 0; si < a.statements.length; si++) {
    const s = a.statements[si];
    if (!s.contested || !s.cue) continue;
    if (!room('contested-claim', s.cue)) continue;
    const who = s.claimantId != null ? a.claimants[s.claimantId].name : null;
    const by = s.contestedBy.map((id) => a.statements[id]).filter((x) => x && x.claimantId != null);
    const names: string[] = [];
    for (const x of by) { const nm = a.claimants[x.claimantId!].name; if (!names.includes(nm)) names.push(nm); }
    const list = (ns: string[], and: string) => (ns.length <= 1 ? ns.join('') : ns.slice(0, -1).join(', ') + ` ${and} ` + ns[ns.length - 1]);
    const nl = who && names.length ? `Bewering van ${who} wordt betwist door ${list(names, 'en')}.` : 'Deze bewering wordt in het stuk betwist.';
    const en = who && names.length ? `Claim by ${who} is disputed by ${list(names, 'and')}.` : 'This claim is disputed in the draft.';
    const f = finding(a, 'contested-claim', { start: s.cue.start, end: s.cue.end }, { nl, en }, by.map((x) => ({
        span: x.cue ? { start: x.cue.start, end: x.cue.end } : x.content,
        message: {
          nl: `Tegengesproken door ${a.claimants[x.claimantId!].name}: "${clip(text.slice(x.content.start, x.content.end))}"`,
          en: `Contradicted by ${a.claimants[x.claimantId!].name}: "${clip(text.slice(x.content.start, x.content.end))}"`,
        },
      })));
    f.statementId = s.id;
    f.claimantId = s.claimantId ?? undefined;
    out.push(f);
  }
  const seen = variants.length ? new Set<string>() : null;
  for (let vi = 0; vi < variants.length; vi++) {
    const v = variants[vi];
    const key = `${v.claimantId}:${v.from}`;
    if (seen!.has(key)) continue;
    seen!.add(key);
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
    const f = finding(a, 'name-variant', spans[0], {
      nl: `Naam op twee manieren gespeld: "${from}" en "${to}". Bedoeld is waarschijnlijk dezelfde bron.`,
      en: `Name spelt two ways: "${from}" and "${to}". Probably the same source.`,
    }, spans.slice(1).map((sp) => ({ span: sp, message: { nl: `Ook hier "${from}".`, en: `"${from}" here too.` } })));
    f.variant = { from, to, spans };
    f.claimantId = c.id;
    out.push(f);
  }
  for (let si = 0; si < a.statements.length; si++) {
    const s = a.statements[si];
    if (s.claimantId == null || !a.claimants[s.claimantId].vague || !s.mention) continue;
    const m = s.mention;
    if (!room('vague-source', m)) continue;
    const f = finding(a, 'vague-source', { start: m.start, end: m.end }, {
      nl: `Vage bron: "${m.text}". Vermeld waarom de bron anoniem is of wie het precies zijn.`,
      en: `Vague source: "${m.text}". Say why the source is anonymous or who exactly they are.`,
    });
    f.statementId = s.id;
    f.claimantId = s.claimantId;
    out.push(f);
  }
  for (let r = 0; r < omitted.length; r++) {
    const o = omitted[r], rule = o.rule;
    out.push({
      rule, severity: RULES[rule].defaultSeverity, span: { start: o.span.start, end: o.span.end }, candidates: [], related: [],
      message: {
        nl: `Nog ${o.n} meldingen van deze soort vanaf hier; alleen de eerste ${MAX_FINDINGS_PER_RULE} worden afzonderlijk getoond.`,
        en: `${o.n} more findings of this kind from here on; only the first ${MAX_FINDINGS_PER_RULE} are shown one by one.`,
      },
    });
  }
  indexOf = null; // keep no analysis alive
  sortBySpan(out);
  return out;
}

const before = (x: Finding, y: Finding) => x.span.start < y.span.start || (x.span.start === y.span.start && x.span.end < y.span.end);

/** Sorts findings by span start, then end, stably: what out.sort((x, y) => x.span.start - y.span.start ||
 *  x.span.end - y.span.end) gives, without a comparator call per comparison (a merge sort; insertion
 *  sort on short runs). */
function sortBySpan(xs: Finding[]): void {
  const n = xs.length;
  const RUN = 16;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(n, lo + RUN);
    for (let i = lo + 1; i < hi; i++) {
      const v = xs[i];
      let j = i - 1;
      while (j >= lo && before(v, xs[j])) { xs[j + 1] = xs[j]; j--; }
      xs[j + 1] = v;
    }
  }
  if (n <= RUN) return;
  let src = xs, dst: Finding[] = new Array<Finding>(n);
  for (let w = RUN; w < n; w *= 2) {
    for (let lo = 0; lo < n; lo += 2 * w) {
      const mid = Math.min(n, lo + w), hi = Math.min(n, lo + 2 * w);
      let i = lo, j = mid, k = lo;
      while (i < mid && j < hi) dst[k++] = before(src[j], src[i]) ? src[j++] : src[i++];
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
    }
    const t = src; src = dst; dst = t;
  }
  if (src !== xs) for (let i = 0; i < n; i++) xs[i] = src[i];
}
