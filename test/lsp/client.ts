// A small JSON-RPC client for the real bundled server process (`node server/out/server.js --stdio`).
// Tests wait for notifications by polling with a timeout, never by sleeping a fixed time.
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, PublishDiagnosticsParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver';

export const ROOT = resolve(__dirname, '..', '..');
export const SERVER = join(ROOT, 'server', 'out', 'server.js');

export interface ClientOptions {
  locale?: string;
  /** What workspace/configuration answers for section 'bronwijzer'. */
  settings?: Record<string, unknown>;
  workspaceFolder?: string;
  capabilities?: Record<string, unknown>;
  initializationOptions?: Record<string, unknown>;
  /** Never answer workspace/configuration (a broken client). */
  hangConfiguration?: boolean;
}

export class TestClient {
  readonly proc: ChildProcess;
  readonly conn: MessageConnection;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  readonly notifications: { method: string; params: unknown }[] = [];
  readonly stderr: string[] = [];
  settings: Record<string, unknown>;
  configRequests = 0;
  exited: number | null = null;

  constructor(private readonly opts: ClientOptions = {}) {
    this.settings = { ...(opts.settings ?? {}) };
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr!.on('data', (b: Buffer) => this.stderr.push(b.toString()));
    this.proc.on('exit', (code) => {
      this.exited = code ?? -1;
      // pending requests fail instead of hanging
      setImmediate(() => this.conn.dispose());
    });
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const list = this.diagnostics.get(p.uri) ?? [];
      list.push(p);
      this.diagnostics.set(p.uri, list);
    });
    this.conn.onNotification((method: string, params: unknown) => {
      this.notifications.push({ method, params });
    });
    this.conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => {
      this.configRequests++;
      if (this.opts.hangConfiguration) return new Promise(() => undefined);
      return p.items.map((i) => (i.section === 'bronwijzer' ? this.settings : null));
    });
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('workspace/semanticTokens/refresh', () => null);
    this.conn.onRequest('workspace/inlayHint/refresh', () => null);
    this.conn.listen();
  }

  async initialize(): Promise<unknown> {
    const folder = this.opts.workspaceFolder;
    const result = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      locale: this.opts.locale ?? 'nl',
      initializationOptions: this.opts.initializationOptions,
      rootUri: folder ? pathToFileURL(folder).toString() : null,
      workspaceFolders: folder ? [{ uri: pathToFileURL(folder).toString(), name: 'ws' }] : null,
      capabilities: this.opts.capabilities ?? {
        workspace: {
          configuration: true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
        },
        textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } },
      },
    });
    await this.conn.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, languageId = 'markdown', version = 1): void {
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: unknown[]): void {
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  /** Polls until `pred` holds (or throws after `timeoutMs`). */
  async until<T>(what: string, get: () => T | undefined | null | false, timeoutMs = 5000): Promise<T> {
    const t0 = Date.now();
    for (;;) {
      const v = get();
      if (v) return v;
      if (this.exited !== null && what !== 'exit') throw new Error(`server exited (${this.exited}) while waiting for ${what}\n${this.stderr.join('')}`);
      if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setImmediate(r));
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  /** Waits for diagnostics for `uri` at `version` (or any version when omitted). */
  diagnosticsFor(uri: string, version?: number, timeoutMs = 5000): Promise<Diagnostic[]> {
    return this.until(`diagnostics for ${uri}@${version ?? '*'}`, () => {
      const list = this.diagnostics.get(uri);
      if (!list?.length) return undefined;
      if (version === undefined) return list[list.length - 1].diagnostics;
      const hit = [...list].reverse().find((p) => p.version === version);
      return hit?.diagnostics;
    }, timeoutMs);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    if (this.exited === null) {
      try {
        await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 1000))]);
        void this.conn.sendNotification('exit');
      } catch {
        /* already gone */
      }
      await this.until('exit', () => this.exited !== null, 2000).catch(() => this.proc.kill('SIGKILL'));
    }
    this.conn.dispose();
  }
}

/** Applies the edits of a WorkspaceEdit for one document to its text. */
export function applyEdit(text: string, edit: WorkspaceEdit, uri: string): string {
  const edits: TextEdit[] = [];
  for (const c of edit.documentChanges ?? []) if ('textDocument' in c && c.textDocument.uri === uri) edits.push(...c.edits.filter((e): e is TextEdit => 'range' in e));
  edits.push(...(edit.changes?.[uri] ?? []));
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 0, text), edits);
}

export const uriOf = (name: string): string => `file:///tmp/bronwijzer-test/${name}`;
