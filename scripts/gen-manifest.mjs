#!/usr/bin/env node
// Generates the parts of the extension manifest that have a source of truth in the code:
//   - contributes.configuration   from SETTINGS_SCHEMA + DEFAULT_SETTINGS (server/src/shared/settings.ts),
//                                 rule descriptions from the rules' titles (server/src/core/rules)
//   - contributes.semanticTokenTypes / semanticTokenModifiers / semanticTokenScopes
//                                 from the legend (server/src/shared/legend.ts)
//   - their `%config.*%` / `%token.*%` strings in package.nls.json (English) and package.nls.nl.json (Dutch)
// Usage: node scripts/gen-manifest.mjs            write package.json and package.nls*.json
//        node scripts/gen-manifest.mjs --check    exit 1 when the committed files differ from the generated ones
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

const settings = await tsImport('../server/src/shared/settings.ts', import.meta.url);
const legend = await tsImport('../server/src/shared/legend.ts', import.meta.url);
const rules = await tsImport('../server/src/core/rules/index.ts', import.meta.url);
const { SETTINGS_SCHEMA, DEFAULT_SETTINGS } = settings;
const { TOKEN_TYPES, TOKEN_MODIFIERS, TOKEN_TYPE_SUPERTYPES, TOKEN_TYPE_DESCRIPTIONS, TOKEN_MODIFIER_DESCRIPTIONS } = legend;
const { RULES } = rules;

/** Dutch descriptions of the token types and modifiers (the legend carries English only). */
const TOKEN_NL = {
  claimant: 'Een bron (woordvoerder) die in het concept wordt genoemd',
  quotation: 'Een letterlijk citaat',
  cue: 'Een signaalwoord voor bronvermelding (verbum dicendi, "volgens", "aldus")',
  hedge: 'Een voorbehoud, zoals reportatief "zou"',
  contested: 'Betwist door een andere bron in het concept',
  unattributed: 'Niemand wordt als bron genoemd',
  vague: 'Anonieme of vage bron',
};

/** TextMate scopes per token type, so that every theme colours them (semantic highlighting or not). */
const TOKEN_SCOPES = {
  claimant: ['entity.name.type.claimant.bronwijzer'],
  quotation: ['string.quoted.double.quotation.bronwijzer'],
  cue: ['keyword.other.cue.bronwijzer'],
  hedge: ['keyword.control.hedge.bronwijzer'],
  'quotation.unattributed': ['string.quoted.double.quotation.unattributed.bronwijzer', 'invalid.deprecated.bronwijzer'],
  'claimant.vague': ['entity.name.type.claimant.vague.bronwijzer', 'comment.bronwijzer'],
};

const en = {};
const nl = {};
const properties = {};
for (const [key, schema] of Object.entries(SETTINGS_SCHEMA)) {
  const nlsKey = `config.${key}`;
  en[nlsKey] = schema.description.en;
  nl[nlsKey] = schema.description.nl;
  const prop = { type: schema.type, default: DEFAULT_SETTINGS[key] };
  if (schema.enum) prop.enum = schema.enum;
  if (schema.minimum !== undefined) prop.minimum = schema.minimum;
  if (schema.maximum !== undefined) prop.maximum = schema.maximum;
  if (schema.items) prop.items = schema.items;
  if (schema.properties) {
    prop.properties = {};
    for (const [sub, s] of Object.entries(schema.properties)) {
      const subKey = `config.${key}.${sub}`;
      const rule = RULES[sub];
      en[subKey] = rule ? rule.title.en : s.description;
      nl[subKey] = rule ? rule.title.nl : s.description;
      prop.properties[sub] = { type: s.type, enum: s.enum, default: s.default, description: `%${subKey}%` };
    }
    prop.additionalProperties = false;
  }
  if (key === 'enable') prop.scope = 'resource';
  prop.description = `%${nlsKey}%`;
  properties[`bronwijzer.${key}`] = prop;
}

const semanticTokenTypes = TOKEN_TYPES.map((id) => {
  en[`token.${id}`] = TOKEN_TYPE_DESCRIPTIONS[id];
  nl[`token.${id}`] = TOKEN_NL[id];
  return { id, superType: TOKEN_TYPE_SUPERTYPES[id], description: `%token.${id}%` };
});
const semanticTokenModifiers = TOKEN_MODIFIERS.map((id) => {
  en[`token.${id}`] = TOKEN_MODIFIER_DESCRIPTIONS[id];
  nl[`token.${id}`] = TOKEN_NL[id];
  return { id, description: `%token.${id}%` };
});

function generate(pkgText, enText, nlText) {
  const pkg = JSON.parse(pkgText);
  pkg.contributes ??= {};
  pkg.contributes.configuration = { title: 'Bronwijzer', properties };
  pkg.contributes.semanticTokenTypes = semanticTokenTypes;
  pkg.contributes.semanticTokenModifiers = semanticTokenModifiers;
  pkg.contributes.semanticTokenScopes = [{ scopes: TOKEN_SCOPES }];
  const merge = (text, gen) => {
    const cur = text ? JSON.parse(text) : {};
    const out = {};
    // Hand-written keys first (in their order), then the generated ones (in schema order).
    for (const [k, v] of Object.entries(cur)) if (!k.startsWith('config.') && !k.startsWith('token.')) out[k] = v;
    return JSON.stringify({ ...out, ...gen }, null, 2) + '\n';
  };
  return { pkg: JSON.stringify(pkg, null, 2) + '\n', en: merge(enText, en), nl: merge(nlText, nl) };
}

const read = (f) => { try { return readFileSync(join(root, f), 'utf8'); } catch { return ''; } };
const files = { pkg: 'package.json', en: 'package.nls.json', nl: 'package.nls.nl.json' };
const current = { pkg: read(files.pkg), en: read(files.en), nl: read(files.nl) };
const next = generate(current.pkg, current.en, current.nl);
const stale = Object.keys(files).filter((k) => current[k] !== next[k]);
if (check) {
  if (stale.length) {
    console.error(`gen-manifest: ${stale.map((k) => files[k]).join(', ')} out of date; run \`node scripts/gen-manifest.mjs\``);
    process.exit(1);
  }
} else {
  for (const k of stale) writeFileSync(join(root, files[k]), next[k]);
}
