// Hedges as data: hedging, reportative, distancing and unverified-status words and fixed phrases.
// A phrase is lower-case words separated by spaces; `a|b` gives alternatives for one word and a
// trailing `?` makes a word optional. `check` names a context test in ../hedges.ts for words that
// hedge only in some uses (reportative `zou` against the conditional, `lijkt te` against `lijkt op`).
import type { HedgeKind } from '../types';

export type HedgeCheck = 'zou' | 'volgens' | 'lijkt' | 'schijnt' | 'mogelijk';

export interface HedgeEntry {
  phrase: string;
  kind: HedgeKind;
  check?: HedgeCheck;
}

export const HEDGES: readonly HedgeEntry[] = [
  // reportative: "Er zouden geen doden gevallen zijn"
  { phrase: 'zou|zouden', kind: 'reportative', check: 'zou' },
  // distancing attribution markers
  { phrase: 'volgens', kind: 'distancing', check: 'volgens' },
  { phrase: 'naar verluidt|verluid', kind: 'distancing' },
  { phrase: 'naar men zegt', kind: 'distancing' },
  { phrase: 'naar eigen zeggen', kind: 'distancing' },
  { phrase: 'naar het schijnt', kind: 'distancing' },
  { phrase: 'vermeend|vermeende|vermeendelijk|vermeendelijke', kind: 'distancing' },
  { phrase: 'zogenaamd|zogenaamde', kind: 'distancing' },
  { phrase: 'beweerdelijk|beweerdelijke', kind: 'distancing' },
  // epistemic adverbs and verbs
  { phrase: 'mogelijk|mogelijke', kind: 'epistemic', check: 'mogelijk' },
  { phrase: 'mogelijkerwijs', kind: 'epistemic' },
  { phrase: 'waarschijnlijk|waarschijnlijke', kind: 'epistemic' },
  { phrase: 'naar alle waarschijnlijkheid', kind: 'epistemic' },
  { phrase: 'vermoedelijk|vermoedelijke', kind: 'epistemic' },
  { phrase: 'denkelijk', kind: 'epistemic' },
  { phrase: 'wellicht', kind: 'epistemic' },
  { phrase: 'misschien', kind: 'epistemic' },
  { phrase: 'kennelijk|kennelijke', kind: 'epistemic' },
  { phrase: 'blijkbaar|blijkbare', kind: 'epistemic' },
  { phrase: 'ogenschijnlijk|ogenschijnlijke', kind: 'epistemic' },
  { phrase: 'schijnt|schijnen|scheen|schenen', kind: 'epistemic', check: 'schijnt' },
  { phrase: 'lijkt|lijken|leek|leken', kind: 'epistemic', check: 'lijkt' },
  // unverified status
  { phrase: 'onbevestigd|onbevestigde', kind: 'unverified' },
  { phrase: 'ongeverifieerd|ongeverifieerde', kind: 'unverified' },
  { phrase: 'niet nog? officieel? bevestigd', kind: 'unverified' },
  { phrase: 'niet onafhankelijk? te verifiëren|controleren|bevestigen', kind: 'unverified' },
  { phrase: 'niet onafhankelijk? worden geverifieerd|gecontroleerd|bevestigd|vastgesteld', kind: 'unverified' },
  { phrase: 'niet onafhankelijk? geverifieerd|gecontroleerd', kind: 'unverified' },
  { phrase: 'niet onafhankelijk bevestigd|vastgesteld', kind: 'unverified' },
];

/** `volgens` + one of these is a rule or plan, not a source ("volgens plan", "volgens de regels"). */
export const VOLGENS_NOT_SOURCE = new Set([
  'plan', 'planning', 'schema', 'afspraak', 'afspraken', 'protocol', 'regels', 'regel', 'wet', 'richtlijnen',
  'richtlijn', 'voorschrift', 'voorschriften', 'recept', 'boekje', 'verwachting', 'traditie', 'norm', 'normen',
  'reglement', 'procedure', 'contract', 'dienstregeling', 'programma',
  // another preposition: no source follows yet (`volgens volgens …`)
  'volgens', 'aldus',
]);

/** Speech and cognition verb forms that commonly govern a future-in-the-past `zou` (the analyser's verb lexicon adds the rest). */
export const GOVERNING_VERBS = new Set(
  `zei zeiden zegt zeggen gezegd beloofde beloofden belooft beloofd dacht dachten denkt gedacht verwachtte verwachtten verwacht
   hoopte hoopten hoopt gehoopt meldde meldden meldt gemeld verklaarde verklaarden verklaart verklaard kondigde kondigden aangekondigd
   liet lieten laat weten wist wisten geweten dreigde dreigden gedreigd besloot besloten vreesde vreesden gevreesd schreef schreven
   geschreven vertelde vertelden verteld antwoordde antwoordden beweerde beweerden beweert beweerd stelde stelden gesteld
   benadrukte benadrukten bevestigde bevestigden bevestigd garandeerde verzekerde verzekerden voorspelde voorspelden zwoer
   waarschuwde waarschuwden plande planden gepland vroeg vroegen gevraagd wilde wilden afgesproken spraken afspraak
   bedoeling verwachting belofte idee plan gedachte hoop`.split(/\s+/),
);

export const SUBORDINATORS_ZOU = new Set(['dat', 'of', 'waar', 'wanneer', 'hoe', 'wat', 'wie', 'waarom', 'welke', 'hoeveel', 'waarmee', 'waardoor', 'waarin']);
export const FIRST_SECOND_PERSON = new Set(['ik', 'je', 'jij', 'u', 'we', 'wij', 'jullie']);
/** After `zou` these make it a modal, a wish or politeness, not a report (`willen` counts only with graag/liever or the first person). */
export const ZOU_MODALS = new Set(['kunnen', 'moeten', 'mogen', 'graag', 'liever', 'hoeven', 'durven', 'zullen']);
/** Relative pronouns and subordinators that make the `zou` clause subordinate (the future in the past: `de man die zou komen`). */
export const SUBORDINATE_ZOU = new Set(['dat', 'die', 'waar', 'wanneer', 'hoe', 'wat', 'wie', 'waarom', 'welke', 'hoeveel', 'waarmee', 'waardoor', 'waarin', 'waarop', 'omdat', 'doordat', 'zodat', 'toen', 'nadat', 'voordat', 'totdat', 'terwijl', 'hoewel', 'zodra', 'opdat']);
/**
 * Words that make the clause of `zou ... kunnen` a state that holds (reported), not a possibility: a
 * starting point or the present (`zouden sinds dinsdag geen scans meer kunnen worden bekeken`,
 * `zou inmiddels weer kunnen lopen`). With `niet meer`/`geen ... meer` (no longer) see ../hedges.ts.
 */
export const STATE_WORDS = new Set(['sinds', 'sindsdien', 'inmiddels', 'intussen', 'momenteel', 'thans']);
/** Consequence verbs: `dat zou betekenen`, `zou leiden tot` are hypothetical, not reported. */
export const CONSEQUENCE_VERBS = new Set(['betekenen', 'leiden', 'zorgen', 'kosten', 'opleveren', 'schelen', 'helpen', 'neerkomen', 'uitmaken', 'veranderen']);
export const CONDITIONAL_WORDS = new Set(['indien', 'mits', 'tenzij', 'ingeval', 'stel', 'stel dat', 'zonder']);
export const NARRATIVE_FUTURE = new Set(['later', 'uiteindelijk', 'nadien', 'nooit', 'pas']);
export const PRONOUNS_AFTER_ALS = new Set(['ik', 'je', 'jij', 'u', 'hij', 'zij', 'ze', 'we', 'wij', 'jullie', 'men', 'er', 'het', "'t", 'dat', 'dit', 'die', 'iemand', 'niemand', 'iedereen']);
