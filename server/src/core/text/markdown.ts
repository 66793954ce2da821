// Markdown masking: the regions of a Markdown draft that are not prose (front matter, fenced and
// indented code, inline code, HTML comments and tags, link targets, reference definitions,
// autolinks and bare URLs). One pass over the lines; every inner search is bounded by the line
// (an HTML comment by its closing `-->`), so the whole is linear. Offsets are those of the text.
import type { Span } from '../types';
import { isLetterCode, isDigitCode, isSpaceCode } from './chars';

/** Sorts and merges spans (touching spans merge). */
export function mergeSpans(spans: Span[]): Span[] {
  if (spans.length < 2) return spans;
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [spans[0]];
  for (let k = 1; k < spans.length; k++) {
    const last = out[out.length - 1];
    const s = spans[k];
    if (s.start <= last.end) {
      if (s.end > last.end) last.end = s.end;
    } else out.push(s);
  }
  return out;
}

function isBlank(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** Leading indentation in columns (tab = 4), and where the content starts. */
function indentOf(text: string, s: number, e: number): { cols: number; at: number } {
  let cols = 0;
  let i = s;
  for (; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) cols++;
    else if (c === 9) cols += 4 - (cols % 4);
    else break;
  }
  return { cols, at: i };
}

/** A fence opener/closer at `at`: its char code and length, or null. */
function fenceAt(text: string, at: number, e: number): { ch: number; len: number } | null {
  const ch = text.charCodeAt(at);
  if (ch !== 96 && ch !== 126) return null;
  let j = at;
  while (j < e && text.charCodeAt(j) === ch) j++;
  const len = j - at;
  if (len < 3) return null;
  if (ch === 96) for (let k = j; k < e; k++) if (text.charCodeAt(k) === 96) return null; // backtick in info string
  return { ch, len };
}

function isListItem(text: string, at: number, e: number): boolean {
  const c = text.charCodeAt(at);
  if ((c === 45 || c === 42 || c === 43) && (at + 1 >= e || isSpaceCode(text.charCodeAt(at + 1)))) return true;
  let j = at;
  while (j < e && isDigitCode(text.charCodeAt(j)) && j - at < 9) j++;
  if (j > at && j < e) {
    const d = text.charCodeAt(j);
    if ((d === 46 || d === 41) && (j + 1 >= e || isSpaceCode(text.charCodeAt(j + 1)))) return true;
  }
  return false;
}

/** Longest link target looked for: keeps the scan linear on lines full of `](`. */
const MAX_TARGET = 2048;

const URL_STOP = (c: number): boolean => isSpaceCode(c) || c === 60 || c === 62 || c === 34 || c === 0x201d || c === 0x201c;

/**
 * Where the next character scanInline acts on may be: the next backtick, `<`, `](`, `http` and `www.`,
 * each found with indexOf and kept until passed. Lines are scanned in order, so each cursor only moves
 * forward: linear over the whole text, and prose in between is skipped without a look at every character.
 */
class Specials {
  private tick = -1;
  private lt = -1;
  private link = -1;
  private http = -1;
  private www = -1;
  constructor(private readonly text: string) {}

  private find(needle: string, i: number): number {
    const p = this.text.indexOf(needle, i);
    return p < 0 ? this.text.length : p;
  }

  /** The first backtick at or after i (the text's length if none). */
  backtick(i: number): number {
    if (this.tick < i) this.tick = this.find('`', i);
    return this.tick;
  }

  /** The first position at or after i scanInline may act on (the text's length if none). */
  next(i: number): number {
    if (this.lt < i) this.lt = this.find('<', i);
    if (this.link < i) this.link = this.find('](', i);
    if (this.http < i) this.http = this.find('http', i);
    if (this.www < i) this.www = this.find('www.', i);
    return Math.min(this.backtick(i), this.lt, this.link, this.http, this.www);
  }
}

/**
 * Scans one line's inline content [s, e) and pushes masked spans; returns where scanning should resume
 * (past e for a comment that runs over lines).
 */
function scanInline(text: string, s: number, e: number, out: Span[], specials: Specials): number {
  const n = text.length;
  // backtick runs of this line, matched by equal length (linear: per-length queues)
  let runs: number[] | null = null; // pairs (pos, len)
  for (let i = specials.backtick(s); i < e; i++) {
    if (text.charCodeAt(i) === 96) {
      let j = i;
      while (j < e && text.charCodeAt(j) === 96) j++;
      (runs ??= []).push(i, j - i);
      i = j - 1;
    }
  }
  let codeEnd: Map<number, number> | null = null; // run start -> end of its code span
  if (runs) {
    codeEnd = new Map<number, number>();
    const queues = new Map<number, number[]>();
    for (let r = 0; r < runs.length; r += 2) {
      const q = queues.get(runs[r + 1]);
      if (q) q.push(r); else queues.set(runs[r + 1], [r]);
    }
    const ptr = new Map<number, number>();
    for (let r = 0; r < runs.length; r += 2) {
      const len = runs[r + 1];
      const q = queues.get(len)!;
      let p = ptr.get(len) ?? 0;
      while (p < q.length && q[p] <= r) p++;
      ptr.set(len, p);
      if (p < q.length) {
        const m = q[p];
        codeEnd.set(runs[r], runs[m] + len);
        // skip runs inside this span
        const stop = runs[m];
        while (r + 2 < runs.length && runs[r + 2] <= stop) r += 2;
      }
    }
  }
  let nextClose = -1; // the next ) on the line after a link opener, or e
  for (let i = s; i < e; i++) {
    // nothing to do before the next special character
    i = specials.next(i);
    if (i >= e) break;
    const c = text.charCodeAt(i);
    if (c === 96) {
      const ce = codeEnd?.get(i);
      let j = i;
      while (j < e && text.charCodeAt(j) === 96) j++;
      if (ce !== undefined) {
        out.push({ start: i, end: ce });
        i = ce - 1;
      } else i = j - 1;
    } else if (c === 60) {
      // <!-- comment --> (may run over lines)
      if (text.startsWith('<!--', i)) {
        const ce = text.indexOf('-->', i + 4);
        const end = ce < 0 ? n : ce + 3;
        out.push({ start: i, end });
        if (end > e) return end;
        i = end - 1;
        continue;
      }
      // <scheme:...> autolink, <tag ...> or </tag>
      let j = i + 1;
      const c1 = text.charCodeAt(j);
      if (c1 === 47) j++;
      if (j < e && isLetterCode(text.charCodeAt(j))) {
        let k = j;
        while (k < e && (isLetterCode(text.charCodeAt(k)) || isDigitCode(text.charCodeAt(k)) || text.charCodeAt(k) === 45)) k++;
        const after = text.charCodeAt(k);
        const isScheme = after === 58 && c1 !== 47;
        const isTag = k < e && (after === 62 || after === 47 || isSpaceCode(after));
        if (isScheme || isTag) {
          let m = k;
          while (m < e && text.charCodeAt(m) !== 62 && text.charCodeAt(m) !== 60 && !(isScheme && isSpaceCode(text.charCodeAt(m)))) m++;
          if (m < e && text.charCodeAt(m) === 62) {
            out.push({ start: i, end: m + 1 });
            i = m;
          }
        }
      }
    } else if (c === 93 && i + 1 < e && text.charCodeAt(i + 1) === 40) {
      // ](target "title"); no ) left on the line: nothing to look for (keeps `](((( ...` linear)
      if (nextClose <= i + 1) {
        nextClose = i + 2;
        while (nextClose < e && text.charCodeAt(nextClose) !== 41) nextClose++;
      }
      if (nextClose >= e) continue;
      let depth = 0;
      let m = i + 1;
      const stop = Math.min(e, i + MAX_TARGET);
      for (; m < stop; m++) {
        const d = text.charCodeAt(m);
        if (d === 40) depth++;
        else if (d === 41 && --depth === 0) break;
      }
      if (m < stop) {
        out.push({ start: i + 1, end: m + 1 });
        i = m;
      }
    } else if (((c === 104 && text.charCodeAt(i + 1) === 116) || (c === 119 && text.charCodeAt(i + 1) === 119)) && (i === s || !(isLetterCode(text.charCodeAt(i - 1)) || isDigitCode(text.charCodeAt(i - 1))))) {
      // bare URL: http://, https://, www.
      const isUrl = text.startsWith('http://', i) || text.startsWith('https://', i) || text.startsWith('www.', i);
      if (isUrl) {
        let m = i;
        while (m < e && !URL_STOP(text.charCodeAt(m))) m++;
        // trailing punctuation is not part of the URL
        while (m > i) {
          const d = text.charCodeAt(m - 1);
          if (d === 46 || d === 44 || d === 59 || d === 58 || d === 33 || d === 63 || d === 41 || d === 39 || d === 0x2019) m--;
          else break;
        }
        out.push({ start: i, end: m });
        i = m - 1;
      }
    }
  }
  return e;
}

/** The masked regions of a Markdown text, sorted and merged. */
export function markdownMask(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let pos = 0;
  // front matter: `---` on the first line, up to the next `---` or `...` line
  let first = 0;
  if (text.charCodeAt(0) === 0xfeff) first = 1;
  if (text.startsWith('---', first)) {
    const le = lineEndAt(text, first);
    if (isBlank(text, first + 3, le)) {
      let ls = nextLine(text, le);
      while (ls < n) {
        const e2 = lineEndAt(text, ls);
        if ((text.startsWith('---', ls) || text.startsWith('...', ls)) && isBlank(text, ls + 3, e2)) {
          out.push({ start: first, end: e2 });
          pos = nextLine(text, e2);
          break;
        }
        ls = nextLine(text, e2);
      }
    }
  }
  let prevBlank = true;
  let inIndented = false;
  let inList = false;
  let fence: { ch: number; len: number; start: number } | null = null;
  const specials = new Specials(text);
  while (pos < n) {
    const le = lineEndAt(text, pos);
    const next = nextLine(text, le);
    const blank = isBlank(text, pos, le);
    if (fence) {
      const ind = indentOf(text, pos, le);
      const f = ind.cols < 4 ? fenceAt(text, ind.at, le) : null;
      if (f && f.ch === fence.ch && f.len >= fence.len && isBlank(text, ind.at + f.len, le)) {
        out.push({ start: fence.start, end: le });
        fence = null;
      }
      pos = next;
      prevBlank = false;
      continue;
    }
    if (blank) {
      prevBlank = true;
      pos = next;
      continue;
    }
    const ind = indentOf(text, pos, le);
    if (ind.cols >= 4 && (inIndented || (prevBlank && !inList))) {
      out.push({ start: pos, end: le });
      inIndented = true;
      prevBlank = false;
      pos = next;
      continue;
    }
    inIndented = false;
    if (ind.cols < 4) {
      const f = fenceAt(text, ind.at, le);
      if (f) {
        fence = { ...f, start: pos };
        pos = next;
        prevBlank = false;
        continue;
      }
      // reference definition: [label]: target
      if (text.charCodeAt(ind.at) === 91) {
        let close = -1;
        for (let k = ind.at + 1; k < le - 1; k++) {
          const d = text.charCodeAt(k);
          if (d === 93) { if (text.charCodeAt(k + 1) === 58) close = k; break; }
        }
        if (close > ind.at + 1) {
          out.push({ start: pos, end: le });
          pos = next;
          prevBlank = false;
          continue;
        }
      }
      if (prevBlank) inList = isListItem(text, ind.at, le);
      else if (isListItem(text, ind.at, le)) inList = true;
    }
    const resume = scanInline(text, ind.at, le, out, specials);
    pos = resume > le ? resume : next;
    prevBlank = false;
  }
  if (fence) out.push({ start: fence.start, end: n });
  return mergeSpans(out);
}

function lineEndAt(text: string, i: number): number {
  const e = text.indexOf('\n', i);
  return e < 0 ? text.length : e;
}

function nextLine(text: string, le: number): number {
  return le < text.length ? le + 1 : text.length;
}
