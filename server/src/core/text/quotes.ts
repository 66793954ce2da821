// Pairing quotation marks into quotations. Marks come in two families: double (" „ “ ” ,, `` '' « »)
// and single (' ‘ ’ ‚ ‹ ›); any closer of a family closes an opener of the same family, one level of
// the other family may nest inside. A quotation does not run past its paragraph unless the next
// paragraph continues it (opens with a mark of the same family, the Dutch convention for a quote over
// several paragraphs, or closes it before opening anything); an opener left unmatched is dropped.
// Linear: every mark is looked at a bounded number of times.
import type { Token, RawQuote } from './types';
import { VERB_FORMS } from '../lexicon/verbs';
import { ADJECTIVE_ENDINGS } from '../lexicon/nouns';

export const FAM_D = 0;
export const FAM_S = 1;

/**
 * The quotation marks of a text, as parallel typed arrays (no object per mark: a text of nothing but
 * marks would make hundreds of thousands). Reused from call to call; `n` marks are valid.
 */
export class Marks {
  n = 0;
  /** Token index of mark k. */
  tok: Int32Array = new Int32Array(256);
  pos: Int32Array = new Int32Array(256);
  /** Paragraph index. */
  para: Int32Array = new Int32Array(256);
  /** len (2 bits) | fam << 2 | may open << 3 | may close << 4 | the mark's character code << 5 (`,,` as „, `''` as ”). */
  info: Int32Array = new Int32Array(256);

  reset(): void {
    this.n = 0;
  }

  push(tok: number, pos: number, len: number, fam: number, open: boolean, close: boolean, sym: number, para: number): void {
    const k = this.n;
    if (k === this.tok.length) this.grow();
    this.tok[k] = tok;
    this.pos[k] = pos;
    this.para[k] = para;
    this.info[k] = len | (fam << 2) | (open ? 8 : 0) | (close ? 16 : 0) | (sym << 5);
    this.n = k + 1;
  }

  private grow(): void {
    const more = (a: Int32Array): Int32Array => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
    this.tok = more(this.tok);
    this.pos = more(this.pos);
    this.para = more(this.para);
    this.info = more(this.info);
  }
}

const lenOf = (info: number): number => info & 3;
const famOf = (info: number): number => (info >> 2) & 1;
const mayOpen = (info: number): boolean => (info & 8) !== 0;
const mayClose = (info: number): boolean => (info & 16) !== 0;
const symOf = (info: number): number => info >>> 5;

const MAX_DEPTH = 4;

/** Words (lower-case) that may stay lower-case inside a capitalised name or title. */
const NAME_PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', 'voor', 'en', 'of', 'in', 'op', 'aan', 'te', 'ter', 'tot', "'t", 'la', 'le', 'von', 'du', 'da', 'di', 'y', 'the', 'of', 'and', 'a']);

/** Words before a name or title in marks: determiners and prepositions. */
const NAMING_WORDS = new Set(['de', 'het', 'een', "'t", 'van', 'als', 'naar', 'in', 'op', 'voor', 'met', 'bij', 'uit', 'over', 'tot', 'door', 'dit', 'deze', 'dat', 'die', 'zijn', 'haar', 'hun', 'onze', 'ons', 'aan', 'om', 'tegen', 'zogenaamde', 'zogeheten', 'zogenoemde', 'genaamd', 'heet', 'heette', 'noemt', 'noemde', 'zich', 'zichzelf', 'titel', 'programma', 'boek', 'film', 'operatie', 'project', 'plan', 'actie', 'campagne']);

/** Nouns a name or title follows (compounds too: `radioprogramma`, `nieuwbouwwijk`, `debuutalbum`). */
const NAMING_NOUNS = ['programma', 'podcast', 'boek', 'roman', 'film', 'serie', 'documentaire', 'show', 'rubriek', 'column',
  'album', 'lied', 'single', 'nummer', 'voorstelling', 'musical', 'festival', 'tentoonstelling', 'expositie', 'wijk', 'buurt',
  'project', 'plan', 'operatie', 'actie', 'campagne', 'rapport', 'nota', 'stichting', 'beweging', 'app', 'website', 'spel',
  'titel', 'naam', 'slogan', 'motto', 'thema'];
/** A lower-case word that is (a compound ending in) a naming noun. */
function namingNoun(t: Token): boolean {
  if (t.kind !== 'word' || t.cap) return false;
  const w = t.lower;
  for (const n of NAMING_NOUNS) if (w.length >= n.length && w.endsWith(n)) return true;
  return false;
}

/** Determiners that open a noun phrase (not `die` and `dat`, which also open a clause). */
const NP_DETERMINERS = new Set(['de', 'het', 'een', "'t", 'deze', 'dit', 'zijn', 'haar', 'hun', 'onze', 'ons', 'mijn', 'uw', 'jullie', 'elk', 'elke', 'ieder', 'iedere']);
/** Nouns of what is said: a capitalised word in marks after them is what was said (`zijn antwoord 'Nooit'`). */
const UTTERANCE_NOUNS = new Set(['woord', 'woorden', 'reactie', 'antwoord', 'antwoorden', 'kreet', 'kreten', 'uitroep', 'boodschap', 'tekst',
  'tweet', 'bericht', 'berichten', 'uitspraak', 'oproep', 'vraag', 'zin', 'commentaar', 'citaat', 'leus', 'leuzen', 'verklaring', 'mededeling']);
/** One-word answers and exclamations: speech also after a noun phrase (`een volmondig 'Ja'`, `een luid 'Bravo'`). */
const ANSWER_WORDS = new Set(['ja', 'nee', 'neen', 'nooit', 'sorry', 'bedankt', 'dank', 'dankjewel', 'help', 'hallo', 'stop', 'genoeg', 'klaar',
  'prima', 'oké', 'ok', 'welkom', 'pardon', 'graag', 'zeker', 'absoluut', 'misschien', 'natuurlijk', 'bravo', 'hoera', 'schande', 'onzin']);

/**
 * Token o - 1 is a common noun that ends a noun phrase: a lower-case word that is no reporting-verb form,
 * no noun of what is said and no adjective, after a determiner with at most two adjectives between
 * (`het appartementencomplex`, `de nieuwe oppositiepartij`), and no reporting verb before the
 * determiner (`antwoordde de minister 'Nee'`: the noun is the speaker).
 */
function commonNounBefore(tokens: Token[], o: number): boolean {
  const n = tokens[o - 1];
  if (n.kind !== 'word' || n.cap || n.lower.length < 3 || VERB_FORMS.has(n.lower) || UTTERANCE_NOUNS.has(n.lower)) return false;
  for (const e of ADJECTIVE_ENDINGS) if (n.lower.endsWith(e)) return false;
  for (let k = o - 2; k >= 0 && k >= o - 4; k--) {
    const w = tokens[k];
    if (w.kind !== 'word') return false;
    if (NP_DETERMINERS.has(w.lower)) {
      const v = tokens[k - 1];
      return k === 0 || v.kind !== 'word' || !VERB_FORMS.has(v.lower);
    }
    if (w.cap || VERB_FORMS.has(w.lower)) return false;
  }
  return false;
}

/** Open marks: mark index and whether a CSV-style doubled mark opened it (at most MAX_DEPTH deep). */
const stackMark = new Int32Array(MAX_DEPTH);
const stackCsv = new Uint8Array(MAX_DEPTH);
/** closeOf[k]: the mark that closes the quotation mark k opens, or -1 (reused scratch). */
let closeOf = new Int32Array(256);

/**
 * closerStamp[t] === closerGen: token t is the closing mark of a quotation pairQuotes returned last
 * (a generation stamp: nothing to clear between calls).
 */
let closerStamp = new Int32Array(1024);
let closerGen = 0;
/** Token t closes a quotation of the last pairQuotes() result. */
export function isCloserToken(t: number): boolean {
  return closerStamp[t] === closerGen;
}

/** Pairs the marks into quotations; paras: each paragraph's first token. */
export function pairQuotes(tokens: Token[], marks: Marks, paras: number[]): RawQuote[] {
  const m = marks.n;
  const info = marks.info;
  const pos = marks.pos;
  const mtok = marks.tok;
  const mpara = marks.para;
  if (closeOf.length < m) closeOf = new Int32Array(Math.max(m, 2 * closeOf.length));
  closeOf.fill(-1, 0, m);
  if (closerStamp.length < tokens.length || closerGen >= 0x7fffffff) { closerStamp = new Int32Array(Math.max(tokens.length, 2 * closerStamp.length)); closerGen = 0; }
  const gen = ++closerGen;
  let depth = 0;
  let k = 0;
  while (k < m) {
    const mi = info[k];
    // straight "" inside a quotation opened by ": a CSV-style doubled mark, i.e. a quotation inside it
    if (symOf(mi) === 0x22 && k + 1 < m && symOf(info[k + 1]) === 0x22 && pos[k + 1] === pos[k] + 1 && depth > 0) {
      const top = stackMark[depth - 1];
      if (stackCsv[depth - 1] !== 0) {
        closeOf[top] = k;
        depth--;
        k += 2;
        continue;
      }
      if (symOf(info[top]) === 0x22 && famOf(info[top]) === FAM_D) {
        if (depth < MAX_DEPTH) { stackMark[depth] = k + 1; stackCsv[depth] = 1; depth++; }
        k += 2;
        continue;
      }
    }
    const fam = famOf(mi);
    let done = false;
    for (let s = depth - 1; s >= 0; s--) {
      const o = stackMark[s];
      if (famOf(info[o]) !== fam) continue;
      if (mayClose(mi)) {
        closeOf[o] = k;
        depth = s;
        done = true;
      }
      break;
    }
    if (!done && mayOpen(mi)) {
      // the same family inside: a mark that can only open (`"Hij noemde het "onzin", zei ze."`); when the
      // outer one was never closed it is dropped at the paragraph end, so a stray mark cannot run away
      const nests = depth === 0 || famOf(info[stackMark[depth - 1]]) !== fam || !mayClose(mi);
      if (nests && depth < MAX_DEPTH) { stackMark[depth] = k; stackCsv[depth] = 0; depth++; }
    }
    k++;
    // at a paragraph end with a quotation open: continued, or dropped
    let para = mpara[k - 1];
    while (depth > 0 && (k >= m || mpara[k] !== para)) {
      const outerFam = famOf(info[stackMark[0]]);
      if (k < m && mpara[k] === para + 1 && famOf(info[k]) === outerFam) {
        const nx = info[k];
        if (mayOpen(nx) && para + 1 < paras.length && mtok[k] === paras[para + 1]) {
          // the Dutch convention: every paragraph of a long quotation opens with a mark
          depth = 1;
          k++;
          para++;
          continue;
        }
        if (mayClose(nx) && !mayOpen(nx)) {
          // the next paragraph closes it first
          depth = 1;
          break;
        }
      }
      depth = 0;
    }
  }
  // quotations in the order of their opening marks (the pairs nest: an outer one before those inside
  // it), blank ones dropped
  const out: RawQuote[] = [];
  // the first word or number token at or after a quotation's inside; opening marks come in text order,
  // so it only moves forward (linear however the quotations nest)
  let word = 0;
  for (let o = 0; o < m; o++) {
    const c = closeOf[o];
    if (c < 0) continue;
    const start = pos[o];
    const innerStart = start + lenOf(info[o]);
    const innerEnd = pos[c];
    const ot = mtok[o];
    const ct = mtok[c];
    if (innerEnd <= innerStart || ct - ot < 2) continue;
    // marks around no word or number are no quotation (`"'"`, `« … »` around punctuation)
    if (word <= ot) word = ot + 1;
    while (word < ct && tokens[word].kind !== 'word' && tokens[word].kind !== 'number') word++;
    if (word >= ct) continue;
    const qi = out.length;
    for (let t = ot; t <= ct; t++) tokens[t].inQuote = qi;
    closerStamp[ct] = gen;
    out.push({ start, end: innerEnd + lenOf(info[c]), inner: { start: innerStart, end: innerEnd }, kind: kindOf(tokens, ot, ct, paras) });
  }
  return out;
}

/** Token t starts a paragraph (paras: sorted by first token). */
function startsParagraph(paras: number[], t: number): boolean {
  let lo = 0;
  let hi = paras.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = paras[mid];
    if (s === t) return true;
    if (s < t) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * 'term' for marks around a name, title or term nobody is said to say: the quotation is a whole
 * paragraph of at most four words (a headline), or its words are capitalised like a name
 * ('Vrijheid van Rusland-legioen'), with no sentence punctuation inside.
 */
function kindOf(tokens: Token[], o: number, c: number, paras: number[]): 'speech' | 'term' {
  let words = 0;
  let capWords = 0;
  let particles = 0;
  for (let t = o + 1; t < c; t++) {
    const tok = tokens[t];
    if (tok.kind === 'punct') {
      const ch = tok.text.charCodeAt(0);
      if (ch === 46 || ch === 33 || ch === 63 || ch === 44 || ch === 58 || ch === 59) return 'speech';
      continue;
    }
    if (tok.kind === 'quote') continue;
    words++;
    if (words > 4) return 'speech';
    if (tok.cap || tok.kind === 'number') capWords++;
    else if (NAME_PARTICLES.has(tok.lower)) particles++;
  }
  if (words === 0) return 'speech';
  // a headline: the quotation is the whole paragraph
  const after = c + 1;
  const paraStartHere = startsParagraph(paras, o);
  if (paraStartHere && (after >= tokens.length || startsParagraph(paras, after))) return 'term';
  // a capitalised name in mid-sentence
  const first = tokens[o + 1];
  // named by a determiner or preposition: het 'Vrijheid van Rusland-legioen', de 'Bigi Spikri'
  const named = o > 0 && !paraStartHere && (NAMING_WORDS.has(tokens[o - 1].lower) || namingNoun(tokens[o - 1]));
  if (named && first.cap && capWords >= 1 && capWords + particles === words && capWords >= Math.ceil(words / 2)) return 'term';
  // a title in sentence case right after a naming noun: het rapport "Kwaliteit onder druk", de podcast 'Over de streep'
  if (o > 0 && !paraStartHere && first.cap && namingNoun(tokens[o - 1])) return 'term';
  // a name after a common noun: het appartementencomplex 'Vlonderhof', de oppositiepartij "Nieuw Estravië"
  // (one capitalised word, or up to three words capitalised like a name; not a one-word answer)
  if (o > 0 && !paraStartHere && first.kind === 'word' && first.cap && words <= 3 && capWords + particles === words && !(words === 1 && ANSWER_WORDS.has(first.lower)) && commonNounBefore(tokens, o)) return 'term';
  // a name in title case opened by an article: 'De Gouden Hoek', "Het Vrije Volk" (speech does not capitalise every word)
  // (not before a comma: `"Het Is Klaar", riep hij`)
  if (!paraStartHere && words >= 2 && capWords === words && first.kind === 'word' && (first.lower === 'de' || first.lower === 'het') && tokens[c + 1]?.text !== ',') return 'term';
  return 'speech';
}
