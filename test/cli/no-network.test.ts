// "Bronwijzer makes no network connection": the CLI and the language server run with every network
// entry point replaced by a recorder that throws (fixtures/no-network.cjs); nothing may be attempted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli, tempDir } from './helpers';

const PRELOAD = join(__dirname, 'fixtures/no-network.cjs');
const SERVER = join(ROOT, 'server/out/server.js');
const DRAFT = 'Volgens burgemeester Jan de Vries zou de brug dicht blijven.\n\n"Dat is onaanvaardbaar", zei hij dinsdag op Twitter.\n';

const attempts = (log: string) => (existsSync(log) ? readFileSync(log, 'utf8') : '');

test('the recorder works: a connection attempt under the preload is recorded and refused', () => {
  const t = tempDir();
  try {
    const log = join(t.dir, 'net.log');
    const r = spawnSync(process.execPath, ['--require', PRELOAD, '-e', "try { require('node:net').connect(80, 'example.org') } catch (e) { console.log(e.message) } fetch('https://example.org').catch(() => {})"], {
      env: { ...process.env, BRONWIJZER_NET_LOG: log },
      encoding: 'utf8',
    });
    assert.match(r.stdout, /network blocked: net.connect/);
    assert.match(attempts(log), /^net\.connect 80\nfetch "https:\/\/example\.org"\n$/);
  } finally {
    t.done();
  }
});

test('the CLI makes no network connection, in every format', () => {
  const t = tempDir();
  try {
    const log = join(t.dir, 'net.log');
    const a = t.file('stuk.txt', DRAFT);
    const b = t.file('stuk.md', '# Kop\n\n' + DRAFT + '\n[link](https://example.org)\n');
    for (const format of ['text', 'json', 'sarif']) {
      const r = runCli(['--format', format, a, b], { nodeArgs: ['--require', PRELOAD], env: { BRONWIJZER_NET_LOG: log } });
      assert.ok(r.code === 0 || r.code === 1, `${format}: exit ${r.code}: ${r.stderr}`);
      assert.ok(r.stdout.length > 0);
    }
    assert.equal(attempts(log), '');
  } finally {
    t.done();
  }
});

/** A minimal JSON-RPC client over the server's stdio. */
function lspSession(log: string) {
  const child = spawn(process.execPath, ['--require', PRELOAD, SERVER, '--stdio'], { env: { ...process.env, BRONWIJZER_NET_LOG: log }, stdio: ['pipe', 'pipe', 'pipe'] });
  const messages: { id?: number; method?: string; params?: unknown; result?: unknown }[] = [];
  let buf = Buffer.alloc(0);
  child.stdout.on('data', (d: Buffer) => {
    buf = Buffer.concat([buf, d]);
    for (;;) {
      const sep = buf.indexOf('\r\n\r\n');
      if (sep < 0) break;
      const len = Number(/Content-Length: (\d+)/i.exec(buf.subarray(0, sep).toString())?.[1]);
      if (buf.length < sep + 4 + len) break;
      const msg = JSON.parse(buf.subarray(sep + 4, sep + 4 + len).toString('utf8'));
      buf = buf.subarray(sep + 4 + len);
      messages.push(msg);
      // Answer the server's own requests (registrations, configuration) so it never waits on us.
      if (msg.id !== undefined && msg.method) send({ jsonrpc: '2.0', id: msg.id, result: msg.method === 'workspace/configuration' ? (msg.params?.items ?? []).map(() => null) : null });
    }
  });
  child.stderr.resume();
  const send = (m: object) => {
    const body = Buffer.from(JSON.stringify(m), 'utf8');
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };
  const waitFor = async (pred: (m: (typeof messages)[number]) => boolean, ms: number) => {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      const m = messages.find(pred);
      if (m) return m;
      if (child.exitCode !== null) return undefined;
      await new Promise((r) => setImmediate(r));
      await new Promise((r) => setTimeout(r, 10));
    }
    return undefined;
  };
  return { child, send, waitFor };
}

test('the language server makes no network connection: initialize, didOpen, diagnostics, shutdown', async (t) => {
  if (!existsSync(SERVER)) return t.skip('server/out/server.js is not built');
  const tmp = tempDir();
  const log = join(tmp.dir, 'net.log');
  const s = lspSession(log);
  try {
    s.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null, locale: 'nl' } });
    const init = await s.waitFor((m) => m.id === 1 && 'result' in m, 15_000);
    if (!init) return t.skip('the server does not answer initialize yet');
    s.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
    const uri = 'file:///tmp/bronwijzer-no-network/stuk.txt';
    s.send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'plaintext', version: 1, text: DRAFT } } });
    const diags = await s.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri, 15_000);
    assert.ok(diags, 'diagnostics published for the opened draft');
    s.send({ jsonrpc: '2.0', id: 2, method: 'shutdown' });
    await s.waitFor((m) => m.id === 2, 5_000);
    s.send({ jsonrpc: '2.0', method: 'exit' });
    assert.equal(attempts(log), '');
  } finally {
    if (s.child.exitCode === null) s.child.kill();
    tmp.done();
  }
});
