// Hedges: reportative `zou`, distancing markers (`volgens`, `naar verluidt`), epistemic adverbs and
// verbs, unverified status. Lexicon in lexicon/hedges.ts; the context tests for words that hedge only
// in some uses are here. Reads the segmented text only; statementId/claimantId are linked later.
import type { Hedge, HedgeKind } from './types';
import type { Segmented, Token } from './text/types';
import {
  HEDGES, VOLGENS_NOT_SOURCE, GOVERNING_VERBS, SUBORDINATORS_ZOU, FIRST_SECOND_PERSON, ZOU_MODALS,
  CONDITIONAL_WORDS, NARRATIVE_FUTURE, PRONOUNS_AFTER_ALS, SUBORDINATE_ZOU, CONSEQUENCE_VERBS, type HedgeCheck,
} from './lexicon/hedges';
import { verbInfo } from './lexicon/verbs';
import { WordIndex } from './lexicon/wordindex';

interface Slot {
  alts: ReadonlySet<string>;
  optional: boolean;
}
interface Pattern {
  slots: Slot[];
  kind: HedgeKind;
  check?: HedgeCheck;
}

function compile(phrase: string, kind: HedgeKind, check?: HedgeCheck): Pattern | null {
  const slots: Slot[] = [];
  for (const w of phrase.toLowerCase().trim().split(/\s+/)) {
    if (!w) continue;
    const optional = w.endsWith('?') && w.length > 1;
    const body = optional ? w.slice(0, -1) : w;
    slots.push({ alts: new Set(body.split('|').filter((x) => x)), optional });
  }
  if (slots.length === 0 || slots[0].optional) return null;
  return { slots, kind, check };
}

function index(patterns: Pattern[]): Map<string, Pattern[]> {
  const byWord = new Map<string, Pattern[]>();
  for (const p of patterns) {
    for (const a of p.slots[0].alts) {
      const l = byWord.get(a);
      if (l) l.push(p); else byWord.set(a, [p]);
    }
  }
  return byWord;
}

/** The built-in hedges by their first word, looked up by the token's letters in the text (see WordIndex). */
const BUILTIN = new WordIndex(index(HEDGES.map((h) => compile(h.phrase, h.kind, h.check)).filter((p): p is Pattern => p !== null)));

const isWord = (t: Token | undefined): t is Token => t !== undefined && (t.kind === 'word' || t.kind === 'number');
const isClauseBreak = (t: Token): boolean => {
  if (t.kind !== 'punct') return false;
  const c = t.text.charCodeAt(0);
  return c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 46 || c === 33 || c === 63 || c === 0x2026;
};

/** Matches pattern p at token i (within the sentence end `e`); returns the index after the match or -1. */
function matchAt(tokens: Token[], i: number, e: number, p: Pattern): number {
  let j = i;
  for (const s of p.slots) {
    const t = tokens[j];
    if (j < e && isWord(t) && s.alts.has(t.lower)) j++;
    else if (!s.optional) return -1;
  }
  return j;
}

/**
 * Hedges in the segmented text, in text order. `extra`: more hedge words or phrases (the workspace's
 * `hedges`), matched as epistemic hedges. Hedges inside quotations are reported too.
 */
export function findHedges(seg: Segmented, extra: readonly string[] = []): Hedge[] {
  const out: Hedge[] = [];
  const tokens = seg.tokens;
  let extraIndex: Map<string, Pattern[]> | null = null;
  if (extra.length) {
    const ps: Pattern[] = [];
    for (const x of extra) {
      if (typeof x !== 'string') continue;
      const p = compile(x.replace(/[|?]/g, ' '), 'epistemic');
      if (p) ps.push(p);
    }
    if (ps.length) extraIndex = index(ps);
  }
  const text = seg.text;
  for (const s of seg.sentences) {
    const e = s.tokenEnd;
    for (let i = s.tokenStart; i < e; i++) {
      const t = tokens[i];
      if (t.kind !== 'word' && t.kind !== 'number') continue;
      const builtin = BUILTIN.get(text, t.start, t.end, t.lower);
      if (builtin === undefined && extraIndex === null) continue; // the common case
      let bestEnd = -1;
      let best: Pattern | null = null;
      for (let pass = 0; pass < 2; pass++) {
        const cands = pass === 0 ? builtin : extraIndex?.get(t.lower);
        if (!cands) continue;
        for (const p of cands) {
          const j = matchAt(tokens, i, e, p);
          if (j > bestEnd && (!p.check || passes(p.check, tokens, i, s.tokenStart, e))) {
            bestEnd = j;
            best = p;
          }
        }
      }
      if (!best) continue;
      const last = tokens[bestEnd - 1];
      out.push({
        start: t.start,
        end: last.end,
        text: seg.text.slice(t.start, last.end),
        kind: best.kind,
        statementId: null,
        claimantId: null,
        claim: { start: s.start, end: s.end },
      });
      i = bestEnd - 1;
    }
  }
  return out;
}

function passes(check: HedgeCheck, tokens: Token[], i: number, a: number, e: number): boolean {
  switch (check) {
    case 'zou': return reportativeZou(tokens, i, a, e);
    case 'volgens': return volgensSource(tokens, i, e);
    case 'lijkt': return epistemicLijkt(tokens, i, e);
    case 'schijnt': return epistemicSchijnt(tokens, i, a, e);
    case 'mogelijk': return epistemicMogelijk(tokens, i, a, e);
  }
}

/** `volgens` before its source, not before a plan or rule ("volgens plan", "volgens de regels"). */
function volgensSource(tokens: Token[], i: number, e: number): boolean {
  let j = i + 1;
  if (j < e && isWord(tokens[j]) && (tokens[j].lower === 'de' || tokens[j].lower === 'het')) j++;
  const nx = tokens[j];
  if (j >= e || !isWord(nx)) return j < e && tokens[j].kind === 'quote';
  return !VOLGENS_NOT_SOURCE.has(nx.lower);
}

/** `lijkt te`, `lijkt erop dat`, `lijkt alsof`, `het lijkt dat`; not `lijkt op` (resembles), not `lijkt me`. */
function epistemicLijkt(tokens: Token[], i: number, e: number): boolean {
  for (let j = i + 1; j < e && j <= i + 8; j++) {
    const t = tokens[j];
    if (t.kind === 'punct' && isClauseBreak(t)) return false;
    if (!isWord(t)) continue;
    const w = t.lower;
    if (j === i + 1 && (w === 'me' || w === 'mij' || w === 'ons' || w === 'hem' || w === 'haar')) return false;
    if (w === 'op') {
      // `op te raken`: a separable particle before `te`, the infinitive follows
      if (tokens[j + 1]?.lower === 'te') continue;
      // `lijkt op weinig steun te kunnen rekenen`: `op` opens the infinitive's complement, `te` + verb follows
      for (let k = j + 2; k < e && k <= j + 8; k++) {
        const u = tokens[k];
        if (u.kind === 'punct' && isClauseBreak(u)) return false;
        if (isWord(u) && u.lower === 'te' && isWord(tokens[k + 1]) && /en$/.test(tokens[k + 1].lower)) return true;
      }
      return false;
    }
    if (w === 'te' || w === 'erop' || w === 'alsof' || w === 'dat') return true;
    if (w === 'er' && tokens[j + 1]?.lower === 'op') return true;
  }
  return false;
}

/** `schijnt te`, `het schijnt dat`; not the sun shining. */
function epistemicSchijnt(tokens: Token[], i: number, a: number, e: number): boolean {
  if (i > a && tokens[i - 1].lower === 'het' && tokens[i + 1]?.lower === 'dat') return true;
  for (let j = i + 1; j < e && j <= i + 8; j++) {
    const t = tokens[j];
    if (t.kind === 'punct' && isClauseBreak(t)) return false;
    if (isWord(t) && (t.lower === 'te' || t.lower === 'dat')) return true;
  }
  return false;
}

const MAKE_FORMS = new Set(['maakt', 'maakte', 'maakten', 'maken', 'gemaakt', 'maak']);
const MOGELIJK_BEFORE_NOT = new Set(['zo', 'zoveel', 'zomin', 'zoverre', 'zover', 'meest', 'minst', 'indien', 'waar', 'als', 'alle', 'allerlei', 'elke', 'ieder', 'iedere', 'best', 'technisch', 'niet', 'eventueel']);

/** Epistemic `mogelijk(e)`; not `zo snel mogelijk`, `indien mogelijk`, `maakt het mogelijk`, `alle mogelijke`. */
function epistemicMogelijk(tokens: Token[], i: number, a: number, e: number): boolean {
  const p1 = i > a ? tokens[i - 1] : undefined;
  const p2 = i - 1 > a ? tokens[i - 2] : undefined;
  if (p1 && MOGELIJK_BEFORE_NOT.has(p1.lower)) return false;
  // a superlative: de grootst mogelijke, zo klein mogelijk
  if (p1 && p1.kind === 'word' && p1.lower.length >= 5 && p1.lower.endsWith('st') && i - 1 > a) return false;
  if (p2 && (p2.lower === 'zo' || p2.lower === 'zoveel' || p2.lower === 'zomin')) return false; // zo snel mogelijk
  for (let j = Math.max(a, i - 3); j < i; j++) if (MAKE_FORMS.has(tokens[j].lower)) return false;
  const n1 = i + 1 < e ? tokens[i + 1] : undefined;
  const copula = !!p1 && (p1.lower === 'is' || p1.lower === 'was' || p1.lower === 'zijn' || p1.lower === 'waren' || p1.lower === 'wordt' || p1.lower === 'het');
  if (n1 && (n1.lower === 'om' || (n1.lower === 'te' && copula) || MAKE_FORMS.has(n1.lower))) return false;
  // `is mogelijk` at clause end ("dat is mogelijk") is possibility, not a hedge of a claim
  if (p1 && (p1.lower === 'is' || p1.lower === 'was' || p1.lower === 'zijn' || p1.lower === 'waren') && (!n1 || isClauseBreak(n1))) return false;
  return true;
}

function isParticiple(w: string): boolean {
  if (w.length < 5) return false;
  const last = w[w.length - 1];
  if (last !== 'd' && last !== 't' && !w.endsWith('en')) return false;
  return w.startsWith('ge') || /^(be|ver|ont|her|er|over|onder|door|aan|op|uit|af|in|mee|toe|weg|terug|om)/.test(w) && w.includes('ge', 1) || /^(be|ver|ont|her)/.test(w);
}

/** 2: a perfect infinitive (`zou ... hebben/zijn + participle`, `zou ... geweest zijn`); 1: a clause-final stative `zijn`; 0: neither. */
function perfectOrStative(tokens: Token[], z: number, e: number): number {
  let stative = 0;
  for (let j = z + 1; j < e; j++) {
    const t = tokens[j];
    if (isClauseBreak(t) || (isWord(t) && SUBORDINATORS_ZOU.has(t.lower) && j > z + 1)) break;
    if (!isWord(t)) continue;
    const w = t.lower;
    if (w === 'hebben' || w === 'geweest' || w === 'gehad') return 2;
    if (w === 'zijn') {
      const nx = tokens[j + 1];
      const pv = tokens[j - 1];
      const nxWord = !!nx && j + 1 < e && isWord(nx);
      if ((nxWord && isParticiple(nx.lower)) || (pv && j - 1 > z && isWord(pv) && isParticiple(pv.lower))) return 2;
      if (!nxWord || isClauseBreak(nx) || SUBORDINATORS_ZOU.has(nx.lower) || nx.lower === 'die' || PREPOSITIONS.has(nx.lower)) stative = 1;
    }
  }
  return stative;
}

const WINDOW = 40;
/** After verbal `zijn` (an extraposed phrase: `die actief zou zijn in de regio`); possessive `zijn` takes a noun. */
const PREPOSITIONS = new Set(['in', 'op', 'bij', 'aan', 'van', 'voor', 'met', 'naar', 'uit', 'door', 'over', 'tegen', 'onder', 'tijdens', 'sinds', 'na', 'om', 'rond', 'achter', 'boven', 'binnen', 'buiten', 'zonder', 'als', 'dan', 'geweest', 'gebleven']);

function isGoverningVerb(w: string): boolean {
  if (GOVERNING_VERBS.has(w)) return true;
  const info = verbInfo(w);
  return !!info && info.length > 0;
}

/**
 * Reportative `zou`/`zouden`: not the conditional (`als/indien/mocht ... zou`, `zou ... als`, `dan zou`),
 * not a question, not politeness or a modal (`zou graag`, `zou willen`, `zou moeten/kunnen`), not the
 * first or second person, and not the future in the past (a `zou` in a clause governed by a speech or
 * cognition verb: `zei dat hij zou komen`) unless it has a perfect infinitive (`zou hebben gedaan`).
 */
function reportativeZou(tokens: Token[], z: number, a0: number, e0: number): boolean {
  // look at most WINDOW tokens either way: clauses are shorter, and it keeps hostile input linear
  const a = Math.max(a0, z - WINDOW);
  const e = Math.min(e0, z + WINDOW);
  // the clause around zou
  let cs = z;
  while (cs > a && !isClauseBreak(tokens[cs - 1])) cs--;
  let ce = z + 1;
  while (ce < e && !isClauseBreak(tokens[ce])) ce++;
  // a question
  for (let j = z + 1; j < e; j++) {
    const t = tokens[j];
    if (t.kind === 'punct' && /^[.!?…]/.test(t.text)) {
      if (t.text.includes('?')) return false;
      break;
    }
  }
  // verb first: an inverted conditional (`Zouden ze dat doen, dan ...`) or a question
  if (z === a || (z > a && tokens[z - 1].kind === 'quote')) return false;
  // person and modal
  const prev = z > a ? tokens[z - 1] : undefined;
  const next = z + 1 < e ? tokens[z + 1] : undefined;
  if ((prev && FIRST_SECOND_PERSON.has(prev.lower)) || (next && FIRST_SECOND_PERSON.has(next.lower))) return false;
  for (let j = z + 1; j < ce; j++) if (isWord(tokens[j]) && ZOU_MODALS.has(tokens[j].lower)) return false;
  if (prev && prev.lower === 'het' && next && (next.lower === 'kunnen' || next.lower === 'mooi' || next.lower === 'goed')) return false;
  if (prev && (prev.lower === 'dan' || prev.lower === 'anders')) return false;
  // conditional anywhere in the sentence
  for (let j = a; j < e; j++) {
    const t = tokens[j];
    if (!isWord(t)) continue;
    const w = t.lower;
    if (CONDITIONAL_WORDS.has(w) && (w !== 'zonder' || j === a)) return false;
    if ((w === 'mocht' || w === 'mochten') && (j === a || isClauseBreak(tokens[j - 1]))) return false;
    if (w === 'als' || w === 'wanneer') {
      const before = j > a ? tokens[j - 1] : undefined;
      const after = tokens[j + 1];
      const clauseStart = !before || isClauseBreak(before) || before.kind === 'quote' || before.lower === 'en' || before.lower === 'maar' || before.lower === 'of' || before.lower === 'dan' || before.lower === 'ook';
      if (w === 'wanneer' && j < z && !clauseStart) continue; // `zei wanneer ...` is an indirect question
      if (clauseStart || (after && isWord(after) && PRONOUNS_AFTER_ALS.has(after.lower))) return false;
    }
    if (w === 'geval' && j < z) return false; // in dat geval zou ...
  }
  // a perfect infinitive or a stative predicate: reported (`zou hebben gedaan`, `zou ziek zijn`)
  const pf = perfectOrStative(tokens, z, e);
  // in a quotation, or after a demonstrative subject (`Dat zou een ramp zijn`), a bare stative is hypothetical
  const demonstrative = !!prev && z - 1 === cs && (prev.lower === 'dat' || prev.lower === 'dit');
  if (pf === 2 || (pf === 1 && tokens[z].inQuote < 0 && !demonstrative)) return true;
  if (pf === 1 || demonstrative) return false;
  // otherwise a subordinate clause is the future in the past (`zei dat hij zou komen`, `de man die zou komen`)
  for (let j = cs; j < z; j++) {
    const t = tokens[j];
    if (isWord(t) && SUBORDINATE_ZOU.has(t.lower) && !(j === cs && j + 1 === z)) return false;
  }
  // ... also when a speech or cognition verb governs it through `of` (`vroeg of hij zou komen`)
  let sub = -1;
  for (let j = z - 1; j >= a; j--) {
    const t = tokens[j];
    // a colon opens a new main clause: "X betwist dat: het zou om ... gaan" reports the claim itself
    if (t.text === ':' && t.kind === 'punct') break;
    if (isWord(t) && SUBORDINATORS_ZOU.has(t.lower)) { sub = j; break; }
  }
  if (sub > a) {
    for (let j = a; j < sub; j++) {
      const t = tokens[j];
      if (isWord(t) && t.inQuote < 0 && isGoverningVerb(t.lower)) return false;
    }
  }
  for (let j = z + 1; j < ce; j++) if (isWord(tokens[j]) && CONSEQUENCE_VERBS.has(tokens[j].lower)) return false;
  for (let j = z + 1; j < ce; j++) if (isWord(tokens[j]) && NARRATIVE_FUTURE.has(tokens[j].lower)) return false;
  return true;
}
