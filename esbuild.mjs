// One script, one esbuild context per bundle: client, server, cli.
//   node esbuild.mjs               development build (source maps)
//   node esbuild.mjs --production  minified release build
//   node esbuild.mjs --watch       rebuild on change
import * as esbuild from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
  // esbuild's table says Node lacks \p{…} in regular expressions and rewrites each such literal to
  // `new RegExp(…)`, built anew on every call; Node 20 has them.
  supported: { 'regexp-unicode-property-escapes': true },
};

/**
 * The bundle as pure ASCII. esbuild escapes non-ASCII characters in strings but leaves them in regular
 * expression literals (`’`, `…`, `à-ÿ`); a single character above U+00FF makes V8 hold the whole script
 * source, which it keeps for lazy compilation, as a two-byte string (twice the bytes). `\uXXXX` means
 * the same in a regex literal, with or without the u flag (a character above U+FFFF becomes its
 * surrogate pair, which a u-flag pattern reads as one character). The source map's generated columns
 * are shifted to match.
 */
const asciiOutput = {
  name: 'ascii-output',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length) return;
      const file = build.initialOptions.outfile;
      const text = readFileSync(file, 'utf8');
      if (/^[\p{ASCII}]*$/u.test(text)) return;
      // `\’` (an identity escape) would become `\\u2019`: none today; stop rather than change a pattern
      if (/\\[^\p{ASCII}]/u.test(text)) throw new Error(`${file}: a non-ASCII character after a backslash`);
      const lines = text.split('\n');
      const shifts = lines.map(() => []); // per line: the columns where 5 characters were inserted
      const out = lines.map((line, l) =>
        line.replace(/[^\p{ASCII}]/gu, (c, at) => {
          let esc = '';
          for (let i = 0; i < c.length; i++) {
            shifts[l].push(at + i);
            esc += `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`;
          }
          return esc;
        }),
      );
      writeFileSync(file, out.join('\n'));
      const mapFile = `${file}.map`;
      if (build.initialOptions.sourcemap && existsSync(mapFile)) {
        const map = JSON.parse(readFileSync(mapFile, 'utf8'));
        map.mappings = shiftColumns(map.mappings, shifts);
        writeFileSync(mapFile, JSON.stringify(map));
      }
    });
  },
};

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Source map VLQ: a segment's fields. */
function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = shift = 0;
    }
  }
  return values;
}
function encodeVlq(values) {
  let out = '';
  for (const v of values) {
    let x = v < 0 ? (-v << 1) | 1 : v << 1;
    do {
      let digit = x & 31;
      x >>>= 5;
      if (x) digit |= 32;
      out += B64[digit];
    } while (x);
  }
  return out;
}
/** Moves each generated column by 5 per escaped UTF-16 unit before it on its line. */
function shiftColumns(mappings, shifts) {
  return mappings
    .split(';')
    .map((line, l) => {
      const at = shifts[l];
      if (!at?.length || !line) return line;
      let col = 0;
      let shifted = 0;
      return line
        .split(',')
        .map((seg) => {
          const f = decodeVlq(seg);
          col += f[0];
          const moved = col + 5 * at.filter((c) => c < col).length;
          f[0] = moved - shifted;
          shifted = moved;
          return encodeVlq(f);
        })
        .join(',');
    })
    .join(';');
}

const bundles = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] },
  // The language server stays resident: whitespace and syntax minified even in development builds (less
  // source and bytecode for V8 to keep: 1-2 MB of heap; identifiers are kept, so stack traces stay
  // readable, and the linked source map maps positions back), and ASCII only.
  {
    entryPoints: ['server/src/lsp/server.ts'],
    outfile: 'server/out/server.js',
    minifyWhitespace: true,
    minifySyntax: true,
    plugins: [asciiOutput],
  },
  { entryPoints: ['server/src/cli.ts'], outfile: 'server/out/cli.js' },
];

const contexts = await Promise.all(bundles.map((b) => esbuild.context({ ...common, ...b })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('esbuild: watching client, server and cli');
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
