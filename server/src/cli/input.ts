// Reading a draft: from a file or standard input, checked before analysis. Each failure becomes one
// clear line naming the file; nothing here throws. The text keeps a byte-order mark, so offsets are
// into the text exactly as read from disk.
import { createReadStream, promises as fs } from 'node:fs';
import type { Readable } from 'node:stream';
import type { Lang } from '../core/types';
import { MSG, formatBytes } from './messages';

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

const BINARY_PROBE = 8 * 1024;

/** Checks and decodes bytes read from `name`. */
export function decode(lang: Lang, name: string, bytes: Uint8Array): ReadResult {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return { ok: false, message: MSG.utf16(lang, name) };
  const probe = bytes.subarray(0, BINARY_PROBE);
  if (probe.includes(0)) return { ok: false, message: MSG.binary(lang, name) };
  try {
    // ignoreBOM: keep a byte-order mark in the text (offsets count it, as in the file).
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, message: MSG.notUtf8(lang, name, String(firstInvalidUtf8(bytes))) };
  }
}

/** The offset of the first byte that is not valid UTF-8 (for the message), or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let n: number;
    let min: number;
    if (c < 0x80) { i++; continue; }
    else if (c >= 0xc2 && c <= 0xdf) { n = 1; min = 0x80; }
    else if (c >= 0xe0 && c <= 0xef) { n = 2; min = 0x800; }
    else if (c >= 0xf0 && c <= 0xf4) { n = 3; min = 0x10000; }
    else return i;
    if (i + n >= b.length) return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

export async function readFileChecked(lang: Lang, name: string, maxSize: number): Promise<ReadResult> {
  let st;
  try {
    st = await fs.stat(name);
  } catch (e) {
    return { ok: false, message: ioMessage(lang, name, e) };
  }
  if (st.isDirectory()) return { ok: false, message: MSG.isDirectory(lang, name) };
  if (!st.isFile() && !st.isFIFO() && !st.isCharacterDevice()) return { ok: false, message: MSG.notFile(lang, name) };
  if (st.isFile() && st.size > maxSize) return { ok: false, message: MSG.tooLarge(lang, name, formatBytes(lang, st.size), formatBytes(lang, maxSize)) };
  let bytes: Buffer;
  try {
    bytes = st.isFile() ? await fs.readFile(name) : await readLimited(lang, name, createReadStream(name), maxSize);
  } catch (e) {
    if (e instanceof TooLarge) return { ok: false, message: e.message };
    return { ok: false, message: ioMessage(lang, name, e) };
  }
  if (bytes.length > maxSize) return { ok: false, message: MSG.tooLarge(lang, name, formatBytes(lang, bytes.length), formatBytes(lang, maxSize)) };
  return decode(lang, name, bytes);
}

export async function readStreamChecked(lang: Lang, name: string, stream: Readable, maxSize: number): Promise<ReadResult> {
  try {
    return decode(lang, name, await readLimited(lang, name, stream, maxSize));
  } catch (e) {
    if (e instanceof TooLarge) return { ok: false, message: e.message };
    return { ok: false, message: ioMessage(lang, name, e) };
  }
}

class TooLarge extends Error {}

async function readLimited(lang: Lang, name: string, stream: Readable, maxSize: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > maxSize) {
      stream.destroy();
      throw new TooLarge(MSG.tooLarge(lang, name, `> ${formatBytes(lang, maxSize)}`, formatBytes(lang, maxSize)));
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

function ioMessage(lang: Lang, name: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return MSG.notFound(lang, name);
  if (code === 'EISDIR') return MSG.isDirectory(lang, name);
  return MSG.unreadable(lang, name, code ?? (e instanceof Error ? e.message : String(e)));
}
