// The text layer's output: what every later stage of the pipeline reads. Offsets as in ../types.ts.
import type { Span } from '../types';

export type TokenKind = 'word' | 'number' | 'punct' | 'quote';

export interface Token extends Span {
  /** The token's text as in the document. */
  text: string;
  /** Lower-cased (for lexicon look-ups). */
  lower: string;
  kind: TokenKind;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Index of the sentence the token is in. */
  sentence: number;
  /** Index of the quotation (in Segmented.quotes) the token is inside, or -1. */
  inQuote: number;
}

export interface Sentence extends Span {
  /** Tokens [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  paragraph: number;
}

export interface Paragraph extends Span {
  /** Sentences [sentenceStart, sentenceEnd). */
  sentenceStart: number;
  sentenceEnd: number;
}

/** A matched pair of quotation marks. */
export interface RawQuote extends Span {
  /** Between the marks. */
  inner: Span;
  /** 'speech': a real quotation; 'term': marks around a name, title or term nobody is quoted as saying. */
  kind: 'speech' | 'term';
}

export interface Segmented {
  text: string;
  /** Regions not analysed (Markdown code, front matter, HTML comments, link targets, suppressed regions). */
  masked: Span[];
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
  quotes: RawQuote[];
}
