#!/usr/bin/env node
// Opens the example draft in a real VS Code workbench in the browser (code-server) with the extension
// loaded from this working tree, and prints the address. Stop with Ctrl+C.
//   npm run try                      # the example draft (../shared/corpus/dev/belgorod.txt)
//   npm run try -- path/to/draft.md  # another draft
//   PORT=8080 npm run try            # a fixed port (default: a free one)
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { ROOT, codeServerBin, startCodeServer } from '../test/workbench/codeServer.mjs';

const draft = resolve(process.argv[2] ?? join(ROOT, '../shared/corpus/dev/belgorod.txt'));
if (!existsSync(draft)) {
  console.error(`No such draft: ${draft}`);
  process.exit(2);
}
if (!codeServerBin()) {
  console.error('code-server is not installed; run: bash scripts/setup.sh');
  process.exit(2);
}
const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const tmp = mkdtempSync(join(tmpdir(), 'bronwijzer-try-'));
const ws = join(tmp, 'workspace');
mkdirSync(ws);
copyFileSync(draft, join(ws, basename(draft)));
const server = await startCodeServer({
  tmp,
  port: process.env.PORT ? Number(process.env.PORT) : undefined,
  settings: { 'editor.wordWrap': 'on', 'workbench.startupEditor': 'none' },
});
const url = server.url({ folder: ws, openFile: join(ws, basename(draft)) });
console.log(`\nBronwijzer is running in VS Code (code-server) with ${basename(draft)} in a temporary workspace:\n\n  ${url}\n\nPress Ctrl+C to stop.`);
const stop = async () => {
  await server.stop();
  rmSync(tmp, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
await new Promise(() => {});
