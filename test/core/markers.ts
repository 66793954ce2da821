// Span markers for inline test drafts: `[[...]]` around each expected span. `strip` removes the
// markers and returns the plain draft with the spans (offsets into the plain draft), in text order.
import type { Span } from '../../server/src/core/types';

export interface Marked {
  text: string;
  spans: Span[];
}

export function strip(marked: string, open = '[[', close = ']]'): Marked {
  let text = '';
  const spans: Span[] = [];
  const stack: number[] = [];
  let i = 0;
  while (i < marked.length) {
    if (marked.startsWith(open, i)) {
      stack.push(text.length);
      i += open.length;
    } else if (marked.startsWith(close, i) && stack.length > 0) {
      spans.push({ start: stack.pop()!, end: text.length });
      i += close.length;
    } else {
      text += marked[i];
      i++;
    }
  }
  if (stack.length) throw new Error(`unclosed ${open} in test draft: ${marked}`);
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return { text, spans };
}

/** The spans of items as plain {start, end}, sorted, for deepEqual against `strip(...).spans`. */
export function spansOf(items: readonly Span[]): Span[] {
  return items.map((s) => ({ start: s.start, end: s.end })).sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The texts of spans, for readable assertion failures. */
export function textsOf(text: string, spans: readonly Span[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}
