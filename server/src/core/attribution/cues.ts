// Attribution cues: reporting verbs in every form (split separables, perfect and passive with the
// participle as the span), `volgens` and `aldus`, fixed phrases (`laat weten`, `naar eigen zeggen`,
// `maakt zich zorgen`, `is ervan overtuigd`). Each cue records where its subject is to be found.
import type { Segmented, Token } from '../text/types';
import type { Cue, Span } from '../types';
import { VERB_FORMS, AUXILIARIES, PASSIVE_AUX, MODALS, type VerbInfo } from '../lexicon/verbs';
import { FIRST_PERSON } from '../lexicon/nouns';
import { isWord, classifyNoun } from './np';

export interface FoundCue {
  cue: Cue;
  /** Token of the finite verb (the auxiliary for a perfect or passive), where subject search starts. */
  anchor: number;
  /** Token of the cue's main word. */
  tok: number;
  /** Last token of the cue (particle or phrase end). */
  last: number;
  passive: boolean;
  /** Plural verb form (zeggen, zeiden): the subject is plural. */
  plural: boolean | null;
  /** For `wijzen naar`: the token after `naar` (the accused party). */
  target: number | null;
  cognition: boolean;
}

/** Clause boundaries inside a sentence. */
export const CLAUSE_PUNCT = new Set([',', ';', ':', '(', ')', '–', '—', '-']);
const NEG_OBJECT = new Set(['niets', 'niks', 'weinig', 'genoeg', 'sorry', 'nee', 'ja', 'dank', 'bedankt']);
const MAKEN = new Set(['maak', 'maakt', 'maken', 'maakte', 'maakten']);
const REFLEXIVE = new Set(['zich', 'me', 'ons', 'je']);
const DET_LIKE = new Set(['de', 'het', 'een', 'deze', 'die', 'dit', 'zijn', 'haar', 'hun', 'mijn', 'ons', 'onze', 'uw', 'elk', 'elke', 'alle', 'beide', 'geen']);
const NOUN_BEFORE = new Set(['de', 'het', 'een', 'dit', 'deze', 'zijn', 'haar', 'hun', 'ons', 'onze', 'mijn', 'uw', 'op', 'in', 'met', 'van', 'voor', 'naar', 'over', 'zonder', 'na', 'bij', 'via', 'per', 'elk', 'elke', 'ieder', 'iedere', 'geen', 'welk', 'welke']);
const CONTENT_WORDS = new Set(['dat', 'of', 'hoe', 'wat', 'waarom', 'wie', 'welke', 'wanneer', 'waar']);

/** Every word cueAt can start a cue at (one look-up per word instead of several; built on first use,
 * after the lexicon is complete). */
let cueWordSet: Set<string> | null = null;

export function findCues(seg: Segmented): FoundCue[] {
  const cueWords = (cueWordSet ??= new Set(['volgens', 'aldus', 'naar', ...MAKEN, ...AUXILIARIES, ...VERB_FORMS.keys()]));
  const out: FoundCue[] = [];
  const toks = seg.tokens;
  const used = new Uint8Array(toks.length);
  for (const s of seg.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = toks[i];
      if (!isWord(t) || used[i]) continue;
      if (!cueWords.has(t.lower)) continue; // the common case: no cue can start here
      if (t.inQuote >= 0 && !quoteIsLine(seg, t.inQuote)) continue;
      const c = cueAt(seg, i, s.tokenStart, s.tokenEnd);
      if (c) {
        out.push(c);
        used[c.tok] = 1;
        for (const p of c.cue.parts) for (let k = i; k < s.tokenEnd && toks[k].start < p.end; k++) if (toks[k].start >= p.start) used[k] = 1;
      }
    }
  }
  return out;
}

/** A whole line wrapped in quotation marks without first-person speech: reported text, not a quote. */
const lineCache = new WeakMap<Segmented, Map<number, boolean>>();
export function quoteIsLine(seg: Segmented, q: number): boolean {
  let m = lineCache.get(seg);
  if (!m) lineCache.set(seg, (m = new Map()));
  const hit = m.get(q);
  if (hit !== undefined) return hit;
  const r = seg.quotes[q];
  const text = seg.text;
  // only blanks between the line start and the opening mark, and between the closing mark and the line end
  let a = r.start - 1;
  while (a >= 0 && (text[a] === ' ' || text[a] === '\t')) a--;
  let b = r.end;
  while (b < text.length && (text[b] === ' ' || text[b] === '\t' || text[b] === '\r')) b++;
  let res = r.kind === 'speech' && (a < 0 || text[a] === '\n') && (b >= text.length || text[b] === '\n') && r.end - r.start > 60 && r.end - r.start < 5000;
  if (res) {
    const inner = text.slice(r.inner.start, r.inner.end).toLowerCase();
    res = !/\b(ik|we|wij|ons|onze|mij|mijn|jullie|u)\b/.test(inner) && /\b(zei|zegt|meldde|meldt|volgens|verklaarde|schreef)\b/.test(inner);
  }
  m.set(q, res);
  return res;
}

const HAVE_AUX = new Set(['heeft', 'hebben', 'had', 'hadden']);

function mk(seg: Segmented, main: Span, lemma: string, kind: Cue['kind'], parts: Span[], denial: boolean): Cue {
  return { start: main.start, end: main.end, text: seg.text.slice(main.start, main.end), lemma, kind, parts: [main, ...parts.filter((p) => p.start !== main.start)], denial };
}
const spanOf = (a: Token, b: Token = a): Span => ({ start: a.start, end: b.end });

function clauseEnd(seg: Segmented, i: number, end: number, max = 25): number {
  const toks = seg.tokens;
  let k = i + 1;
  for (; k < end && k < i + max; k++) {
    const t = toks[k];
    if (t.kind === 'punct' && (t.text === ';' || t.text === ':' || t.text === '.' || t.text === '?' || t.text === '!')) break;
    if (t.kind === 'word' && (t.lower === 'dat' || t.lower === 'om') && k > i + 1) break;
  }
  return k;
}

function cueAt(seg: Segmented, i: number, sStart: number, sEnd: number): FoundCue | null {
  const toks = seg.tokens;
  const t = toks[i];
  const lw = t.lower;
  // prepositions
  if (lw === 'volgens' || lw === 'aldus') {
    const n = toks[i + 1];
    if (!isWord(n) || n.sentence !== t.sentence) return null;
    if (lw === 'aldus' && !(n.cap || ['de', 'het', 'een', 'hij', 'zij', 'ze'].includes(n.lower))) return null;
    if (lw === 'volgens' && ['mij', 'ons', 'jou', 'u', 'plan', 'schema', 'verwachting'].includes(n.lower)) return null;
    return { cue: mk(seg, spanOf(t), lw, 'preposition', [], false), anchor: i, tok: i, last: i, passive: false, plural: null, target: null, cognition: false };
  }
  // naar eigen zeggen
  if (lw === 'naar' && toks[i + 1]?.lower === 'eigen' && toks[i + 2]?.lower === 'zeggen') {
    return { cue: mk(seg, spanOf(t, toks[i + 2]), 'naar eigen zeggen', 'phrase', [], false), anchor: i, tok: i, last: i + 2, passive: false, plural: null, target: null, cognition: false };
  }
  // maakt zich zorgen (dat) / is ervan overtuigd (dat)
  if (MAKEN.has(lw) && REFLEXIVE.has(toks[i + 1]?.lower ?? '') && toks[i + 2]?.lower === 'zorgen') {
    return { cue: mk(seg, spanOf(t, toks[i + 2]), 'zich zorgen maken', 'phrase', [], false), anchor: i, tok: i, last: i + 2, passive: false, plural: /en$/.test(lw), target: null, cognition: false };
  }
  if (AUXILIARIES.has(lw) && (toks[i + 1]?.lower === 'ervan' || toks[i + 1]?.lower === 'er') && (toks[i + 2]?.lower === 'overtuigd' || (toks[i + 2]?.lower === 'van' && toks[i + 3]?.lower === 'overtuigd'))) {
    const last = toks[i + 2].lower === 'overtuigd' ? i + 2 : i + 3;
    return { cue: mk(seg, spanOf(t, toks[last]), 'overtuigd zijn', 'phrase', [], false), anchor: i, tok: i, last, passive: false, plural: null, target: null, cognition: false };
  }
  const infos = VERB_FORMS.get(lw);
  if (!infos) return null;
  // a capitalised verb form right after a capitalised word mid-sentence is a surname: "Jan Post", "Eva Meld"
  const before = toks[i - 1];
  if (t.cap && i > sStart && before && before.kind === 'word' && before.cap && t.text !== t.text.toUpperCase() && !(before.inQuote >= 0 && t.inQuote < 0)) return null;
  return verbCueAt(seg, i, sStart, sEnd, infos);
}

/** The cue of a reporting-verb form at i (a function of its own: the closures below need a heap
 * context, which would otherwise be allocated for every word cueAt looks at). */
function verbCueAt(seg: Segmented, i: number, sStart: number, sEnd: number, infos: VerbInfo[]): FoundCue | null {
  const toks = seg.tokens;
  const t = toks[i];
  const lw = t.lower;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  // the bare infinitive after te / a modal is no cue; nor a reflexive "meldde zich"
  if (prev && (prev.text === 'te' || prev.text === 'om')) return null;
  if (next && (next.lower === 'zich' || next.lower === 'zichzelf') && !infos.some((x) => x.lemma === 'zich zorgen maken')) return null;
  if (next && NEG_OBJECT.has(next.lower)) return null;
  let ceMemo = -1;
  const ceOf = () => (ceMemo >= 0 ? ceMemo : (ceMemo = clauseEnd(seg, i, sEnd)));
  const finite = infos.filter((x) => x.kind !== 'participle' && x.kind !== 'infinitive');
  const participles = infos.filter((x) => x.kind === 'participle');

  // a participle after (or before) an auxiliary: heeft gezegd, werd ontkend (door), gezegd heeft
  if (participles.length && !finite.length) {
    let aux = -1;
    for (let k = i - 1; k >= sStart && k >= i - 10; k--) {
      const w = toks[k];
      if (w.kind !== 'word') {
        if (w.text === ',' && k < i - 1 && aux < 0) continue;
        // the dot of an initial ("werd door K. zelf ontkend") does not end the clause
        if (w.text === '.' && k > sStart && toks[k - 1].kind === 'word' && toks[k - 1].end === w.start && /^\p{Lu}$/u.test(toks[k - 1].text)) continue;
        if (w.kind === 'punct') break;
        continue;
      }
      if (AUXILIARIES.has(w.lower) || MODALS.has(w.lower)) { aux = k; break; }
    }
    if (aux < 0 && toks[i + 1] && AUXILIARIES.has(toks[i + 1].lower)) aux = i + 1;
    if (aux < 0) return null;
    const info = pickParticiple(participles);
    if (!info) return null;
    if (info.lemma === 'noemen' && hasBefore(seg, i, sStart, 'zichzelf')) return null;
    let passive = PASSIVE_AUX.has(toks[aux].lower);
    // "is/was gezegd" with door is passive too
    let door = -1;
    for (let k = i + 1; k < Math.min(sEnd, i + 4); k++) if (toks[k].lower === 'door') { door = k; break; }
    if (door < 0) for (let k = i - 1; k > aux; k--) if (toks[k].lower === 'door') { door = k; break; }
    if (door >= 0 && (toks[aux].lower === 'is' || toks[aux].lower === 'was' || toks[aux].lower === 'zijn' || toks[aux].lower === 'waren')) passive = true;
    // "werd (met klem) van de hand gewezen": a fixed phrase of rejection
    const byHand = info.lemma === 'wijzen' && i >= sStart + 3 && toks[i - 1].lower === 'hand' && toks[i - 2].lower === 'de' && toks[i - 3].lower === 'van';
    if (info.needs === 'naar' && !byHand && !hasAfter(seg, i, ceOf(), ['naar', 'erop', 'op'])) return null;
    if (info.needs && info.needs.includes(',') && !hasAfter(seg, i, ceOf(), info.needs.split(','))) return null;
    if (info.cognition && !hasContent(seg, i, sEnd)) return null;
    const plural = /^(hebben|hadden|zijn|waren|worden|werden|zullen|zouden)$/.test(toks[aux].lower);
    return { cue: mk(seg, spanOf(t), byHand ? 'van de hand wijzen' : info.lemma, 'verb', [], info.deny || byHand), anchor: passive ? i : aux, tok: i, last: i, passive, plural, target: null, cognition: info.cognition };
  }
  if (!finite.length) return null;
  // a noun that looks like a verb: "een bericht", "het antwoord", "op vragen", "geschrokken uitroepen"
  if (prev && prev.kind === 'word' && prev.inQuote === t.inQuote && ((NOUN_BEFORE.has(prev.lower) && prev.text.toUpperCase() !== prev.text) || (/^(aan|op|uit|af|in|mee|door|voor|toe|terug|weg|na|om|over|bij)?ge[a-zà-ÿ]+(en|de|te)$/.test(prev.lower) && prev.lower.length > 6 && !classifyNoun(prev.lower) && finite.every((x) => x.kind === 'present-pl')))) return null;
  // "Die berichten zijn onbevestigd": after a sentence-initial demonstrative and before a finite copula it is a noun
  if (prev && prev.lower === 'die' && i - 1 === sStart && next && /^(zijn|waren|worden|werden|hebben|hadden|is|was)$/.test(next.lower) && finite.every((x) => x.kind === 'present-pl')) return null;
  // the bare stem is first person (zeg ik); elsewhere it is a noun (antwoord, verklaar...)
  if (finite.every((x) => x.kind === 'present-sg') && !lw.endsWith('t') && !(next && /^(ik|je|jij)$/.test(next.lower)) && !(prev && /^(ik|je|jij)$/.test(prev.lower))) return null;
  // an infinitive at the end of a clause with a modal earlier: "zullen ... aan de orde stellen"
  if (finite.every((x) => x.kind === 'present-pl')) {
    for (let k = i - 1; k >= sStart && k >= i - 25; k--) {
      const w = toks[k];
      if (w.kind === 'punct' && (w.text === ':' || w.text === ';')) break;
      if (w.kind === 'word' && (w.lower === 'dat' || w.lower === 'en')) break;
      if (w.kind === 'word' && (MODALS.has(w.lower) || /^(zal|zullen|zou|zouden|gaat|gaan|ging|gingen)$/.test(w.lower))) return null;
    }
  }
  // a present plural is also the infinitive: after a modal or auxiliary it is not finite
  // (but `heeft laten weten`: the perfect of the fixed phrase, an infinitive-for-participle)
  const latenWeten = finite.some((x) => x.needs === 'weten');
  if (prev && (MODALS.has(prev.lower) || (AUXILIARIES.has(prev.lower) && !(latenWeten && HAVE_AUX.has(prev.lower)) && finite.every((x) => x.kind === 'present-pl')))) return null;

  // separable verbs: particle later in the clause (kondigde ... aan) or just before (bekend maakte)
  let chosen: VerbInfo | null = null;
  let particleTok = -1;
  for (const info of finite) {
    if (!info.particle) continue;
    if (prev && prev.lower === info.particle) { chosen = info; particleTok = i - 1; break; }
    const p = findParticle(seg, i, sEnd, info.particle);
    if (p >= 0) { chosen = info; particleTok = p; break; }
  }
  if (!chosen) chosen = finite.find((x) => !x.particle) ?? null;
  if (!chosen) return null;
  if (chosen.lemma === 'noemen' && hasBefore(seg, i, sStart, 'zichzelf')) return null;
  const plural = chosen.kind === 'present-pl' || chosen.kind === 'past-pl';
  const prevPunct = !!prev && (prev.text === ',' || (prev.kind === 'quote' && (toks[i - 2]?.text === ',' || /[,.!?]\s*$/.test(seg.text.slice(Math.max(0, prev.start - 3), prev.start)))));
  // laat weten
  if (chosen.needs === 'weten') {
    let w = -1;
    for (let k = i + 1, ce = ceOf(); k < ce && k < i + 10; k++) if (toks[k].lower === 'weten') { w = k; break; }
    if (w < 0) return null;
    const main = w === i + 1 ? spanOf(t, toks[w]) : spanOf(t);
    // the perfect "heeft (inmiddels) laten weten": the auxiliary is the finite verb the subject goes with
    let anchor = i;
    for (let k = i - 1; k >= sStart && k >= i - 4; k--) {
      const w2 = toks[k];
      if (w2.kind !== 'word') break;
      if (HAVE_AUX.has(w2.lower)) { anchor = k; break; }
      if (VERB_FORMS.has(w2.lower) || AUXILIARIES.has(w2.lower)) break;
    }
    const pl = anchor !== i ? /^(hebben|hadden)$/.test(toks[anchor].lower) : plural;
    return { cue: mk(seg, main, 'laten weten', 'phrase', [spanOf(toks[w])], false), anchor, tok: i, last: w, passive: false, plural: pl, target: null, cognition: false };
  }
  let target: number | null = null;
  if (chosen.needs && chosen.needs.includes(',') && !hasAfter(seg, i, ceOf(), chosen.needs.split(','))) return null;
  if (chosen.needs === 'naar') {
    let n = -1;
    for (let k = i + 1, ce = ceOf(); k < ce && k < i + 6; k++) if (toks[k].lower === 'naar' || toks[k].lower === 'erop' || toks[k].lower === 'op') { n = k; break; }
    if (n < 0) {
      // "wees het voorstel van de hand": the fixed phrase of rejection
      for (let k = i + 1, ce = ceOf(); k + 2 < ce && k < i + 10; k++) {
        if (toks[k].lower === 'van' && toks[k + 1].lower === 'de' && toks[k + 2].lower === 'hand') {
          return { cue: mk(seg, spanOf(t), 'van de hand wijzen', 'verb', [spanOf(toks[k], toks[k + 2])], true), anchor: i, tok: i, last: k + 2, passive: false, plural, target: null, cognition: false };
        }
      }
      return null;
    }
    target = n + 1;
  }
  if (chosen.inversionOnly && !prevPunct) return null;
  // "gelooft (er/daar) niets van", "geloven er geen woord van": disbelief, a denial without a content clause
  if (chosen.lemma === 'geloven' && t.inQuote < 0) {
    for (let k = i + 1, ce = ceOf(); k < ce && k < i + 6; k++) {
      const w = toks[k].lower;
      const v = (w === 'niets' || w === 'niks') ? k + 1 : w === 'geen' && toks[k + 1]?.lower === 'woord' ? k + 2 : -1;
      if (v > 0 && toks[v]?.lower === 'van') return { cue: mk(seg, spanOf(t), 'geloven', 'verb', [], true), anchor: i, tok: i, last: i, passive: false, plural, target: null, cognition: false };
    }
  }
  if (chosen.cognition && !prevPunct && !hasContent(seg, i, sEnd)) return null;
  // inside a quotation, first-person cognition ("Ik weet zeker") is the speaker's own words
  if (chosen.cognition && t.inQuote >= 0) return null;
  if (toks[i + 1] && FIRST_PERSON.has(toks[i + 1].lower) && t.inQuote < 0 && chosen.cognition) return null;
  const parts: Span[] = [];
  let main = spanOf(t);
  let last = i;
  if (particleTok >= 0) {
    if (particleTok === i - 1) main = spanOf(toks[i - 1], t);
    else { parts.push(spanOf(toks[particleTok])); last = particleTok; }
  }
  return { cue: mk(seg, main, chosen.lemma, 'verb', parts, chosen.deny), anchor: i, tok: i, last, passive: false, plural, target, cognition: chosen.cognition };
}

function pickParticiple(list: VerbInfo[]): VerbInfo | null {
  return list.find((x) => x.needs !== 'weten') ?? null;
}

function hasBefore(seg: Segmented, i: number, sStart: number, word: string): boolean {
  for (let k = i - 1; k >= sStart && k >= i - 12; k--) if (seg.tokens[k].lower === word) return true;
  return false;
}
function hasAfter(seg: Segmented, i: number, end: number, words: string[]): boolean {
  for (let k = i + 1; k < end && k < i + 6; k++) if (words.includes(seg.tokens[k].lower)) return true;
  return false;
}

/** A content clause or quote follows the cognition verb: dat/of, a colon, a quotation. */
function hasContent(seg: Segmented, i: number, sEnd: number): boolean {
  const toks = seg.tokens;
  for (let k = i + 1; k < sEnd && k < i + 12; k++) {
    const w = toks[k];
    if (w.kind === 'quote' || w.text === ':') return true;
    if (w.kind === 'word' && CONTENT_WORDS.has(w.lower) && k > i) return w.lower !== 'wat' || k === i + 1;
    if (w.text === '.' || w.text === ';') return false;
  }
  return false;
}

/** The separable particle of the verb at i, later in its clause (quotations skipped), or -1. */
function findParticle(seg: Segmented, i: number, sEnd: number, particle: string): number {
  const toks = seg.tokens;
  const multi = particle.length > 4; // bekend, kenbaar, tegen: may be followed by more
  for (let k = i + 1; k < sEnd && k < i + 30; k++) {
    const w = toks[k];
    if (w.inQuote >= 0 && toks[i].inQuote < 0) continue;
    if (w.kind === 'punct' && (w.text === '.' || w.text === ';' || w.text === ':')) return -1;
    if (w.kind === 'word' && (w.lower === 'dat' || w.lower === 'en' || w.lower === 'maar') && k > i + 1) {
      // the particle closes the clause before a content clause or coordination
      return -1;
    }
    if (w.kind === 'word' && w.lower === particle) {
      const n = toks[k + 1];
      // a particle ends the clause: punctuation, end, dat/en/om/te, a quote
      // a particle ends the clause or stands before a prepositional phrase; before a noun phrase it is a preposition
      if (!n || n.sentence !== w.sentence || n.kind !== 'word' || multi) return k;
      if (!DET_LIKE.has(n.lower) && !n.cap) return k;
      // "kondigde aan dat" / "gaf aan dat": the particle right after the verb
      if (k === i + 1 && ['dat', 'of', 'hoe', 'wat'].includes(n.lower)) return k;
    }
    if (w.kind === 'punct' && w.text === ',' && k > i + 1) {
      // a comma can close the clause right after the particle only; keep scanning short asides
      continue;
    }
  }
  return -1;
}
