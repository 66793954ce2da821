// Segmentation: one pass over the text makes tokens (words, numbers, punctuation, quotation marks)
// and paragraphs; a pass over the quotation marks pairs them into quotations; a pass over the tokens
// makes sentences. Linear in the text, never throws; offsets are UTF-16 offsets into the text as given.
import type { Span } from '../types';
import type { Segmented, Token, Sentence, Paragraph, RawQuote } from './types';
import { CLASS, C_JOIN, classOf, fixedClassOf, C_LETTER, C_UPPER, C_DIGIT, C_SPACE, C_QUOTE, C_NONASCII, isLetterCode, isUpperCode, isDigitCode, isSpaceCode, isNewlineAt, isOpenPunct, isClosePunct } from './chars';
import { TokenList } from './tokens';
import { markdownMask, mergeSpans } from './markdown';
import { suppressions } from './suppress';
import { pairQuotes, isCloserToken, Marks, FAM_D, FAM_S } from './quotes';
import { beginSpans, newSentence, newParagraph } from './spans';

export interface SegmentOptions {
  format?: 'markdown' | 'plaintext';
  /**
   * Reuse token objects, the token array, and sentence and paragraph objects of the previous call (for
   * analyse(), which drops the segmentation before it returns). The previous result's tokens, sentences
   * and paragraphs are then overwritten: never keep two results alive. See ./tokens.ts and ./spans.ts.
   */
  reuseTokens?: boolean;
  /** Segment only [range.start, range.end) of the text, offsets staying those of the whole text (analyse()
   *  reads a long draft window by window: see ../windows.ts). The range starts and ends at a token boundary. */
  range?: Span;
  /** The text's masked regions (maskedRegions()), when the caller has them for the whole text already. */
  masked?: Span[];
}

/** Regions a Markdown draft does not analyse: Markdown masking plus regions suppressed for every rule. */
export function maskedRegions(text: string, format: 'markdown' | 'plaintext' = 'plaintext'): Span[] {
  if (format !== 'markdown') return [];
  const spans = markdownMask(text);
  for (const r of suppressions(text)) if (r.kind === 'region' && r.rules.length === 0 && r.end > r.start) spans.push({ start: r.start, end: r.end });
  return mergeSpans(spans);
}

/** Elision after an apostrophe at i (`'s`, `'t`, `'n`, `'k`, `'m`, `'r`, `'ns`, `'s-Hertogenbosch`, `'90`): its end, or -1. */
function elisionEnd(text: string, i: number): number {
  const a = text.charCodeAt(i + 1);
  if (a === 115 || a === 116 || a === 110 || a === 107 || a === 109 || a === 114) {
    let j = i + 2;
    if (a === 110 && text.charCodeAt(j) === 115) j++; // 'ns
    const b = text.charCodeAt(j);
    if (Number.isNaN(b) || !isLetterCode(b)) {
      if (b === 45 && isUpperCode(text.charCodeAt(j + 1))) return j; // 's-Hertogenbosch: the word goes on
      return j;
    }
    return -1;
  }
  if (isDigitCode(a) && isDigitCode(text.charCodeAt(i + 2)) && !isDigitCode(text.charCodeAt(i + 3)) && !isLetterCode(text.charCodeAt(i + 3))) return i + 3;
  return -1;
}

/** Class bits (C_*) of the word wordEnd scanned last, surrogate pairs not included. */
let wordFlags = 0;

/** An astral letter (a surrogate pair) at i. */
function astralLetterAt(text: string, i: number): boolean {
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff && ASTRAL_LETTER.test(text.slice(i, i + 2));
}
const ASTRAL_LETTER = /^\p{L}$/u;

/** Word continues at j: letters, digits, combining marks, and - ' ’ between letters. Returns the word end. */
function wordEnd(text: string, j: number, n: number): number {
  let flags = 0;
  while (j < n) {
    const c = text.charCodeAt(j);
    // a lower-case ASCII letter, most letters of a word: no class bits that matter (C_LETTER only)
    if (c - 97 >>> 0 < 26) { j++; continue; }
    // letters and digits (a code unit not classified yet reads 0 here: wordGoesOn classifies it)
    const k = CLASS[c];
    if ((k & (C_LETTER | C_DIGIT)) !== 0) { flags |= k; j++; continue; }
    if (k !== 0 && (k & C_JOIN) === 0) break;
    const e = wordGoesOn(text, j, n);
    if (e < 0) break;
    flags |= goesOnFlags;
    j = e;
  }
  wordFlags = flags;
  return j;
}

/** Class bits of what wordGoesOn accepted. */
let goesOnFlags = 0;

/** The rarer ways a word goes on at j (a letter seen first, an astral letter, - or ' between letters): where it goes on to, or -1. */
function wordGoesOn(text: string, j: number, n: number): number {
  const c = text.charCodeAt(j);
  const k = classOf(c);
  goesOnFlags = 0;
  if ((k & (C_LETTER | C_DIGIT)) !== 0) { goesOnFlags = k; return j + 1; }
  if (c >= 0xd800 && c <= 0xdbff) return astralLetterAt(text, j) ? j + 2 : -1;
  if ((c === 45 || c === 0x2010 || c === 0x2011) && j + 1 < n) return (classOf(text.charCodeAt(j + 1)) & (C_LETTER | C_DIGIT)) !== 0 ? j + 1 : -1;
  if ((c === 39 || c === 0x2019) && j + 1 < n && isLetterCode(text.charCodeAt(j - 1)) && isLetterCode(text.charCodeAt(j + 1))) return j + 1;
  return -1;
}

/** A sentence-final punctuation token: . ! ? … and runs of them (the tokenizer keeps runs whole). */
function isTerminator(t: string): boolean {
  return isTerminatorCode(t.charCodeAt(0));
}
function isTerminatorCode(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}
/** Abbreviations after which a full stop does not end the sentence. */
const ABBREVIATIONS = new Set([
  'dhr', 'mr', 'mrs', 'mgr', 'kard', 'zr', 'br', 'pt', 'fam', 'dr', 'drs', 'mw', 'mevr', 'mej', 'prof', 'ir', 'ing', 'ds', 'st', 'sr', 'jr', 'gen', 'lt', 'kol', 'kapt', 'burg', 'wethr',
  'bijv', 'bv', 'ca', 'nr', 'nrs', 'blz', 'vs', 'resp', 'vgl', 'zgn', 'evt', 'incl', 'excl', 'art', 'jl', 'vnl', 'afd', 'tel', 'pag', 'pp', 'ongev',
  'jan', 'feb', 'febr', 'mrt', 'apr', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec', 'mln', 'mld', 'mrd', 'min', 'max', 'gem', 'hfdst', 'vert', 'red',
  'o.a', 'm.b.t', 'd.w.z', 'i.p.v', 'a.s', 'e.a', 'm.a.w', 't.a.v', 'n.a.v', 'z.g', 'i.v.m', 'o.i.d', 'p.m', 'a.u.b', 's.v.p', 'b.v', 'bijv', 'v.d',
]);
/** Abbreviations that usually end a list and so may end a sentence. */
const FINAL_ABBREVIATIONS = new Set(['enz', 'etc', 'e.d', 'e.a', 'usw']);

const TOKENS = new TokenList();
/** The quotation marks of the text being segmented (reused). */
const MARKS = new Marks();

const isQuoteChar = (c: number): boolean => (fixedClassOf(c) & C_QUOTE) !== 0;

const isEmphasis = (c: number): boolean => c === 42 || c === 95 || c === 126;

/** White space as a regex's \s matches it (no U+0085, no U+200B: unlike isSpaceCode). */
function isRegexSpace(c: number): boolean {
  return isSpaceCode(c) && c !== 0x85 && c !== 0x200b;
}

/** A numbered list item at i: 1 to 9 digits, `.` or `)`, white space. */
function isNumberedItem(text: string, i: number): boolean {
  let j = i;
  while (j - i < 10 && isDigitCode(text.charCodeAt(j))) j++;
  if (j - i > 9) return false;
  const d = text.charCodeAt(j);
  return (d === 46 || d === 41) && isRegexSpace(text.charCodeAt(j + 1));
}

/** Segments a draft into tokens, sentences, paragraphs and quotations. */
export function segment(text: string, options: SegmentOptions = {}): Segmented {
  if (typeof text !== 'string') text = text == null ? '' : String(text);
  const markdown = options.format === 'markdown';
  const reuse = options.reuseTokens === true;
  const from = options.range ? Math.max(0, Math.min(text.length, options.range.start)) : 0;
  const n = options.range ? Math.max(from, Math.min(text.length, options.range.end)) : text.length;
  const masked = options.masked ?? maskedRegions(text, markdown ? 'markdown' : 'plaintext');
  const list = TOKENS;
  list.begin(text, reuse, n - from);
  const marks = MARKS;
  marks.reset();
  const paras: number[] = []; // index of each paragraph's first token
  const lineStarts: number[] = []; // tokens after a single line break inside a paragraph
  let i = from;
  let nl = 2; // newlines since the previous token (start of text counts as a paragraph break)
  let mi = 0;
  if (from > 0) while (mi < masked.length && masked[mi].end <= from) mi++;
  // a token never runs into a masked region: lim is where the next one starts, or the text's end
  let lim = mi < masked.length ? Math.min(n, masked[mi].start) : n;
  let forceBreak = false; // Markdown heading: the next line starts a new paragraph
  let cur = -1; // the current paragraph's first token (-1: none yet)

  while (i < n) {
    if (i >= lim && mi < masked.length) {
      const m = masked[mi++];
      for (let k = Math.max(i, m.start); k < m.end; k++) if (isNewlineAt(text, k)) { nl += 2; break; }
      if (m.end > i) i = m.end;
      lim = mi < masked.length ? Math.min(n, masked[mi].start) : n;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === 32) { i++; continue; }
    const cls = classOf(c);
    if (c > 0xff) list.wide = true;
    if ((cls & C_SPACE) !== 0) {
      if (c === 10 || c === 0x2028 || c === 0x2029 || c === 0x85 || (c === 13 && text.charCodeAt(i + 1) !== 10)) nl++;
      i++;
      continue;
    }
    // a token starts here
    if (nl > 0) {
      if (markdown) {
        // headings and list items start a paragraph of their own
        if (c === 35 || ((c === 45 || c === 42 || c === 43) && isSpaceCode(text.charCodeAt(i + 1))) || (isDigitCode(c) && isNumberedItem(text, i))) {
          if (forceBreak || c === 35 || nl === 1) nl = Math.max(nl, 2);
          forceBreak = c === 35;
        } else if (forceBreak) {
          nl = Math.max(nl, 2);
          forceBreak = false;
        }
      }
      if (nl === 1 && cur >= 0 && list.count > cur) lineStarts.push(list.count);
      if (nl >= 2 || cur < 0) {
        if (cur < 0 || list.count > cur) {
          cur = list.count;
          paras.push(cur);
        }
      }
      nl = 0;
    }

    // words
    if ((cls & C_LETTER) !== 0 || (c >= 0xd800 && c <= 0xdbff && astralLetterAt(text, i))) {
      let j = wordEnd(text, i, lim);
      // lower-casing may change a word with an upper-case or non-ASCII letter (an astral one only first)
      let lowerIt = (wordFlags & (C_UPPER | C_NONASCII)) !== 0 || c >= 128;
      // dotted abbreviations: o.a. d.w.z. m.b.t. (pieces of at most three letters)
      if (j - i <= 3 && j + 1 < lim && text.charCodeAt(j) === 46 && isLetterCode(text.charCodeAt(j + 1))) {
        let k = j;
        let pieces = 1;
        while (k + 1 < lim && text.charCodeAt(k) === 46 && isLetterCode(text.charCodeAt(k + 1))) {
          let e = k + 1;
          while (e < lim && isLetterCode(text.charCodeAt(e))) e++;
          if (e - k - 1 > 3 || text.charCodeAt(e) !== 46) break;
          k = e;
          pieces++;
        }
        if (pieces >= 2 && k < lim && text.charCodeAt(k) === 46) { j = k + 1; lowerIt = true; }
      }
      list.add(i, j, 'word', lowerIt, (cls & C_UPPER) !== 0);
      i = j;
      continue;
    }
    if ((cls & C_DIGIT) !== 0) {
      let j = i + 1;
      let flags = 0;
      while (j < lim) {
        const d = text.charCodeAt(j);
        const cd = classOf(d);
        if ((cd & (C_DIGIT | C_LETTER)) !== 0) { flags |= cd; j++; }
        else if ((d === 46 || d === 44 || d === 58) && j + 1 < lim && isDigitCode(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
      // digits, . , : and lower-case ASCII letters: lower-casing changes nothing
      list.add(i, j, 'number', (flags & (C_UPPER | C_NONASCII)) !== 0, false);
      i = j;
      continue;
    }
    const next = i + 1 < lim ? text.charCodeAt(i + 1) : -1;
    // quotation marks
    if ((cls & C_QUOTE) !== 0 || (c === 44 && next === 44)) {
      let prev = i > 0 ? text.charCodeAt(i - 1) : -1;
      let prevWs = prev < 0 || isSpaceCode(prev);
      // apostrophe elisions: 's, 't, 'n, '90
      if ((c === 39 || c === 0x2018 || c === 0x2019 || c === 0xb4) && (prev < 0 || !isLetterCode(prev))) {
        const e = elisionEnd(text, i);
        if (e > 0 && e <= lim) {
          const j = text.charCodeAt(e) === 45 && e < lim ? wordEnd(text, e, lim) : e;
          list.add(i, j, isDigitCode(text.charCodeAt(i + 1)) ? 'number' : 'word', true, false);
          i = j;
          continue;
        }
      }
      let len = 1;
      let fam = FAM_D;
      let sym = c;
      let open = false;
      let close = false;
      if (c === 44) { len = 2; open = true; sym = 0x201e; }
      else if (c === 0x60) {
        if (next === 0x60) { len = 2; open = true; }
        else { fam = FAM_S; open = true; }
      } else if ((c === 39 && next === 39) || (c === 0x2019 && next === 0x2019)) { len = 2; close = true; sym = 0x201d; }
      else if (c === 0x201e || c === 0xab || c === 0x201f) open = true;
      else if (c === 0xbb) close = true;
      else if (c === 0x201a || c === 0x2039) { fam = FAM_S; open = true; }
      else if (c === 0x203a) { fam = FAM_S; close = true; }
      let after = i + len < lim ? text.charCodeAt(i + len) : -1;
      if (!open && !close) {
        // Markdown emphasis around a quotation (*"…"*, **'…'**) does not count as a neighbour
        let pb = i - 1;
        while (pb >= 0 && pb > i - 4 && isEmphasis(text.charCodeAt(pb))) pb--;
        if (pb < i - 1) { prev = pb >= 0 ? text.charCodeAt(pb) : -1; prevWs = prev < 0 || isSpaceCode(prev); }
        let na = i + len;
        while (na < n && na < i + len + 3 && isEmphasis(text.charCodeAt(na))) na++;
        if (na > i + len) after = na < n ? text.charCodeAt(na) : -1;
        const nextWs = after < 0 || isSpaceCode(after);
        const leftOk = (prevWs || isOpenPunct(prev) || isQuoteChar(prev) || prev === 58 || prev === 44) && !nextWs;
        const rightOk = !prevWs && (nextWs || isClosePunct(after) || isQuoteChar(after));
        const spaced = prevWs && (nextWs || isClosePunct(after));
        if (c === 0x22) {
          open = leftOk || (prevWs && nextWs);
          close = rightOk || spaced;
          if (isDigitCode(prev)) open = false; // inch mark: 15"
          else if (!open && !close && isUpperCode(after)) open = true; // a missing space: zei"Ik kom"
        } else if (c === 0x201c) {
          open = true;
          close = rightOk && !leftOk;
        } else if (c === 0x201d) {
          close = true;
          open = leftOk && !rightOk;
        } else {
          fam = FAM_S;
          if (c === 0x2018) {
            open = !isLetterCode(prev) || leftOk;
            close = rightOk && !leftOk;
          } else {
            // ' ’ ´
            open = leftOk && !isDigitCode(prev);
            close = rightOk || spaced;
          }
        }
      }
      marks.push(list.count, i, len, fam, open, close, sym, paras.length - 1);
      list.add(i, i + len, 'quote', false, false);
      i += len;
      continue;
    }
    // punctuation: runs of . ! ? make one token; a surrogate pair stays whole
    if (c === 46 || c === 33 || c === 63) {
      let j = i + 1;
      while (j < lim && j - i < 8) {
        const d = text.charCodeAt(j);
        if (d === 46 || d === 33 || d === 63) j++;
        else break;
      }
      list.add(i, j, 'punct', false, false);
      i = j;
      continue;
    }
    const len = c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
    list.add(i, i + len, 'punct', false, false);
    i += len;
  }

  const tokens = list.finish();
  const rawQuotes: RawQuote[] = pairQuotes(tokens, marks, paras);
  beginSpans(reuse);
  const { sentences, paragraphs } = sentencesOf(text, tokens, paras, lineStarts);
  return { text, masked, tokens, sentences, paragraphs, quotes: rawQuotes };
}

/** Bounds that keep every later stage linear on degenerate input (a draft without full stops, thousands of
 *  sentences without a blank line): their look-backs and look-aheads are bounded by the sentence or the
 *  paragraph, so a sentence is ended after this many tokens (news sentences have under 80) and a
 *  paragraph after this many sentences (news paragraphs have under 15). */
export const MAX_SENTENCE_TOKENS = 240;
export const MAX_PARAGRAPH_SENTENCES = 48;

function sentencesOf(
  text: string,
  tokens: Token[],
  paras: number[],
  lineStarts: number[],
): { sentences: Sentence[]; paragraphs: Paragraph[] } {
  let ls = 0;
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  for (let p = 0; p < paras.length; p++) {
    const pb = paras[p];
    const tEnd = p + 1 < paras.length ? paras[p + 1] : tokens.length;
    if (tEnd <= pb) continue;
    let sFirst = sentences.length;
    let sStart = pb;
    let lineStart = pb;
    while (ls < lineStarts.length && lineStarts[ls] < sStart) ls++;
    let nextLine = ls < lineStarts.length ? lineStarts[ls] : -1; // the first line start at or after t
    for (let t = pb; t < tEnd; t++) {
      const tok = tokens[t];
      // a short line without final punctuation before a line that starts anew is a headline
      if (nextLine >= 0 && nextLine < t) {
        while (ls < lineStarts.length && lineStarts[ls] < t) ls++;
        nextLine = ls < lineStarts.length ? lineStarts[ls] : -1;
      }
      if (nextLine === t) {
        const blockStart = lineStart === pb || (lineStart > pb && endsSentence(tokens[lineStart - 1]));
        if (t > sStart && blockStart && isHeadlineBreak(tokens, lineStart, t, ls + 1 < lineStarts.length && lineStarts[ls + 1] < tEnd ? lineStarts[ls + 1] : tEnd)) {
          pushSentence(sentences, tokens, sStart, t, paragraphs.length);
          sStart = t;
        }
        lineStart = t;
      }
      // a paragraph of MAX_PARAGRAPH_SENTENCES sentences is closed (see there)
      if (t === sStart && sentences.length - sFirst >= MAX_PARAGRAPH_SENTENCES) {
        paragraphs.push(newParagraph(tokens[sentences[sFirst].tokenStart].start, tokens[t - 1].end, sFirst, sentences.length));
        sFirst = sentences.length;
      }
      // the sentence t is in: the next one to be pushed (every sentence before it has been)
      tok.sentence = sentences.length;
      let endsHere = false;
      let last = t;
      // (the first character of a token read in the text: no need to load the token's string)
      if (tok.kind === 'punct' && isTerminatorCode(text.charCodeAt(tok.start))) {
        let j = t + 1;
        while (j < tEnd) {
          const u = tokens[j];
          const cu = text.charCodeAt(u.start); // ) and ] are punctuation tokens of their own
          if ((u.kind === 'quote' && isCloserToken(j)) || cu === 41 || cu === 93 || (u.kind === 'punct' && isTerminatorCode(cu))) j++;
          else break;
        }
        last = j - 1;
        if (j >= tEnd) endsHere = false; // the paragraph ends anyway
        else {
          const nx = tokens[j];
          const c0 = text.charCodeAt(nx.start);
          if (nx.kind === 'word' && !nx.cap) endsHere = false;
          else if (nx.kind === 'punct' && (c0 === 44 || c0 === 59 || c0 === 58 || c0 === 41)) endsHere = false;
          else if (tok.end - tok.start === 1 && text.charCodeAt(tok.start) === 46 && t > sStart && isAbbreviationBefore(tokens[t - 1], tok) && !openerAfterInitial(tokens, t)) endsHere = false;
          else endsHere = true;
        }
      } else if (tok.kind === 'word' && text.charCodeAt(tok.end - 1) === 46 && t + 1 < tEnd) {
        // a dotted abbreviation (o.a.) that may end a sentence: only list-final ones before a capital
        const key = tok.lower.slice(0, -1);
        const nx = tokens[t + 1];
        endsHere = FINAL_ABBREVIATIONS.has(key) && nx.cap;
      }
      // a sentence of MAX_SENTENCE_TOKENS tokens ends here (see there)
      if (!endsHere && t + 1 - sStart >= MAX_SENTENCE_TOKENS && t + 1 < tEnd) endsHere = true;
      if (endsHere) {
        // (closing marks and brackets after the terminator: not visited by the loop)
        for (let k = t + 1; k <= last; k++) tokens[k].sentence = sentences.length;
        pushSentence(sentences, tokens, sStart, last + 1, paragraphs.length);
        sStart = last + 1;
        t = last;
      }
    }
    if (sStart < tEnd) pushSentence(sentences, tokens, sStart, tEnd, paragraphs.length);
    paragraphs.push(newParagraph(tokens[sentences[sFirst].tokenStart].start, tokens[tEnd - 1].end, sFirst, sentences.length));
  }
  return { sentences, paragraphs };
}

function endsSentence(t: Token): boolean {
  return (t.kind === 'punct' && (isTerminator(t.text) || t.text === ':')) || t.kind === 'quote';
}

/** The line [a, t) is short, has no final punctuation, is not inside a quotation going on, and the next line starts anew. */
function isHeadlineBreak(tokens: Token[], a: number, t: number, nextEnd: number): boolean {
  if (t - a > 12) return false;
  // shorter than the line after it (a hard-wrapped line is as long as the next one, or longer)
  const len = tokens[t - 1].end - tokens[a].start;
  if (len > 60 || len >= tokens[nextEnd - 1].end - tokens[t].start) return false;
  const last = tokens[t - 1];
  const nx = tokens[t];
  if (last.kind === 'punct') return false;
  if (last.inQuote >= 0 && nx.inQuote === last.inQuote) return false;
  if (!(nx.cap || nx.kind === 'number' || nx.kind === 'quote' || (nx.kind === 'punct' && (nx.text === '-' || nx.text === '•' || nx.text === '*')))) return false;
  let words = 0;
  for (let k = a; k < t; k++) if (tokens[k].kind === 'word') words++;
  return words > 0 && words <= 10;
}

/** Words that open a sentence and never follow an initial as a surname would (`... op X. Hij zei`). */
const OPENERS = new Set(['hij', 'zij', 'ze', 'het', 'dat', 'die', 'dit', 'er', 'een', 'volgens', 'ook', 'maar', 'wij', 'we', 'ik', 'toch', 'daarna', 'dan', 'zo']);
/** The dot at t after a single letter is a full stop after all: a sentence opener follows (`bericht op X. Hij`). */
function openerAfterInitial(tokens: Token[], t: number): boolean {
  const prev = tokens[t - 1], next = tokens[t + 1];
  return prev.text.length === 1 && next !== undefined && next.kind === 'word' && next.cap && OPENERS.has(next.lower);
}

function isAbbreviationBefore(prev: Token, dot: Token): boolean {
  if (prev.end !== dot.start) return false;
  if (prev.kind === 'word') {
    if (prev.text.length === 1) return true; // an initial: J. Wijngaards
    return ABBREVIATIONS.has(prev.lower);
  }
  return false;
}

/** Adds the sentence of tokens [a, b) (their `sentence` is set by the caller, on the way). */
function pushSentence(sentences: Sentence[], tokens: Token[], a: number, b: number, paragraph: number): void {
  sentences.push(newSentence(tokens[a].start, tokens[b - 1].end, a, b, paragraph));
}
