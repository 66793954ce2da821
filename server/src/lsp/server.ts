// The Bronwijzer language server: wires the connection to one module per feature.
// Run standalone: `node server/out/server.js --stdio` (the extension uses --node-ipc).
// First, before the libraries load: the memory policy (a small young generation until a long draft).
import './heap';
import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  LSPErrorCodes,
  MessageType,
  ProposedFeatures,
  ResponseError,
  ShowMessageNotification,
  TextDocumentSyncKind,
  type CancellationToken,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { SEMANTIC_TOKENS_LEGEND } from '../shared/legend';
import { CursorNotification, SourcesChangedNotification, SourcesRequest, type CursorParams, type SourcesChangedParams, type SourcesParams } from '../shared/protocol';
import { DocumentStore, type DocState, type Host } from './documents';
import { toDiagnostics } from './diagnostics';
import { hover } from './hover';
import { codeActions, type EditCaps } from './codeActions';
import { deltaTokens, forgetTokens, fullTokens } from './semanticTokens';
import { documentSymbols, highlights, prepareRename, references, rename } from './symbols';
import { inlayHints } from './inlayHints';
import { buildSources } from './sources';
import { toOffset, toSpan } from './convert';
import { t } from './i18n';
import { WORKSPACE_FILE } from './settings';
import { FrameGuard } from './transport';
import { appendFileSync } from 'node:fs';

// Over stdio the input goes through FrameGuard (resynchronises after malformed framing); IPC, sockets
// and pipes use the library's own transports.
const stdio = process.argv.includes('--stdio');
const guardStream = stdio ? new FrameGuard() : null;
if (guardStream) process.stdin.pipe(guardStream);
const connection = guardStream ? createConnection(ProposedFeatures.all, guardStream, process.stdout) : createConnection(ProposedFeatures.all);
if (guardStream) {
  guardStream.onSkip = (why) => connection.console.warn(`Bronwijzer: malformed input (${why})`);
  // stdout carries the protocol: route console output to the client's log, as the library does for --stdio
  console.log = (...a: unknown[]) => connection.console.log(a.map(String).join(' '));
  console.info = (...a: unknown[]) => connection.console.info(a.map(String).join(' '));
  console.warn = (...a: unknown[]) => connection.console.warn(a.map(String).join(' '));
  console.error = (...a: unknown[]) => connection.console.error(a.map(String).join(' '));
}

let clientLocale: string | undefined;
let editCaps: EditCaps = { documentChanges: false, createFiles: false };
let canRegisterConfig = false;
let canRegisterWatch = false;
let canRefreshTokens = false;
let canRefreshInlay = false;
let hasWorkspaceFolders = false;
const shown = new Set<string>();

/** Errors go to the client's log; with BRONWIJZER_LOG_FILE set, also to that file (for debugging clients). */
function logError(what: string, e: unknown): void {
  const text = `Bronwijzer: ${what}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
  try {
    connection.console.error(text);
  } catch {
    /* the connection may be gone */
  }
  const file = process.env.BRONWIJZER_LOG_FILE;
  if (file) {
    try {
      appendFileSync(file, `${new Date().toISOString()} ${text}\n`);
    } catch {
      /* never fail on logging */
    }
  }
}
// A bug in one feature must not take the server down: log it and carry on.
process.on('unhandledRejection', (e) => logError('unhandled rejection', e));
process.on('uncaughtException', (e) => logError('uncaught exception', e));

const host: Host = {
  clientLocale: undefined,
  fetchSettings: (uri) => connection.workspace.getConfiguration({ scopeUri: uri, section: 'bronwijzer' }),
  publish(state, result, hideAt) {
    void connection.sendDiagnostics({ uri: state.uri, version: result.version, diagnostics: toDiagnostics(state.doc, state.uri, result, hideAt) });
    const params: SourcesChangedParams = {
      uri: state.uri,
      version: result.version,
      claimantCount: result.analysis?.claimants.length ?? 0,
      findingCount: result.findings.length,
    };
    void connection.sendNotification(SourcesChangedNotification, params);
  },
  error: (what, e) => logError(what, e),
  warn(message) {
    if (!message || shown.has(message)) return;
    shown.add(message);
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
  },
};
const store = new DocumentStore(host);

/** Runs a request handler: cancelled -> RequestCancelled, unknown document or bad params -> `empty`. */
function guard<P, R>(empty: R, fn: (params: P, state: DocState) => R): (params: P, token: CancellationToken) => R {
  return (params, token) => {
    if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    const uri = (params as { textDocument?: { uri?: unknown } } | null)?.textDocument?.uri;
    const state = store.get(uri);
    if (!state) return empty;
    try {
      const r = fn(params, state);
      if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      return r;
    } catch (e) {
      if (e instanceof ResponseError) throw e;
      logError('request failed', e);
      return empty;
    }
  };
}

const lang = (state: DocState): 'nl' | 'en' => store.current(state).lang;

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const init = params.initializationOptions as { settings?: unknown; locale?: unknown; cursorNotifications?: unknown } | undefined;
  store.cursorReports = init?.cursorNotifications === true;
  clientLocale = typeof params.locale === 'string' ? params.locale : typeof init?.locale === 'string' ? init.locale : undefined;
  host.clientLocale = clientLocale;
  const caps = params.capabilities ?? {};
  store.canPullSettings = !!caps.workspace?.configuration;
  canRegisterConfig = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
  canRegisterWatch = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  canRefreshTokens = !!caps.workspace?.semanticTokens?.refreshSupport;
  canRefreshInlay = !!caps.workspace?.inlayHint?.refreshSupport;
  hasWorkspaceFolders = !!caps.workspace?.workspaceFolders;
  const we = caps.workspace?.workspaceEdit;
  editCaps = { documentChanges: !!we?.documentChanges, createFiles: !!we?.resourceOperations?.includes('create') };
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  store.workspaceFolders = folders.filter((f): f is string => typeof f === 'string');
  if (init && typeof init === 'object' && init.settings !== undefined) store.pushedSettings = init.settings;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: { delta: true }, range: false },
      documentSymbolProvider: { label: 'Bronwijzer' },
      documentHighlightProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      inlayHintProvider: true,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'bronwijzer', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  if (canRegisterConfig) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'bronwijzer' });
  if (canRegisterWatch) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${WORKSPACE_FILE}` }] });
  if (hasWorkspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      const removed = new Set(e.removed.map((f) => f.uri));
      store.workspaceFolders = [...store.workspaceFolders.filter((f) => !removed.has(f)), ...e.added.map((f) => f.uri)];
      store.invalidateWorkspaceFiles();
      refresh();
    });
  }
});

function refresh(): void {
  store.refreshAll();
  if (canRefreshTokens) void connection.languages.semanticTokens.refresh().catch(() => undefined);
  if (canRefreshInlay) void connection.languages.inlayHint.refresh().catch(() => undefined);
}

connection.onDidChangeConfiguration((params) => {
  const pushed = (params?.settings as { bronwijzer?: unknown } | undefined)?.bronwijzer;
  if (pushed !== undefined) store.pushedSettings = pushed;
  store.invalidateSettings();
  refresh();
});

connection.onDidChangeWatchedFiles(() => {
  store.invalidateWorkspaceFiles();
  refresh();
});

// Documents: our own store (incremental sync), tolerant of malformed notifications.
connection.onDidOpenTextDocument((p) => {
  const d = p?.textDocument;
  if (!d || typeof d.uri !== 'string' || typeof d.text !== 'string') return;
  store.open(d.uri, d.languageId, d.version, d.text);
});
connection.onDidChangeTextDocument((p) => {
  const d = p?.textDocument;
  if (!d || typeof d.uri !== 'string') return;
  try {
    store.change(d.uri, d.version, p.contentChanges);
  } catch (e) {
    logError('didChange', e);
  }
});
connection.onNotification(CursorNotification, (p: CursorParams) => {
  const state = store.get(p?.textDocument?.uri);
  if (!state || !Array.isArray(p.positions)) return;
  try {
    const offsets = p.positions.filter((x) => x && Number.isFinite(x.line) && Number.isFinite(x.character)).map((x) => toOffset(state.doc, x));
    store.cursor(state.uri, offsets);
  } catch (e) {
    logError('cursor', e);
  }
});
connection.onDidCloseTextDocument((p) => {
  const uri = p?.textDocument?.uri;
  if (typeof uri !== 'string' || !store.close(uri)) return;
  forgetTokens(uri);
  void connection.sendDiagnostics({ uri, diagnostics: [] });
});

connection.onHover(
  guard(null, (p, s) => {
    const r = store.current(s);
    return r.analysis ? hover(s.doc, r.analysis, toOffset(s.doc, p.position), r.lang) : null;
  }),
);

connection.onCodeAction(guard([], (p, s) => codeActions(store, s, p, lang(s), editCaps)));

connection.languages.semanticTokens.on(guard({ data: [] }, (_p, s) => fullTokens(s.uri, s.doc, store.current(s).analysis)));
connection.languages.semanticTokens.onDelta(
  guard({ data: [] }, (p, s) => deltaTokens(s.uri, s.doc, store.current(s).analysis, String(p.previousResultId ?? ''))),
);

connection.onDocumentSymbol(guard([], (_p, s) => {
  const a = store.current(s).analysis;
  return a ? documentSymbols(s.doc, a) : [];
}));
connection.onDocumentHighlight(guard([], (p, s) => {
  const a = store.current(s).analysis;
  return a ? highlights(s.doc, a, toOffset(s.doc, p.position)) : [];
}));
connection.onReferences(guard([], (p, s) => {
  const a = store.current(s).analysis;
  return a ? references(s.doc, s.uri, a, toOffset(s.doc, p.position), p.context?.includeDeclaration !== false) : [];
}));
connection.onPrepareRename((p, token) => {
  const r = guard(null as ReturnType<typeof prepareRename>, (q: typeof p, s) => {
    const a = store.current(s).analysis;
    return a ? prepareRename(s.doc, a, toOffset(s.doc, q.position)) : null;
  })(p, token);
  const s = store.get(p?.textDocument?.uri);
  if (!r && s) throw new ResponseError(LSPErrorCodes.RequestFailed, t('renameOnlyNames', lang(s)));
  return r;
});
connection.onRenameRequest(guard(null, (p, s) => {
  const a = store.current(s).analysis;
  if (!a || typeof p.newName !== 'string') return null;
  const edits = rename(s.doc, a, toOffset(s.doc, p.position), p.newName);
  if (!edits) return null;
  return editCaps.documentChanges
    ? { documentChanges: [{ textDocument: { uri: s.uri, version: s.doc.version }, edits }] }
    : { changes: { [s.uri]: edits } };
}));
connection.languages.inlayHint.on(guard([], (p, s) => {
  const r = store.current(s);
  if (!r.analysis || !r.eff.settings.inlayHints) return [];
  return inlayHints(s.doc, r.analysis, toSpan(s.doc, p.range), r.lang);
}));

connection.onRequest(SourcesRequest, guard(null, (_p: SourcesParams, s) => buildSources(s, store.current(s))));

connection.listen();
