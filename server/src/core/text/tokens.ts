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
 * Lower-case forms by text, for the tokens lower-casing changes (capitalised words, names): toLowerCase
 * is slow on a string with a character outside Latin-1 (a text with curly quotes), a look-up is not.
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

export class TokenList {
  /** Token objects kept for reuse; POOL[k] is the k-th token of a reusing call. */
  private readonly pool: Tok[] = [];
  /** The array reused; longer than `count` while building. */
  private shared: Token[] = [];
  /** The longest `shared` has been (its capacity is at least that, and at most about half as much again). */
  private sharedMax = 0;
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

  begin(text: string, reuse: boolean): void {
    this.wide = false;
    this.text = text;
    this.reuse = reuse;
    this.built = reuse ? this.shared : [];
    this.count = 0;
  }

  /** Adds the token [start, end); lowerIt: lower-casing may change it. */
  add(start: number, end: number, kind: Token['kind'], lowerIt: boolean, cap: boolean): void {
    const t = this.text.slice(start, end);
    const lower = lowerIt ? (this.wide ? lowerCase(t) : t.toLowerCase()) : t;
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
    if (n > this.sharedMax) this.sharedMax = n;
    if (4 * n <= 3 * this.sharedMax + 64) return built.slice(0, n);
    built.length = n;
    if (n > POOL_MAX) {
      // a huge draft: let its array go
      this.shared = [];
      this.sharedMax = 0;
    }
    return built;
  }
}
