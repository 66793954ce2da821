// Statements: each cue with its claimant (subject before the verb, inversion after it, the agent
// after `door` in a passive, the object of `volgens`/`aldus`, an elided subject in coordination) and
// its content span. Sentences are read in order, so coreference sees only what came before.
import type { Segmented, Token } from '../text/types';
import type { Span, Statement, Mention } from '../types';
import { NPParser, isWord, classifyNoun, T_WORD, T_CAP, T_QUOTE, T_COMMA, T_SEMI, L_FOCUS, L_COORD, L_SUB, L_NOTNAME, L_FRONT_PREP, L_FRONT_SUB, type NP } from './np';
import { Registry, isVariant, tokenList, letterMask, tokenLetters, type Builder } from './claimants';
import type { FoundCue } from './cues';
import { FIRST_PERSON, ADJECTIVE_ENDINGS } from '../lexicon/nouns';
import { AUXILIARIES } from '../lexicon/verbs';
import { NO_IDS } from '../ids';

const DEMONSTRATIVE_OR_DET = new Set(['een', 'de', 'het', 'die', 'deze', 'dit', 'dat', 'zijn', 'haar', 'hun']);

export interface Draft {
  st: Statement;
  found: FoundCue | null;
  sentence: number;
  /** Token index of the `wijzen naar` target, for contests. */
  target: string | null;
}

/** Common strong and irregular finite verbs (past and short present) that the suffix test misses. */
const STRONG_FINITE = new Set('is was had kwam ging bleef hield liep zag stond lag zat kon wilde moest mocht zou zal kan wil moet mag werd bracht dacht zocht kocht vond gaf nam sprak schreef las wees riep hing trok viel sloeg won verloor koos bood zweeg blijft heeft wordt staat lijkt komt gaat houdt ziet toont reageert reageerde'.split(' '));
/** Function words that end like a finite verb (-t, -de, -te, -en) but are none. */
const NOT_VERB_ENDING = new Set(['van', 'de', 'het', 'een', 'en', 'in', 'op', 'met']);
/** Adjective endings: a capitalised adjective at the sentence start is no name ("Onduidelijk is ..."). */
const ADJ_ENDINGS = [...ADJECTIVE_ENDINGS, 'nde'];
/** Endings of abstract nouns: a capitalised one at the sentence start is no name ("Misselijkheid kwam ..."). */
const ABSTRACT_ENDINGS = ['heid', 'isme', 'schap', 'iteit', 'atie', 'ering', 'ening', 'iging', 'ading'];
/** Documents that say something in a passive sentence ("In het rapport wordt gewaarschuwd dat ..."). */
const DOCUMENTS = new Set(['rapport', 'memo', 'brief', 'nota', 'verklaring', 'persbericht', 'onderzoek', 'studie', 'notulen', 'mail',
  'e-mail', 'document', 'stuk', 'analyse', 'advies', 'vonnis', 'verslag', 'evaluatie', 'conceptrapport', 'rapportage']);
const DOCUMENT_DETS = new Set(['het', 'de', 'dat', 'die', 'dit', 'deze', 'een']);
/** Prepositions: a phrase after one inside an apposition is its object, not the apposition. */
const APPOSITION_PREPOSITIONS = new Set(['aan', 'in', 'op', 'bij', 'van', 'voor', 'met', 'uit', 'over', 'onder', 'naast', 'achter', 'tegenover', 'namens', 'vanuit', 'nabij', 'rond']);
const PLURAL_VERBS = new Set(['zijn', 'waren', 'hebben', 'hadden']);
const SINGULAR_VERBS = new Set(['is', 'was', 'had', 'zei', 'kon', 'wilde', 'zou', 'ging']);
/** Words before a full name that make it no new source ("voor Mohammed Ouali"). */
const BEFORE_NAME = new Set(['in', 'naar', 'uit', 'bij', 'op', 'aan', 'over', 'tot', 'voor', 'met', 'tegen', 'tegenover', 'van', 'de', 'het', 'zoals', 'als']);
const PASSIVE_AUX = new Set(['werd', 'werden', 'wordt', 'worden']);
const RELATIVES = new Set(['die', 'dat', 'wie', 'welke', 'waarvan', 'wiens']);
const DEMONSTRATIVES = new Set(['die', 'deze', 'dit', 'dat']);
const CONTRAST_AFTER_COMMA = new Set(['maar', 'terwijl', 'want', 'echter', 'alhoewel', 'hoewel']);

const lastChar = (w: string) => (w.length ? w.charCodeAt(w.length - 1) : 0);
/** Ends like a finite verb or plural: -t, -de, -te, -en (as /(t|de|te|den|ten|en)$/). */
const verbEnding = (w: string) => lastChar(w) === 116 || w.endsWith('de') || w.endsWith('te') || w.endsWith('en');
function endsWithAny(w: string, ends: readonly string[]): boolean {
  for (let k = 0; k < ends.length; k++) if (w.endsWith(ends[k])) return true;
  return false;
}
/** Plural verb after a pronoun: zijn, waren, hebben, hadden, or -en after a letter other than e. */
const pluralVerb = (w: string) => PLURAL_VERBS.has(w) || (w.length >= 3 && w.endsWith('en') && w.charCodeAt(w.length - 3) !== 101);

const POST_ADVERBS = new Set(['ook', 'tevens', 'echter', 'daarna', 'toen', 'zelfs', 'wel', 'nog', 'al', 'dan', 'onlangs', 'vandaag', 'gisteren', 'later', 'eerder', 'nu', 'daarnaast', 'bovendien', 'woensdag', 'dinsdag', 'maandag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag']);

export class StatementBuilder {
  readonly parser: NPParser;
  readonly reg: Registry;
  readonly drafts: Draft[] = [];
  /** Sentence index -> the named person or group the sentence is about (its subject), if any. */
  readonly sentenceSubject = new SentenceIds();
  /** Records that a claimant was a sentence subject at an offset (the last 8 offsets: Builder.subjectAt). */
  private markSubject(id: number, at: number): void {
    const b = this.reg.claimants[id];
    const l = b.subjectAt;
    if (!l) b.subjectAt = [at];
    else if (!l.includes(at)) { l.push(at); if (l.length > 8) l.shift(); }
  }

  constructor(private seg: Segmented, knownSources: readonly string[] = []) {
    this.parser = new NPParser(seg, knownSources);
    this.reg = new Registry(seg.text);
  }

  /** Registers the names and subjects of one sentence as possible antecedents. */
  discourse(si: number): void {
    const s = this.seg.sentences[si];
    const toks = this.seg.tokens;
    let i = dateline(toks, this.seg.text, this.parser.tokInfo, s.tokenStart, s.tokenEnd);
    const P = this.parser;
    while (i < s.tokenEnd && (toks[i].kind !== 'word' || (P.lexAt(i) & (L_FOCUS | L_COORD)))) i++;
    let np = i < s.tokenEnd && toks[i].inQuote < 0 ? this.parser.parse(i, false) : null;
    // a single capitalised word at the start is a name only when a verb or an apposition follows
    if (np && np.name && !np.head && np.end === i + 1) {
      // "Ouali zelf blijft ...": an emphatic `zelf` after the name
      const ni = toks[i + 1]?.lower === 'zelf' ? i + 2 : i + 1;
      const n = toks[ni];
      const w = toks[i].lower;
      const verbish = n && n.kind === 'word' && !n.cap && ((verbEnding(n.lower) && !NOT_VERB_ENDING.has(n.lower)) || STRONG_FINITE.has(n.lower) || P.verbAt(ni));
      if (endsWithAny(w, ADJ_ENDINGS) || endsWithAny(w, ABSTRACT_ENDINGS) || !(verbish || (n && (n.text === ',' || n.text === '(')))) np = null;
    }
    // (also a person introduced by a role: "Een bakker uit X, die ..., is boos. '...'")
    // (and a bare plural with a `van` complement: "Waarnemers van de Europese Unie zijn minder stellig. ... schrijven zij")
    if (np && (np.name || np.definite || np.pronoun || (np.head && !np.plural && !np.vague && toks[np.start].lower === 'een' && classifyNoun(np.head) === 'role') || bareGroup(np, toks))) {
      const n = toks[np.end];
      const plural = np.pronoun && n && n.kind === 'word' ? (pluralVerb(n.lower) ? true : lastChar(n.lower) === 116 || SINGULAR_VERBS.has(n.lower) ? false : null) : null;
      const b = this.resolve(np, plural);
      if (b) this.markSubject(b.id, np.span.start);
      if (b && np.name && (b.kind === 'person' || b.kind === 'collective')) this.sentenceSubject.set(si, b.id);
      // ... or a person by a definite role (`De boekhouder, die als getuige werd gehoord, sprak dat tegen. Zij ...`)
      else if (b && !np.name && np.head && (np.definite || toks[np.start].lower === 'een') && !np.plural && b.kind === 'person' && !b.vague && classifyNoun(np.head) === 'role') this.sentenceSubject.set(si, b.id);
    }
    // the subject of a fronted subordinate clause: "Toen Apple-topman Steve Jobs de iPhone introduceerde, prees hij ..."
    // (FRONTED_SUBORDINATORS and FRONTING_PREPOSITIONS from the token's bits: see np.ts)
    if (!np && i < s.tokenEnd && toks[i].kind === 'word' && (P.lexAt(i) & L_FRONT_SUB)) {
      const sub = this.parser.parse(i + 1, false);
      if (sub && sub.name) {
        const b = this.resolve(sub, null);
        if (b) this.markSubject(b.id, sub.span.start);
      }
    }
    if (i < s.tokenEnd && toks[i].kind === 'word' && (P.lexAt(i) & L_FRONT_PREP)) this.invertedSubject(si, i);
    // other full names in the sentence (two or more name words, not inside quotes)
    const bits = this.parser.tokInfo;
    const CAP_WORD = T_WORD | T_CAP;
    // (from the end of the subject found above: the words inside it are no other name)
    for (let k = Math.max(s.tokenStart + 1, np ? np.end : 0); k < s.tokenEnd; k++) {
      // a capitalised word outside quotations, not right after another (read from bits, not the tokens)
      if ((bits[k] & (CAP_WORD | T_QUOTE)) !== CAP_WORD) continue;
      if ((bits[k - 1] & CAP_WORD) === CAP_WORD) continue;
      if (this.parser.nameEndsAfter(k, s.tokenEnd)) {
        const p0 = toks[k - 1];
        // one surname spelled as a variant of a recent person's (`Volgens KTV heeft Sharipov ...` after `Sjaripov`)
        // (where a subject stands: after a finite verb, `heeft Sharipov`, or a conjunction, `dat Sharipov`: the parser's word bits)
        if (toks[k].text.length >= 5 && isWord(p0) && ((this.parser.lexAt(k - 1) & (L_SUB | L_COORD)) !== 0 || this.parser.verbAt(k - 1)) && this.reg.surnameVariant(toks[k].text, toks[k].start)) { const sub = this.parser.parse(k, false); if (sub && sub.name && !sub.head) this.resolve(sub, null); }
        continue;
      }
      const p = toks[k - 1];
      const nm = this.parser.parseName(k, s.tokenEnd);
      if (!nm || nm.end - k < 2) continue;
      // a title with a portfolio: "schepen van Mobiliteit Jolien Vercauteren", "minister van Financiën Eva Bos"
      if (isWord(p) && (p.lower === 'van' || p.lower === 'voor') && k - 2 >= s.tokenStart && isWord(toks[k - 2]) && !toks[k - 2].cap && classifyNoun(toks[k - 2].lower) === 'role') {
        const r = this.parser.parse(k - 2, false);
        if (r && r.name && r.claimantKind === 'person' && r.end >= nm.end) {
          this.resolve(r, null);
          k = r.end - 1;
          continue;
        }
      }
      if (isWord(p) && BEFORE_NAME.has(p.lower)) {
        // not a new source, but a known one spelled differently ("voor Mohammed Ouali" after "Mohamed Ouali")
        if (nm.end - k >= 2) {
          const sub = this.parser.parse(k, false);
          if (sub && sub.name && sub.claimantKind === 'person' && this.spellingVariant(sub.name)) this.resolve(sub, null);
        }
        k = nm.end - 1;
        continue;
      }
      // with its title, so that the role is known ("minister Van der Laan" is not "de premier")
      const titled = isWord(p) && !p.cap && this.parser.clsAt(k - 1) === 'role' ? this.parser.parse(k - 1, false) : null;
      const sub = titled && titled.name && titled.end >= nm.end ? titled : this.parser.parse(k, false);
      if (sub && sub.name && sub.claimantKind === 'person') {
        const known = this.reg.claimants.length;
        const b = this.resolve(sub, null);
        if (b && b.id >= known && !sub.firm) b.weak = true;
      }
      k = nm.end - 1;
    }
  }

  /** After a fronted phrase and the finite verb, a named person as the subject: "In Bakoe reageerde
   *  presidentieel adviseur Elnur Mammadli ...", the subject of the sentence for pronouns and quotes. */
  private invertedSubject(si: number, i: number): void {
    const s = this.seg.sentences[si];
    const toks = this.seg.tokens;
    for (let k = i + 1; k < s.tokenEnd && k <= i + 6; k++) {
      const w = toks[k];
      if (w.kind !== 'word' || w.inQuote >= 0) return;
      if (w.cap || !(this.parser.verbAt(k) || STRONG_FINITE.has(w.lower))) continue;
      // the subject right after the verb: an optional adjective or title, then a name
      for (let a = k + 1; a < s.tokenEnd && a <= k + 3; a++) {
        const np = toks[a].kind === 'word' && toks[a].inQuote < 0 ? this.parser.parse(a, false) : null;
        if (np && np.name && np.claimantKind === 'person' && (np.firm || this.reg.knownName(np.name))) {
          const b = this.resolve(np, null);
          if (b && b.kind === 'person') { this.markSubject(b.id, np.span.start); this.sentenceSubject.set(si, b.id); }
          return;
        }
        if (toks[a].kind !== 'word' || toks[a].cap) return;
      }
      return;
    }
  }

  /** `Die bron zou ook hebben verklaard`: a sentence-initial demonstrative and a source noun right before
   *  the verb group, as a definite role (the source just mentioned), or null. */
  private demonstrativeSubject(st: number, a: number): NP | null {
    const toks = this.seg.tokens;
    const d = toks[st], n = toks[st + 1];
    if (!d || !n || (d.lower !== 'die' && d.lower !== 'deze') || n.kind !== 'word' || n.cap || d.inQuote >= 0 || st + 2 > a || !this.parser.clsAt(st + 1)) return null;
    for (let k = st + 2; k < a; k++) if (toks[k].kind !== 'word' || !(AUXILIARIES.has(toks[k].lower) || POST_ADVERBS.has(toks[k].lower))) return null;
    const np = this.parser.parse(st + 1, true);
    return np && np.head && !np.name ? { ...np, definite: true } : null;
  }

  /** `volgens dat rapport`, `volgens die bronnen`: a demonstrative and a noun phrase, as a definite phrase. */
  private demonstrativeObject(k: number): NP | null {
    const d = this.seg.tokens[k];
    if (!isWord(d) || !DEMONSTRATIVES.has(d.lower) || d.inQuote >= 0) return null;
    const np = this.parser.parse(k + 1, true);
    if (np) return np.head && !np.name && !np.pronoun ? { ...np, definite: true } : null;
    // an unlisted noun: "volgens dat rapport", "volgens die berekening"
    const n = this.seg.tokens[k + 1];
    if (!isWord(n) || n.cap || n.inQuote >= 0 || n.sentence !== d.sentence || n.lower.length < 4 || this.parser.verbAt(k + 1) || (this.parser.lexAt(k + 1) & L_NOTNAME)) return null;
    return { start: k + 1, end: k + 2, span: { start: n.start, end: n.end }, text: n.text, name: null, role: null, mentionKind: 'organisation', claimantKind: 'organisation', vague: false, pronoun: null, head: n.lower, definite: true, plural: false, female: false, firm: false };
  }

  /** Does a full name share a word with a recent claimant and spell another of its words differently? */
  private spellingVariant(name: string): boolean {
    const words = foldedWords(name);
    if (words.length < 2 || words.length > 4) return false;
    const letters = letterMask(words);
    const recent = this.recentBuf;
    const n = this.reg.recentInto(recent, 40);
    for (let r = 0; r < n; r++) {
      const c = recent[r];
      // (no first letter in common: no word the same, none a variant)
      if (c.kind !== 'person' || (tokenLetters(c) & letters) === 0) continue;
      let same = 0;
      let variant = 0;
      const cws = tokenList(c.tokens);
      for (let q = 0; q < words.length; q++) {
        const w = words[q];
        if (c.tokens.has(w)) { same++; continue; }
        // (isVariant needs five letters or more)
        if (w.length >= 5) for (let q = 0; q < cws.length; q++) if (isVariant(cws[q], w)) { variant++; break; }
      }
      if (same >= 1 && variant >= 1) return true;
    }
    return false;
  }

  /** The claimant an NP stands for (null for an unresolved pronoun or first person). */
  resolve(np: NP, plural: boolean | null): Builder | null {
    if (np.pronoun) {
      const sent = this.seg.sentences[this.seg.tokens[np.start].sentence];
      const prev = this.previousSubject(np, plural) ?? this.reg.onlyInParagraph(np, plural, this.seg.paragraphs[sent.paragraph].start, sent.start, np.span.start);
      if (prev) return prev;
      const n = this.candidates(np.span.start);
      return this.reg.byPronoun(np, plural, this.candList, n);
    }
    if (np.name && np.mentionKind === 'group' && np.claimantKind === 'collective' && np.name.includes(' en ')) return this.reg.byGroupName(np);
    if (np.name) return this.reg.byName(np);
    if (np.head) return this.reg.byRole(np, this.recentPersonFn);
    return null;
  }

  /** A singular `hij`/`ze`/`zij` right after a sentence (in its paragraph) whose subject is a named person:
   *  that person, before older candidates (`Schepen ... Griet Vanhaverbeke verdedigde het plan. "...", zei ze.`). */
  private previousSubject(np: NP, plural: boolean | null): Builder | null {
    const p = np.pronoun!;
    if (plural === true || p.number === 'pl' || (p.word !== 'hij' && p.word !== 'ze' && p.word !== 'zij' && p.word !== 'hem' && p.word !== 'haar')) return null;
    const toks = this.seg.tokens, sents = this.seg.sentences;
    const si = toks[np.start].sentence;
    if (si < 1 || sents[si - 1].paragraph !== sents[si].paragraph || this.sentenceSubject.has(si)) return null;
    const id = this.sentenceSubject.get(si - 1);
    if (id === undefined) return null;
    const b = this.reg.claimants[id];
    if (b.kind !== 'person' || b.plural || ((p.word === 'hij' || p.word === 'hem') && b.female)) return null;
    // another person named in between (an object, a second name) makes it ambiguous
    const recent = this.recentBuf;
    const n = this.reg.recentInto(recent, 3);
    for (let r = 0; r < n; r++) {
      const c = recent[r];
      // (its last mention before the pronoun: the pronoun itself may have been resolved to it already)
      if (c !== b && c.kind === 'person' && lastMentionBefore(c.mentions, np.span.start) > (b.subjectAt?.[b.subjectAt.length - 1] ?? 0)) return null;
    }
    this.reg.mention(b, np, 'pronoun');
    return b;
  }

  /** Reused scratch arrays (entries past the count in use are stale): recent claimants, candidates and
   * their scores. */
  private recentBuf: Builder[] = [];
  private candList: Builder[] = [];
  private candScores: number[] = [];
  /** Recent claimants mentioned shortly before, best score first (a stable sort: ties keep recency order),
   * in candList[0 .. the count returned). */
  private candidates(before: number): number {
    const list = this.candList;
    const scores = this.candScores;
    let n = 0;
    const recent = this.recentBuf;
    const nRecent = this.reg.recentInto(recent, 40);
    for (let r = 0; r < nRecent; r++) {
      const c = recent[r];
      // c.last is the start of its latest mention: when that is before `before`, no search is needed
      const lastBefore = c.last < before ? c.last : lastMentionBefore(c.mentions, before);
      if (!(lastBefore >= 0 && before - lastBefore < 2500)) continue;
      let subj = -1;
      const ss = c.subjectAt;
      if (ss) for (const x of ss) if (x < before && x > subj) subj = x;
      const penalty = c.weak && subj < 0 && c.speaks === 0 ? 800 : 0;
      list[n] = c;
      scores[n++] = Math.max(subj >= 0 ? subj + 250 : -1, lastBefore - 100) + (c.speaks > 0 && !(subj >= 0 && subj + 250 >= lastBefore - 100) ? 30 : 0) - penalty;
    }
    // a stable insertion sort in place (at most 40 entries; no index arrays)
    for (let k = 1; k < n; k++) {
      const c = list[k], sc = scores[k];
      let j = k;
      while (j > 0 && scores[j - 1] < sc) { list[j] = list[j - 1]; scores[j] = scores[j - 1]; j--; }
      list[j] = c;
      scores[j] = sc;
    }
    return n;
  }

  /** recentPerson as a function for the registry (made once, not a closure per look-up). */
  private readonly recentPersonFn = (before: number): Builder | null => this.recentPerson(before);
  private recentPerson(before: number): Builder | null {
    const n = this.candidates(before);
    const list = this.candList;
    for (let k = 0; k < n; k++) if (list[k].kind === 'person') return list[k];
    return null;
  }

  private startsBuf: number[] = [];
  /** The subject phrase of a cue. */
  subjectOf(c: FoundCue): NP | null {
    const toks = this.seg.tokens;
    const t = toks[c.tok];
    const s = this.seg.sentences[t.sentence];
    const P = this.parser;
    const lemma = c.cue.lemma;
    if (lemma === 'volgens' || lemma === 'aldus') return P.parse(c.tok + 1, true, true) ?? objectPronounAt(toks, c.tok + 1) ?? this.demonstrativeObject(c.tok + 1);
    if (lemma === 'naar eigen zeggen') {
      // the subject of the clause it stands in: "De zanger heeft naar eigen zeggen nooit iets gemerkt"
      let i = s.tokenStart;
      // (a coordinated main clause after a comma: "..., en de onderzoekers hebben naar eigen zeggen ..."; bounded)
      for (let k = c.tok - 2; k > s.tokenStart && k >= c.tok - 12; k--) {
        const w = toks[k];
        if (w.kind === 'word' && (w.lower === 'en' || w.lower === 'maar') && toks[k - 1].text === ',') { i = k + 1; break; }
      }
      while (i < c.tok && (toks[i].kind !== 'word' || (P.lexAt(i) & (L_FOCUS | L_COORD)))) i++;
      const np = P.parse(i, true);
      if (np && np.end < c.tok) return np;
      for (let k = c.last + 1; k < Math.min(s.tokenEnd, c.last + 3); k++) { const post = P.parse(k, true); if (post) return post; }
      return null;
    }
    if (c.passive) {
      // (not past a comma: "zoals op sociale media werd beweerd, werd door het ministerie ontkend")
      for (let k = c.tok + 1; k < Math.min(s.tokenEnd, c.tok + 5) && toks[k].text !== ','; k++) if (toks[k].lower === 'door') return P.parse(k + 1, true);
      // (the agent fronted too: "Door omwonenden wordt al langer gemeld", "Vanuit de oudercommissie wordt gesteld")
      // (a quotation between the agent and the participle: "werd door X dinsdag "een zege" genoemd")
      // (eight tokens back, the words of a quotation not counted)
      for (let k = c.tok - 1, n = 0; k >= s.tokenStart && k >= c.tok - 30 && n < 8; k--) {
        const w = toks[k];
        if (w.inQuote >= 0 || w.kind === 'quote') continue;
        n++;
        if (w.lower === 'door' || (k === s.tokenStart && w.lower === 'vanuit')) return P.parse(k + 1, true);
      }
      { const k = doorBeforeParenthesis(toks, c.tok, s.tokenStart); if (k >= 0) return P.parse(k + 1, true); }
      // a capital for its government: "In Kiev werd de beschuldiging van de hand gewezen", "In Den Haag wordt ontkend"
      let st = s.tokenStart;
      while (st < c.tok && toks[st].kind === 'word' && (P.lexAt(st) & L_FOCUS)) st++;
      if (toks[st]?.lower === 'in' && isWord(toks[st + 1]) && toks[st + 1].cap) {
        const nm = P.parseName(st + 1, s.tokenEnd);
        const aux = nm ? toks[nm.end] : undefined;
        if (nm && nm.end - st <= 4 && isWord(aux) && PASSIVE_AUX.has(aux.lower)) return P.parse(st + 1, false);
      }
      // a document: "In het rapport wordt gewaarschuwd dat", "In de brief werd gesteld dat"
      // ... or its author: "In een brief van de oudercommissie (aan het bestuur) wordt gesteld dat"
      if (toks[st]?.lower === 'in' && isWord(toks[st + 1]) && DOCUMENT_DETS.has(toks[st + 1].lower) && isWord(toks[st + 2]) && DOCUMENTS.has(toks[st + 2].lower)) {
        let aux = st + 3;
        while (aux < c.tok && aux < st + 12 && isWord(toks[aux]) && !PASSIVE_AUX.has(toks[aux].lower)) aux++;
        if (aux < c.tok && isWord(toks[aux]) && PASSIVE_AUX.has(toks[aux].lower)) {
          if (aux === st + 3) return P.parse(st + 1, true);
          if (toks[st + 3].lower === 'van') { const owner = P.parse(st + 4, true); if (owner && (owner.name || owner.head)) return owner; }
        }
      }
      return null;
    }
    const a = c.anchor;
    // inversion with a subject pronoun right after the finite verb: "De beschuldigingen noemt hij onzin",
    // "Dat heeft zij nooit gezegd" (what stands before the verb is then no subject)
    const after = toks[a + 1];
    if (a > s.tokenStart && isWord(after) && after.inQuote < 0 && (after.lower === 'hij' || after.lower === 'zij') && toks[a].inQuote < 0 && !c.plural) {
      const np = P.parse(a + 1, true);
      if (np && np.pronoun) return np;
    }
    // elided subject in coordination: "Jobs verwelkomde iedereen en zei dat ..."
    const before = toks[a - 1];
    if (before && a - 1 > s.tokenStart && (before.lower === 'en' || before.lower === 'maar') && !this.looksLikeSubjectAfter(a)) {
      let i = s.tokenStart;
      while (i < a && (toks[i].kind !== 'word' || (P.lexAt(i) & L_FOCUS))) i++;
      const np = P.parse(i, true);
      if (np) return np;
    }
    // "Die zei vorige week ...": a sentence-initial demonstrative stands for the last person, like `hij`
    if (a - 1 === s.tokenStart && (toks[a - 1].lower === 'die' || toks[a - 1].lower === 'deze') && toks[a - 1].inQuote < 0 && !c.plural) {
      // (the person the previous sentence ended on, when it did: "... na een tip van een oud-medewerker. Die vertelde ...")
      const last = this.closingPerson(t.sentence);
      if (last) return last;
      const d = toks[a - 1];
      return { start: a - 1, end: a, span: { start: d.start, end: d.end }, text: d.text, name: null, role: null, mentionKind: 'pronoun', claimantKind: 'person', vague: false, pronoun: { number: 'sg', gender: null, word: d.lower }, head: null, definite: true, plural: false, female: false, firm: false };
    }
    { const np = this.demonstrativeSubject(s.tokenStart, a); if (np) return np; }
    // a relative clause: "citeert een arts van het ziekenhuis, die zegt dat ...", "een mijnwerker die de
    // ramp overleefde en die zegt dat ...": the subject is the phrase `die` follows
    if (a - 1 > s.tokenStart && toks[a - 1].lower === 'die' && toks[a - 1].inQuote < 0 && !c.plural) { const np = this.relativeAntecedent(a - 1, s.tokenStart); if (np) return np; }
    // subject before the verb, from the nearest clause start back to the sentence start
    // (clause starts in a reused scratch array: subjectOf does not re-enter itself)
    const starts = this.startsBuf;
    let ns = 0;
    let comma = false;
    for (let k = a - 1; k >= s.tokenStart && k >= a - 40 && ns < 6; k--) {
      const w = toks[k];
      if (w.text === ',') comma = true;
      // (marks around a name nobody said are part of the phrase: "Een groep die zichzelf 'NachtVorst' noemt, zegt")
      if ((w.kind === 'quote' || (w.inQuote >= 0 && toks[a].inQuote < 0)) && !(w.inQuote >= 0 && this.seg.quotes[w.inQuote].kind === 'term')) { starts[ns++] = k + 1; break; }
      const lex = w.kind === 'word' ? P.lexAt(k) : 0; // (SUBORDINATORS and COORDINATORS from the token's bits)
      if (lex & L_SUB && w.lower !== 'die' && k < a - 1) {
        // verb-final clause: the subject follows the conjunction (dat hij ... vindt)
        if (!(w.lower === 'toen' && k === s.tokenStart + (P.lexAt(s.tokenStart) & L_FOCUS ? 1 : 0) && k + 1 === a)) {
          let st = k + 1;
          while (st < a && toks[st].kind === 'quote') st++;
          const np = P.parse(st, true);
          if (np && (np.end === a || (!comma && np.end <= a))) return np;
        }
      }
      if (k === s.tokenStart || k === a - 40) starts[ns++] = k;
      else if (w.text === ',' || w.text === ':' || w.text === ';' || lex & L_COORD) starts[ns++] = k + 1;
    }
    for (let q = 0; q < ns; q++) {
      let st = starts[q];
      if (st >= a) continue;
      while (st < a && (toks[st].kind === 'quote' || (toks[st].kind === 'word' && (P.lexAt(st) & (L_FOCUS | L_COORD))))) st++;
      const w = toks[st];
      if (!w || st >= a) continue;
      const np = P.parse(st, true);
      // (an emphatic `zelf` may stand between the subject and its verb: `Vaessen zelf spreekt dat tegen`)
      if (np && (np.end === a || (np.end === a - 1 && toks[a - 1].kind === 'word' && toks[a - 1].lower === 'zelf'))) return this.coordinated(np, s.tokenStart) ?? np;
      // a headline drops the article and `van`: "Eigenaar thuiszorgbureau ontkent fraude", "Directeur ziekenhuis stapt op"
      if (np && q === ns - 1 && np.end === a - 1 && np.head && !np.name && classifyNoun(np.head) === 'role' && this.headline(t.sentence)) {
        const w = toks[a - 1];
        if (isWord(w) && !w.cap && w.inQuote < 0 && w.lower.length > 3 && !P.verbAt(a - 1) && !(P.lexAt(a - 1) & (L_NOTNAME | L_SUB | L_COORD))) {
          const text = this.seg.text.slice(np.span.start, w.end);
          return { ...np, end: a, span: { start: np.span.start, end: w.end }, text, role: text };
        }
      }
    }
    // "Een van hen, Truus Bakker, noemt het plan goed": the apposition before the verb, not the object after it
    const ap = this.beforeApposition(a, s.tokenStart);
    if (ap && (ap.name || (ap.head && classifyNoun(ap.head)))) return ap;
    // inversion: the subject right after the verb (after an adverb at most)
    let k = a + 1;
    if (c.cue.kind === 'phrase' && c.last > a) k = c.anchor + 1;
    for (let n = 0; n < 2 && k < s.tokenEnd; n++) {
      const w = toks[k];
      if (w.kind === 'word' && FIRST_PERSON.has(w.lower)) return null;
      const np = P.parse(k, true);
      if (np && !(np.head && !np.name && np.mentionKind === 'role' && !np.definite && !np.firm && np.claimantKind === 'person' && toks[np.start].lower === 'het')) return this.objectAfterBody(np) ?? np;
      if (w.kind === 'word' && POST_ADVERBS.has(w.lower)) { k++; continue; }
      if (w.kind === 'word' && w.lower === 'volgens') {
        // "riep volgens overlevering een priester": skip the volgens phrase
        const v = P.parse(k + 1, true);
        k = v ? v.end : k + 2;
        n--;
        continue;
      }
      break;
    }
    return this.beforeApposition(a, s.tokenStart);
  }

  /** `had het bestuur Zwanenburg laten weten`: after an organisation noun, a name the draft gave a person
   *  before is the object, not the organisation's name: the phrase up to the noun, or null. */
  private objectAfterBody(np: NP): NP | null {
    if (!np.name || !np.head || np.firm || np.claimantKind !== 'organisation' || !this.reg.knownName(np.name)) return null;
    const toks = this.seg.tokens;
    let h = np.start;
    while (h < np.end && toks[h].lower !== np.head) h++;
    if (h >= np.end || h + 1 >= np.end) return null;
    const known = this.reg.claimants;
    // (the name must be a person's: not the organisation named again)
    let person = false;
    for (let r = known.length - 1; r >= 0 && r >= known.length - 40; r--) if (known[r].kind === 'person' && (known[r].name === np.name || known[r].name.endsWith(' ' + np.name))) { person = true; break; }
    if (!person) return null;
    const a = toks[np.start].start, b = toks[h].end;
    return { ...np, end: h + 1, span: { start: a, end: b }, text: this.seg.text.slice(a, b), name: null, role: np.head, mentionKind: 'organisation', definite: np.definite };
  }

  /** Sentence si is a headline: the first paragraph, one sentence, with more paragraphs after it. */
  private headline(si: number): boolean {
    const ps = this.seg.paragraphs;
    return this.seg.sentences[si].paragraph === 0 && ps.length > 1 && ps[0].sentenceEnd - ps[0].sentenceStart === 1;
  }

  /** The phrase naming a single person (a role noun or a person's name) that ends sentence si - 1 of the same
   *  paragraph, or null: what a demonstrative `Die` opening sentence si refers to (bounded: 8 tokens back). */
  private closingPerson(si: number): NP | null {
    const sents = this.seg.sentences, toks = this.seg.tokens;
    if (si < 1 || sents[si - 1].paragraph !== sents[si].paragraph) return null;
    const p = sents[si - 1];
    const e = lastContentTok(toks, p.tokenStart, p.tokenEnd);
    if (toks[e].kind !== 'word' || toks[e].inQuote >= 0) return null;
    for (let k = e; k > p.tokenStart && k > e - 8; k--) {
      if (toks[k].kind !== 'word') return null;
      const np = this.parser.parse(k, false);
      if (!np || np.end !== e + 1 || np.pronoun || np.plural || np.vague || np.claimantKind !== 'person') continue;
      if (np.head ? classifyNoun(np.head) === 'role' : np.name != null && np.firm) return np;
    }
    return null;
  }

  /** The phrase a relative `die` at r stands for (before it, or before an earlier `die` it is coordinated
   *  with: "een mijnwerker die ... en die zegt"), the longest one ending there; null if none. */
  private relativeAntecedent(r: number, sStart: number): NP | null {
    const toks = this.seg.tokens;
    if (toks[r - 1]?.lower === 'en') {
      let k = r - 2;
      while (k > sStart && k > r - 14 && toks[k].lower !== 'die' && toks[k].kind !== 'quote' && toks[k].text !== ';') k--;
      if (toks[k]?.lower !== 'die' || k <= sStart) return null;
      r = k;
    }
    const end = toks[r - 1]?.text === ',' ? r - 1 : r;
    for (let k = Math.max(sStart, end - 10); k < end; k++) {
      if (toks[k].kind !== 'word') continue;
      const np = this.parser.parse(k, true);
      if (np && np.end === end && !np.pronoun && (np.name || (np.head && classifyNoun(np.head)))) return np;
    }
    return null;
  }

  /**
   * The subject separated from its verb by an apposition or a relative clause between commas:
   * "Een adviseur van het bureau, Piet Jansen, stelt", "Een van hen, de 24-jarige Eva Kok, zei",
   * "Een raadslid, die anoniem wil blijven, zegt". A named apposition beats an unnamed head.
   */
  private beforeApposition(a: number, sStart: number): NP | null {
    const toks = this.seg.tokens;
    if (toks[a - 1]?.text !== ',' || this.looksLikeSubjectAfter(a)) return null;
    let c1 = -1;
    for (let k = a - 2; k > sStart && k >= a - 30; k--) {
      const w = toks[k];
      if (w.kind === 'quote' || w.text === ';' || w.text === ':' || w.inQuote >= 0) return null;
      if (w.text === ',') { c1 = k; break; }
    }
    if (c1 < 0) return this.beforeRelativeClause(a, sStart);
    const P = this.parser;
    let st = sStart;
    while (st < c1 && (toks[st].kind !== 'word' || (P.lexAt(st) & (L_FOCUS | L_COORD)))) st++;
    const f = toks[st];
    if (!f || c1 - st > 15 || !isWord(f) || !(DEMONSTRATIVE_OR_DET.has(f.lower) || (f.cap && !(P.lexAt(st) & L_NOTNAME)))) return null;
    let head = P.parse(st, true);
    if (!(head && (head.end === c1 || head.end === c1 + 1)) && DEMONSTRATIVES.has(f.lower)) head = P.parse(st + 1, true);
    // (a prepositional phrase may follow the head up to the comma: "Een diplomaat in de hoofdstad Velgrad, die ...")
    if (head && !(head.end === c1 || head.end === c1 + 1) && !this.phraseUpTo(head.end, c1)) head = null;
    const rel = toks[c1 + 1];
    if (isWord(rel) && RELATIVES.has(rel.lower)) return head;
    for (let p = c1 + 1; p < a - 1 && p <= c1 + 4; p++) {
      // (the object of a preposition is no apposition: "X, zelf boer aan de Veldweg, stelt")
      if (p > c1 + 1 && isWord(toks[p - 1]) && APPOSITION_PREPOSITIONS.has(toks[p - 1].lower)) break;
      const ap = P.parse(p, true);
      if (ap && ap.name && !ap.pronoun && (ap.end === a - 1 || ap.end === a) && (!head || !head.name)) return ap;
    }
    return head;
  }

  /** Tokens [from, to) are one prepositional phrase (a preposition, then words that are no verb; at most 8). */
  private phraseUpTo(from: number, to: number): boolean {
    const toks = this.seg.tokens;
    if (to - from < 2 || to - from > 8 || !isWord(toks[from]) || toks[from].cap || !APPOSITION_PREPOSITIONS.has(toks[from].lower)) return false;
    for (let k = from + 1; k < to; k++) if (!isWord(toks[k]) || this.parser.verbAt(k)) return false;
    return true;
  }
  /** The subject that opens the sentence, then a relative clause up to the comma before the verb:
   *  "Een buurtbewoner die alles zag gebeuren, zegt", "Het rapport dat gisteren uitlekte, stelt". */
  private beforeRelativeClause(a: number, sStart: number): NP | null {
    const toks = this.seg.tokens;
    const P = this.parser;
    let st = sStart;
    while (st < a && (toks[st].kind !== 'word' || (P.lexAt(st) & (L_FOCUS | L_COORD)))) st++;
    const f = toks[st];
    if (!isWord(f) || f.inQuote >= 0 || !(DEMONSTRATIVE_OR_DET.has(f.lower) || (f.cap && !(P.lexAt(st) & L_NOTNAME)))) return null;
    const np = P.parse(st, true);
    const rel = np ? toks[np.end] : undefined;
    // the relative clause is verb-final and has no comma of its own (then it is not one clause)
    if (!np || np.pronoun || !isWord(rel) || (rel.lower !== 'die' && rel.lower !== 'dat') || a - np.end < 3 || a - np.end > 20) return null;
    for (let k = np.end + 1; k < a - 1; k++) if (toks[k].kind !== 'word' || toks[k].inQuote >= 0) return null;
    // (any noun: "Een inspecteur die de school kent, zegt", "Het rapport dat uitlekte, stelt")
    return np.name || np.head ? np : null;
  }

  /** "Ministers Hoekstra en Kaag": two named sources joined by `en` speak together. */
  private coordinated(np: NP, sStart: number): NP | null {
    const toks = this.seg.tokens;
    const en = np.start - 1;
    if (en <= sStart || toks[en].lower !== 'en' || !np.name) return null;
    for (let st = Math.max(sStart, en - 8); st < en; st++) {
      const first = this.parser.parse(st, false);
      if (!first || first.end !== en || !first.name) continue;
      const text = this.seg.text.slice(first.span.start, np.span.end);
      return { ...np, start: first.start, span: { start: first.span.start, end: np.span.end }, text, name: `${first.name} en ${np.name}`, role: first.role, claimantKind: 'collective', mentionKind: 'group', plural: true, firm: true };
    }
    return null;
  }

  private looksLikeSubjectAfter(a: number): boolean {
    const n = this.seg.tokens[a + 1];
    return isWord(n) && (n.lower === 'hij' || n.lower === 'zij' || n.lower === 'ze' || (n.cap && !FIRST_PERSON.has(n.lower)));
  }

  /** Makes the statement of one cue. */
  add(c: FoundCue): Draft {
    const toks = this.seg.tokens;
    const si = toks[c.tok].sentence;
    const np = this.subjectOf(c);
    let b: Builder | null = null;
    let mention: Mention | null = null;
    if (np) {
      b = this.resolve(np, c.plural);
      if (b) {
        // the mention resolve() just added to the claimant is the statement's (the same fields: one object)
        const m = this.reg.lastMention;
        const kind = np.pronoun ? 'pronoun' : np.mentionKind;
        mention = m && m.start === np.span.start && m.end === np.span.end && m.text === np.text && m.kind === kind ? m : { start: np.span.start, end: np.span.end, text: np.text, kind };
        b.speaks++;
        if (c.cue.kind !== 'preposition' || b.kind === 'person') this.markSubject(b.id, np.span.start);
        // a named speaker after the verb ("..., zegt De Wilde.") is what the sentence is about, for a
        // pronoun in the next one ("Zij verwacht ...")
        if (np.name && b.kind === 'person' && c.cue.kind !== 'preposition' && !this.sentenceSubject.has(si)) this.sentenceSubject.set(si, b.id);
      }
    }
    let target: string | null = null;
    if (c.target != null) {
      const tnp = this.parser.parse(c.target, true);
      target = tnp ? (tnp.name ?? tnp.text).toLowerCase() : toks[c.target]?.lower ?? null;
    }
    const st: Statement = {
      id: this.drafts.length, cue: c.cue, claimantId: b ? b.id : null, mention, content: this.contentOf(c, np),
      quoteIds: NO_IDS, channel: null, viaStatementId: null, hedgeIds: NO_IDS, contested: false, contestedBy: NO_IDS,
    };
    const d: Draft = { st, found: c, sentence: si, target };
    this.drafts.push(d);
    return d;
  }

  /** The content end found last, for its `from` and last token (the cues of a sentence after `volgens`
   * share them: the scan is not repeated). */
  private endFrom = -1;
  private endLast = -1;
  private endTo = -1;

  /** What is attributed: the clause after the cue and its subject, or the content before `..., zegt X`. */
  contentOf(c: FoundCue, np: NP | null): Span {
    const toks = this.seg.tokens;
    const s = this.seg.sentences[toks[c.tok].sentence];
    const endTok = lastContentTok(toks, s.tokenStart, s.tokenEnd);
    const prev = toks[c.cue.parts.length > 1 && toks[c.tok - 1]?.start === c.cue.start ? c.tok - 1 : c.tok - 1];
    const afterComma = prev && (prev.text === ',' || prev.kind === 'quote') && c.tok - 1 > s.tokenStart;
    if (afterComma && (c.cue.kind === 'verb' || c.cue.lemma === 'aldus') && (!np || np.start > c.tok)) {
      let e = c.tok - 1;
      while (e > s.tokenStart && toks[e].kind === 'punct') e--;
      return { start: toks[s.tokenStart].start, end: toks[e].end };
    }
    let from = Math.max(c.last, np ? np.end - 1 : c.last) + 1;
    // (not for `volgens`: "Volgens hem is er geen bewijs dat ..." says all of its clause)
    for (let k = c.last + 1; k < s.tokenEnd && k < c.last + 12 && c.cue.lemma !== 'volgens'; k++) {
      if (toks[k].kind === 'word' && (toks[k].lower === 'dat' || toks[k].lower === 'of') && k >= from - 1) { from = k + 1; break; }
      if (toks[k].text === ':') { from = k + 1; break; }
    }
    if (c.cue.lemma === 'volgens' && c.tok > s.tokenStart + 1) {
      // "A, maar volgens X is B": the clause after the contrast word; else the whole sentence
      const m = toks[c.tok - 1];
      from = m.kind === 'word' && CONTRAST_AFTER_COMMA.has(m.lower) && toks[c.tok - 2]?.text === ',' ? c.tok : s.tokenStart;
    }
    let to = endTok;
    if (from === this.endFrom && endTok === this.endLast) to = this.endTo;
    else {
      const bits = this.parser.tokInfo;
      for (let k = from + 1; k <= endTok && k <= from + 300; k++) {
        // (commas and semicolons found from the token bits: only punctuation tokens are `,` or `;`)
        const f = bits[k];
        if (!(f & (T_COMMA | T_SEMI))) continue;
        if (f & T_COMMA && toks[k].inQuote < 0 && CONTRAST_AFTER_COMMA.has(toks[k + 1]?.lower ?? '')) { to = k - 1; break; }
        if (f & T_SEMI) { to = k - 1; break; }
      }
      this.endFrom = from;
      this.endLast = endTok;
      this.endTo = to;
    }
    // nothing after the cue in its sentence: an empty content at the cue's end (never end < start)
    if (from >= s.tokenEnd || from > to) return { start: c.cue.end, end: Math.max(c.cue.end, toks[endTok]?.end ?? c.cue.end) };
    return { start: toks[from].start, end: toks[to].end };
  }
}

/** Sentence index -> a claimant id, for some sentences: Map-like get/set over a plain array (sentences are
 * set in order; -1 for none), no hash map that grows with the draft. */
export class SentenceIds {
  private ids: number[] = [];
  set(si: number, id: number): void {
    const ids = this.ids;
    while (ids.length < si) ids.push(-1);
    ids[si] = id;
  }
  get(si: number): number | undefined {
    const v = si >= 0 && si < this.ids.length ? this.ids[si] : -1;
    return v >= 0 ? v : undefined;
  }
  has(si: number): boolean {
    return this.get(si) !== undefined;
  }
}

/** "DEN HAAG - Minister ...": the token after a dateline (capitals then a dash), else the sentence start. */
function dateline(toks: Token[], text: string, bits: Int32Array, a: number, b: number): number {
  let k = a;
  // (the word's letters read in the text: its own `text` string is read by nothing else, a cache miss)
  while (k < b && k < a + 4 && (bits[k] & T_WORD) && toks[k].end - toks[k].start > 1 && allCapsAt(text, toks[k].start, toks[k].end)) k++;
  if (k > a && k < b) {
    const d = toks[k].text;
    if (d === '-' || d === '–' || d === '—') return k + 1;
  }
  return a;
}

/** text[a, b) is unchanged by upper-casing (an ASCII string is when it has no letter a-z). */
function allCapsAt(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    // beyond ASCII: let toUpperCase decide
    if (c >= 128) { const w = text.slice(a, b); return w === w.toUpperCase(); }
  }
  return true;
}

const foldedCache = new Map<string, string[]>();
/** The words of a name, accents folded, lower case (cached; shared: read-only). */
function foldedWords(name: string): string[] {
  let w = foldedCache.get(name);
  if (!w) {
    w = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/\s+/);
    if (foldedCache.size > 5000) foldedCache.clear();
    foldedCache.set(name, w);
  }
  return w;
}

function lastContentTok(toks: Token[], a: number, b: number): number {
  let e = b - 1;
  while (e > a && toks[e].kind === 'punct') e--;
  return e;
}

/** Start of the last mention before an offset (mentions are sorted by start), or -1: a binary search,
 * not a walk back over a much-mentioned source's later mentions. */
function lastMentionBefore(ms: readonly { start: number }[], before: number): number {
  let lo = 0, hi = ms.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ms[mid].start < before) lo = mid + 1; else hi = mid; }
  return lo > 0 ? ms[lo - 1].start : -1;
}

/** The `door` of a passive agent that carries a parenthesis (`door burgemeester Hilde Stroobants (CD&V)
 *  formeel tegengesproken`), the parenthesis not counted, or -1. */
function doorBeforeParenthesis(toks: readonly { text: string; lower: string }[], tok: number, sStart: number): number {
  let words = 0, paren = false;
  for (let k = tok - 1; k > sStart && words < 8; k--) {
    const w = toks[k];
    if (w.text === ')') {
      let o = k - 1;
      while (o > sStart && o > k - 8 && toks[o].text !== '(') o--;
      if (toks[o].text !== '(') return -1;
      k = o;
      paren = true;
      continue;
    }
    words++;
    if (w.lower === 'door') return paren ? k : -1;
  }
  return -1;
}

/** `volgens haar` before a preposition or adverb (`volgens haar in beide groepen`), which the parser
 *  leaves as a possessive: the object pronoun as a subject NP, or null. */
function objectPronounAt(toks: readonly Token[], k: number): NP | null {
  const t = toks[k];
  if (!t || t.kind !== 'word' || (t.lower !== 'haar' && t.lower !== 'hem')) return null;
  const female = t.lower === 'haar';
  return { start: k, end: k + 1, span: { start: t.start, end: t.end }, text: t.text, name: null, role: null, mentionKind: 'pronoun', claimantKind: 'person', vague: false, pronoun: { number: 'sg', gender: female ? 'f' : 'm', word: t.lower }, head: null, definite: true, plural: false, female, firm: false };
}

/** A bare plural source noun with a `van` complement that names a body, at the start of a sentence
 *  (`Waarnemers van de EU`, `Medewerkers van Philips`): a particular group, an antecedent for `zij`. */
function bareGroup(np: NP, toks: readonly Token[]): boolean {
  if (!np.head || !np.plural || np.pronoun || np.end - np.start < 3 || np.end - np.start > 8) return false;
  const a = toks[np.start], b = toks[np.start + 1];
  if (!(a.kind === 'word' && a.lower === np.head && b.kind === 'word' && b.lower === 'van')) return false;
  // (a named body in the complement: `van de Europese Unie`, not `van de gemeente`)
  for (let k = np.start + 2; k < np.end; k++) if (toks[k].kind === 'word' && toks[k].cap) return true;
  return false;
}
