// A hand-built Analysis for a small draft, so the LSP feature modules can be tested whatever the
// analyser currently finds. Spans are found with indexOf on the draft.
import type { Analysis, Claimant, Finding, Hedge, Quote, Statement } from '../../server/src/core/types';

export const DRAFT = [
  'Volgens Jansen zou het vuur in de nacht zijn begonnen. Hij zegt dat het "een ramp" is.',
  '',
  '"Dit is een citaat zonder bron."',
  '',
  'Mychajlo Podoljak laat weten dat Oekraïne er niet bij betrokken is. Podaljak ontkent dat.',
  'Er zouden geen doden zijn gevallen.',
  '',
].join('\n');

export function span(text: string, needle: string, nth = 0): { start: number; end: number } {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`not in draft: ${needle}`);
  }
  return { start: i, end: i + needle.length };
}

export function fixtureAnalysis(text = DRAFT): Analysis {
  const s = (n: string, k = 0) => span(text, n, k);
  const jansen: Claimant = {
    id: 0, name: 'Jansen', kind: 'person', role: 'burgemeester', variants: ['Jansen'], vague: false,
    mentions: [{ ...s('Jansen'), text: 'Jansen', kind: 'name' }, { ...s('Hij'), text: 'Hij', kind: 'pronoun' }],
  };
  const podoljak: Claimant = {
    id: 1, name: 'Mychajlo Podoljak', kind: 'person', role: null, variants: ['Mychajlo Podoljak', 'Podaljak'], vague: false,
    mentions: [{ ...s('Mychajlo Podoljak'), text: 'Mychajlo Podoljak', kind: 'name' }, { ...s('Podaljak'), text: 'Podaljak', kind: 'name' }],
  };
  const volgens = s('Volgens');
  const zegt = s('zegt');
  const laat = s('laat weten');
  const ontkent = s('ontkent');
  const q0: Quote = { ...s('"een ramp"'), inner: s('een ramp'), claimantId: 0, statementId: 1 };
  const q1s = text.indexOf('"Dit is een');
  const q1e = text.indexOf('bron."') + 6;
  const q1: Quote = { start: q1s, end: q1e, inner: { start: q1s + 1, end: q1e - 1 }, claimantId: null, statementId: null };
  const zou: Hedge = { ...s('zou'), text: 'zou', kind: 'reportative', statementId: 0, claimantId: 0, claim: s('zou het vuur in de nacht zijn begonnen') };
  const zouden: Hedge = { ...s('zouden'), text: 'zouden', kind: 'reportative', statementId: null, claimantId: null, claim: s('Er zouden geen doden zijn gevallen') };
  const cue = (sp: { start: number; end: number }, text: string, lemma: string, kind: 'verb' | 'preposition', denial = false) => ({ ...sp, text, lemma, kind, parts: [sp], denial });
  const statements: Statement[] = [
    { id: 0, cue: cue(volgens, 'Volgens', 'volgens', 'preposition'), claimantId: 0, mention: jansen.mentions[0], content: s('zou het vuur in de nacht zijn begonnen'), quoteIds: [], channel: null, viaStatementId: null, hedgeIds: [0], contested: false, contestedBy: [] },
    { id: 1, cue: cue(zegt, 'zegt', 'zeggen', 'verb'), claimantId: 0, mention: jansen.mentions[1], content: s('het "een ramp" is'), quoteIds: [0], channel: null, viaStatementId: null, hedgeIds: [], contested: false, contestedBy: [] },
    { id: 2, cue: { ...cue(s('laat'), 'laat', 'laten weten', 'verb'), parts: [s('laat'), s('weten')] }, claimantId: 1, mention: podoljak.mentions[0], content: s('Oekraïne er niet bij betrokken is'), quoteIds: [], channel: null, viaStatementId: null, hedgeIds: [], contested: true, contestedBy: [3] },
    { id: 3, cue: cue(ontkent, 'ontkent', 'ontkennen', 'verb', true), claimantId: 1, mention: podoljak.mentions[1], content: { start: ontkent.end + 1, end: ontkent.end + 4 }, quoteIds: [], channel: null, viaStatementId: null, hedgeIds: [], contested: true, contestedBy: [2] },
  ];
  void laat;
  const findings: Finding[] = [
    {
      rule: 'unattributed-quote', severity: 'warning', span: q1, quoteId: 1,
      message: { nl: 'Citaat zonder bron.', en: 'Unattributed quote.' },
      candidates: [{ claimantId: 1, name: 'Podoljak', distance: 10 }, { claimantId: 0, name: 'Jansen', distance: 40 }],
      related: [],
    },
    {
      rule: 'unsourced-hedge', severity: 'information', span: zouden, hedgeId: 1,
      message: { nl: '"zouden" zonder bron.', en: '"zouden" without a source.' },
      candidates: [{ claimantId: 1, name: 'Podoljak', distance: 5 }],
      related: [],
    },
    {
      rule: 'name-variant', severity: 'warning', span: s('Podaljak'), claimantId: 1,
      message: { nl: 'Andere spelling van Podoljak.', en: 'Other spelling of Podoljak.' },
      candidates: [], related: [{ span: s('Podoljak'), message: { nl: 'Hier gespeld als Podoljak.', en: 'Spelled Podoljak here.' } }],
      variant: { from: 'Podaljak', to: 'Podoljak', spans: [s('Podaljak')] },
    },
  ];
  return {
    length: text.length, statements, quotes: [q0, q1], hedges: [zou, zouden], claimants: [jansen, podoljak],
    cues: statements.map((x) => x.cue!).filter(Boolean), findings, masked: [],
  };
}
