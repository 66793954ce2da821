// The Bronwijzer extension: starts the language server, shows the Sources panel and a status-bar
// summary, and offers the commands. Everything about drafts is computed by the server.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CursorNotification, SourcesChangedNotification, SourcesRequest, type CursorParams, type SourcesChangedParams, type SourcesResult } from '../../server/src/shared/protocol';
import { createClient, isDraft, policy } from './languageClient';
import { SourcesProvider, findingsLabel, revealRange } from './sourcesView';
import { exportSources } from './exportCommand';

export interface BronwijzerApi {
  readonly sources: SourcesProvider;
  readonly client: () => LanguageClient | undefined;
  readonly statusBar: vscode.StatusBarItem;
  readonly treeView: vscode.TreeView<unknown>;
  /** Asks the server for the sources of the active draft and updates panel and status bar. */
  refresh(): Promise<SourcesResult | null>;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<BronwijzerApi> {
  const output = vscode.window.createOutputChannel('Bronwijzer', { log: true });
  const sources = new SourcesProvider();
  const treeView = vscode.window.createTreeView('bronwijzer.sources', { treeDataProvider: sources, showCollapseAll: true });
  const statusBar = vscode.window.createStatusBarItem('bronwijzer.status', vscode.StatusBarAlignment.Left, 50);
  statusBar.name = 'Bronwijzer';
  statusBar.command = 'bronwijzer.showSources';
  context.subscriptions.push(output, treeView, statusBar);
  const enabled = (): boolean => vscode.workspace.getConfiguration('bronwijzer').get<boolean>('enable', true);

  async function start(): Promise<void> {
    if (client || !enabled()) return;
    client = createClient(context, output);
    client.onNotification(SourcesChangedNotification, (p: SourcesChangedParams) => {
      if (p.uri === vscode.window.activeTextEditor?.document.uri.toString()) void refresh();
    });
    await client.start();
    void refresh();
  }
  async function stop(): Promise<void> {
    const c = client;
    client = undefined;
    if (c) await c.stop().catch((e) => output.error(`stop: ${String(e)}`));
    void refresh();
  }

  let seq = 0;
  async function refresh(): Promise<SourcesResult | null> {
    const my = ++seq;
    const doc = vscode.window.activeTextEditor?.document;
    const draft = isDraft(doc);
    void vscode.commands.executeCommand('setContext', 'bronwijzer.activeDraft', draft);
    if (!draft || !client || !client.isRunning()) {
      sources.set(null);
      treeView.badge = undefined;
      statusBar.hide();
      return null;
    }
    let result: SourcesResult | null = null;
    try {
      result = await client.sendRequest<SourcesResult>(SourcesRequest, { textDocument: { uri: doc.uri.toString() } });
    } catch (e) {
      output.error(`sources: ${String(e)}`);
    }
    if (my !== seq) return result; // a newer refresh is under way
    sources.set(result);
    const n = result?.findingCount ?? 0;
    treeView.badge = n > 0 ? { value: n, tooltip: findingsLabel(n) } : undefined;
    if (result && !result.skipped) {
      const c = result.claimants.length;
      statusBar.text = `$(person) ${c === 1 ? vscode.l10n.t('1 source') : vscode.l10n.t('{0} sources', c)} · ${n === 1 ? vscode.l10n.t('1 finding') : vscode.l10n.t('{0} findings', n)}`;
      statusBar.tooltip = vscode.l10n.t('Bronwijzer: sources and open findings in this draft. Click to open the Sources panel.');
      statusBar.show();
    } else statusBar.hide();
    return result;
  }

  const command = (id: string, fn: (...args: never[]) => unknown): void => {
    context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  };
  command('bronwijzer.showSources', () => vscode.commands.executeCommand('bronwijzer.sources.focus'));
  command('bronwijzer.refreshSources', () => refresh());
  command('bronwijzer.reveal', (uri: string, range: Parameters<typeof revealRange>[1]) => revealRange(uri, range));
  command('bronwijzer.openSettings', () => vscode.commands.executeCommand('workbench.action.openSettings', '@ext:bronwijzer.bronwijzer'));
  command('bronwijzer.analyse', async () => {
    if (!enabled()) return void vscode.window.showInformationMessage(vscode.l10n.t('Bronwijzer is turned off for this workspace.'));
    if (!isDraft(vscode.window.activeTextEditor?.document)) {
      return void vscode.window.showWarningMessage(vscode.l10n.t('Bronwijzer: open a draft (Markdown or plain text) first.'));
    }
    const r = await refresh();
    if (r?.skipped) void vscode.window.showWarningMessage(r.skipped);
    else if (r) {
      const c = r.claimants.length;
      void vscode.window.showInformationMessage(vscode.l10n.t('Bronwijzer: {0}, {1}.', c === 1 ? vscode.l10n.t('1 source') : vscode.l10n.t('{0} sources', c), findingsLabel(r.findingCount)));
    }
    return r;
  });
  command('bronwijzer.toggle', async () => {
    const cfg = vscode.workspace.getConfiguration('bronwijzer');
    const on = !enabled();
    const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await cfg.update('enable', on, target);
    void vscode.window.showInformationMessage(on ? vscode.l10n.t('Bronwijzer is now on for this workspace.') : vscode.l10n.t('Bronwijzer is now off for this workspace.'));
    return on;
  });
  command('bronwijzer.restartServer', async () => {
    policy.reset();
    if (!enabled()) return void vscode.window.showInformationMessage(vscode.l10n.t('Bronwijzer is turned off for this workspace.'));
    await stop();
    await start();
    void vscode.window.showInformationMessage(vscode.l10n.t('Bronwijzer: the language server has been restarted.'));
  });
  command('bronwijzer.exportSources', (opts?: { format?: 'markdown' | 'json'; target?: 'untitled' | 'file' }) =>
    exportSources(() => client, opts ?? {}),
  );

  // Where the cursors are, so that the server flags a word being typed once the cursor leaves it.
  let cursorTimer: NodeJS.Timeout | undefined;
  const sendCursor = (editor: vscode.TextEditor | undefined): void => {
    if (cursorTimer) clearTimeout(cursorTimer);
    cursorTimer = setTimeout(() => {
      if (!editor || !isDraft(editor.document) || !client?.isRunning()) return;
      const params: CursorParams = {
        textDocument: { uri: editor.document.uri.toString() },
        positions: editor.selections.map((s) => ({ line: s.active.line, character: s.active.character })),
      };
      void client.sendNotification(CursorNotification, params).catch(() => undefined);
    }, 50);
  };

  context.subscriptions.push(
    vscode.window.onDidChangeTextEditorSelection((e) => sendCursor(e.textEditor)),
    vscode.window.onDidChangeActiveTextEditor(() => void refresh()),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('bronwijzer.enable')) await (enabled() ? start() : stop());
      else if (e.affectsConfiguration('bronwijzer.languages') && client) {
        await stop();
        await start();
      }
    }),
    { dispose: () => void stop() },
  );

  await start().catch((e) => {
    output.error(`start: ${String(e)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Bronwijzer: the language server could not be started. See the "Bronwijzer" output.'));
  });
  return { sources, client: () => client, statusBar, treeView: treeView as vscode.TreeView<unknown>, refresh };
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop();
}
