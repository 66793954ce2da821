// Noun phrases that can name a source: a name (with initials and particles), a role noun with or
// without a name (title + name, apposition in either order), an organisation, a collective, a vague
// source, a pronoun, or a self-described group ("een groep die zichzelf X noemt"). Token-based,
// bounded look-ahead: each parse reads at most a few dozen tokens.
import type { Token, Segmented } from '../text/types';
import type { ClaimantKind, MentionKind, Span } from '../types';
import {
  ROLE_NOUNS, ORG_NOUNS, COLLECTIVE_NOUNS, VAGUE_NOUNS, OUTLET_NOUNS, PRONOUNS, DETERMINERS, NOT_NAME,
  ANONYMOUS_ADJ, FEMININE_ROLES, KNOWN_OUTLETS, FOCUS_WORDS, COORDINATORS, SUBORDINATORS, type PronounInfo,
} from '../lexicon/nouns';
import { VERB_FORMS, AUXILIARIES, verbishBits } from '../lexicon/verbs';
import { WordBits } from '../lexicon/wordindex';
import { PORTFOLIOS, PORTFOLIO_SECOND, NAME_TITLES } from '../lexicon/portfolios';
import { CARDINAL_WORDS, COUNT_WORDS } from '../lexicon/numbers';

export type NounClass = 'role' | 'org' | 'collective' | 'vague' | 'outlet';
const NOUN_CLASSES: readonly NounClass[] = ['role', 'org', 'collective', 'vague', 'outlet'];

const classCache = new Map<string, NounClass | null>();
/** What kind of source a (possibly compound) noun names: Kremlinadviseur -> role, staatspersbureau -> outlet. */
/** A listed role noun in the plural (`burgemeesters`, `ministers`, `directeuren`): its singular is listed too. */
function pluralOfRole(head: string): boolean {
  const n = head.length;
  if (n < 5) return false;
  if (endsWith(head, 115)) return ROLE_NOUNS.has(head.slice(0, n - 1));
  return ROLE_NOUNS.has(head.slice(0, n - 2)) || ROLE_NOUNS.has(head.slice(0, n - 1));
}
export function classifyNoun(lower: string): NounClass | null {
  const hit = classCache.get(lower);
  if (hit !== undefined) return hit;
  const res = classifyUncached(lower);
  if (classCache.size < 5000) classCache.set(lower, res);
  return res;
}
/**
 * A bit per ending of three letters (each code modulo 32) that a classified noun can have: every noun of
 * the lists, `-oloog`, `-ologe` (see classifyUncached: a class always comes from a word of the lists, or
 * a part after a dash, or a suffix of four letters or more, that ends the word). A word with another
 * ending has no class: no look-up (its fresh `lower` string is not hashed).
 */
const CLASS_ENDS = new Int32Array(1024);
const endKey = (w: string): number => {
  const n = w.length;
  return ((w.charCodeAt(n - 3) & 31) << 10) | ((w.charCodeAt(n - 2) & 31) << 5) | (w.charCodeAt(n - 1) & 31);
};
for (const set of [ROLE_NOUNS, OUTLET_NOUNS, ORG_NOUNS, COLLECTIVE_NOUNS, VAGUE_NOUNS]) for (const w of set.keys()) if (w.length >= 3) { const k = endKey(w); CLASS_ENDS[k >> 5] |= 1 << (k & 31); }
for (const w of ['oloog', 'ologe', 'jarige']) { const k = endKey(w); CLASS_ENDS[k >> 5] |= 1 << (k & 31); }
/** False when classifyNoun(w) is surely null (short words, a dash or non-ASCII letter at the end: asked). */
export function mayHaveClass(w: string): boolean {
  const n = w.length;
  if (n < 3) return true;
  for (let k = n - 3; k < n; k++) { const c = w.charCodeAt(k); if (c >= 128 || c === 45) return true; }
  const key = endKey(w);
  return (CLASS_ENDS[key >> 5] & (1 << (key & 31))) !== 0;
}
function exact(w: string): NounClass | null {
  if (ROLE_NOUNS.has(w)) return 'role';
  if (OUTLET_NOUNS.has(w)) return 'outlet';
  if (ORG_NOUNS.has(w)) return 'org';
  if (COLLECTIVE_NOUNS.has(w)) return 'collective';
  if (VAGUE_NOUNS.has(w)) return 'vague';
  return null;
}
function classifyUncached(w: string): NounClass | null {
  return singularClass(w) ?? pluralClass(w);
}
/** The class of a word as it is: listed, after a dash, a compound ending in a listed noun, an age, a scholar. */
function singularClass(w: string): NounClass | null {
  if (w.length < 3) return null;
  const e = exact(w);
  if (e) return e;
  const dash = w.lastIndexOf('-');
  if (dash > 0) {
    const last = w.slice(dash + 1);
    const c = exact(last);
    if (c && c !== 'vague') return c;
  }
  // a person by age: "de 29-jarige" (the number is a token of its own), "de tachtigjarige"
  if (w.endsWith('jarige')) return 'role';
  // scholars by their field: viroloog, epidemioloog, criminologe
  if (w.length >= 8 && (w.endsWith('oloog') || w.endsWith('ologe'))) return 'role';
  // a four-letter role at the end of a long compound: havenbaas, huisarts, keukenchef, melkveeboer
  if (w.length >= 8 && ROLE_NOUNS.has(w.slice(-4))) return 'role';
  for (let k = 1; k <= w.length - 5; k++) {
    const suf = w.slice(k);
    if (ROLE_NOUNS.has(suf)) return 'role';
    if (OUTLET_NOUNS.has(suf)) return 'outlet';
    if (ORG_NOUNS.has(suf) && suf.length >= 6) return 'org';
  }
  return null;
}
/** A plural of a classified noun (its singular by singularClass): people by function become a group
 *  ("waarnemers", "ploegbazen", "mijnwerkers", "hydrologen"). */
function pluralClass(w: string): NounClass | null {
  const n = w.length;
  if (n < 6) return null;
  let sg: NounClass | null = null;
  if (w.charCodeAt(n - 1) === 115 && w.charCodeAt(n - 2) !== 115) sg = singularClass(w.slice(0, n - 1)); // -s
  else if (w.endsWith('en')) {
    const stem = w.slice(0, n - 2);
    sg = singularClass(stem) ?? singularClass(stem + 'e') ?? singularClass(lengthened(stem)); // -en, -e+n, baas/bazen
  }
  return sg === 'role' ? 'collective' : sg;
}
/** The singular stem before -en with its vowel doubled and z/v as s/f: baz -> baas, brieven -> brief. */
function lengthened(stem: string): string {
  const n = stem.length;
  if (n < 3) return stem;
  const v = stem.charAt(n - 2), c = stem.charAt(n - 1), before = stem.charAt(n - 3);
  if (!'aeou'.includes(v) || 'aeiou'.includes(c) || 'aeiou'.includes(before)) return stem;
  return stem.slice(0, n - 1) + v + (c === 'z' ? 's' : c === 'v' ? 'f' : c);
}

export interface NP {
  /** Token range [start, end) consumed, a closing apposition comma included. */
  start: number;
  end: number;
  /** The mention as written (without a leading determiner when it has a name). */
  span: Span;
  text: string;
  /** The proper name, if the phrase gives one ("Vjatsjeslav Gladkov", "Russische Vrijwilligerskorps (RVK)"). */
  name: string | null;
  /** Role or description (title, role noun, apposition), without the determiner. */
  role: string | null;
  mentionKind: MentionKind;
  claimantKind: ClaimantKind;
  vague: boolean;
  pronoun: (PronounInfo & { word: string }) | null;
  /** Lower-case head noun for role matching ("gouverneur", "groep"), if any. */
  head: string | null;
  definite: boolean;
  plural: boolean;
  female: boolean;
  /** The name stands in an apposition or after a title: a person for sure. */
  firm: boolean;
}

/** Prepositions that can modify a group or vague source: "bronnen rond het kabinet", "ingewijden in Den Haag". */
const PP_GROUP = new Set(['rond', 'rondom', 'binnen', 'uit', 'in', 'dicht']);
/** Particles that open a name even at the sentence start (`De`, `La` there are determiners). */
const SENTENCE_PARTICLES = new Set(['van', 'ter', 'ten', 'von']);
const NAME_PARTICLES = new Set(['van', 'de', 'den', 'der', 'ter', 'ten', 'von', 'la', 'le', 'da', 'di', 'del', 'du', 'al', 'el', 'bin', 'ibn']);
const QUANT = new Set([...CARDINAL_WORDS, ...COUNT_WORDS, ...'veel vele sommige meerdere diverse alle beide verschillende andere ettelijke meeste talrijke'.split(' ')]);
const ADJ_WORDS = new Set('algemeen oud voormalig voormalige ex nieuw hoog hooggeplaatst hooggeplaatste bekend bekende lokaal zelfbenoemd eigen'.split(' '));
const KNOWN_OUTLET_SET = new Set(KNOWN_OUTLETS);
const STOP_CAP = new Set(['Telegram', 'Twitter', 'Facebook', 'Instagram', 'YouTube', 'TikTok']);
/** STOP_CAP.has(w), the Set asked only for a word of 6 to 9 letters starting with F, I, T or Y (a token's
 *  fresh text is not hashed for nothing). */
const stopCap = (w: string): boolean => {
  if (w.length < 6 || w.length > 9) return false;
  const c = w.charCodeAt(0);
  return (c === 70 || c === 73 || c === 84 || c === 89) && STOP_CAP.has(w);
};
/** Possessive or indefinite determiners: the phrase is not definite. */
const INDEFINITE_DET = new Set(['een', 'zijn', 'haar', 'hun', 'mijn', 'ons', 'onze', 'uw']);
const TLDS = new Set(['com', 'nl', 'be', 'org', 'net', 'de', 'fr', 'uk', 'ru', 'ua', 'info', 'eu']);
/** The pronoun of an NP, one shared (read-only) object per pronoun word. */
const PRONOUN_OF = new Map<string, PronounInfo & { word: string }>();
for (const [w, pr] of PRONOUNS) PRONOUN_OF.set(w, { ...pr, word: w });

/** A proper name found by parseName: its token end and its text [from, to) (shared, read-only; one
 *  object, no Span inside). */
export interface NameRun { end: number; from: number; to: number }

// Memos of parse() and parseName(): small direct-mapped caches (slot = key modulo the size) rather than
// a table of every phrase. The same spot is parsed again mostly within a few tokens (discourse, then the
// subject search of the sentence's cues), and an NP not kept in a table dies young: the analysis keeps
// only a few percent of them, and the scavenger need not copy the rest.
const PARSE_SLOTS = 256;
const NAME_SLOTS = 128;

// Per-token flags of a parser (pure functions of the token and its neighbours, computed once).
/** Bits of NPParser.tokInfo set for every token: a word, capitalised, inside a quotation. */
export const T_WORD = 1, T_CAP = 2, T_QUOTE = 4;
// ... memo bits (computed, value) of nameWord (strict, loose), isInitial, adjective ...
const F_NAME = 8, F_NAME_V = 16, F_LOOSE = 32, F_LOOSE_V = 64, F_INITIAL = 128, F_INITIAL_V = 256, F_ADJ = 512, F_ADJ_V = 1024;
// ... and the noun class: 0 not yet, 1 none, 2 + index in NOUN_CLASSES.
const CLS_SHIFT = 11;
// ... and isVerbish (computed, value) ...
const F_VERB = 1 << 14, F_VERB_V = 1 << 15;
// ... and the word lists the token's lower-case form is in (L_DONE: looked up; see lexAt).
const L_DONE = 1 << 16;
export const L_DET = 1 << 17, L_PRON = 1 << 18, L_QUANT = 1 << 19, L_PART = 1 << 20, L_NOTNAME = 1 << 21, L_FOCUS = 1 << 22, L_COORD = 1 << 23;
// ... and, for punctuation: a comma, a semicolon, a `.`, `(` or `&` (which can continue a name).
export const T_COMMA = 1 << 24, T_SEMI = 1 << 25;
const T_NAME_JOIN = 1 << 26;
// ... and one more word list (for the StatementBuilder's scans back from a cue).
export const L_SUB = 1 << 27;
// ... and the adjectives adjective() knows (ANONYMOUS_ADJ, ADJ_WORDS), and two lists of the StatementBuilder's
// sentence starts: prepositions that front a phrase, conjunctions that open a fronted clause. (Testing a
// token's fresh `lower` string in a Set hashes it first: a look-up by the letters in the text does not.)
const L_ADJ = 1 << 28;
export const L_FRONT_PREP = 1 << 29, L_FRONT_SUB = 1 << 30;
/** Prepositions that front a phrase before an inverted subject ("In Bakoe reageerde adviseur X ..."). */
const FRONTING_PREPOSITIONS = new Set(['in', 'op', 'bij', 'vanuit', 'namens', 'tijdens', 'na', 'uit']);
/** Conjunctions that open a fronted subordinate clause. */
const FRONTED_SUBORDINATORS = new Set(['toen', 'nadat', 'als', 'omdat', 'terwijl', 'hoewel', 'voordat', 'zodra', 'sinds']);
/** Word -> the L_* bits of the lists it is in: one look-up per token instead of one per list and test. */
const LEX = new Map<string, number>();
for (const [set, bit] of [[DETERMINERS, L_DET], [PRONOUNS, L_PRON], [QUANT, L_QUANT], [NAME_PARTICLES, L_PART], [NOT_NAME, L_NOTNAME], [FOCUS_WORDS, L_FOCUS], [COORDINATORS, L_COORD], [SUBORDINATORS, L_SUB], [ANONYMOUS_ADJ, L_ADJ], [ADJ_WORDS, L_ADJ], [FRONTING_PREPOSITIONS, L_FRONT_PREP], [FRONTED_SUBORDINATORS, L_FRONT_SUB]] as const) {
  for (const w of set.keys()) LEX.set(w, (LEX.get(w) ?? 0) | bit);
}
/** LEX found by the token's letters in the text (no hashing of its fresh `lower` string; see WordIndex). */
let lexBits: WordBits | null = null;

// Module-level regular expressions: a literal with \p{..} in a function body is bundled (target node20)
// as `new RegExp(...)`, built again at every call.
/** "-l" inside a word: a hyphenated lower-case part ("oud-minister"). */
const HYPHEN_LOWER = /-\p{Ll}/u;
/** "A.", "J.P.": initials with their dots. */
const INITIALS = /^(\p{Lu}\.)+$/u;
/** A participle used as an adjective ("opgepakte", "gearresteerde" without the -e: "geschokt"). */
const PARTICIPLE = /^(aan|op|uit|af|in|mee|door|voor|toe|terug|weg|na|om|over|bij)?ge[a-zà-ÿ]+(en|d)$/;
/** An abbreviation in parentheses after a name: "(RVK)". */
const ABBREVIATION = /^[\p{Lu}\d.&-]{2,8}$/u;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;

/** A participle form with an unstressed prefix, uninflected (`betrokken`, `ontslagen`, `verkozen`, `gearresteerd`). */
function prefixedParticiple(w: string): boolean {
  const n = w.length;
  if (n < 7) return false;
  const c = w.charCodeAt(n - 1);
  if (!(c === 110 && w.charCodeAt(n - 2) === 101) && c !== 100 && c !== 116) return false;
  return w.startsWith('be') || w.startsWith('ge') || w.startsWith('ver') || w.startsWith('ont') || w.startsWith('her');
}
const endsWith = (w: string, c: number) => w.length > 0 && w.charCodeAt(w.length - 1) === c;
const CH_E = 101;
/** Starts with a lower-case letter a-z or à-ÿ (as the character class [a-zà-ÿ]). */
const lowerInitial = (s: string) => { const c = s.charCodeAt(0); return (c >= 97 && c <= 122) || (c >= 0xe0 && c <= 0xff); };
/** Has a digit 0-9. */
function hasDigit(s: string): boolean {
  for (let k = 0; k < s.length; k++) { const c = s.charCodeAt(k); if (c >= 48 && c <= 57) return true; }
  return false;
}

/** Are the letters of an abbreviation found in order in the name ("RVK" in "Russische Vrijwilligerskorps")? */
function abbreviates(abbr: string, name: string): boolean {
  const n = name.toLowerCase();
  let p = 0;
  for (const ch of abbr.toLowerCase()) {
    if (!LETTER_OR_DIGIT.test(ch)) continue;
    const at = n.indexOf(ch, p);
    if (at < 0) return false;
    p = at + 1;
  }
  return true;
}

export function isWord(t: Token | undefined): t is Token {
  return t != null && t.kind === 'word';
}
function punctBits(text: string): number {
  if (text === ',') return T_COMMA;
  if (text === ';') return T_SEMI;
  return text === '.' || text === '(' || text === '&' ? T_NAME_JOIN : 0;
}

/** Has the word a verb form that is neither a participle nor an infinitive? */
function finiteForm(lower: string): boolean {
  const forms = VERB_FORMS.get(lower);
  if (forms) for (let k = 0; k < forms.length; k++) if (forms[k].kind !== 'participle' && forms[k].kind !== 'infinitive') return true;
  return false;
}

/** The parser's per-token bits and memos: module-level scratch reused by every analysis (one parser is
 * in use at a time; a typed array made per analysis costs an ArrayBuffer, zero-filled). */
const memo = {
  parseKey: new Int32Array(PARSE_SLOTS),
  parseVal: new Array<NP | null>(PARSE_SLOTS).fill(null),
  parseGen: new Uint8Array(PARSE_SLOTS),
  nameKey: new Int32Array(NAME_SLOTS),
  nameVal: new Array<NameRun | null>(NAME_SLOTS).fill(null),
};
let infoBuf = new Int32Array(1024);
/** Tokens of the last analysis (infoBuf is 0 from there on). */
let infoUsed = 0;
/** Analyses in a row that used under an eighth of a large infoBuf (it shrinks after 20). */
let infoSmall = 0;
/**
 * infoBuf for n tokens, 0 from n on: a token past the end reads 0, as `undefined` read from an array of
 * length n (every test of its bits fails), and a write there cannot happen (the memos test the token
 * first). Grown on demand; a large buffer shrinks after 20 analyses of small texts.
 */
function tokInfoFor(n: number): Int32Array {
  if (infoBuf.length > 65536 && n < infoBuf.length >> 3) {
    if (++infoSmall > 20) { infoBuf = new Int32Array(Math.max(1024, n * 2)); infoUsed = 0; infoSmall = 0; }
  } else infoSmall = 0;
  if (infoBuf.length <= n) { infoBuf = new Int32Array(n + (n >> 1) + 1); infoUsed = 0; }
  if (infoUsed > n) infoBuf.fill(0, n, infoUsed);
  infoUsed = n;
  return infoBuf;
}

/** The known sources of a parser given none (shared: never added to). */
const NO_KNOWN = new Map<string, string[]>();

export class NPParser {
  /** Names the workspace knows as sources, by their first word (lower case). */
  private known: Map<string, string[]> = NO_KNOWN;
  private toks: Token[];
  /**
   * Per token, small integers: T_WORD, T_CAP, T_QUOTE (so that scans over a whole sentence need not load
   * every token), memo bits F_* and the noun class. One array (allocating typed arrays is not cheap).
   */
  readonly tokInfo: Int32Array;
  private parseKey: Int32Array;
  private parseVal: (NP | null)[];
  /** Per parse memo slot: 1 when its phrase came from the `generic` branch. */
  private parseGen: Uint8Array;
  private nameKey: Int32Array;
  private nameVal: (NameRun | null)[];
  constructor(private seg: Segmented, knownSources: readonly string[] = []) {
    const toks = seg.tokens;
    const n = toks.length;
    this.toks = toks;
    const info = tokInfoFor(n);
    for (let k = 0; k < n; k++) {
      const t = toks[k];
      info[k] = (t.kind === 'word' ? T_WORD : t.kind === 'punct' ? punctBits(t.text) : 0) | (t.cap ? T_CAP : 0) | (t.inQuote >= 0 ? T_QUOTE : 0);
    }
    this.tokInfo = info;
    // (the memos are module-level too: emptied here, one parser at a time)
    this.parseKey = memo.parseKey.fill(-1);
    this.parseVal = memo.parseVal; // (stale values are never read: no key matches)
    this.parseGen = memo.parseGen;
    this.nameKey = memo.nameKey.fill(-1);
    this.nameVal = memo.nameVal;
    for (const k of knownSources) {
      if (typeof k !== 'string' || !k.trim()) continue;
      if (this.known === NO_KNOWN) this.known = new Map();
      const first = k.trim().split(/[\s]+/)[0].toLowerCase();
      const l = this.known.get(first);
      if (l) l.push(k.trim()); else this.known.set(first, [k.trim()]);
    }
    for (const l of this.known.values()) l.sort((a, b) => b.length - a.length);
  }

  /** A known source's name starting at token i: its token end and span. */
  private knownAt(i: number): NameRun | null {
    const t = this.tok(i);
    if (!t || !this.known.size) return null;
    const cands = this.known.get(t.lower) ?? this.known.get(t.lower.split('-')[0]);
    if (!cands) return null;
    const text = this.seg.text;
    for (const name of cands) {
      if (text.slice(t.start, t.start + name.length).toLowerCase() !== name.toLowerCase()) continue;
      const endOff = t.start + name.length;
      let j = i;
      while (j < this.seg.tokens.length && this.tok(j)!.end <= endOff) j++;
      if (this.tok(j - 1)!.end !== endOff) continue;
      return { end: j, from: t.start, to: endOff };
    }
    return null;
  }

  /** classifyNoun of token i's lower-case form, memoised per token. */
  clsAt(i: number): NounClass | null {
    const c = (this.tokInfo[i] >> CLS_SHIFT) & 7;
    if (c > 0) return c === 1 ? null : NOUN_CLASSES[c - 2];
    // (out of range: `c` is undefined and this throws, as classifyNoun(this.tok(i)!.lower) did)
    const lower = this.toks[i].lower;
    const r = mayHaveClass(lower) ? classifyNoun(lower) : null;
    this.tokInfo[i] |= (r == null ? 1 : 2 + NOUN_CLASSES.indexOf(r)) << CLS_SHIFT;
    return r;
  }

  /** Token i's info with the L_* bits of its lower-case form (looked up once per token). */
  lexAt(i: number): number {
    const f = this.tokInfo[i];
    if (f & L_DONE) return f;
    // (out of range: `f` is undefined and this throws, as SET.has(this.tok(i)!.lower) did)
    const t = this.toks[i];
    const g = f | L_DONE | (lexBits ??= new WordBits(LEX)).get(this.seg.text, t.start, t.end, t.lower);
    this.tokInfo[i] = g;
    return g;
  }

  /** Is token i a reporting-verb form or an auxiliary (VERB_FORMS / AUXILIARIES), memoised per token?
   * (verbishBits: found by the token's letters, without hashing its `lower` string.) */
  verbAt(i: number): boolean {
    const f = this.tokInfo[i];
    if (f & F_VERB) return (f & F_VERB_V) !== 0;
    // (out of range: toks[i] is undefined and this throws, as isVerbish(this.tok(i)!) did)
    const r = verbishBits(this.seg.text, this.toks[i]) !== 0;
    this.tokInfo[i] |= F_VERB | (r ? F_VERB_V : 0);
    return r;
  }

  private tok(i: number): Token | undefined {
    return this.toks[i];
  }
  private sentEnd(i: number): number {
    const t = this.toks[i];
    return t ? this.seg.sentences[t.sentence].tokenEnd : this.seg.tokens.length;
  }
  private sentStart(i: number): number {
    const t = this.seg.tokens[i];
    return t ? this.seg.sentences[t.sentence].tokenStart : 0;
  }

  /** A capitalised word that can be part of a name (memoised per token). */
  nameWord(i: number, loose = false): boolean {
    const t = this.tok(i);
    if (!isWord(t) || !t.cap) return false;
    const f = this.tokInfo[i];
    const done = loose ? F_LOOSE : F_NAME;
    const yes = loose ? F_LOOSE_V : F_NAME_V;
    if (f & done) return (f & yes) !== 0;
    const v = this.nameWordUncached(i, t, loose);
    this.tokInfo[i] |= done | (v ? yes : 0);
    return v;
  }
  private nameWordUncached(i: number, t: Token, loose: boolean): boolean {
    if ((this.lexAt(i) & L_NOTNAME) && !this.particleStart(i) && !this.acronym(i) && !this.capitalisedInName(i, t)) return false;
    if (stopCap(t.text) || hasDigit(t.text) || (!loose && t.text.indexOf('-') >= 0 && HYPHEN_LOWER.test(t.text))) return false;
    return true;
  }
  /** A lower-case field after an organisation noun, right before a verb or a comma: "de afdeling orthopedie". */
  private fieldBeforeVerb(k: number, limit: number): boolean {
    const f = this.tok(k), n = this.tok(k + 1);
    if (!isWord(f) || f.cap || k + 1 >= limit || f.lower.length < 5 || this.verbAt(k) || (this.lexAt(k) & (L_NOTNAME | L_PART | L_DET)) || this.clsAt(k) || this.adjective(k, limit)) return false;
    return n !== undefined && (n.text === ',' || (isWord(n) && this.verbAt(k + 1)));
  }
  /** A capitalised function word inside a name, between two capitalised words: "Artsen Zonder Grenzen". */
  private capitalisedInName(i: number, t: Token): boolean {
    if (!t.cap || i <= this.sentStart(i)) return false;
    const p = this.tok(i - 1), n = this.tok(i + 1);
    return isWord(p) && p.cap && isWord(n) && n.cap && n.sentence === t.sentence && !(this.lexAt(i + 1) & L_NOTNAME);
  }
  /** "het OM": an all-capitals abbreviation that spells a function word, in running (not all-capitals) text. */
  private acronym(i: number): boolean {
    const t = this.tok(i)!;
    if (t.text.length < 2 || t.text.length > 5 || t.text !== t.text.toUpperCase()) return false;
    const caps = (x: Token | undefined) => isWord(x) && x.text.length > 1 && x.text === x.text.toUpperCase();
    return !caps(this.tok(i - 1)) && !caps(this.tok(i + 1));
  }
  /** `De Vries`, `Van den Berg` in mid-sentence: a capitalised particle opening a name. */
  private particleStart(i: number): boolean {
    const t = this.tok(i);
    if (!isWord(t) || !t.cap || !(this.lexAt(i) & L_PART)) return false;
    const first = i === this.sentStart(i);
    // at the sentence start only `Van`/`Ter`/`Ten`/`Von` (never a determiner like `De`), and only before a verb
    if (first && !SENTENCE_PARTICLES.has(t.lower)) return false;
    let k = i + 1;
    while (isWord(this.tok(k)) && (this.lexAt(k) & L_PART) && !this.tok(k)!.cap) k++;
    const n = this.tok(k);
    if (!(isWord(n) && n.cap && (!(this.lexAt(k) & L_NOTNAME) || this.surnameAfterParticle(k)))) return false;
    if (!first) return true;
    // "Van Rijn zegt", "Van der Laan wees ... af", "Ter Horst, de ..., zei"; not "Van Amsterdam naar ..."
    const v = this.tok(k + 1);
    return v != null && v.sentence === n.sentence && (v.text === ',' || v.text === '(' || (isWord(v) && this.verbAt(k + 1)));
  }
  /** Can the word at j be the noun an age like `29-jarige` modifies (not a verb, function word or punctuation)? */
  private nounAfterAge(j: number, limit: number): boolean {
    const t = this.tok(j);
    return j < limit && isWord(t) && !this.verbAt(j) && (t.cap || !(this.lexAt(j) & (L_NOTNAME | L_SUB | L_COORD | L_PRON)));
  }
  /** After a lower-case particle inside a name, a capitalised function word is a surname: Jeroen ter Haar,
   *  Lisa de Hen (a personal pronoun; not an article: "Jansen van De Telegraaf"). */
  private surnameAfterParticle(k: number): boolean {
    const t = this.tok(k);
    return isWord(t) && t.cap && (this.lexAt(k) & (L_PART | L_PRON)) === L_PRON;
  }
  private isInitial(i: number): boolean {
    const t = this.tok(i);
    if (!isWord(t) || !t.cap) return false;
    const f = this.tokInfo[i];
    if (f & F_INITIAL) return (f & F_INITIAL_V) !== 0;
    const v = this.isInitialUncached(i, t);
    this.tokInfo[i] |= F_INITIAL | (v ? F_INITIAL_V : 0);
    return v;
  }
  private isInitialUncached(i: number, t: Token): boolean {
    if (endsWith(t.text, 46) && INITIALS.test(t.text)) return true;
    return t.text.length <= 2 && this.tok(i + 1)?.text === '.' && this.tok(i + 1)!.start === t.end;
  }

  /**
   * True when a name at the capitalised word k cannot run past it (parseName gives null or [k, k + 1)):
   * the sentence ends, or the next token is a lower-case word that is no particle, or punctuation other
   * than the `.` of an initial or web address, the `(` of an abbreviation or an `&`.
   */
  nameEndsAfter(k: number, limit: number): boolean {
    if (k + 1 >= limit) return true;
    const f = this.tokInfo[k + 1];
    if (f & T_WORD) return !(f & T_CAP) && !(this.lexAt(k + 1) & L_PART);
    // (the text test, from the bits: only punctuation tokens are `.`, `(` or `&`; see segment)
    return (f & T_NAME_JOIN) === 0;
  }

  /** A proper name from i: [end, text span]. Stops at role nouns. Memoised per token (for the usual
   * limit, the sentence end); the result is shared: read-only. */
  parseName(i: number, limit: number): NameRun | null {
    const t = this.toks[i];
    if (t && limit === this.seg.sentences[t.sentence].tokenEnd) {
      const slot = i & (NAME_SLOTS - 1);
      if (this.nameKey[slot] === i) return this.nameVal[slot];
      const r = this.parseNameUncached(i, limit);
      this.nameKey[slot] = i;
      this.nameVal[slot] = r;
      return r;
    }
    return this.parseNameUncached(i, limit);
  }
  private parseNameUncached(i: number, limit: number): NameRun | null {
    let j = i;
    let words = 0;
    let onlyInitials = true;
    let afterParticle = false;
    const start = this.tok(i)?.start ?? 0;
    let lastEnd = start;
    while (j < limit && words < 6) {
      const t = this.tok(j);
      if (!isWord(t)) {
        const tt = t as Token | undefined;
        // "Goud & Zilver", "Procter & Gamble": an ampersand joins two name words
        if (tt?.text === '&' && words > 0 && this.nameWord(j + 1)) { j++; continue; }
        // "(RVK)" after a name
        // ... but only an abbreviation of the name itself: "Jan Smit (VVD)" names his party, not him
        if (tt?.text === '(' && words > 0 && isWord(this.tok(j + 1)) && ABBREVIATION.test(this.tok(j + 1)!.text) && this.tok(j + 2)?.text === ')' && abbreviates(this.tok(j + 1)!.text, this.seg.text.slice(start, lastEnd))) {
          lastEnd = this.tok(j + 2)!.end;
          j += 3;
          continue;
        }
        break;
      }
      if (this.isInitial(j)) {
        const dotted = endsWith(t.text, 46);
        lastEnd = dotted ? t.end : this.tok(j + 1)!.end;
        j += dotted ? 1 : 2;
        words++;
        continue;
      }
      if (words > 0 && !t.cap && (this.lexAt(j) & L_PART)) {
        // particles only after a single given name or initials: Erwin de Vries, A. van den Berg
        if (!(words === 1 || onlyInitials)) break;
        let k = j;
        while (k < limit && isWord(this.tok(k)) && !this.tok(k)!.cap && (this.lexAt(k) & L_PART)) k++;
        // a capitalised role noun after a particle is a surname: Kees de Boer, Anne de Koning
        const after = this.clsAt(k);
        if (k - j > 3 || !(this.nameWord(k, true) || this.surnameAfterParticle(k)) || (after && after !== 'role')) break;
        j = k;
        afterParticle = true;
        continue;
      }
      if (words === 0 && !t.cap && (this.lexAt(j) & L_PART)) {
        let k = j;
        while (k < limit && isWord(this.tok(k)) && !this.tok(k)!.cap && (this.lexAt(k) & L_PART)) k++;
        if (k - j > 3 || !this.nameWord(k)) break;
        j = k;
        continue;
      }
      const capParticle = words === 0 && this.particleStart(j);
      if (!this.nameWord(j, afterParticle) && !capParticle && !(afterParticle && this.surnameAfterParticle(j))) break;
      // (after a capitalised particle, `Ter Haar`, the surname may be a function word too)
      afterParticle = capParticle;
      // a role noun ends the name ("Apple CEO Tim Cook"), unless it is a capitalised surname: Ingrid Baas, Piet Bakker
      if (words > 0 && this.clsAt(j) === 'role' && (!t.cap || t.text.length <= 4 && t.text === t.text.toUpperCase())) break;
      onlyInitials = false;
      lastEnd = t.end;
      words++;
      j++;
      // a web address: Detik.com, NU.nl
      const dot = this.tok(j);
      const tld = this.tok(j + 1);
      // (a `.` is a punctuation token with T_NAME_JOIN: the bit first, 0 past the last token)
      if ((this.tokInfo[j] & T_NAME_JOIN) !== 0 && dot?.text === '.' && dot.start === t.end && isWord(tld) && tld.start === dot.end && TLDS.has(tld.lower)) {
        lastEnd = tld.end;
        j += 2;
        break;
      }
    }
    // a suspect named by an initial only, mid-sentence ("betaalde K. twee mannen", "door K. zelf"):
    // one capital with its dot, the sentence going on after it (not "Plan B." at a sentence end)
    if (words === 1 && onlyInitials && j === i + 2 && this.tok(i)!.text.length === 1 && this.tok(i + 1)?.text === '.') {
      const after = this.tok(j);
      if (isWord(after) && after.sentence === this.tok(i)!.sentence && !after.cap) return { end: j, from: start, to: lastEnd };
    }
    if (words === 0 || onlyInitials) return null;
    return { end: j, from: start, to: lastEnd };
  }

  /** Is token i an adjective-like modifier inside a noun phrase? Memoised per token when `limit` is its
   * sentence end (as from parseUncached) and at the top level. */
  private adjective(i: number, limit: number, depth = 0): boolean {
    if (depth === 0 && i >= 0 && i < limit && i < this.toks.length && limit === this.sentEnd(i)) {
      const f = this.tokInfo[i];
      if (f & F_ADJ) return (f & F_ADJ_V) !== 0;
      const v = this.adjectiveUncached(i, limit, 0);
      this.tokInfo[i] |= F_ADJ | (v ? F_ADJ_V : 0);
      return v;
    }
    return this.adjectiveUncached(i, limit, depth);
  }
  private adjectiveUncached(i: number, limit: number, depth: number): boolean {
    const t = this.tok(i);
    const n = this.tok(i + 1);
    if (!isWord(t) || !isWord(n) || i + 1 >= limit) return false;
    // an age before its noun: "de tachtigjarige man" (alone, "de tachtigjarige" is a person: classifyNoun)
    if (endsWith(t.lower, CH_E) && t.lower.endsWith('jarige') && this.nounAfterAge(i + 1, limit)) return true;
    // an uninflected participle after a determiner, before a source noun: "de betrokken onderzoekers",
    // "het ontslagen personeel" (with an unstressed prefix; the -ge- participles: PARTICIPLE below)
    if (!t.cap && !n.cap && i > 0 && (this.lexAt(i - 1) & L_DET) && this.clsAt(i + 1) != null && !this.verbAt(i + 1) && prefixedParticiple(t.lower)) return true;
    if (this.clsAt(i) || (this.lexAt(i) & L_PRON) || this.verbAt(i)) return false;
    // (ANONYMOUS_ADJ or ADJ_WORDS)
    if (this.lexAt(i) & L_ADJ) return true;
    if (t.cap) {
      if ((t.lower.endsWith('se') || t.lower.endsWith('sche')) && !this.verbAt(i + 1)) return true;
      // an uninflected adjective of a place before a lower-case source noun: "het Meteorologisch instituut", "Europees kampioene"
      const w = t.lower;
      const z = w.charCodeAt(w.length - 1);
      return (z === 115 || z === 104) && !n.cap && w.length >= 5 && (w.endsWith('isch') || w.endsWith('ees') || w.endsWith('aans') || w.endsWith('eens') || w.endsWith('aams') || w.endsWith('uits') || w.endsWith('ands')) && this.clsAt(i + 1) != null;
    }
    const w = t.lower;
    // an uninflected adjective before a neuter source noun: "het meteorologisch instituut", "het medisch team"
    const z = w.charCodeAt(w.length - 1);
    if ((z === 104 || z === 102 || z === 108) && w.length >= 6 && (w.endsWith('isch') || w.endsWith('ief') || w.endsWith('eel') || w.endsWith('aal')) && this.clsAt(i + 1) != null) return true;
    // (the participle test only when the ending does not already decide)
    if ((w.length >= 2 && endsWith(w, CH_E) && w.charCodeAt(w.length - 2) !== CH_E) || (w.length > 6 && PARTICIPLE.test(w))) return (n.cap || this.clsAt(i + 1) != null || (depth < 3 && this.adjective(i + 1, limit, depth + 1))) && !this.verbAt(i + 1);
    return false;
  }

  /**
   * A source noun phrase starting at token i (bounded by the sentence). `generic` also accepts an
   * unknown noun after a determiner ("de folder", "twee mannen").
   */
  /** Memoised per token and flags: discourse, subject search and quote linking parse the same spots. */
  parse(i: number, generic = false, objectPronoun = false): NP | null {
    if (!(i >= 0 && i < this.toks.length)) return this.parseUncached(i, generic, objectPronoun);
    const key = i * 4 + (generic ? 2 : 0) + (objectPronoun ? 1 : 0);
    const slot = key & (PARSE_SLOTS - 1);
    if (this.parseKey[slot] === key) return this.parseVal[slot];
    // `generic` only opens one more branch (an unknown head noun, see parseUncached): from the phrase at i
    // parsed with the other flag, this one is known unless that was null without `generic`
    const other = key ^ 2, oslot = other & (PARSE_SLOTS - 1);
    if (!objectPronoun && this.parseKey[oslot] === other) {
      const r = this.parseVal[oslot];
      if (!generic) return this.remember(slot, key, this.parseGen[oslot] ? null : r, false);
      if (r) return this.remember(slot, key, r, false);
    }
    this.lastViaGeneric = false;
    const np = this.parseUncached(i, generic, objectPronoun);
    return this.remember(slot, key, np, this.lastViaGeneric);
  }
  /** Whether the last phrase parseUncached made came from the `generic` branch. */
  private lastViaGeneric = false;
  private remember(slot: number, key: number, np: NP | null, viaGeneric: boolean): NP | null {
    this.parseKey[slot] = key;
    this.parseVal[slot] = np;
    this.parseGen[slot] = viaGeneric ? 1 : 0;
    return np;
  }

  private parseUncached(i: number, generic: boolean, objectPronoun: boolean): NP | null {
    const limit = this.sentEnd(i);
    const t0 = this.tok(i);
    // (a phrase may open with a figure: "35 artsen", "12.000 boeren")
    const figureFirst = t0 !== undefined && t0.kind === 'number' && isWord(this.tok(i + 1)) && this.tok(i + 1)!.sentence === t0.sentence;
    if (t0 === undefined || !(isWord(t0) || figureFirst) || i >= limit) return null;
    const lex0 = this.lexAt(i);
    const pr = lex0 & L_PRON ? PRONOUNS.get(t0.lower) : undefined;
    // (`haar` before a noun is a possessive only before a source noun: "volgens haar advocaat", not "volgens haar tonen de foto's")
    const objectOk = objectPronoun && (t0.lower === 'hem' || t0.lower === 'hen' || (t0.lower === 'haar' && !(isWord(this.tok(i + 1)) && !this.verbAt(i + 1) && this.tok(i + 1)!.sentence === t0.sentence && (this.tok(i + 1)!.cap || this.clsAt(i + 1) || (this.adjective(i + 1, limit) && this.clsAt(i + 2))))));
    if (pr && (t0.lower === 'hij' || t0.lower === 'zij' || t0.lower === 'ze' || objectOk)) {
      return this.np(i, i + 1, { start: t0.start, end: t0.end }, t0.text, null, null, 'pronoun', 'person', false, PRONOUN_OF.get(t0.lower)!, null, true, pr.number === 'pl', pr.gender === 'f', false);
    }
    // "een van hen", "één van hen": one of the group just named, which speaks for it (the plural `hen`)
    if ((t0.lower === 'een' || t0.lower === 'één') && this.tok(i + 1)?.lower === 'van' && this.tok(i + 2)?.lower === 'hen' && i + 2 < limit && this.tok(i + 3)?.text !== ',') {
      const e = this.tok(i + 2)!;
      return this.np(i, i + 3, { start: t0.start, end: e.end }, this.seg.text.slice(t0.start, e.end), null, null, 'pronoun', 'person', false, PRONOUN_OF.get('hen')!, null, true, true, false, false);
    }
    let j = i;
    let viaGeneric = false;
    let det: Token | null = null;
    if ((lex0 & L_DET) && !this.particleStart(i) && t0.lower !== 'die' && t0.lower !== 'dat' && t0.lower !== 'dit') {
      det = t0;
      j++;
    }
    // academic and legal titles before a name: "Prof. dr. Frits Hoogendijk", "Dr. Eva Mol", "mr. A. Verhoef"
    if (!det) { const jt = this.afterTitles(j); if (jt > j && this.nameWord(jt)) j = jt; }
    const mentionStart = this.tok(j)?.start ?? t0.start;
    let anonymous = false;
    // an age or size: "de 45-jarige verdachte", "de 24-jarige Sanne Vos"
    const num = this.tok(j);
    if (num?.kind === 'number' && this.tok(j + 1)?.text === '-' && this.tok(j + 1)!.start === num.end && isWord(this.tok(j + 2)) && this.tok(j + 2)!.start === this.tok(j + 1)!.end && endsWith(this.tok(j + 2)!.lower, CH_E)) {
      // ... or the person by their age alone: "schrijft de 29-jarige dat", "aldus de 41-jarige."
      j += this.nounAfterAge(j + 3, limit) ? 3 : 2;
    }
    else if (num?.kind === 'number' || (isWord(num) && (this.lexAt(j) & L_QUANT))) j++;
    let adj = 0;
    // a capitalised adjective opening the sentence before a lower-case source noun: "Internationale waarnemers ..."
    if (j === i && t0.cap && t0.kind === 'word' && t0.lower.length > 4 && endsWith(t0.lower, CH_E) && i === this.sentStart(i) && !this.knownAt(i) && !this.clsAt(i)) {
      const nx = this.tok(i + 1);
      if (isWord(nx) && !nx.cap && nx.sentence === t0.sentence && this.clsAt(i + 1)) { j++; adj++; }
      // ... and before another adjective: "Onafhankelijke Franse media", "Lokale Vlaamse kranten"
      else if (isWord(nx) && nx.sentence === t0.sentence && this.adjective(i + 1, limit)) {
        const h2 = this.tok(i + 2);
        if (isWord(h2) && !h2.cap && i + 2 < limit && this.clsAt(i + 2)) { j++; adj++; }
      }
    }
    while (adj < 3 && j < limit && this.adjective(j, limit)) {
      if (ANONYMOUS_ADJ.has(this.tok(j)!.lower)) anonymous = true;
      j++;
      adj++;
    }
    const h = this.tok(j);
    if (!isWord(h) || j >= limit) return null;
    let name: NameRun | null = null;
    let head: string | null = null;
    let cls: NounClass | null = this.clsAt(j);
    let roleStart = mentionStart;
    let roleEnd = -1;
    let firm = false;
    const lexH = this.lexAt(j);
    const lowParticleName = !h.cap && (lexH & L_PART) !== 0 && !det && j === i && isWord(this.tok(i - 1)) && this.verbAt(i - 1) && this.nameWord(j + 1);
    const known = this.knownAt(j);
    // an unknown lower-case title before a name: "dijkgraaf Pieter Bakker"
    let unknownTitle = false;
    if (!cls && !h.cap && !known && !lowParticleName && !this.verbAt(j) && !(lexH & (L_NOTNAME | L_PART)) && h.lower.length > 3 && j + 1 < limit && (this.nameWord(j + 1) || this.knownAt(j + 1))) {
      cls = 'role';
      unknownTitle = true;
    }
    if (known) {
      name = known;
      j = known.end;
      firm = true;
    } else if ((h.cap && !cls) || lowParticleName) {
      name = this.parseName(j, limit);
      if (!name) return null;
      if (det) name = this.orgTail(name, limit);
      j = name.end;
      // "Apple Computer CEO (en medeoprichter) Steve Jobs": a name used as a modifier of a role
      const r = this.tok(j);
      if (isWord(r) && this.clsAt(j) === 'role') {
        cls = 'role';
        head = r.lower;
        name = null;
        j++;
        while (this.tok(j)?.lower === 'en' && isWord(this.tok(j + 1)) && this.clsAt(j + 1) === 'role') j += 2;
        roleEnd = this.tok(j - 1)!.end;
        if (this.nameWord(j) || this.particleStart(j)) {
          name = this.parseName(j, limit);
          if (name) { j = name.end; firm = true; }
        }
      }
    } else if (cls) {
      head = h.lower;
      j++;
      while (this.tok(j)?.lower === 'en' && isWord(this.tok(j + 1)) && this.clsAt(j + 1) === 'role' && cls === 'role') j += 2;
      roleEnd = this.tok(j - 1)!.end;
      // a field after the title: "hoogleraar virologie Ruud Vermeulen", "woordvoerder defensie Jan Bos"
      const fld = this.tok(j);
      if (cls === 'role' && isWord(fld) && !fld.cap && j + 1 < limit && !this.verbAt(j) && !(this.lexAt(j) & (L_NOTNAME | L_PART)) && fld.lower.length > 3 && this.nameWord(j + 1) && !this.clsAt(j)) {
        j++;
        roleEnd = fld.end;
      }
      // title + name: "president Zelensky", "nieuwszender CNN", "jezuïet Giovanni La Manna", "advocaat mr. J. Smeulders"
      if (cls === 'role') { const jt = this.afterTitle(j); if (jt > j && (this.nameWord(jt) || this.knownAt(jt))) j = jt; }
      const kn = this.knownAt(j);
      if (kn) { name = kn; j = kn.end; firm = true; }
      else if ((this.nameWord(j) || this.particleStart(j)) && !(cls === 'vague' || cls === 'collective')) {
        name = this.parseName(j, limit);
        if (name) { j = name.end; firm = cls === 'role'; }
      }
    } else if (generic && (det || adj > 0 || j > i) && !h.cap && !this.verbAt(j) && !(lexH & L_NOTNAME) && h.lower.length > 2) {
      viaGeneric = true;
      // an inflected adjective before an unlisted noun: "de voorlopige uitslag", "het nieuwe rapport"
      const hn = this.tok(j + 1);
      let hh = h;
      if (endsWith(h.lower, CH_E) && isWord(hn) && !hn.cap && hn.sentence === h.sentence && j + 1 < limit && hn.lower.length > 3 && !this.verbAt(j + 1) && !(this.lexAt(j + 1) & (L_NOTNAME | L_DET | L_PRON | L_PART))) { j++; hh = hn; }
      head = hh.lower;
      j++;
      roleEnd = hh.end;
    } else return null;

    // "een groep die zichzelf het Russische Vrijwilligerskorps (RVK) noemt"
    let selfName: Span | null = null;
    if (head && this.tok(j)?.lower === 'die' && (this.tok(j + 1)?.lower === 'zichzelf' || this.tok(j + 1)?.lower === 'zich')) {
      for (let k = j + 2; k < Math.min(limit, j + 16); k++) {
        const w = this.tok(k)!.lower;
        if (w === 'noemt' || w === 'noemen' || w === 'noemde' || w === 'noemden' || w === 'heet' || w === 'heten') {
          let a = j + 2;
          while (a < k && ((this.lexAt(a) & L_DET) || this.tok(a)!.kind === 'quote')) a++;
          let b = k;
          while (b > a && this.tok(b - 1)!.kind === 'quote') b--;
          if (b > a) selfName = { start: this.tok(a)!.start, end: this.tok(b - 1)!.end };
          j = k + 1;
          if (this.tok(j)?.text === ',' && isWord(this.tok(j + 1)) && this.verbAt(j + 1)) j++;
          break;
        }
      }
    }
    // a portfolio between title and name: "Schepen van Omgeving Griet Vanhaverbeke", "Gedeputeerde voor Mobiliteit Leen Dierickx"
    if (!selfName && !name && cls === 'role') {
      const nm = this.portfolioName(j, limit);
      if (nm) { roleEnd = this.tok(nm.start - 1)!.end; name = nm.name; firm = true; j = nm.name.end; }
    }
    // PP: "van de regio", "van de Oekraïense president Zelensky", "bij Apple Inc.", "van FNV-Bondgenoten"
    if (!selfName) {
      for (let pp = 0; pp < 2; pp++) {
        const p = this.tok(j);
        const groupish = cls === 'vague' || cls === 'collective' || cls === 'org';
        if (!isWord(p) || !(p.lower === 'van' || p.lower === 'bij' || (groupish && PP_GROUP.has(p.lower))) || j + 1 >= limit) break;
        // a personal pronoun as the object: "een vriend van haar", "een collega van hem"
        const obj = this.tok(j + 1)!;
        if (isWord(obj) && !obj.cap && (obj.lower === 'hem' || obj.lower === 'hen' || (obj.lower === 'haar' && !isWord(this.tok(j + 2))))) {
          j += 2;
          roleEnd = obj.end;
          continue;
        }
        let k = j + 1;
        if (isWord(this.tok(k)) && (this.lexAt(k) & (L_DET | L_QUANT)) && this.tok(k)!.lower !== 'die' && this.tok(k)!.lower !== 'dat') k++;
        let a2 = 0;
        while (a2 < 3 && this.adjective(k, limit)) { k++; a2++; }
        const q = this.tok(k);
        if (!isWord(q)) break;
        if (q.cap) {
          let nm = this.parseName(k, limit);
          if (!nm) break;
          if (k > j + 1) nm = this.orgTail(nm, limit); // (after a determiner: an organisation's name)
          k = nm.end;
          // a portfolio of two fields: "de minister van Energie en Mijnbouw van Korvanië,"
          if (cls === 'role' && nm.end === k && PORTFOLIOS.has(q.lower) && this.tok(k)?.lower === 'en' && isWord(this.tok(k + 1)) && this.tok(k + 1)!.cap) {
            const after = this.tok(k + 2);
            if (after && (after.text === ',' || after.lower === 'van' || PORTFOLIOS.has(this.tok(k + 1)!.lower))) k += 2;
          }
        } else if (this.clsAt(k) || lowerInitial(q.text)) {
          if (this.verbAt(k) || (this.lexAt(k) & L_NOTNAME)) break;
          k++;
          if (this.clsAt(k - 1) === 'role' && this.nameWord(k)) { const nm = this.parseName(k, limit); if (nm) k = nm.end; }
          else if (this.nameWord(this.afterTitle(k))) {
            // "minister van economie Rainer Bruederle": the name is the head's ("officier van justitie mr. A. Verhoef");
            // after a determiner and an organisation noun it is the organisation's ("van de hulporganisatie X")
            const ownName = k - 2 === j || !this.clsAt(k - 1);
            k = this.afterTitle(k);
            const nm = this.parseName(k, limit);
            if (nm) {
              k = nm.end;
              if (!name && cls === 'role' && ownName) { name = nm; firm = true; j = k; break; }
            }
          } else if (this.clsAt(k - 1) && this.fieldBeforeVerb(k, limit)) k++; // "van de afdeling orthopedie hebben"
        } else break;
        j = k;
        roleEnd = this.tok(j - 1)!.end;
      }
    }
    if (!selfName && (cls === 'vague' || cls === 'collective') && this.tok(j)?.lower === 'die') {
      for (let k = j + 1; k < Math.min(limit, j + 16); k++) {
        const w = this.tok(k)!;
        if (w.text === ',' && isWord(this.tok(k + 1)) && this.verbAt(k + 1)) { j = k + 1; roleEnd = this.tok(k - 1)!.end; break; }
        if (w.kind === 'quote' || w.text === ';' || w.text === ':') break;
      }
    }
    // parenthetical after the phrase: "(49)", "(integratiezaken)"
    if (this.tok(j)?.text === '(') {
      // "(Open VLD)", "(GroenLinks-PvdA)": up to four words before the closing parenthesis
      for (let k = j + 2; k < Math.min(limit, j + 6); k++) {
        const w = this.tok(k)!;
        if (w.text === ')') { j = k + 1; break; }
        if (w.kind === 'quote' || w.text === '(' || w.text === '.' || w.text === ',') break;
      }
    }
    let end = j;
    let spanEnd = this.tok(j - 1)!.text === ',' && j - 2 >= i ? this.tok(j - 2)!.end : this.tok(j - 1)!.end;
    // apposition: ", Mychajlo Podoljak," after a role; ", de gouverneur van de regio," after a name
    if (this.tok(j)?.text === ',' && j + 1 < limit) {
      const nx = this.tok(j + 1)!;
      let ns = this.afterTitle(j + 1);
      // (DETERMINERS from the token's bits)
      if (!name && head && cls === 'role' && isWord(nx) && (this.lexAt(j + 1) & L_DET)) {
        let k = j + 2;
        while (k < limit && k < j + 5 && this.adjective(k, limit)) k++;
        if (this.nameWord(k) && !this.clsAt(k)) ns = k;
      }
      if (!name && head && cls === 'role' && this.nameWord(ns)) {
        const nm = this.parseName(ns, limit);
        const after = nm ? this.tok(nm.end) : undefined;
        if (nm && (after == null || after.text === ',' || after.text === '.' || nm.end >= limit || (isWord(after) && this.verbAt(nm.end)))) {
          name = nm;
          firm = true;
          end = nm.end;
          spanEnd = nm.to;
          if (this.tok(end)?.text === ',') end++;
        }
      } else if (name && !head && isWord(nx) && ((this.lexAt(j + 1) & L_DET) || this.clsAt(j + 1) === 'role' || this.adjective(j + 1, limit))) {
        const ap = this.parse(j + 1, false);
        // (a name inside it after `van` is its organisation's: ", eigenaar van thuiszorgbureau ZorgSamen,")
        const apName = ap?.name ? ap.text.indexOf(ap.name) : -1;
        if (ap && (!ap.name || (apName > 0 && ap.text.lastIndexOf(' van ', apName) > 0)) && ap.head && (ap.claimantKind === 'person' || classifyNoun(ap.head) === 'role')) {
          roleStart = ap.span.start;
          roleEnd = ap.span.end;
          head = ap.head;
          firm = true;
          end = ap.end;
          // a place after it up to the closing comma: ", eigenaar van bureau X uit Ommerveen, heeft"
          const pl = this.tok(end);
          if (isWord(pl) && (pl.lower === 'uit' || pl.lower === 'in' || pl.lower === 'te')) {
            for (let k = end + 1; k < limit && k <= end + 4; k++) {
              const w = this.tok(k)!;
              if (w.text === ',') { end = k; roleEnd = this.tok(k - 1)!.end; break; }
              if (!isWord(w) || !w.cap) break;
            }
          }
          // a relative clause after the apposition: "Mark Papermaster, de manager bij Apple Inc. die ..., is"
          if (this.tok(end)?.lower === 'die') {
            for (let k = end + 1; k < Math.min(limit, end + 30); k++) if (this.tok(k)!.text === ',') { end = k; break; }
          }
          if (this.tok(end)?.text === ',') end++;
        }
      }
    }
    if (end === j && name && this.tok(j)?.text === ',') {
      for (let k = j + 2; k < Math.min(limit, j + 16); k++) {
        const w = this.tok(k)!;
        if (w.text === ',') {
          const after = this.tok(k + 1);
          if (isWord(after) && this.verbAt(k + 1) && !this.verbAt(j + 1)) {
            end = k + 1;
            firm = true;
          }
          break;
        }
        // (verbAt first: both sets' words are verbish, and it hashes no string)
        if (w.kind === 'quote' || (isWord(w) && this.verbAt(k) && (AUXILIARIES.has(w.lower) || finiteForm(w.lower)))) break;
      }
    }
    const text = this.seg.text;
    // the name's text: the self-given name, else the name run
    const hasName = selfName != null || name != null;
    const nameFrom = selfName ? selfName.start : name ? name.from : 0;
    const nameTo = selfName ? selfName.end : name ? name.to : 0;
    const mStart = det && !hasName ? det.start : mentionStart;
    const span: Span = { start: mStart, end: spanEnd };
    // (the name or role is often the whole mention: one string then, not two equal ones)
    const mentionText = text.slice(mStart, spanEnd);
    const nameText = hasName ? (nameFrom === mStart && nameTo === spanEnd ? mentionText : text.slice(nameFrom, nameTo)) : null;
    const roleText = roleEnd > roleStart && head ? (roleStart === mStart && roleEnd === spanEnd ? mentionText : text.slice(roleStart, roleEnd)) : null;
    let ck: ClaimantKind = 'person';
    let mk: MentionKind = hasName ? 'name' : 'role';
    const vague = !hasName && (cls === 'vague' || anonymous);
    if (selfName) { ck = 'collective'; mk = 'group'; }
    else if (cls === 'outlet') { ck = 'outlet'; mk = hasName ? 'name' : 'organisation'; }
    else if (cls === 'org') { ck = 'organisation'; mk = hasName ? 'name' : 'organisation'; }
    else if (cls === 'collective') { ck = 'collective'; mk = 'group'; }
    else if (vague) { ck = 'anonymous'; mk = 'anonymous'; }
    // (nameText is the text of the name run here: no self-given name in this branch)
    else if (hasName && name && (!head || unknownTitle)) ck = this.nameKind(nameText!);
    const plural = ck === 'collective' || (head != null && (head.endsWith('en') || endsWith(head, 115)) && ((cls !== 'role' && !ROLE_NOUNS.has(head)) || pluralOfRole(head))) || (cls === 'vague' && head !== 'bron');
    const female = head != null && FEMININE_ROLES.has(head);
    const definite = !!det && !INDEFINITE_DET.has(det.lower);
    // (set last: the parse of an apposition above sets it for its own phrase)
    this.lastViaGeneric = viaGeneric;
    return this.np(i, end, span, mentionText, nameText, roleText, mk, ck, vague, null, head, definite, plural, female, firm);
  }

  /** After an abbreviated title at k (`mr.`, `dr.`), else k. */
  /** An organisation's name goes on over `voor`/`zonder`/`tegen` and a capitalised word after a determiner:
   *  "het Netwerk voor Democratie", "de Partij voor de Dieren", "Artsen zonder Grenzen". */
  private orgTail(nm: NameRun, limit: number): NameRun {
    const p = this.tok(nm.end);
    if (!isWord(p) || (p.lower !== 'voor' && p.lower !== 'zonder' && p.lower !== 'tegen') || nm.end + 1 >= limit) return nm;
    let k = nm.end + 1;
    if ((this.tok(k)?.lower === 'de' || this.tok(k)?.lower === 'het') && k + 1 < limit) k++;
    const w = this.tok(k);
    if (!isWord(w) || !w.cap || this.verbAt(k) || (this.lexAt(k) & L_NOTNAME) || !this.nameWord(k)) return nm;
    // (and the capitalised words after it: "de Liga voor Eerlijke Verkiezingen", at most three)
    let e = k + 1;
    while (e < limit && e <= k + 3 && isWord(this.tok(e)) && this.tok(e)!.cap && !this.verbAt(e) && !(this.lexAt(e) & L_NOTNAME) && this.nameWord(e)) e++;
    return { end: e, from: nm.from, to: this.tok(e - 1)!.end };
  }

  /** Past any run of titles (`Prof. dr.`, at most three). */
  private afterTitles(k: number): number {
    for (let n = 0; n < 3; n++) { const e = this.afterTitle(k); if (e === k) break; k = e; }
    return k;
  }
  private afterTitle(k: number): number {
    const t = this.tok(k);
    if (t === undefined || t.kind !== 'word' || t.lower.length > 4) return k;
    const dot = this.tok(k + 1);
    return dot !== undefined && dot.start === t.end && dot.text === '.' && NAME_TITLES.has(t.lower) ? k + 2 : k;
  }

  /** `van|voor PORTFOLIO [en PORTFOLIO] Name` at j: the name and where it starts, or null. */
  private portfolioName(j: number, limit: number): { name: NameRun; start: number } | null {
    const p = this.tok(j);
    if (!isWord(p) || (p.lower !== 'van' && p.lower !== 'voor')) return null;
    let k = j + 1;
    if (!PORTFOLIOS.has(this.tok(k)?.lower ?? '')) return null;
    k++;
    if (PORTFOLIO_SECOND.has(this.tok(k)?.lower ?? '')) k++;
    if (this.tok(k)?.lower === 'en' && PORTFOLIOS.has(this.tok(k + 1)?.lower ?? '')) {
      k += 2;
      if (PORTFOLIO_SECOND.has(this.tok(k)?.lower ?? '')) k++;
    }
    return this.portfolioRun(k, limit);
  }

  private portfolioRun(k: number, limit: number): { name: NameRun; start: number } | null {
    if (k >= limit || !this.nameWord(k)) return null;
    const name = this.parseName(k, limit);
    return name && name.end - k >= 2 ? { name, start: k } : null;
  }

  private np(
    start: number, end: number, span: Span, text: string, name: string | null, role: string | null, mentionKind: MentionKind,
    claimantKind: ClaimantKind, vague: boolean, pronoun: NP['pronoun'], head: string | null, definite: boolean, plural: boolean, female: boolean, firm: boolean,
  ): NP {
    return { start, end, span, text, name, role, mentionKind, claimantKind, vague, pronoun, head, definite, plural, female, firm };
  }

  private nameKind(name: string): ClaimantKind {
    let k = nameKindCache.get(name);
    if (k === undefined) {
      k = nameKindUncached(name);
      if (nameKindCache.size > 5000) nameKindCache.clear();
      nameKindCache.set(name, k);
    }
    return k;
  }
}

const nameKindCache = new Map<string, ClaimantKind>();
function nameKindUncached(name: string): ClaimantKind {
  if (KNOWN_OUTLET_SET.has(name) || /\.(com|nl|be|org|net|de|fr|uk|ru|ua|info|eu)$/.test(name)) return 'outlet';
  const words = name.split(/\s+/);
  if (words.length === 1) {
    if (/^[\p{Lu}\d&.-]{2,6}$/u.test(name)) return 'organisation';
    if (/(land|ië|ije|rika|stan|ne)$/.test(name)) return 'organisation';
  }
  if (/\([\p{Lu}\d&.-]{2,8}\)/u.test(name)) return 'organisation';
  if (/\b(Inc|Corp|Ltd|NV|BV|Airlines|Center|Conference|Unie|Commissie|Bank|Group|Partij|Raad|Ministerie)\b/.test(name)) return 'organisation';
  return 'person';
}
