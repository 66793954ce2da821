// Character classes by char code, for the single-pass scanners of the text layer. No regex per
// character: one table of class bits for every UTF-16 code unit, ASCII, spaces and quotation marks
// filled in advance, other letters classified (by regex) the first time they are seen.

/** Class bits (CLASS_OF); a code unit with none of them is punctuation, a symbol or a control. */
export const C_LETTER = 1; // a letter or combining mark (BMP; surrogates never)
export const C_UPPER = 2; // an upper-case letter (\p{Lu})
export const C_DIGIT = 4; // 0-9
export const C_SPACE = 8; // white space (isSpaceCode)
export const C_QUOTE = 16; // a quotation mark or apostrophe
export const C_NONASCII = 32; // a letter outside ASCII (lower-casing may change it)
/** May join the parts of a word: - ‐ ‑ ' ’ and a high surrogate (an astral letter). */
export const C_JOIN = 64;
const C_KNOWN = 128; // classified (0: not yet)

const LETTER_RE = /^[\p{L}\p{M}]$/u;
const UPPER_RE = /^\p{Lu}$/u;
/** Class bits by code unit; 0 for a code unit not classified yet (classOf classifies it). */
export const CLASS = new Uint8Array(65536);

const SPACES = [32, 9, 10, 13, 12, 11, 0xa0, 0xfeff, 0x85, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000];
for (let c = 0x2000; c <= 0x200b; c++) SPACES.push(c);
const QUOTES = [0x22, 0x27, 0x60, 0xab, 0xbb, 0x2039, 0x203a, 0xb4];
for (let c = 0x2018; c <= 0x201f; c++) QUOTES.push(c);

for (let c = 0; c < 128; c++) {
  let v = C_KNOWN;
  if (c >= 97 && c <= 122) v |= C_LETTER;
  else if (c >= 65 && c <= 90) v |= C_LETTER | C_UPPER;
  else if (c >= 48 && c <= 57) v |= C_DIGIT;
  CLASS[c] = v;
}
for (const c of SPACES) CLASS[c] = C_KNOWN | C_SPACE;
for (const c of QUOTES) CLASS[c] = C_KNOWN | C_QUOTE;
for (let c = 0xd800; c <= 0xdfff; c++) CLASS[c] = C_KNOWN;
for (let c = 0xd800; c <= 0xdbff; c++) CLASS[c] |= C_JOIN;
for (const c of [45, 0x2010, 0x2011, 39, 0x2019]) CLASS[c] |= C_JOIN;

function classify(code: number): number {
  const ch = String.fromCharCode(code);
  const v = C_KNOWN | (LETTER_RE.test(ch) ? C_LETTER | C_NONASCII | (UPPER_RE.test(ch) ? C_UPPER : 0) : 0);
  CLASS[code] = v;
  return v;
}

/**
 * The class bits of a code unit. Anything not a code unit (NaN past the end of a string, -1 for
 * "none") reads as U+0000 or U+FFFF, neither of which has a class bit.
 */
export function classOf(code: number): number {
  const c = code & 0xffff;
  const v = CLASS[c];
  return v !== 0 ? v : classify(c);
}

/** Class bits that never need classify(): digit, space, quotation mark. */
export function fixedClassOf(code: number): number {
  return CLASS[code & 0xffff];
}

/** A letter or combining mark (BMP; surrogates count as letters only through isLetterAt). */
export function isLetterCode(code: number): boolean {
  return (classOf(code) & C_LETTER) !== 0;
}

export function isUpperCode(code: number): boolean {
  return (classOf(code) & C_UPPER) !== 0;
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Letter at i, astral letters (a surrogate pair) included. */
export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_RE.test(text.slice(i, i + 2));
    return false;
  }
  return isLetterCode(c);
}

export function isSpaceCode(code: number): boolean {
  return (CLASS[code & 0xffff] & C_SPACE) !== 0;
}

/** Line break: LF, a CR not followed by LF, and the Unicode line/paragraph separators. */
export function isNewlineAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 10 || c === 0x2028 || c === 0x2029 || c === 0x85) return true;
  return c === 13 && text.charCodeAt(i + 1) !== 10;
}

/** Opening brackets and dashes after which a quotation mark opens. */
export function isOpenPunct(code: number): boolean {
  return code === 40 || code === 91 || code === 123 || code === 0x2013 || code === 0x2014 || code === 45 || code === 47 || code === 0xbf || code === 0xa1;
}

/** Characters after which a quotation mark closes: sentence and clause punctuation, brackets. */
export function isClosePunct(code: number): boolean {
  return (
    code === 46 || code === 44 || code === 59 || code === 58 || code === 33 || code === 63 ||
    code === 41 || code === 93 || code === 125 || code === 0x2026 || code === 45 || code === 0x2013 || code === 0x2014
  );
}
