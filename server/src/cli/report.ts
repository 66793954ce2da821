// The three output formats, built from the analysed files. Pure functions: tested without spawning.
import { pathToFileURL } from 'node:url';
import { isAbsolute, sep } from 'node:path';
import { RULES, RULE_DOCS_URL } from '../core';
import { toAnalysisJson } from '../core/json';
import type { Analysis, Finding, Lang, RuleId, RuleLevel, Severity } from '../core/types';
import { LineIndex } from './lines';
import { severityWord, summary } from './messages';

/** One file read and analysed. */
export interface FileReport {
  /** The name as given on the command line (or `<stdin>`). */
  name: string;
  /** The SARIF artifact URI. */
  uri: string;
  text: string;
  analysis: Analysis;
  lines: LineIndex;
}

/** A file that could not be read or analysed, with its one-line message. */
export interface Skipped {
  name: string;
  uri: string;
  message: string;
}

export const STDIN_NAME = '<stdin>';

/** A relative path as a URI reference (forward slashes, percent-encoded); an absolute one as a file: URL. */
export function toUri(name: string): string {
  if (isAbsolute(name)) return pathToFileURL(name).href;
  return name.split(sep).join('/').split('/').map((s) => (s === '.' || s === '..' ? s : encodeURIComponent(s))).join('/');
}

/** Applies per-rule levels: a changed severity, or the finding dropped when its rule is off. */
export function applyRuleLevels(a: Analysis, levels: Partial<Record<RuleId, RuleLevel>>): Analysis {
  const findings: Finding[] = [];
  for (const f of a.findings) {
    const level = levels[f.rule];
    if (level === 'off') continue;
    findings.push(level ? { ...f, severity: level } : f);
  }
  findings.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
  return { ...a, findings };
}

export function countSeverities(files: readonly FileReport[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of files) for (const x of f.analysis.findings) c[x.severity]++;
  return c;
}

// ---- text -------------------------------------------------------------------------------------------

/** `file:line:col: severity rule: message` per finding, then the summary line. */
export function formatText(files: readonly FileReport[], skipped: number, lang: Lang): string {
  const out: string[] = [];
  for (const f of files) {
    for (const x of f.analysis.findings) {
      const p = f.lines.position(x.span.start);
      out.push(`${f.name}:${p.line}:${p.column}: ${severityWord(lang, x.severity)} ${x.rule}: ${oneLine(x.message[lang])}`);
    }
  }
  out.push(summary(lang, countSeverities(files), files.length, skipped));
  return out.join('\n') + '\n';
}

const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ');

// ---- json -------------------------------------------------------------------------------------------

/** The analysis JSON of one file (the scoring contract), with line and column added to each finding. */
export function fileJson(f: FileReport): Record<string, unknown> {
  const j = toAnalysisJson(f.analysis, f.text);
  const findings = (j.findings as Record<string, unknown>[]).map((x, i) => {
    const s = f.analysis.findings[i].span;
    const a = f.lines.position(s.start);
    const b = f.lines.position(s.end);
    return { ...x, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  });
  return { ...j, findings };
}

/** One file: exactly its analysis object. Several: `{ "files": [ { "file": name, ...analysis } ] }`. */
export function formatJson(files: readonly FileReport[], several: boolean): string {
  if (!several) return files.length ? JSON.stringify(fileJson(files[0])) + '\n' : '';
  return JSON.stringify({ files: files.map((f) => ({ file: f.name, ...fileJson(f) })) }) + '\n';
}

// ---- sarif ------------------------------------------------------------------------------------------

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = RULE_DOCS_URL.split('#')[0];

export type SarifLevel = 'error' | 'warning' | 'note' | 'none';
export const sarifLevel = (s: Severity): SarifLevel => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note');

const ruleName = (id: string) => id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());

export function formatSarif(files: readonly FileReport[], skipped: readonly Skipped[], lang: Lang, version: string, exitCode: number): string {
  const rules = Object.values(RULES);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const artifacts = [...files, ...skipped];
  const region = (f: FileReport, start: number, end: number) => {
    const a = f.lines.position(start);
    const b = f.lines.position(end);
    return { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column, charOffset: start, charLength: end - start };
  };
  const results = files.flatMap((f, fileIndex) =>
    f.analysis.findings.map((x) => ({
      ruleId: x.rule,
      ruleIndex: ruleIndex.get(x.rule),
      level: sarifLevel(x.severity),
      message: { text: x.message[lang] },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: f.uri, index: fileIndex },
            region: { ...region(f, x.span.start, x.span.end), snippet: { text: f.text.slice(x.span.start, x.span.end) } },
          },
        },
      ],
      ...(x.related.length
        ? {
            relatedLocations: x.related.map((r, i) => ({
              id: i + 1,
              message: { text: r.message[lang] },
              physicalLocation: { artifactLocation: { uri: f.uri, index: fileIndex }, region: region(f, r.span.start, r.span.end) },
            })),
          }
        : {}),
    })),
  );
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Bronwijzer',
            version,
            semanticVersion: version,
            informationUri: INFORMATION_URI,
            language: lang,
            rules: rules.map((r) => ({
              id: r.id,
              name: ruleName(r.id),
              shortDescription: { text: r.title[lang] },
              fullDescription: { text: r.description[lang] },
              defaultConfiguration: { level: sarifLevel(r.defaultSeverity) },
              helpUri: RULE_DOCS_URL,
              help: { text: r.description[lang] },
            })),
          },
        },
        invocations: [
          {
            executionSuccessful: skipped.length === 0,
            exitCode,
            toolExecutionNotifications: skipped.map((s, i) => ({
              level: 'error',
              message: { text: s.message },
              locations: [{ physicalLocation: { artifactLocation: { uri: s.uri, index: files.length + i } } }],
            })),
          },
        ],
        columnKind: 'utf16CodeUnits',
        artifacts: artifacts.map((a) => ({ location: { uri: a.uri } , ...('text' in a ? { length: Buffer.byteLength(a.text, 'utf8'), encoding: 'utf-8', mimeType: /\.(md|markdown)$/i.test(a.name) ? 'text/markdown' : 'text/plain' } : {}) })),
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
