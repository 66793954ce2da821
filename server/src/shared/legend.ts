// The semantic-token legend, shared by the server (which encodes tokens with it) and the extension
// manifest (`contributes.semanticTokenTypes` / `semanticTokenModifiers` / `semanticTokenScopes`).
// Order matters: the index of a name is what goes over the wire. Append only; never reorder.

/** Custom token types. Suggested superTypes for the manifest are in TOKEN_TYPE_SUPERTYPES. */
export const TOKEN_TYPES = ['claimant', 'quotation', 'cue', 'hedge'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];

/** Custom token modifiers (bit i = TOKEN_MODIFIERS[i]). */
export const TOKEN_MODIFIERS = ['contested', 'unattributed', 'vague'] as const;
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

/** Standard LSP types each custom type falls back to in themes without Bronwijzer colours. */
export const TOKEN_TYPE_SUPERTYPES: Readonly<Record<TokenType, string>> = {
  claimant: 'variable',
  quotation: 'string',
  cue: 'keyword',
  hedge: 'modifier',
};

/** Descriptions for the manifest (English; the manifest may localise them). */
export const TOKEN_TYPE_DESCRIPTIONS: Readonly<Record<TokenType, string>> = {
  claimant: 'A source (claimant) mentioned in the draft',
  quotation: 'A direct quotation',
  cue: 'An attribution cue (reporting verb, "volgens", "aldus")',
  hedge: 'A hedge such as reportative "zou"',
};

export const TOKEN_MODIFIER_DESCRIPTIONS: Readonly<Record<TokenModifier, string>> = {
  contested: 'Disputed by another source in the draft',
  unattributed: 'Nobody is credited with it',
  vague: 'Anonymous or vague source',
};

/** The legend as LSP's SemanticTokensLegend expects it. */
export const SEMANTIC_TOKENS_LEGEND: { tokenTypes: string[]; tokenModifiers: string[] } = {
  tokenTypes: [...TOKEN_TYPES],
  tokenModifiers: [...TOKEN_MODIFIERS],
};
