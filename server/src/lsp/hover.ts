// Hover cards (Markdown, Dutch or English) on quotations and claims, claimant mentions and hedges.
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Claimant, Hedge, Span, Statement } from '../core/types';
import type { Lang } from './i18n';
import { T, t } from './i18n';
import { lineOf, toRange } from './convert';
import { shorten } from './sources';

const inside = (s: Span, o: number): boolean => s.start <= o && o < s.end;
/** Markdown-escape text from the draft. */
function esc(s: string): string {
  return s.replace(/([\\`*_{}[\]<>#|~])/g, '\\$1');
}

function claimantLabel(c: Claimant, lang: Lang): string {
  const role = c.role ? ` — ${esc(c.role)}` : '';
  const vague = c.vague ? ` _(${t('vague', lang)})_` : '';
  return `**${esc(c.name)}**${role}${vague}`;
}

function statementText(doc: TextDocument, s: Statement, max = 140): string {
  return esc(shorten(doc.getText().slice(s.content.start, s.content.end), max));
}

function via(a: Analysis, s: Statement): string[] {
  const chain: string[] = [];
  const seen = new Set<number>([s.id]);
  let cur = s.viaStatementId !== null ? a.statements[s.viaStatementId] : undefined;
  while (cur && !seen.has(cur.id)) {
    seen.add(cur.id);
    const c = cur.claimantId !== null ? a.claimants[cur.claimantId] : undefined;
    const ch = cur.channel ? ` (${esc(cur.channel.text)})` : '';
    if (c) chain.push(esc(c.name) + ch);
    cur = cur.viaStatementId !== null ? a.statements[cur.viaStatementId] : undefined;
  }
  return chain;
}

export function statementCard(doc: TextDocument, a: Analysis, s: Statement, lang: Lang, quote?: Span): string {
  const c = s.claimantId !== null ? a.claimants[s.claimantId] : undefined;
  const lines: string[] = [];
  const shown = quote ? esc(shorten(doc.getText().slice(quote.start, quote.end), 140)) : statementText(doc, s);
  lines.push(`**${t(quote || s.quoteIds.length ? 'hQuote' : 'hClaim', lang)}** · "${shown}"`, '');
  lines.push(`- ${t('hSource', lang)}: ${c ? claimantLabel(c, lang) : `_${t('hNoSource', lang)}_`}`);
  if (s.cue) lines.push(`- ${t('hCue', lang)}: _${esc(s.cue.text)}_`);
  if (s.channel) lines.push(`- ${t('hChannel', lang)}: ${esc(s.channel.text)}`);
  const chain = via(a, s);
  if (chain.length) lines.push(`- ${t('hVia', lang)}: ${chain.join(' → ')}`);
  const hedges = s.hedgeIds.map((i) => a.hedges[i]).filter((h): h is Hedge => !!h);
  lines.push(`- ${t('hHedged', lang)}: ${hedges.length ? `${t('yes', lang)} (${hedges.map((h) => `_${esc(h.text)}_`).join(', ')})` : t('no', lang)}`);
  if (s.contested || s.contestedBy.length) {
    lines.push(`- ${t('hContested', lang)}: ${t('yes', lang)}`);
    for (const id of s.contestedBy) {
      const o = a.statements[id];
      if (!o) continue;
      const oc = o.claimantId !== null ? a.claimants[o.claimantId] : undefined;
      const name = oc ? `**${esc(oc.name)}**` : `_${t('hUnknownSource', lang)}_`;
      lines.push(`  - ${t('hDisputedBy', lang, { name, text: `"${statementText(doc, o, 160)}"` })}`);
    }
  } else lines.push(`- ${t('hContested', lang)}: ${t('no', lang)}`);
  return lines.join('\n');
}

export function claimantCard(doc: TextDocument, a: Analysis, c: Claimant, lang: Lang): string {
  const kind = T.kind[lang][c.kind];
  const lines: string[] = [`${claimantLabel(c, lang)} · _${kind}_`, ''];
  const names = [...new Set([...c.mentions.filter((m) => m.kind !== 'pronoun').map((m) => m.text), ...c.variants])];
  if (names.length) lines.push(`${t('hNames', lang)}: ${names.map((n) => `"${esc(n)}"`).join(', ')}`, '');
  if (c.mentions[0]) lines.push(t('hIntroduced', lang, { line: lineOf(doc, c.mentions[0].start) + 1 }), '');
  const statements = a.statements.filter((s) => s.claimantId === c.id);
  if (statements.length) {
    lines.push(`**${t('hStatements', lang)}**`, '');
    for (const s of statements.slice(0, 20)) {
      const flags = [s.hedgeIds.length ? t('hHedged', lang).toLowerCase() : '', s.contested ? t('hContested', lang).toLowerCase() : '']
        .filter(Boolean)
        .join(', ');
      lines.push(`- ${t('hLine', lang, { line: lineOf(doc, s.content.start) + 1 })}: "${statementText(doc, s, 100)}"${flags ? ` _(${flags})_` : ''}`);
    }
    if (statements.length > 20) lines.push(`- … (+${statements.length - 20})`);
  } else lines.push(`_${t('hNoStatements', lang)}_`);
  return lines.join('\n');
}


const HEDGE_KEY = {
  reportative: 'hedgeReportative',
  distancing: 'hedgeDistancing',
  epistemic: 'hedgeEpistemic',
  unverified: 'hedgeUnverified',
} as const;

export function hedgeCard(a: Analysis, h: Hedge, lang: Lang): string {
  const lines = [`**${t('hHedgeTitle', lang)}** · _${esc(h.text)}_ — ${t(HEDGE_KEY[h.kind], lang)}`, ''];
  const st = h.statementId !== null ? a.statements[h.statementId] : undefined;
  const cid = h.claimantId ?? st?.claimantId ?? null;
  const c = cid !== null ? a.claimants[cid] : undefined;
  lines.push(c ? t('hHedgeOf', lang, { name: esc(c.name) }) : t('hHedgeNoSource', lang));
  return lines.join('\n');
}

export function hover(doc: TextDocument, a: Analysis, offset: number, lang: Lang): Hover | null {
  // Most specific first: a claimant mention, a hedge, a cue, a quotation, a claim.
  for (const c of a.claimants) {
    const m = c.mentions.find((x) => inside(x, offset));
    if (m) return card(doc, m, claimantCard(doc, a, c, lang));
  }
  const h = a.hedges.find((x) => inside(x, offset));
  if (h) return card(doc, h, hedgeCard(a, h, lang));
  const byCue = a.statements.find((s) => s.cue && (inside(s.cue, offset) || s.cue.parts.some((p) => inside(p, offset))));
  if (byCue?.cue) return card(doc, byCue.cue, statementCard(doc, a, byCue, lang));
  const qi = a.quotes.findIndex((q) => inside(q, offset));
  if (qi >= 0) {
    const q = a.quotes[qi];
    const s = q.statementId !== null ? a.statements[q.statementId] : a.statements.find((x) => x.quoteIds.includes(qi));
    if (s) return card(doc, q, statementCard(doc, a, s, lang, q.inner));
    const c = q.claimantId !== null ? a.claimants[q.claimantId] : undefined;
    const text = esc(shorten(doc.getText().slice(q.inner.start, q.inner.end), 140));
    return card(doc, q, `**${t('hQuote', lang)}** · "${text}"\n\n- ${t('hSource', lang)}: ${c ? claimantLabel(c, lang) : `_${t('hNoSource', lang)}_`}`);
  }
  // The innermost claim containing the offset.
  let best: Statement | undefined;
  for (const s of a.statements) if (inside(s.content, offset) && (!best || s.content.end - s.content.start < best.content.end - best.content.start)) best = s;
  if (best) return card(doc, best.content, statementCard(doc, a, best, lang));
  return null;
}

function card(doc: TextDocument, span: Span, value: string): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range: toRange(doc, span) };
}
