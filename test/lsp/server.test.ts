// The real bundled server over JSON-RPC (stdio): protocol behaviour that holds whatever the analyser finds.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawn } from 'node:child_process';
import { CancellationTokenSource, createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { SERVER, TestClient, uriOf } from './client';

const clients: TestClient[] = [];
function client(opts: ConstructorParameters<typeof TestClient>[0] = {}): TestClient {
  const c = new TestClient(opts);
  clients.push(c);
  return c;
}
after(async () => {
  await Promise.all(clients.map((c) => c.stop()));
});

const DRAFT = 'Volgens Jansen zou het vuur in de nacht zijn begonnen.\n\n"Dit is een citaat zonder bron."\n';

test('initialize advertises the features; didOpen publishes versioned diagnostics and sourcesChanged', async () => {
  const c = client({ settings: { debounceMs: 0 } });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON answer, checked field by field
  const init = (await c.initialize()) as { capabilities: Record<string, any> };
  const caps = init.capabilities;
  assert.equal(caps.textDocumentSync.change, 2, 'incremental sync');
  assert.deepEqual(caps.semanticTokensProvider.legend.tokenTypes, ['claimant', 'quotation', 'cue', 'hedge']);
  assert.equal(caps.semanticTokensProvider.full.delta, true);
  for (const k of ['hoverProvider', 'codeActionProvider', 'documentSymbolProvider', 'documentHighlightProvider', 'referencesProvider', 'renameProvider', 'inlayHintProvider'])
    assert.ok(caps[k], k);
  const uri = uriOf('open.md');
  c.open(uri, DRAFT);
  const diags = await c.diagnosticsFor(uri, 1);
  assert.ok(Array.isArray(diags));
  const sc = await c.until('sourcesChanged', () => c.notifications.find((n) => n.method === 'bronwijzer/sourcesChanged'));
  assert.deepEqual((sc.params as { uri: string; version: number }).uri, uri);
  const sources = await c.request<{ uri: string; version: number; findingCount: number }>('bronwijzer/sources', { textDocument: { uri } });
  assert.equal(sources.version, 1);
  assert.equal(sources.findingCount, diags.length);
});

test('didChange -> diagnostics for the new version; close clears them', async () => {
  const c = client({ settings: { debounceMs: 0 } });
  await c.initialize();
  const uri = uriOf('change.md');
  c.open(uri, 'Een rustige dag.\n');
  await c.diagnosticsFor(uri, 1);
  c.change(uri, 2, [{ text: DRAFT }]);
  await c.diagnosticsFor(uri, 2);
  c.change(uri, 3, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 7 } }, text: 'Volgens' }]);
  await c.diagnosticsFor(uri, 3);
  void c.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  await c.until('cleared', () => {
    const l = c.diagnostics.get(uri)!;
    const last = l[l.length - 1];
    return last.version === undefined && last.diagnostics.length === 0;
  });
});

test('stale versions are never published: a burst with a debounce publishes only the last version', async () => {
  const c = client({ settings: { debounceMs: 300 } });
  await c.initialize();
  const uri = uriOf('burst.md');
  c.open(uri, 'Begin.\n');
  await c.diagnosticsFor(uri, 1);
  for (let v = 2; v <= 60; v++) c.change(uri, v, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
  await c.diagnosticsFor(uri, 60);
  // a late, stale change (version not newer) is ignored
  c.change(uri, 30, [{ text: 'OUD' }]);
  const versions = c.diagnostics.get(uri)!.map((p) => p.version);
  assert.deepEqual(versions, [1, 60]);
  const src = await c.request<{ version: number }>('bronwijzer/sources', { textDocument: { uri } });
  assert.equal(src.version, 60);
});

test('1,000 edits in a second: the server keeps up and ends on the final version', async () => {
  const c = client({ settings: { debounceMs: 0 } });
  await c.initialize();
  const uri = uriOf('thousand.md');
  c.open(uri, DRAFT);
  await c.diagnosticsFor(uri, 1);
  const t0 = Date.now();
  for (let v = 2; v <= 1001; v++) {
    c.change(uri, v, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: v % 2 ? 'a' : ' ' }]);
    if (v % 100 === 0) await new Promise((r) => setImmediate(r));
  }
  await c.diagnosticsFor(uri, 1001, 10000);
  assert.ok(Date.now() - t0 < 10000);
  const h = await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
  assert.ok(h === null || typeof h === 'object');
  assert.equal(c.exited, null);
});

test('configuration change (pull) re-reads settings and re-publishes; bad settings give one message', async () => {
  const c = client({ settings: { debounceMs: 0 } });
  await c.initialize();
  const uri = uriOf('config.md');
  c.open(uri, DRAFT);
  await c.diagnosticsFor(uri, 1);
  const before = c.diagnostics.get(uri)!.length;
  const requestsBefore = c.configRequests;
  c.settings = { debounceMs: 'fast', rules: { 'unattributed-quote': 'error' } };
  void c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  await c.until('re-publish', () => c.diagnostics.get(uri)!.length > before);
  assert.ok(c.configRequests > requestsBefore, 'settings pulled again');
  const msg = await c.until('showMessage', () => c.notifications.find((n) => n.method === 'window/showMessage'));
  assert.match((msg.params as { message: string }).message, /bronwijzer\.debounceMs/);
  // the same mistake again: no second message
  void c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  const n = c.diagnostics.get(uri)!.length;
  await c.until('re-publish 2', () => c.diagnostics.get(uri)!.length > n);
  assert.equal(c.notifications.filter((x) => x.method === 'window/showMessage').length, 1);
});

test('push-style configuration (client without workspace/configuration)', async () => {
  const c = client({ capabilities: {} });
  await c.initialize();
  const uri = uriOf('push.md');
  c.open(uri, 'x'.repeat(500));
  await c.diagnosticsFor(uri, 1);
  void c.conn.sendNotification('workspace/didChangeConfiguration', { settings: { bronwijzer: { maxDocumentSize: 100, language: 'en' } } });
  const d = await c.until('skipped', () => {
    const l = c.diagnostics.get(uri)!;
    return l[l.length - 1].diagnostics.length === 1 && l[l.length - 1].diagnostics;
  });
  assert.match(String(d[0].message), /skipped this document/);
  assert.equal(c.configRequests, 0);
});

test('max document size: one information diagnostic at the top instead of analysing (Dutch)', async () => {
  const c = client({ settings: { debounceMs: 0, maxDocumentSize: 1000 } });
  await c.initialize();
  const uri = uriOf('big.md');
  c.open(uri, (DRAFT + '\n').repeat(100));
  const d = await c.diagnosticsFor(uri, 1);
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, DiagnosticSeverity.Information);
  assert.equal(d[0].range.start.line, 0);
  assert.match(String(d[0].message), /niet geanalyseerd.*1000 tekens/);
  const src = await c.request<{ skipped?: string }>('bronwijzer/sources', { textDocument: { uri } });
  assert.match(src.skipped!, /niet geanalyseerd/);
});

test('robustness: unknown methods, unknown documents, bad params, positions past the end, malformed JSON', async () => {
  const c = client({ settings: { debounceMs: 0 } });
  await c.initialize();
  const uri = uriOf('robust.md');
  c.open(uri, DRAFT);
  await c.diagnosticsFor(uri, 1);
  await assert.rejects(c.request('bronwijzer/nonsense', {}), (e: { code: number }) => e.code === -32601);
  assert.equal(await c.request('textDocument/hover', { textDocument: { uri: 'not a uri' }, position: { line: 0, character: 0 } }), null);
  assert.equal(await c.request('textDocument/hover', { textDocument: { uri: uriOf('never-opened.md') }, position: { line: 0, character: 0 } }), null);
  assert.ok(await c.request('textDocument/hover', null).then((r) => r === null, (e: { code: number }) => e.code === -32602));
  assert.equal(await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 9999, character: -5 } }), null);
  assert.deepEqual(await c.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 1e9, character: 0 }, end: 'x' }, context: {} }), []);
  assert.deepEqual(await c.request('textDocument/codeAction', { textDocument: { uri }, range: null, context: { diagnostics: [{ source: 'Bronwijzer', data: 'junk', range: null }] } }), []);
  assert.deepEqual(await c.request('textDocument/documentSymbol', { textDocument: { uri: 42 } }), []);
  assert.deepEqual(await c.request('textDocument/references', { textDocument: { uri }, position: { line: 1e6, character: 1e6 } }), []);
  assert.ok(await c.request('textDocument/semanticTokens/full', { textDocument: { uri } }));
  assert.deepEqual(await c.request('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 1e6, character: 0 } } }), []);
  // malformed notifications
  void c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [{ range: { start: { line: 99, character: 0 }, end: { line: -1, character: 3 } }, text: 'z' }, { text: 7 }] });
  void c.conn.sendNotification('textDocument/didChange', { textDocument: null });
  void c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: 5 } });
  void c.conn.sendNotification('textDocument/didClose', {});
  // malformed JSON-RPC on the wire
  c.proc.stdin!.write('Content-Length: 11\r\n\r\n{not json!}');
  c.proc.stdin!.write('Content-Length: 2\r\n\r\n[]');
  c.proc.stdin!.write('Content-Length: 32\r\n\r\n{"jsonrpc":"2.0","method":false}');
  // broken framing: the server skips to the next Content-Length instead of losing sync for good
  c.proc.stdin!.write('Content-Type: x\r\nno colon here\r\n\r\n');
  c.proc.stdin!.write('Content-Length: abc\r\n\r\n{}');
  const deep = '['.repeat(50000) + ']'.repeat(50000);
  const body = `{"jsonrpc":"2.0","id":"deep","method":"textDocument/hover","params":${deep}}`;
  c.proc.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  await c.diagnosticsFor(uri, 5);
  assert.equal(await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } }) === undefined, false);
  assert.equal(c.exited, null, 'server still running');
});

test('cancellation: a cancelled request answers RequestCancelled or a result', async () => {
  const c = client({ settings: { debounceMs: 0 } });
  await c.initialize();
  const uri = uriOf('cancel.md');
  c.open(uri, DRAFT.repeat(50));
  await c.diagnosticsFor(uri, 1);
  const outcomes: string[] = [];
  for (let i = 0; i < 5; i++) {
    const src = new CancellationTokenSource();
    const p = c.conn.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }, src.token);
    src.cancel();
    try {
      const r = await p;
      outcomes.push(r && typeof r === 'object' ? 'result' : 'bad');
    } catch (e) {
      outcomes.push((e as { code: number }).code === -32800 ? 'cancelled' : `error ${(e as { code: number }).code}`);
    }
  }
  assert.ok(outcomes.every((o) => o === 'result' || o === 'cancelled'), outcomes.join());
  assert.ok(await c.request('bronwijzer/sources', { textDocument: { uri } }));
});

test('.bronwijzer.json mistakes give one clear message with the line; fixed file is re-read on change', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bronwijzer-lsp-'));
  writeFileSync(join(dir, '.bronwijzer.json'), '{\n  "knownSources": ["Jansen",]\n}\n');
  const c = client({ settings: { debounceMs: 0 }, workspaceFolder: dir });
  await c.initialize();
  const uri = pathToFileURL(join(dir, 'draft.md')).toString();
  c.open(uri, DRAFT);
  await c.diagnosticsFor(uri, 1);
  const m = await c.until('message', () => c.notifications.find((n) => n.method === 'window/showMessage'));
  assert.match((m.params as { message: string }).message, /\.bronwijzer\.json.*regel 2/);
  writeFileSync(join(dir, '.bronwijzer.json'), '{"sorces": []}');
  void c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, '.bronwijzer.json')).toString(), type: 2 }] });
  const m2 = await c.until('second message', () => c.notifications.filter((n) => n.method === 'window/showMessage')[1]);
  assert.match((m2.params as { message: string }).message, /onbekende sleutel "sorces"/);
});

test('a client that never answers workspace/configuration still gets diagnostics (defaults)', async () => {
  const c = client({ hangConfiguration: true });
  await c.initialize();
  const uri = uriOf('hang.md');
  c.open(uri, DRAFT);
  const d = await c.diagnosticsFor(uri, 1, 10000);
  assert.ok(Array.isArray(d));
  assert.ok(c.configRequests >= 1);
  // malformed ranges in a change are dropped, the rest applied
  c.change(uri, 2, [{ range: { start: null, end: 'x' }, text: 'kapot' }, { text: 'Nieuwe tekst.\n' }]);
  await c.diagnosticsFor(uri, 2, 10000);
});

test('documents in other languages are not analysed', async () => {
  const c = client({ settings: { debounceMs: 0, languages: ['markdown'] } });
  await c.initialize();
  const uri = uriOf('notes.txt');
  c.open(uri, DRAFT, 'plaintext');
  const d = await c.diagnosticsFor(uri, 1);
  assert.deepEqual(d, []);
  const src = await c.request<{ skipped?: string }>('bronwijzer/sources', { textDocument: { uri } });
  assert.match(src.skipped!, /bronwijzer\.languages/);
});

test('--node-ipc (the extension\'s transport) works as well', async () => {
  const proc = spawn(process.execPath, [SERVER, '--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  const conn = createMessageConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc));
  const published: { uri: string; version?: number }[] = [];
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number }) => {
    published.push(p);
  });
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({ debounceMs: 0 })));
  conn.listen();
  try {
    const init = (await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } })) as { capabilities: object };
    assert.ok(init.capabilities);
    void conn.sendNotification('initialized', {});
    const uri = uriOf('ipc.md');
    void conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DRAFT } });
    const t0 = Date.now();
    while (!published.some((p) => p.uri === uri && p.version === 1)) {
      assert.ok(Date.now() - t0 < 10000, 'diagnostics over IPC');
      await new Promise((r) => setTimeout(r, 10));
    }
    await conn.sendRequest('shutdown');
    void conn.sendNotification('exit');
    const code = await new Promise<number | null>((r) => proc.once('exit', (c) => r(c)));
    assert.equal(code, 0);
  } finally {
    if (proc.exitCode === null) proc.kill();
    conn.dispose();
  }
});
