#!/usr/bin/env node
// Guards refactorings that must not change results (speed work): analyses a fixed set of inputs (the
// dev corpus, the held-out articles, drafts built from corpus sentences, plain text and Markdown) and
// writes one hash per input, or compares with a file written before.
//   node scripts/snapshot.mjs --write FILE [--core BUNDLE]   (default: bundles bench/core.ts first)
//   node scripts/snapshot.mjs --check FILE        (exit 1 and the first differing field on a change)
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT, corpus, draftOfWords } from '../bench/inputs.mjs';

const args = process.argv.slice(2);
const opt = (k) => (args.includes(k) ? args[args.indexOf(k) + 1] : undefined);
// without --core: bundle this checkout's analyser first (bench/core.ts -> bench/out/core.cjs)
if (!opt('--core')) {
  const esbuild = await import('esbuild');
  await esbuild.build({ entryPoints: [join(ROOT, 'bench/core.ts')], outfile: join(ROOT, 'bench/out/core.cjs'), bundle: true, platform: 'node', target: 'node20', supported: { 'regexp-unicode-property-escapes': true }, format: 'cjs', logLevel: 'warning' });
}
const core = resolve(opt('--core') ?? join(ROOT, 'bench/out/core.cjs'));
const { analyse } = createRequire(import.meta.url)(core);

const inputs = [];
for (const d of corpus()) inputs.push([`dev/${d.name}`, d.text]);
const held = join(ROOT, 'test/fixtures/heldout');
if (existsSync(held)) for (const f of readdirSync(held).filter((f) => f.endsWith('.txt')).sort()) inputs.push([`heldout/${f}`, readFileSync(join(held, f), 'utf8')]);
for (const seed of [1, 2, 3, 4, 5]) inputs.push([`draft-3000-${seed}`, draftOfWords(3000, seed)]);
inputs.push(['draft-20000', draftOfWords(20000)]);
const withMd = inputs.slice(0, 9).map(([n, t]) => [`${n} (markdown)`, `---\ntitle: x\n---\n# Kop\n\n${t}\n\n\`\`\`\ncode "niet"\n\`\`\`\n`]);

const results = {};
const full = {};
for (const [name, text] of [...inputs, ...withMd]) {
  const format = name.endsWith('(markdown)') ? 'markdown' : 'plaintext';
  const a = analyse(text, { format });
  // twice, with another text in between: nothing may leak from one analysis into the next
  analyse('Jansen zei: "Nee." Volgens De Vries zou het anders zijn.', { format });
  const b = JSON.stringify(analyse(text, { format }));
  const s = JSON.stringify(a);
  if (s !== b) { console.error(`${name}: a second analysis of the same text differs`); process.exitCode = 1; }
  results[name] = createHash('sha256').update(s).digest('hex').slice(0, 16);
  full[name] = a;
}

if (opt('--write')) {
  writeFileSync(opt('--write'), JSON.stringify({ results, full }, null, 0));
  console.log(`${Object.keys(results).length} inputs written to ${opt('--write')}`);
} else if (opt('--check')) {
  const old = JSON.parse(readFileSync(opt('--check'), 'utf8'));
  let bad = 0;
  for (const [name, h] of Object.entries(results)) {
    if (old.results[name] === h) continue;
    bad++;
    console.log(`${name}: changed — ${firstDiff(old.full[name], full[name]) ?? '?'}`);
  }
  console.log(bad ? `${bad} of ${Object.keys(results).length} inputs changed` : `all ${Object.keys(results).length} inputs unchanged`);
  if (bad) process.exitCode = 1;
} else {
  console.error('usage: snapshot.mjs --write FILE | --check FILE [--core FILE]');
  process.exitCode = 2;
}

function firstDiff(a, b, path = '') {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDiff(a[k], b[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 200)} → ${JSON.stringify(b)?.slice(0, 200)}`;
}
