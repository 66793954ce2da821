// The benchmark's inputs, generated deterministically: the dev corpus, drafts built from its
// sentences, and the adversarial inputs of issue 5.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS_DIR = process.env.BRONWIJZER_CORPUS ?? resolve(ROOT, '../shared/corpus/dev');

/** The dev corpus ({ name, text }), or [] when ../shared is absent. */
export function corpus() {
  if (!existsSync(CORPUS_DIR)) return [];
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f.replace(/\.txt$/, ''), text: readFileSync(join(CORPUS_DIR, f), 'utf8') }));
}

const FALLBACK = [
  'Burgemeester Jan de Vries zei dinsdag dat de brug dicht blijft.',
  '"Dat is onaanvaardbaar", aldus een woordvoerder van de provincie.',
  'Volgens ingewijden zou het kabinet het besluit al hebben genomen.',
  'De minister ontkent dat op Telegram.',
];

/** Every sentence of the corpus, in order (a crude split: enough to build drafts from). */
export function sentences(docs = corpus()) {
  const out = [];
  for (const d of docs) for (const p of d.text.split(/\n\s*\n/)) for (const s of p.match(/[^.!?]+[.!?]+["”’]?\s*|[^.!?]+$/g) ?? []) if (s.trim()) out.push(s.trim());
  return out.length ? out : FALLBACK;
}

/** A small deterministic PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A draft of corpus sentences in a seeded order, paragraphs of 2 to 5 sentences, until `words` words. */
export function draftOfWords(words, seed = 42) {
  const s = sentences();
  const r = rng(seed);
  const paras = [];
  let n = 0;
  while (n < words) {
    const para = [];
    const k = 2 + Math.floor(r() * 4);
    for (let i = 0; i < k && n < words; i++) {
      const x = s[Math.floor(r() * s.length)];
      para.push(x);
      n += x.split(/\s+/).length;
    }
    paras.push(para.join(' '));
  }
  return paras.join('\n\n') + '\n';
}

/** A draft of about `bytes` UTF-8 bytes built the same way. */
export function draftOfBytes(bytes, seed = 7) {
  const s = sentences();
  const r = rng(seed);
  let out = '';
  let sinceBreak = 0;
  for (;;) {
    const x = s[Math.floor(r() * s.length)];
    const sep = out === '' ? '' : sinceBreak >= 3 ? '\n\n' : ' ';
    if (Buffer.byteLength(out + sep + x) > bytes) break;
    out += sep + x;
    sinceBreak = sep === '\n\n' ? 0 : sinceBreak + 1;
  }
  return out;
}

const CAPS = ['Jan', 'De', 'Vries', 'Amsterdam', 'Kyiv', 'Belgorod', 'Gladkov', 'Oekraïne', 'Rusland', 'Podoljak', 'Suspilne', 'NOS', 'Rutte', 'Den', 'Haag'];
const N = 100_000;

/** The adversarial inputs: name -> generator (run inside a worker, so each gets a fresh heap). */
export const ADVERSARIAL = {
  [`${N.toLocaleString('en')} unbalanced “ openers`]: () => 'Hij zei “ja en '.repeat(N),
  [`${N.toLocaleString('en')} lone " marks`]: () => 'woord " '.repeat(N),
  [`${N.toLocaleString('en')} × zou`]: () => 'zou '.repeat(N),
  ['one 5 MB line without spaces']: () => 'Volgensdeministerzouhet'.repeat(Math.ceil((5 * 2 ** 20) / 23)).slice(0, 5 * 2 ** 20),
  [`${N.toLocaleString('en')} capitalised words in a row`]: () => Array.from({ length: N }, (_, i) => CAPS[i % CAPS.length]).join(' ') + '.',
  [`volgens volgens … (${N.toLocaleString('en')})`]: () => 'volgens '.repeat(N),
  [`${N.toLocaleString('en')} ,, openers`]: () => ',,woord '.repeat(N),
  [`${N.toLocaleString('en')} “ ‘ « ‹ nested, then closed`]: () => '“‘«‹'.repeat(N / 4) + ' zei hij ' + '›»’”'.repeat(N / 4),
  [`${N.toLocaleString('en')} alternating " '`]: () => `"'`.repeat(N / 2) + ' en zij zei: ' + `'"`.repeat(N / 2),
  [`${N.toLocaleString('en')} × "zei hij." sentences`]: () => '"Ja," zei hij. '.repeat(N),
  ['a 20 MB draft (corpus repeated)']: () => {
    const c = corpus().map((d) => d.text).join('\n\n') || sentences().join(' ');
    return c.repeat(Math.ceil((20 * 2 ** 20) / Buffer.byteLength(c)));
  },
};
