// The analysis core is pure (architecture convention 1): server/src/core imports nothing from vscode or the
// LSP libraries, no node: or Node built-in module (no fs, path, process I/O), and no npm package unless it
// is deliberately allowed below. Relative imports stay inside server/src/core, or reach server/src/shared,
// whose files must then be pure too. ESLint's no-restricted-imports enforces the vscode part while editing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..');
const CORE = join(ROOT, 'server', 'src', 'core');
const SHARED = join(ROOT, 'server', 'src', 'shared');

/** npm packages the core may import (pure libraries, no I/O, no editor). Empty on purpose. */
const ALLOWED_PACKAGES: readonly string[] = [];

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, m.split('/')[0]!]));

function tsFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) tsFiles(p, out);
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** Every module specifier in a file: static and type imports, re-exports, import(), require(). */
export function specifiers(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

/** What is wrong with importing `spec` from `file`, or undefined when it is fine. */
export function violation(file: string, spec: string): string | undefined {
  if (/^vscode($|[-/])/.test(spec)) return 'editor/LSP module';
  if (spec.startsWith('node:') || BUILTINS.has(spec) || BUILTINS.has(spec.split('/')[0]!)) return 'Node built-in module';
  if (spec.startsWith('.')) {
    const target = resolve(dirname(file), spec);
    const inside = (dir: string) => target === dir || target.startsWith(dir + sep);
    return inside(CORE) || inside(SHARED) ? undefined : `relative import leaving the core (${relative(ROOT, target)})`;
  }
  const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
  return ALLOWED_PACKAGES.includes(pkg) ? undefined : 'npm package not in ALLOWED_PACKAGES';
}

function resolveTs(file: string, spec: string): string | undefined {
  const base = resolve(dirname(file), spec);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

test('the checker itself recognises every kind of import and every kind of violation', () => {
  const src = `import a from 'vscode';\nimport type { B } from "vscode-languageserver";\nexport * from './x';\n` +
    `const c = require('node:fs');\nconst d = import('path');\n// import e from 'vscode-languageclient' (a comment)\n`;
  assert.deepEqual(specifiers(src), ['vscode', 'vscode-languageserver', './x', 'node:fs', 'path']);
  const f = join(CORE, 'analyse.ts');
  assert.equal(violation(f, 'vscode'), 'editor/LSP module');
  assert.equal(violation(f, 'vscode-languageserver/node'), 'editor/LSP module');
  assert.equal(violation(f, 'vscode-languageclient'), 'editor/LSP module');
  assert.equal(violation(f, 'node:fs'), 'Node built-in module');
  assert.equal(violation(f, 'fs'), 'Node built-in module');
  assert.equal(violation(f, 'fs/promises'), 'Node built-in module');
  assert.match(violation(f, '../lsp/convert') ?? '', /leaving the core/);
  assert.equal(violation(f, 'left-pad'), 'npm package not in ALLOWED_PACKAGES');
  assert.equal(violation(f, './types'), undefined);
  assert.equal(violation(f, '../shared/settings'), undefined);
});

test('server/src/core (and the shared files it reaches) imports no editor, LSP, Node built-in or unlisted package', () => {
  const files = tsFiles(CORE);
  assert.ok(files.length > 0, 'no core files found');
  const seen = new Set<string>();
  const problems: string[] = [];
  const queue = [...files];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      const why = violation(file, spec);
      if (why) problems.push(`${relative(ROOT, file)}: '${spec}' (${why})`);
      else if (spec.startsWith('.')) {
        const target = resolveTs(file, spec);
        if (target && target.startsWith(SHARED + sep)) queue.push(target); // shared files the core uses must be pure too
      }
    }
  }
  assert.deepEqual(problems, [], `the core must stay editor-free and pure:\n${problems.join('\n')}`);
});
