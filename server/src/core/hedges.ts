// Hedges: reportative `zou`, distancing markers (`volgens`, `naar verluidt`), epistemic adverbs and
// verbs, unverified status. Lexicon in lexicon/hedges.ts; the context tests for words that hedge only
// in some uses are here. Reads the segmented text only; statementId/claimantId are linked later.
import type { Hedge, HedgeKind } from './types';
import type { Segmented, Sentence, Token } from './text/types';
import {
  HEDGES, VOLGENS_NOT_SOURCE, GOVERNING_VERBS, SUBORDINATORS_ZOU, FIRST_SECOND_PERSON, ZOU_MODALS,
  CONDITIONAL_WORDS, NARRATIVE_FUTURE, PRONOUNS_AFTER_ALS, SUBORDINATE_ZOU, CONSEQUENCE_VERBS, STATE_WORDS, type HedgeCheck,
} from './lexicon/hedges';
import { VERB_FORMS } from './lexicon/verbs';
import { WordIndex, WordBits } from './lexicon/wordindex';

interface Slot {
  alts: ReadonlySet<string>;
  optional: boolean;
  /** Built-in patterns: the slot's words as marks by SLOT_WORDS' numbers (null: test `alts`). */
  ids: Uint8Array | null;
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
    slots.push({ alts: new Set(body.split('|').filter((x) => x)), optional, ids: null });
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

const BUILTIN_PATTERNS = HEDGES.map((h) => compile(h.phrase, h.kind, h.check)).filter((p): p is Pattern => p !== null);
/** The built-in hedges by their first word, looked up by the token's letters in the text (see WordIndex). */
const BUILTIN_BY_WORD = index(BUILTIN_PATTERNS);
const BUILTIN = new WordIndex(BUILTIN_BY_WORD.keys());
/** BUILTIN's word k starts the patterns BUILTIN_CANDIDATES[k]. */
const BUILTIN_CANDIDATES = [...BUILTIN_BY_WORD.values()];
/** Every word of a built-in pattern, numbered, for the tests of the slots after the first. */
const SLOT_WORDS = ((): WordIndex => {
  const ids = new Map<string, number>();
  for (const p of BUILTIN_PATTERNS) for (const sl of p.slots) for (const w of sl.alts) if (!ids.has(w)) ids.set(w, ids.size);
  for (const p of BUILTIN_PATTERNS) for (const sl of p.slots) {
    sl.ids = new Uint8Array(ids.size);
    for (const w of sl.alts) sl.ids[ids.get(w)!] = 1;
  }
  return new WordIndex(ids.keys());
})();

/**
 * Word classes for the context tests (reportative `zou` looks at up to 80 tokens around it), as bits:
 * one look-up by the token's letters in the text instead of a Set look-up per class on a fresh string.
 * Built on first use (the verb lexicon must be complete).
 */
const H_CONDITION = 1; // CONDITIONAL_WORDS, mocht(en), als, wanneer, geval: the conditional loop's words
const H_SUBORDINATOR = 2; // SUBORDINATORS_ZOU
const H_SUBORDINATE = 4; // SUBORDINATE_ZOU
const H_ZOU_MODAL = 8; // ZOU_MODALS
const H_PERSON = 16; // FIRST_SECOND_PERSON
const H_CONSEQUENCE = 32; // CONSEQUENCE_VERBS
const H_NARRATIVE = 64; // NARRATIVE_FUTURE
const H_GOVERNING = 128; // isGoverningVerb
const H_PERFECT = 256; // hebben, geweest, gehad, zijn: perfectOrStative's words
const H_ABLE = 512; // kunnen: the one modal after `zou` that may report a state (heldState)
const H_STATE = 1024; // STATE_WORDS
const H_MORE = 2048; // meer (`niet meer`, `geen ... meer`: no longer)
const H_NEGATION = 4096; // niet, geen
let hedgeClasses: WordBits | null = null;
function buildHedgeClasses(): WordBits {
  const m = new Map<string, number>();
  const add = (bit: number, words: Iterable<string>) => { for (const w of words) m.set(w, (m.get(w) ?? 0) | bit); };
  add(H_CONDITION, [...CONDITIONAL_WORDS, 'mocht', 'mochten', 'als', 'wanneer', 'geval']);
  add(H_SUBORDINATOR, SUBORDINATORS_ZOU);
  add(H_SUBORDINATE, SUBORDINATE_ZOU);
  add(H_ZOU_MODAL, ZOU_MODALS);
  add(H_PERSON, FIRST_SECOND_PERSON);
  add(H_CONSEQUENCE, CONSEQUENCE_VERBS);
  add(H_NARRATIVE, NARRATIVE_FUTURE);
  add(H_GOVERNING, GOVERNING_VERBS);
  for (const [w, info] of VERB_FORMS) if (info.length > 0) add(H_GOVERNING, [w]);
  add(H_PERFECT, ['hebben', 'geweest', 'gehad', 'zijn']);
  add(H_ABLE, ['kunnen']);
  add(H_STATE, STATE_WORDS);
  add(H_MORE, ['meer']);
  add(H_NEGATION, ['niet', 'geen']);
  return new WordBits(m);
}
/** The H_ bits of token t (0 for any other word or token). */
function classOf(text: string, t: Token): number {
  return (hedgeClasses ??= buildHedgeClasses()).get(text, t.start, t.end, t.lower);
}

/**
 * The H_ bits of the tokens, memoised for one findHedges call: windows of neighbouring `zou`s overlap,
 * and a run of them would otherwise look every word up 80 times. memoBits[j] holds token j's bits for
 * j in [rangeLo, rangeHi) (the windows only move forward within a call); memoCount[j] counts the
 * tokens with some bit in [rangeLo, j), so that a loop over a span with none is skipped.
 */
let memoBits = new Int32Array(0);
let memoCount = new Int32Array(1);
let rangeLo = 0;
let rangeHi = 0;
function beginMemo(n: number): void {
  if (memoBits.length < n) {
    memoBits = new Int32Array(Math.max(n, 1024));
    memoCount = new Int32Array(memoBits.length + 1);
  }
  rangeLo = rangeHi = 0;
  memoCount[0] = 0;
}
/** Makes memoBits hold tokens [a, e). */
function memoise(tokens: Token[], text: string, a: number, e: number): void {
  if (a < rangeLo || a > rangeHi) { rangeLo = rangeHi = a; memoCount[a] = 0; }
  for (let j = rangeHi; j < e; j++) {
    const t = tokens[j];
    const c = isWord(t) ? classOf(text, t) : 0;
    memoBits[j] = c;
    memoCount[j + 1] = memoCount[j] + (c !== 0 ? 1 : 0);
  }
  if (e > rangeHi) rangeHi = e;
}
/** Some token in [x, y) (memoised) has H_ bits. */
const classedIn = (x: number, y: number): boolean => y > x && memoCount[y] - memoCount[x] > 0;

const isWord = (t: Token | undefined): t is Token => t !== undefined && (t.kind === 'word' || t.kind === 'number');
/** A sentence-final mark first: . ! ? … */
const isTerminal = (text: string): boolean => {
  const c = text.charCodeAt(0);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
};
const isClauseBreak = (t: Token): boolean => {
  if (t.kind !== 'punct') return false;
  const c = t.text.charCodeAt(0);
  return c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 46 || c === 33 || c === 63 || c === 0x2026;
};

/**
 * Matches pattern p at token i (within the sentence end `e`); returns the index after the match or -1.
 * Token i is one of the first slot's words (p was found by it).
 */
function matchAt(tokens: Token[], text: string, i: number, e: number, p: Pattern): number {
  let j = i + 1;
  const slots = p.slots;
  for (let k = 1; k < slots.length; k++) {
    const s = slots[k];
    const t = tokens[j];
    if (j < e && isWord(t) && inSlot(s, text, t, j - i)) j++;
    else if (!s.optional) return -1;
  }
  return j;
}
/** Token t, the d-th after the hedge's first word, fills slot s. */
function inSlot(s: Slot, text: string, t: Token, d: number): boolean {
  if (s.ids === null) return s.alts.has(t.lower);
  let id = slotIds[d];
  if (id === -2) slotIds[d] = id = SLOT_WORDS.indexOf(text, t.start, t.end, t.lower);
  return id >= 0 && s.ids[id] === 1;
}

/**
 * SLOT_WORDS' numbers of the tokens after the first word of the hedge that hedgeAt is matching, by
 * their distance from it (-2: not looked up yet): the patterns of one first word (`niet ...`) test the
 * same few tokens.
 */
const slotIds = new Int32Array(BUILTIN_PATTERNS.reduce((n, p) => Math.max(n, p.slots.length), 1));

/**
 * Hedges in the segmented text, in text order. `extra`: more hedge words or phrases (the workspace's
 * `hedges`), matched as epistemic hedges. Hedges inside quotations are reported too.
 */
export function findHedges(seg: Segmented, extra: readonly string[] = []): Hedge[] {
  const out: Hedge[] = [];
  const tokens = seg.tokens;
  beginMemo(tokens.length);
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
  if (extraIndex === null && prescannedSeg === seg) {
    // findCues has found the tokens that may start a built-in hedge: (token, sentence, first word) triples
    const pre = prescanned;
    const n = prescannedLength;
    prescannedSeg = null; // (used once: keeps no text alive)
    let next = 0; // tokens before it are part of a hedge found already
    for (let c = 0; c < n; c += 3) {
      const i = pre[c];
      if (i < next) continue;
      next = hedgeAt(seg, seg.sentences[pre[c + 1]], i, BUILTIN_CANDIDATES[pre[c + 2]], null, out) + 1;
    }
    return out;
  }
  const text = seg.text;
  for (const s of seg.sentences) {
    const e = s.tokenEnd;
    for (let i = s.tokenStart; i < e; i++) {
      const t = tokens[i];
      if (t.kind !== 'word' && t.kind !== 'number') continue;
      const k = BUILTIN.indexOf(text, t.start, t.end, t.lower);
      if (k < 0 && extraIndex === null) continue; // the common case
      i = hedgeAt(seg, s, i, k < 0 ? undefined : BUILTIN_CANDIDATES[k], extraIndex, out);
    }
  }
  return out;
}

/** The longest hedge starting at token i of sentence s, added to out; returns its last token (i if none). */
function hedgeAt(seg: Segmented, s: Sentence, i: number, builtin: Pattern[] | undefined, extraIndex: Map<string, Pattern[]> | null, out: Hedge[]): number {
  const tokens = seg.tokens;
  const text = seg.text;
  const e = s.tokenEnd;
  const t = tokens[i];
  let bestEnd = -1;
  let best: Pattern | null = null;
  for (let d = 0; d < slotIds.length; d++) slotIds[d] = -2;
  for (let pass = 0; pass < 2; pass++) {
    const cands = pass === 0 ? builtin : extraIndex?.get(t.lower);
    if (!cands) continue;
    for (const p of cands) {
      const j = matchAt(tokens, text, i, e, p);
      if (j > bestEnd && (!p.check || passes(p.check, tokens, text, i, s.tokenStart, e))) {
        bestEnd = j;
        best = p;
      }
    }
  }
  if (!best) return i;
  const last = tokens[bestEnd - 1];
  out.push({
    start: t.start,
    end: last.end,
    text: last === t ? t.text : text.slice(t.start, last.end),
    kind: best.kind,
    statementId: null,
    claimantId: null,
    claim: { start: s.start, end: s.end },
  });
  return bestEnd - 1;
}

/**
 * Tokens that may start a built-in hedge, noted by a scan of the same segmented text that has to look
 * at every token anyway (findCues, right after segmentation, while the tokens are in the cache): then
 * findHedges looks at these only.
 */
let prescannedSeg: Segmented | null = null;
let prescanned: Int32Array = new Int32Array(0);
let prescannedLength = 0;

/** The built-in hedges' first words, numbered (by their place here) as noteHedgeStarts expects. */
export const HEDGE_FIRST_WORDS: readonly string[] = [...BUILTIN_BY_WORD.keys()];

/**
 * Notes the tokens of seg that may start a built-in hedge: `starts` holds (token, sentence index,
 * place in HEDGE_FIRST_WORDS) triples for every word and number token of every sentence (in order)
 * whose lower-cased text is one of HEDGE_FIRST_WORDS, and nothing else.
 */
export function noteHedgeStarts(seg: Segmented, starts: Int32Array, length: number): void {
  // (the caller's scratch array, valid until its next call, which notes another text)
  prescannedSeg = seg;
  prescanned = starts;
  prescannedLength = length;
}

function passes(check: HedgeCheck, tokens: Token[], text: string, i: number, a: number, e: number): boolean {
  switch (check) {
    case 'zou': return reportativeZou(tokens, text, i, a, e);
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
    // a copula with an adjective: `de toon lijkt minder eensgezind`, `het plan lijkt haalbaar`
    if (!t.cap && (DEGREE_WORDS.has(w) || (w.length > 5 && ADJ_SUFFIXES.some((x) => w.endsWith(x))))) {
      const n = tokens[j + 1];
      if (!n || !isWord(n) || isClauseBreak(n) || (DEGREE_WORDS.has(w) && n.lower !== 'op')) return true;
    }
  }
  return false;
}
/** Degree words before a predicative adjective after `lijkt`. */
const DEGREE_WORDS = new Set(['minder', 'meer', 'steeds', 'zeer', 'erg', 'vrij', 'nogal', 'weinig', 'onwaarschijnlijk', 'waarschijnlijk', 'onmogelijk', 'haalbaar']);
/** Endings of predicative adjectives (`eensgezind` ends the clause; these are a hint, not a rule). */
const ADJ_SUFFIXES = ['ig', 'baar', 'lijk', 'isch', 'eerd', 'zind', 'loos', 'vol'];

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
function perfectOrStative(tokens: Token[], z: number, e: number, cl: Int32Array, a: number): number {
  let stative = 0;
  for (let j = z + 1; j < e; j++) {
    const t = tokens[j];
    if (isClauseBreak(t)) break;
    if (!isWord(t)) continue;
    const c = cl[j - a];
    if ((c & H_SUBORDINATOR) !== 0 && j > z + 1) break;
    if ((c & H_PERFECT) === 0) continue;
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


/**
 * The clause [cs, ce) around `zou ... kunnen` states what holds, so that `zou` reports it (`Daar zouden
 * sinds dinsdag geen scans meer kunnen worden bekeken`: reportedly no longer possible) instead of a
 * possibility (`Dat zou kunnen helpen`, `Hij zou kunnen winnen`): a starting point or the present
 * (STATE_WORDS: `sinds`, `inmiddels`, `momenteel`), or `niet/geen ... meer` (no longer; not `niet meer dan`).
 * cl: the memoised H_ bits.
 */
function heldState(tokens: Token[], cl: Int32Array, cs: number, ce: number): boolean {
  let negation = false;
  for (let j = cs; j < ce; j++) {
    const c = cl[j];
    if ((c & H_STATE) !== 0) return true;
    if ((c & H_NEGATION) !== 0) negation = true;
    else if ((c & H_MORE) !== 0 && negation && !(j + 1 < ce && tokens[j + 1].lower === 'dan')) return true;
  }
  return false;
}

/**
 * Reportative `zou`/`zouden`: not the conditional (`als/indien/mocht ... zou`, `zou ... als`, `dan zou`),
 * not a question, not politeness or a modal (`zou graag`, `zou willen`, `zou moeten/kunnen`; but `zou ... kunnen`
 * in a clause that states what holds, see heldState), not the
 * first or second person, and not the future in the past (a `zou` in a clause governed by a speech or
 * cognition verb: `zei dat hij zou komen`) unless it has a perfect infinitive (`zou hebben gedaan`).
 */
function reportativeZou(tokens: Token[], text: string, z: number, a0: number, e0: number): boolean {
  // `zou zou`: no verb cluster has two finite modals in a row (pasted or garbled text)
  const after = tokens[z + 1];
  if (z + 1 < e0 && after.kind === 'word' && (after.lower === 'zou' || after.lower === 'zouden')) return false;
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
    if (t.kind === 'punct' && isTerminal(t.text)) {
      if (t.text.includes('?')) return false;
      break;
    }
  }
  // verb first: an inverted conditional (`Zouden ze dat doen, dan ...`) or a question
  if (z === a || (z > a && tokens[z - 1].kind === 'quote')) return false;
  memoise(tokens, text, a, e);
  const cl = memoBits; // cl[j]: token j's H_ bits
  // person and modal
  const prev = z > a ? tokens[z - 1] : undefined;
  const next = z + 1 < e ? tokens[z + 1] : undefined;
  if ((prev && (cl[z - 1] & H_PERSON) !== 0) || (next && (cl[z + 1] & H_PERSON) !== 0)) return false;
  if (classedIn(z + 1, ce)) for (let j = z + 1; j < ce; j++) if ((cl[j] & H_ZOU_MODAL) !== 0 && !((cl[j] & H_ABLE) !== 0 && heldState(tokens, cl, cs, ce))) return false;
  if (prev && prev.lower === 'het' && next && (next.lower === 'kunnen' || next.lower === 'mooi' || next.lower === 'goed')) return false;
  if (prev && (prev.lower === 'dan' || prev.lower === 'anders')) return false;
  // conditional anywhere in the sentence
  for (let j = classedIn(a, e) ? a : e; j < e; j++) {
    if ((cl[j] & H_CONDITION) === 0) continue;
    const w = tokens[j].lower;
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
  const pf = perfectOrStative(tokens, z, e, cl, 0);
  // in a quotation, or after a demonstrative subject (`Dat zou een ramp zijn`), a bare stative is hypothetical
  const demonstrative = !!prev && z - 1 === cs && (prev.lower === 'dat' || prev.lower === 'dit');
  if (pf === 2 || (pf === 1 && tokens[z].inQuote < 0 && !demonstrative)) return true;
  if (pf === 1 || demonstrative) return false;
  // otherwise a subordinate clause is the future in the past (`zei dat hij zou komen`, `de man die zou komen`)
  for (let j = classedIn(cs, z) ? cs : z; j < z; j++) {
    if ((cl[j] & H_SUBORDINATE) !== 0 && !(j === cs && j + 1 === z)) return false;
  }
  // ... also when a speech or cognition verb governs it through `of` (`vroeg of hij zou komen`)
  let sub = -1;
  for (let j = z - 1; j >= a; j--) {
    const t = tokens[j];
    // a colon opens a new main clause: "X betwist dat: het zou om ... gaan" reports the claim itself
    if (t.kind === 'punct' && t.text === ':') break;
    if ((cl[j] & H_SUBORDINATOR) !== 0) { sub = j; break; }
  }
  if (sub > a && classedIn(a, sub)) {
    for (let j = a; j < sub; j++) {
      if ((cl[j] & H_GOVERNING) !== 0 && tokens[j].inQuote < 0) return false;
    }
  }
  if (classedIn(z + 1, ce)) {
    for (let j = z + 1; j < ce; j++) if ((cl[j] & H_CONSEQUENCE) !== 0) return false;
    for (let j = z + 1; j < ce; j++) if ((cl[j] & H_NARRATIVE) !== 0) return false;
  }
  return true;
}
