// Sentence and paragraph objects for segment(). With `reuse` (analyse(): the previous result is dropped
// before the next call, see tokens.ts) the objects of the previous call are overwritten rather than
// made anew: a draft re-analysed on every keystroke then makes no new ones. Bounded like the tokens.
import type { Sentence, Paragraph } from './types';

/** A class, so that every sentence has the same hidden class. */
class Sent implements Sentence {
  constructor(
    public start: number,
    public end: number,
    public tokenStart: number,
    public tokenEnd: number,
    public paragraph: number,
  ) {}
}

class Para implements Paragraph {
  constructor(
    public start: number,
    public end: number,
    public sentenceStart: number,
    public sentenceEnd: number,
  ) {}
}

/** The most objects of each kind kept for reuse. */
const POOL_MAX = 50_000;
const SENTS: Sent[] = [];
const PARAS: Para[] = [];
let reuse = false;
let nSent = 0;
let nPara = 0;

/** Starts a segmentation; reusing: objects of the previous one may be overwritten. */
export function beginSpans(reuseObjects: boolean): void {
  reuse = reuseObjects;
  nSent = 0;
  nPara = 0;
}

export function newSentence(start: number, end: number, tokenStart: number, tokenEnd: number, paragraph: number): Sentence {
  if (!reuse) return new Sent(start, end, tokenStart, tokenEnd, paragraph);
  const k = nSent++;
  if (k < SENTS.length) {
    const s = SENTS[k];
    s.start = start; s.end = end; s.tokenStart = tokenStart; s.tokenEnd = tokenEnd; s.paragraph = paragraph;
    return s;
  }
  const s = new Sent(start, end, tokenStart, tokenEnd, paragraph);
  if (k < POOL_MAX) SENTS.push(s);
  return s;
}

export function newParagraph(start: number, end: number, sentenceStart: number, sentenceEnd: number): Paragraph {
  if (!reuse) return new Para(start, end, sentenceStart, sentenceEnd);
  const k = nPara++;
  if (k < PARAS.length) {
    const p = PARAS[k];
    p.start = start; p.end = end; p.sentenceStart = sentenceStart; p.sentenceEnd = sentenceEnd;
    return p;
  }
  const p = new Para(start, end, sentenceStart, sentenceEnd);
  if (k < POOL_MAX) PARAS.push(p);
  return p;
}
