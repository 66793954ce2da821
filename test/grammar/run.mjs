#!/usr/bin/env node
// Runs the grammar tests: (1) the scope assertions in test/grammar/*.test.{txt,md} with vscode-tmgrammar-test
// against small stand-in base grammars (grammar contributions and injectTo come from package.json);
// (2) the Markdown file again against VS Code's real Markdown and HTML grammars when a local VS Code or
// code-server is found (nothing is downloaded); (3) the node tests in test/grammar/*.test.ts (generated
// JSON up to date, linear time on pathological lines, precision/recall on the gold corpus).
// Usage: node test/grammar/run.mjs        Exit code: 0 when everything passes.
import { existsSync, readdirSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const rel = (p) => relative(root, p) || '.';
const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve('vscode-tmgrammar-test/package.json')), 'dist', 'unit.js');

function run(title, args) {
  console.log(`\n# ${title}`);
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  return r.status === 0;
}

let ok = true;
const stubs = ['plain', 'markdown'].flatMap((s) => ['-g', rel(join(here, 'stubs', `${s}.tmLanguage.json`))]);
ok = run('grammar scope tests (stub base grammars)', [cli, '--compact', ...stubs, rel(here) + '/*.test.{txt,md}']) && ok;

// VS Code's own Markdown grammar, if a local copy exists (code-server for the workbench tests, or VS Code).
const codeServerDir = process.env.BRONWIJZER_CODE_SERVER_DIR ?? join(root, '.work', 'code-server'); // as test/workbench/codeServer.mjs
const candidates = [
  join(codeServerDir, 'node_modules', 'code-server', 'lib', 'vscode', 'extensions'),
  join(root, '.vscode-test'),
  '/usr/share/code/resources/app/extensions',
  '/usr/lib/code-server/lib/vscode/extensions',
];
function findExtensionsDir() {
  for (const c of candidates) {
    if (existsSync(join(c, 'markdown-basics', 'syntaxes', 'markdown.tmLanguage.json'))) return c;
    // .vscode-test/vscode-linux-x64-1.x/resources/app/extensions
    if (existsSync(c) && c.endsWith('.vscode-test')) {
      for (const d of readdirSync(c)) {
        const e = join(c, d, 'resources', 'app', 'extensions');
        if (existsSync(join(e, 'markdown-basics', 'syntaxes', 'markdown.tmLanguage.json'))) return e;
      }
    }
  }
  return undefined;
}
const ext = findExtensionsDir();
if (ext) {
  const real = [
    join(ext, 'markdown-basics', 'syntaxes', 'markdown.tmLanguage.json'),
    join(ext, 'html', 'syntaxes', 'html.tmLanguage.json'),
    join(ext, 'html', 'syntaxes', 'html-derivative.tmLanguage.json'),
  ].filter(existsSync).flatMap((g) => ['-g', g]);
  console.log(`\n# Markdown scope tests against VS Code's own grammar (${ext})`);
  // The real grammar embeds dozens of languages; the "grammar not found" lines for them are noise.
  const r = spawnSync(process.execPath, [cli, '--compact', ...real, rel(here) + '/*.test.md'], { cwd: root, encoding: 'utf8' });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr.split('\n').filter((l) => !l.startsWith('grammar not found')).join('\n'));
  ok = r.status === 0 && ok;
} else {
  console.log("\n# (no local VS Code Markdown grammar found: Markdown tested against the stub only)");
}

const nodeTests = readdirSync(here).filter((f) => f.endsWith('.test.ts')).map((f) => rel(join(here, f)));
ok = run('grammar node tests', ['--import', 'tsx', '--test', '--test-reporter=spec', ...nodeTests]) && ok;

process.exit(ok ? 0 : 1);
