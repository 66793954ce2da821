// Attribution cues: reporting verbs in every form (split separables, perfect and passive with the
// participle as the span), `volgens` and `aldus`, fixed phrases (`laat weten`, `naar eigen zeggen`,
// `maakt zich zorgen`, `is ervan overtuigd`). Each cue records where its subject is to be found.
import type { Segmented, Token } from '../text/types';
import type { Cue, Span } from '../types';
import { VERB_FORMS, AUXILIARIES, PASSIVE_AUX, MODALS, type VerbInfo } from '../lexicon/verbs';
import { FIRST_PERSON } from '../lexicon/nouns';
import { isWord, classifyNoun } from './np';
import { WordIndex, WordBits } from '../lexicon/wordindex';
import { HEDGE_FIRST_WORDS, noteHedgeStarts } from '../hedges';
import { DIVERGENCE_WORDS, DISAGREEMENT_IDIOMS, ASSESSMENT_WORDS } from '../lexicon/disagreement';
import { CARDINAL_WORDS, COUNT_WORDS, compoundNumber } from '../lexicon/numbers';
import { PLAIN_OBJECTS, PLAIN_PREPOSITIONS, CONTENT_ONLY, CONTENT_OR_WORDS, NEGATED_STATUS, NEGATIONS, STATUS_AUX, NOUN_DETERMINERS, NOUN_ADJECTIVES, PUBLICATION } from '../lexicon/noncues';
import { NAME_TITLES } from '../lexicon/portfolios';

export interface FoundCue {
  cue: Cue;
  /** Token of the finite verb (the auxiliary for a perfect or passive), where subject search starts. */
  anchor: number;
  /** Token of the cue's main word. */
  tok: number;
  /** Last token of the cue (particle or phrase end). */
  last: number;
  passive: boolean;
  /** Plural verb form (zeggen, zeiden): the subject is plural. */
  plural: boolean | null;
  /** For `wijzen naar`: the token after `naar` (the accused party). */
  target: number | null;
  cognition: boolean;
}

/** Clause boundaries inside a sentence. */
export const CLAUSE_PUNCT = new Set([',', ';', ':', '(', ')', '–', '—', '-']);
const NEG_OBJECT = new Set(['niets', 'niks', 'weinig', 'genoeg', 'sorry', 'nee', 'ja', 'dank', 'bedankt']);
const MAKEN = new Set(['maak', 'maakt', 'maken', 'maakte', 'maakten']);
const REFLEXIVE = new Set(['zich', 'me', 'ons', 'je']);
const DET_LIKE = new Set(['de', 'het', 'een', 'deze', 'die', 'dit', 'zijn', 'haar', 'hun', 'mijn', 'ons', 'onze', 'uw', 'elk', 'elke', 'alle', 'beide', 'geen']);
const NOUN_BEFORE = new Set(['de', 'het', 'een', 'dit', 'deze', 'zijn', 'haar', 'hun', 'ons', 'onze', 'mijn', 'uw', 'op', 'in', 'met', 'van', 'voor', 'naar', 'over', 'zonder', 'na', 'bij', 'via', 'per', 'elk', 'elke', 'ieder', 'iedere', 'geen', 'welk', 'welke']);
const CONTENT_WORDS = new Set(['dat', 'of', 'hoe', 'wat', 'waarom', 'wie', 'welke', 'wanneer', 'waar']);

const ALDUS_NEXT = new Set(['de', 'het', 'een', 'hij', 'zij', 'ze', 'zijn', 'haar', 'hun', 'onze', 'deze', 'die']);
// (`volgens volgens …`: a preposition right after it has no source yet)
const VOLGENS_NOT = new Set(['mij', 'ons', 'jou', 'u', 'plan', 'schema', 'verwachting', 'volgens', 'aldus']);

/**
 * What cueAt needs to know about a word that may start a cue, computed once per word form (on first
 * use, after the lexicon is complete) instead of once per token: the word's roles and its verb
 * readings, split into finite forms and participles. (Kept in the object itself where it can: in an
 * analysis this data is cold in the cache, and every array read is another line to fetch.)
 */
interface CueWord {
  volgens: boolean;
  aldus: boolean;
  naar: boolean;
  maken: boolean;
  aux: boolean;
  /** `overtuigd`, where `is ervan overtuigd` is found when auxOnly is set. */
  convinced: boolean;
  /** A cue may start at the word itself. */
  starts: boolean;
  /** VERB_FORMS' entry (null: no reporting verb). */
  infos: VerbInfo[] | null;
  /** Some reading is finite (not a participle or infinitive). */
  hasFinite: boolean;
  /** Some reading is a participle and none is finite. */
  participleOnly: boolean;
  /** pickParticiple(the participle readings). */
  participle: VerbInfo | null;
  /** Every finite reading is a present plural (also the infinitive) / a present singular (the bare stem). */
  allPresentPl: boolean;
  allPresentSg: boolean;
  /** Some finite reading is `laten weten`. */
  latenWeten: boolean;
  /** Some reading is `zich zorgen maken` (the reflexive then belongs to the cue). */
  reflexiveCue: boolean;
  /** The word ends in `en` (a plural form). */
  endsEn: boolean;
  /** The word ends in `t` (present singular with -t). */
  endsT: boolean;
  /** The first finite reading without a separable particle. */
  plain: VerbInfo | null;
  /** The finite readings of separable verbs that need a particle, in order (null: none). */
  separable: VerbInfo[] | null;
  /** The distinct particles of `separable`, and separable[f]'s particle's place among them. */
  particles: string[];
  particleOf: number[];
}

/** What cueAt knows of an auxiliary that is no other cue word (see auxOnly). */
const AUX_CUE_WORD: CueWord = {
  volgens: false, aldus: false, naar: false, maken: false, aux: true, convinced: false, starts: true, infos: null, hasFinite: false, participleOnly: false,
  participle: null, allPresentPl: true, allPresentSg: true, latenWeten: false, reflexiveCue: false, endsEn: false, endsT: false, plain: null,
  separable: null, particles: [], particleOf: [],
};

/** Every word cueAt can start a cue at (built on first use, after the lexicon is complete). */
let cueIndex: CueIndex | null = null;
/**
 * The words a cue may start at and, in the same look-up, the first words of the built-in hedges, so
 * that findHedges need not look at every token again (see noteHedgeStarts).
 */
interface CueIndex {
  words: WordIndex;
  /** Word k as a cue word (null: only a hedge's first word). */
  entries: (CueWord | null)[];
  /** Word k's place in HEDGE_FIRST_WORDS, or -1. */
  hedgeOf: Int32Array;
  /** Word k is one of DIVERGENCE_WORDS (1) or not (0). */
  divergence: Uint8Array;
}

/**
 * Auxiliaries that are no other cue word. Their one cue, `is ervan overtuigd`, is found from the rare
 * `overtuigd`, looking back, so that these frequent words need no look-up (null: they are looked up,
 * when `er`, `ervan` or `van` could start a cue themselves and the order of cues would depend on it).
 */
let auxOnly: Set<string> | null = null;

function buildCueIndex(): CueIndex {
  const words = new Map<string, CueWord>();
  const starters = new Set(['volgens', 'aldus', 'naar', ...MAKEN, ...VERB_FORMS.keys()]);
  const lookBack = !['er', 'ervan', 'van', 'overtuigd'].some((w) => starters.has(w) || AUXILIARIES.has(w));
  auxOnly = lookBack ? new Set([...AUXILIARIES].filter((w) => !starters.has(w))) : null;
  const all = new Set([...starters, ...AUXILIARIES]);
  if (auxOnly) {
    for (const w of auxOnly) all.delete(w);
    all.add('overtuigd');
  }
  for (const w of all) {
    const infos = VERB_FORMS.get(w) ?? null;
    const finite = infos ? infos.filter((x) => x.kind !== 'participle' && x.kind !== 'infinitive') : [];
    const participles = infos ? infos.filter((x) => x.kind === 'participle') : [];
    const separable = finite.filter((x) => x.particle);
    const particles: string[] = [];
    for (const x of separable) if (!particles.includes(x.particle!)) particles.push(x.particle!);
    words.set(w, {
      volgens: w === 'volgens',
      aldus: w === 'aldus',
      naar: w === 'naar',
      maken: MAKEN.has(w),
      aux: AUXILIARIES.has(w),
      convinced: auxOnly !== null && w === 'overtuigd',
      starts: starters.has(w) || AUXILIARIES.has(w),
      infos,
      hasFinite: finite.length > 0,
      participleOnly: participles.length > 0 && finite.length === 0,
      participle: pickParticiple(participles),
      allPresentPl: finite.every((x) => x.kind === 'present-pl'),
      allPresentSg: finite.every((x) => x.kind === 'present-sg'),
      latenWeten: finite.some((x) => x.needs === 'weten'),
      reflexiveCue: !!infos && infos.some((x) => x.lemma === 'zich zorgen maken'),
      endsEn: w.endsWith('en'),
      endsT: w.endsWith('t'),
      plain: finite.find((x) => !x.particle) ?? null,
      separable: separable.length ? separable : null,
      particles,
      particleOf: separable.map((x) => particles.indexOf(x.particle!)),
    });
  }
  const list: string[] = [...words.keys()];
  const entries: (CueWord | null)[] = [...words.values()];
  for (const h of HEDGE_FIRST_WORDS) if (!words.has(h)) { list.push(h); entries.push(null); }
  for (const d of DIVERGENCE_WORDS) if (!list.includes(d)) { list.push(d); entries.push(null); }
  for (const d of ASSESSMENT_WORDS.keys()) if (!list.includes(d)) { list.push(d); entries.push(null); }
  const index = new WordIndex(list, true); // (most tokens that pass its first test are no cue word)
  const hedgeOf = new Int32Array(list.length).fill(-1);
  HEDGE_FIRST_WORDS.forEach((h, p) => { hedgeOf[list.indexOf(h)] = p; });
  const divergence = new Uint8Array(list.length);
  for (const d of DIVERGENCE_WORDS) divergence[list.indexOf(d)] = 1;
  for (const [d, kind] of ASSESSMENT_WORDS) divergence[list.indexOf(d)] |= kind << 1;
  return { words: index, entries, hedgeOf, divergence };
}

/** Generation-stamped marks of tokens already in a cue (no array to allocate and clear per call). */
let usedMarks = new Int32Array(0);
let usedStamp = 0;

export function findCues(seg: Segmented): FoundCue[] {
  const index = (cueIndex ??= buildCueIndex());
  const out: FoundCue[] = [];
  const toks = seg.tokens;
  const text = seg.text;
  if (usedMarks.length < toks.length || usedStamp >= 0x7fffffff) { usedMarks = new Int32Array(Math.max(toks.length, 1024)); usedStamp = 0; }
  const used = usedMarks;
  const stamp = ++usedStamp;
  beginClassMemo(toks.length);
  if (linesScratch.length < seg.quotes.length) linesScratch = new Uint8Array(Math.max(seg.quotes.length, 2 * linesScratch.length));
  const lines = linesScratch;
  lines.fill(0, 0, seg.quotes.length);
  // the tokens that may start a hedge, noted for findHedges on the way (see noteHedgeStarts)
  let hedgeStarts = hedgeScratch;
  let nh = 0;
  const sentences = seg.sentences;
  const words = index.words, hedgeOf = index.hedgeOf, entries = index.entries, divergence = index.divergence;
  if (divergenceMarks.length < sentences.length || divergenceStamp >= 0x7fffffff) { divergenceMarks = new Int32Array(Math.max(sentences.length, 256)); assessmentMarks = new Int32Array(divergenceMarks.length); assessmentKinds = new Uint8Array(divergenceMarks.length); divergenceStamp = 0; }
  const dstamp = ++divergenceStamp;
  divergenceSeg = new WeakRef(seg);
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = toks[i];
      if (t.kind !== 'word' && t.kind !== 'number') continue;
      const k = words.indexOf(text, t.start, t.end, t.lower);
      if (k < 0) continue; // the common case: no cue or hedge can start here
      const dv = divergence[k];
      if (dv !== 0) {
        if ((dv & 1) !== 0 && t.inQuote < 0) divergenceMarks[si] = dstamp;
        if (dv > 1) { if (assessmentMarks[si] !== dstamp) { assessmentMarks[si] = dstamp; assessmentKinds[si] = 0; } assessmentKinds[si] |= dv >> 1; }
      }
      const hk = hedgeOf[k];
      if (hk >= 0) {
        if (nh + 3 > hedgeStarts.length) hedgeScratch = hedgeStarts = grow(hedgeStarts);
        hedgeStarts[nh++] = i;
        hedgeStarts[nh++] = si;
        hedgeStarts[nh++] = hk;
      }
      const w = entries[k];
      if (w === null || t.kind !== 'word') continue;
      if (w.convinced) {
        // the auxiliary of "is ervan overtuigd", as if met at the auxiliary itself (nothing between can start a cue)
        const a = convincedAux(toks, i);
        if (a >= 0 && used[a] !== stamp) {
          const sa = seg.sentences[toks[a].sentence];
          if (sa && sa.tokenStart <= a && a < sa.tokenEnd && (toks[a].inQuote < 0 || lineOf(seg, lines, toks[a].inQuote))) {
            const c = cueAt(seg, a, sa.tokenStart, sa.tokenEnd, AUX_CUE_WORD);
            if (c) { out.push(c); markUsed(c, a, sa.tokenEnd, toks, used, stamp); }
          }
        }
      }
      if (!w.starts || used[i] === stamp) continue;
      if (t.inQuote >= 0 && !lineOf(seg, lines, t.inQuote)) continue;
      const c = cueAt(seg, i, s.tokenStart, s.tokenEnd, w);
      if (c && !reportsNothing(seg, c, s.tokenStart, s.tokenEnd) && !((c.passive || (c.anchor !== c.tok && STATUS_AUX.has(toks[c.anchor].lower))) && out.length > 0 && agentlessInContent(seg, c, out[out.length - 1], s.tokenStart, s.tokenEnd))) { out.push(c); markUsed(c, i, s.tokenEnd, toks, used, stamp); }
    }
  }
  noteHedgeStarts(seg, hedgeStarts, nh);
  return out;
}

/** Sentences of the last findCues with a word that may announce diverging accounts (DIVERGENCE_WORDS,
 *  outside quotations), as generation stamps: read by the contests stage through divergenceNoted. */
let divergenceMarks = new Int32Array(256);
let divergenceStamp = 0;
let divergenceSeg: WeakRef<Segmented> | null = null; // (weak: the draft is not kept alive by this note)
/** Sentences with one of ASSESSMENT_WORDS (anywhere), with the same stamps, and the kinds of those words. */
let assessmentMarks = new Int32Array(256);
let assessmentKinds = new Uint8Array(256);
/** The kinds of ASSESSMENT_WORDS (or'ed) in each sentence of seg (seg: the draft findCues read last; for
 *  another, every sentence may have all). Asked once per analysis: the answer is valid until the next findCues. */
export function assessmentNoter(seg: Segmented): (si: number) => number {
  if (divergenceSeg === null || divergenceSeg.deref() !== seg) return ALL_KINDS;
  const marks = assessmentMarks, kinds = assessmentKinds, stamp = divergenceStamp;
  return (si) => (si < marks.length && marks[si] === stamp ? kinds[si] : 0);
}
const ALL_KINDS = (): number => 7;
/** Sentence si of seg has one of DIVERGENCE_WORDS outside quotations (seg: the draft findCues read last;
 *  for another, every sentence may have one). */
export function divergenceNoted(seg: Segmented, si: number): boolean {
  if (divergenceSeg === null || divergenceSeg.deref() !== seg) return true;
  return si < divergenceMarks.length && divergenceMarks[si] === divergenceStamp;
}

let hedgeScratch: Int32Array = new Int32Array(768);
/** lineOf's memo for findCues (scratch, grown on demand). */
let linesScratch = new Uint8Array(64);
function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** quoteIsLine, memoised in `lines` (0 unknown, 1 a reported line, 2 a real quote). */
function lineOf(seg: Segmented, lines: Uint8Array, q: number): boolean {
  if (lines[q] === 0) lines[q] = lineOfQuote(seg, q) ? 1 : 2;
  return lines[q] === 1;
}

/** Marks the tokens of cue c, found at token i, as used (up to the sentence end). */
function markUsed(c: FoundCue, i: number, sEnd: number, toks: Token[], used: Int32Array, stamp: number): void {
  used[c.tok] = stamp;
  const parts = c.cue.parts;
  for (let pi = 0; pi < parts.length; pi++) {
    const p = parts[pi];
    for (let k = i; k < sEnd && toks[k].start < p.end; k++) if (toks[k].start >= p.start) used[k] = stamp;
  }
}

/** The auxiliary of `AUX ervan/er (van) overtuigd` ending at token j (`overtuigd`), or -1. */
function convincedAux(toks: Token[], j: number): number {
  const isEr = (t: Token) => t.lower === 'ervan' || t.lower === 'er';
  let a = -1;
  if (j >= 2 && isEr(toks[j - 1])) a = j - 2;
  else if (j >= 3 && toks[j - 1].lower === 'van' && isEr(toks[j - 2])) a = j - 3;
  return a >= 0 && toks[a].kind === 'word' && auxOnly !== null && auxOnly.has(toks[a].lower) ? a : -1;
}

/** A whole line wrapped in quotation marks without first-person speech: reported text, not a quote. */
const lineCache = new WeakMap<Segmented, Map<number, boolean>>();
export function quoteIsLine(seg: Segmented, q: number): boolean {
  let m = lineCache.get(seg);
  if (!m) lineCache.set(seg, (m = new Map()));
  const hit = m.get(q);
  if (hit !== undefined) return hit;
  const res = lineOfQuote(seg, q);
  m.set(q, res);
  return res;
}

function lineOfQuote(seg: Segmented, q: number): boolean {
  const r = seg.quotes[q];
  const text = seg.text;
  // only blanks between the line start and the opening mark, and between the closing mark and the line end
  let a = r.start - 1;
  while (a >= 0 && (text[a] === ' ' || text[a] === '\t')) a--;
  let b = r.end;
  while (b < text.length && (text[b] === ' ' || text[b] === '\t' || text[b] === '\r')) b++;
  let res = r.kind === 'speech' && (a < 0 || text[a] === '\n') && (b >= text.length || text[b] === '\n') && r.end - r.start > 60 && r.end - r.start < 5000;
  if (res) {
    const inner = text.slice(r.inner.start, r.inner.end).toLowerCase();
    res = !/\b(ik|we|wij|ons|onze|mij|mijn|jullie|u)\b/.test(inner) && /\b(zei|zegt|meldde|meldt|volgens|verklaarde|schreef)\b/.test(inner);
  }
  return res;
}

const HAVE_AUX = new Set(['heeft', 'hebben', 'had', 'hadden']);
/** Auxiliaries of a plural subject (heeft gezegd / hebben gezegd). */
const PLURAL_AUX = new Set(['hebben', 'hadden', 'zijn', 'waren', 'worden', 'werden', 'zullen', 'zouden']);
/** Finite forms of `houden` (for `het houden op`: puts a figure at). */
const HOUDEN_FORMS = new Set(['houdt', 'houd', 'houden', 'hield', 'hielden']);
/** Words that may open a figure: `hooguit vierhonderd`, `zo'n 500`, `ruim twee miljoen`. */
const FIGURE_WORDS = new Set(['hooguit', 'maximaal', 'minimaal', 'minstens', 'ten', 'minste', 'zo\'n', 'ongeveer', 'circa', 'ruim', 'bijna', 'krap', 'nog', 'zeker', 'een', 'één', ...CARDINAL_WORDS, ...COUNT_WORDS]);
/** A figure from token k on (a number, or a word that opens one, within three tokens). */
function figureAfter(toks: Token[], k: number): boolean {
  for (let j = k; j < k + 3 && j < toks.length; j++) {
    const w = toks[j];
    if (w.kind === 'number') return true;
    if (w.kind !== 'word') return false;
    if (!FIGURE_WORDS.has(w.lower) && !compoundNumber(w.lower)) return false;
    if (j > k || (w.lower !== 'een' && w.lower !== 'ten' && w.lower !== 'nog' && w.lower !== 'zeker')) return true;
  }
  return false;
}
/**
 * An agentless passive inside the content clause of the cue before it in its sentence, with no content of
 * its own: "ontkent dat er eerder problemen zijn gemeld" reports what was (not) said, not a statement. (Not
 * with an agent, `door`, nor with a clause or quotation after it.)
 */
function agentlessInContent(seg: Segmented, c: FoundCue, prev: FoundCue, sStart: number, sEnd: number): boolean {
  const toks = seg.tokens;
  if (prev.last >= c.anchor || toks[prev.tok].sentence !== toks[c.tok].sentence || prev.cue.kind !== 'verb') return false;
  let dat = false;
  for (let k = prev.last + 1; k < c.tok && k <= prev.last + 3; k++) if (toks[k].lower === 'dat' || toks[k].lower === 'of') { dat = true; break; }
  if (!dat || hasBefore(seg, c.tok, Math.max(sStart, prev.last), 'door') || hasAfter(seg, c.tok, Math.min(sEnd, c.tok + 5), DOOR)) return false;
  return !clauseHasContent(seg, c.last, sEnd);
}

/** The tokens strictly between a and b outside quotations (their marks not counted either). */
function outsideQuotes(toks: Token[], a: number, b: number): number {
  let n = 0;
  for (let k = a + 1; k < b; k++) if (toks[k].inQuote < 0 && toks[k].kind !== 'quote') n++;
  return n;
}
/** Words that open a new clause after a comma. */
const NEW_CLAUSE = new Set(['maar', 'en', 'want', 'omdat', 'terwijl', 'hoewel', 'toen', 'nadat', 'zodat', 'dus']);
/** A participle (`gemaakt`, `gesteld`, `aangekondigd`, `gegeven`). */
const PARTICIPLE_FORM = /^(aan|op|uit|af|in|mee|door|voor|toe|terug|weg|na|om|over|bij|vast|bekend)?ge[a-zà-ÿ]{2,}(d|t|en)$/;
/** Auxiliaries in the infinitive after a modal: `zou hebben gezegd`, `zal worden ontkend`. */
const INFINITIVE_AUX = new Set(['hebben', 'zijn', 'worden']);

/** Auxiliaries of the future (besides the modals) before a clause-final infinitive. */
const FUTURE_AUX = new Set(['zal', 'zullen', 'zou', 'zouden', 'gaat', 'gaan', 'ging', 'gingen']);
/** The plural forms of the modals and future auxiliaries the finite verb of `zou … hebben gezegd` may be. */
const PLURAL_MODAL: ReadonlySet<string> = new Set([...MODALS, ...FUTURE_AUX].filter((w) => w.endsWith('en')));
const NAAR_WORDS = ['naar', 'erop', 'op'];
/** An informal participle or past form before the word ("geschrokken uitroepen"): it is a noun or infinitive then. */
const GE_FORM = /^(aan|op|uit|af|in|mee|door|voor|toe|terug|weg|na|om|over|bij)?ge[a-zà-ÿ]+(en|de|te)$/;


/**
 * Word classes of the function words the cue tests look at around a verb, as bits: one look-up by the
 * token's letters in the text (WordIndex) instead of a Set look-up per class on a fresh string.
 */
const W_MODAL = 1, W_AUX = 2, W_FUTURE = 4, W_NEG_OBJECT = 8, W_NOUN_BEFORE = 16, W_FIRST_PERSON = 32, W_HAVE_AUX = 64;
const W_IK_JE = 128, W_DAT_EN = 256, W_DAT_EN_MAAR = 512, W_DET_LIKE = 1024, W_CONTENT = 2048, W_DAT_OM = 4096, W_ZICH = 8192;
const W_NOUN_ADJECTIVE = 16384, W_NOUN_DETERMINER = 32768, W_PARTICLE = 65536;
let wordClasses: WordBits | null = null;
function buildWordClasses(): WordBits {
  const m = new Map<string, number>();
  const add = (bit: number, words: Iterable<string>) => { for (const w of words) m.set(w, (m.get(w) ?? 0) | bit); };
  add(W_MODAL, MODALS);
  add(W_AUX, AUXILIARIES);
  add(W_FUTURE, FUTURE_AUX);
  add(W_NEG_OBJECT, NEG_OBJECT);
  add(W_NOUN_BEFORE, NOUN_BEFORE);
  add(W_FIRST_PERSON, FIRST_PERSON);
  add(W_HAVE_AUX, HAVE_AUX);
  add(W_IK_JE, ['ik', 'je', 'jij']);
  add(W_DAT_EN, ['dat', 'en']);
  add(W_DAT_EN_MAAR, ['dat', 'en', 'maar']);
  add(W_DET_LIKE, DET_LIKE);
  add(W_CONTENT, CONTENT_WORDS);
  add(W_DAT_OM, ['dat', 'om']);
  add(W_ZICH, ['zich', 'zichzelf']);
  add(W_NOUN_ADJECTIVE, NOUN_ADJECTIVES);
  add(W_NOUN_DETERMINER, NOUN_DETERMINERS);
  for (const infos of VERB_FORMS.values()) for (const x of infos) if (x.particle) add(W_PARTICLE, [x.particle]);
  return new WordBits(m);
}
/**
 * The W_ bits of token k (0 for any other word or token), memoised for one findCues call: the windows
 * of the cue tests (particle, clause end, content, modal) overlap, within a cue and between the cues
 * of a sentence. classBits[k] holds the bits when classStamps[k] is the call's stamp (so that nothing
 * is cleared per call: only the few tokens around cues are touched).
 */
function classAt(seg: Segmented, k: number): number {
  if (classStamps[k] === classStamp) return classBits[k];
  const t = seg.tokens[k];
  const c = (wordClasses ??= buildWordClasses()).get(seg.text, t.start, t.end, t.lower);
  classStamps[k] = classStamp;
  classBits[k] = c;
  return c;
}
let classStamps = new Int32Array(1024);
let classBits = new Int32Array(1024);
let classStamp = 0;
/** Readies the memo of classAt for an analysis of n tokens. */
function beginClassMemo(n: number): void {
  if (classStamps.length < n || classStamp >= 0x7fffffff) {
    const size = Math.max(n, classStamps.length);
    classStamps = new Int32Array(size);
    classBits = new Int32Array(size);
    classStamp = 0;
  }
  classStamp++;
}

const DOT = 46, COLON = 58, SEMICOLON = 59, QUESTION = 63, EXCLAMATION = 33;
/**
 * The character of a one-character token, else -1: `charOf(text, t) === COLON` is `t.text === ':'`,
 * read from the document (warm in the cache) instead of from the token's own string.
 */
function charOf(text: string, t: Token): number {
  return t.end - t.start === 1 ? text.charCodeAt(t.start) : -1;
}

/** `needs` with alternatives (`over,van,met`), split once. */
const needsLists = new Map<string, string[]>();
function alternatives(needs: string): string[] {
  let l = needsLists.get(needs);
  if (!l) needsLists.set(needs, (l = needs.split(',')));
  return l;
}

/** s !== s.toUpperCase(), without making the upper-case copy for plain ASCII. */
function changesInUpperCase(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128) return s !== s.toUpperCase();
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/**
 * The cue whose main span runs from token a to token b and, for a split verb, whose second part runs
 * from token xa to xb (xa null: none). (Parts made at their final length; a one-token cue's text is
 * its token's text, no new string.)
 */
function mk(seg: Segmented, a: Token, b: Token, lemma: string, kind: Cue['kind'], xa: Token | null, xb: Token | null, denial: boolean): Cue {
  const main: Span = { start: a.start, end: b.end };
  const parts = xa !== null && xb !== null && xa.start !== a.start ? [main, { start: xa.start, end: xb.end }] : [main];
  return { start: a.start, end: b.end, text: a === b ? a.text : seg.text.slice(a.start, b.end), lemma, kind, parts, denial };
}

function clauseEnd(seg: Segmented, i: number, end: number, max = 25): number {
  const toks = seg.tokens;
  let k = i + 1;
  for (; k < end && k < i + max; k++) {
    const t = toks[k];
    if (t.kind === 'punct') {
      const c = charOf(seg.text, t);
      if (c === SEMICOLON || c === COLON || c === DOT || c === QUESTION || c === EXCLAMATION) break;
    }
    if (t.kind === 'word' && k > i + 1 && (classAt(seg, k) & W_DAT_OM) !== 0) break;
  }
  return k;
}

function cueAt(seg: Segmented, i: number, sStart: number, sEnd: number, cw: CueWord): FoundCue | null {
  const toks = seg.tokens;
  const t = toks[i];
  const lw = t.lower;
  // prepositions
  if (cw.volgens || cw.aldus) {
    const n = toks[i + 1];
    if (!isWord(n) || n.sentence !== t.sentence) return null;
    // (`aldus` as an adverb, `aldus geschiedde`, has a verb after it; a source is a name, a determiner,
    // a pronoun or a title: `aldus voorzitter Anouk Rietveld`, `aldus zijn advocaat`)
    if (cw.aldus && !(n.cap || ALDUS_NEXT.has(n.lower) || classifyNoun(n.lower) != null)) return null;
    if (cw.volgens && VOLGENS_NOT.has(n.lower)) return null;
    return foundCue(mk(seg, t, t, lw, 'preposition', null, null, false), i, i, i, false, null, null, false);
  }
  // naar eigen zeggen
  if (cw.naar && toks[i + 1]?.lower === 'eigen' && toks[i + 2]?.lower === 'zeggen') {
    return foundCue(mk(seg, t, toks[i + 2], 'naar eigen zeggen', 'phrase', null, null, false), i, i, i + 2, false, null, null, false);
  }
  // "houdt het op zeven weken": puts a figure at (a claim about a number), the finite verb as the cue
  if (cw.infos && toks[i + 1]?.lower === 'het' && toks[i + 2]?.lower === 'op' && HOUDEN_FORMS.has(t.lower) && figureAfter(toks, i + 3)) {
    return foundCue(mk(seg, t, toks[i + 2], 'het houden op', 'phrase', null, null, false), i, i, i + 2, false, t.lower === 'houden' || t.lower === 'hielden', null, false);
  }
  // maakt zich zorgen (dat) / is ervan overtuigd (dat)
  if (cw.maken && REFLEXIVE.has(toks[i + 1]?.lower ?? '') && toks[i + 2]?.lower === 'zorgen') {
    return foundCue(mk(seg, t, toks[i + 2], 'zich zorgen maken', 'phrase', null, null, false), i, i, i + 2, false, cw.endsEn, null, false);
  }
  if (cw.aux && (toks[i + 1]?.lower === 'ervan' || toks[i + 1]?.lower === 'er') && (toks[i + 2]?.lower === 'overtuigd' || (toks[i + 2]?.lower === 'van' && toks[i + 3]?.lower === 'overtuigd'))) {
    const last = toks[i + 2].lower === 'overtuigd' ? i + 2 : i + 3;
    return foundCue(mk(seg, t, toks[last], 'overtuigd zijn', 'phrase', null, null, false), i, i, last, false, null, null, false);
  }
  if (!cw.infos) return null;
  // a capitalised verb form right after a capitalised word mid-sentence is a surname: "Jan Post", "Eva Meld"
  const before = toks[i - 1];
  if (t.cap && i > sStart && before && before.kind === 'word' && before.cap && !(before.inQuote >= 0 && t.inQuote < 0) && changesInUpperCase(t.text)) return null;
  return verbCueAt(seg, i, sStart, sEnd, cw);
}

/** The verb before a quotation follows punctuation: `"...", zegt hij` (inversion after the content). */
function afterPunct(seg: Segmented, i: number): boolean {
  const toks = seg.tokens;
  const prev = toks[i - 1];
  return !!prev && (prev.text === ',' || (prev.kind === 'quote' && (toks[i - 2]?.text === ',' || /[,.!?]\s*$/.test(seg.text.slice(Math.max(0, prev.start - 3), prev.start)))));
}

/** A capitalised word after the sentence start is a name, not the verb it spells (`De Wilde zegt`, `Hans de Wilde liet weten`). */
function nameLike(w: { cap: boolean }, k: number, sStart: number): boolean {
  return w.cap && k > sStart;
}

/** The cue of a reporting-verb form at i (no closures: they would need a heap context per call). */
function verbCueAt(seg: Segmented, i: number, sStart: number, sEnd: number, cw: CueWord): FoundCue | null {
  const toks = seg.tokens;
  const t = toks[i];
  const prev = toks[i - 1];
  const next = toks[i + 1];
  // the bare infinitive after te / a modal is no cue; nor a reflexive "meldde zich"
  if (prev && (prev.text === 'te' || prev.text === 'om')) return null;
  const text = seg.text;
  const nextClass = next ? classAt(seg, i + 1) : 0;
  if ((nextClass & W_ZICH) !== 0 && !cw.reflexiveCue) return null;
  if ((nextClass & W_NEG_OBJECT) !== 0) return null;
  let ce = -1; // the clause end, computed when first needed: (ce < 0 ? (ce = clauseEnd(seg, i, sEnd)) : ce)

  // a participle after (or before) an auxiliary: heeft gezegd, werd ontkend (door), gezegd heeft
  // (a form that is also finite, `verweten`, `vergeten`, is the participle after a passive auxiliary:
  // "Door de oppositie wordt hem nu verweten dat ...")
  if (cw.participleOnly || (cw.participle !== null && cw.hasFinite && passiveAuxBefore(seg, i, sStart))) {
    let aux = -1;
    for (let k = i - 1; k >= sStart && k >= i - 14; k--) {
      const w = toks[k];
      if (w.kind !== 'word') {
        if (w.text === ',' && k < i - 1 && aux < 0) continue;
        // the dot of an initial ("werd door K. zelf ontkend") does not end the clause
        if (w.text === '.' && k > sStart && toks[k - 1].kind === 'word' && toks[k - 1].end === w.start && /^\p{Lu}$/u.test(toks[k - 1].text)) continue;
        if (w.kind === 'punct') break;
        continue;
      }
      if ((classAt(seg, k) & (W_AUX | W_MODAL)) !== 0) { aux = k; break; }
    }
    // an auxiliary far before (a long subject between: "Dat heeft burgemeester Karel de Groot dinsdagavond in
    // de raad verklaard") only with content: a fronted demonstrative or a content clause, quote or colon
    if (aux >= 0 && i - aux > 10 && outsideQuotes(toks, aux, i) > 10 && !(toks[sStart].kind === 'word' && (toks[sStart].lower === 'dat' || toks[sStart].lower === 'dit')) && !clauseHasContent(seg, i, sEnd)) aux = -1;
    if (aux < 0) aux = auxPastParenthesis(seg, i, sStart);
    if (aux < 0 && (nextClass & W_AUX) !== 0) aux = i + 1;
    if (aux < 0) return null;
    const info = cw.participle;
    if (!info) return null;
    if (info.lemma === 'noemen' && namesItself(seg, i, sStart)) return null;
    const auxLower = toks[aux].lower;
    let passive = PASSIVE_AUX.has(auxLower);
    // an infinitive auxiliary after a finite modal: "Kuijpers zou de ontwikkelaar hebben beloofd dat ...";
    // the modal is the finite verb (the anchor for the subject, its number the subject's)
    let finite = aux;
    if (INFINITIVE_AUX.has(auxLower)) {
      for (let k = aux - 1; k >= sStart && k >= aux - 12; k--) {
        const w = toks[k];
        if (w.kind === 'punct') break;
        if (w.kind === 'word' && (classAt(seg, k) & (W_MODAL | W_FUTURE)) !== 0) { finite = k; break; }
      }
    }
    // "is/was gezegd" with door is passive too
    let door = -1;
    for (let k = i + 1; k < Math.min(sEnd, i + 4); k++) if (toks[k].lower === 'door') { door = k; break; }
    if (door < 0) for (let k = i - 1; k > finite; k--) if (toks[k].lower === 'door') { door = k; break; }
    if (door >= 0 && (auxLower === 'is' || auxLower === 'was' || auxLower === 'zijn' || auxLower === 'waren')) passive = true;
    // "werd (met klem) van de hand gewezen": a fixed phrase of rejection
    const byHand = info.lemma === 'wijzen' && i >= sStart + 3 && toks[i - 1].lower === 'hand' && toks[i - 2].lower === 'de' && toks[i - 3].lower === 'van';
    if (info.needs === 'naar' && !byHand && !hasAfter(seg, i, ce < 0 ? (ce = clauseEnd(seg, i, sEnd)) : ce, NAAR_WORDS)) return null;
    if (info.needs && info.needs.includes(',') && !hasAfter(seg, i, ce < 0 ? (ce = clauseEnd(seg, i, sEnd)) : ce, alternatives(info.needs))) return null;
    if (info.cognition && !hasContent(seg, i, sEnd)) return null;
    // the perfect of a te-infinitive without content of its own: "beschuldigde de regering ervan te laat te
    // hebben gewaarschuwd" (its subject is the matrix clause's; not "ontkent te hebben gezegd dat ...")
    if (aux > sStart && toks[aux - 1].lower === 'te' && INFINITIVE_AUX.has(auxLower) && !clauseHasContent(seg, i, sEnd)) return null;
    const plural = PLURAL_AUX.has(toks[finite].lower) || (finite !== aux && PLURAL_MODAL.has(toks[finite].lower));
    return foundCue(mk(seg, t, t, byHand ? 'van de hand wijzen' : info.lemma, 'verb', null, null, info.deny || byHand), passive ? i : finite, i, i, passive, plural, null, info.cognition);
  }
  if (!cw.hasFinite) return null;
  const prevClass = prev ? classAt(seg, i - 1) : 0;
  // a noun that looks like a verb: "een bericht", "het antwoord", "op vragen", "geschrokken uitroepen"
  if (prev && prev.kind === 'word' && prev.inQuote === t.inQuote && (((prevClass & W_NOUN_BEFORE) !== 0 && changesInUpperCase(prev.text)) || (cw.allPresentPl && prev.lower.length > 6 && GE_FORM.test(prev.lower) && !classifyNoun(prev.lower)))) return null;
  // "Dat verwijt werd ontkend", "heeft die berichten niet bevestigd": after `dat`/`die` as a determiner it is a noun
  if (prev && prev.kind === 'word' && prev.inQuote === t.inQuote && (prev.lower === 'dat' || prev.lower === 'die') && demonstrativeNoun(seg, i, sStart, cw, nextClass)) return null;
  // a plural form before a plural passive or perfect auxiliary and a participle is a noun, that verb's
  // subject: "dat er grappen werden gemaakt", "omdat er vragen zijn gesteld"
  if (cw.allPresentPl && next && (nextClass & W_AUX) !== 0 && PLURAL_AUX.has(next.lower) && next.inQuote === t.inQuote && toks[i + 2]?.kind === 'word' && PARTICIPLE_FORM.test(toks[i + 2].lower)) return null;
  // the bare stem is first person (zeg ik); elsewhere it is a noun (antwoord, verklaar...)
  if (cw.allPresentSg && !cw.endsT && (nextClass & W_IK_JE) === 0 && (prevClass & W_IK_JE) === 0) return null;
  // an infinitive at the end of a clause with a modal earlier: "zullen ... aan de orde stellen"
  if (cw.allPresentPl && !invertedAfterComma(seg, i)) {
    for (let k = i - 1; k >= sStart && k >= i - 25; k--) {
      const w = toks[k];
      if (w.kind === 'punct' && (charOf(text, w) === COLON || charOf(text, w) === SEMICOLON)) break;
      if (w.kind !== 'word') continue;
      const c = classAt(seg, k);
      if ((c & W_DAT_EN) !== 0) break;
      // a perfect opens an inverted main clause after a comma (`Het kan niet, heeft hij laten weten`): the
      // modal before it is another clause's (but `…, wilde niemand zeggen`: that modal governs the infinitive)
      if ((c & W_HAVE_AUX) !== 0 && toks[k - 1]?.text === ',' && k - 1 > sStart) break;
      if ((c & (W_MODAL | W_FUTURE)) !== 0 && !nameLike(w, k, sStart)) return null;
    }
  }
  // a present plural is also the infinitive: after a modal or auxiliary it is not finite
  // (but `heeft laten weten`: the perfect of the fixed phrase, an infinitive-for-participle)
  if (((prevClass & W_MODAL) !== 0 && !nameLike(prev, i - 1, sStart)) || ((prevClass & W_AUX) !== 0 && !(cw.latenWeten && (prevClass & W_HAVE_AUX) !== 0) && cw.allPresentPl)) return null;

  // separable verbs: particle later in the clause (kondigde ... aan) or just before (bekend maakte)
  let chosen: VerbInfo | null = null;
  let particleTok = -1;
  const separable = cw.separable;
  if (separable !== null) {
    let found: Int32Array | null = null; // findParticles' answer, when first needed
    for (let fi = 0; fi < separable.length; fi++) {
      const info = separable[fi];
      if (prev && prev.lower === info.particle) { chosen = info; particleTok = i - 1; break; }
      found ??= findParticles(seg, i, sEnd, cw.particles);
      const p = found[cw.particleOf[fi]];
      if (p >= 0) { chosen = info; particleTok = p; break; }
    }
  }
  if (!chosen) chosen = cw.plain;
  if (!chosen) return null;
  if (chosen.lemma === 'noemen' && namesItself(seg, i, sStart)) return null;
  const plural = chosen.kind === 'present-pl' || chosen.kind === 'past-pl';
  // laat weten
  if (chosen.needs === 'weten') {
    let w = -1;
    // (a long subject may stand between: "Wel liet een bron binnen de dienst tegenover het persbureau AFP weten")
    for (let k = i + 1, e = ce < 0 ? (ce = clauseEnd(seg, i, sEnd)) : ce; k < e && k < i + 18; k++) {
      if (toks[k].lower === 'weten') { w = k; break; }
      // (a new clause: "liet de spelers trainen, maar wilde niet weten")
      if (charOf(seg.text, toks[k]) === 44 && NEW_CLAUSE.has(toks[k + 1]?.lower ?? '')) break;
    }
    if (w < 0) return null;
    // the perfect "heeft (inmiddels) laten weten": the auxiliary is the finite verb the subject goes with
    let anchor = i;
    for (let k = i - 1; k >= sStart && k >= i - 9; k--) {
      const w2 = toks[k];
      if (w2.kind !== 'word') break;
      if (HAVE_AUX.has(w2.lower)) { anchor = k; break; }
      if (VERB_FORMS.has(w2.lower) || AUXILIARIES.has(w2.lower)) break;
    }
    const pl = anchor !== i ? toks[anchor].lower === 'hebben' || toks[anchor].lower === 'hadden' : plural;
    return foundCue(mk(seg, t, w === i + 1 ? toks[w] : t, 'laten weten', 'phrase', toks[w], toks[w], false), anchor, i, w, false, pl, null, false);
  }
  let target: number | null = null;
  if (chosen.needs && chosen.needs.includes(',') && !hasAfter(seg, i, ce < 0 ? (ce = clauseEnd(seg, i, sEnd)) : ce, alternatives(chosen.needs))) return null;
  if (chosen.needs === 'naar') {
    let n = -1;
    for (let k = i + 1, e = ce < 0 ? (ce = clauseEnd(seg, i, sEnd)) : ce; k < e && k < i + 6; k++) if (toks[k].lower === 'naar' || toks[k].lower === 'erop' || toks[k].lower === 'op') { n = k; break; }
    if (n < 0) {
      // "wees het voorstel van de hand": the fixed phrase of rejection
      for (let k = i + 1, e = ce; k + 2 < e && k < i + 10; k++) {
        if (toks[k].lower === 'van' && toks[k + 1].lower === 'de' && toks[k + 2].lower === 'hand') {
          return foundCue(mk(seg, t, t, 'van de hand wijzen', 'verb', toks[k], toks[k + 2], true), i, i, k + 2, false, plural, null, false);
        }
      }
      return null;
    }
    target = n + 1;
  }
  if (chosen.inversionOnly && !afterPunct(seg, i)) return null;
  // "gelooft (er/daar) niets van", "geloven er geen woord van": disbelief, a denial without a content clause
  if (chosen.lemma === 'geloven' && t.inQuote < 0) {
    for (let k = i + 1, e = ce < 0 ? (ce = clauseEnd(seg, i, sEnd)) : ce; k < e && k < i + 6; k++) {
      const w = toks[k].lower;
      const v = (w === 'niets' || w === 'niks') ? k + 1 : w === 'geen' && toks[k + 1]?.lower === 'woord' ? k + 2 : -1;
      if (v > 0 && toks[v]?.lower === 'van') return foundCue(mk(seg, t, t, 'geloven', 'verb', null, null, true), i, i, i, false, plural, null, false);
    }
  }
  // (an idiom of disagreement needs no content: "De officier denkt daar heel anders over.")
  if (chosen.cognition && !afterPunct(seg, i) && !hasContent(seg, i, sEnd) && !idiomAfter(seg, i, sEnd, chosen.lemma)) return null;
  // inside a quotation, first-person cognition ("Ik weet zeker") is the speaker's own words
  if (chosen.cognition && t.inQuote >= 0) return null;
  if ((nextClass & W_FIRST_PERSON) !== 0 && t.inQuote < 0 && chosen.cognition) return null;
  // the particle just before the verb belongs to the main span (bekend maakte); a later one is a part of its own
  const before = particleTok >= 0 && particleTok === i - 1;
  const extra = particleTok >= 0 && !before ? toks[particleTok] : null;
  const last = extra !== null ? particleTok : i;
  return foundCue(mk(seg, before ? toks[i - 1] : t, t, chosen.lemma, 'verb', extra, extra, chosen.deny), i, i, last, false, plural, target, chosen.cognition);
}

/**
 * A verb form at i right after `dat`/`die` (token i - 1) that is a noun with the demonstrative as its
 * determiner, read from the verb positions around it:
 * - a finite auxiliary or modal follows that agrees with it in number: the two words are the fronted
 *   subject of that verb (`Dat verwijt werd ontkend`, `Die berichten zijn onbevestigd`; but `Dat verwijt
 *   zijn ouders hem` keeps the verb: a singular noun is no subject of `zijn`);
 * - a finite auxiliary or modal, or a preposition, stands right before the demonstrative: the phrase is
 *   in the middle field of a clause whose finite verb came already (`heeft die berichten niet bevestigd`)
 *   or in a prepositional phrase (`over dat verwijt`), where no finite verb stands.
 * A reporting verb keeps its subject or object after it: `Dat verwijt hij de minister`, `Die berichten
 * hem dat ...`.
 */
function demonstrativeNoun(seg: Segmented, i: number, sStart: number, cw: CueWord, nextClass: number): boolean {
  const toks = seg.tokens;
  const t = toks[i];
  const next = toks[i + 1];
  if ((nextClass & (W_AUX | W_MODAL)) !== 0 && next.kind === 'word' && next.sentence === t.sentence && next.inQuote === t.inQuote && !nameLike(next, i + 1, sStart) && (PLURAL_AUX.has(next.lower) || next.lower.endsWith('en')) === cw.endsEn) return true;
  if (i - 2 < sStart) return false;
  const before = toks[i - 2];
  return before.kind === 'word' && before.inQuote === t.inQuote && !nameLike(before, i - 2, sStart) && (classAt(seg, i - 2) & (W_AUX | W_MODAL | W_NOUN_BEFORE)) !== 0;
}

/** The auxiliary of a participle whose `door`-agent carries a parenthesis (`werd door burgemeester Hilde
 *  Stroobants (CD&V) tegengesproken`): the search of verbCueAt with the parenthesis skipped, or -1. */
function auxPastParenthesis(seg: Segmented, i: number, sStart: number): number {
  const toks = seg.tokens;
  let words = 0, paren = false;
  for (let k = i - 1; k >= sStart && words < 12; k--) {
    const w = toks[k];
    if (w.text === ')') {
      let o = k - 1;
      while (o >= sStart && o > k - 8 && toks[o].text !== '(') o--;
      if (o < sStart || toks[o].text !== '(') return -1;
      k = o;
      paren = true;
      continue;
    }
    // (the dot of an initial: "heeft wethouder H. Brouwer (economie) ... verklaard")
    if (w.text === '.' && k > sStart && toks[k - 1].kind === 'word' && toks[k - 1].end === w.start && toks[k - 1].text.length === 1) continue;
    if (w.kind !== 'word') return -1;
    words++;
    if (paren && (classAt(seg, k) & (W_AUX | W_MODAL)) !== 0) return k;
  }
  return -1;
}

/** `..., zeggen ingewijden.`: a present plural right after a comma with its subject after it is finite
 *  (inversion after the content), whatever modal the content holds. */
function invertedAfterComma(seg: Segmented, i: number): boolean {
  const toks = seg.tokens;
  const prev = toks[i - 1], next = toks[i + 1], after = toks[i + 2];
  if (!prev || prev.text !== ',' || !next || next.kind !== 'word' || next.sentence !== toks[i].sentence) return false;
  if (next.lower === 'dat' || next.lower === 'te' || next.lower === 'om' || VERB_FORMS.has(next.lower) || AUXILIARIES.has(next.lower)) return false;
  // the subject ends the sentence or its clause: "zeggen ingewijden." / "zeggen de bonden,"
  return !after || after.kind !== 'word' || after.sentence !== toks[i].sentence || (toks[i + 3] !== undefined && toks[i + 3].kind !== 'word');
}

/** A reporting verb used without reported content (lexicon/noncues.ts): `roept vragen op`, `vragen
 *  hebben gesteld`, `veroordeeld tot`, `sprak met X over Y`, `is gepraat`, `een tweede bericht`. */
function reportsNothing(seg: Segmented, c: FoundCue, sStart: number, sEnd: number): boolean {
  const toks = seg.tokens;
  const lemma = c.cue.lemma;
  const i = c.tok;
  if (c.cue.kind !== 'verb' || toks[i].inQuote >= 0) return false;
  if ((noncueLemmas ??= new Set([...PLAIN_OBJECTS.keys(), ...PLAIN_PREPOSITIONS.keys(), ...CONTENT_ONLY, ...CONTENT_OR_WORDS.keys(), ...NEGATED_STATUS])).has(lemma)) {
    const r = lemmaReportsNothing(seg, c, sStart, sEnd);
    if (r >= 0) return r === 1;
  }
  // the finite verb of a clause opened by `Volgens X` reports what X says happened, not a statement of its own,
  // unless it has content of its own: "Volgens de premier reageerde de regering "binnen het uur"" (not
  // "Volgens de krant zei de minister dat ...", nor a denial)
  // (a verb of knowing there is what X claims even with a content clause: "Volgens het rapport wist de provincie dat ...")
  if (!c.passive && !c.cue.denial && volgensClause(seg, c, sStart, sEnd, c.cognition && c.cue.lemma === 'weten')) return true;
  // a participle after `volgens X` in its clause, with no agent or content of its own, is what X says is the
  // case: "De schuur was volgens de eigenaar wel verzekerd", "Het huis is volgens hem nooit verkocht."
  if (c.cue.kind === 'verb' && c.anchor < i && volgensBetween(seg, c.anchor, i) && !c.cue.denial && !anaphoricStart(seg, sStart) && !hasBefore(seg, i, sStart, 'door') && !hasAfter(seg, i, Math.min(sEnd, i + 5), DOOR) && !clauseHasContent(seg, c.last, sEnd)) return true;
  // a noun after a determiner and an inflected adjective: "in een tweede bericht op Telegram"
  const a = toks[i - 1], d = toks[i - 2];
  if (i - 2 >= sStart && c.cue.parts.length === 1 && a.kind === 'word' && (classAt(seg, i - 1) & W_NOUN_ADJECTIVE) !== 0 && d.kind === 'word' && (classAt(seg, i - 2) & W_NOUN_DETERMINER) !== 0) return true;
  // ... or a present participle as an adjective: "een reeks dreigende berichten", "verontrustende verklaringen"
  if (i - 1 >= sStart && c.cue.parts.length === 1 && !c.passive && a.kind === 'word' && a.inQuote === toks[i].inQuote && a.lower.length > 6 && a.lower.endsWith('ende') && !toks[i].cap && toks[i].lower.endsWith('en')) return true;
  // an agentless passive of making public without content: an event (`De uitslag wordt in november bekendgemaakt`)
  if (c.passive && PUBLICATION.has(lemma) && !hasBefore(seg, i, sStart, 'door') && !hasAfter(seg, i, Math.min(sEnd, i + 5), DOOR) && !clauseHasContent(seg, c.last, sEnd) && !anaphoricStart(seg, sStart)) return true;
  // a passive sentence without an agent: a court's, not a speaker's (`werd al eens veroordeeld voor vernieling`)
  return c.passive && PASSIVE_PLAIN.has(lemma) && !hasBefore(seg, i, sStart, 'door') && !hasAfter(seg, i, Math.min(sEnd, i + 5), DOOR);
}

/** The cue's finite verb right after a sentence-initial `Volgens X` (at most six words, no punctuation),
 *  with no content clause or colon of its own in its clause. */
function volgensClause(seg: Segmented, c: FoundCue, sStart: number, sEnd: number, evenWithContent = false): boolean {
  const toks = seg.tokens;
  const a = c.anchor;
  if (a - sStart < 2 || a - sStart > 7 || toks[sStart].lower !== 'volgens' || toks[sStart].inQuote >= 0) return false;
  for (let k = sStart + 1; k < a; k++) if (toks[k].kind !== 'word') return false;
  if (evenWithContent) return true;
  const e = clauseEnd(seg, c.last, sEnd);
  for (let k = c.last + 1; k < e && k < sEnd; k++) {
    const w = toks[k];
    if (w.text === ':' || (w.kind === 'word' && w.inQuote < 0 && (w.lower === 'dat' || w.lower === 'of'))) return false;
  }
  return !(e < sEnd && toks[e].kind === 'word' && (toks[e].lower === 'dat' || toks[e].lower === 'of'));
}

/** `volgens` between the finite verb at a and the participle at i (at most eight words, outside quotations,
 *  no punctuation): `was volgens de eigenaar wel verzekerd`. */
function volgensBetween(seg: Segmented, a: number, i: number): boolean {
  if (i - a > 8) return false;
  const toks = seg.tokens;
  for (let k = a + 1; k < i; k++) {
    const w = toks[k];
    if (w.kind !== 'word' || w.inQuote >= 0) return false;
    if (w.lower === 'volgens') return true;
  }
  return false;
}

/** The sentence opens with a demonstrative standing for what was said (`Dat werd gisteren bekendgemaakt`). */
function anaphoricStart(seg: Segmented, sStart: number): boolean {
  const w = seg.tokens[sStart];
  return w.kind === 'word' && (w.lower === 'dat' || w.lower === 'dit' || w.lower === 'zo');
}

/** Lemmas with a rule of their own in lexicon/noncues.ts (built on first use). */
let noncueLemmas: Set<string> | null = null;

/** The rules of lexicon/noncues.ts for the verb cue c: 1 it reports nothing, 0 it does, -1 no rule decides. */
function lemmaReportsNothing(seg: Segmented, c: FoundCue, sStart: number, sEnd: number): number {
  const toks = seg.tokens;
  const lemma = c.cue.lemma;
  const i = c.tok;
  const asks = CONTENT_OR_WORDS.get(lemma);
  if (asks) {
    // (`roept vragen op` first: PLAIN_OBJECTS)
    if (PLAIN_OBJECTS.has(lemma) && lemmaPlain(seg, lemma, i, sStart, sEnd) === 1) return 1;
    if (afterPunct(seg, i) || contentAfter(seg, c.last, sEnd)) return 0;
    for (let k = c.last + 1, e = clauseEnd(seg, c.last, sEnd); k < e; k++) if (toks[k].kind === 'word' && asks.has(toks[k].lower)) return 0;
    return 1;
  }
  if (NEGATED_STATUS.has(lemma)) return negatedStatus(seg, c, sStart, sEnd) ? 1 : -1;
  return lemmaPlain(seg, lemma, i, sStart, sEnd);
}

/** A content clause right after token k (the verb or its particle: `riep uit dat`), a quotation or a colon later in its sentence. */
function contentAfter(seg: Segmented, k: number, sEnd: number): boolean {
  const n = seg.tokens[k + 1];
  return (k + 1 < sEnd && n.kind === 'word' && n.lower === 'dat') || clauseHasContent(seg, k, sEnd);
}

/**
 * The participle of a NEGATED_STATUS verb at c.tok in a negated passive without an agent and without
 * content: `is niet bevestigd`, `kon (nog) niet worden bevestigd`; not `heeft ... niet bevestigd` (its
 * subject is the source), `is door X niet bevestigd`, `werd niet bevestigd dat ...`.
 */
function negatedStatus(seg: Segmented, c: FoundCue, sStart: number, sEnd: number): boolean {
  const toks = seg.tokens;
  const i = c.tok;
  if (c.cue.parts.length !== 1 || c.last !== i) return false;
  let neg = false, aux = false;
  for (let k = i - 1; k >= sStart && k >= i - 5 && !(neg && aux); k--) {
    const w = toks[k];
    if (w.kind !== 'word') break;
    if (NEGATIONS.has(w.lower)) neg = true;
    else if (STATUS_AUX.has(w.lower)) aux = true;
    else if (HAVE_AUX.has(w.lower)) return false; // the perfect: `heeft (die berichten) niet bevestigd`
  }
  // (the auxiliary may also come after the participle: "dat de claim niet bevestigd is")
  if (neg && !aux && i + 1 < sEnd && STATUS_AUX.has(toks[i + 1].lower)) aux = true;
  if (!neg || !aux || hasBefore(seg, i, sStart, 'door') || hasAfter(seg, i, Math.min(sEnd, i + 5), DOOR)) return false;
  return !contentAfter(seg, i, sEnd);
}

/** The rules of PLAIN_OBJECTS, PLAIN_PREPOSITIONS and CONTENT_ONLY for the verb `lemma` at i (as lemmaReportsNothing). */
function lemmaPlain(seg: Segmented, lemma: string, i: number, sStart: number, sEnd: number): number {
  const toks = seg.tokens;
  const objects = PLAIN_OBJECTS.get(lemma);
  if (objects) for (let k = Math.max(sStart, i - 3); k < Math.min(sEnd, i + 3); k++) if (k !== i && objects.has(toks[k].lower)) return clauseHasContent(seg, i, sEnd) ? 0 : 1;
  const preps = PLAIN_PREPOSITIONS.get(lemma);
  if (preps) {
    // the first preposition after the verb (a time adverb may come between: `sprak vorige maand nog met`)
    for (let k = i + 1; k < Math.min(sEnd, i + 5); k++) {
      const w = toks[k];
      if (w.kind !== 'word' || w.inQuote >= 0) break;
      if (preps.has(w.lower)) return clauseHasContent(seg, i, sEnd) ? 0 : 1;
      if (w.lower === 'over' || w.lower === 'van' || w.lower === 'tegen' || w.lower === 'dat') break;
    }
  }
  return CONTENT_ONLY.has(lemma) && !clauseHasContent(seg, i, sEnd) ? 1 : -1;
}
/** Verbs whose agentless passive reports no statement (`werd veroordeeld`). */
const PASSIVE_PLAIN = new Set(['veroordelen']);
const DOOR = ['door'];

/** A passive auxiliary (wordt, werd, worden, werden) shortly before i in its clause (words only between). */
function passiveAuxBefore(seg: Segmented, i: number, sStart: number): boolean {
  const toks = seg.tokens;
  for (let k = i - 1; k >= sStart && k >= i - 6; k--) {
    const w = toks[k];
    if (w.kind !== 'word') return false;
    if (PASSIVE_AUX.has(w.lower)) return true;
  }
  return false;
}

/** A content clause, quotation or colon after the verb in its sentence (bounded). */
function clauseHasContent(seg: Segmented, i: number, sEnd: number): boolean {
  const toks = seg.tokens;
  for (let k = i + 1; k < sEnd && k < i + 20; k++) {
    const w = toks[k];
    if (w.kind === 'quote' || w.text === ':' || w.inQuote >= 0) return true;
    if (w.kind === 'word' && (w.lower === 'dat' || w.lower === 'of') && toks[k - 1].text === ',') return true;
    if (w.kind === 'word' && w.lower === 'dat' && k === i + 1) return true;
  }
  return false;
}

function pickParticiple(list: VerbInfo[]): VerbInfo | null {
  return list.find((x) => x.needs !== 'weten') ?? null;
}

/** `noemen` at i names its own subject: `(die) zichzelf X noemt`, `die zich X noemt` (a self-chosen name, no statement). */
function namesItself(seg: Segmented, i: number, sStart: number): boolean {
  const toks = seg.tokens;
  for (let k = i - 1; k >= sStart && k >= i - 12; k--) {
    const w = toks[k].lower;
    if (w === 'zichzelf') return true;
    if (w === 'zich' && k > sStart && (toks[k - 1].lower === 'die' || toks[k - 1].lower === 'dat')) return true;
  }
  return false;
}

function hasBefore(seg: Segmented, i: number, sStart: number, word: string): boolean {
  for (let k = i - 1; k >= sStart && k >= i - 12; k--) if (seg.tokens[k].lower === word) return true;
  return false;
}
function hasAfter(seg: Segmented, i: number, end: number, words: string[]): boolean {
  for (let k = i + 1; k < end && k < i + 6; k++) if (words.includes(seg.tokens[k].lower)) return true;
  return false;
}

/** A content clause or quote follows the cognition verb: dat/of, a colon, a quotation. */
function hasContent(seg: Segmented, i: number, sEnd: number): boolean {
  const toks = seg.tokens;
  for (let k = i + 1; k < sEnd && k < i + 12; k++) {
    const w = toks[k];
    const c = charOf(seg.text, w);
    if (w.kind === 'quote' || c === COLON) return true;
    if (w.kind === 'word' && k > i && (classAt(seg, k) & W_CONTENT) !== 0) return w.lower !== 'wat' || k === i + 1;
    if (c === DOT || c === SEMICOLON) return false;
  }
  return false;
}

/** An idiom of disagreement of the verb's lemma (lexicon/disagreement.ts) right after the verb at i, in its
 *  clause (`denkt daar heel anders over`, `gelooft er weinig van`): bounded, only read for a cognition
 *  verb without content. */
function idiomAfter(seg: Segmented, i: number, sEnd: number, lemma: string): boolean {
  const seqs = DISAGREEMENT_IDIOMS.get(lemma);
  if (!seqs) return false;
  const toks = seg.tokens;
  for (const q of seqs) {
    for (let k = i + 1; k < sEnd && k <= i + 3; k++) {
      let m = 0;
      while (m < q.length && k + m < sEnd && toks[k + m].kind === 'word' && toks[k + m].lower === q[m]) m++;
      if (m === q.length) return true;
    }
  }
  return false;
}

/** A FoundCue (made at one place, so that all have one shape: the stages after read them at many). */
function foundCue(cue: Cue, anchor: number, tok: number, last: number, passive: boolean, plural: boolean | null, target: number | null, cognition: boolean): FoundCue {
  return { cue, anchor, tok, last, passive, plural, target, cognition };
}

/** findParticles' answer (scratch, grown on demand). */
let particleAt = new Int32Array(8);

/**
 * The separable particles of the verb at i later in its clause (quotations skipped): the answer's
 * p-th number is the token of particles[p], or -1. One scan for all the particles of a verb form
 * (`zei`: zeggen, toezeggen, nazeggen). The answer is valid until the next call.
 */
function findParticles(seg: Segmented, i: number, sEnd: number, particles: string[]): Int32Array {
  const toks = seg.tokens;
  const n = particles.length;
  if (particleAt.length < n) particleAt = new Int32Array(n);
  const at = particleAt;
  for (let p = 0; p < n; p++) at[p] = -1;
  let left = n;
  const outside = toks[i].inQuote < 0;
  for (let k = i + 1; k < sEnd && k < i + 30; k++) {
    const w = toks[k];
    if (w.inQuote >= 0 && outside) continue;
    if (w.kind === 'punct') {
      const c = charOf(seg.text, w);
      // (the dot of an initial or a title inside the sentence is no clause end: `maakte directeur ir. W. Bos bekend`)
      if (c === DOT && k + 1 < sEnd && initialDot(toks[k - 1], w)) continue;
      if (c === DOT || c === SEMICOLON || c === COLON) break;
      continue; // (a comma can close the clause right after the particle only; keep scanning short asides)
    }
    if (w.kind !== 'word') continue;
    const wc = classAt(seg, k);
    // the particle closes the clause before a content clause or coordination
    if (k > i + 1 && (wc & W_DAT_EN_MAAR) !== 0) break;
    if ((wc & W_PARTICLE) === 0) continue; // (no verb's particle: its string need not be read)
    const lw = w.lower;
    for (let p = 0; p < n; p++) {
      if (at[p] < 0 && lw === particles[p] && closesAsParticle(seg, i, k, particles[p].length > 4)) {
        at[p] = k;
        if (--left === 0) return at;
      }
    }
  }
  return at;
}

/** The dot after an initial (`W.`) or a name title (`ir.`, `dr.`), written against it. */
function initialDot(prev: Token, dot: Token): boolean {
  return prev.kind === 'word' && prev.end === dot.start && (prev.text.length === 1 || NAME_TITLES.has(prev.lower));
}

/**
 * The particle word at k (after the verb at i) stands where a particle does: it ends the clause or stands
 * before a prepositional phrase; before a noun phrase it is a preposition. `multi`: a long particle
 * (bekend, kenbaar, tegen), which may be followed by more.
 */
function closesAsParticle(seg: Segmented, i: number, k: number, multi: boolean): boolean {
  const n = seg.tokens[k + 1];
  if (!n || n.sentence !== seg.tokens[k].sentence || n.kind !== 'word' || multi) return true;
  if (!n.cap && (classAt(seg, k + 1) & W_DET_LIKE) === 0) return true;
  // "kondigde aan dat" / "gaf aan dat": the particle right after the verb
  return k === i + 1 && (n.lower === 'dat' || n.lower === 'of' || n.lower === 'hoe' || n.lower === 'wat');
}
