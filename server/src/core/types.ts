// The analyser's types: the project's spine. Used alike by the server, the CLI, tests and benchmarks.
// Offsets are UTF-16 code-unit offsets into the text as given (JavaScript string indices, the unit LSP
// positions use); `start` inclusive, `end` exclusive. This module imports nothing.

export interface Span {
  start: number;
  end: number;
}

/** The languages messages come in. */
export type Lang = 'nl' | 'en';

/** A text in both user languages. */
export interface Message {
  nl: string;
  en: string;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';
/** A rule's configured level; `off` silences it. */
export type RuleLevel = Severity | 'off';

/** The diagnostic rules, one file each under core/rules/. */
export type RuleId =
  | 'unattributed-quote'
  | 'unsourced-hedge'
  | 'contested-claim'
  | 'name-variant'
  | 'vague-source';

export type DocumentFormat = 'markdown' | 'plaintext';

export interface AnalyseOptions {
  /** Markdown masks code, front matter, HTML comments and link targets; plain text is analysed whole. */
  format?: DocumentFormat;
  /** Names the workspace knows as sources (`.bronwijzer.json` `knownSources`): always recognised as claimants. */
  knownSources?: readonly string[];
  /** Extra outlets / channels (`.bronwijzer.json` `outlets`). */
  outlets?: readonly string[];
  /** Extra hedge words or phrases (`.bronwijzer.json` `hedges`). */
  extraHedges?: readonly string[];
  /** Rethrow a stage's failure instead of degrading to what the text layer gives (tests and fuzzing: the
   *  fallback would hide the bug). */
  strict?: boolean;
}

/** How a claimant is mentioned at one place. */
export type MentionKind = 'name' | 'role' | 'pronoun' | 'organisation' | 'group' | 'anonymous';

export interface Mention extends Span {
  text: string;
  kind: MentionKind;
}

export type ClaimantKind = 'person' | 'organisation' | 'collective' | 'outlet' | 'anonymous';

/** One distinct source in the document. */
export interface Claimant {
  /** Index into `Analysis.claimants`. */
  id: number;
  /** The most complete name the document gives ("Vjatsjeslav Gladkov"); an unresolved role stays as its text. */
  name: string;
  kind: ClaimantKind;
  /** Role or description given by apposition or as a title ("de gouverneur van de regio"), if any. */
  role: string | null;
  /** Every surface form used for this source, misspellings linked to it included. */
  variants: string[];
  /** Every mention, in text order; the first is where the source is introduced. */
  mentions: Mention[];
  /** Anonymous or vague source ("ingewijden", "experts", "bronnen rond het kabinet"). */
  vague: boolean;
}

export type CueKind = 'verb' | 'preposition' | 'phrase' | 'colon';

/** An attribution cue: a reporting verb (possibly split), `volgens`, `aldus`, a fixed phrase. */
export interface Cue extends Span {
  /** The text of the main span (the finite verb, or the participle after an auxiliary, or the phrase). */
  text: string;
  /** Dictionary form ("zeggen", "bekendmaken", "volgens"). */
  lemma: string;
  kind: CueKind;
  /** All parts, for split verbs (`laat ... weten`, `kondigde ... aan`); the first is the main span. */
  parts: Span[];
  /** The cue denies or disputes (ontkennen, weerspreken, betwisten, ...). */
  denial: boolean;
}

export type ChannelKind = 'social' | 'outlet' | 'broadcast' | 'interview' | 'statement' | 'agency' | 'document';

/** Through which channel a statement was made (Telegram, CNN, a livestream, ...). */
export interface Channel extends Span {
  text: string;
  kind: ChannelKind;
}

/** A direct quotation, from its opening to its closing mark inclusive. */
export interface Quote extends Span {
  /** The text between the marks. */
  inner: Span;
  /** Index into `Analysis.claimants`, or null when the text does not say who said it. */
  claimantId: number | null;
  /** The statement this quote belongs to, if any. */
  statementId: number | null;
  /** Marks around a name or title nobody is quoted as saying (`de podcast 'De Kleedkamer'`): no
   *  quotation (left out of the JSON and of the findings). Absent otherwise. */
  title?: true;
}

export type HedgeKind = 'reportative' | 'distancing' | 'epistemic' | 'unverified';

export interface Hedge extends Span {
  text: string;
  kind: HedgeKind;
  /** The statement whose claim it hedges, if the draft gives one. */
  statementId: number | null;
  /** The source of the hedged claim, if the draft gives one. */
  claimantId: number | null;
  /** The hedged claim (usually the clause or sentence). */
  claim: Span;
}

/** Every attributed claim: direct quote, indirect speech, `volgens X`, ... */
export interface Statement {
  /** Index into `Analysis.statements`. */
  id: number;
  cue: Cue | null;
  /** Index into `Analysis.claimants`, or null (agentless passive, unresolved). */
  claimantId: number | null;
  /** The mention of the claimant that this statement's sentence uses (a pronoun, a role, a name). */
  mention: Mention | null;
  /** What is attributed. */
  content: Span;
  /** Quotes that are (part of) the content. */
  quoteIds: number[];
  channel: Channel | null;
  /** The outer statement this one is reported through (`Suspilne meldt dat Joesov heeft gezegd dat ...`). */
  viaStatementId: number | null;
  /** Hedges inside this statement or on it. */
  hedgeIds: number[];
  /** True when another source in the document disputes this statement, or this one disputes another. */
  contested: boolean;
  /** The statements that dispute this one (both ways). */
  contestedBy: number[];
}

/** A candidate claimant for a quick fix, nearest first. */
export interface Candidate {
  claimantId: number;
  name: string;
  /** Distance in UTF-16 units from the finding to the nearest mention. */
  distance: number;
}

export interface RelatedInfo {
  span: Span;
  message: Message;
}

/** What the editor shows: one diagnostic. Carries what its quick fixes need. */
export interface Finding {
  rule: RuleId;
  /** The rule's default severity (settings may change it). */
  severity: Severity;
  span: Span;
  message: Message;
  /** Candidate claimants for an attribution fix, nearest first. */
  candidates: Candidate[];
  related: RelatedInfo[];
  /** For name-variant: the spelling to replace and the preferred spelling. */
  variant?: { from: string; to: string; spans: Span[] };
  /** The statement, quote or hedge the finding is about (indices into the Analysis arrays). */
  statementId?: number;
  quoteId?: number;
  hedgeId?: number;
  claimantId?: number;
}

export interface Analysis {
  /** Length of the analysed text in UTF-16 units. */
  length: number;
  statements: Statement[];
  quotes: Quote[];
  hedges: Hedge[];
  claimants: Claimant[];
  cues: Cue[];
  findings: Finding[];
  /** Regions excluded from analysis (Markdown code, front matter, comments, link targets, suppressed regions). */
  masked: Span[];
}

/** A diagnostic rule's description: shown by hover cards, the README, SARIF and `codeDescription`. */
export interface RuleInfo {
  id: RuleId;
  defaultSeverity: Severity;
  /** Short name ("Citaat zonder bron"). */
  title: Message;
  /** One paragraph: what it finds and why it matters to an editor. */
  description: Message;
}
