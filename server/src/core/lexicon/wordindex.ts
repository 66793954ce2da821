// A look-up of lexicon words by a token's place in the text, for the loops that test every token of
// an analysis. Most tokens are ruled out by a small bit table on their first and last letter and
// length; the rest are hashed from the text's letters (lower-cased on the fly) into a small open
// table of the lexicon's words, kept in flat typed arrays, and compared letter by letter. The token's
// `lower` string (new in every analysis, so cold in the cache and not yet hashed) is read only when a
// letter is not ASCII: then an ordinary Map look-up decides.

/** 5-bit class of an ASCII character, case-folded: a-z and A-Z are 1..26 (others share classes). */
const cls = (c: number): number => c & 31;
const slotOf = (n: number): number => (n < 31 ? n : 31);
const TABLE_BITS = 12;
const MASK = (1 << TABLE_BITS) - 1;
/** One step of the word hash (the same for lexicon words and for lower-cased text). */
const step = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;
const slotOfHash = (h: number): number => (h ^ (h >>> TABLE_BITS) ^ (h >>> 24)) & MASK;

export class WordIndex<T> {
  /** (first, last) class pair -> bit mask of length slots of the words with those ends. */
  private readonly ends = new Uint32Array(1024);
  /** Hash slot -> first entry + 1 (0: none); then next[entry] -> the next entry + 1 of that slot. */
  private readonly head = new Int32Array(1 << TABLE_BITS);
  private readonly next: Int32Array;
  /** Entry e: its word is chars[charStart[e], charStart[e + 1]), its value values[e]. */
  private readonly charStart: Int32Array;
  private readonly chars: Uint16Array;
  private readonly values: T[] = [];
  /** Every word, for the tokens the letter comparison cannot decide. */
  private readonly all: ReadonlyMap<string, T>;
  /**
   * Some word has a combining mark: lower-casing `İ` gives `i` + U+0307, one letter more, so the
   * token's length in the text says nothing; such an index always asks the Map.
   */
  private readonly mapOnly: boolean;

  /** `words`: lower-case words and their values. */
  constructor(words: ReadonlyMap<string, T>) {
    this.all = words;
    let combining = false;
    const list: [string, T][] = [];
    for (const [word, value] of words) {
      for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) >= 0x300 && word.charCodeAt(k) <= 0x36f) combining = true;
      const n = word.length;
      if (n === 0) continue;
      // the first test must let through every token that may be the word
      const a = word.charCodeAt(0), b = word.charCodeAt(n - 1);
      if (a < 128 && b < 128) this.ends[(cls(a) << 5) | cls(b)] |= 1 << slotOf(n);
      // a word with a non-ASCII letter is found through the Map only (so is every token with one)
      let ascii = true;
      for (let k = 0; k < n; k++) if (word.charCodeAt(k) >= 128) ascii = false;
      if (ascii) list.push([word, value]);
    }
    this.mapOnly = combining;
    this.next = new Int32Array(list.length);
    this.charStart = new Int32Array(list.length + 1);
    let total = 0;
    for (const [w] of list) total += w.length;
    this.chars = new Uint16Array(total);
    let at = 0;
    for (let e = 0; e < list.length; e++) {
      const [w, value] = list[e];
      const n = w.length;
      this.charStart[e] = at;
      let h = 0;
      for (let k = 0; k < n; k++) {
        this.chars[at++] = w.charCodeAt(k);
        h = step(h, w.charCodeAt(k));
      }
      this.values.push(value);
      const s = slotOfHash(h);
      this.next[e] = this.head[s];
      this.head[s] = e + 1;
    }
    this.charStart[list.length] = at;
  }

  /**
   * The value of the token `text[start, end)`, whose lower-cased text is `lower` (as Token.lower);
   * undefined when it is no word of the index. Same answer as `words.get(lower)`.
   */
  get(text: string, start: number, end: number, lower: string): T | undefined {
    const a = text.charCodeAt(start), b = text.charCodeAt(end - 1);
    if (a >= 128 || b >= 128 || this.mapOnly) return this.all.get(lower);
    // a cheap first test, small enough to be inlined where get is called
    if ((this.ends[(cls(a) << 5) | cls(b)] & (1 << slotOf(end - start))) === 0) return undefined;
    return this.find(text, start, end, lower);
  }

  /** get() for a token that passed the first test. */
  private find(text: string, start: number, end: number, lower: string): T | undefined {
    let h = 0;
    for (let k = start; k < end; k++) {
      let c = text.charCodeAt(k);
      if (c >= 128) return this.all.get(lower); // its lower case may differ in more than one bit
      if (c >= 65 && c <= 90) c += 32;
      h = step(h, c);
    }
    const n = end - start;
    const chars = this.chars;
    for (let e1 = this.head[slotOfHash(h)]; e1 !== 0; e1 = this.next[e1 - 1]) {
      const e = e1 - 1;
      const from = this.charStart[e];
      if (this.charStart[e + 1] - from !== n) continue;
      let k = 0;
      for (; k < n; k++) {
        let c = text.charCodeAt(start + k);
        if (c >= 65 && c <= 90) c += 32;
        if (c !== chars[from + k]) break;
      }
      if (k === n) return this.values[e];
    }
    return undefined;
  }
}
