// The token list segment() builds. With `reuse` (analyse(): synchronous, keeps no segmentation in its
// result) the array that holds the tokens is that of the previous call, overwritten: filling a fresh
// array of tens of thousands of tokens costs as much as making the tokens (a young large object the
// garbage collector has to move). Bounded, so one huge draft does not pin its memory.
//
// The token objects themselves are new every call. Reusing them (a pool) made segment() faster on its
// own, but the whole analysis of a long draft slower: every fresh string stored into an old token is
// an old-to-new pointer the collector has to visit at every scavenge of the analysis.
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

/** Longest token array kept for the next call. */
const SHARED_MAX = 40_000;

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
  /** The array reused; longer than `count` while building. */
  private shared: Token[] = [];
  /** The longest `shared` has been (its capacity is at least that, and at most about half as much again). */
  private sharedMax = 0;
  private reuse = false;
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
    const tok = new Tok(start, end, t, lower, kind, cap);
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
    // Shortening an array to less than half its capacity gives the memory back, and growing it again
    // next time is the cost the sharing avoids: a short result is a copy, the shared array stays.
    if (n > this.sharedMax) this.sharedMax = n;
    if (4 * n <= 3 * this.sharedMax + 64) return built.slice(0, n);
    built.length = n;
    if (n > SHARED_MAX) {
      // a huge draft: let its array go
      this.shared = [];
      this.sharedMax = 0;
    }
    return built;
  }
}
