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
