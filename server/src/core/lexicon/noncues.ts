// Uses of reporting verbs that report no content: `roept vragen op` (raises questions), `sprak met X over
// Y` (a conversation), `is gepraat` (an impersonal passive), `vragen gesteld` (asked questions),
// `veroordeeld tot` (a sentence), the noun after an inflected adjective (`een tweede bericht`), an act
// named by a speech verb (`uitgeroepen tot nationale rouwdag`, `als getuige opgeroepen`) and a negated
// confirmation that nobody gives (`De claim is niet bevestigd`).

/** What a court imposes: after `eisen` or `veroordelen` these make it no attribution. */
const SENTENCES = ['cel', 'celstraf', 'gevangenisstraf', 'taakstraf', 'werkstraf', 'boete', 'geldboete', 'tbs', 'jeugddetentie',
  'levenslang', 'jaar', 'jaren', 'maanden', 'weken', 'dagen', 'uur'];

/** Lemma -> objects that make it a plain verb (`roept vragen op`, `stelde vragen`). */
export const PLAIN_OBJECTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['oproepen', new Set(['vragen', 'vraagtekens', 'kritiek', 'weerstand', 'herinneringen', 'emoties', 'verbazing', 'irritatie', 'ergernis'])],
  ['stellen', new Set(['vragen', 'vraagtekens', 'eisen', 'voorwaarden', 'grenzen', 'doelen', 'prioriteiten'])],
  // a sentence demanded or imposed in court (`Het OM eist acht jaar cel`, `werd veroordeeld tot een boete`)
  ['eisen', new Set(SENTENCES)],
  ['veroordelen', new Set(SENTENCES)],
  // a court's act (`sprak het faillissement uit`, `spreekt vonnis uit`)
  ['uitspreken', new Set(['faillissement', 'vonnis', 'veroordeling', 'doodvonnis', 'banvloek', 'schuldigverklaring'])],
]);

/** Verbs of making something public whose agentless passive without content is an event, not a statement:
 *  `De uitslag wordt in november bekendgemaakt`, `Het rapport wordt volgende week gepubliceerd`. */
export const PUBLICATION: ReadonlySet<string> = new Set(['bekendmaken', 'publiceren', 'aankondigen', 'presenteren', 'openbaar maken', 'openbaarmaken']);

/** Lemma -> the preposition right after it that makes it a plain verb (`veroordeeld tot`, `sprak met`). */
export const PLAIN_PREPOSITIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['veroordelen', new Set(['tot'])],
  ['spreken', new Set(['met'])],
  ['praten', new Set(['met', 'tussen'])],
]);

/** Verbs that are a cue only with a content clause, a quote or a colon in their sentence: a demand for a
 *  thing (`eist extra middenhuur`, `dringt aan op een aanpassing`) reports no claim (`praatte over een knal`
 *  reports a topic, which counts). */
export const CONTENT_ONLY: ReadonlySet<string> = new Set<string>(['eisen', 'aandringen', 'citeren']);

/**
 * Speech verbs that also name an act: a cue only with content after them (a content clause, quotation or
 * colon), before them (`"Brand!", riep hij uit`), or with one of the listed words after them in the
 * clause, which opens what is asked (`roept beide regeringen op tot terughoudendheid`, `riep de inwoners op
 * binnen te blijven`, `om kalm te blijven`). Without it `uitroepen` declares (`riep de noodtoestand uit`,
 * `werd uitgeroepen tot nationale dag van rouw`) and `oproepen` summons (`die als getuige was opgeroepen`).
 */
export const CONTENT_OR_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['uitroepen', new Set<string>()],
  ['oproepen', new Set(['tot', 'te', 'om'])],
]);

/**
 * Verbs whose negated passive without an agent and without content is a status, not a statement: `De
 * oorzaak is nooit vastgesteld`, `De
 * claim is niet bevestigd`, `Dat kon niet worden bevestigd` (the hedge `niet bevestigd`). With a source
 * (`Het ziekenhuis heeft die berichten niet bevestigd`, `is door de dienst niet bevestigd`) or content
 * (`werd niet bevestigd dat ...`) it stays a cue.
 */
export const NEGATED_STATUS: ReadonlySet<string> = new Set(['bevestigen', 'vaststellen']);
/** Negation words before such a participle. */
export const NEGATIONS: ReadonlySet<string> = new Set(['niet', 'nooit', 'nergens']);
/** Forms of the passive auxiliaries `zijn` and `worden` (`is niet bevestigd`, `kon niet worden bevestigd`). */
export const STATUS_AUX: ReadonlySet<string> = new Set(['is', 'was', 'zijn', 'waren', 'wordt', 'werd', 'worden', 'werden', 'geworden', 'geweest']);

/** Determiners before an inflected adjective + a verb-like noun (`een tweede bericht`, `het nieuwe verslag`). */
export const NOUN_DETERMINERS: ReadonlySet<string> = new Set(['een', 'het', 'de', 'dit', 'dat', 'deze', 'die', 'zijn', 'haar', 'hun']);

/** Adjectives that stand before a verb-like noun (`een tweede bericht`, `een schriftelijke verklaring`). */
export const NOUN_ADJECTIVES: ReadonlySet<string> = new Set(['eerste', 'tweede', 'derde', 'vierde', 'laatste', 'nieuwe', 'eerdere',
  'latere', 'vorige', 'volgende', 'korte', 'lange', 'schriftelijke', 'officiële', 'gezamenlijke', 'eigen', 'ander', 'andere']);
