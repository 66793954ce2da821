// The ONLY place that turns UTF-16 offsets (the core's Span) into LSP positions and back.
import type { Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from '../core/types';
import type { WireRange } from '../shared/protocol';

function clamp(doc: TextDocument, offset: number): number {
  const n = doc.getText().length;
  if (!Number.isFinite(offset) || offset < 0) return 0;
  return offset > n ? n : Math.floor(offset);
}

export function toPosition(doc: TextDocument, offset: number): Position {
  return doc.positionAt(clamp(doc, offset));
}

export function toRange(doc: TextDocument, span: Span): Range {
  const start = clamp(doc, span.start);
  const end = Math.max(start, clamp(doc, span.end));
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export const toWireRange: (doc: TextDocument, span: Span) => WireRange = toRange;

/** A position from a client, possibly past the end or malformed, as an offset inside the text. */
export function toOffset(doc: TextDocument, pos: Position | undefined | null): number {
  if (!pos || typeof pos !== 'object') return 0;
  const line = Number.isFinite(pos.line) ? Math.max(0, Math.floor(pos.line)) : 0;
  const character = Number.isFinite(pos.character) ? Math.max(0, Math.floor(pos.character)) : 0;
  return doc.offsetAt({ line, character });
}

export function toSpan(doc: TextDocument, range: Range | undefined | null): Span {
  if (!range || typeof range !== 'object') return { start: 0, end: 0 };
  const start = toOffset(doc, range.start);
  return { start, end: Math.max(start, toOffset(doc, range.end)) };
}

/** 0-based line of an offset. */
export function lineOf(doc: TextDocument, offset: number): number {
  return doc.positionAt(clamp(doc, offset)).line;
}

/** Offset of the start of the line containing `offset`. */
export function lineStartOffset(doc: TextDocument, offset: number): number {
  return doc.offsetAt({ line: lineOf(doc, offset), character: 0 });
}

/**
 * A span cut into single-line pieces (LSP semantic tokens are single-line), line breaks excluded.
 */
export function lineSegments(doc: TextDocument, span: Span): { line: number; character: number; length: number }[] {
  const text = doc.getText();
  const start = clamp(doc, span.start);
  const end = clamp(doc, span.end);
  const out: { line: number; character: number; length: number }[] = [];
  let s = start;
  while (s < end) {
    let e = s;
    while (e < end && text[e] !== '\n' && text[e] !== '\r') e++;
    if (e > s) {
      const p = doc.positionAt(s);
      out.push({ line: p.line, character: p.character, length: e - s });
    }
    s = e;
    while (s < end && (text[s] === '\n' || text[s] === '\r')) s++;
  }
  return out;
}
