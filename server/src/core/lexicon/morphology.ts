// Dutch verb morphology: every finite form, participle and infinitive of a verb from its lemma.
// Weak verbs follow the rules ('t kofschip for -te/-de, vowel doubling, v/z devoicing); strong and
// irregular verbs give their past and participle. Separable particles and inseparable prefixes are
// handled by the caller (see verbs.ts), which composes them with the forms made here.

export type FormKind = 'present-sg' | 'present-pl' | 'past-sg' | 'past-pl' | 'participle' | 'infinitive';

export interface Forms {
  presentSg: string[];
  presentPl: string[];
  pastSg: string[];
  pastPl: string[];
  participle: string[];
  infinitive: string;
}

const VOWELS = 'aeiouyáéíóúëïöü';
const isVowel = (c: string | undefined) => c != null && VOWELS.includes(c);

/** The stem of a weak or regular verb: zeggen -> zeg, beweren -> beweer, leven -> leef. */
export function stemOf(inf: string): string {
  if (!inf.endsWith('en')) return inf.slice(0, -1); // gaan -> gaa (callers give strong forms for these)
  let s = inf.slice(0, -2);
  const n = s.length;
  // doubled final consonant: zeggen -> zeg, stellen -> stel
  if (n >= 2 && s[n - 1] === s[n - 2] && !isVowel(s[n - 1])) return devoice(s.slice(0, -1));
  // open syllable with a single vowel: beweren -> beweer, maken -> maak, noteren -> noteer
  if (n >= 3 && !isVowel(s[n - 1]) && s[n - 1] !== 'w' && isVowel(s[n - 2]) && !isVowel(s[n - 3]) && s[n - 2] !== 'i') {
    // an unstressed schwa (herinneren, openen, tekenen) does not double; the caller passes such stems
    s = s.slice(0, n - 1) + s[n - 2] + s[n - 1];
  }
  return devoice(s);
}

function devoice(s: string): string {
  if (s.endsWith('v')) return s.slice(0, -1) + 'f';
  if (s.endsWith('z')) return s.slice(0, -1) + 's';
  return s;
}

/** 't kofschip: is the past tense -te (voiceless stem end) or -de? Judged on the infinitive's stem. */
function pastSuffix(inf: string): 'te' | 'de' {
  const raw = inf.endsWith('en') ? inf.slice(0, -2) : inf;
  const last = raw[raw.length - 1];
  if (raw.endsWith('ch')) return 'te';
  return last && 'tkfspx'.includes(last) ? 'te' : 'de';
}

export interface StrongParts {
  /** Past singular (zei), past plural (zeiden), participle without prefix handling (gezegd). */
  pastSg: string[];
  pastPl: string[];
  participle: string;
  /** Irregular present forms, if any (e.g. `is` for zijn). */
  presentSg?: string[];
  stem?: string;
}

/** Forms of a simple verb (no particle, no inseparable prefix). */
export function simpleForms(inf: string, strong?: StrongParts, stemOverride?: string): Forms {
  const stem = strong?.stem ?? stemOverride ?? stemOf(inf);
  const presentSg = strong?.presentSg ?? [stem, stem.endsWith('t') ? stem : stem + 't'];
  if (strong) return { presentSg, presentPl: [inf], pastSg: strong.pastSg, pastPl: strong.pastPl, participle: [strong.participle], infinitive: inf };
  const suf = pastSuffix(inf);
  const d = suf === 'te' ? 't' : 'd';
  const part = 'ge' + stem + (stem.endsWith('t') || stem.endsWith('d') ? '' : d);
  const parts = /^ge[eiï]/.test(part) ? [part, 'geë' + part.slice(3).replace(/^/, '')].map((x, i) => (i === 1 ? 'ge' + (part[2] === 'i' ? 'ï' : 'ë') + part.slice(3) : x)) : [part];
  return { presentSg, presentPl: [inf], pastSg: [stem + suf], pastPl: [stem + suf + 'n'], participle: parts, infinitive: inf };
}

/** With an inseparable prefix (be-, ver-, ont-, er-, her-, ge-, weer-, onder-...): no ge- in the participle. */
export function withInseparable(prefix: string, base: Forms): Forms {
  const p = (xs: string[]) => xs.map((x) => prefix + x);
  const stripGe = (x: string) => (x.startsWith('ge') ? x.slice(2) : x);
  return {
    presentSg: p(base.presentSg),
    presentPl: p(base.presentPl),
    pastSg: p(base.pastSg),
    pastPl: p(base.pastPl),
    participle: base.participle.map((x) => prefix + stripGe(x)),
    infinitive: prefix + base.infinitive,
  };
}

/** Joined forms of a separable verb (subordinate clause order: `dat hij het opeist`, `aangekondigd`). */
export function joinedSeparable(particle: string, base: Forms): Forms {
  const p = (xs: string[]) => xs.map((x) => particle + x);
  return {
    presentSg: p(base.presentSg),
    presentPl: p(base.presentPl),
    pastSg: p(base.pastSg),
    pastPl: p(base.pastPl),
    participle: p(base.participle),
    infinitive: particle + base.infinitive,
  };
}

export function* eachForm(f: Forms): Generator<[string, FormKind]> {
  for (const x of f.presentSg) yield [x, 'present-sg'];
  for (const x of f.presentPl) yield [x, 'present-pl'];
  for (const x of f.pastSg) yield [x, 'past-sg'];
  for (const x of f.pastPl) yield [x, 'past-pl'];
  for (const x of f.participle) yield [x, 'participle'];
  yield [f.infinitive, 'infinitive'];
}
