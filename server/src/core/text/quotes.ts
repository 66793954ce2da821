// Pairing quotation marks into quotations. Marks come in two families: double (" „ “ ” ,, `` '' « »)
// and single (' ‘ ’ ‚ ‹ ›); any closer of a family closes an opener of the same family, one level of
// the other family may nest inside. A quotation does not run past its paragraph unless the next
// paragraph continues it (opens with a mark of the same family, the Dutch convention for a quote over
// several paragraphs, or closes it before opening anything); an opener left unmatched is dropped.
// Linear: every mark is looked at a bounded number of times.
import type { Token, RawQuote } from './types';

export const FAM_D = 0;
export const FAM_S = 1;

export interface Mark {
  /** Token index of the mark. */
  tok: number;
  pos: number;
  len: number;
  fam: number;
  /** May open / close a quotation (both: decided by state). */
  open: boolean;
  close: boolean;
  /** The mark's character code (`,,` as „, `''` as ”). */
  sym: number;
  /** Paragraph index. */
  para: number;
}

interface Open {
  mark: number;
  /** Opened by the inner `""` of a CSV-style doubled quote. */
  csv: boolean;
}

interface Found {
  open: Mark;
  close: Mark;
}

const MAX_DEPTH = 4;

/** Words (lower-case) that may stay lower-case inside a capitalised name or title. */
const NAME_PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', 'voor', 'en', 'of', 'in', 'op', 'aan', 'te', 'ter', 'tot', "'t", 'la', 'le', 'von', 'du', 'da', 'di', 'y', 'the', 'of', 'and', 'a']);

/** Words before a name or title in marks: determiners and prepositions. */
const NAMING_WORDS = new Set(['de', 'het', 'een', "'t", 'van', 'als', 'naar', 'in', 'op', 'voor', 'met', 'bij', 'uit', 'over', 'tot', 'door', 'dit', 'deze', 'dat', 'die', 'zijn', 'haar', 'hun', 'onze', 'ons', 'aan', 'om', 'tegen', 'zogenaamde', 'zogeheten', 'zogenoemde', 'genaamd', 'heet', 'heette', 'noemt', 'noemde', 'titel', 'programma', 'boek', 'film', 'operatie', 'project', 'plan', 'actie', 'campagne']);

export function pairQuotes(_text: string, tokens: Token[], marks: Mark[], paras: { tokenStart: number }[]): RawQuote[] {
  const found: Found[] = [];
  let stack: Open[] = [];
  const m = marks.length;
  let k = 0;
  while (k < m) {
    const mk = marks[k];
    // straight "" inside a quotation opened by ": a CSV-style doubled mark, i.e. a quotation inside it
    if (mk.sym === 0x22 && k + 1 < m && marks[k + 1].sym === 0x22 && marks[k + 1].pos === mk.pos + 1 && stack.length > 0) {
      const top = stack[stack.length - 1];
      const topMark = marks[top.mark];
      if (top.csv) {
        found.push({ open: topMark, close: mk });
        stack.pop();
        k += 2;
        continue;
      }
      if (topMark.sym === 0x22 && topMark.fam === FAM_D) {
        if (stack.length < MAX_DEPTH) stack.push({ mark: k + 1, csv: true });
        k += 2;
        continue;
      }
    }
    let done = false;
    for (let s = stack.length - 1; s >= 0; s--) {
      const o = marks[stack[s].mark];
      if (o.fam !== mk.fam) continue;
      if (mk.close) {
        found.push({ open: o, close: mk });
        stack.length = s;
        done = true;
      }
      break;
    }
    if (!done && mk.open) {
      const top = stack.length > 0 ? marks[stack[stack.length - 1].mark] : null;
      // the same family inside: a mark that can only open (`"Hij noemde het "onzin", zei ze."`); when the
      // outer one was never closed it is dropped at the paragraph end, so a stray mark cannot run away
      const nests = !top || top.fam !== mk.fam || !mk.close;
      if (nests && stack.length < MAX_DEPTH) stack.push({ mark: k, csv: false });
    }
    k++;
    // at a paragraph end with a quotation open: continued, or dropped
    let para = mk.para;
    while (stack.length > 0 && (k >= m || marks[k].para !== para)) {
      const outer = marks[stack[0].mark];
      if (k < m && marks[k].para === para + 1 && marks[k].fam === outer.fam) {
        const nx = marks[k];
        if (nx.open && nx.tok === paras[para + 1]?.tokenStart) {
          // the Dutch convention: every paragraph of a long quotation opens with a mark
          stack = [stack[0]];
          k++;
          para++;
          continue;
        }
        if (nx.close && !nx.open) {
          // the next paragraph closes it first
          stack = [stack[0]];
          break;
        }
      }
      stack = [];
    }
  }
  // quotations, sorted; blank ones dropped
  const out: RawQuote[] = [];
  found.sort((a, b) => a.open.pos - b.open.pos || b.close.pos - a.close.pos);
  const opens: number[] = [];
  const closes: number[] = [];
  for (const f of found) {
    const inner = { start: f.open.pos + f.open.len, end: f.close.pos };
    if (inner.end <= inner.start || f.close.tok - f.open.tok < 2) continue;
    out.push({ start: f.open.pos, end: f.close.pos + f.close.len, inner, kind: 'speech' });
    const qi = out.length - 1;
    for (let t = f.open.tok; t <= f.close.tok; t++) tokens[t].inQuote = qi;
    opens.push(f.open.tok);
    closes.push(f.close.tok);
  }
  if (out.length === 0) return out;
  const paraStarts = new Set<number>();
  for (const p of paras) paraStarts.add(p.tokenStart);
  for (let q = 0; q < out.length; q++) out[q].kind = kindOf(tokens, opens[q], closes[q], paraStarts);
  return out;
}

/**
 * 'term' for marks around a name, title or term nobody is said to say: the quotation is a whole
 * paragraph of at most four words (a headline), or its words are capitalised like a name
 * ('Vrijheid van Rusland-legioen'), with no sentence punctuation inside.
 */
function kindOf(tokens: Token[], o: number, c: number, paraStarts: Set<number>): 'speech' | 'term' {
  let words = 0;
  let capWords = 0;
  let particles = 0;
  for (let t = o + 1; t < c; t++) {
    const tok = tokens[t];
    if (tok.kind === 'punct') {
      const ch = tok.text.charCodeAt(0);
      if (ch === 46 || ch === 33 || ch === 63 || ch === 44 || ch === 58 || ch === 59) return 'speech';
      continue;
    }
    if (tok.kind === 'quote') continue;
    words++;
    if (words > 4) return 'speech';
    if (tok.cap || tok.kind === 'number') capWords++;
    else if (NAME_PARTICLES.has(tok.lower)) particles++;
  }
  if (words === 0) return 'speech';
  // a headline: the quotation is the whole paragraph
  const after = c + 1;
  const paraStartHere = paraStarts.has(o);
  if (paraStartHere && (after >= tokens.length || paraStarts.has(after))) return 'term';
  // a capitalised name in mid-sentence
  const first = tokens[o + 1];
  // named by a determiner or preposition: het 'Vrijheid van Rusland-legioen', de 'Bigi Spikri'
  const named = o > 0 && !paraStartHere && NAMING_WORDS.has(tokens[o - 1].lower);
  if (named && first.cap && capWords >= 1 && capWords + particles === words && capWords >= Math.ceil(words / 2)) return 'term';
  return 'speech';
}
