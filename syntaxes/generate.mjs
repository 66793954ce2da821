#!/usr/bin/env node
// Generates the TextMate grammars in this folder from the word lists and quotation conventions below.
//   node syntaxes/generate.mjs          write bronwijzer.injection.tmLanguage.json and bronwijzer.draft.tmLanguage.json
//   node syntaxes/generate.mjs --check  exit 1 when the committed JSON differs from what this script generates
//
// The grammar colours a draft before the language server answers: quotations, attribution cues and hedges.
// It is a fast approximation (no syntax, one line at a time); the server's semantic tokens refine it.
// Every regex is written to be linear on Oniguruma: the content of a quotation excludes its own opening
// and closing marks (so a failed attempt stops at the next opener), possessive repetition (`*+`) over
// disjoint alternatives, and only fixed-length lookbehind. test/grammar/grammar.test.ts checks the timing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

// ---- scopes (documented in README "Tests" and in the lead's theme notes) -------------------------
const S = {
  double: 'string.quoted.double.bronwijzer',
  single: 'string.quoted.single.bronwijzer',
  begin: 'punctuation.definition.string.begin.bronwijzer',
  end: 'punctuation.definition.string.end.bronwijzer',
  cue: 'keyword.other.cue.bronwijzer',
  hedge: 'keyword.control.hedge.bronwijzer',
};

// ---- word lists -------------------------------------------------------------------------------------
// Attribution cues: the common inflected forms of the main reporting verbs, plus "aldus" and "volgens".
// Separable verbs are listed by their finite part (kondigde ... aan, merkte ... op). Deliberately left out:
// forms that are mostly nouns ("bericht", "tweet", "melding") or mostly something else ("vroeg" = early,
// "weet", "legde").
const CUE_WORDS = [
  'zegt', 'zei', 'zeiden', 'gezegd', 'zeggen',
  'meldt', 'meldde', 'meldden', 'gemeld', 'melden',
  'schrijft', 'schreef', 'schreven', 'geschreven',
  'tweette', 'tweetten', 'twitterde', 'twitterden', 'getweet',
  'verklaart', 'verklaarde', 'verklaarden', 'verklaard', 'verklaren',
  'stelt', 'stelde', 'stelden', 'gesteld',
  'vertelt', 'vertelde', 'vertelden', 'verteld',
  'benadrukt', 'benadrukte', 'benadrukten',
  'waarschuwt', 'waarschuwde', 'waarschuwden', 'gewaarschuwd',
  'ontkent', 'ontkende', 'ontkenden', 'ontkend',
  'bevestigt', 'bevestigde', 'bevestigden', 'bevestigd',
  'beweert', 'beweerde', 'beweerden', 'beweerd',
  'erkent', 'erkende', 'erkenden', 'erkend',
  'claimt', 'claimde', 'claimden', 'geclaimd',
  'reageert', 'reageerde', 'reageerden', 'gereageerd',
  'antwoordt', 'antwoordde', 'antwoordden', 'geantwoord',
  'berichtte', 'berichtten',
  'meent', 'meende', 'meenden',
  'onderstreept', 'onderstreepte', 'onderstreepten',
  'betoogt', 'betoogde', 'betoogden', 'betoogd',
  'concludeert', 'concludeerde', 'concludeerden',
  'oppert', 'opperde', 'opperden',
  'roept', 'riep', 'riepen',
  'wijst', 'wees', 'wijzen',
  'kondigt', 'kondigde', 'kondigden',
  'spreekt', 'sprak', 'spraken',
  'eist', 'eiste', 'eisten',
  'noemt', 'noemde', 'noemden',
  'belooft', 'beloofde', 'beloofden',
  'prijst', 'prees', 'prezen',
  'merkt', 'merkte', 'merkten',
  'vraagt', 'vroegen',
  'pleit', 'pleitte', 'pleitten',
  'vindt', 'vond', 'vonden',
  'denkt', 'dacht', 'dachten',
  'aldus', 'volgens',
];
// Multi-word cues: each entry is a list of words that must follow each other (whitespace between).
const CUE_PHRASES = [
  ['laat', 'weten'], ['liet', 'weten'], ['lieten', 'weten'], ['laten', 'weten'],
];

// Hedges: words and phrases by which the writer distances themselves from a claim.
const HEDGE_WORDS = [
  'zou', 'zouden',
  'mogelijk', 'mogelijke',
  'waarschijnlijk', 'waarschijnlijke',
  'vermoedelijk', 'vermoedelijke',
  'wellicht', 'misschien',
  'kennelijk', 'kennelijke',
  'blijkbaar', 'schijnbaar', 'ogenschijnlijk',
  'vermeend', 'vermeende',
  'zogenaamd', 'zogenaamde',
  'onbevestigd', 'onbevestigde',
];
const HEDGE_PHRASES = [
  ['naar', 'verluidt'], ['naar', 'eigen', 'zeggen'], ['naar', 'het', 'schijnt'],
];
// Unverified status, as raw regex: niet (onafhankelijk) (worden) bevestigd/geverifieerd/gecontroleerd,
// niet (onafhankelijk) te verifiëren/controleren/bevestigen.
const HEDGE_REGEXES = [
  'niet\\s++(?:onafhankelijk\\s++)?(?:(?:worden\\s++)?(?:bevestigd|geverifieerd|gecontroleerd)|te\\s++(?:verifiëren|controleren|bevestigen))',
];

// ---- regex building blocks ----------------------------------------------------------------------------
const WORD = '\\p{L}\\p{N}';                  // letters and digits, any script
// Start and end of a whole word, not inside a path, handle or hashtag. `_` is no word character: in
// Markdown it marks emphasis (_zei_).
const BEFORE_WORD = `(?<![${WORD}/@#])`;
const AFTER_WORD = `(?![${WORD}/])`;
// A single quote mark inside a word is an apostrophe (zo'n, auto's), never a closing mark.
const inWord = (mark) => `(?<=[${WORD}])${mark}(?=[${WORD}])`;
// A mark followed by a Dutch clitic ('s, 't, 'n, 'k, 'm, 'ie) is an apostrophe, never an opening mark.
const NOT_CLITIC = `(?!(?:[stnkmSTNKM]|ie)(?![${WORD}]))`;

// Fixed phrases in which a hedge word is no hedge ("zo snel mogelijk" = as fast as possible). They are
// matched first and left uncoloured, so the hedge rule never sees their "mogelijk".
const NOT_HEDGE = `(?i)${BEFORE_WORD}(?:zo\\s++\\p{L}++\\s++mogelijk|(?:zo|zoveel|zomin|indien|waar|zodra)\\s++mogelijk)${AFTER_WORD}`;

// A sentence that starts with "Zou"/"Zouden" is a question or a condition ("Zouden ze dat doen, dan ..."),
// never reportative: reportative zou follows its subject.
const NOT_HEDGE_INITIAL_ZOU = `(?:^\\s*+|(?<=[.!?]\\s))(?:Zou|Zouden|ZOU|ZOUDEN)${AFTER_WORD}`;

function wordsRegex(words, phrases, regexes = []) {
  const escape = (w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternatives = [
    ...regexes,
    ...phrases.map((p) => p.map(escape).join('\\s+')),
    ...[...words].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escape),
  ];
  return `(?i)${BEFORE_WORD}(?:${alternatives.join('|')})${AFTER_WORD}`;
}

/** A quotation on one line: opening mark, content, closing mark. */
function quote(comment, name, open, content, close) {
  return {
    comment,
    name,
    match: `${open}${content}${close}`,
    captures: { 1: { name: S.begin }, 2: { name: S.end } },
  };
}

const quotes = [
  // "…" — the opening mark follows no letter or digit (not an inch mark: 17"), the closing mark precedes none.
  quote('"…"', S.double,
    `(?<![${WORD}"])(")(?=[^\\s"])`, '[^"\\n]*+', `(?<=\\S)(")(?![${WORD}])`),
  // „…” and „…" (and German „…“): „ only ever opens. Marks that cannot be mistaken for anything else
  // (this one, “…”, ,,…'', ``…'', «…») may have spaces inside, as in tokenized text („ Ja , zei hij ”).
  quote('„…” / „…"', S.double,
    '(„)(?=\\s*+[^\\s„"”“])', '[^"”“„\\n]*+', '(["”]|(?<=\\S)“)'),
  // “…”
  quote('“…” (and the slip “…“)', S.double,
    '(“)(?=\\s*+[^\\s“”])', '[^“”\\n]*+', `(”|(?<=\\S)“(?![${WORD}]))`),
  // ”…” (one mark for both ends, as some Dutch typesetting does): at word boundaries, like "…".
  quote('”…”', S.double,
    `(?<![${WORD}”])(”)(?=[^\\s”])`, '[^”“„\\n]*+', `(?<=\\S)(”)(?![${WORD}])`),
  // ,,…'' (typewriter Dutch), also closed by " or ”. The content never holds another ,, (so a line of
  // unclosed openers stays linear).
  quote(",,…''", S.double,
    '(?<!,)(,,)(?=\\s*+[^\\s,\'"”])', `(?:[^'"”,\\n]|,(?!,)|${inWord("'")})*+`, `(''|"|”)`),
  // ``…''
  quote("``…''", S.double,
    '(``)(?=\\s*+[^\\s`\'])', `(?:[^'\`\\n]|${inWord("'")})*+`, "('')"),
  // «…», also with the French inner spaces « … ».
  quote('«…»', S.double,
    '(«)(?=\\s*+[^\\s«»])', '[^«»\\n]*+', '(»)'),
  // ‘…’ — ’ inside a word (zo’n, auto’s) is an apostrophe.
  quote('‘…’', S.single,
    `(?<![${WORD}])(‘)${NOT_CLITIC}(?=[^\\s‘’])`, `(?:[^‘’\\n]|${inWord('’')})*+`, `(?<=\\S)(’)(?![${WORD}])`),
  // '…' — only at word boundaries: not 's, 't, zo'n, auto's, Clijsters', '80.
  quote("'…'", S.single,
    `(?<![${WORD}'’])(')${NOT_CLITIC}(?=[^\\s'\\p{N}])`, `(?:[^'\\n]|${inWord("'")})*+`, `(?<=\\S)(')(?![${WORD}])`),
];

const injection = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  comment: 'GENERATED by syntaxes/generate.mjs: edit that script, not this file. Quotations, attribution cues and hedges in Dutch news drafts.',
  name: 'Bronwijzer',
  scopeName: 'bronwijzer.injection',
  injectionSelector:
    'L:text.html.markdown -markup.fenced_code -markup.inline.raw -markup.raw -comment -meta.embedded -markup.underline.link, L:text.plain',
  patterns: [{ include: '#quotations' }, { include: '#not-hedges' }, { include: '#hedges' }, { include: '#cues' }],
  repository: {
    quotations: { patterns: quotes },
    'not-hedges': {
      comment: 'zo snel mogelijk, indien mogelijk; sentence-initial Zou: no hedge, no colour',
      patterns: [{ match: NOT_HEDGE }, { match: NOT_HEDGE_INITIAL_ZOU }],
    },
    hedges: { name: S.hedge, match: wordsRegex(HEDGE_WORDS, HEDGE_PHRASES, HEDGE_REGEXES) },
    cues: { name: S.cue, match: wordsRegex(CUE_WORDS, CUE_PHRASES) },
  },
};

const draft = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  comment: 'GENERATED by syntaxes/generate.mjs. Plain-text news drafts (*.draft.txt): VS Code has no plain-text grammar to inject into, so this one includes the injection grammar.',
  name: 'Bronwijzer draft',
  scopeName: 'text.bronwijzer.draft',
  patterns: [{ include: 'bronwijzer.injection' }],
};

const outputs = [
  ['bronwijzer.injection.tmLanguage.json', injection],
  ['bronwijzer.draft.tmLanguage.json', draft],
];

const check = process.argv.includes('--check');
let stale = 0;
for (const [file, grammar] of outputs) {
  const path = join(here, file);
  const text = JSON.stringify(grammar, null, 2) + '\n';
  if (check) {
    let old = '';
    try { old = readFileSync(path, 'utf8'); } catch { /* missing counts as stale */ }
    if (old !== text) { console.error(`syntaxes/${file} is out of date: run node syntaxes/generate.mjs`); stale++; }
  } else {
    writeFileSync(path, text);
  }
}
process.exit(stale ? 1 : 0);
