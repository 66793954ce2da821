// The Sources panel: claimants -> statements -> findings of the active draft, with a badge for the
// number of open findings. Data comes from the server's `bronwijzer/sources` request.
import * as vscode from 'vscode';
import type { SourceClaimant, SourceFinding, SourceStatement, SourcesResult, WireRange } from '../../server/src/shared/protocol';

export type SourceNode =
  | { kind: 'claimant'; uri: string; claimant: SourceClaimant }
  | { kind: 'unattributed'; uri: string; statements: SourceStatement[] }
  | { kind: 'statement'; uri: string; statement: SourceStatement; parentId: string }
  | { kind: 'finding'; uri: string; finding: SourceFinding; parentId: string; index: number }
  | { kind: 'message'; text: string };

export const toRange = (r: WireRange): vscode.Range => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

const CLAIMANT_ICON: Record<SourceClaimant['kind'], string> = {
  person: 'person',
  organisation: 'organization',
  collective: 'organization',
  outlet: 'broadcast',
  anonymous: 'eye-closed',
};
const SEVERITY_ICON: Record<SourceFinding['severity'], [string, string]> = {
  error: ['error', 'problemsErrorIcon.foreground'],
  warning: ['warning', 'problemsWarningIcon.foreground'],
  information: ['info', 'problemsInfoIcon.foreground'],
  hint: ['lightbulb', 'problemsInfoIcon.foreground'],
};

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

export function findingsLabel(n: number): string {
  return n === 1 ? vscode.l10n.t('1 open finding') : vscode.l10n.t('{0} open findings', n);
}

export class SourcesProvider implements vscode.TreeDataProvider<SourceNode> {
  private readonly changed = new vscode.EventEmitter<SourceNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** The document shown, and what the server said about it (null: no draft active). */
  result: SourcesResult | null = null;
  message: string | null = null;

  set(result: SourcesResult | null, message: string | null = null): void {
    this.result = result;
    this.message = message;
    this.changed.fire(undefined);
  }

  getChildren(node?: SourceNode): SourceNode[] {
    const r = this.result;
    if (!node) {
      if (this.message) return [{ kind: 'message', text: this.message }];
      if (!r) return [];
      if (r.skipped) return [{ kind: 'message', text: r.skipped }];
      const top: SourceNode[] = r.claimants.map((claimant) => ({ kind: 'claimant', uri: r.uri, claimant }));
      if (r.unattributed.length) top.push({ kind: 'unattributed', uri: r.uri, statements: r.unattributed });
      return top;
    }
    switch (node.kind) {
      case 'claimant':
        return node.claimant.statements.map((statement) => ({ kind: 'statement', uri: node.uri, statement, parentId: `c${node.claimant.id}` }));
      case 'unattributed':
        return node.statements.map((statement) => ({ kind: 'statement', uri: node.uri, statement, parentId: 'u' }));
      case 'statement':
        return node.statement.findings.map((finding, index) => ({ kind: 'finding', uri: node.uri, finding, index, parentId: `${node.parentId}/s${node.statement.id}` }));
      default:
        return [];
    }
  }

  getTreeItem(node: SourceNode): vscode.TreeItem {
    const C = vscode.TreeItemCollapsibleState;
    switch (node.kind) {
      case 'message': {
        const item = new vscode.TreeItem(node.text, C.None);
        item.iconPath = new vscode.ThemeIcon('info');
        item.tooltip = node.text;
        return item;
      }
      case 'claimant': {
        const c = node.claimant;
        const item = new vscode.TreeItem(c.name, c.statements.length ? C.Expanded : C.None);
        item.id = `c${c.id}`;
        const n = c.statements.length;
        item.description = [c.role && c.role.toLowerCase() !== c.name.toLowerCase() ? c.role : null, n === 1 ? vscode.l10n.t('1 statement') : vscode.l10n.t('{0} statements', n)].filter(Boolean).join(' · ');
        item.iconPath = new vscode.ThemeIcon(c.vague ? 'question' : CLAIMANT_ICON[c.kind]);
        const tip = new vscode.MarkdownString();
        tip.appendMarkdown(`**${c.name}**`);
        if (c.role) tip.appendMarkdown(` — ${c.role}`);
        const variants = c.variants.filter((v) => v !== c.name);
        if (variants.length) tip.appendMarkdown(`\n\n${vscode.l10n.t('Also written as: {0}', variants.join(', '))}`);
        if (c.vague) tip.appendMarkdown(`\n\n${vscode.l10n.t('Anonymous or vague source')}`);
        tip.appendMarkdown(`\n\n${plural(c.mentions.length, vscode.l10n.t('Mentioned once'), vscode.l10n.t('Mentioned {0} times', c.mentions.length))}`);
        item.tooltip = tip;
        item.contextValue = 'claimant';
        item.command = reveal(node.uri, c.range);
        return item;
      }
      case 'unattributed': {
        const item = new vscode.TreeItem(vscode.l10n.t('Without a source'), C.Expanded);
        item.id = 'u';
        item.description = node.statements.length === 1 ? vscode.l10n.t('1 statement') : vscode.l10n.t('{0} statements', node.statements.length);
        item.iconPath = new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('problemsWarningIcon.foreground'));
        item.tooltip = vscode.l10n.t('Quotations and claims the draft credits to nobody');
        return item;
      }
      case 'statement': {
        const s = node.statement;
        const label = s.kind === 'quote' ? `“${s.text.replace(/^["“„'‘]|["”'’]$/g, '')}”` : s.text;
        const item = new vscode.TreeItem(label, s.findings.length ? C.Collapsed : C.None);
        item.id = `${node.parentId}/s${s.id}`;
        const facts: string[] = [];
        if (s.cue) facts.push(s.cue.text);
        if (s.channel) facts.push(s.channel.text);
        if (s.hedged) facts.push(vscode.l10n.t('hedged'));
        if (s.contested) facts.push(vscode.l10n.t('contested'));
        item.description = facts.join(' · ');
        const color = s.contested || s.findings.length ? new vscode.ThemeColor('problemsWarningIcon.foreground') : undefined;
        item.iconPath = new vscode.ThemeIcon(s.kind === 'quote' ? 'quote' : 'comment', color);
        const tip = new vscode.MarkdownString();
        tip.appendMarkdown(`${s.kind === 'quote' ? vscode.l10n.t('Quotation') : vscode.l10n.t('Paraphrase')}: ${label}`);
        if (s.cue) tip.appendMarkdown(`\n\n${vscode.l10n.t('Cue')}: *${s.cue.text}* (${s.cue.lemma})`);
        if (s.channel) tip.appendMarkdown(`\n\n${vscode.l10n.t('Channel')}: ${s.channel.text}`);
        if (s.via) tip.appendMarkdown(`\n\n${vscode.l10n.t('Reported via {0}', s.via)}`);
        if (s.hedged) tip.appendMarkdown(`\n\n${vscode.l10n.t('The draft hedges this claim.')}`);
        if (s.contested) tip.appendMarkdown(`\n\n${s.contestedBy.length ? vscode.l10n.t('Contested by {0}', s.contestedBy.join(', ')) : vscode.l10n.t('Contested by another source')}`);
        item.tooltip = tip;
        item.contextValue = 'statement';
        item.command = reveal(node.uri, s.range);
        return item;
      }
      case 'finding': {
        const f = node.finding;
        const item = new vscode.TreeItem(f.message, C.None);
        item.id = `${node.parentId}/f${node.index}`;
        item.description = f.rule;
        const [icon, color] = SEVERITY_ICON[f.severity];
        item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
        item.tooltip = f.message;
        item.contextValue = 'finding';
        item.command = reveal(node.uri, f.range);
        return item;
      }
    }
  }
}

function reveal(uri: string, range: WireRange): vscode.Command {
  return { command: 'bronwijzer.reveal', title: vscode.l10n.t('Go to text'), arguments: [uri, range] };
}

/** Selects `range` in the document `uri` and scrolls it into view. */
export async function revealRange(uri: string, range: WireRange): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const r = toRange(range);
  const editor = await vscode.window.showTextDocument(doc, { selection: r, preserveFocus: false });
  editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
