// Semantic tokens (full and delta) for claimants, quotations, cues and hedges. Nested tokens win over
// the quotation around them, and every token is cut into single-line pieces.
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensDelta } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/types';
import { TOKEN_MODIFIERS, TOKEN_TYPES, type TokenModifier, type TokenType } from '../shared/legend';
import { lineSegments } from './convert';

interface Tok {
  start: number;
  end: number;
  type: number;
  mods: number;
}

const typeIndex = (t: TokenType): number => TOKEN_TYPES.indexOf(t);
const modBits = (mods: (TokenModifier | false)[]): number =>
  mods.reduce((acc, m) => (m ? acc | (1 << TOKEN_MODIFIERS.indexOf(m)) : acc), 0);

export function collectTokens(a: Analysis): Tok[] {
  const toks: Tok[] = [];
  const push = (start: number, end: number, type: TokenType, mods: (TokenModifier | false)[] = []): void => {
    if (end > start) toks.push({ start, end, type: typeIndex(type), mods: modBits(mods) });
  };
  const contestedStatement = (id: number | null): boolean => id !== null && !!a.statements[id]?.contested;
  for (const c of a.claimants) for (const m of c.mentions) push(m.start, m.end, 'claimant', [c.vague && 'vague']);
  a.quotes.forEach((q) => push(q.start, q.end, 'quotation', [q.claimantId === null && 'unattributed', contestedStatement(q.statementId) && 'contested']));
  for (const s of a.statements) {
    if (!s.cue) continue;
    const parts = s.cue.parts?.length ? s.cue.parts : [s.cue];
    for (const p of parts) push(p.start, p.end, 'cue', [s.contested && 'contested']);
  }
  // Cues not attached to any statement.
  const seen = new Set(toks.filter((x) => x.type === typeIndex('cue')).map((x) => x.start));
  for (const c of a.cues) for (const p of c.parts?.length ? c.parts : [c]) if (!seen.has(p.start)) push(p.start, p.end, 'cue');
  for (const h of a.hedges) push(h.start, h.end, 'hedge', [h.claimantId === null && h.statementId === null && 'unattributed']);
  return flatten(toks);
}

/** Non-overlapping tokens in text order; where tokens overlap, the shortest (innermost) wins. */
export function flatten(toks: Tok[]): Tok[] {
  if (toks.length === 0) return [];
  const points = [...new Set(toks.flatMap((x) => [x.start, x.end]))].sort((x, y) => x - y);
  const sorted = [...toks].sort((x, y) => x.start - y.start);
  const active: Tok[] = [];
  const out: Tok[] = [];
  let k = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i];
    const e = points[i + 1];
    while (k < sorted.length && sorted[k].start <= s) active.push(sorted[k++]);
    for (let j = active.length - 1; j >= 0; j--) if (active[j].end <= s) active.splice(j, 1);
    if (active.length === 0) continue;
    let best = active[0];
    for (const x of active) if (x.end - x.start < best.end - best.start) best = x;
    const last = out[out.length - 1];
    if (last && last.end === s && last.type === best.type && last.mods === best.mods && lastSource.get(last) === best) last.end = e;
    else {
      const t = { start: s, end: e, type: best.type, mods: best.mods };
      lastSource.set(t, best);
      out.push(t);
    }
  }
  return out;
}
const lastSource = new WeakMap<Tok, Tok>();

export function encode(doc: TextDocument, a: Analysis, builder: SemanticTokensBuilder): void {
  for (const tok of collectTokens(a)) {
    for (const seg of lineSegments(doc, tok)) builder.push(seg.line, seg.character, seg.length, tok.type, tok.mods);
  }
}

const builders = new Map<string, SemanticTokensBuilder>();

export function fullTokens(uri: string, doc: TextDocument, a: Analysis | null): SemanticTokens {
  const b = new SemanticTokensBuilder();
  builders.set(uri, b);
  if (a) encode(doc, a, b);
  return b.build();
}

export function deltaTokens(uri: string, doc: TextDocument, a: Analysis | null, previousResultId: string): SemanticTokens | SemanticTokensDelta {
  let b = builders.get(uri);
  if (!b) {
    b = new SemanticTokensBuilder();
    builders.set(uri, b);
  } else b.previousResult(previousResultId);
  if (a) encode(doc, a, b);
  return b.canBuildEdits() ? b.buildEdits() : b.build();
}

export function forgetTokens(uri: string): void {
  builders.delete(uri);
}
