// "Export sources of this draft": Markdown or JSON, into a new untitled document or a file.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SourcesRequest, type SourcesResult } from '../../server/src/shared/protocol';
import { formatSources, type ExportFormat, type ExportLabels } from './exportFormat';
import { isDraft } from './languageClient';
import { findingsLabel } from './sourcesView';

function labels(r: SourcesResult): ExportLabels {
  const c = r.claimants.length;
  return {
    title: vscode.l10n.t('Sources'),
    summary: `${c === 1 ? vscode.l10n.t('1 source') : vscode.l10n.t('{0} sources', c)} · ${findingsLabel(r.findingCount)}`,
    unattributed: vscode.l10n.t('Without a source'),
    quote: vscode.l10n.t('quotation'),
    paraphrase: vscode.l10n.t('paraphrase'),
    hedged: vscode.l10n.t('hedged'),
    contested: vscode.l10n.t('contested'),
    contestedBy: vscode.l10n.t('contested by'),
    via: vscode.l10n.t('via'),
    line: vscode.l10n.t('line'),
    noSources: vscode.l10n.t('No sources found.'),
  };
}

export async function exportSources(
  getClient: () => LanguageClient | undefined,
  opts: { format?: ExportFormat; target?: 'untitled' | 'file' },
): Promise<vscode.TextDocument | vscode.Uri | undefined> {
  const doc = vscode.window.activeTextEditor?.document;
  const client = getClient();
  if (!isDraft(doc) || !client?.isRunning()) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Bronwijzer: open a draft (Markdown or plain text) first.'));
    return undefined;
  }
  const format =
    opts.format ??
    (
      await vscode.window.showQuickPick(
        [
          { label: 'Markdown', description: vscode.l10n.t('readable report for the editor-in-chief'), format: 'markdown' as const },
          { label: 'JSON', description: vscode.l10n.t('for tools'), format: 'json' as const },
        ],
        { title: vscode.l10n.t('Export sources as') },
      )
    )?.format;
  if (!format) return undefined;
  const target =
    opts.target ??
    (
      await vscode.window.showQuickPick(
        [
          { label: vscode.l10n.t('New document'), target: 'untitled' as const },
          { label: vscode.l10n.t('Save as file…'), target: 'file' as const },
        ],
        { title: vscode.l10n.t('Export to') },
      )
    )?.target;
  if (!target) return undefined;

  const result = await client.sendRequest<SourcesResult>(SourcesRequest, { textDocument: { uri: doc.uri.toString() } });
  const name = doc.uri.path.split('/').pop() ?? 'draft';
  const content = formatSources(result, format, labels(result), name);
  if (target === 'untitled') {
    const out = await vscode.workspace.openTextDocument({ language: format, content });
    await vscode.window.showTextDocument(out, { preview: false, viewColumn: vscode.ViewColumn.Beside });
    return out;
  }
  const base = name.replace(/\.[^.]+$/, '');
  const defaultUri = vscode.Uri.joinPath(doc.uri, '..', `${base}.bronnen.${format === 'json' ? 'json' : 'md'}`);
  const uri = await vscode.window.showSaveDialog({
    defaultUri: doc.uri.scheme === 'file' ? defaultUri : undefined,
    filters: format === 'json' ? { JSON: ['json'] } : { Markdown: ['md'] },
  });
  if (!uri) return undefined;
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  void vscode.window.showInformationMessage(vscode.l10n.t('Bronwijzer: sources exported to {0}.', uri.fsPath));
  return uri;
}
