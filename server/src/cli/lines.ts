// Offsets -> 1-based line and column: a line-start table and a binary search. Line breaks are LF,
// CRLF (one break) and a lone CR, as in editors and LSP. Columns count UTF-16 code units (the unit of
// the offsets, of VS Code and of SARIF's default `columnKind`). A byte-order mark at the start of the
// text is part of the offsets (the text as read from disk) but not of the columns (editors hide it).

export interface LineCol {
  /** 1-based. */
  line: number;
  /** 1-based, UTF-16 code units. */
  column: number;
}

export class LineIndex {
  private readonly starts: number[];
  private readonly bom: boolean;

  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
    this.bom = text.charCodeAt(0) === 0xfeff;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The line and column of an offset (clamped into the text). */
  position(offset: number): LineCol {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    let column = o - this.starts[lo] + 1;
    if (lo === 0 && this.bom && o > 0) column -= 1;
    return { line: lo + 1, column };
  }
}
