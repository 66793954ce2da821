// A second LSP client: headless Neovim receives the example draft's diagnostics from the bundled
// server (test/nvim/check.lua). Skipped, with a message, only when `nvim` is not installed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyse } from '../../server/src/core';
import { ROOT } from './client';

// The example draft (a copy of the shared corpus's belgorod.txt, as test data).
const EXAMPLE = join(ROOT, 'test', 'nvim', 'belgorod.txt');
const hasNvim = spawnSync('nvim', ['--version']).status === 0;

test('Neovim (headless) receives the example draft\'s diagnostics', { skip: hasNvim ? false : 'nvim is not installed (apt-get install neovim)' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'bronwijzer-nvim-'));
  for (const x of ['config', 'data', 'cache', 'state']) mkdirSync(join(dir, x));
  const draft = join(dir, 'belgorod.md');
  copyFileSync(EXAMPLE, draft);
  chmodSync(draft, 0o644);
  const outFile = join(dir, 'out.txt');
  const r = spawnSync('nvim', ['--headless', '--clean', '-n', '-i', 'NONE', '-u', join(ROOT, 'test', 'nvim', 'check.lua'), '-c', 'lua Check()', draft], {
    cwd: dir,
    timeout: 60_000,
    env: {
      ...process.env,
      BRONWIJZER_ROOT: ROOT,
      BRONWIJZER_OUT: outFile,
      XDG_CONFIG_HOME: join(dir, 'config'),
      XDG_DATA_HOME: join(dir, 'data'),
      XDG_CACHE_HOME: join(dir, 'cache'),
      XDG_STATE_HOME: join(dir, 'state'),
    },
    encoding: 'utf8',
  });
  const out = readFileSync(outFile, 'utf8');
  assert.equal(r.status, 0, `nvim exited ${r.status}\n${out}\n${r.stderr}`);
  const lines = out.trim().split('\n');
  assert.ok(lines.includes('FILETYPE markdown'), out);
  const text = readFileSync(draft, 'utf8');
  const expected = analyse(text, { format: 'markdown' }).findings.length;
  assert.ok(lines.includes(`PUBLISHED ${expected}`), `expected ${expected} diagnostics\n${out}`);
  const diags = lines.filter((l) => l.startsWith('DIAG '));
  assert.equal(diags.length, expected);
  for (const d of diags) assert.match(d, /^DIAG \d+:\d+ [a-z-]+ \S/);
  assert.ok(lines.includes('HOVER ok'), out);
  // when the draft has a misspelt name, the preferred quick fix applied by Neovim removes it
  if (diags.some((d) => / name-variant /.test(d))) assert.ok(lines.includes('FIXED name-variant yes'), out);
});
