// Hostile-input generators: token soup of Dutch news pieces and every awkward character, arbitrary
// Unicode (lone surrogates included), and mutations of the real drafts in ../shared/corpus/dev.
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SEED = Number(process.env.FC_SEED ?? 20261125);

export const CORPUS_DIR = process.env.BRONWIJZER_CORPUS ?? resolve(__dirname, '../../../shared/corpus/dev');
export const CORPUS: string[] = existsSync(CORPUS_DIR)
  ? readdirSync(CORPUS_DIR)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(CORPUS_DIR, f), 'utf8'))
  : [];

export const MARKS = ['"', '“', '”', '„', '‘', '’', "'", '‚', '«', '»', '‹', '›', '``', "''", ',,', '「', '」'];
export const WORDS = [
  'zei', 'zegt', 'zeggen', 'volgens', 'aldus', 'zou', 'zouden', 'naar verluidt', 'mogelijk', 'vermoedelijk', 'liet weten', 'laat', 'weten',
  'kondigde', 'aan', 'ontkent', 'weerspreekt', 'betwist', 'de minister', 'de woordvoerder', 'hij', 'zij', 'ze', 'het', 'Jan de Vries',
  'Gladkov', 'Vjatsjeslav Gladkov', 'Podoljak', 'Podaljak', 'de gouverneur van de regio', 'ingewijden', 'experts', 'bronnen rond het kabinet',
  'op Telegram', 'tegen CNN', 'de NOS', 'ANP', 'dat', 'en', 'maar', 'echter', 'Volgens', 'Zij', 'Hij', 'De', 'In', 'Kyiv', 'Belgorod', "'s",
  'dr.', 'mr.', 'o.a.', 'Drs.', 'Mevr.', 'ca.', '1.000', '3,5', '20:30',
];
const ODD = [
  '\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\ufeff', '\u200b', '\u200d', '\u200e', '\u200f',
  '\u202e', '\u2066', '\u0301', '\u0308', 'e\u0301', '\ufffd', '\ud800', '\udc00', '\udbff', '\udfff', '😀', '👩‍👩‍👧', '🇳🇱', '𝔸',
  'مرحبا', 'שלום', 'Привет', '中文', 'İ', 'ß', 'ﬁ', 'Ǆ', '\t', '\v', '\f',
];
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '. ', '! ', '? ', ': ', '; ', ', ', ' — ', ' - ', '…', '...', '(', ')', '[', ']'];
const MD = ['<!--', '-->', '<!-- bronwijzer-disable -->', '<!-- bronwijzer-enable -->', '<!-- bronwijzer-disable-next-line -->', '```', '`', '---\n', '# ', '> ', '* ', '[', '](http://x)', '<br>', '&quot;', '\\"'];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(' ', ' ', ' ', '  ') },
  { weight: 4, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 3, arbitrary: fc.constantFrom(...BREAKS) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.constantFrom(...MD) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
);

/** News-like token soup with every awkward character mixed in. */
export const soup = (maxLength = 80) => fc.array(piece, { maxLength }).map((a) => a.join(''));
/** Any code point (astral included). */
export const unicode = fc.string({ unit: 'binary', maxLength: 200 });
/** Any UTF-16 code unit: lone surrogates, NUL, controls. */
export const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 });
/** Printable text with combining marks, RTL and line breaks in it. */
export const graphemes = fc.string({ unit: 'grapheme', maxLength: 120 });

export const anyText = fc.oneof({ weight: 4, arbitrary: soup() }, { weight: 1, arbitrary: unicode }, { weight: 1, arbitrary: codeUnits }, { weight: 1, arbitrary: graphemes });

type Op = { kind: 'delete-mark' | 'duplicate-mark' | 'swap' | 'insert' | 'delete-range' | 'crlf'; at: number; what: string };

const op: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom('delete-mark', 'duplicate-mark', 'swap', 'insert', 'insert', 'delete-range', 'crlf'),
  at: fc.nat(),
  what: fc.oneof(fc.constantFrom(...WORDS.map((w) => ` ${w} `)), fc.constantFrom(...MARKS), fc.constantFrom(...ODD), fc.constantFrom(...BREAKS)),
}) as fc.Arbitrary<Op>;

const MARK_RE = /["“”„‘’'‚«»‹›]/g;

export function mutate(text: string, ops: readonly Op[]): string {
  let t = text;
  for (const o of ops) {
    if (t.length === 0) return o.what;
    const at = o.at % t.length;
    const marks = [...t.matchAll(MARK_RE)].map((m) => m.index!);
    const m = marks.length ? marks[o.at % marks.length] : at;
    switch (o.kind) {
      case 'delete-mark':
        t = t.slice(0, m) + t.slice(m + 1);
        break;
      case 'duplicate-mark':
        t = t.slice(0, m) + t[m] + t.slice(m);
        break;
      case 'swap':
        t = at + 1 < t.length ? t.slice(0, at) + t[at + 1] + t[at] + t.slice(at + 2) : t;
        break;
      case 'insert':
        t = t.slice(0, at) + o.what + t.slice(at);
        break;
      case 'delete-range':
        t = t.slice(0, at) + t.slice(at + 1 + (o.what.length % 40));
        break;
      case 'crlf':
        t = t.replace(/\n/g, '\r\n');
        break;
    }
  }
  return t;
}

/** A real draft with some damage done to it. */
export const mutatedDraft = fc
  .record({ doc: fc.nat(), ops: fc.array(op, { minLength: 1, maxLength: 8 }) })
  .map(({ doc, ops }) => (CORPUS.length ? mutate(CORPUS[doc % CORPUS.length], ops) : ''));
