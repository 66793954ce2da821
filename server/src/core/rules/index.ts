// The diagnostic rules as data: id, default severity, Dutch and English title and description.
import type { RuleId, RuleInfo } from '../types';
import { unattributedQuote } from './unattributed-quote';
import { unsourcedHedge } from './unsourced-hedge';
import { contestedClaim } from './contested-claim';
import { nameVariant } from './name-variant';
import { vagueSource } from './vague-source';

export const RULES: Readonly<Record<RuleId, RuleInfo>> = {
  'unattributed-quote': unattributedQuote,
  'unsourced-hedge': unsourcedHedge,
  'contested-claim': contestedClaim,
  'name-variant': nameVariant,
  'vague-source': vagueSource,
};

export const RULE_IDS = Object.keys(RULES) as RuleId[];

/** Where a rule's description lives (the README section), for `codeDescription`. */
export const RULE_DOCS_URL = 'https://github.com/bronwijzer/bronwijzer#regels';
