// The token list segment() builds. With `reuse` (analyse(): synchronous, keeps no token in its result)
// the token objects and the array that holds them are those of the previous call, overwritten: a
// draft re-analysed on every keystroke then makes no new token objects, and the garbage collector has
// no young tokens to copy. Filling a fresh array of tens of thousands of tokens costs as much again
// (a young large object the collector has to move), so the array is reused too. Both are bounded (about
// 2 MB of draft), and the pool shrinks again after a run of small drafts, so a huge draft that was closed
// does not pin its memory.
import type { Token } from './types';

/** One token; a class so that every token has the same hidden class (cheap to make and to read). */
class Tok implements Token {
  sentence = 0;
  inQuote = -1;
  constructor(
    public start: number,
    public end: number,
    public text: string,
    public lower: string,
    public kind: Token['kind'],
    public cap: boolean,
  ) {}
}

/** The most token objects kept (a draft of about 2 MB); a pool much larger than recent drafts shrinks. */
const POOL_MAX = 400_000;
const POOL_MIN = 40_000;
/** Analyses in a row needing under a quarter of the pool before it shrinks (a big draft was closed). */
const SHRINK_AFTER = 20;

/**
 * Lower-case forms by text, for the tokens lower-casing changes (capitalised words, names) that the
 * intern cache below does not hold: toLowerCase is slow on a string with a character outside Latin-1
 * (a text with curly quotes), a look-up is not.
 */
const LOWER = new Map<string, string>();
const LOWER_MAX = 20_000;
/** Longest token cached: V8 copies a slice this short (a longer one would keep the whole text alive). */
const LOWER_MAX_LEN = 12;

function lowerCase(t: string): string {
  if (t.length > LOWER_MAX_LEN) return t.toLowerCase();
  let l = LOWER.get(t);
  if (l === undefined) {
    if (LOWER.size >= LOWER_MAX) LOWER.clear();
    l = t.toLowerCase();
    LOWER.set(t, l);
  }
  return l;
}

/**
 * Interned token strings, for long drafts: a direct-mapped cache of the texts of short tokens (and
 * their lower-case forms), looked up by a hash of the characters in the text, so that a word seen
 * before costs no new string. Bounded (a slot holds a frequent text that hashed to it); the strings
 * live long, so a draft of millions of tokens no longer makes millions of strings for the garbage
 * collector to copy and keep. A news-sized draft is faster without: a look-up costs more than a short
 * slice, and its few thousand strings die young.
 */
const INTERN_FROM = 1 << 18; // characters
const INTERN_BITS = 13;
const INTERN_MASK = (1 << INTERN_BITS) - 1;
/** Longest token interned: V8 copies a slice this short (a longer one is a view that would keep the whole text alive). */
const INTERN_MAX_LEN = 12;
/**
 * Slot k's key at k * KEY_STRIDE: its length (0: empty), then its code units; compared here rather
 * than in the string (whose representation, one or two bytes a character, varies), and all in one
 * cache line: a look-up touches this and the slot's two strings, nothing else.
 */
const KEY_STRIDE = 16;
const I_KEY = new Uint16Array(KEY_STRIDE << INTERN_BITS);
/**
 * Where in a slot's key its heat is: hits add one (up to HEAT_MAX), other tokens for the slot take one
 * off, and only a slot gone cold takes a new text (so a frequent word stays, rare ones pass).
 */
const HEAT = KEY_STRIDE - 1;
const HEAT_MAX = 8;
/** Slot k's text at 2k, its lower-case form at 2k + 1 ('' when not computed yet: no token is empty). */
const I_STR: string[] = new Array<string>(2 << INTERN_BITS).fill('');

/**
 * A hash of the short token text[start, end) from its length and first and last two code units: no
 * loop over the characters (they are compared anyway), and enough to spread a news vocabulary.
 */
function tokenHash(text: string, start: number, end: number): number {
  const n = end - start;
  let h = Math.imul((text.charCodeAt(start) << 16) ^ text.charCodeAt(end - 1) ^ (n << 11), 0x9e3779b1);
  if (n > 2) h = Math.imul(h ^ (text.charCodeAt(start + 1) << 16) ^ text.charCodeAt(end - 2), 0x85ebca6b);
  return h ^ (h >>> 15);
}

/** The lower-case form of the text TokenList.interned() returned last. */
let internedLower = '';

/** text[start, end) is the text of intern slot `slot`. */
function sameChars(slot: number, text: string, start: number, end: number): boolean {
  const base = slot * KEY_STRIDE;
  if (I_KEY[base] !== end - start) return false;
  const off = base + 1 - start;
  for (let k = start; k < end; k++) if (I_KEY[off + k] !== text.charCodeAt(k)) return false;
  return true;
}

/** Puts text[start, end) (a string t; its lower-case form, or '' if not computed) into slot `slot`. */
function internAt(slot: number, t: string, lower: string, text: string, start: number, end: number): void {
  I_STR[2 * slot] = t;
  I_STR[2 * slot + 1] = lower;
  const base = slot * KEY_STRIDE;
  I_KEY[base] = end - start;
  const off = base + 1 - start;
  for (let k = start; k < end; k++) I_KEY[off + k] = text.charCodeAt(k);
}

/** A reused token array. */
class SharedArray {
  arr: Token[] = [];
  /** The longest `arr` has been (its capacity is at least that, and at most about half as much again). */
  max = 0;
}

/**
 * The size class of a draft of `len` characters: four per doubling of the length from 1024 to 2^16
 * (so the arrays kept are at most about six times the largest of them), BIG_CLASS from 2^16 on.
 */
const BIG_CLASS = 25;
function sizeClass(len: number): number {
  if (len >= 1 << 16) return BIG_CLASS;
  if (len < 1024) return 0;
  return Math.floor(Math.log2(len / 1024) * 4) + 1;
}

export class TokenList {
  /** Token objects kept for reuse; POOL[k] is the k-th token of a reusing call. */
  private readonly pool: Tok[] = [];
  /**
   * The arrays reused, one per size class of draft (drafts of similar length have similar token
   * counts, so a draft gets an array about its size: no copy in finish() when several drafts take
   * turns); the last one for every draft of 2^16 characters or more.
   */
  private readonly arrays: SharedArray[] = [];
  /** The one `built` is (reusing). */
  private shared: SharedArray | null = null;
  private reuse = false;
  /** Reusing calls in a row that needed less than a quarter of the pool. */
  private small = 0;
  private built: Token[] = [];
  private text = '';
  /** Tokens added since begin(). */
  count = 0;
  /**
   * The text has a character outside Latin-1 (one seen so far at a token's start: set by the scanner).
   * Only a matter of speed: which way to lower-case.
   */
  wide = false;
  /** Tokens are interned (a long draft). */
  private intern = false;

  /** length: of the part of the text to be tokenised (the whole text by default). */
  begin(text: string, reuse: boolean, length = text.length): void {
    this.wide = false;
    this.intern = length >= INTERN_FROM;
    this.text = text;
    this.reuse = reuse;
    if (reuse) {
      const c = sizeClass(length);
      let shared = this.arrays[c];
      if (shared === undefined) {
        while (this.arrays.length <= c) this.arrays.push(new SharedArray());
        shared = this.arrays[c];
      }
      this.shared = shared;
      this.built = shared.arr;
    } else this.built = [];
    this.count = 0;
  }

  /** Adds the token [start, end); lowerIt: lower-casing may change it. */
  add(start: number, end: number, kind: Token['kind'], lowerIt: boolean, cap: boolean): void {
    let t: string;
    let lower: string;
    if (this.intern && end - start <= INTERN_MAX_LEN) {
      t = this.interned(start, end, lowerIt);
      lower = internedLower;
    } else {
      t = this.text.slice(start, end);
      lower = lowerIt ? (this.wide ? lowerCase(t) : t.toLowerCase()) : t;
    }
    const nt = this.count;
    const pool = this.pool;
    let tok: Tok;
    if (this.reuse && nt < pool.length) {
      tok = pool[nt];
      tok.start = start; tok.end = end; tok.text = t; tok.lower = lower; tok.kind = kind; tok.cap = cap; tok.sentence = 0; tok.inQuote = -1;
    } else {
      tok = new Tok(start, end, t, lower, kind, cap);
      if (this.reuse && nt === pool.length && nt < POOL_MAX) pool.push(tok);
    }
    const built = this.built;
    if (nt < built.length) built[nt] = tok;
    else built.push(tok);
    this.count = nt + 1;
  }

  /** The text of the short token [start, end) from the intern cache; its lower-case form in internedLower. */
  private interned(start: number, end: number, lowerIt: boolean): string {
    const text = this.text;
    let t: string;
    if (end - start === 1 && !lowerIt && text.charCodeAt(start) < 256) {
      // V8 keeps one string per Latin-1 character: no new string, and no slot taken
      internedLower = t = text.slice(start, end);
      return t;
    }
    const slot = tokenHash(text, start, end) & INTERN_MASK;
    const heatAt = slot * KEY_STRIDE + HEAT;
    const heat = I_KEY[heatAt];
    let lower: string;
    if (sameChars(slot, text, start, end)) {
      t = I_STR[2 * slot];
      if (heat < HEAT_MAX) I_KEY[heatAt] = heat + 1;
      if (!lowerIt) lower = t;
      else {
        lower = I_STR[2 * slot + 1];
        if (lower === '') I_STR[2 * slot + 1] = lower = this.wide ? lowerCase(t) : t.toLowerCase();
      }
    } else {
      t = text.slice(start, end);
      lower = lowerIt ? (this.wide ? lowerCase(t) : t.toLowerCase()) : t;
      if (heat === 0) internAt(slot, t, lowerIt ? lower : '', text, start, end);
      else I_KEY[heatAt] = heat - 1;
    }
    internedLower = lower;
    return t;
  }

  /** The tokens added, as an array of their own (the caller's until the next begin() with reuse). */
  finish(): Token[] {
    const n = this.count;
    const built = this.built;
    this.built = [];
    this.text = '';
    if (!this.reuse) return built;
    if (this.pool.length > POOL_MIN && 4 * n < this.pool.length) {
      if (++this.small >= SHRINK_AFTER) {
        this.pool.length = Math.max(POOL_MIN, 2 * n);
        this.small = 0;
      }
    } else this.small = 0;
    // Shortening an array to less than half its capacity gives the memory back, and growing it again
    // next time is the cost the sharing avoids: a short result is a copy, the shared array stays.
    const shared = this.shared as SharedArray;
    this.shared = null;
    if (n > shared.max) shared.max = n;
    if (4 * n <= 3 * shared.max + 64) return built.slice(0, n);
    built.length = n;
    if (n > POOL_MAX) {
      // a huge draft: let its array go
      shared.arr = [];
      shared.max = 0;
    }
    return built;
  }
}
