// The claimant registry: one entry per distinct source, merged by name (surname of a full name,
// acronym of an organisation), linked spelling variants, and coreference of role nouns and pronouns
// to the source they stand for (recency, number and gender agreement, role matching).
import { FEMALE_FIRST_NAMES } from '../lexicon/names';
import type { Claimant, ClaimantKind, Mention } from '../types';
import type { NP } from './np';
import { classifyNoun } from './np';
import { FEMININE_ROLES } from '../lexicon/nouns';

export interface Builder extends Claimant {
  /** Lower-case name tokens (for merging). */
  tokens: ReadonlySet<string>;
  /** Every content token of its names, roles and mentions (for modifier compatibility). Read it through
   * vocabOf(): the tokens of the latest mentions may still wait in vocabPending. */
  vocab: Set<string> | null;
  /** The name tokens it was created with: the vocabulary's first words (vocabOf makes the set when asked). */
  vocabSeed: ReadonlySet<string>;
  /** Mention texts and roles not yet added to `vocab`, a pair per mention (text or null, role or null). */
  vocabPending: (string | null)[];
  /** Role head nouns known for this source (gouverneur, woordvoerder, groep), in the order first seen
   * (a few: an array, no set). */
  headList: string[];
  female: boolean;
  plural: boolean;
  /** Offset of the latest mention (recency). */
  last: number;
  /** Statement count (sources that speak are preferred antecedents). */
  speaks: number;
  /** Whether the name is firm (apposition, title, repeated) or only a guess. */
  firm: boolean;
  /** Scratch stamp for recency walks. */
  seen: number;
  /** The mention text and role last queued for `vocab` (adding their tokens again changes nothing). */
  vocabText: string | null;
  vocabRole: string | null;
  /** Offsets where it was a sentence subject (the last 8), or null (kept by the StatementBuilder). */
  subjectAt: number[] | null;
  /** A name only seen in passing (mid-sentence, no role): a poor antecedent for a pronoun. */
  weak: boolean;
  /** letterMask(tokens), and the token set it was computed for. */
  letters: number;
  lettersOf: ReadonlySet<string> | null;
  /** norm(name), and the name it was computed for. */
  normed: string;
  normedOf: string | null;
}

export interface VariantLink {
  claimantId: number;
  from: string;
  to: string;
}

const normCache = new Map<string, string>();
/** Accents folded, lower case (memoised: role look-ups compare every recent claimant's name). */
const norm = (s: string): string => {
  let r = normCache.get(s);
  if (r === undefined) {
    r = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    if (normCache.size > 20000) normCache.clear();
    normCache.set(s, r);
  }
  return r;
};
const TOKEN_STOP = new Set(['de', 'het', 'een', 'van', 'der', 'den', 'the']);
const tokenSetCache = new Map<string, ReadonlySet<string>>();
/** Content tokens of a name, accents folded (cached; the set is shared: never modify it). */
const nameTokens = (s: string): ReadonlySet<string> => {
  let t = tokenSetCache.get(s);
  if (!t) {
    t = new Set(norm(s).replace(/[^\p{L}\p{N}\s-]/gu, ' ').split(/[\s]+/).filter((w) => w && !TOKEN_STOP.has(w)));
    if (tokenSetCache.size > 20000) tokenSetCache.clear();
    tokenSetCache.set(s, t);
  }
  return t;
};

const tokenListCache = new Map<ReadonlySet<string>, string[]>();
/** The tokens of a name token set as an array (cached by the set; shared: never modify it). */
export const tokenList = (set: ReadonlySet<string>): string[] => {
  let l = tokenListCache.get(set);
  if (!l) {
    l = [...set];
    if (tokenListCache.size > 20000) tokenListCache.clear();
    tokenListCache.set(set, l);
  }
  return l;
};

/** `s` without a leading word of `words` and its space (as s.replace(/^(w1|w2|...) /, '')). */
function stripLeading(s: string, words: ReadonlySet<string>): string {
  const sp = s.indexOf(' ');
  return sp > 0 && words.has(s.slice(0, sp)) ? s.slice(sp + 1) : s;
}
const KEY_DETS = new Set(['de', 'het', 'een', 'deze', 'die']);
const NAME_DETS = new Set(['de', 'het', 'een', 'zijn', 'haar', 'hun', 'De', 'Het', 'Een', 'Zijn', 'Haar', 'Hun']);
const MODIFIER_DETS = new Set(['de', 'het', 'een', 'deze', 'die', 'De', 'Het', 'Een', 'Deze', 'Die']);

const SYNONYMS: Record<string, string[]> = {
  bewindsvrouw: ['minister', 'staatssecretaris'], bewindsman: ['minister', 'staatssecretaris'], bewindspersoon: ['minister', 'staatssecretaris'],
  topman: ['ceo', 'directeur', 'bestuursvoorzitter'], topvrouw: ['ceo', 'directeur', 'directrice', 'bestuursvoorzitter'],
  ceo: ['topman', 'topvrouw', 'directeur'], non: ['zuster', 'benedictines'], zuster: ['non'],
  groep: ['groepering', 'militie', 'legioen', 'korps', 'beweging'], organisatie: ['netwerk', 'beweging', 'stichting', 'groep'],
  bedrijf: ['concern', 'onderneming', 'fabrikant', 'autobedrijf'], woordvoerster: ['woordvoerder'], woordvoerder: ['woordvoerster'],
};
/** The same as a Map: a plain object look-up with a fresh string key interns the string each time. */
const SYNONYM_MAP = new Map(Object.entries(SYNONYMS));
/** A bit per length (up to 31) of the SYNONYMS words, by first letter (its code modulo 32): a head without
 *  its bit is no key, and its fresh string is not looked up. */
const SYNONYM_SHAPES = new Int32Array(32);
for (const w of SYNONYM_MAP.keys()) SYNONYM_SHAPES[w.charCodeAt(0) & 31] |= 1 << Math.min(w.length, 31);
const synonymsOf = (h: string): string[] | undefined =>
  h.length > 0 && (SYNONYM_SHAPES[h.charCodeAt(0) & 31] & (1 << Math.min(h.length, 31))) !== 0 ? SYNONYM_MAP.get(h) : undefined;

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rowA.length <= b.length) { rowA = new Int32Array(b.length + 1); rowB = new Int32Array(b.length + 1); }
  let prev = rowA, cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    const t = prev; prev = cur; cur = t;
  }
  return prev[b.length];
}

/** Two spellings of one name: same first letter, length within one, 1–2 edits, at least 5 letters. */
/** č, ć → tsj, š → sj, ž → zj in Dutch transliteration; with accents folded those are c, s, z. */
function translitFold(w: string): string {
  return w.indexOf('j') < 0 ? w : w.replace(/tsj/g, 'c').replace(/sj/g, 's').replace(/zj/g, 'z');
}

export function isVariant(a: string, b: string): boolean {
  if (a === b || a.length < 5 || b.length < 5 || a.charCodeAt(0) !== b.charCodeAt(0)) return false;
  // a Slavic letter transliterated the Dutch way: Kovač / Kovatsj, Bašić / Basjitsj (accents already folded)
  if (Math.abs(a.length - b.length) <= 6 && (a.includes('j') || b.includes('j')) && translitFold(a) === translitFold(b)) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  const d = editDistance(a, b, 2);
  return d >= 1 && d <= 2;
}

/**
 * Two names that each have a word the other lacks (other than the near-identical pair) name two
 * people: "Kees Mulder" is not a spelling of "Frans Muller", but "Mohammed Ouali" is of "Mohamed Ouali".
 */
function conflicting(a: ReadonlySet<string>, ta: string, b: ReadonlySet<string>, tb: string): boolean {
  const extra = (x: ReadonlySet<string>, tx: string, y: ReadonlySet<string>) => {
    for (const w of x) {
      if (w === tx || w.length < 2 || y.has(w)) continue;
      let v = false;
      for (const u of y) if (isVariant(u, w)) { v = true; break; }
      if (!v) return true;
    }
    return false;
  };
  return extra(a, ta, b) && extra(b, tb, a);
}

/**
 * The registry's index: name token -> claimant ids, and first letter -> ids with a long token (for
 * spelling variants), the newest last, at most 64 and 48 ids. Module-level and kept between analyses
 * (re-analysing a draft meets the same names: no Map nor arrays rebuilt per analysis); a posting counts
 * only for the registry of its generation `gen` (one registry at a time is in use: the newest), its ids
 * are ids[0, n).
 */
interface Posting { gen: number; n: number; ids: number[] }
const byToken = new Map<string, Posting>();
const byInitial = new Map<string, Posting>();
let generation = 0;
function newGeneration(): number {
  if (byToken.size > 20000) byToken.clear();
  return ++generation;
}
/** The posting of key for generation gen (emptied when it was another generation's). */
function postingOf(index: Map<string, Posting>, key: string, gen: number): Posting {
  const p = index.get(key);
  if (!p) { const q: Posting = { gen, n: 0, ids: [] }; index.set(key, q); return q; }
  if (p.gen !== gen) { p.gen = gen; p.n = 0; }
  return p;
}
/** Adds id unless present (the newest first tested when `lastFirst`), dropping the oldest past `max`. */
function addPosting(p: Posting, id: number, max: number, lastFirst: boolean): void {
  const ids = p.ids;
  const n = p.n;
  if (lastFirst && n > 0 && ids[n - 1] === id) return;
  for (let k = 0; k < n; k++) if (ids[k] === id) return;
  if (n < max) { ids[n] = id; p.n = n + 1; return; }
  // (as push then shift: the oldest goes)
  for (let k = 1; k < n; k++) ids[k - 1] = ids[k];
  ids[n - 1] = id;
}

/**
 * Per claimant id of the registry in use (one at a time: the newest; add() sets a new claimant's slots):
 * its links in the recency list, its last touch + 1 (0: never), and byName's pick stamp. Module-level
 * typed arrays grown on demand, not arrays made and grown per analysis.
 */
const slots = { next: new Int32Array(256), prev: new Int32Array(256), touch: new Int32Array(256), picked: new Int32Array(256) };
function growSlots(n: number): void {
  const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => { const b = new Int32Array(Math.max(n, a.length * 2)); b.set(a); return b; };
  slots.next = grow(slots.next); slots.prev = grow(slots.prev); slots.touch = grow(slots.touch); slots.picked = grow(slots.picked);
}
/** The empty arrays a new claimant starts with where the first entry replaces the array (variants, heads,
 *  queued vocabulary: see mention and addHead). Shared: never added to. */
const NONE: never[] = [];

export class Registry {
  claimants: Builder[] = [];
  variants: VariantLink[] = [];
  /**
   * Recency. Every mention is a "touch"; a source counts as recent when it was touched within the last
   * 400 touches (and since the touch history was last trimmed: to its last 256 touches once it grows past
   * 4096). Kept as a doubly linked list of claimant ids, most recently touched first, with the number of
   * each one's last touch: the order of walking the touches back from the newest, without the walk.
   */
  private touches = 0;
  private touchBase = 0;
  private mruHead = -1;
  // (the list's links and each claimant's last touch + 1, 0: never touched, are in `slots`)

  private touch(id: number): void {
    const t = this.touches++;
    if (this.touches - this.touchBase > 4096) this.touchBase = this.touches - 256;
    const next = slots.next, prev = slots.prev;
    if (this.mruHead !== id) {
      if (slots.touch[id] !== 0) {
        // unlink (it is in the list, not at its head)
        const p = prev[id], n = next[id];
        next[p] = n;
        if (n >= 0) prev[n] = p;
      }
      next[id] = this.mruHead;
      prev[id] = -1;
      if (this.mruHead >= 0) prev[this.mruHead] = id;
      this.mruHead = id;
    }
    slots.touch[id] = t + 1;
  }

  /** The most recently mentioned claimants, newest first (bounded). */
  private stamp = 0;
  recent(limit = 40): Builder[] {
    const out: Builder[] = [];
    this.recentInto(out, limit);
    return out;
  }
  /** recent() written to out[0 .. count) (a caller's reused scratch array; entries after count are stale). */
  recentInto(out: Builder[], limit = 40): number {
    let n = 0;
    const st = ++this.stamp;
    const from = Math.max(this.touches - 400, this.touchBase);
    const next = slots.next, touch = slots.touch;
    for (let id = this.mruHead; id >= 0 && n < limit; id = next[id]) {
      if (touch[id] - 1 < from) break;
      const c = this.claimants[id];
      c.seen = st;
      out[n++] = c;
    }
    // claimants just created and not yet mentioned
    for (let k = this.claimants.length - 1; k >= 0 && k >= this.claimants.length - 3; k--) {
      const c = this.claimants[k];
      if (c.seen !== st) { c.seen = st; out[n++] = c; }
    }
    return n;
  }
  /** Scratch for byRole and byGroupName's recent claimants (neither runs inside the other). */
  private poolBuf: Builder[] = [];
  constructor(private text: string) {}

  private add(np: NP, name: string, kind: ClaimantKind): Builder {
    const tokens = nameTokens(name);
    const b: Builder = {
      id: this.claimants.length, name, kind, role: np.role, variants: NONE, mentions: [], vague: np.vague,
      tokens, vocab: null, vocabSeed: tokens, vocabPending: NONE, headList: NONE, female: np.female, plural: np.plural, last: np.span.start, speaks: 0, firm: np.firm, seen: 0, vocabText: null, vocabRole: null, normed: '', normedOf: null, subjectAt: null, weak: false, letters: 0, lettersOf: null,
    };
    this.claimants.push(b);
    const id = b.id;
    if (id >= slots.next.length) growSlots(id + 1);
    slots.next[id] = -1;
    slots.prev[id] = -1;
    slots.touch[id] = 0;
    slots.picked[id] = 0;
    this.indexTokens(b);
    return b;
  }

  /** Scratch stamps for byName (claimant id -> stamp of the last look-up that picked it). */
  private pickStamp = 0;
  private scratchIds: number[] = [];
  private longBuf: string[] = [];
  private variantPool: Builder[] = [];
  /** Name token -> claimant ids, and first letter -> ids with a long token (for spelling variants). */
  // (module-level postings, valid for this registry's generation: see Posting)
  private readonly gen = newGeneration();
  private indexTokens(b: Builder): void {
    const tl = tokenList(b.tokens);
    for (let q = 0; q < tl.length; q++) {
      const t = tl[q];
      addPosting(postingOf(byToken, t, this.gen), b.id, 64, true);
      if (t.length >= 5) addPosting(postingOf(byInitial, t[0], this.gen), b.id, 48, false);
    }
  }

  /** The Mention made last (a statement uses it as its own: see StatementBuilder.add). */
  lastMention: Mention | null = null;
  mention(b: Builder, np: NP, kind = np.mentionKind): Mention {
    const m: Mention = { start: np.span.start, end: np.span.end, text: np.text, kind };
    this.lastMention = m;
    // the vocabulary grows lazily (only role look-ups read it): queue the text and role
    const vt = m.text !== b.vocabText ? m.text : null;
    const vr = np.role && np.role !== b.vocabRole ? np.role : null;
    if (vt !== null || vr !== null) {
      // (a first entry as an exact-size literal: a push to an empty array reserves 17 slots)
      if (b.vocabPending.length === 0) b.vocabPending = [vt, vr];
      else b.vocabPending.push(vt, vr);
      if (vt !== null) b.vocabText = vt;
      if (vr !== null) b.vocabRole = vr;
      if (b.vocabPending.length >= 64) vocabOf(b);
    }
    // mentions arrive almost in text order: insert from the end (no full scan, no sort)
    const ms = b.mentions;
    let k = ms.length;
    while (k > 0 && ms[k - 1].start > m.start) k--;
    if (!(k > 0 && ms[k - 1].start === m.start)) {
      if (k === 0 && ms.length === 0) b.mentions = [m];
      else if (k === ms.length) ms.push(m);
      else ms.splice(k, 0, m);
    }
    this.touch(b.id);
    if (np.head) {
      addHead(b, np.head);
      const syn = synonymsOf(np.head);
      if (syn) for (const s of syn) addHead(b, s);
    }
    if (np.role && !b.role) b.role = np.role;
    if (np.female && !np.pronoun) b.female = true;
    if (np.span.start > b.last) b.last = np.span.start;
    if (np.name && kind !== 'pronoun') {
      const v = np.name;
      const isNew = b.variants.length === 0 || !b.variants.includes(v);
      // a person introduced with a female first name is `zij` (each new spelling looked at once)
      if (isNew && !b.female && b.kind === 'person' && femaleFirstName(v)) b.female = true;
      if (b.variants.length === 0) b.variants = [v];
      else if (isNew) b.variants.push(v);
    }
    return m;
  }

  /** The claimant a named phrase stands for: an existing one (same name, surname, acronym, variant) or a new one. */
  byName(np: NP): Builder {
    const name = np.name!;
    const toks = nameTokens(name);
    let best: Builder | null = null;
    let bestScore = 0;
    // bounded: the 40 most recently mentioned claimants
    // (a name with ` en ` has the token `en`: the set first, the string scanned only then)
    const group = toks.has('en') && name.includes(' en ');
    // candidates sharing a name token, each once, in first-seen order (arrays and a stamp: no Set
    // iterators per candidate)
    const tl = tokenList(toks);
    // (a scratch array with a count, reused: byName does not re-enter itself before the loop ends)
    const ids = this.scratchIds;
    const picked = slots.picked;
    let nIds = 0;
    const st = ++this.pickStamp;
    for (const t of tl) {
      const l = byToken.get(t);
      if (l && l.gen === this.gen) for (let k = 0; k < l.n; k++) { const id = l.ids[k]; if (picked[id] !== st) { picked[id] = st; ids[nIds++] = id; } }
    }
    for (let k = 0; k < nIds; k++) {
      const c = this.claimants[ids[k]];
      if (np.span.start - c.last > 20000) continue;
      if (c.vague || (!group && c.kind === 'collective' && c.name.includes(' en '))) continue;
      let shared = 0;
      for (let q = 0; q < tl.length; q++) if (c.tokens.has(tl[q])) shared++;
      if (shared === 0) continue;
      const subset = shared === Math.min(toks.size, c.tokens.size);
      if (!subset) continue;
      const score = shared / (toks.size + c.tokens.size - shared) + (c.last / 1e9);
      if (score > bestScore) { best = c; bestScore = score; }
    }
    if (best) {
      if (toks.size > best.tokens.size && np.claimantKind === best.kind) {
        best.name = name;
        best.tokens = toks;
        this.indexTokens(best);
      }
      if (np.firm) best.firm = true;
      if (best.kind !== np.claimantKind && np.firm) best.kind = np.claimantKind;
      this.mention(best, np);
      return best;
    }
    // a spelling variant of a known name (Podoljak / Podaljak)
    // (the long tokens and the pool in reused scratch arrays with counts: byName does not re-enter itself
    // before its return)
    const long = this.longBuf;
    let nLong = 0;
    for (let q = 0; q < tl.length; q++) if (tl[q].length >= 5) long[nLong++] = tl[q];
    const pool = this.variantPool;
    let nPool = 0;
    const st2 = ++this.pickStamp;
    for (let q = 0; q < nLong; q++) {
      const t = long[q];
      const l = byInitial.get(t[0]);
      if (l && l.gen === this.gen) for (let k = 0; k < l.n; k++) {
        const id = l.ids[k];
        if (picked[id] === st2) continue;
        picked[id] = st2;
        const c = this.claimants[id];
        if (np.span.start - c.last < 20000) pool[nPool++] = c;
      }
    }
    sortByLastDesc(pool, nPool);
    for (let p = 0; p < nPool; p++) {
      const c = pool[p];
      if (c.vague || c.kind === 'anonymous') continue;
      const cl = tokenList(c.tokens);
      for (let q = 0; q < cl.length; q++) {
        const cv = cl[q];
        if (cv.length < 5) continue;
        for (let lq = 0; lq < nLong; lq++) {
          const t = long[lq];
          if (t.charCodeAt(0) === cv.charCodeAt(0) && isVariant(cv, t) && !conflicting(toks, t, c.tokens, cv)) {
            const words = name.split(/\s+/);
            const fromWord = words.find((w) => norm(w) === t) ?? name;
            const toWord = c.name.split(/\s+/).find((w) => norm(w) === cv) ?? c.name;
            this.variants.push({ claimantId: c.id, from: fromWord, to: toWord });
            if (c.variants.length === 0) c.variants = [name];
            else if (!c.variants.includes(name)) c.variants.push(name);
            this.mention(c, np);
            return c;
          }
        }
      }
    }
    // a person named with a title the draft already used for someone unnamed: "De officier van justitie
    // denkt daar anders over. ... zei officier Linda Boukema" (the same role, every word of it known)
    if (np.head && np.firm && np.claimantKind === 'person' && np.role) {
      const c = this.unnamedRole(np);
      if (c) {
        c.name = name;
        c.tokens = toks;
        this.indexTokens(c);
        this.mention(c, np);
        return c;
      }
    }
    const b = this.add(np, name, np.claimantKind);
    this.mention(b, np);
    return b;
  }

  /** A recent person known only by a role (no name yet, not vague nor plural) whose role head is np's
   *  and whose words include every word of np's role; the most recent, within 2,000 characters. */
  private unnamedRole(np: NP): Builder | null {
    const head = np.head!;
    const pool = this.poolBuf;
    const n = this.recentInto(pool, 12);
    for (let r = 0; r < n; r++) {
      const c = pool[r];
      // (cheap tests first: a named source has variants)
      if (c.kind !== 'person' || c.vague || c.plural || c.variants.length > 0 || np.span.start - c.last > 2000 || c.last > np.span.start || !c.headList.includes(head)) continue;
      if (hasNameMention(c)) continue;
      const vocab = vocabOf(c);
      const mine = nameTokens(np.role!);
      let fits = true;
      for (const t of mine) if (!vocab.has(t) && !c.headList.includes(t)) { fits = false; break; }
      // ... or the other way round: a headline's short title in the full one ("Eigenaar thuiszorgbureau" /
      // "eigenaar van thuiszorgbureau ZorgSamen")
      if (!fits && c.role) { fits = true; for (const t of nameTokens(c.role)) if (!mine.has(t)) { fits = false; break; } }
      if (fits) return c;
    }
    return null;
  }

  /** A name whose every word is a name word of some source already (`Dijkhuis` after `Merel Dijkhuis`). */
  knownName(name: string): boolean {
    const toks = nameTokens(name);
    if (toks.size === 0) return false;
    for (const t of toks) { const p = byToken.get(t); if (!p || p.gen !== this.gen || p.n === 0) return false; }
    return true;
  }

  /**
   * A single name word (as written) that spells a word of a recent person's name differently (`Sharipov`
   * after `Timoer Sjaripov`): not a name word of any source as it is, and a spelling variant (isVariant)
   * of a long word of a person mentioned within 20,000 characters before `at`. Through the first-letter
   * index: only sources with a long word of the same first letter are compared.
   */
  surnameVariant(word: string, at: number): boolean {
    const w = norm(word);
    if (w.length < 5) return false;
    const exact = byToken.get(w);
    if (exact && exact.gen === this.gen && exact.n > 0) return false;
    const l = byInitial.get(w[0]);
    if (!l || l.gen !== this.gen) return false;
    for (let k = 0; k < l.n; k++) {
      const c = this.claimants[l.ids[k]];
      if (c.kind !== 'person' || at - c.last > 20000) continue;
      const cl = tokenList(c.tokens);
      for (let q = 0; q < cl.length; q++) {
        const x = cl[q];
        if (x.length >= 5 && x.charCodeAt(0) === w.charCodeAt(0) && Math.abs(x.length - w.length) <= 6 && isVariant(x, w)) return true;
      }
    }
    return false;
  }

  /** Sources named together ("Hoekstra en Kaag"): the same pair again, or a new collective. */
  byGroupName(np: NP): Builder {
    const toks = nameTokens(np.name!);
    const pool = this.poolBuf;
    const n = this.recentInto(pool, 40);
    for (let r = 0; r < n; r++) {
      const c = pool[r];
      if (c.kind !== 'collective' || c.tokens.size !== toks.size) continue;
      let same = true;
      for (const t of toks) if (!c.tokens.has(t)) { same = false; break; }
      if (same) { this.mention(c, np); return c; }
    }
    const b = this.add(np, np.name!, 'collective');
    b.plural = true;
    this.mention(b, np);
    return b;
  }

  /** A role noun or description without a name: the source it stands for, or a new unresolved one. */
  byRole(np: NP, recentPerson: (before: number) => Builder | null): Builder {
    const head = np.head!;
    const cls = classifyNoun(head);
    const pool = this.poolBuf;
    const n = this.recentInto(pool, 40);
    const headEnd = head.charCodeAt(head.length - 1);
    /** nameTokens of the phrase without its determiner, made when first needed */
    let mine: ReadonlySet<string> | null = null;
    // "de 29-jarige": the person the text was just about, whatever their role (an age is no role to match)
    // (also with a title after the age that describes someone known: "De 27-jarige Europees kampioene";
    // not another role: "Rechter Anna Bos ... De 41-jarige verdachte" is someone else)
    const agedTitle = cls === 'role' && !head.endsWith('jarige') && np.text.includes('jarige ');
    if (np.definite && (head.endsWith('jarige') || agedTitle)) {
      const p = recentPerson(np.span.start);
      if (p && p.kind === 'person' && !p.vague && !p.plural && (!agedTitle || TITLE_NOUNS.has(head) || !otherRole(p.headList, head))) {
        this.mention(p, np);
        return p;
      }
    } else if (np.definite || cls === 'role') {
      // `Een woordvoerder` introduces someone new: not a person already known by name
      const indefinite = np.text.startsWith('een ') || np.text.startsWith('Een ');
      let best: Builder | null = null;
      for (let r = 0; r < n; r++) {
        const c = pool[r];
        if (c.vague !== np.vague) continue;
        if (indefinite && hasNameMention(c)) continue;
        // (nor someone introduced by another indefinite phrase: "Een woordvoerder van de Duitse club ..." is not
        // "een clubwoordvoerder" later; the same words again may be)
        if (indefinite && !sameIndefinite(c, np.text)) continue;
        // a head that is `head`, ends in it or is its end (the set's own test is the first case of the walk)
        let roleHit = false;
        const hl = c.headList;
        for (let q = 0; q < hl.length; q++) {
          const h = hl[q];
          // either ends in the other only if their last letters agree
          if ((h.charCodeAt(h.length - 1) === headEnd || head.length === 0 || h.length === 0) && (h.endsWith(head) || head.endsWith(h))) {
            // a compound names whose role it is: "een politiewoordvoerder" is not the gemeente's "woordvoerster",
            // unless the source is known by that first part (its words, or a head of its own)
            if (head.length > h.length + 2 && !h.endsWith(head) && !compoundFits(c, head.slice(0, head.length - h.length))) continue;
            roleHit = true;
            break;
          }
        }
        if (roleHit && (!best || c.last > best.last) && this.compatible(np, mine ??= nameTokens(stripLeading(np.text, MODIFIER_DETS)), c)) best = c;
      }
      if (best && this.text.length >= 0) {
        this.mention(best, np);
        return best;
      }
      // "de vakbondsbestuurder" for the person the text was just about
      if (np.definite && cls === 'role' && !np.role?.includes(' van ')) {
        const p = recentPerson(np.span.start);
        if (p && p.kind === 'person' && !p.vague && !otherRole(p.headList, head) && capitalModifiersFit(np, p)) {
          this.mention(p, np);
          return p;
        }
      }
    }
    // the same description again ("Russische autoriteiten" twice)
    const key = stripLeading(norm(np.text), KEY_DETS);
    for (let r = 0; r < n; r++) { const c = pool[r]; if (normName(c) === key) { this.mention(c, np); return c; } }
    const name = stripLeading(np.text, NAME_DETS);
    const b = this.add(np, name, np.claimantKind);
    this.mention(b, np);
    return b;
  }

  /** "de Oekraïense autoriteiten" is not "Russische autoriteiten": every modifier must fit. */
  /** (mine: the phrase's modifier tokens, made once per look-up by the caller) */
  private compatible(np: NP, mine: ReadonlySet<string>, c: Builder): boolean {
    const vocab = vocabOf(c);
    for (const t of mine) if (!vocab.has(t) && !c.tokens.has(t) && !c.headList.includes(t)) {
      if (np.head && t === norm(np.head)) continue;
      return false;
    }
    return true;
  }

  /**
   * A singular `hij`/`ze`/`zij` whose paragraph, in the sentences before the pronoun's, [from, before),
   * mentions one source only, a person who fits the pronoun: that person, before the speakers of earlier
   * paragraphs (`Opvallend was de verklaring van de oud-directeur, W. Oosterbeek. Het bedrijf heeft de
   * wethouder nooit gevraagd, zei hij.`). Null when no source or more than one (a person and an
   * organisation too) is mentioned there, or when a person was the subject of a clause in the pronoun's
   * own sentence before it, [before, at) (`Toen Jobs de iPhone introduceerde, prees hij ...`). (Other
   * mentions in the pronoun's own sentence are left out: its content clause names others than its speaker.)
   */
  onlyInParagraph(np: NP, plural: boolean | null, from: number, before: number, at: number): Builder | null {
    const p = np.pronoun!;
    if (plural === true || p.number === 'pl' || from >= before || !(p.word === 'hij' || p.word === 'ze' || p.word === 'zij')) return null;
    let only: Builder | null = null;
    const pool = this.pool;
    const n = this.recentInto(pool, 40);
    for (let r = 0; r < n; r++) {
      const c = pool[r];
      const ss = c.subjectAt;
      if (ss && c.kind === 'person') for (let k = 0; k < ss.length; k++) if (ss[k] >= before && ss[k] < at) return null;
      if (only !== c && lastMentionIn(c.mentions, from, before) >= 0) {
        if (only) return null;
        only = c;
      }
    }
    if (!only || only.kind !== 'person' || only.plural || (p.word === 'hij' && only.female) || (p.word !== 'hij' && !only.female)) return null;
    this.mention(only, np, 'pronoun');
    return only;
  }
  private pool: Builder[] = [];

  /** A pronoun: the most recent fitting source (number, gender), speakers and subjects first. */
  byPronoun(np: NP, plural: boolean | null, candidates: readonly Builder[], count: number): Builder | null {
    const p = np.pronoun!;
    const wantPlural = p.number === 'pl' ? true : p.number === 'sg' ? false : plural;
    let best: Builder | null = null;
    let anyFemale: boolean | undefined;
    for (let r = 0; r < count; r++) {
      const c = candidates[r];
      const cPlural = c.plural || c.kind === 'collective' || (c.kind === 'organisation' && (wantPlural ?? false));
      if (wantPlural === true && !cPlural && c.kind === 'person') continue;
      if (wantPlural === false && (c.kind === 'collective' || c.plural)) continue;
      if (p.word === 'hij' && (c.female || c.kind !== 'person')) continue;
      if ((p.word === 'zij' || p.word === 'ze') && wantPlural === false && c.kind === 'person' && !c.female && (anyFemale ??= hasFemalePerson(candidates, count))) continue;
      if ((p.word === 'zij' || p.word === 'ze') && wantPlural === false && c.kind !== 'person') continue;
      best = c;
      break;
    }
    if (!best && wantPlural === true) for (let r = 0; r < count; r++) if (candidates[r].kind === 'person' || candidates[r].kind === 'organisation') { best = candidates[r]; break; }
    if (best) this.mention(best, np, 'pronoun');
    return best;
  }
}

/** Some mention of ms starts in [from, before) (mentions are in text order: looked for from the end). */
function lastMentionIn(ms: readonly Mention[], from: number, before: number): number {
  for (let k = ms.length - 1; k >= 0; k--) {
    const st = ms[k].start;
    if (st < from) return -1;
    if (st < before) return st;
  }
  return -1;
}

/** The first part of a compound role (`politie` of `politiewoordvoerder`) is one of the source's words or the
 *  start of one (`politie` in `politiezone`), or of its heads. */
function compoundFits(c: Builder, prefix: string): boolean {
  const p = prefix.endsWith('-') ? prefix.slice(0, -1) : prefix;
  if (p.length < 2) return true;
  for (const t of vocabOf(c)) if (t.startsWith(p)) return true;
  for (const t of c.tokens) if (t.startsWith(p)) return true;
  for (const h of c.headList) if (h.startsWith(p)) return true;
  return false;
}

/** A source first introduced by an indefinite phrase only matches an indefinite phrase of the same words
 *  (its last mentions looked at, at most eight); one introduced otherwise always does. */
function sameIndefinite(c: Builder, text: string): boolean {
  const ms = c.mentions;
  if (ms.length === 0) return true;
  const first = ms[0].text;
  if (!(first.startsWith('een ') || first.startsWith('Een '))) return true;
  for (let k = ms.length - 1; k >= 0 && k >= ms.length - 8; k--) if (ms[k].text.toLowerCase() === text.toLowerCase()) return true;
  return false;
}

/** `Een woordvoerder` introduces someone new: not a person already known by name. */
/** Is a source known by name (a mention of kind `name`)? */
function hasNameMention(c: Builder): boolean {
  const ms = c.mentions;
  for (let k = 0; k < ms.length; k++) if (ms[k].kind === 'name') return true;
  return false;
}

/** `De Armeense premier` is not the person just mentioned unless that person is known as Armenian:
 *  every capitalised modifier of the role must occur among the person's words. */
function capitalModifiersFit(np: NP, c: Builder): boolean {
  const words = np.text.split(' ');
  for (let k = 1; k < words.length; k++) {
    const w = words[k];
    if (w.length < 2 || w.charCodeAt(0) < 65 || w.charCodeAt(0) > 90 || (np.head && norm(w) === norm(np.head))) continue;
    if (!vocabOf(c).has(norm(w)) && !c.tokens.has(norm(w))) return false;
  }
  return true;
}

/** Does a source have a role head other than `head` (nor a compound or synonym of it)? */
function otherRole(heads: readonly string[], head: string): boolean {
  const syn = SYNONYM_MAP.get(head);
  for (const h of heads) {
    if (classifyNoun(h) === 'role' && !h.endsWith(head) && !head.endsWith(h) && !(syn != null && syn.includes(h))) return true;
  }
  return false;
}

/** A bit per first letter (its code modulo 32) of some words: words with no bit in common cannot be equal
 * nor spelling variants (isVariant wants the same first letter). */
export function letterMask(words: Iterable<string>): number {
  let m = 0;
  if (Array.isArray(words)) { for (let k = 0; k < words.length; k++) m |= 1 << ((words[k] as string).charCodeAt(0) & 31); return m; }
  for (const w of words) m |= 1 << (w.charCodeAt(0) & 31);
  return m;
}
/** letterMask of a claimant's name tokens, remembered until they change. */
export function tokenLetters(c: Builder): number {
  if (c.lettersOf !== c.tokens) { c.letters = letterMask(c.tokens); c.lettersOf = c.tokens; }
  return c.letters;
}

/** A claimant's vocabulary with the queued mentions added, in order, each while it has under 200 tokens
 * (as if added at every mention). */
function vocabOf(b: Builder): Set<string> {
  const vocab = b.vocab ?? (b.vocab = new Set(b.vocabSeed));
  const q = b.vocabPending;
  if (q.length === 0) return vocab;
  for (let k = 0; k < q.length; k += 2) {
    if (vocab.size >= 200) continue;
    const text = q[k], role = q[k + 1];
    if (text !== null) for (const t of nameTokens(text)) vocab.add(t);
    if (role !== null) for (const t of nameTokens(role)) vocab.add(t);
  }
  q.length = 0;
  return vocab;
}

/** norm(c.name), remembered on the claimant until its name changes. */
/** Nouns of a title or an achievement that describe someone already introduced (`de 27-jarige kampioene`). */
const TITLE_NOUNS = new Set(['kampioen', 'kampioene', 'wereldkampioen', 'wereldkampioene', 'winnaar', 'winnares', 'titelhouder', 'recordhouder', 'recordhoudster', 'medaillewinnaar', 'medaillewinnares', 'laureaat', 'debutant', 'debutante', 'veteraan']);

/** The first word of a name of two words or more is a common female first name (lexicon/names.ts). */
function femaleFirstName(name: string): boolean {
  const sp = name.indexOf(' ');
  return sp >= 2 && FEMALE_FIRST_NAMES.has(norm(name.slice(0, sp)));
}

function normName(c: Builder): string {
  if (c.normedOf !== c.name) { c.normed = norm(c.name); c.normedOf = c.name; }
  return c.normed;
}

function hasFemalePerson(l: readonly Builder[], count: number): boolean {
  for (let k = 0; k < count; k++) if (l[k].female && l[k].kind === 'person') return true;
  return false;
}

function addHead(b: Builder, h: string): void {
  if (b.headList.length === 0) b.headList = [h];
  else if (!b.headList.includes(h)) b.headList.push(h);
}

/** Newest (largest `last`) first; stable, like Array#sort (an insertion sort: small lists, no closure). */
function sortByLastDesc(l: Builder[], n: number): void {
  for (let k = 1; k < n; k++) {
    const c = l[k];
    let j = k;
    while (j > 0 && l[j - 1].last < c.last) { l[j] = l[j - 1]; j--; }
    l[j] = c;
  }
}

export const femaleHead = (h: string | null) => h != null && FEMININE_ROLES.has(h);
