// Custom LSP requests and notifications, typed once and shared by client and server.
// Imports only types; both the extension and the server bundle it.
import type { ClaimantKind, ChannelKind, RuleId, Severity } from '../core/types';

/** LSP-style range (0-based line, UTF-16 character), so the client needs no conversion. */
export interface WireRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface SourcesParams {
  textDocument: { uri: string };
}

export interface SourceFinding {
  rule: RuleId;
  severity: Severity;
  message: string;
  range: WireRange;
}

export interface SourceStatement {
  id: number;
  /** 'quote' when the content is a direct quotation, else 'paraphrase'. */
  kind: 'quote' | 'paraphrase';
  /** The attributed text, shortened for display. */
  text: string;
  range: WireRange;
  cue: { text: string; lemma: string; range: WireRange } | null;
  channel: { text: string; kind: ChannelKind } | null;
  via: string | null;
  hedged: boolean;
  contested: boolean;
  /** Who disputes it (names). */
  contestedBy: string[];
  findings: SourceFinding[];
}

export interface SourceClaimant {
  id: number;
  name: string;
  kind: ClaimantKind;
  role: string | null;
  vague: boolean;
  variants: string[];
  /** The first mention: where the source is introduced. */
  range: WireRange;
  mentions: WireRange[];
  statements: SourceStatement[];
}

export interface SourcesResult {
  uri: string;
  version: number;
  claimants: SourceClaimant[];
  /** Statements and quotes nobody is credited with (e.g. unattributed quotes). */
  unattributed: SourceStatement[];
  /** Number of open findings (after settings and suppressions). */
  findingCount: number;
  /** Set when the document was not analysed (too large, disabled, not a draft), with the reason. */
  skipped?: string;
}

export const SourcesRequest = 'bronwijzer/sources';
/** Server -> client: a document's analysis changed; the Sources panel and status bar refresh. */
export const SourcesChangedNotification = 'bronwijzer/sourcesChanged';
export interface SourcesChangedParams {
  uri: string;
  version: number;
  claimantCount: number;
  findingCount: number;
}

/**
 * Client -> server: where the cursors stand in a draft (sent when the selection changes), so that a word
 * being typed stays unflagged until the cursor leaves it (Code Spell Checker's hide-while-typing).
 * A client that sends it says so in `initializationOptions.cursorNotifications: true`; for other clients
 * the server shows the word's findings again after a pause in typing.
 */
export const CursorNotification = 'bronwijzer/cursor';
export interface CursorParams {
  textDocument: { uri: string };
  /** Every cursor's position (multi-cursor editing). */
  positions: { line: number; character: number }[];
}
