// Claimants as the outline, every mention highlighted and referenced, rename of a claimant.
import {
  DocumentHighlightKind,
  SymbolKind,
  type DocumentHighlight,
  type DocumentSymbol,
  type Location,
  type Range,
  type TextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Claimant, ClaimantKind, Mention } from '../core/types';
import { toRange } from './convert';
import { shorten } from './sources';

const KIND: Record<ClaimantKind, SymbolKind> = {
  person: SymbolKind.Variable,
  organisation: SymbolKind.Class,
  collective: SymbolKind.Namespace,
  outlet: SymbolKind.Module,
  anonymous: SymbolKind.Null,
};

export function documentSymbols(doc: TextDocument, a: Analysis): DocumentSymbol[] {
  const text = doc.getText();
  const out: DocumentSymbol[] = [];
  for (const c of a.claimants) {
    const first = c.mentions[0];
    if (!first) continue;
    const statements = a.statements.filter((s) => s.claimantId === c.id);
    const children: DocumentSymbol[] = statements.map((s) => {
      const start = Math.min(s.content.start, s.cue?.start ?? Infinity, s.mention?.start ?? Infinity);
      const end = Math.max(s.content.end, s.cue?.end ?? 0, s.mention?.end ?? 0);
      return {
        name: shorten(text.slice(s.content.start, s.content.end), 80) || '…',
        detail: s.cue?.text ?? '',
        kind: s.quoteIds.length ? SymbolKind.String : SymbolKind.Event,
        range: toRange(doc, { start, end }),
        selectionRange: toRange(doc, s.content),
      };
    });
    let start = first.start;
    let end = first.end;
    for (const ch of statements) {
      start = Math.min(start, ch.content.start, ch.cue?.start ?? Infinity, ch.mention?.start ?? Infinity);
      end = Math.max(end, ch.content.end, ch.cue?.end ?? 0, ch.mention?.end ?? 0);
    }
    out.push({ name: c.name || first.text, detail: c.role ?? '', kind: KIND[c.kind] ?? SymbolKind.Variable, range: toRange(doc, { start, end }), selectionRange: toRange(doc, first), children });
  }
  return out;
}

/** The claimant and mention at an offset (the mention touching it, start and end inclusive). */
export function claimantAt(a: Analysis, offset: number): { claimant: Claimant; mention: Mention } | null {
  for (const c of a.claimants) for (const m of c.mentions) if (m.start <= offset && offset <= m.end && m.end > m.start) return { claimant: c, mention: m };
  return null;
}

export function highlights(doc: TextDocument, a: Analysis, offset: number): DocumentHighlight[] {
  const hit = claimantAt(a, offset);
  if (!hit) return [];
  return hit.claimant.mentions.map((m) => ({ range: toRange(doc, m), kind: DocumentHighlightKind.Text }));
}

export function references(doc: TextDocument, uri: string, a: Analysis, offset: number, includeDeclaration: boolean): Location[] {
  const hit = claimantAt(a, offset);
  if (!hit) return [];
  const ms = includeDeclaration ? hit.claimant.mentions : hit.claimant.mentions.slice(1);
  return ms.map((m) => ({ uri, range: toRange(doc, m) }));
}

const RENAMEABLE = new Set(['name', 'organisation']);

export function prepareRename(doc: TextDocument, a: Analysis, offset: number): { range: Range; placeholder: string } | null {
  const hit = claimantAt(a, offset);
  if (!hit || !RENAMEABLE.has(hit.mention.kind)) return null;
  return { range: toRange(doc, hit.mention), placeholder: hit.mention.text };
}

const words = (s: string): string[] => s.trim().split(/\s+/).filter(Boolean);

/**
 * Renames a claimant: every name mention of it is rewritten. A mention of several words gets the new
 * full name (or, when only a surname was renamed, its last word replaced); a one-word mention (a
 * surname, or a misspelling of it) gets the new name's last word.
 */
export function rename(doc: TextDocument, a: Analysis, offset: number, newName: string): TextEdit[] | null {
  const hit = claimantAt(a, offset);
  const nw = words(newName);
  if (!hit || !RENAMEABLE.has(hit.mention.kind) || nw.length === 0) return null;
  const ow = words(hit.mention.text);
  const newLast = nw[nw.length - 1];
  const edits: TextEdit[] = [];
  for (const m of hit.claimant.mentions) {
    if (!RENAMEABLE.has(m.kind)) continue;
    const mw = words(m.text);
    let replacement: string;
    if (m.text === hit.mention.text) replacement = nw.join(' ');
    else if (mw.length === 1) replacement = newLast;
    else if (ow.length === 1) replacement = [...mw.slice(0, -1), newLast].join(' ');
    else replacement = nw.join(' ');
    if (replacement !== m.text) edits.push({ range: toRange(doc, m), newText: replacement });
  }
  return edits;
}
