#!/usr/bin/env node
// Runs the extension-host suite (test/exthost/suite.ts) in a desktop VS Code with @vscode/test-electron,
// where one is installed. Nothing is downloaded: point VSCODE_EXECUTABLE at the `code` binary.
//   VSCODE_EXECUTABLE=/usr/share/code/code node test/exthost/electron.mjs
// (On these machines there is no desktop VS Code; test/e2e/workbench.mjs runs the same suite in code-server.)
import { runTests } from '@vscode/test-electron';
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE;
if (!vscodeExecutablePath) {
  console.error('Set VSCODE_EXECUTABLE to a desktop VS Code binary (nothing is downloaded).');
  process.exit(2);
}
const outfile = join(root, 'test/exthost/out/suite.js');
await esbuild.build({
  entryPoints: [join(root, 'test/exthost/suite.ts')], outfile, bundle: true, platform: 'node', format: 'cjs',
  target: 'node20', external: ['vscode'], sourcemap: 'inline', logLevel: 'warning',
});
const tmp = mkdtempSync(join(tmpdir(), 'bronwijzer-electron-'));
const ws = join(tmp, 'ws');
mkdirSync(ws);
copyFileSync(process.env.BRONWIJZER_EXAMPLE ?? join(root, '../shared/corpus/dev/belgorod.txt'), join(ws, 'belgorod.txt'));
for (const f of readdirSync(join(root, 'test/exthost/workspace'))) copyFileSync(join(root, 'test/exthost/workspace', f), join(ws, f));
try {
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: root,
    extensionTestsPath: outfile,
    launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', join(tmp, 'user-data'), '--extensions-dir', join(tmp, 'extensions')],
  });
} catch (e) {
  console.error(`extension-host tests failed: ${e}`);
  process.exit(1);
}
