// A look-up of lexicon words by a token's place in the text, for the loops that test every token of
// an analysis. Most tokens are ruled out by a small bit table on their first and last letter and
// length; the rest are hashed from the text's letters (lower-cased on the fly) into a small open
// table of the lexicon's words, kept in flat typed arrays, and compared letter by letter. The token's
// `lower` string (new in every analysis, so cold in the cache and not yet hashed) is read only when a
// letter is not ASCII: then an ordinary Map look-up decides. The tables are compact (16-bit and 8-bit
// arrays, a few KB) because between two analyses the rest of the pipeline evicts them from the cache.

/** 5-bit class of an ASCII character, case-folded: a-z and A-Z are 1..26 (others share classes). */
const cls = (c: number): number => c & 31;
/** Length slot of the first test: 1..14 exact, 15 for longer words. */
const slotOf = (n: number): number => (n < 15 ? n : 15);
/** One step of the word hash (the same for lexicon words and for lower-cased text). */
const step = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;

/**
 * Lower-case words, numbered in the order given; `indexOf` finds a token's word number. (It returns a
 * number, not a value of the caller's type, so that its code stays monomorphic however many indexes
 * with values of different types there are: the caller keeps the values in its own array.)
 */
export class WordIndex {
  /** (first, last) class pair -> bit mask of length slots of the words with those ends. */
  private readonly ends = new Uint16Array(1024);
  /** Hash slot -> first entry + 1 (0: none); then next[entry] -> the next entry + 1 of that slot. */
  private readonly head: Uint16Array | Uint32Array;
  private readonly next: Uint16Array | Uint32Array;
  /** The hash's top `32 - shift` bits are the slot. */
  private readonly shift: number;
  /**
   * With `sparse` (most tokens that pass the first test are no word of the index, as for the cue
   * index, which every token of an analysis is looked up in): a Bloom filter of the words' hashes (two
   * bits per word, about 16 bits per word: a word not in the index passes in about 1.5% of cases). It
   * is small, so such a look-up reads one of a few cache lines instead of the larger hash table's:
   * between two analyses the rest of the pipeline evicts these tables. (bloomShift 0: no filter.)
   */
  private readonly bloom: Int32Array;
  private readonly bloomShift: number;
  /** Entry e: its word is chars[charStart[e], charStart[e + 1]), its number numbers[e]. */
  private readonly charStart: Uint16Array | Uint32Array;
  private readonly chars: Uint8Array;
  private readonly numbers: Uint16Array | Uint32Array;
  /** Every word and its number, for the tokens the letter comparison cannot decide. */
  private readonly all = new Map<string, number>();
  /** The number of words. */
  readonly size: number;
  /**
   * Some word has a combining mark: lower-casing `İ` gives `i` + U+0307, one letter more, so the
   * token's length in the text says nothing; such an index always asks the Map.
   */
  private readonly mapOnly: boolean;

  /**
   * `words`: lower-case words, numbered 0, 1, 2 ... in this order (a repeated word keeps its first
   * number). `sparse`: most look-ups will be of other words (see `bloom`).
   */
  constructor(words: Iterable<string>, sparse = false) {
    let combining = false;
    const list: [string, number][] = [];
    let total = 0;
    for (const word of words) {
      if (this.all.has(word)) continue;
      const value = this.all.size;
      this.all.set(word, value);
      for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) >= 0x300 && word.charCodeAt(k) <= 0x36f) combining = true;
      const n = word.length;
      if (n === 0) continue;
      // the first test must let through every token that may be the word
      const a = word.charCodeAt(0), b = word.charCodeAt(n - 1);
      if (a < 128 && b < 128) this.ends[(cls(a) << 5) | cls(b)] |= 1 << slotOf(n);
      // a word with a non-ASCII letter is found through the Map only (so is every token with one)
      let ascii = true;
      for (let k = 0; k < n; k++) if (word.charCodeAt(k) >= 128) ascii = false;
      if (ascii) { list.push([word, value]); total += n; }
    }
    this.mapOnly = combining;
    this.size = this.all.size;
    const small = list.length < 0xffff && total < 0xffff && this.size < 0xffff;
    const ints = (n: number) => (small ? new Uint16Array(n) : new Uint32Array(n));
    let bits = 6;
    while (1 << bits < 2 * list.length) bits++;
    this.shift = 32 - bits;
    let bloomBits = 10;
    while (1 << bloomBits < 16 * list.length) bloomBits++;
    this.bloom = new Int32Array(sparse ? 1 << (bloomBits - 5) : 0);
    this.bloomShift = sparse ? 32 - bloomBits : 0;
    this.head = ints(1 << bits);
    this.next = ints(list.length);
    this.charStart = ints(list.length + 1);
    this.numbers = ints(list.length);
    this.chars = new Uint8Array(total);
    let at = 0;
    for (let e = 0; e < list.length; e++) {
      const [w, value] = list[e];
      this.charStart[e] = at;
      let h = 0;
      for (let k = 0; k < w.length; k++) {
        this.chars[at++] = w.charCodeAt(k);
        h = step(h, w.charCodeAt(k));
      }
      this.numbers[e] = value;
      if (sparse) {
        const b1 = Math.imul(h, 0x9e3779b1) >>> this.bloomShift, b2 = Math.imul(h, 0x85ebca6b) >>> this.bloomShift;
        this.bloom[b1 >>> 5] |= 1 << (b1 & 31);
        this.bloom[b2 >>> 5] |= 1 << (b2 & 31);
      }
      const s = Math.imul(h, 0x9e3779b1) >>> this.shift;
      this.next[e] = this.head[s];
      this.head[s] = e + 1;
    }
    this.charStart[list.length] = at;
  }

  /**
   * The number of the token `text[start, end)`, whose lower-cased text is `lower` (as Token.lower);
   * -1 when it is no word of the index. Same answer as a Map from the words to their numbers.
   */
  indexOf(text: string, start: number, end: number, lower: string): number {
    const a = text.charCodeAt(start), b = text.charCodeAt(end - 1);
    if (a >= 128 || b >= 128 || this.mapOnly) return this.all.get(lower) ?? -1;
    // a cheap first test, small enough to be inlined where indexOf is called
    if ((this.ends[(cls(a) << 5) | cls(b)] & (1 << slotOf(end - start))) === 0) return -1;
    return this.find(text, start, end, lower);
  }

  /** indexOf() for a token that passed the first test. */
  private find(text: string, start: number, end: number, lower: string): number {
    let h = 0;
    for (let k = start; k < end; k++) {
      let c = text.charCodeAt(k);
      if (c >= 128) return this.all.get(lower) ?? -1; // its lower case may differ in more than one bit
      if (c >= 65 && c <= 90) c += 32;
      h = step(h, c);
    }
    if (this.bloomShift !== 0) {
      const b1 = Math.imul(h, 0x9e3779b1) >>> this.bloomShift, b2 = Math.imul(h, 0x85ebca6b) >>> this.bloomShift;
      if ((this.bloom[b1 >>> 5] & (1 << (b1 & 31))) === 0 || (this.bloom[b2 >>> 5] & (1 << (b2 & 31))) === 0) return -1;
    }
    const n = end - start;
    const chars = this.chars;
    for (let e1 = this.head[Math.imul(h, 0x9e3779b1) >>> this.shift]; e1 !== 0; e1 = this.next[e1 - 1]) {
      const e = e1 - 1;
      const from = this.charStart[e];
      if (this.charStart[e + 1] - from !== n) continue;
      let k = 0;
      for (; k < n; k++) {
        let c = text.charCodeAt(start + k);
        if (c >= 65 && c <= 90) c += 32;
        if (c !== chars[from + k]) break;
      }
      if (k === n) return this.numbers[e];
    }
    return -1;
  }
}

/** Words with bits (word classes): one indexOf and a typed-array read per token. */
export class WordBits {
  private readonly index: WordIndex;
  private readonly bits: Int32Array;

  constructor(words: ReadonlyMap<string, number>) {
    this.index = new WordIndex(words.keys());
    this.bits = new Int32Array(this.index.size);
    let k = 0;
    for (const b of words.values()) this.bits[k++] = b;
  }

  /** The bits of the token `text[start, end)` with lower-cased text `lower`; 0 for any other word. */
  get(text: string, start: number, end: number, lower: string): number {
    const k = this.index.indexOf(text, start, end, lower);
    return k < 0 ? 0 : this.bits[k];
  }
}
