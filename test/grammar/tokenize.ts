// Loads the Bronwijzer TextMate grammars the way VS Code does (vscode-textmate + vscode-oniguruma, grammar
// contributions and injectTo read from package.json) and tokenizes text into coloured spans.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const require = createRequire(__filename);
export const ROOT = join(__dirname, '..', '..');

interface GrammarContribution { scopeName: string; path: string; language?: string; injectTo?: string[] }

/** Test-only stand-ins for the base grammars the injection attaches to. */
const STUBS: Record<string, string> = {
  'text.plain': join(__dirname, 'stubs', 'plain.tmLanguage.json'),
  'text.html.markdown': join(__dirname, 'stubs', 'markdown.tmLanguage.json'),
};

let registry: Promise<vsctm.Registry> | undefined;

function createRegistry(): Promise<vsctm.Registry> {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes?: { grammars?: GrammarContribution[] } };
  const contributions = manifest.contributes?.grammars ?? [];
  const paths: Record<string, string> = { ...STUBS };
  const injections: Record<string, string[]> = {};
  for (const g of contributions) {
    paths[g.scopeName] = join(ROOT, g.path);
    for (const target of g.injectTo ?? []) (injections[target] ??= []).push(g.scopeName);
  }
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer as ArrayBuffer;
  const onigLib = oniguruma.loadWASM(wasm).then(() => ({
    createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
    createOnigString: (s: string) => new oniguruma.OnigString(s),
  }));
  return Promise.resolve(new vsctm.Registry({
    onigLib,
    loadGrammar: async (scopeName) => {
      const path = paths[scopeName];
      return path ? vsctm.parseRawGrammar(readFileSync(path, 'utf8'), path) : null;
    },
    // Like VS Code: injections registered for a scope also apply to its sub-scopes (text.plain.x).
    getInjections: (scopeName) => {
      const parts = scopeName.split('.');
      return parts.flatMap((_, i) => injections[parts.slice(0, i + 1).join('.')] ?? []);
    },
  }));
}

export async function loadGrammar(scopeName: string): Promise<vsctm.IGrammar> {
  registry ??= createRegistry();
  const grammar = await (await registry).loadGrammar(scopeName);
  if (!grammar) throw new Error(`grammar ${scopeName} not found`);
  return grammar;
}

export type Kind = 'quote' | 'cue' | 'hedge';
export interface ColouredSpan { kind: Kind; start: number; end: number; text: string }

function kindOf(scopes: string[]): Kind | undefined {
  for (const s of scopes) {
    if (s.startsWith('string.quoted.') && s.endsWith('.bronwijzer')) return 'quote';
    if (s === 'keyword.other.cue.bronwijzer') return 'cue';
    if (s === 'keyword.control.hedge.bronwijzer') return 'hedge';
  }
  return undefined;
}

/** Tokenizes `text` line by line; returns the coloured spans (adjacent tokens of one kind merged) as offsets in `text`. */
export function colouredSpans(grammar: vsctm.IGrammar, text: string): ColouredSpan[] {
  const spans: ColouredSpan[] = [];
  let state: vsctm.StateStack = vsctm.INITIAL;
  let offset = 0;
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, state, 10_000);
    state = r.ruleStack;
    for (const t of r.tokens) {
      const kind = kindOf(t.scopes);
      if (!kind) continue;
      const start = offset + t.startIndex;
      const end = offset + Math.min(t.endIndex, line.length);
      const last = spans[spans.length - 1];
      // Merge the pieces of one quotation (begin mark, content, end mark); a begin mark starts a new one.
      const joins = kind === 'quote' && last?.kind === 'quote' && last.end === start &&
        !t.scopes.some((s) => s.startsWith('punctuation.definition.string.begin'));
      if (joins && last) last.end = end;
      else if (end > start) spans.push({ kind, start, end, text: '' });
    }
    offset += line.length + 1;
  }
  for (const s of spans) s.text = text.slice(s.start, s.end);
  return spans;
}
