// Contested claims: a source denies or disputes another (ontkennen, tegenspreken, betwisten,
// afwijzen, weerleggen, volhouden, `niet bij betrokken`, `geen sprake van`, `klopt niet`, onzin /
// onjuist), accuses another party than another source does (`wijst naar`), or a contrast word (`maar`,
// `echter`, `daarentegen`) sets opposing claims side by side. Both sides are marked, linked both ways.
//
// A denial is linked to the statement it disputes: among the statements of OTHER sources in a bounded
// window before it (a few sentences; headline/lead-first: just after it), the one whose content shares
// the most content words (crude stems) with the denial's sentence, nearer ones winning ties; with no
// shared word at all only the nearest statement close by (an anaphoric `dat`). The side of each
// party then extends to its own statements right around the exchange (`..., zegt X` after `Volgens X`;
// `De marge zou volgens hem ...` after `Hij spreekt dat tegen`), never to a concession (`gaf toe`) or
// an additional claim (`bovendien`, `ook`). Every loop is bounded, so the stage stays linear.
import type { Segmented } from '../text/types';
import type { StatementBuilder, Draft } from './statements';
import { VERB_FORMS } from '../lexicon/verbs';
import { DISAGREEMENT_IDIOMS, DEMONSTRATIVES, CLAIM_NOUNS, CLAIM_DETERMINERS, OPPOSITE_ASSESSMENTS, COUNT_NOUNS, RESTRICTIVES } from '../lexicon/disagreement';
import { classifyNoun } from './np';
import { CARDINAL_WORDS, hundredsCompound } from '../lexicon/numbers';
import { NOUN_DETERMINERS } from '../lexicon/noncues';
import { divergenceNoted, assessmentNoter } from './cues';
import { withId } from '../ids';

const DENIAL_CONTENT = /\b(niet bij betrokken|(?:is|was) geen sprake|niet betrokken|niets mee te maken|niets te maken|niets met [a-zà-ÿ ]{1,40} te maken|geen betrokkenheid|onwaar|(?:is|was|zijn) niet waar|niet waar (?:is|was)|klopt niet|kloppen niet|niet klopt|niet kloppen|niet juist is|niet juist zijn|klopt gewoon niet|klopt helemaal niet|ontkent|ontkennen|onzin|onjuist|geen sprake van|geen sprake is|nooit gezegd|nergens op gebaseerd|(?:sterk |zwaar |flink |schromelijk )?overdreven|opgeblazen|achterhaald|verzonnen|uit de lucht gegrepen|(?:alleen|slechts|enkel) op papier|bezijden de waarheid|misleidend|gelogen|leugens?)\b/i;
const AFFIRM = /\b(wel degelijk|juist wel)\b/i;
/** Words one of the patterns above needs: the regular expressions only run where one occurs. */
const TRIGGER = new Set(['niet', 'niets', 'geen', 'onwaar', 'onzin', 'onjuist', 'ontkent', 'ontkennen', 'nooit', 'nergens',
  'overdreven', 'opgeblazen', 'achterhaald', 'verzonnen', 'gegrepen', 'papier', 'bezijden', 'misleidend', 'gelogen', 'leugen', 'leugens', 'vrijspraak']);
/** Words of a plea that disputes a charge, read as tokens (not by DENIAL_CONTENT): `vrijspraak`, `geen (enkel) bewijs`. */
const NO_PROOF_BETWEEN = new Set(['enkel', 'enig', 'hard']);
const AFFIRM_TRIGGER = new Set(['degelijk', 'juist']);
/** The words of the contrast pattern of step 1 (/\b(maar|echter|daarentegen)\b/). */
const CONTRAST_WORDS = ['maar', 'echter', 'daarentegen'];
const ADVERB_CONTRAST = new Set(['echter', 'daarentegen', 'integendeel', 'evenwel']);
/** A concession or confirmation is not the disputed side by extension. */
const CONCESSION = new Set(['toegeven', 'erkennen', 'beamen', 'bevestigen']);
/** Verbs of siding with an account (`bevestigt die lezing`, `onderschrijft dat`). */
const CONFIRMING = new Set(['bevestigen', 'onderschrijven', 'beamen', 'staven']);
/** Accusation verbs that `elkaar` makes reciprocal (`beschuldigen elkaar`, `geven elkaar de schuld`). */
const RECIPROCAL_LEMMAS = new Set(['beschuldigen', 'verwijten', 'geven', 'tegenspreken', 'betichten', 'wijzen', 'aanwijzen']);
/** `de andere partij/kant/zijde`. */
const OTHER_SIDE = new Set(['partij', 'kant', 'zijde', 'land', 'groep', 'club']);
/** Words between a negation and what it negates (`helemaal niet verouderd`, `niet echt nieuw`). */
const INTENSIFIERS = new Set(['helemaal', 'echt', 'zo', 'erg', 'heel', 'zomaar', 'meer', 'langer', 'volledig', 'absoluut', 'per', 'se']);
/** Nouns for a charge made before (`reageert op de beschuldiging`). */
const CHARGE_NOUNS = new Set(['beschuldiging', 'beschuldigingen', 'aantijging', 'aantijgingen', 'verwijt', 'verwijten', 'aanklacht', 'insinuatie', 'insinuaties']);
/** Accusation verbs whose object is the accused party. */
const ACCUSING = new Set(['beschuldigen', 'verwijten', 'aanwijzen']);
/** A new, additional claim: the contest does not extend to it. */
/** Spelt-out cardinals (figures as `vier doden`; not `een`). */
const NUMBER_WORDS: ReadonlySet<string> = new Set(CARDINAL_WORDS);
/** Documents that, named without an author right after a denial, are the denier's own (`In een verklaring wordt …`). */
const OWN_DOCUMENTS = new Set(['verklaring', 'persbericht', 'reactie', 'mededeling', 'brief', 'schriftelijke reactie']);
/** Plain counts of people, comparable with any count of people (`8.000 mensen` / `60.000 deelnemers`). */
const GENERIC_PEOPLE = new Set(['mensen', 'personen']);
/** Units and magnitudes after a figure: not what is counted. */
const UNIT_WORDS = new Set(['miljoen', 'miljard', 'duizend', 'honderd', 'procent', 'euro', 'dollar', 'pond', 'kilometer', 'meter', 'kilo', 'ton', 'jaar', 'jaren', 'maanden', 'weken', 'dagen', 'uur', 'minuten', 'graden', 'cent', 'keer']);
/** Words after a count of people that make it a count of the dead (`om het leven`, `omgekomen`). */
const DEATH_WORDS = new Set(['leven', 'omgekomen', 'gedood', 'overleden', 'gestorven', 'omgebracht', 'doodgeschoten']);
/** A noun that counts people (`mensen`, `doden`, `deelnemers`, `betogers`: a group or vague source noun). */
function peopleCount(noun: string): boolean {
  if (GENERIC_PEOPLE.has(noun) || noun === 'doden' || noun === 'gewonden' || noun === 'slachtoffers' || noun === 'deelnemers') return true;
  const c = classifyNoun(noun);
  return c === 'collective' || c === 'vague';
}
/** First letters of NUMBER_WORDS as bits (a = bit 0). */
const NUMBER_FIRST = [...NUMBER_WORDS].reduce((m, w) => m | (1 << (w.charCodeAt(0) - 97)), 0);
/** A spelt-out cardinal (cheap tests on the length and first letter before the look-up). */
const numberWord = (w: string): boolean => w.length >= 3 && w.length <= 9 && ((NUMBER_FIRST >> (w.charCodeAt(0) - 97)) & 1) === 1 && NUMBER_WORDS.has(w);
const DIVERGE = /\b(?:(?:berichten|lezingen|verhalen|meningen|cijfers|schattingen|verklaringen|getuigenissen|versies|opgaven|tellingen)\b[^.;:]{0,60}\b(?:lopen|liepen|loopt)\b[^.;:]{0,40}\buiteen|(?:lopen|liepen)\b[^.;:]{0,40}\b(?:berichten|lezingen|verhalen|meningen|cijfers|schattingen|verklaringen|getuigenissen|versies|opgaven|tellingen)\b[^.;:]{0,40}\buiteen|uiteenlopende (?:berichten|lezingen|verhalen|cijfers|schattingen|verklaringen|versies)|tegenstrijdige (?:berichten|lezingen|verhalen|verklaringen|cijfers|informatie|signalen|versies|getuigenissen)|(?:spreken|spraken|sprak|spreekt) elkaar (?:\w+ )?tegen|verschil(?:len|de|t)? (?:sterk |flink |fors )?van mening|(?:zijn|waren|is|was) het (?:er )?(?:\w+ )?(?:niet|allerminst|geenszins) (?:over )?eens|(?:zijn|waren) het oneens|(?:twee|verschillende|diverse) (?:lezingen|versies)|de meningen (?:zijn|waren) verdeeld)\b/i;
const ADDITIVE = new Set(['bovendien', 'ook', 'daarnaast', 'verder', 'tevens', 'voorts']);
/** Words that carry no matter: function words, time words, source words. */
const STOP = new Set(('de het een en of maar dat die dit deze daar daarin daarvan hier niet geen wel ook nog al toch echter '
  + 'zijn is was waren wordt worden werd werden heeft hebben had hadden zal zullen zou zouden kan kunnen kon konden moet moeten '
  + 'wil willen wilde mag mogen over naar voor met van aan door uit bij tot tegen tegenover sinds zonder onder boven binnen '
  + 'volgens aldus zelf zelfs steeds altijd nooit niets iets alles gewoon heel zeer veel meer minder eerst later eerder '
  + 'gisteren vandaag morgen maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ochtend middag avond '
  + 'woordvoerder woordvoerster zegt zeggen verklaring hij zij ze wij we ik jij hun hem haar ons onze zich '
  + 'waar wanneer omdat terwijl want als dan toen nadat hoewel alleen vooral maken gaat gaan ging komen komt kwam '
  + 'tegen afloop sprake zaak keer jaar jaren maand maanden week weken').split(/\s+/));
const WINDOW_BACK = 10;
/** Statements in one sentence from which its word flags are made once for the whole sentence. */
const MANY_IN_SENTENCE = 4;
const MAX_CANDIDATES = 14;

// Word flags (one Map look-up per word, after a cheap pre-test): which of the word sets above a word is in.
const F_TRIGGER = 2, F_AFFIRM = 4, F_CONTRAST = 8, F_ADDITIVE = 16, F_MAAR = 32;
/** Assessment bits of a statement (see assessBits): not word flags, read only in sentences the cue scan noted. */
const A_OPPOSITE = 1, A_COMPARE = 2, A_ONLY = 4;
const WORD_FLAGS = new Map<string, number>();
const flagWords = (set: Set<string>, f: number) => { for (const w of set) WORD_FLAGS.set(w, (WORD_FLAGS.get(w) ?? 0) | f); };
flagWords(TRIGGER, F_TRIGGER);
flagWords(AFFIRM_TRIGGER, F_AFFIRM);
flagWords(ADVERB_CONTRAST, F_CONTRAST);
flagWords(ADDITIVE, F_ADDITIVE);
flagWords(new Set(['maar']), F_MAAR);
/** Word -> pair index * 2 + side (OPPOSITE_ASSESSMENTS). */
const OPPOSITE_SIDE = new Map<string, number>();
OPPOSITE_ASSESSMENTS.forEach(([a, b], g) => { for (const w of a) OPPOSITE_SIDE.set(w, g * 2); for (const w of b) OPPOSITE_SIDE.set(w, g * 2 + 1); });
/** A cheap pre-test before the look-up: bit `length` of FLAG_LENGTHS[first letter] is set when some
 *  flagged word starts with that letter and has that length. */
const FLAG_LENGTHS = new Int32Array(26);
for (const w of WORD_FLAGS.keys()) FLAG_LENGTHS[w.charCodeAt(0) - 97] |= 1 << w.length;
function wordFlags(lower: string): number {
  const i = lower.charCodeAt(0) - 97;
  if (i < 0 || i >= 26 || lower.length > 30 || (FLAG_LENGTHS[i] & (1 << lower.length)) === 0) return 0;
  return WORD_FLAGS.get(lower) ?? 0;
}

/** The stem of each word form, as a number (-1: a stop word or a verb form, no matter), kept between
 *  analyses: the same stem, the same number. Only equality of numbers matters (bags are sets), so the
 *  numbering may differ from run to run; the caches are emptied between analyses when they grow large. */
const STEM_OF = new Map<string, number>();
const STEM_IDS = new Map<string, number>();
function stemId(lower: string): number {
  let r = STEM_OF.get(lower);
  if (r !== undefined) return r;
  if (STOP.has(lower) || VERB_FORMS.has(lower)) r = -1;
  else {
    const st = stem(lower);
    r = STEM_IDS.get(st);
    if (r === undefined) STEM_IDS.set(st, (r = STEM_IDS.size));
  }
  STEM_OF.set(lower, r);
  return r;
}
/** Words before a noun (a reporting verb's form after one is a noun: `de berichten`, `die verklaring`): the
 *  cue finder's determiners and a few quantifiers. */
const MATTER_DETERMINERS: ReadonlySet<string> = new Set([...NOUN_DETERMINERS, 'onze', 'alle', 'geen', 'elke', 'ieder', 'iedere']);
/** The stem number of a word as a noun (verb forms included). */
function nounStemId(lower: string): number {
  const st = stem(lower);
  let r = STEM_IDS.get(st);
  if (r === undefined) STEM_IDS.set(st, (r = STEM_IDS.size));
  return r;
}
/** Scratch memos reused between analyses (grown when needed): token flags, next flagged token,
 *  sentences flagged, token stems. */
let flagBuf = new Uint8Array(1024);
let nextBuf = new Int32Array(1024);
let sentDone = new Uint8Array(256);
let stemBuf = new Int32Array(1024);
/** Content token ranges per statement id (-1: not computed yet). */
let contentFromBuf = new Int32Array(256);
/** Paragraph numbers without subheadings (see findContests). */
let effParaBuf = new Int32Array(256);
let contentToBuf = new Int32Array(256);
const EMPTY: Draft[] = [];

/** Marks two statements as disputing each other whether or not the text names a source for the first
 *  (`Die cijfers worden betwist.` disputes a claim without a denier). */
function mark(a: Draft, b: Draft): void {
  if (a === b || b.st.claimantId == null) return;
  a.st.contested = true;
  b.st.contested = true;
  a.st.contestedBy = withId(a.st.contestedBy, b.st.id);
  b.st.contestedBy = withId(b.st.contestedBy, a.st.id);
}

/** Links two statements of different, known sources as disputing each other. */
function link(a: Draft, b: Draft): boolean {
  if (a === b || a.st.claimantId === b.st.claimantId || a.st.claimantId == null || b.st.claimantId == null) return false;
  mark(a, b);
  return true;
}

/** A crude stem: lower case, no `ge` prefix on long words, the first five letters. */
function stem(lower: string): string {
  let w = lower;
  if (w.length > 6 && w.charCodeAt(0) === 103 && w.charCodeAt(1) === 101) w = w.slice(2); // ge-
  if (w.length > 4) {
    const n = w.length;
    if (w.endsWith('en') || w.endsWith('es')) w = w.slice(0, n - 2);
    else if (w.endsWith('e') || w.endsWith('s')) w = w.slice(0, n - 1);
  }
  return w.length > 5 ? w.slice(0, 5) : w;
}

/** [a-zà-ÿ]: a lower-case Latin letter. */
const lowerLatin = (c: number) => (c >= 97 && c <= 122) || (c >= 224 && c <= 255);
/** /^[a-zà-ÿ]+$/ */
function allLowerLatin(w: string): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) if (!lowerLatin(w.charCodeAt(i))) return false;
  return true;
}

/** Sorts a small list of integers in place and drops repeats (a word bag). */
function bag(xs: number[]): number[] {
  const n = xs.length;
  if (n < 2) return xs;
  if (n > 48) {
    const a = Int32Array.from(xs).sort(); // numeric, no comparator calls
    const out: number[] = [a[0]];
    for (let k = 1; k < a.length; k++) if (a[k] !== a[k - 1]) out.push(a[k]);
    return out;
  }
  for (let i = 1; i < n; i++) {
    const v = xs[i];
    let j = i - 1;
    while (j >= 0 && xs[j] > v) { xs[j + 1] = xs[j]; j--; }
    xs[j + 1] = v;
  }
  let m = 1;
  for (let k = 1; k < n; k++) if (xs[k] !== xs[m - 1]) xs[m++] = xs[k];
  while (xs.length > m) xs.pop(); // (cheaper than setting length)
  return xs;
}

/** How many words two bags share (one merge). */
function overlap(a: number[], b: number[]): number {
  let n = 0, i = 0, j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { n++; i++; j++; } else if (a[i] < b[j]) i++; else j++;
  }
  return n;
}

const isPrep = (d: Draft) => d.st.cue?.lemma === 'volgens' || d.st.cue?.lemma === 'aldus';

/** Whether a source's name is the accused party or named after it: the same word, or its adjective
 *  (`armenië` ~ `armeense`, `rusland` ~ `russische`: the first three letters and an adjective ending). */
function accusedParty(name: string, accused: readonly string[]): boolean {
  for (const w of name.split(' ')) {
    for (const a of accused) {
      if (w === a) return true;
      if (w.length >= 6 && w.slice(0, 3) === a.slice(0, 3) && (w.endsWith('se') || w.endsWith('sche'))) return true;
    }
  }
  return false;
}

export function findContests(seg: Segmented, sb: StatementBuilder): void {
  const drafts = sb.drafts;
  let allFound = true;
  let innerOf: Map<number, Draft[]> | null = null;
  for (let k = 0; k < drafts.length; k++) {
    const x = drafts[k];
    if (!x.found) allFound = false;
    if (x.st.viaStatementId != null) {
      innerOf ??= new Map();
      const l = innerOf.get(x.st.viaStatementId);
      if (l) l.push(x); else innerOf.set(x.st.viaStatementId, [x]);
    }
  }
  const ds = allFound ? drafts : drafts.filter((d) => d.found);
  if (ds.length === 0) return;
  const text = seg.text;
  const toks = seg.tokens;
  const sents = seg.sentences;
  const paras = seg.paragraphs;
  const inner = (d: Draft): Draft[] => (innerOf && innerOf.get(d.st.id)) || EMPTY;
  // Paragraph distances leave out subheadings (a one-sentence paragraph of at most five tokens without a
  // final stop, after the first): `par(si)` numbers sentence si's paragraph among the others.
  if (effParaBuf.length < paras.length) effParaBuf = new Int32Array(paras.length + (paras.length >> 1));
  const effPara = effParaBuf;
  for (let p = 0, n = 0; p < paras.length; p++) {
    const pa = paras[p];
    let heading = false;
    if (p > 0 && pa.sentenceEnd - pa.sentenceStart === 1) {
      const hs = sents[pa.sentenceStart];
      heading = hs.tokenEnd - hs.tokenStart <= 5 && toks[hs.tokenEnd - 1]?.kind === 'word';
    }
    effPara[p] = heading ? n : n++;
  }
  const par = (si: number): number => effPara[sents[si].paragraph];

  // Word flags: looked up token by token; but in a sentence with many statements (whose windows
  // overlap) made once for the whole sentence, with a link from each token to the next flagged one,
  // so that a range is read in steps of flagged words only. done[si]: 0 plain, 2 many statements, 1 made.
  if (flagBuf.length < toks.length) { flagBuf = new Uint8Array(toks.length + (toks.length >> 1)); nextBuf = new Int32Array(flagBuf.length); }
  if (sentDone.length < sents.length) sentDone = new Uint8Array(sents.length + (sents.length >> 1));
  else sentDone.fill(0, 0, sents.length);
  const flags = flagBuf, nextFlagged = nextBuf, done = sentDone;
  const flagAt = (k: number): number => {
    const t = toks[k];
    return t.kind === 'word' ? wordFlags(t.lower) : 0;
  };
  const flagSentence = (si: number): void => {
    done[si] = 1;
    const s = sents[si];
    let next = s.tokenEnd;
    for (let k = s.tokenEnd - 1; k >= s.tokenStart; k--) {
      const f = flagAt(k);
      flags[k] = f;
      if (f !== 0) next = k;
      nextFlagged[k] = next;
    }
  };
  /** The flags of the words of [from, to) in sentence si, or'ed (bounded: 80 tokens). */
  const flagsIn = (si: number, from: number, to: number): number => {
    if (from >= to) return 0;
    const end = Math.min(to, from + 80);
    let m = 0;
    if (done[si] === 0) {
      for (let k = from; k < end; k++) m |= flagAt(k);
      return m;
    }
    if (done[si] === 2) flagSentence(si);
    for (let k = nextFlagged[from]; k < end; k = nextFlagged[k + 1]) { m |= flags[k]; if (k + 1 >= sents[si].tokenEnd) break; }
    return m;
  };
  /** The first token of [from, to) in sentence si with one of the flags `want` and outside quotes, or -1. */
  const flaggedIn = (si: number, from: number, to: number, want: number): number => {
    if (from >= to) return -1;
    if (done[si] === 0) {
      for (let k = from; k < to; k++) if ((flagAt(k) & want) !== 0 && toks[k].inQuote < 0) return k;
      return -1;
    }
    if (done[si] === 2) flagSentence(si);
    const last = sents[si].tokenEnd;
    for (let k = nextFlagged[from]; k < to; k = nextFlagged[k + 1]) {
      if ((flags[k] & want) !== 0 && toks[k].inQuote < 0) return k;
      if (k + 1 >= last) break;
    }
    return -1;
  };
  /** Whether a statement of sentence n has the given source (ds is in sentence order). */
  const sourceInSentence = (n: number, claimantId: number | null): boolean => {
    let lo = 0, hi = ds.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (ds[mid].sentence < n) lo = mid + 1; else hi = mid; }
    for (let k = lo; k < ds.length && ds[k].sentence === n; k++) if (ds[k].st.claimantId === claimantId) return true;
    return false;
  };

  // Word bags: the stems of content words as small integers, sorted and unique, so that an overlap
  // is one merge. Each token is stemmed at most once (memo by token index).
  if (STEM_OF.size > 200_000) { STEM_OF.clear(); STEM_IDS.clear(); }
  let stems: Int32Array | null = null;
  const stemAt = (k: number): number => {
    if (!stems) {
      if (stemBuf.length < toks.length) stemBuf = new Int32Array(toks.length + (toks.length >> 1));
      stems = stemBuf;
      stems.fill(-2, 0, toks.length);
    }
    let r = stems[k];
    if (r !== -2) return r;
    const t = toks[k];
    const lw = t.lower;
    if (t.kind !== 'word') r = -1;
    else if (lw.length < 4 && !(t.cap && k > sents[t.sentence].tokenStart && allLowerLatin(lw))) r = -1; // short, not a name
    else {
      r = stemId(lw);
      // a verb form after a determiner is a noun with a matter of its own: "de berichten", "die verklaringen"
      if (r < 0 && k > 0 && MATTER_DETERMINERS.has(toks[k - 1].lower) && !STOP.has(lw)) r = nounStemId(lw);
    }
    stems[k] = r;
    return r;
  };
  /** Adds the content words of a token range (bounded); `names` false: no capitalised words. */
  const wordsOf = (from: number, to: number, into: number[], names = true): number[] => {
    for (let k = from; k < to && k < from + 80; k++) {
      const t = toks[k];
      if (t.kind !== 'word') continue;
      if (!names && t.cap && k > sents[t.sentence].tokenStart) continue;
      const r = stemAt(k);
      if (r >= 0) into.push(r);
    }
    return into;
  };
  /** The first token starting at or after off within [lo, hi): a galloping search from a hint (the
   *  answer is usually near the cue), so that a huge sentence costs no more than a short one. */
  const tokAt = (off: number, lo: number, hi: number, hint: number): number => {
    if (lo >= hi || toks[lo].start >= off) return lo; // (content from the sentence's start: `..., zegt X`)
    let a = lo, b = hi;
    if (hint > lo && hint < hi) {
      let step = 1;
      if (toks[hint].start < off) {
        a = hint + 1;
        let p = hint + 1;
        while (p < hi && toks[p].start < off) { a = p + 1; step *= 2; p = hint + step; }
        b = Math.min(p, hi);
      } else {
        b = hint;
        let p = hint - 1;
        while (p >= lo && toks[p].start >= off) { b = p; step *= 2; p = hint - step; }
        a = Math.max(p + 1, lo);
      }
    }
    while (a < b) { const m = (a + b) >> 1; if (toks[m].start < off) a = m + 1; else b = m; }
    return a;
  };
  const sentWords = new Map<number, number[]>();
  const wordsOfSentence = (si: number): number[] => {
    let w = sentWords.get(si);
    if (!w) { const s = sents[si]; sentWords.set(si, (w = bag(wordsOf(s.tokenStart, s.tokenEnd, [])))); }
    return w;
  };
  const sentNames = new Map<number, number[]>();
  const namesOfSentence = (si: number): number[] => {
    let w = sentNames.get(si);
    if (w) return w;
    const s = sents[si];
    w = [];
    for (let k = s.tokenStart + 1; k < s.tokenEnd && k < s.tokenStart + 80; k++) {
      const t = toks[k];
      if (t.kind === 'word' && t.cap && lowerLatin(t.lower.charCodeAt(0))) { const r = stemAt(k); if (r >= 0) w.push(r); }
    }
    sentNames.set(si, w);
    return w;
  };
  const stWords = new Map<number, number[]>();
  /** The matter of a statement: the content words of its content and of its cue's clause, and the
   *  names in its sentence (its whole sentence when that is nearly empty); `names` false: common words only. */
  // The tokens of a statement's content, [contentFrom(d), contentTo(d)): two searches, made once per statement.
  if (contentFromBuf.length < drafts.length) { contentFromBuf = new Int32Array(drafts.length + (drafts.length >> 1)); contentToBuf = new Int32Array(contentFromBuf.length); }
  contentFromBuf.fill(-1, 0, drafts.length);
  const cFrom = contentFromBuf, cTo = contentToBuf;
  const contentFrom = (d: Draft): number => {
    const id = d.st.id;
    let a = cFrom[id];
    if (a < 0) {
      const s = sents[d.sentence];
      a = cFrom[id] = tokAt(d.st.content.start, s.tokenStart, s.tokenEnd, d.found!.tok);
      cTo[id] = tokAt(d.st.content.end, a, s.tokenEnd, a);
    }
    return a;
  };
  const contentTo = (d: Draft): number => (contentFrom(d), cTo[d.st.id]);
  const matterOf = (d: Draft, names = true): number[] => {
    const key = d.st.id * 2 + (names ? 1 : 0);
    let w = stWords.get(key);
    if (w) return w;
    const s = sents[d.sentence];
    w = wordsOf(contentFrom(d), contentTo(d), [], names);
    // and the cue's own clause (`...; volgens hem loopt het wetsvoorstel vertraging op`)
    let ce = d.found!.last + 1;
    while (ce < s.tokenEnd && ce < d.found!.last + 30 && toks[ce].text !== ';') ce++;
    wordsOf(d.found!.last + 1, ce, w, names);
    // and the names in its sentence: who the matter is about (`Van der Laan wees ... af`)
    if (names) for (const x of namesOfSentence(d.sentence)) w.push(x);
    w = bag(w);
    if (names && w.length < 2) { for (const x of wordsOfSentence(d.sentence)) w.push(x); w = bag(w); }
    stWords.set(key, w);
    return w;
  };
  /** The matter of a denial: its sentence, and the next one when it goes on (a quote, the same source). */
  const dWords = new Map<number, number[]>();
  const denialWords = (d: Draft, names = true): number[] => {
    const key = d.st.id * 2 + (names ? 1 : 0);
    const hit = dWords.get(key);
    if (hit) return hit;
    const s0 = sents[d.sentence];
    let w = names ? wordsOfSentence(d.sentence).slice() : wordsOf(s0.tokenStart, s0.tokenEnd, [], false);
    // the words of its quotations (bounded), which may stand in sentences of their own
    for (const qi of d.st.quoteIds) {
      const q = seg.quotes[qi];
      if (!q || q.inner.start >= s0.start) continue;
      const qs = tokAt(q.inner.start, 0, toks.length, -1);
      wordsOf(qs, Math.min(tokAt(q.inner.end, qs, toks.length, -1), qs + 80), w, names);
    }
    const n = d.sentence + 1;
    if (n < sents.length && par(n) === par(d.sentence)) {
      const first = toks[sents[n].tokenStart];
      if ((first && first.kind === 'quote') || sourceInSentence(n, d.st.claimantId)) {
        if (names) for (const x of wordsOfSentence(n)) w.push(x);
        else wordsOf(sents[n].tokenStart, sents[n].tokenEnd, w, false);
      }
    }
    w = bag(w);
    dWords.set(key, w);
    return w;
  };
  /** Where the earliest contrast word (as a plain substring) in [from, to) ends, or Infinity: a
   *  necessary condition for the pattern of step 1, found by bounded searches (a slice is a view). */
  const contrastEnd = (from: number, to: number): number => {
    const between = text.slice(from, to);
    let end = Infinity;
    for (const w of CONTRAST_WORDS) { const p = between.indexOf(w); if (p >= 0 && p + w.length < end) end = p + w.length; }
    return from + end;
  };
  const contentText = (d: Draft) => text.slice(d.st.content.start, Math.min(d.st.content.end, d.st.content.start + 400));
  /** The flags of a statement's content tokens. */
  const contentFlags = (d: Draft): number => {
    return flagsIn(d.sentence, contentFrom(d), contentTo(d));
  };
  /** A quotation of the statement (`„Die cijfers bestaan alleen op papier”, aldus X`) says a claim is false. */
  const quoteDenies = (d: Draft): boolean => {
    for (const qi of d.st.quoteIds) {
      const q = seg.quotes[qi];
      if (!q) continue;
      // (the regular expression only where a word of it occurs)
      let trigger = false;
      const k0 = tokAt(q.inner.start, 0, toks.length, d.found!.tok);
      for (let k = k0; k < toks.length && k < k0 + 120 && toks[k].start < q.inner.end; k++) {
        if (toks[k].kind === 'word' && (wordFlags(toks[k].lower) & F_TRIGGER) !== 0) { trigger = true; break; }
      }
      if (trigger && DENIAL_CONTENT.test(text.slice(q.inner.start, Math.min(q.inner.end, q.inner.start + 400)))) return true;
    }
    return false;
  };
  /** The content pleads against a charge: `vrijspraak`, `geen (enkel) bewijs` (bounded). */
  const pleads = (d: Draft): boolean => {
    const a = contentFrom(d), b = Math.min(contentTo(d), a + 40);
    for (let k = a; k < b; k++) {
      const w = toks[k];
      if (w.kind !== 'word') continue;
      if (w.lower === 'vrijspraak') return true;
      if (w.lower === 'geen') { let n = k + 1; if (n < b && NO_PROOF_BETWEEN.has(toks[n].lower)) n++; if (n < b && toks[n].lower === 'bewijs') return true; }
    }
    return false;
  };
  const affirms = (d: Draft): boolean => (contentFlags(d) & F_AFFIRM) !== 0 && AFFIRM.test(contentText(d));
  const sentenceAffirms = (si: number): boolean => {
    const s = sents[si];
    return (flagsIn(si, s.tokenStart, s.tokenEnd) & F_AFFIRM) !== 0 && AFFIRM.test(text.slice(s.start, Math.min(s.end, s.start + 400)));
  };
  const hasAdditive = (d: Draft): boolean => {
    const s = sents[d.sentence];
    const k = flaggedIn(d.sentence, s.tokenStart, Math.min(s.tokenEnd, s.tokenStart + 40), F_ADDITIVE);
    if (k < 0) return false;
    // (in a clause coordinated after the statement's own: "Volgens haar gaat het om zestig banen, en ook die ...")
    if (k > d.found!.last + 1 && k - 2 > s.tokenStart && toks[k - 1].lower === 'en' && toks[k - 2].text === ',') return flaggedIn(d.sentence, s.tokenStart, k - 2, F_ADDITIVE) >= 0;
    return true;
  };

  /** Both sides of a denial: the target's own statements up to the denial, the denier's right after it. */
  const contest = (d: Draft, i: number, t: Draft, ti: number) => {
    if (!link(d, t)) return;
    for (const y of inner(d)) link(y, t);
    // the report the target was made in (`RTV meldt dat een bron heeft gezegd dat ...`) is disputed with it
    if (t.st.viaStatementId != null) { const o = drafts[t.st.viaStatementId]; if (o && o.found && o.st.claimantId !== d.st.claimantId) link(d, o); }
    // ... and the other way round: the statement the target report carries (`Dat werd ontkend` after `RTV meldt
    // dat een bron heeft gezegd dat ...`) is disputed with it
    for (let k = ti + 1; k < ds.length && k <= ti + 3 && ds[k].sentence === t.sentence; k++) {
      const x = ds[k];
      if (x.st.viaStatementId === t.st.id && x.st.claimantId != null && x.st.claimantId !== d.st.claimantId && x !== d) link(d, x);
    }
    // the account that reports the target: `Volgens ingewijden had het bestuur X laten weten dat ...`
    for (let k = ti - 1; k >= 0 && k >= ti - 3 && ds[k].sentence === t.sentence; k--) {
      const v = ds[k];
      if (v.st.cue!.lemma === 'volgens' && v.st.claimantId !== d.st.claimantId && v.found!.tok === sents[v.sentence].tokenStart) link(d, v);
    }
    const lo = Math.min(i, ti), hi = Math.max(i, ti);
    // ... and just before it in its paragraph, when on the same matter (not past an additional claim)
    if (ti < i && !hasAdditive(t)) {
      const dw = denialWords(d, false);
      const tc = matterOf(t, false);
      for (let k = ti - 1; k >= 0 && k >= ti - 3 && par(ds[k].sentence) === par(t.sentence); k--) {
        const x = ds[k];
        if (x.st.claimantId !== t.st.claimantId) break;
        if (CONCESSION.has(x.st.cue!.lemma)) break;
        const xw = matterOf(x, false);
        if (overlap(xw, dw) >= 1 || (x.sentence !== t.sentence && overlap(xw, tc) >= 1)) link(d, x);
        else break;
      }
    }
    // the target's side: its source's other statements between the two (bounded)
    for (let k = lo + 1; k < hi && k <= lo + MAX_CANDIDATES; k++) {
      const x = ds[k];
      if (x.st.claimantId === t.st.claimantId && !CONCESSION.has(x.st.cue!.lemma)) link(d, x);
    }
    // the denier's side: the same source in the same or the next sentence, and a statement there that
    // repeats the denial's matter (`..., schrijft de club` after `De club ontkende dat`)
    const tw = wordsOfSentence(t.sentence);
    const para = par(d.sentence);
    // (and the denier's rebuttal going on in its paragraph, statement after statement: `„... Hij is niet
    // gevlucht”, zei X. Hij meent dat ...`)
    let run = true;
    for (let k = i + 1; k < ds.length && k <= i + 6 && (ds[k].sentence <= d.sentence + 1 || (run && ds[k].sentence <= d.sentence + 4 && par(ds[k].sentence) === para)); k++) {
      const x = ds[k];
      if (x.st.claimantId !== d.st.claimantId) run = false;
      if (x === t || x.st.claimantId == null || x.st.claimantId === t.st.claimantId || CONCESSION.has(x.st.cue!.lemma)) continue;
      if (x.sentence > d.sentence + 1 && (x.st.claimantId !== d.st.claimantId || hasAdditive(x))) continue;
      if (x.sentence > d.sentence && hasAdditive(x)) continue;
      // (or a spokesperson or head named for nobody else right after, with a negation: `"Er is nooit ...", aldus directeur X`)
      if (x.st.claimantId === d.st.claimantId || (par(x.sentence) === para && (overlap(matterOf(x), tw) >= 1 || (x.sentence === d.sentence + 1 && spokesperson(x.st.claimantId, d.st.claimantId) && (contentFlags(x) & F_TRIGGER) !== 0)))) link(x, t);
    }
  };

  /** `zou`/`zouden` in a statement's content (bounded): a reported, unconfirmed claim. */
  const reportative = (x: Draft): boolean => {
    const a = contentFrom(x), b = Math.min(contentTo(x), a + 40);
    for (let k = a; k < b; k++) { const w = toks[k]; if (w.kind === 'word' && w.inQuote < 0 && (w.lower === 'zou' || w.lower === 'zouden')) return true; }
    return false;
  };
  /** The statement a denial disputes, or null. */
  const targetOf = (i: number, strict: boolean): number => {
    const d = ds[i];
    const dw = denialWords(d);
    const s0 = d.sentence;
    let best = -1, bestScore = -Infinity, nearest = -1, adjK = -1;
    const p0 = par(s0);
    // (a denial verb reaches a paragraph further back for a hedged claim that shares its matter)
    const reach = d.st.cue!.denial ? 3 : 2;
    for (let k = i - 1; k >= 0 && k >= i - MAX_CANDIDATES && ds[k].sentence >= s0 - WINDOW_BACK - (reach - 2) * 4 && par(ds[k].sentence) >= p0 - reach; k--) {
      const x = ds[k];
      if (x.st.claimantId == null || x.st.claimantId === d.st.claimantId || x.st.viaStatementId === d.st.id || d.st.viaStatementId === x.st.id) continue;
      if (CONCESSION.has(x.st.cue!.lemma)) continue;
      const far = par(x.sentence) < p0 - 2 || x.sentence < s0 - WINDOW_BACK;
      // (far back: only a hedged claim, `zou ... hebben bedreigd`, the kind a denial answers from afar; its
      // matter is read only then)
      if (far && (x.st.hedgeIds.length === 0 || !reportative(x))) continue;
      if (nearest < 0 && !far) nearest = k;
      const ov = overlap(dw, matterOf(x));
      if (far && ov < 1) continue;
      // (a denial verb with a content clause answers the claim of the sentence right before it in its
      // paragraph, as if that shared a word: "Lokale media melden dat ... Het waterbedrijf ontkent dat ...")
      const adjacent = ov === 0 && d.st.cue!.denial && x.sentence === s0 - 1 && par(x.sentence) === p0 && d.st.content.end - d.st.content.start > 10;
      if (adjacent && adjK < 0) adjK = k;
      if (ov === 0 && !adjacent) continue;
      const score = (adjacent ? 9.5 : ov * 10) - (s0 - x.sentence) - (par(x.sentence) !== par(s0) ? 3 : 0);
      if (score > bestScore) { bestScore = score; best = k; }
    }
    // (the claim right before it in its paragraph wins over one sharing words in an earlier paragraph)
    if (adjK >= 0 && best >= 0 && par(ds[best].sentence) !== p0) return adjK;
    if (best >= 0) return best;
    if (nearest < 0) return -1;
    const ns = ds[nearest].sentence, np = par(ns);
    // without a shared word: only the claim right before (a denial cue: a little further in its paragraph)
    if (strict) return ns >= s0 - 1 && np === p0 ? nearest : -1;
    if (ns >= s0 - 2 || (np === p0 && ns >= s0 - 4)) return nearest;
    return -1;
  };

  let acc: Draft[] = EMPTY; // statements with an accusation target, for step 4
  /** Links an accusation with the nearby statements (10 before, 10 after) of the party it accuses
   *  (accusedParty: Armenië ~ het Armeense ministerie). */
  const accusedAnswer = (i: number): void => {
    const d = ds[i], f = d.found!, s = sents[d.sentence];
    const accused: string[] = [];
    for (let k = f.tok + 1; k < s.tokenEnd && k <= f.tok + 4; k++) {
      const w = toks[k];
      if (w.kind !== 'word' || w.inQuote >= 0) break;
      if (w.cap && w.lower.length >= 5) accused.push(w.lower);
    }
    if (accused.length === 0) {
      // `X verweet de wethouder dat ...`: a definite role noun as the object, the person of that role (one
      // with it among its heads), in the paragraphs right around (concessions not)
      const a = toks[f.tok + 1], r = toks[f.tok + 2];
      if (!a || !r || a.kind !== 'word' || r.kind !== 'word' || a.lower !== 'de' || r.cap || r.inQuote >= 0 || classifyNoun(r.lower) !== 'role') return;
      const p0 = par(d.sentence);
      // (the accuser's statement in the next sentence of its paragraph goes on with the charge: `Volgens hem had ...`)
      let y: Draft | null = null;
      for (let k = i + 1; k < ds.length && k <= i + 3 && ds[k].sentence <= d.sentence + 1; k++) {
        const z = ds[k];
        if (z.sentence === d.sentence + 1 && par(z.sentence) === p0 && z.st.claimantId === d.st.claimantId && !hasAdditive(z)) { y = z; break; }
      }
      let who = -1;
      for (let k = Math.max(0, i - 10); k < ds.length && k <= i + 10; k++) {
        const x = ds[k];
        if (k === i || x.st.claimantId == null || x.st.claimantId === d.st.claimantId || Math.abs(par(x.sentence) - p0) > 1 || CONCESSION.has(x.st.cue!.lemma)) continue;
        if (who < 0) { const b = sb.reg.claimants[x.st.claimantId]; if (b.kind === 'person' && b.headList.includes(r.lower)) who = x.st.claimantId; }
        if (x.st.claimantId === who) { link(d, x); if (y) link(y, x); }
      }
      return;
    }
    for (let k = Math.max(0, i - 10); k < ds.length && k <= i + 10; k++) {
      const x = ds[k];
      if (k === i || x.st.claimantId == null || x.st.claimantId === d.st.claimantId) continue;
      if (accusedParty(sb.reg.claimants[x.st.claimantId].name.toLowerCase(), accused)) link(d, x);
    }
  };
  /** A denial of an anaphor (`X ontkent dat.`, `Dat werd door X tegengesproken.`, `X wees dat voorstel
   *  af`): it disputes the other source's most recent statements on the matter, not only the nearest. */
  const anaphoric = (d: Draft): boolean => {
    const s = sents[d.sentence], f = d.found!;
    const first = toks[s.tokenStart], next = toks[f.tok + 1];
    // `Dat werd door X tegengesproken.`: the anaphor is the subject, the cue ends the sentence
    if (first.kind === 'word' && DEMONSTRATIVES.has(first.lower) && f.tok - s.tokenStart <= 14 && s.tokenEnd - f.last <= 3) return true;
    // `Dat ontkent de provincie(: ...)`: the anaphor fronted as the object, the denial verb right after it
    if (first.kind === 'word' && DEMONSTRATIVES.has(first.lower) && f.tok === s.tokenStart + 1) return true;
    if (claimObject(d)) return true;
    if (next === undefined || next.kind !== 'word' || !(DEMONSTRATIVES.has(next.lower) || next.lower === 'alles')) return false;
    // `X wees dat (voorstel) af.`, `X wees dat met klem van de hand.`, `X ontkent dat (verhaal).`, not `X ontkent dat hij ...`
    return f.last > f.tok ? s.tokenEnd - f.last <= 2 : s.tokenEnd - f.tok <= 4 || toks[f.tok + 2]?.kind === 'punct';
  };
  /** A definite noun for a claim made before as the denial's object, and no content clause: `X wees de
   *  beschuldiging van de hand.`, `In Kiev werd de beschuldiging ... van de hand gewezen.`, `X ontkent die berichten.` */
  const claimObject = (d: Draft): boolean => {
    const s = sents[d.sentence], f = d.found!;
    const isClaimAt = (k: number): boolean => {
      const a = toks[k], b = toks[k + 1];
      return a !== undefined && b !== undefined && a.kind === 'word' && b.kind === 'word' && CLAIM_DETERMINERS.has(a.lower) && CLAIM_NOUNS.has(b.lower);
    };
    // after the cue: the noun ends the sentence (a particle or a few words may follow)
    if (isClaimAt(f.tok + 1)) return s.tokenEnd - (f.tok + 3) <= 3 || s.tokenEnd - f.last <= 3;
    // before it (a passive, a verb-final clause): the cue ends the sentence
    if (s.tokenEnd - f.last > 3) return false;
    for (let k = Math.max(s.tokenStart, f.tok - 12); k < f.tok - 1; k++) if (isClaimAt(k)) return true;
    return false;
  };
  /** The statement a denial disputes: for an anaphoric denial the latest statement of another source
   *  (up to three sentences back, in its paragraph or at the end of the previous one), else targetOf. */
  const targetOfDenial = (i: number, strict: boolean): number => {
    const d = ds[i];
    if ((d.st.cue!.denial && anaphoric(d)) || anaphoricContent(d)) { const k = nearestOther(i); if (k >= 0) return k; }
    return targetOf(i, strict);
  };
  /** A denial that answers `de beschuldiging` (`X reageert verontwaardigd op de beschuldiging. "Wij hebben
   *  er niets mee te maken", schrijft X.`): the charge noun in its sentence or the one before in its
   *  paragraph (bounded scans) names the latest accusation (`wijst naar`, `beschuldigt`) of another source,
   *  up to three paragraphs back. The index of that accusation, or -1. */
  const chargeAnswered = (i: number): number => {
    const d = ds[i], s0 = d.sentence, p0 = par(s0);
    let found = false;
    for (let si = s0; si >= s0 - 1 && si >= 0 && !found; si--) {
      if (par(si) !== p0) break;
      const s = sents[si];
      for (let k = s.tokenStart; k < s.tokenEnd - 1 && k < s.tokenStart + 40; k++) {
        const a = toks[k];
        if (a.kind === 'word' && CLAIM_DETERMINERS.has(a.lower) && CHARGE_NOUNS.has(toks[k + 1].lower)) { found = true; break; }
      }
    }
    if (!found) return -1;
    for (let k = i - 1; k >= 0 && k >= i - 12 && par(ds[k].sentence) >= p0 - 3; k--) {
      const x = ds[k];
      if (x.st.claimantId == null || x.st.claimantId === d.st.claimantId) continue;
      if (x.target || ACCUSING.has(x.st.cue!.lemma)) return k;
    }
    return -1;
  };
  /** Short content about what was just said: `Dat klopt niet, reageert X.`, `"Dit is onzin", zegt X.` */
  const anaphoricContent = (d: Draft): boolean => {
    const s = sents[d.sentence];
    const a = contentFrom(d);
    let k = a;
    while (k < s.tokenEnd && toks[k].kind === 'quote') k++;
    const w = toks[k];
    if (w === undefined || w.kind !== 'word' || !(w.lower === 'dat' || w.lower === 'dit')) return false;
    return contentTo(d) - a <= 7;
  };
  /** The latest statement of another source, up to three sentences back, in the paragraph or at the end of the previous one. */
  const nearestOther = (i: number): number => {
    const d = ds[i];
    const p0 = par(d.sentence);
    for (let k = i - 1; k >= 0 && k >= i - 6 && ds[k].sentence >= d.sentence - 3 && par(ds[k].sentence) >= p0 - 1; k--) {
      const x = ds[k];
      if (x.st.claimantId == null || x.st.claimantId === d.st.claimantId || x.st.viaStatementId === d.st.id || d.st.viaStatementId === x.st.id) continue;
      if (concession(x)) continue;
      return k;
    }
    return -1;
  };
  /** The target's source's statements right before it (same or previous paragraph, bounded) join it. */
  const extendBack = (d: Draft, ti: number): void => {
    const t = ds[ti];
    const p = par(t.sentence);
    for (let k = ti - 1; k >= 0 && k >= ti - 4 && par(ds[k].sentence) >= p - 1; k--) {
      const x = ds[k];
      if (x.st.claimantId == null) continue;
      if (x.st.claimantId !== t.st.claimantId || CONCESSION.has(x.st.cue!.lemma)) break;
      link(d, x);
      if (hasAdditive(x)) break;
    }
  };
  /** A paragraph that opens with an anaphoric denial (`Vaessen zelf spreekt dat tegen.`) disputes the
   *  account the previous paragraph gave: every other source's statement there (bounded), not only the
   *  target's source. */
  const previousAccount = (d: Draft, i: number, ti: number): void => {
    const s = sents[d.sentence];
    if (s.paragraph === 0 || paras[s.paragraph].sentenceStart !== d.sentence) return;
    const pp = par(d.sentence) - 1;
    if (par(ds[ti].sentence) !== pp) return;
    for (let k = i - 1; k >= 0 && k >= i - 8 && par(ds[k].sentence) === pp; k--) {
      const x = ds[k];
      if (x.st.claimantId == null || x.st.claimantId === d.st.claimantId || CONCESSION.has(x.st.cue!.lemma)) continue;
      link(d, x);
    }
  };
  /** `X bevestigt die lezing.`: a source siding with a disputed statement of another source (the
   *  confirmation's object an anaphor) is disputed by the same sources; its own statements right after
   *  it go with it. */
  const confirmsDisputed = (d: Draft, i: number): void => {
    const f = d.found!, s = sents[d.sentence];
    const next = toks[f.tok + 1];
    if (d.st.claimantId == null || next === undefined || next.kind !== 'word' || !DEMONSTRATIVES.has(next.lower) || !(s.tokenEnd - f.last <= 4 && (toks[f.tok + 2]?.kind === 'punct' || s.tokenEnd - f.tok <= 4))) return;
    const p0 = par(d.sentence);
    for (let k = i - 1; k >= 0 && k >= i - 6 && par(ds[k].sentence) >= p0 - 1; k--) {
      const x = ds[k];
      if (x.st.claimantId == null || x.st.claimantId === d.st.claimantId || !x.st.contested) continue;
      let t: Draft | null = null;
      for (const id of x.st.contestedBy) { const y = drafts[id]; if (y && y.st.claimantId !== d.st.claimantId && link(d, y)) t = y; }
      if (t) extendForward(d, i, t);
      return;
    }
  };
  /** A concession or confirmation, not a claim of its own (`bevestigen dat ...` with a content clause is one). */
  const concession = (x: Draft): boolean => CONCESSION.has(x.st.cue!.lemma) && !(x.st.cue!.lemma === 'bevestigen' && toks[x.found!.last + 1]?.lower === 'dat' && x.st.content.end - x.st.content.start > 10);
  /** `De bond stelt dat de fabriek helemaal niet verouderd is` after `... de fabriek is verouderd, schrijft
   *  het bedrijf`: the word a negation (`niet`, `geen`) governs in the content is asserted by another source
   *  shortly before (in its content, not negated there): they dispute each other. */
  const negatesEarlier = (d: Draft, i: number): void => {
    const a = contentFrom(d), b = contentTo(d);
    let negated = -1;
    for (let k = a; k < b && k < a + 40; k++) {
      const w = toks[k];
      if (w.kind !== 'word' || (w.lower !== 'niet' && w.lower !== 'geen')) continue;
      let n = k + 1;
      while (n < b && toks[n].kind === 'word' && INTENSIFIERS.has(toks[n].lower)) n++;
      if (n < b && toks[n].kind === 'word' && stemAt(n) >= 0) { negated = n; break; }
    }
    if (negated < 0) return;
    const nw = toks[negated].lower;
    const n0 = nw.charCodeAt(0);
    // the same word, or the same up to an ending of one or two letters (verouderd / verouderde)
    const sameWord = (w: string): boolean => w === nw || (Math.min(w.length, nw.length) >= 6 && Math.abs(w.length - nw.length) <= 2 && (w.startsWith(nw) || nw.startsWith(w)));
    for (let k = i - 1; k >= 0 && k >= i - 8 && ds[k].sentence >= d.sentence - 6; k--) {
      const x = ds[k];
      if (x.st.claimantId == null || x.st.claimantId === d.st.claimantId || concession(x)) continue;
      const xa = contentFrom(x), xb = contentTo(x);
      for (let q = xa; q < xb && q < xa + 60; q++) {
        // (first letter and length before the strings: no stems made for the candidates' words)
        const w = toks[q];
        if (w.kind !== 'word' || w.lower.charCodeAt(0) !== n0 || Math.abs(w.lower.length - nw.length) > 2 || !sameWord(w.lower)) continue;
        const p = toks[q - 1];
        if (p && p.kind === 'word' && (p.lower === 'niet' || p.lower === 'geen')) break;
        contest(d, i, x, k);
        return;
      }
    }
  };
  /** `elkaar` right after an accusation verb, or `de andere partij` in the content of `beide` sources. */
  const reciprocal = (d: Draft): boolean => {
    const f = d.found!, s = sents[d.sentence];
    if (d.st.claimantId == null) return false;
    if (RECIPROCAL_LEMMAS.has(d.st.cue!.lemma)) for (let k = f.tok + 1; k <= f.last + 3 && k < s.tokenEnd; k++) if (toks[k].lower === 'elkaar') return true;
    // (`Beide landen`: a source whose name starts with B or A, before reading the sentence)
    const c0 = sb.reg.claimants[d.st.claimantId].name.charCodeAt(0);
    if (c0 !== 66 && c0 !== 65) return false;
    const first = toks[s.tokenStart];
    if (first.kind !== 'word' || (first.lower !== 'beide' && first.lower !== 'allebei')) return false;
    for (let k = f.last + 1; k < s.tokenEnd - 1 && k < f.last + 8; k++) if (toks[k].lower === 'andere' && OTHER_SIDE.has(toks[k + 1].lower)) return true;
    return false;
  };
  const reciprocalAnswer = (i: number): void => {
    const d = ds[i];
    const names: string[] = [];
    // the parties' names: the capitalised words of the source's name (not `Beide` opening `Beide landen`)
    for (const w of sb.reg.claimants[d.st.claimantId!].name.split(' ')) if (w.length >= 5 && w.charAt(0) !== w.charAt(0).toLowerCase() && w !== 'Beide' && w !== 'Allebei') names.push(w.toLowerCase());
    const p0 = par(d.sentence);
    let n = 0;
    for (let k = i + 1; k < ds.length && k <= i + 12 && par(ds[k].sentence) <= p0 + 3 && n < 4; k++) {
      const x = ds[k];
      if (x.st.claimantId == null || x.st.claimantId === d.st.claimantId || concession(x)) continue;
      const party = names.length > 0 && accusedParty(sb.reg.claimants[x.st.claimantId].name.toLowerCase(), names);
      if ((party || (names.length === 0 && x.st.contested)) && link(d, x)) n++;
    }
  };
  /** The figures of a statement's content: [number text, the word after it] pairs (at most 3). */
  const figuresOf = (d: Draft): string[] | null => {
    const a = contentFrom(d), b = contentTo(d);
    let out: string[] | null = null;
    for (let k = a; k < b - 1 && k < a + 60; k++) {
      const t = toks[k];
      // (a closing mark between: `rekent op "ten minste honderd" doden`)
      const j = toks[k + 1].kind === 'quote' && k + 2 < b ? k + 2 : k + 1;
      const n = toks[j];
      // an elliptic figure, no noun after it (`houdt het op ruim vierhonderd, omdat ...`): noun '' (not a year)
      if (n.kind === 'punct' && n.text !== '%' && (t.kind === 'number' ? !(t.text.length === 4 && (t.text.startsWith('19') || t.text.startsWith('20'))) && toks[k - 1]?.kind === 'word' : t.kind === 'word' && (numberWord(t.lower) || hundredsCompound(t.lower)))) {
        (out ??= []).push(t.text, '');
        if (out.length >= 6) break;
        continue;
      }
      // (the next word's cheap tests before the number test)
      if (n.kind !== 'word' || n.cap || n.lower.length < 3 || (t.kind !== 'number' && (t.kind !== 'word' || !numberWord(t.lower))) || STOP.has(n.lower)) continue;
      // people who died: "43 mensen om het leven gekomen", "vier burgers kwamen om het leven" count the dead
      let noun = n.lower;
      if (noun !== 'doden' && peopleCount(noun)) {
        for (let m = j + 1; m < b + 2 && m < toks.length && m <= j + 4; m++) if (DEATH_WORDS.has(toks[m].lower)) { noun = 'doden'; break; }
      }
      (out ??= []).push(t.text, noun);
      if (out.length >= 6) break;
    }
    return out;
  };
  const conflictingFigures = (): void => {
    let figs: (string[] | null | undefined)[] | null = null;
    for (let i = 0; i < ds.length; i++) {
      const d = ds[i];
      if (d.st.claimantId == null) continue;
      const fd = (figs ??= new Array(ds.length))[i] ??= figuresOf(d)
      if (!fd) continue;
      // (the same noun counted differently: up to 12 statements and sentences back; other checks: 8 and 6)
      for (let k = i - 1; k >= 0 && k >= i - 12 && ds[k].sentence >= d.sentence - 12; k--) {
        const x = ds[k];
        if (x.st.claimantId == null || x.st.claimantId === d.st.claimantId) continue;
        const fx = figs[k] ??= figuresOf(x);
        if (!fx) continue;
        let conflict = false;
        for (let p = 0; p < fd.length && !conflict; p += 2) for (let q = 0; q < fx.length; q += 2) if (fd[p + 1] === fx[q + 1] && fd[p] !== fx[q]) { conflict = true; break; }
        if (k < i - 8 || ds[k].sentence < d.sentence - 6) {
          // (far apart only for a count of people or things, not of a unit or magnitude: `12 miljoen` / `15 miljoen`)
          if (!conflict) continue;
          let counts = false;
          for (let p = 0; p < fd.length && !counts; p += 2) for (let q = 0; q < fx.length; q += 2) if (fd[p + 1] === fx[q + 1] && fd[p] !== fx[q] && !UNIT_WORDS.has(fd[p + 1])) { counts = true; break; }
          if (!counts) continue;
        }
        // counts of people in other words, side by side (`volgens de politie 8.000 mensen; de organisatoren
        // spreken van 60.000 deelnemers`): the same sentence or the next one in the paragraph, one count plain
        // an elliptic figure against a count in the sentence before, in the paragraph (`volgens het bedrijf 280
        // banen. De bond houdt het op vierhonderd.`)
        if (!conflict && d.sentence - x.sentence === 1 && par(d.sentence) === par(x.sentence)) {
          for (let p = 0; p < fd.length && !conflict; p += 2) if (fd[p + 1] === '') for (let q = 0; q < fx.length; q += 2) if (fx[q + 1] !== '' && fd[p] !== fx[q] && !UNIT_WORDS.has(fx[q + 1])) { conflict = true; break; }
        }
        if (!conflict && d.sentence - x.sentence <= 1 && par(d.sentence) === par(x.sentence)) {
          for (let p = 0; p < fd.length && !conflict; p += 2) for (let q = 0; q < fx.length; q += 2) if (fd[p] !== fx[q] && ((GENERIC_PEOPLE.has(fd[p + 1]) && peopleCount(fx[q + 1])) || (GENERIC_PEOPLE.has(fx[q + 1]) && peopleCount(fd[p + 1])))) { conflict = true; break; }
        }
        if (conflict) link(d, x);
      }
    }
  };
  /** A sentence announcing that accounts diverge (`Over het aantal doden lopen de berichten uiteen`,
   *  `De lezingen spreken elkaar tegen`, `tegenstrijdige verklaringen`, `verschillen van mening`). */
  const divergence = (si: number): boolean => {
    if (!divergenceNoted(seg, si)) return false; // (noted by the cue scan: no token is read here)
    const s = sents[si];
    return DIVERGE.test(text.slice(s.start, Math.min(s.end, s.start + 400)));
  };
  /** `X zou Y hebben beloofd. … X ontkent dat.`: a source denies what it is reported (hedged: `zou`,
   *  `naar verluidt`) to have said or done. The reported statements of that source just before, and the
   *  denier's rebuttal going on in its paragraph, dispute each other. */
  const selfDenial = (d: Draft, i: number): boolean => {
    const id = d.st.claimantId;
    if (id == null) return false;
    // (a negated denial is none: "X bestrijdt dat niet")
    for (let k = d.found!.last + 1; k < d.found!.last + 4 && k < toks.length; k++) if (toks[k].kind === 'word' && (toks[k].lower === 'niet' || toks[k].lower === 'geenszins')) return false;
    const p0 = par(d.sentence);
    let first = -1;
    for (let k = i - 1; k >= 0 && k >= i - 8 && par(ds[k].sentence) >= p0 - 2; k--) {
      const x = ds[k];
      if (x.st.claimantId !== id || x.st.cue!.denial || concession(x) || isPrep(x)) continue;
      if (x.st.hedgeIds.length > 0) first = k;
    }
    if (first < 0) return false;
    for (let k = first; k < i; k++) {
      const x = ds[k];
      if (x.st.claimantId !== id || x.st.cue!.denial || concession(x)) continue;
      mark(d, x);
      for (let m = i + 1; m < ds.length && m <= i + 3 && par(ds[m].sentence) === p0 && ds[m].st.claimantId === id; m++) mark(ds[m], x);
    }
    return true;
  };
  /** A source's name (its last word, capitalised) occurs in paragraph p outside quotations. */
  const namedIn = (name: string, p: number): boolean => {
    const sp = name.lastIndexOf(' ');
    const last = sp < 0 ? name : name.slice(sp + 1);
    if (last.length < 3 || last.charAt(0) === last.charAt(0).toLowerCase()) return false;
    const para = paras[p];
    const to = sents[para.sentenceEnd - 1].tokenEnd;
    for (let k = sents[para.sentenceStart].tokenStart, n = 0; k < to && n < 300; k++, n++) if (toks[k].inQuote < 0 && toks[k].text === last) return true;
    return false;
  };
  /** 8. accounts announced as diverging: the statements that follow in the paragraph dispute each other;
   *  one alone, the earlier statement of a source the paragraph names (`terwijl Interpress het op vier houdt`). */
  const divergingAccounts = (): void => {
    for (let i = 0, j = 0; i < ds.length; i = j) {
      // the paragraph's statements [i, j); a paragraph with one source: only its first sentence is read
      const p = sents[ds[i].sentence].paragraph;
      let one = -2;
      for (j = i; j < ds.length && sents[ds[j].sentence].paragraph === p; j++) {
        const id = ds[j].st.claimantId;
        if (id != null) one = one === -2 || one === id ? id : -1;
      }
      if (one === -2) continue;
      const from = paras[p].sentenceStart;
      const to = one === -1 ? Math.min(ds[j - 1].sentence, from + 8) : from;
      for (let si = from; si <= to; si++) {
        if (!divergence(si)) continue;
        const group: Draft[] = [];
        for (let k = i; k < j && group.length < 6 && ds[k].sentence <= si + 4; k++) {
          const x = ds[k];
          if (x.sentence < si || x.st.claimantId == null || concession(x)) continue;
          group.push(x);
        }
        let linked = false;
        for (let a = 0; a < group.length; a++) for (let b = a + 1; b < group.length; b++) if (link(group[a], group[b])) linked = true;
        // the earlier statements of sources named in the paragraph (their account, given before)
        const names = new Set<number>();
        for (const g of group) names.add(g.st.claimantId!);
        for (let k = i - 1; k >= 0 && k >= i - 12 && sents[ds[k].sentence].paragraph >= p - 3; k--) {
          const x = ds[k];
          const id = x.st.claimantId;
          if (id == null || names.has(id) || isPrep(x)) continue;
          if (!namedIn(sb.reg.claimants[id].name, p)) continue;
          names.add(id);
          for (const g of group) if (link(g, x)) linked = true;
        }
        if (linked) break;
      }
    }
  };
  const agentlessDenial = (d: Draft, i: number): void => {
    const ti = nearestOther(i);
    if (ti < 0) return;
    const t = ds[ti];
    mark(d, t);
    // the target's source's statements right before it (as extendBack)
    const p = par(t.sentence);
    for (let k = ti - 1; k >= 0 && k >= ti - 4 && par(ds[k].sentence) >= p - 1; k--) {
      const x = ds[k];
      if (x.st.claimantId !== t.st.claimantId || concession(x)) break;
      mark(d, x);
    }
    for (let k = i + 1; k < ds.length && k <= i + 4 && ds[k].sentence <= d.sentence + 2 && par(ds[k].sentence) === par(d.sentence); k++) {
      const x = ds[k];
      if (x.st.claimantId == null || x.st.claimantId === t.st.claimantId) continue;
      link(x, t);
      break;
    }
  };
  /** A headline: the first paragraph, one sentence long. */
  const headline = (si: number): boolean => sents[si].paragraph === 0 && paras.length > 1 && paras[0].sentenceEnd - paras[0].sentenceStart === 1;
  /** The sentence names a passive's agent (`door` outside quotations). */
  const agentIn = (si: number): boolean => {
    const s = sents[si];
    for (let k = s.tokenStart; k < s.tokenEnd && k < s.tokenStart + 60; k++) if (toks[k].kind === 'word' && toks[k].inQuote < 0 && toks[k].lower === 'door') return true;
    return false;
  };
  /** The denier's side: its (or its allies') statements after it in its paragraph, while they go on. */
  const extendForward = (d: Draft, i: number, t: Draft): void => {
    const para = par(d.sentence);
    const side: (number | null)[] = [d.st.claimantId];
    for (let k = i + 1; k < ds.length && k <= i + 5 && par(ds[k].sentence) === para; k++) {
      const x = ds[k];
      if (x.st.claimantId == null || x === t) continue;
      if (x.st.contestedBy.includes(t.st.id)) { side.push(x.st.claimantId); continue; }
      // a spokesperson quoted with a negation right after the denial (`'Dat klopt niet', aldus een woordvoerder`)
      if (!side.includes(x.st.claimantId) && x.sentence === d.sentence + 1 && x.st.claimantId !== t.st.claimantId && ((contentFlags(x) | flagsIn(x.sentence, sents[x.sentence].tokenStart, x.found!.tok)) & F_TRIGGER) !== 0) side.push(x.st.claimantId);
      // after a passive denial without a `door` agent (`In Kiev werd de beschuldiging van de hand gewezen.`)
      // the next source speaks for it
      if (d.found!.passive && side.length === 1 && x.sentence === d.sentence + 1 && x.st.claimantId !== t.st.claimantId && !agentIn(d.sentence)) side.push(x.st.claimantId);
      // a spokesperson or head named for nobody else right after the denial speaks for the denier
      // (`Woordvoerster X wijst naar ...`, `Directeur X stelt dat ...`)
      if (!side.includes(x.st.claimantId) && x.sentence <= d.sentence + 2 && x.st.claimantId !== t.st.claimantId && spokesperson(x.st.claimantId, d.st.claimantId)) side.push(x.st.claimantId);
      // ... as does its own document right after it (`In een verklaring wordt de studie slordig genoemd`)
      if (!side.includes(x.st.claimantId) && x.sentence === d.sentence + 1 && x.found!.passive && OWN_DOCUMENTS.has(sb.reg.claimants[x.st.claimantId].name.toLowerCase())) side.push(x.st.claimantId);
      if (!side.includes(x.st.claimantId) || CONCESSION.has(x.st.cue!.lemma) || hasAdditive(x)) break;
      link(x, t);
    }
  };
  /** A source introduced as a spokesperson of no one named (`woordvoerster Martine Cools`). */
  const spokesperson = (id: number, forId: number | null = null): boolean => {
    const role = sb.reg.claimants[id].role;
    if (role == null) return false;
    let r = role.toLowerCase();
    // ... or of the denier (`een woordvoerster van de bank` after `door de Lindebank betwist`)
    const sp = r.indexOf(' van ');
    if (sp > 0 && forId != null) {
      let owner = r.slice(sp + 5);
      if (owner.startsWith('de ') || owner.startsWith('het ')) owner = owner.slice(owner.indexOf(' ') + 1);
      const denier = sb.reg.claimants[forId];
      if (owner.length < 3 || owner.indexOf(' ') >= 0 || !(denier.name.toLowerCase().endsWith(owner) || denier.headList.includes(owner))) return false;
      r = r.slice(0, sp);
    }
    return r.indexOf(' ') < 0 && (r.startsWith('woordvoer') || r.startsWith('zegsman') || r.startsWith('zegsvrouw') || r === 'directeur' || r === 'directrice' || r === 'voorzitter' || r === 'topman' || r === 'topvrouw' || r === 'bestuurder' || r === 'ceo');
  };
  /** An idiom of disagreement after the cue (`vertellen een ander verhaal`, `denkt daar anders over`). */
  const disagrees = (d: Draft): boolean => {
    const seqs = DISAGREEMENT_IDIOMS.get(d.st.cue!.lemma);
    if (!seqs) return false;
    // the words after the cue (quotation marks skipped), up to a clause boundary: bounded
    const f = d.found!, end = sents[d.sentence].tokenEnd;
    const ws: string[] = [];
    for (let k = f.tok + 1; k < end && ws.length < 10; k++) {
      const w = toks[k];
      if (w.kind === 'word') ws.push(w.lower);
      else if (w.kind !== 'quote' && w.text !== ',') break;
    }
    // (a claim noun as the object reaches a little further: `noemde de beschuldigingen van de oppositie ongegrond`)
    const reach = ws.length > 1 && CLAIM_DETERMINERS.has(ws[0]) && CLAIM_NOUNS.has(ws[1]) ? 7 : 4;
    for (let k = 0; k < ws.length && k <= reach; k++) {
      for (const q of seqs) {
        let m = 0;
        while (m < q.length && k + m < ws.length && ws[k + m] === q[m]) m++;
        if (m === q.length) return true;
      }
    }
    return false;
  };
  /** An idiom of disagreement disputes the previous claim of another source; a source-less idiom
   *  (`Het comité, dat ..., gelooft daar weinig van.`) passes to the next statement that has one. */
  const contestIdiom = (d: Draft, i: number): void => {
    // an idiom refers back to what was just said (`Die uitleg noemde X onzin`, `X denkt daar anders over`)
    let t = nearestOther(i);
    if (t < 0) t = targetOf(i, false);
    if (t < 0) return;
    let e = d, ei = i;
    if (d.st.claimantId == null) {
      ei = -1;
      for (let k = i + 1; k < ds.length && k <= i + 3 && ds[k].sentence <= d.sentence + 1; k++) if (ds[k].st.claimantId != null) { ei = k; break; }
      if (ei < 0 || ds[ei].st.claimantId === ds[t].st.claimantId) return;
      e = ds[ei];
    }
    contest(e, ei, ds[t], t);
    // the same sentence goes on with the other side's evidence: `denkt daar anders over: volgens de officier ...`
    for (let k = ei + 1; k < ds.length && k <= ei + 3 && ds[k].sentence === e.sentence; k++) {
      if (ds[k].st.claimantId !== ds[t].st.claimantId) link(ds[k], ds[t]);
    }
    extendForward(e, ei, ds[t]);
  };

  /** `Volgens X ligt het werkelijke aantal doden veel hoger`: a comparative and a count noun in the content
   *  dispute the latest figure another source gave before (12 statements, three paragraphs back). */
  const comparedCount = (d: Draft, i: number): void => {
    if (d.st.claimantId == null) return;
    const a = contentFrom(d), b = Math.min(contentTo(d), a + 40);
    let count = false;
    for (let k = a; k < b; k++) if (toks[k].kind === 'word' && COUNT_NOUNS.has(toks[k].lower)) { count = true; break; }
    if (!count) return;
    const p0 = par(d.sentence);
    for (let k = i - 1; k >= 0 && k >= i - 12 && par(ds[k].sentence) >= p0 - 3; k--) {
      const x = ds[k];
      if (x.st.claimantId == null || x.st.claimantId === d.st.claimantId || concession(x)) continue;
      if (figuresOf(x)) { link(d, x); return; }
    }
  };
  /** The assessments (OPPOSITE_ASSESSMENTS: pair * 2 + side, a negation before the word flipping the side) in
   *  a statement's content, as a bit set (pairs < 15), 0 for none; memoised per statement. */
  let oppMemo: Map<number, number> | null = null;
  const assessments = (x: Draft): number => {
    if ((assessBits(x.sentence) & A_OPPOSITE) === 0) return 0;
    let m = (oppMemo ??= new Map()).get(x.st.id);
    if (m !== undefined) return m;
    m = 0;
    {
      const a = contentFrom(x), b = Math.min(contentTo(x), a + 80);
      for (let k = a; k < b; k++) {
        const w = toks[k];
        if (w.kind !== 'word') continue;
        let v = OPPOSITE_SIDE.get(w.lower);
        if (v === undefined) continue;
        const p = toks[k - 1];
        if (p && p.kind === 'word' && (p.lower === 'niet' || p.lower === 'geen' || p.lower === 'nauwelijks')) v ^= 1;
        m |= 1 << v;
      }
    }
    oppMemo.set(x.st.id, m);
    return m;
  };
  /** The kinds of assessment word (A_ bits) in a statement's sentence, as the cue scan noted them. */
  const assessBits: (si: number) => number = assessmentNoter(seg);
  /** Two sources assessing one matter oppositely (`eerlijk` / `onregelmatigheden`), within ten statements and
   *  three paragraphs: they dispute each other. */
  const opposed = (d: Draft, i: number): void => {
    const md = assessments(d);
    if (md === 0 || d.st.claimantId == null) return;
    // the opposite side of each pair d takes (bits swapped within each pair)
    const want = ((md & 0x55555555) << 1) | ((md >>> 1) & 0x55555555);
    const p0 = par(d.sentence);
    for (let k = i - 1; k >= 0 && k >= i - 10 && par(ds[k].sentence) >= p0 - 3; k--) {
      const x = ds[k];
      if (x.st.claimantId == null || x.st.claimantId === d.st.claimantId || concession(x)) continue;
      const mx = assessments(x);
      if ((mx & want) !== 0 && (mx & md) === 0) link(d, x);
    }
  };
  /** `Y zegt uitsluitend militaire doelen te hebben aangevallen` (a restriction word opening the content, a
   *  te-infinitive in it) right after another source's claim in the paragraph: a counter-claim. */
  const restricted = (d: Draft, i: number): void => {
    const a = contentFrom(d), b = Math.min(contentTo(d), a + 30);
    const w = toks[a];
    if (i === 0 || w === undefined || w.kind !== 'word' || !RESTRICTIVES.has(w.lower) || toks[a + 1]?.lower === 'dat') return;
    let te = false;
    for (let k = a + 2; k < b; k++) if (toks[k].lower === 'te' && toks[k + 1]?.kind === 'word') { te = true; break; }
    if (!te) return;
    const x = ds[i - 1];
    if (x.sentence !== d.sentence - 1 || par(x.sentence) !== par(d.sentence) || concession(x)) return;
    link(d, x);
  };

  for (let i = 0; i < ds.length; i++) {
    const d = ds[i];
    const s = sents[d.sentence];
    if (d.target) { if (acc === EMPTY) acc = []; acc.push(d); }
    // the first statement of a sentence with many: the sentence's flags are made whole (see flagsIn)
    if ((i === 0 || ds[i - 1].sentence !== d.sentence) && i + MANY_IN_SENTENCE - 1 < ds.length && ds[i + MANY_IN_SENTENCE - 1].sentence === d.sentence && done[d.sentence] === 0) done[d.sentence] = 2;
    // 1. two sources in one sentence joined by a contrast word
    let wordEnd = -1; // where the first contrast word after the cue ends (found when first needed)
    if (!isPrep(d)) for (let j = i + 1; j < ds.length && j <= i + 8 && ds[j].sentence === d.sentence; j++) {
      const e = ds[j];
      if (e.st.viaStatementId === d.st.id || isPrep(e)) continue;
      if (e.st.cue!.start - d.st.cue!.end > 600) continue;
      // (the words as plain substrings first, up to the farthest statement considered: one search for all)
      if (wordEnd < 0) {
        let to = e.st.cue!.start;
        for (let k = j + 1; k < ds.length && k <= i + 8 && ds[k].sentence === d.sentence; k++) {
          const f = ds[k].st.cue!.start;
          if (f > to && f - d.st.cue!.end <= 600) to = f;
        }
        wordEnd = contrastEnd(d.st.cue!.end, to);
      }
      if (wordEnd > e.st.cue!.start) continue;
      const between = text.slice(d.st.cue!.end, e.st.cue!.start);
      if (/(,\s*)?\b(maar|echter|daarentegen)\b/.test(between)) link(d, e);
    }
    // 2. a contrast adverb in the statement's own clause: against the previous sources on the same matter
    let contrast = false;
    {
      // (after the verb and a short inverted subject: "vertelde het persbureau Valpress echter dat")
      const from = Math.max(s.tokenStart, d.found!.tok - 25), to = Math.min(s.tokenEnd, d.found!.last + 6);
      for (let k = from; k < to; k++) {
        k = flaggedIn(d.sentence, k, to, F_CONTRAST | F_MAAR);
        if (k < 0) break;
        if ((flagAt(k) & F_CONTRAST) !== 0 || k === s.tokenStart) { contrast = true; break; }
      }
      // `juist` right after the verb, before its content: "Een tweede getuige stelde juist dat ..."
      const j = toks[d.found!.last + 1];
      if (!contrast && j && j.kind === 'word' && j.lower === 'juist' && toks[d.found!.last + 2]?.lower === 'dat') contrast = true;
    }
    // a denial, or an insistence against one (`zou wel degelijk betrokken zijn`)
    let denial = d.st.cue!.denial;
    const cflags = denial ? 0 : contentFlags(d);
    if (!denial) {
      const f = cflags;
      denial = ((f & F_TRIGGER) !== 0 && (pleads(d) || DENIAL_CONTENT.test(contentText(d)))) || ((f & F_AFFIRM) !== 0 && AFFIRM.test(contentText(d))) || quoteDenies(d);
    }
    if (contrast && !denial) {
      const dw = denialWords(d);
      // (a paragraph that opens with the contrast answers the previous paragraph's account: `Maar X zegt juist dat`)
      const opens = d.sentence === paras[s.paragraph].sentenceStart && s.paragraph > 0;
      const back = opens ? 5 : 2;
      for (let k = i - 1; k >= 0 && k >= i - 12 && ds[k].sentence >= d.sentence - back && par(ds[k].sentence) >= par(d.sentence) - 1; k--) {
        const x = ds[k];
        if (x.sentence >= d.sentence || x.st.claimantId === d.st.claimantId) continue;
        // a preposition statement (volgens X) only when it shares the matter
        if (isPrep(d) || isPrep(x)) { if (overlap(dw, matterOf(x)) < 1) continue; }
        link(d, x);
        for (const y of inner(d)) link(y, x);
      }
    }
    // 3. a denial: against the statement it disputes; lead-first, against one that affirms after it
    // `Die cijfers worden betwist.`: a denial nobody is named for disputes the claim just made; the next
    // source to speak is the denying side
    if (denial && d.st.claimantId == null && d.st.cue!.denial && anaphoric(d)) { agentlessDenial(d, i); continue; }
    if (denial) {
      let done = false;
      for (let k = i + 1; k < ds.length && k <= i + 6 && ds[k].sentence <= d.sentence + 2; k++) {
        const x = ds[k];
        if (x.st.claimantId === d.st.claimantId || x.st.viaStatementId === d.st.id) continue;
        if (affirms(x) || sentenceAffirms(x.sentence)) { contest(d, i, x, k); done = true; break; }
      }
      const t = targetOfDenial(i, !d.st.cue!.denial);
      if (t >= 0) { contest(d, i, ds[t], t); done = true; }
      else if (d.st.cue!.denial && selfDenial(d, i)) done = true;
      if (t >= 0 && d.st.cue!.denial && anaphoric(d)) { extendBack(d, t); previousAccount(d, i, t); extendForward(d, i, ds[t]); }
      if (!done && t < 0) { const c = chargeAnswered(i); if (c >= 0) { contest(d, i, ds[c], c); done = true; } }
      if (!done) {
        // headline or lead first: the denial before the claim it disputes (a headline: up to the lead's end)
        const reach = headline(d.sentence) ? 4 : 1;
        for (let k = i + 1; k < ds.length && k <= i + 4 && ds[k].sentence <= d.sentence + reach; k++) {
          const x = ds[k];
          if (x.st.claimantId == null || x.st.claimantId === d.st.claimantId || x.st.viaStatementId === d.st.id) continue;
          contest(d, i, x, k);
          break;
        }
      }
    } else if (disagrees(d)) contestIdiom(d, i);
    else if ((cflags & F_TRIGGER) !== 0) negatesEarlier(d, i);
    else if (CONFIRMING.has(d.st.cue!.lemma)) confirmsDisputed(d, i);
    const ab = assessBits(d.sentence);
    if (ab !== 0) {
      if (!denial && (ab & A_COMPARE) !== 0) comparedCount(d, i);
      if (!denial && (ab & A_ONLY) !== 0) restricted(d, i);
      if ((ab & A_OPPOSITE) !== 0) opposed(d, i);
    }
  }
  // 4. accusations of different parties (wijst naar X / wijzen naar Y)
  for (let i = 0; i < acc.length; i++)
    for (let j = i + 1; j < acc.length && j <= i + 20 && acc[j].st.content.start - acc[i].st.content.start <= 3000; j++) {
      if (acc[i].target !== acc[j].target) link(acc[i], acc[j]);
    }
  // 5. an accusation of a named party (`X beschuldigde Armenië ervan ...`): the accused party's own
  // statements nearby (`het Armeense ministerie ...`) dispute it, and it them
  for (let i = 0; i < ds.length; i++) if (ACCUSING.has(ds[i].st.cue!.lemma)) accusedAnswer(i);
  // 6. a reciprocal accusation (`Rusland en Oekraïne geven elkaar de schuld`, `Beide landen zeggen dat de
  // andere partij ...`): disputed by what the parties themselves say next (or, unnamed, by the next
  // statements that are disputed)
  for (let i = 0; i < ds.length; i++) if (reciprocal(ds[i])) reciprocalAnswer(i);
  // 7. conflicting figures: two sources giving different numbers of the same thing (`volgens de politie 500
  // demonstranten` / `de organisatie spreekt van 2.000 demonstranten`)
  conflictingFigures();
  // 8. accounts announced as diverging (`Over het aantal doden lopen de berichten uiteen.`)
  divergingAccounts();
  // 9. a headline states in short what its source says below (`oprichter wijst naar bank` / `Hij wijst naar
  // de Lindebank`): it is disputed by whatever disputes that source's statement with the same verb
  headlineSides(ds, seg, drafts);
}

/** Step 9 of findContests: a headline's statement without a contest takes over the contests of the first
 *  statement of the same source with the same cue lemma in the next paragraphs (bounded: 12 statements). */
function headlineSides(ds: Draft[], seg: Segmented, drafts: Draft[]): void {
  const sents = seg.sentences, paras = seg.paragraphs;
  if (paras.length < 2 || paras[0].sentenceEnd - paras[0].sentenceStart !== 1) return;
  for (let i = 0; i < ds.length && sents[ds[i].sentence].paragraph === 0; i++) {
    const h = ds[i];
    if (h.st.contested || h.st.claimantId == null) continue;
    for (let k = i + 1; k < ds.length && k <= i + 12; k++) {
      const x = ds[k];
      if (x.st.claimantId !== h.st.claimantId || x.st.cue!.lemma !== h.st.cue!.lemma) continue;
      for (const id of x.st.contestedBy) { const y = drafts[id]; if (y) link(h, y); }
      break;
    }
  }
}
