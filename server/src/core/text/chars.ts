// Character classes by char code, for the single-pass scanners of the text layer. No regex per
// character: ASCII is decided inline, other BMP code units through a lazily filled table.

const LETTER_RE = /^[\p{L}\p{M}]$/u;
const UPPER_RE = /^\p{Lu}$/u;
/** 0 = unknown, 1 = not a letter, 2 = letter (lower/other), 3 = upper-case letter. */
const table = new Uint8Array(65536);

function classify(code: number): number {
  let v = table[code];
  if (v === 0) {
    const ch = String.fromCharCode(code);
    v = LETTER_RE.test(ch) ? (UPPER_RE.test(ch) ? 3 : 2) : 1;
    table[code] = v;
  }
  return v;
}

/** A letter or combining mark (BMP; surrogates count as letters only through isLetterAt). */
export function isLetterCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return classify(code) >= 2;
}

export function isUpperCode(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return classify(code) === 3;
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
  return (
    code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11 ||
    code === 0xa0 || code === 0xfeff || code === 0x85 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000
  );
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
