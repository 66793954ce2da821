// The one settings type: the source of truth for `bronwijzer.*` settings. The
// `contributes.configuration` schema in package.json is generated from SETTINGS_SCHEMA by
// scripts/gen-manifest.mjs; never edit it by hand. Imports nothing from vscode.
import type { RuleId, RuleLevel } from '../core/types';

export interface BronwijzerSettings {
  enable: boolean;
  /** Language ids analysed. */
  languages: string[];
  /** Per-rule level: error, warning, information, hint, off. */
  rules: Record<RuleId, RuleLevel>;
  /** Milliseconds to wait after typing before analysing. */
  debounceMs: number;
  /** Inlay hints naming the speaker where the text says only hij/zij. */
  inlayHints: boolean;
  /** Names always recognised as sources. */
  knownSources: string[];
  /** Documents larger than this (in characters) are not analysed. */
  maxDocumentSize: number;
  /** Message language: auto follows the editor's locale. */
  language: 'auto' | 'nl' | 'en';
}

export const DEFAULT_SETTINGS: BronwijzerSettings = {
  enable: true,
  languages: ['markdown', 'plaintext', 'bronwijzer-draft'],
  rules: {
    'unattributed-quote': 'warning',
    'unsourced-hedge': 'information',
    'contested-claim': 'information',
    'name-variant': 'warning',
    'vague-source': 'hint',
  },
  debounceMs: 150,
  inlayHints: true,
  knownSources: [],
  maxDocumentSize: 2_000_000,
  language: 'auto',
};

/** JSON-schema fragments with Dutch and English descriptions, one per setting key. */
export interface SettingSchema {
  type: string;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  items?: { type: string };
  properties?: Record<string, { type: string; enum: string[]; default: string; description: string }>;
  description: { en: string; nl: string };
}

const RULE_LEVELS = ['error', 'warning', 'information', 'hint', 'off'];
/** A rule's level setting; the manifest takes its localised description from the rule's title (core/rules). */
const ruleLevel = (id: RuleId, en: string): { type: string; enum: string[]; default: string; description: string } =>
  ({ type: 'string', enum: RULE_LEVELS, default: DEFAULT_SETTINGS.rules[id], description: en });

/**
 * The schema of every `bronwijzer.*` setting, with Dutch and English descriptions. scripts/gen-manifest.mjs
 * turns it into package.json `contributes.configuration` (defaults from DEFAULT_SETTINGS) and the
 * `%config.KEY%` strings of package.nls.json / package.nls.nl.json.
 */
export const SETTINGS_SCHEMA: Readonly<Record<keyof BronwijzerSettings, SettingSchema>> = {
  enable: {
    type: 'boolean',
    description: {
      en: 'Analyse drafts with Bronwijzer. Turn it off for one workspace with the command "Bronwijzer: Turn on/off for this workspace".',
      nl: 'Concepten analyseren met Bronwijzer. Zet het voor één werkruimte uit met de opdracht "Bronwijzer: Aan/uit voor deze werkruimte".',
    },
  },
  languages: {
    type: 'array',
    items: { type: 'string' },
    description: {
      en: 'Language ids of the documents Bronwijzer analyses.',
      nl: 'Taal-id\'s van de documenten die Bronwijzer analyseert.',
    },
  },
  rules: {
    type: 'object',
    properties: {
      'unattributed-quote': ruleLevel('unattributed-quote', 'Quotation without a source'),
      'unsourced-hedge': ruleLevel('unsourced-hedge', 'Hedge (such as reportative "zou") without a source'),
      'contested-claim': ruleLevel('contested-claim', 'Claim disputed by another source'),
      'name-variant': ruleLevel('name-variant', 'Source spelled in more than one way'),
      'vague-source': ruleLevel('vague-source', 'Anonymous or vague source'),
    },
    description: {
      en: 'Level per rule: error, warning, information, hint or off.',
      nl: 'Niveau per regel: error, warning, information, hint of off (uit).',
    },
  },
  debounceMs: {
    type: 'number',
    minimum: 0,
    maximum: 5000,
    description: {
      en: 'Milliseconds to wait after typing before the draft is analysed again.',
      nl: 'Aantal milliseconden na het typen voordat het concept opnieuw wordt geanalyseerd.',
    },
  },
  inlayHints: {
    type: 'boolean',
    description: {
      en: 'Show who is speaking where the draft says only "hij" or "zij".',
      nl: 'Toon wie er spreekt waar het concept alleen "hij" of "zij" zegt.',
    },
  },
  knownSources: {
    type: 'array',
    items: { type: 'string' },
    description: {
      en: 'Names always recognised as sources (besides those in .bronwijzer.json).',
      nl: 'Namen die altijd als bron worden herkend (naast die in .bronwijzer.json).',
    },
  },
  maxDocumentSize: {
    type: 'number',
    minimum: 0,
    description: {
      en: 'Documents longer than this many characters are not analysed.',
      nl: 'Documenten langer dan dit aantal tekens worden niet geanalyseerd.',
    },
  },
  language: {
    type: 'string',
    enum: ['auto', 'nl', 'en'],
    description: {
      en: 'Language of Bronwijzer\'s messages; "auto" follows the editor.',
      nl: 'Taal van de meldingen van Bronwijzer; "auto" volgt de editor.',
    },
  },
};
