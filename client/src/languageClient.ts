// Starts the bundled language server over IPC, restarts it after a crash with a visible notice and gives
// up after repeated crashes (5 within 3 minutes).
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { RestartPolicy } from './restartPolicy';

export const policy = new RestartPolicy();

export function draftLanguages(): string[] {
  const langs = vscode.workspace.getConfiguration('bronwijzer').get<string[]>('languages');
  return Array.isArray(langs) && langs.length ? langs : ['markdown', 'plaintext', 'bronwijzer-draft'];
}

export function isDraft(doc: vscode.TextDocument | undefined): doc is vscode.TextDocument {
  return !!doc && (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled') && draftLanguages().includes(doc.languageId);
}

export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('server/out/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: draftLanguages().flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    outputChannel: output,
    initializationOptions: {
      locale: vscode.env.language,
      cursorNotifications: true,
      settings: JSON.parse(JSON.stringify(vscode.workspace.getConfiguration('bronwijzer'))) as unknown,
    },
    synchronize: {
      configurationSection: 'bronwijzer',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.bronwijzer.json'),
    },
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => {
        if (policy.crashed(Date.now()) === 'restart') {
          void vscode.window.showWarningMessage(vscode.l10n.t('Bronwijzer: the language server stopped unexpectedly and has been restarted.'));
          return { action: CloseAction.Restart, handled: true };
        }
        const again = vscode.l10n.t('Restart');
        void vscode.window
          .showErrorMessage(
            vscode.l10n.t('Bronwijzer: the language server stopped {0} times within 3 minutes and will not be restarted. See the "Bronwijzer" output for details.', policy.count),
            again,
          )
          .then((choice) => choice === again && vscode.commands.executeCommand('bronwijzer.restartServer'));
        return { action: CloseAction.DoNotRestart, handled: true };
      },
    },
  };
  return new LanguageClient('bronwijzer', 'Bronwijzer', serverOptions, clientOptions);
}
