// Turns the server's Sources result into a Markdown or JSON report for the editor-in-chief. Pure (no
// vscode): the labels come in already translated.
import type { SourceClaimant, SourceStatement, SourcesResult, WireRange } from '../../server/src/shared/protocol';

export type ExportFormat = 'markdown' | 'json';

export interface ExportLabels {
  title: string;
  /** "{0} sources · {1} open findings" already filled in. */
  summary: string;
  unattributed: string;
  quote: string;
  paraphrase: string;
  hedged: string;
  contested: string;
  contestedBy: string;
  via: string;
  line: string;
  noSources: string;
}

const lineNo = (r: WireRange): number => r.start.line + 1;

function statementLine(s: SourceStatement, l: ExportLabels): string[] {
  const text = s.kind === 'quote' ? `“${s.text.replace(/^["“„'‘]|["”'’]$/g, '')}”` : s.text;
  const facts = [s.kind === 'quote' ? l.quote : l.paraphrase];
  if (s.cue) facts.push(`*${s.cue.text}*`);
  if (s.channel) facts.push(s.channel.text);
  if (s.via) facts.push(`${l.via} ${s.via}`);
  if (s.hedged) facts.push(l.hedged);
  if (s.contested) facts.push(s.contestedBy.length ? `${l.contestedBy} ${s.contestedBy.join(', ')}` : l.contested);
  facts.push(`${l.line} ${lineNo(s.range)}`);
  const out = [`- ${text} — ${facts.join(' · ')}`];
  for (const f of s.findings) out.push(`  - ⚠ ${f.message} (\`${f.rule}\`, ${l.line} ${lineNo(f.range)})`);
  return out;
}

function claimantHeading(c: SourceClaimant): string {
  const extra = [c.role, c.variants.filter((v) => v !== c.name).length ? c.variants.filter((v) => v !== c.name).join(', ') : null]
    .filter(Boolean)
    .join('; ');
  return `## ${c.name}${extra ? ` (${extra})` : ''}`;
}

export function formatSources(result: SourcesResult, format: ExportFormat, labels: ExportLabels, fileName: string): string {
  if (format === 'json') {
    return JSON.stringify({ file: fileName, ...result }, null, 2) + '\n';
  }
  const out: string[] = [`# ${labels.title}: ${fileName}`, '', `_${labels.summary}_`, ''];
  if (result.claimants.length === 0 && result.unattributed.length === 0) out.push(labels.noSources, '');
  for (const c of result.claimants) {
    out.push(claimantHeading(c), '');
    for (const s of c.statements) out.push(...statementLine(s, labels));
    out.push('');
  }
  if (result.unattributed.length) {
    out.push(`## ${labels.unattributed}`, '');
    for (const s of result.unattributed) out.push(...statementLine(s, labels));
    out.push('');
  }
  return out.join('\n');
}
