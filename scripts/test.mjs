#!/usr/bin/env node
// Runs every test: core and LSP tests with node's test runner (TypeScript through tsx), then the
// grammar tests and the workbench tests when their suites exist. Usage: node scripts/test.mjs [--fast]
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function find(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) continue;
    if (statSync(p).isDirectory()) find(p, out);
    else if (/\.test\.ts$/.test(name)) out.push(p);
  }
  return out;
}

const build = spawnSync('node', ['esbuild.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const files = ['test/core', 'test/lsp', 'test/cli', 'test/property', 'test/e2e'].flatMap((d) => { try { return find(d); } catch { return []; } }).sort();
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
let status = r.status ?? 1;

// Grammar tests (vscode-tmgrammar-test scope assertions + grammar node tests); see test/grammar/run.mjs.
const grammar = spawnSync(process.execPath, ['test/grammar/run.mjs'], { stdio: 'inherit' });
if (grammar.status !== 0) status ||= 1;

// Lint: ESLint flat config (typescript-eslint recommended; server/src/core imports nothing from vscode*).
console.log('\n# lint (eslint .)');
const lint = spawnSync(process.execPath, ['node_modules/eslint/bin/eslint.js', '.'], { stdio: 'inherit' });
if (lint.status !== 0) status ||= 1;
else console.log('lint: clean');

// Workbench tests: the extension in code-server (VS Code 1.100) through Playwright; see test/e2e/workbench.mjs.
// Skipped with a note when code-server is not installed, except in CI, where that is a failure.
if (!process.argv.includes('--fast')) {
  const { codeServerBin, CODE_SERVER_DIR } = await import('../test/workbench/codeServer.mjs');
  if (codeServerBin()) {
    const wb = spawnSync(process.execPath, ['test/e2e/workbench.mjs'], { stdio: 'inherit', timeout: 8 * 60_000 });
    if (wb.status !== 0) status ||= 1;
  } else if (process.env.CI) {
    console.error(`workbench tests: code-server is not installed in ${CODE_SERVER_DIR}; scripts/setup.sh installs it. Failing because CI is set.`);
    status ||= 1;
  } else {
    console.log(`workbench tests skipped: code-server is not installed in ${CODE_SERVER_DIR} (run: bash scripts/setup.sh)`);
  }
}
process.exit(status);
