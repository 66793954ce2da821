// Stdio framing that survives a broken client: a Transform in front of the JSON-RPC reader that passes
// well-framed messages through unchanged and, on a malformed header (no or a non-numeric
// Content-Length, a header line without ':', an absurd length), skips to the next `Content-Length:`
// instead of losing sync with the stream for good.
import { Transform, type TransformCallback } from 'node:stream';

const SEP = Buffer.from('\r\n\r\n');
const MAX_HEADER = 8 * 1024;
const MAX_BODY = 512 * 1024 * 1024;

export class FrameGuard extends Transform {
  private buf: Buffer = Buffer.alloc(0);
  /** Called with a description whenever bytes are skipped. */
  onSkip: (why: string) => void = () => undefined;

  override _transform(chunk: Buffer | string, _enc: BufferEncoding, done: TransformCallback): void {
    this.buf = this.buf.length ? Buffer.concat([this.buf, Buffer.from(chunk)]) : Buffer.from(chunk);
    try {
      this.drain();
    } catch (e) {
      this.onSkip(String(e));
      this.buf = Buffer.alloc(0);
    }
    done();
  }

  private drain(): void {
    for (;;) {
      if (this.buf.length === 0) return;
      const end = this.buf.indexOf(SEP);
      if (end < 0) {
        if (this.buf.length > MAX_HEADER) this.resync('header too long');
        else return;
        continue;
      }
      const length = parseHeader(this.buf.subarray(0, end).toString('ascii'));
      if (length === null) {
        this.resync('malformed header');
        continue;
      }
      const total = end + SEP.length + length;
      if (this.buf.length < total) return; // wait for the rest of the body
      this.push(this.buf.subarray(0, total));
      this.buf = this.buf.subarray(total);
    }
  }

  /** Drops bytes up to the next `Content-Length:` after the start (keeping a possible partial one). */
  private resync(why: string): void {
    const text = this.buf.toString('latin1');
    const m = /content-length:/gi;
    m.lastIndex = 1;
    const hit = m.exec(text);
    const cut = hit ? hit.index : Math.max(1, text.length - 16);
    this.onSkip(`${why}: skipped ${cut} bytes`);
    this.buf = this.buf.subarray(cut);
  }
}

/** The Content-Length of a header block, or null when the block is malformed. */
export function parseHeader(block: string): number | null {
  let length: number | null = null;
  for (const line of block.split('\r\n')) {
    const i = line.indexOf(':');
    if (i <= 0) return null;
    const key = line.slice(0, i).trim().toLowerCase();
    const value = line.slice(i + 1).trim();
    if (key === 'content-length') {
      if (!/^\d+$/.test(value)) return null;
      length = Number(value);
      if (length > MAX_BODY) return null;
    }
  }
  return length;
}
