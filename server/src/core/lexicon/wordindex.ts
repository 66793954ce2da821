// A look-up of lexicon words by a token's place in the text, for the loops that test every token of
// an analysis. Most tokens are ruled out by two small bit tables (first and last letter; second and
// second-to-last letter; each with the word length), the rest are compared letter by letter with the
// few lexicon words of the same first and last letter and length, stored in flat typed arrays. No
// string is hashed, and the token's `lower` string (new in every analysis, so cold in the cache) is
// not even read, unless a letter that matters is not ASCII: then an ordinary Map look-up decides.

/** 5-bit class of an ASCII character, case-folded: a-z and A-Z are 1..26 (others share classes). */
const cls = (c: number): number => c & 31;
const slotOf = (n: number): number => (n < 31 ? n : 31);
/** Bucket of a word: first and last letter class, length slot. */
const bucketOf = (a: number, b: number, slot: number): number => (((cls(a) << 5) | cls(b)) << 5) | slot;

export class WordIndex<T> {
  /** (first, last) class pair -> bit mask of length slots. */
  private readonly ends = new Uint32Array(1024);
  /** (second, second-to-last) class pair -> bit mask of length slots (words of two letters or more). */
  private readonly inner = new Uint32Array(1024);
  /** Bucket b's words are entries [bucketStart[b], bucketStart[b + 1]). */
  private readonly bucketStart = new Int32Array(32 * 32 * 32 + 1);
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
    for (const word of words.keys()) for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) >= 0x300 && word.charCodeAt(k) <= 0x36f) combining = true;
    this.mapOnly = combining;
    const list: { word: string; value: T; bucket: number }[] = [];
    for (const [word, value] of words) {
      const n = word.length;
      if (n === 0) continue;
      const a = word.charCodeAt(0), b = word.charCodeAt(n - 1);
      // a word with a non-ASCII first or last letter is found through the Map only
      if (a >= 128 || b >= 128) continue;
      this.ends[(cls(a) << 5) | cls(b)] |= 1 << slotOf(n);
      if (n >= 2) {
        const c = word.charCodeAt(1), d = word.charCodeAt(n - 2);
        if (c < 128 && d < 128) this.inner[(cls(c) << 5) | cls(d)] |= 1 << slotOf(n);
      }
      list.push({ word, value, bucket: bucketOf(a, b, slotOf(n)) });
    }
    list.sort((x, y) => x.bucket - y.bucket);
    this.charStart = new Int32Array(list.length + 1);
    let total = 0;
    for (const x of list) total += x.word.length;
    this.chars = new Uint16Array(total);
    let at = 0;
    for (let e = 0; e < list.length; e++) {
      const w = list[e].word;
      this.charStart[e] = at;
      for (let k = 0; k < w.length; k++) this.chars[at++] = w.charCodeAt(k);
      this.values.push(list[e].value);
      this.bucketStart[list[e].bucket + 1] = e + 1;
    }
    this.charStart[list.length] = at;
    // empty buckets start where the previous one ends
    for (let k = 1; k < this.bucketStart.length; k++) if (this.bucketStart[k] < this.bucketStart[k - 1]) this.bucketStart[k] = this.bucketStart[k - 1];
  }

  /**
   * The value of the token `text[start, end)`, whose lower-cased text is `lower` (as Token.lower);
   * undefined when it is no word of the index. Same answer as `words.get(lower)`.
   */
  get(text: string, start: number, end: number, lower: string): T | undefined {
    const a = text.charCodeAt(start), b = text.charCodeAt(end - 1);
    if (a >= 128 || b >= 128 || this.mapOnly) return this.all.get(lower);
    const n = end - start;
    const slot = slotOf(n);
    const bit = 1 << slot;
    if ((this.ends[(cls(a) << 5) | cls(b)] & bit) === 0) return undefined;
    if (n >= 2) {
      const c = text.charCodeAt(start + 1), d = text.charCodeAt(end - 2);
      if (c < 128 && d < 128 && (this.inner[(cls(c) << 5) | cls(d)] & bit) === 0) return undefined;
    }
    const bucket = bucketOf(a, b, slot);
    const chars = this.chars;
    for (let e = this.bucketStart[bucket], last = this.bucketStart[bucket + 1]; e < last; e++) {
      const from = this.charStart[e];
      if (this.charStart[e + 1] - from !== n) continue;
      // compare the text, lower-cased, with the entry's letters
      let k = 0;
      for (; k < n; k++) {
        let c = text.charCodeAt(start + k);
        if (c >= 128) return this.all.get(lower); // its lower case may differ in more than one bit
        if (c >= 65 && c <= 90) c += 32;
        if (c !== chars[from + k]) break;
      }
      if (k === n) return this.values[e];
    }
    return undefined;
  }
}
