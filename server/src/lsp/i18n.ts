// Server-side strings in Dutch and English. Rule texts come from the core (RULES, Finding.message).
import type { Lang, Message } from '../core/types';

export type { Lang };

export function pick(message: Message, lang: Lang): string {
  return message[lang] ?? message.nl;
}

/** The message language: the setting, else the client's locale (`nl`, `nl-BE` -> nl; `en-*` -> en). */
export function resolveLang(setting: 'auto' | 'nl' | 'en', clientLocale: string | undefined): Lang {
  if (setting === 'nl' || setting === 'en') return setting;
  if (!clientLocale) return 'nl';
  return /^nl\b/i.test(clientLocale) ? 'nl' : /^en\b/i.test(clientLocale) ? 'en' : 'nl';
}

/** Fills `{name}` placeholders. */
export function fmt(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

export const T = {
  skippedTooLarge: {
    nl: 'Bronwijzer heeft dit document niet geanalyseerd: het is groter dan {max} tekens (instelling bronwijzer.maxDocumentSize).',
    en: 'Bronwijzer skipped this document: it is larger than {max} characters (setting bronwijzer.maxDocumentSize).',
  },
  skippedLanguage: {
    nl: 'Bronwijzer analyseert dit soort document niet (instelling bronwijzer.languages).',
    en: 'Bronwijzer does not analyse this kind of document (setting bronwijzer.languages).',
  },
  skippedDisabled: {
    nl: 'Bronwijzer staat uit (instelling bronwijzer.enable).',
    en: 'Bronwijzer is turned off (setting bronwijzer.enable).',
  },
  settingsInvalid: {
    nl: 'Bronwijzer: ongeldige instelling {keys}; de standaardwaarde wordt gebruikt.',
    en: 'Bronwijzer: invalid setting {keys}; using the default.',
  },
  wsSyntax: {
    nl: 'Bronwijzer: {file} is geen geldige JSON (regel {line}): {detail}. Het bestand wordt genegeerd.',
    en: 'Bronwijzer: {file} is not valid JSON (line {line}): {detail}. The file is ignored.',
  },
  wsUnknownKey: {
    nl: 'Bronwijzer: onbekende sleutel "{key}" in {file}. Toegestaan: knownSources, outlets, hedges, rules.',
    en: 'Bronwijzer: unknown key "{key}" in {file}. Allowed: knownSources, outlets, hedges, rules.',
  },
  wsWrongType: {
    nl: 'Bronwijzer: "{key}" in {file} moet {expected} zijn; deze waarde wordt genegeerd.',
    en: 'Bronwijzer: "{key}" in {file} must be {expected}; this value is ignored.',
  },
  wsNotObject: {
    nl: 'Bronwijzer: {file} moet een JSON-object zijn; het bestand wordt genegeerd.',
    en: 'Bronwijzer: {file} must be a JSON object; the file is ignored.',
  },
  expectStringList: { nl: 'een lijst met teksten', en: 'a list of strings' },
  expectRules: {
    nl: 'een object met per regel error, warning, information, hint of off',
    en: 'an object mapping each rule to error, warning, information, hint or off',
  },
  // Code actions
  fixAldus: { nl: 'Schrijf het citaat toe aan {name} (", aldus {name}")', en: 'Attribute the quote to {name} (", aldus {name}")' },
  fixVolgens: { nl: 'Noem de bron: "volgens {name}"', en: 'Name the source: "volgens {name}"' },
  fixAldusClaim: { nl: 'Noem de bron: ", aldus {name}"', en: 'Name the source: ", aldus {name}"' },
  fixVariant: { nl: 'Schrijf overal "{to}" (in plaats van "{from}")', en: 'Spell it "{to}" everywhere (instead of "{from}")' },
  fixIgnoreLine: { nl: 'Negeer {rule} hier', en: 'Ignore {rule} here' },
  fixDisableRule: { nl: 'Zet {rule} uit voor deze werkmap (.bronwijzer.json)', en: 'Turn {rule} off for this workspace (.bronwijzer.json)' },
  fixKnownSource: { nl: 'Voeg "{name}" toe aan de bekende bronnen (.bronwijzer.json)', en: 'Add "{name}" to the known sources (.bronwijzer.json)' },
  // Hover
  hQuote: { nl: 'Citaat', en: 'Quotation' },
  hClaim: { nl: 'Bewering', en: 'Claim' },
  hSource: { nl: 'Bron', en: 'Source' },
  hNoSource: { nl: 'de tekst noemt geen bron', en: 'the draft names no source' },
  hCue: { nl: 'Signaalwoord', en: 'Cue' },
  hChannel: { nl: 'Kanaal', en: 'Channel' },
  hVia: { nl: 'Via', en: 'Via' },
  hHedged: { nl: 'Voorbehoud', en: 'Hedged' },
  hContested: { nl: 'Betwist', en: 'Contested' },
  yes: { nl: 'ja', en: 'yes' },
  no: { nl: 'nee', en: 'no' },
  hDisputedBy: { nl: 'door {name}: {text}', en: 'by {name}: {text}' },
  hUnknownSource: { nl: 'onbekende bron', en: 'unknown source' },
  hStatements: { nl: 'Uitspraken in dit stuk', en: 'Statements in this draft' },
  hNoStatements: { nl: 'Geen uitspraken van deze bron gevonden.', en: 'No statements by this source found.' },
  hNames: { nl: 'Genoemd als', en: 'Named as' },
  hIntroduced: { nl: 'Voor het eerst genoemd op regel {line}', en: 'First mentioned on line {line}' },
  hLine: { nl: 'r. {line}', en: 'l. {line}' },
  hHedgeOf: { nl: 'Voorbehoud bij de bewering van **{name}**.', en: 'Hedges the claim of **{name}**.' },
  hHedgeNoSource: {
    nl: 'De tekst noemt geen bron voor deze bewering.',
    en: 'The draft gives no source for this claim.',
  },
  hedgeReportative: {
    nl: 'reportatief: de bewering komt van een ander; de redactie heeft dit niet bevestigd.',
    en: 'reportative: the claim comes from someone else; the newsroom has not confirmed it.',
  },
  hedgeDistancing: {
    nl: 'afstand nemend: de redactie neemt afstand van de bewering.',
    en: 'distancing: the newsroom distances itself from the claim.',
  },
  hedgeEpistemic: {
    nl: 'onzeker: de bewering wordt als mogelijk of waarschijnlijk gebracht, niet als feit.',
    en: 'epistemic: the claim is presented as possible or likely, not as fact.',
  },
  hedgeUnverified: {
    nl: 'niet geverifieerd: de redactie kon dit niet onafhankelijk controleren.',
    en: 'unverified: the newsroom could not check this independently.',
  },
  hHedgeTitle: { nl: 'Voorbehoud', en: 'Hedge' },
  kind: {
    nl: { person: 'persoon', organisation: 'organisatie', collective: 'groep', outlet: 'medium', anonymous: 'anonieme bron' },
    en: { person: 'person', organisation: 'organisation', collective: 'group', outlet: 'outlet', anonymous: 'anonymous source' },
  },
  vague: { nl: 'vage of anonieme bron', en: 'vague or anonymous source' },
  inlaySpeaker: { nl: 'Spreker volgens Bronwijzer', en: 'Speaker according to Bronwijzer' },
  renameOnlyNames: {
    nl: 'Alleen een naam van een bron kan worden hernoemd.',
    en: 'Only the name of a source can be renamed.',
  },
} as const;

export function t(key: keyof typeof T, lang: Lang, values: Record<string, string | number> = {}): string {
  const m = T[key] as unknown as Message;
  return fmt(pick(m, lang), values);
}
