// Every message the command line prints, in Dutch and English.
import type { Lang, Severity } from '../core/types';

export function pickLang(env: NodeJS.ProcessEnv): Lang {
  const loc = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(loc) ? 'en' : 'nl';
}

const SEVERITY: Record<Lang, Record<Severity, [string, string]>> = {
  nl: { error: ['fout', 'fouten'], warning: ['waarschuwing', 'waarschuwingen'], information: ['opmerking', 'opmerkingen'], hint: ['hint', 'hints'] },
  en: { error: ['error', 'errors'], warning: ['warning', 'warnings'], information: ['note', 'notes'], hint: ['hint', 'hints'] },
};

export const severityWord = (lang: Lang, s: Severity): string => SEVERITY[lang][s][0];

const plural = (n: number, [one, many]: readonly [string, string]) => `${n} ${n === 1 ? one : many}`;

/** `3 bevindingen (1 fout, 2 waarschuwingen) in 1 bestand; 1 bestand overgeslagen` */
export function summary(lang: Lang, counts: Record<Severity, number>, files: number, skipped: number): string {
  const total = counts.error + counts.warning + counts.information + counts.hint;
  const parts = (['error', 'warning', 'information', 'hint'] as const).filter((s) => counts[s] > 0).map((s) => plural(counts[s], SEVERITY[lang][s]));
  const file: [string, string] = lang === 'nl' ? ['bestand', 'bestanden'] : ['file', 'files'];
  let line =
    total === 0
      ? `${lang === 'nl' ? 'Geen bevindingen' : 'No findings'} in ${plural(files, file)}`
      : `${plural(total, lang === 'nl' ? ['bevinding', 'bevindingen'] : ['finding', 'findings'])} (${parts.join(', ')}) in ${plural(files, file)}`;
  if (skipped > 0) line += `; ${plural(skipped, file)} ${lang === 'nl' ? 'overgeslagen' : 'skipped'}`;
  return line;
}

export function formatBytes(lang: Lang, n: number): string {
  const mb = n / (1024 * 1024);
  const s = mb >= 1 ? `${mb.toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`;
  return lang === 'nl' ? s.replace('.', ',') : s;
}

type Msg = (lang: Lang, ...a: string[]) => string;
const m = (nl: (...a: string[]) => string, en: (...a: string[]) => string): Msg => (lang, ...a) => (lang === 'nl' ? nl(...a) : en(...a));

export const MSG = {
  notFound: m((f) => `${f}: bestand niet gevonden`, (f) => `${f}: file not found`),
  isDirectory: m((f) => `${f}: is een map, geen bestand`, (f) => `${f}: is a directory, not a file`),
  notFile: m((f) => `${f}: is geen gewoon bestand`, (f) => `${f}: is not a regular file`),
  unreadable: m((f, code) => `${f}: kan niet worden gelezen (${code})`, (f, code) => `${f}: cannot be read (${code})`),
  binary: m((f) => `${f}: binair bestand (bevat NUL-bytes), overgeslagen`, (f) => `${f}: binary file (contains NUL bytes), skipped`),
  utf16: m((f) => `${f}: UTF-16-tekst, overgeslagen; sla het bestand op als UTF-8`, (f) => `${f}: UTF-16 text, skipped; save the file as UTF-8`),
  notUtf8: m(
    (f, at) => `${f}: geen geldige UTF-8 (byte ${at}), overgeslagen; sla het bestand op als UTF-8`,
    (f, at) => `${f}: not valid UTF-8 (byte ${at}), skipped; save the file as UTF-8`,
  ),
  tooLarge: m(
    (f, size, max) => `${f}: te groot (${size}; de grens is ${max}, zie --max-size), overgeslagen`,
    (f, size, max) => `${f}: too large (${size}; the limit is ${max}, see --max-size), skipped`,
  ),
  analysisFailed: m((f, e) => `${f}: interne fout bij de analyse: ${e}`, (f, e) => `${f}: internal error in the analysis: ${e}`),
  usage: m((e) => `${e}\nZie: bronwijzer --help`, (e) => `${e}\nSee: bronwijzer --help`),
  noFiles: m(() => 'geen bestanden opgegeven', () => 'no files given'),
  badFormat: m((v) => `onbekend formaat "${v}" (kies text, json of sarif)`, (v) => `unknown format "${v}" (choose text, json or sarif)`),
  badLang: m((v) => `onbekende taal "${v}" (kies nl of en)`, (v) => `unknown language "${v}" (choose nl or en)`),
  badSize: m((v) => `ongeldige grootte "${v}" (bijvoorbeeld 20MB, 500KB of 1048576)`, (v) => `invalid size "${v}" (for example 20MB, 500KB or 1048576)`),
  badRule: m(
    (v, ids) => `ongeldige regelinstelling "${v}" (REGEL=NIVEAU; regels: ${ids}; niveaus: error, warning, information, hint, off)`,
    (v, ids) => `invalid rule setting "${v}" (RULE=LEVEL; rules: ${ids}; levels: error, warning, information, hint, off)`,
  ),
  stdinTwice: m(() => '"-" (standaardinvoer) mag maar één keer voorkomen', () => '"-" (standard input) may be given only once'),
};

export function help(lang: Lang, version: string): string {
  if (lang === 'en')
    return `bronwijzer ${version}: shows who claims what in a Dutch news draft.

Usage: bronwijzer [options] FILE...
       bronwijzer [options] -            read the draft from standard input

Files ending in .md or .markdown are analysed as Markdown, other files as plain text.

Options:
  -f, --format text|json|sarif  output format (default: text)
                                text: file:line:column: severity rule: message, then a summary
                                json: the analysis JSON; for several files { "files": [ { "file", ... } ] }
                                sarif: SARIF 2.1.0, for code scanning in CI
  -l, --lang nl|en              message language (default: from LC_ALL/LANG; Dutch unless it starts with "en")
      --rule RULE=LEVEL         set a rule's level: error, warning, information, hint or off (repeatable)
      --max-size SIZE           skip files larger than SIZE (default: 20MB)
      --stdin-filename NAME     the name standard input is reported under (.md: Markdown)
  -c, --config FILE             the workspace file to use (default: the nearest .bronwijzer.json above each file)
      --no-config               ignore .bronwijzer.json files
  -h, --help                    show this help
  -v, --version                 show the version

Lines and columns are 1-based; columns count UTF-16 code units (as VS Code does).
Exit status: 0 no errors found, 1 findings with severity error, 2 bad usage, unreadable input or a faulty .bronwijzer.json.`;
  return `bronwijzer ${version}: laat zien wie wat beweert in een Nederlandse nieuwstekst.

Gebruik: bronwijzer [opties] BESTAND...
         bronwijzer [opties] -          lees de tekst van de standaardinvoer

Bestanden op .md of .markdown worden als Markdown geanalyseerd, andere als platte tekst.

Opties:
  -f, --format text|json|sarif  uitvoerformaat (standaard: text)
                                text: bestand:regel:kolom: ernst regel: melding, en een samenvatting
                                json: de analyse-JSON; bij meer bestanden { "files": [ { "file", ... } ] }
                                sarif: SARIF 2.1.0, voor code scanning in CI
  -l, --lang nl|en              taal van de meldingen (standaard: uit LC_ALL/LANG; Nederlands tenzij die met "en" begint)
      --rule REGEL=NIVEAU       zet het niveau van een regel: error, warning, information, hint of off (herhaalbaar)
      --max-size GROOTTE        sla bestanden groter dan GROOTTE over (standaard: 20MB)
      --stdin-filename NAAM     de naam waaronder de standaardinvoer wordt gemeld (.md: Markdown)
  -c, --config BESTAND          het werkruimtebestand (standaard: het dichtstbijzijnde .bronwijzer.json boven elk bestand)
      --no-config               negeer .bronwijzer.json-bestanden
  -h, --help                    toon deze hulp
  -v, --version                 toon het versienummer

Regels en kolommen tellen vanaf 1; kolommen tellen UTF-16-code-units (zoals VS Code).
Afsluitcode: 0 geen fouten, 1 bevindingen met ernst fout, 2 verkeerd gebruik, onleesbare invoer of een foutief .bronwijzer.json.`;
}
