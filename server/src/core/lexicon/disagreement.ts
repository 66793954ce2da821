// Idioms of disagreement: a source says that another source's claim is wrong without a denial verb or
// a content clause (`Ingewijden vertellen een ander verhaal`, `Het OM denkt daar anders over`,
// `gelooft daar weinig van`, `ziet dat anders`, `is het er niet mee eens`). Data: the verb's lemma and
// the word sequences that may follow it in its clause (within a few words).

/** Lemma of the cue -> word sequences (lower case) that make it an idiom of disagreement. */
export const DISAGREEMENT_IDIOMS: ReadonlyMap<string, readonly (readonly string[])[]> = new Map<string, string[][]>([
  ['vertellen', [['ander', 'verhaal'], ['heel', 'ander', 'verhaal'], ['andere', 'versie']]],
  ['zeggen', [['iets', 'anders'], ['het', 'tegendeel']]],
  ['denken', [['daar', 'anders', 'over'], ['er', 'anders', 'over'], ['hier', 'anders', 'over'], ['daar', 'heel', 'anders', 'over'], ['er', 'heel', 'anders', 'over']]],
  ['geloven', [['daar', 'weinig', 'van'], ['er', 'weinig', 'van'], ['daar', 'niets', 'van'], ['daar', 'niks', 'van'], ['er', 'niets', 'van'], ['er', 'niks', 'van'], ['daar', 'geen', 'woord', 'van'], ['er', 'geen', 'woord', 'van']]],
  ['noemen', [['onzin'], ['onjuist'], ['ongeloofwaardig'], ['niet', 'geloofwaardig'], ['niet', 'aannemelijk'], ['leugen'], ['leugens'], ['nonsens'], ['flauwekul'], ['verzinsel'], ['verdraaiing'], ['voorbarig'], ['onverantwoord'], ['ongefundeerd'], ['ongegrond'], ['onbetrouwbaar'], ['absurd'], ['belachelijk'], ['lachwekkend'], ['kletskoek'], ['nep'], ['misleidend'], ['overdreven'], ['sterk', 'overdreven'], ['bangmakerij'], ['paniekzaaierij'], ['stemmingmakerij'], ['hysterie'], ['propaganda'], ['laster'], ['nepnieuws'], ['fabeltjes'], ['sprookjes'], ['kletspraat'], ['broodjeaapverhaal'], ['desinformatie'], ['speculatie'], ['speculaties'], ['insinuatie'], ['insinuaties'], ['paniekzaaierij'], ['bangmakerij'], ['truc'], ['trucje'], ['boekhoudtruc'], ['farce'], ['schijnvertoning'], ['poppenkast'], ['rookgordijn'], ['afleidingsmanoeuvre'], ['sprookje'], ['mythe'], ['fictie']]],
  ['spreken', [['van', 'bangmakerij'], ['van', 'paniekzaaierij'], ['van', 'stemmingmakerij'], ['van', 'hysterie'], ['van', 'propaganda'], ['van', 'laster'], ['van', 'nepnieuws'], ['van', 'fabeltjes'], ['van', 'sprookjes'], ['van', 'kletspraat'], ['van', 'broodjeaapverhaal'], ['van', 'desinformatie'], ['van', 'onzin'], ['van', 'leugens'], ['van', 'een', 'leugen'], ['van', 'een', 'verzinsel']]],
]);

/** The anaphor of a denial that disputes the claim just made (`X ontkent dat.`, `Dat werd ... tegengesproken`). */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(['dat', 'dit', 'die', 'deze']);

/** Nouns for a claim made before: a denial of `de beschuldiging`, `die lezing`, `de berichten` refers
 *  back to it as an anaphor does. */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set(['beschuldiging', 'beschuldigingen', 'aantijging', 'aantijgingen',
  'verwijt', 'verwijten', 'bewering', 'beweringen', 'lezing', 'versie', 'weergave', 'voorstelling', 'verhaal', 'verhalen',
  'claim', 'claims', 'bericht', 'berichten', 'berichtgeving', 'uitspraak', 'uitspraken', 'suggestie', 'suggesties',
  'conclusie', 'conclusies', 'cijfer', 'cijfers', 'getal', 'dodental', 'kritiek', 'geruchten', 'speculaties']);
/** Determiners of such a definite noun. */
export const CLAIM_DETERMINERS: ReadonlySet<string> = new Set(['de', 'het', 'die', 'deze', 'dat', 'dit', 'zulke']);

/** Words that may announce diverging accounts (`lopen de berichten uiteen`, `tegenstrijdige verklaringen`,
 *  `spreken elkaar tegen`, `verschillen van mening`): the cue scan notes the sentences that have one
 *  (outside quotations), and DIVERGENCE then decides on the sentence's text. */
export const DIVERGENCE_WORDS: readonly string[] = ['uiteen', 'uiteenlopende', 'tegenstrijdig', 'tegenstrijdige', 'elkaar', 'oneens', 'mening', 'verdeeld', 'eens', 'lezingen', 'versies'];

/**
 * Opposite assessments of one matter: two sources, one using a word of the first list of a pair and the
 * other a word of the second (`De verkiezing is eerlijk verlopen` / `ernstige onregelmatigheden`; `het
 * geweld was noodzakelijk` / `buitensporig geweld`), dispute each other. A negation right before a word
 * turns it to the other side (`niet eerlijk`). Pairs of word lists, lower case.
 */
export const OPPOSITE_ASSESSMENTS: readonly (readonly [readonly string[], readonly string[]])[] = [
  [['eerlijk', 'eerlijke', 'ordelijk', 'ordelijke', 'correct', 'correcte'], ['oneerlijk', 'oneerlijke', 'onregelmatigheden', 'fraude', 'gefraudeerd', 'verkiezingsfraude', 'gemanipuleerd', 'vervalst', 'gesjoemeld']],
  [['proportioneel', 'noodzakelijk', 'gerechtvaardigd', 'gepast'], ['buitensporig', 'buitensporige', 'disproportioneel', 'disproportionele', 'excessief', 'excessieve', 'overmatig', 'overmatige', 'onnodig', 'onnodige']],
  [['vreedzaam', 'vreedzame', 'geweldloos', 'geweldloze', 'kalm', 'kalme', 'rustig', 'rustige'], ['gewelddadig', 'gewelddadige', 'rellen', 'ongeregeldheden', 'agressief', 'agressieve']],
  [['rechtmatig', 'rechtmatige', 'legaal', 'legale'], ['onrechtmatig', 'onrechtmatige', 'illegaal', 'illegale']],
  [['vrijwillig', 'vrijwillige'], ['gedwongen', 'weggestuurd', 'ontslagen']],
  [['onschuldig', 'onschuldige'], ['schuldig', 'schuldige']],
];

/** `het werkelijke aantal ligt veel hoger`: a comparative about a count (COUNT_NOUNS) disputes a figure given before. */
export const COMPARATIVES: ReadonlySet<string> = new Set(['hoger', 'lager', 'groter', 'kleiner']);
export const COUNT_NOUNS: ReadonlySet<string> = new Set(['aantal', 'cijfer', 'cijfers', 'dodental', 'bedrag', 'schade', 'getal', 'totaal']);
/** `zegt uitsluitend militaire doelen te hebben aangevallen`: a claim restricted to something else. */
export const RESTRICTIVES: ReadonlySet<string> = new Set(['uitsluitend', 'enkel', 'slechts', 'alleen']);
/** The words of OPPOSITE_ASSESSMENTS (kind 1), COMPARATIVES (2) and RESTRICTIVES (4): the cue scan notes which
 *  kinds a sentence has (in or outside quotations), and only those statements are read for them. */
export const ASSESSMENT_WORDS: ReadonlyMap<string, number> = new Map<string, number>([
  ...OPPOSITE_ASSESSMENTS.flatMap(([a, b]) => [...a, ...b]).map((w): [string, number] => [w, 1]),
  ...[...COMPARATIVES].map((w): [string, number] => [w, 2]),
  ...[...RESTRICTIVES].map((w): [string, number] => [w, 4]),
]);
