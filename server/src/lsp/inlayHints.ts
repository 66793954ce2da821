// Inlay hints naming the speaker after `hij`, `zij` or `ze` (setting bronwijzer.inlayHints).
import type { InlayHint } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Span } from '../core/types';
import { toPosition } from './convert';
import { t, type Lang } from './i18n';
import { referenceName } from './names';

const PRONOUNS = new Set(['hij', 'zij', 'ze']);

export function inlayHints(doc: TextDocument, a: Analysis, within: Span, lang: Lang): InlayHint[] {
  const out: InlayHint[] = [];
  for (const c of a.claimants) {
    if (!c.name) continue;
    for (const m of c.mentions) {
      if (m.kind !== 'pronoun' || !PRONOUNS.has(m.text.toLowerCase())) continue;
      if (m.end < within.start || m.start > within.end) continue;
      if (m.text.toLowerCase() === c.name.toLowerCase()) continue;
      out.push({ position: toPosition(doc, m.end), label: `(${referenceName(c, doc.getText())})`, paddingLeft: true, tooltip: `${t('inlaySpeaker', lang)}: ${c.name}` });
    }
  }
  return out.sort((x, y) => x.position.line - y.position.line || x.position.character - y.position.character);
}
