// The public face of the analysis core: text in, Analysis out. No editor imports.
export { analyse } from './analyse';
export { WindowCache } from './windows';
export { RULES, RULE_IDS, RULE_DOCS_URL } from './rules';
export type * from './types';
