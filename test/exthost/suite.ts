// Extension-host tests: run inside VS Code against the `vscode` API, by code-server's workbench
// (test/e2e/workbench.mjs) or by @vscode/test-electron (test/exthost/electron.mjs). Bundled with esbuild
// to test/exthost/out/suite.js; exports run() as @vscode/test-electron expects (a rejection = failure).
// The workspace is a copy of test/exthost/workspace plus the example draft (belgorod.txt).
import * as assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { BronwijzerApi } from '../../client/src/extension';
import type { SourceNode } from '../../client/src/sourcesView';

type Test = { name: string; fn: () => Promise<void> };
const tests: Test[] = [];
const test = (name: string, fn: () => Promise<void>): void => void tests.push({ name, fn });

function log(line: string): void {
  console.log(line);
  const file = process.env.BRONWIJZER_TEST_LOG;
  if (file) appendFileSync(file, line + '\n');
}

/** Polls `fn` until it returns a truthy value; fails after `ms` with `what`. */
async function until<T>(what: string, fn: () => T | undefined | null | false | Promise<T | undefined | null | false>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const ws = (): vscode.Uri => {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'a workspace folder is open');
  return f.uri;
};
const file = (name: string): vscode.Uri => vscode.Uri.joinPath(ws(), name);

async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(file(name));
  return vscode.window.showTextDocument(doc, { preview: false });
}

let api: BronwijzerApi;
const bronwijzerDiagnostics = (uri: vscode.Uri): vscode.Diagnostic[] =>
  vscode.languages.getDiagnostics(uri).filter((d) => /bronwijzer/i.test(d.source ?? ''));
const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code);
const offsetOf = (doc: vscode.TextDocument, needle: string, within = 0): vscode.Position => {
  const i = doc.getText().indexOf(needle);
  assert.ok(i >= 0, `"${needle}" occurs in ${doc.fileName}`);
  return doc.positionAt(i + within);
};

test('the extension activates on a draft and exposes its API', async () => {
  await open('belgorod.txt');
  const ext = vscode.extensions.getExtension<BronwijzerApi>('bronwijzer.bronwijzer');
  assert.ok(ext, 'extension bronwijzer.bronwijzer is loaded');
  api = await until('activation', async () => (ext.isActive ? ext.exports : await ext.activate()));
  await until('the language client to run', () => api.client()?.isRunning());
});

test('every contributed command is registered', async () => {
  const pkg = vscode.extensions.getExtension('bronwijzer.bronwijzer')!.packageJSON as { contributes: { commands: { command: string }[] } };
  const all = new Set(await vscode.commands.getCommands(true));
  for (const { command } of pkg.contributes.commands) assert.ok(all.has(command), `${command} is registered`);
});

test('diagnostics appear for the example draft, among them the name variant "Podaljak"', async () => {
  const uri = file('belgorod.txt');
  const diags = await until('Bronwijzer diagnostics on belgorod.txt', () => {
    const d = bronwijzerDiagnostics(uri);
    return d.length ? d : null;
  });
  const doc = await vscode.workspace.openTextDocument(uri);
  const variant = await until('a name-variant diagnostic on Podaljak', () =>
    bronwijzerDiagnostics(uri).find((d) => codeOf(d) === 'name-variant' && doc.getText(d.range) === 'Podaljak'),
  );
  assert.match(variant.message, /Podoljak/);
  assert.ok(diags.some((d) => codeOf(d) === 'unsourced-hedge' || codeOf(d) === 'unattributed-quote'), 'a hedge or quote finding too');
});

test('hovering a hedge ("Het RVK zou") shows a card about the hedge', async () => {
  const doc = (await open('belgorod.txt')).document;
  const pos = offsetOf(doc, 'Het RVK zou niet', 'Het RVK '.length + 1);
  const text = await until('a Bronwijzer hover on "zou"', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
    const t = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
      .join('\n');
    return /Voorbehoud|Hedge/.test(t) ? t : null;
  });
  assert.match(text, /zou/);
});

test('the name-variant quick fix turns "Podaljak" into "Podoljak"', async () => {
  const editor = await open('quickfix.txt');
  const doc = editor.document;
  const d = await until('a name-variant diagnostic in quickfix.txt', () =>
    bronwijzerDiagnostics(doc.uri).find((x) => codeOf(x) === 'name-variant' && doc.getText(x.range) === 'Podaljak'),
  );
  const fix = await until('a quick fix naming Podoljak', async () => {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    return actions.find((a) => a.edit && /Podoljak/.test(a.title));
  });
  assert.ok(fix.edit);
  assert.ok(await vscode.workspace.applyEdit(fix.edit));
  assert.match(doc.getText(), /tweette Podoljak\./);
  assert.doesNotMatch(doc.getText(), /Podaljak/);
  await until('the name-variant diagnostic to go', () => !bronwijzerDiagnostics(doc.uri).some((x) => codeOf(x) === 'name-variant'));
  await vscode.commands.executeCommand('workbench.action.files.revert');
});

test('a word being typed is not flagged until the cursor leaves it', async () => {
  const editor = await open('quickfix.txt');
  const doc = editor.document;
  const variant = () => bronwijzerDiagnostics(doc.uri).find((x) => codeOf(x) === 'name-variant');
  await until('a name-variant diagnostic in quickfix.txt', variant);
  // retype the last letter of "Podaljak": the cursor stays at the end of the word
  const end = offsetOf(doc, 'Podaljak', 'Podaljak'.length);
  editor.selection = new vscode.Selection(end.translate(0, -1), end);
  await vscode.commands.executeCommand('type', { text: 'k' });
  await until('the finding on the word being typed to be hidden', () => doc.version > 1 && !variant());
  // the cursor leaves the word: the finding is back at once (the timer fallback for such clients is a minute)
  editor.selection = new vscode.Selection(new vscode.Position(0, 0), new vscode.Position(0, 0));
  await until('the finding to come back when the cursor leaves the word', variant, 15_000);
  await vscode.commands.executeCommand('workbench.action.files.revert');
});

test('the Sources panel lists claimants, statements and findings, and clicking reveals the text', async () => {
  const editor = await open('belgorod.txt');
  const result = await until('sources for belgorod.txt', async () => {
    const r = await api.refresh();
    return r && r.claimants.length ? r : null;
  });
  const top = api.sources.getChildren();
  const gladkov = top.find((n): n is Extract<SourceNode, { kind: 'claimant' }> => n.kind === 'claimant' && /Gladkov/.test(n.claimant.name));
  assert.ok(gladkov, `Gladkov among ${top.map((n) => (n.kind === 'claimant' ? n.claimant.name : n.kind)).join(', ')}`);
  const item = api.sources.getTreeItem(gladkov);
  assert.match(String(item.label), /Gladkov/);
  const statements = api.sources.getChildren(gladkov);
  assert.ok(statements.length >= 2, 'Gladkov makes several statements');
  const st = statements[0];
  assert.equal(st.kind, 'statement');
  const stItem = api.sources.getTreeItem(st);
  assert.equal(stItem.command?.command, 'bronwijzer.reveal');
  // Findings hang under statements somewhere in the tree; the badge counts the open ones.
  assert.equal(api.treeView.badge?.value ?? 0, result.findingCount);
  assert.ok(result.findingCount > 0, 'the example draft has open findings');
  // "Click" the statement: its range gets selected in the editor.
  await vscode.commands.executeCommand(stItem.command.command, ...(stItem.command.arguments ?? []));
  const active = vscode.window.activeTextEditor;
  assert.equal(active?.document.uri.toString(), editor.document.uri.toString());
  const r = (st as Extract<SourceNode, { kind: 'statement' }>).statement.range;
  assert.deepEqual(
    [active.selection.start.line, active.selection.start.character, active.selection.end.line, active.selection.end.character],
    [r.start.line, r.start.character, r.end.line, r.end.character],
  );
  assert.match(api.statusBar.text, /^\$\(person\) \d+ (sources?|bronnen|bron) · \d+ (findings?|bevindingen|bevinding)$/);
});

test('the Sources panel empties when the active editor is not a draft', async () => {
  // A language without a language server of its own, so that nothing else starts up.
  const doc = await vscode.workspace.openTextDocument({ language: 'log', content: 'Gladkov zei dat het klopt.' });
  await vscode.window.showTextDocument(doc);
  await until('the panel to empty', async () => (await api.refresh()) === null && api.sources.getChildren().length === 0);
  assert.equal(api.treeView.badge, undefined);
});

test('analyse, show sources, open settings and export run', async () => {
  const t0 = Date.now();
  const mark = (what: string): void => log(`    ${what}: ${Date.now() - t0} ms`);
  await open('belgorod.txt');
  const r = await vscode.commands.executeCommand<{ claimants: unknown[] } | undefined>('bronwijzer.analyse');
  assert.ok(r && r.claimants.length > 0, 'analyse returns the sources');
  mark('analyse');
  await vscode.commands.executeCommand('bronwijzer.showSources');
  await until('the Sources view to be visible', () => api.treeView.visible);
  mark('showSources');
  await vscode.commands.executeCommand('bronwijzer.openSettings');
  mark('openSettings');
  await open('belgorod.txt');
  const md = await vscode.commands.executeCommand<vscode.TextDocument>('bronwijzer.exportSources', { format: 'markdown', target: 'untitled' });
  assert.ok(md, 'a Markdown export');
  assert.match(md.getText(), /^# (Sources|Bronnen): belgorod\.txt/);
  assert.match(md.getText(), /## .*Gladkov/);
  mark('export markdown');
  await open('belgorod.txt');
  const json = await vscode.commands.executeCommand<vscode.TextDocument>('bronwijzer.exportSources', { format: 'json', target: 'untitled' });
  const parsed = JSON.parse(json.getText()) as { file: string; claimants: { name: string }[] };
  assert.equal(parsed.file, 'belgorod.txt');
  assert.ok(parsed.claimants.some((c) => /Gladkov/.test(c.name)));
  mark('export json');
  // The (unsaved) exports stay open: closing them costs seconds and proves nothing.
});

test('turning Bronwijzer off for the workspace clears the diagnostics; on brings them back', async () => {
  const editor = await open('belgorod.txt');
  const uri = editor.document.uri;
  await until('diagnostics', () => bronwijzerDiagnostics(uri).length > 0);
  assert.equal(await vscode.commands.executeCommand('bronwijzer.toggle'), false);
  assert.equal(vscode.workspace.getConfiguration('bronwijzer').get('enable'), false);
  await until('diagnostics to clear', () => bronwijzerDiagnostics(uri).length === 0);
  assert.equal(api.client(), undefined);
  assert.equal(await vscode.commands.executeCommand('bronwijzer.toggle'), true);
  await until('diagnostics to return', () => bronwijzerDiagnostics(uri).length > 0);
});

test('restart and crash recovery: the server comes back after a restart and after being killed', async () => {
  const editor = await open('belgorod.txt');
  const uri = editor.document.uri;
  await vscode.commands.executeCommand('bronwijzer.restartServer');
  await until('the client to run again', () => api.client()?.isRunning());
  await until('diagnostics after restart', () => bronwijzerDiagnostics(uri).length > 0);
  const proc = (api.client() as unknown as { _serverProcess?: { pid?: number } })._serverProcess;
  assert.ok(proc?.pid, 'the server process is known');
  const before = proc.pid;
  process.kill(before, 'SIGKILL');
  await until('a new server process', () => {
    const p = (api.client() as unknown as { _serverProcess?: { pid?: number } })._serverProcess;
    return p?.pid && p.pid !== before && api.client()?.isRunning();
  });
  await until('diagnostics after the crash', () => bronwijzerDiagnostics(uri).length > 0);
});

export async function run(): Promise<void> {
  const failures: string[] = [];
  const t0 = Date.now();
  log(`# exthost: run() called; extension host up for ${process.uptime().toFixed(1)} s`);
  for (const t of tests) {
    const start = Date.now();
    try {
      await t.fn();
      log(`ok - ${t.name} (${Date.now() - start} ms)`);
    } catch (e) {
      failures.push(t.name);
      log(`not ok - ${t.name} (${Date.now() - start} ms)\n  ${(e instanceof Error ? e.stack ?? e.message : String(e)).split('\n').join('\n  ')}`);
    }
  }
  log(`# exthost: ${tests.length - failures.length} passed, ${failures.length} failed (${Date.now() - t0} ms)`);
  if (failures.length) throw new Error(`${failures.length} extension-host test(s) failed: ${failures.join('; ')}`);
}
