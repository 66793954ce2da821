// The attribution core on small drafts of its own (names, verbs and word orders the corpus does not
// use): cues in every form and order, claimants, coreference, quotes' speakers, channels, chains,
// hedge links, contests. `[[...]]` marks the expected span.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core';
import type { Analysis, Statement } from '../../server/src/core/types';
import { strip, textsOf } from './markers';

const cueTexts = (a: Analysis, text: string) => textsOf(text, a.statements.filter((s) => s.cue).map((s) => s.cue!));
const who = (a: Analysis, s: Statement | undefined) => (s && s.claimantId != null ? a.claimants[s.claimantId].name : null);
const stmt = (a: Analysis, text: string, cue: string) => a.statements.find((s) => s.cue && text.slice(s.cue.start, s.cue.end) === cue);

/** The marked spans are exactly the cues found. */
function cuesAre(marked: string): { a: Analysis; text: string } {
  const { text, spans } = strip(marked);
  const a = analyse(text);
  assert.deepEqual(cueTexts(a, text), textsOf(text, spans));
  return { a, text };
}

test('present tense, subject first', () => {
  const { a, text } = cuesAre('Wethouder Karin Smit [[zegt]] dat de brug dicht blijft.');
  assert.equal(who(a, stmt(a, text, 'zegt')), 'Karin Smit');
});

test('past tense, weak verb with -de and -te', () => {
  const { a, text } = cuesAre('De brandweer [[meldde]] dat het vuur uit is. Een buurman [[praatte]] over een knal.');
  assert.equal(who(a, stmt(a, text, 'meldde')), 'brandweer');
});

test('strong past plural', () => {
  const { a, text } = cuesAre('De artsen [[schreven]] dat de patiënt stabiel is.');
  assert.equal(who(a, stmt(a, text, 'schreven')), 'artsen');
});

test('inversion after the content: ..., zegt X', () => {
  const { a, text } = cuesAre('De dijk houdt het, [[zegt]] dijkgraaf Pieter Bakker.');
  assert.equal(who(a, stmt(a, text, 'zegt')), 'Pieter Bakker');
});

test('inversion after a fronted adverbial: Gisteren zei X', () => {
  const { a, text } = cuesAre('Gisteren [[verklaarde]] Ahmed Yilmaz dat hij onschuldig is.');
  assert.equal(who(a, stmt(a, text, 'verklaarde')), 'Ahmed Yilmaz');
});

test('perfect tense: the participle is the cue', () => {
  const { a, text } = cuesAre('Burgemeester Femke Halsema heeft [[gezegd]] dat de markt doorgaat.');
  assert.equal(who(a, stmt(a, text, 'gezegd')), 'Femke Halsema');
});

test('passive with door: the agent is the claimant', () => {
  const { a, text } = cuesAre('Het bericht werd [[ontkend]] door de Nederlandse ambassade.');
  assert.match(who(a, stmt(a, text, 'ontkend')) ?? '', /ambassade/);
});

test('agentless passive has no claimant', () => {
  const { a, text } = cuesAre('Er wordt [[gezegd]] dat de fabriek sluit.');
  assert.equal(stmt(a, text, 'gezegd')!.claimantId, null);
});

test('split separable verbs: kondigde ... aan, lichtte ... toe', () => {
  const { text, spans } = strip('Minister Bram de Groot [[kondigde]] nieuwe maatregelen aan. Hij [[lichtte]] zijn plan toe in een brief.');
  const a = analyse(text);
  assert.deepEqual(cueTexts(a, text), textsOf(text, spans));
  const s = stmt(a, text, 'kondigde')!;
  assert.equal(s.cue!.lemma, 'aankondigen');
  assert.equal(s.cue!.parts.length, 2);
  assert.equal(text.slice(s.cue!.parts[1].start, s.cue!.parts[1].end), 'aan');
  assert.equal(who(a, stmt(a, text, 'lichtte')), 'Bram de Groot');
});

test('joined separable verb in a subordinate clause', () => {
  const { a, text } = cuesAre('Het is bekend dat de actiegroep de aanslag [[opeist]].');
  assert.equal(stmt(a, text, 'opeist')!.cue!.lemma, 'opeisen');
});

test('laat weten is one phrase', () => {
  const { a, text } = cuesAre('Het ministerie [[laat weten]] dat de regels blijven.');
  assert.equal(stmt(a, text, 'laat weten')!.cue!.lemma, 'laten weten');
});

test('volgens and aldus name their source', () => {
  const { a, text } = cuesAre('[[Volgens]] hoogleraar Ellen Vos is het klimaat veranderd. ,,Dat staat vast\'\', [[aldus]] Vos.');
  assert.equal(who(a, stmt(a, text, 'Volgens')), 'Ellen Vos');
  assert.equal(who(a, stmt(a, text, 'aldus')), 'Ellen Vos');
  assert.equal(a.claimants.length, 1);
});

test('cognition verbs need a content clause', () => {
  cuesAre('Jan de Wit [[denkt]] dat het gaat regenen. Jan de Wit denkt na over zijn toekomst.');
});

test('wijzen is an attribution only when it points at someone', () => {
  cuesAre('De regering [[wijst]] naar de rebellen. De wegwijzer wijst de weg.');
});

test('no cue: a noun that looks like a verb, a reflexive use, zegt niets', () => {
  cuesAre('Het antwoord kwam laat. Een bericht op de site bleef onbeantwoord. De man meldde zich bij de balie. Dat zegt niets.');
});

test('apposition, name first: name and role', () => {
  const { text } = strip('Fatima El Amrani, de woordvoerder van de gemeente, zegt dat de school opengaat.');
  const a = analyse(text);
  const c = a.claimants[a.statements[0].claimantId!];
  assert.equal(c.name, 'Fatima El Amrani');
  assert.match(c.role ?? '', /woordvoerder van de gemeente/);
});

test('apposition, role first: the name is the claimant', () => {
  const text = 'Een adviseur van premier Schoof, Klaas Veenstra, laat weten dat het plan klaar is.';
  const a = analyse(text);
  assert.equal(who(a, a.statements[0]), 'Klaas Veenstra');
});

test('organisations and collectives as claimants', () => {
  const text = 'Franse autoriteiten zeggen dat de grens open blijft. Het RIVM meldt dat het virus terug is.';
  const a = analyse(text);
  assert.deepEqual(a.statements.map((s) => who(a, s)), ['Franse autoriteiten', 'RIVM']);
});

test('a self-described group takes the name it gives itself', () => {
  const text = 'Een groep die zichzelf Vrije Stem noemt, eiste de aanslag op.';
  const a = analyse(text);
  assert.equal(who(a, a.statements[0]), 'Vrije Stem');
});

test('vague sources are marked and reported', () => {
  const text = 'Ingewijden melden dat het kabinet valt.';
  const a = analyse(text);
  const c = a.claimants[a.statements[0].claimantId!];
  assert.equal(c.vague, true);
  const f = a.findings.find((x) => x.rule === 'vague-source');
  assert.ok(f);
  assert.match(f.message.nl, /Vage bron/);
  assert.match(f.message.en, /Vague source/);
});

test('pronoun coreference: hij is the last speaker', () => {
  const text = 'Trainer Erik ten Hag zei dat het team moe is. Hij verwacht dat het beter wordt.';
  const a = analyse(text);
  assert.equal(who(a, stmt(a, text, 'verwacht')), 'Erik ten Hag');
  assert.equal(a.claimants.length, 1);
  assert.equal(a.statements[1].mention?.text, 'Hij');
  assert.equal(a.statements[1].mention?.kind, 'pronoun');
});

test('role coreference: de gouverneur is the governor named before', () => {
  const text = 'Volgens Maria Visser, de gouverneur van de provincie, is de dijk veilig. De gouverneur meldde later dat er water stond.';
  const a = analyse(text);
  assert.equal(who(a, stmt(a, text, 'meldde')), 'Maria Visser');
});

test('different modifiers are different sources', () => {
  const text = 'Russische autoriteiten zeggen dat de aanval mislukte. Oekraïense autoriteiten zeggen dat die slaagde.';
  const a = analyse(text);
  assert.notEqual(a.statements[0].claimantId, a.statements[1].claimantId);
});

test('a quote takes its speaker from the cue after it', () => {
  const text = ',,We gaan door\'\', zegt voorzitter Henk Kramer.';
  const a = analyse(text);
  assert.equal(a.quotes[0].claimantId, a.statements[0].claimantId);
  assert.equal(a.claimants[a.quotes[0].claimantId!].name, 'Henk Kramer');
});

test('a quote takes its speaker from a colon introduction', () => {
  const text = 'Directeur Lisa Mulder is duidelijk: "Dit kan zo niet langer."';
  const a = analyse(text);
  assert.equal(a.claimants[a.quotes[0].claimantId!].name, 'Lisa Mulder');
});

test('a quote takes its speaker from the previous sentence', () => {
  const text = 'Wethouder Joris Peeters zei dat de bus blijft rijden. "De lijn is te belangrijk." ';
  const a = analyse(text);
  assert.equal(a.claimants[a.quotes[0].claimantId!].name, 'Joris Peeters');
});

test('a quote nobody said is reported, in Dutch and English, with candidates', () => {
  const text = 'Jan Smit zei dat het stormt.\n\nDe zon scheen.\n\nDaarna viel de regen.\n\n"Dit was niet te voorspellen."';
  const a = analyse(text);
  const f = a.findings.find((x) => x.rule === 'unattributed-quote');
  assert.ok(f);
  assert.equal(f.message.nl, 'Citaat zonder bron: de tekst zegt niet wie dit zei.');
  assert.match(f.message.en, /Quote without a source/);
  assert.equal(f.candidates[0]?.name, 'Jan Smit');
  assert.equal(f.severity, 'warning');
});

test('a name in quotation marks is no speech and gets no finding', () => {
  const text = "Het schip 'Nieuwe Hoop' voer uit.";
  const a = analyse(text);
  assert.equal(a.findings.filter((f) => f.rule === 'unattributed-quote').length, 0);
});

test('channels: tegen <outlet>, Telegram, tweette', () => {
  const text = 'Tegen de BBC zei minister Ruth Evans dat ze blijft. Evans schreef op Telegram dat het goed gaat. Later tweette Evans dat ze moe is.';
  const a = analyse(text);
  assert.equal(stmt(a, text, 'zei')!.channel?.text, 'BBC');
  assert.equal(stmt(a, text, 'schreef')!.channel?.text, 'Telegram');
  assert.equal(stmt(a, text, 'tweette')!.channel?.kind, 'social');
});

test('chains: an outlet reports what someone said', () => {
  const text = 'De krant De Limburger meldt dat burgemeester Tom Claes heeft gezegd dat de kermis doorgaat.';
  const a = analyse(text);
  const outer = stmt(a, text, 'meldt')!;
  const inner = stmt(a, text, 'gezegd')!;
  assert.equal(inner.viaStatementId, outer.id);
  assert.equal(who(a, inner), 'Tom Claes');
});

test('hedges link to the statement they sit in, and to a continuing one', () => {
  const text = 'De politie meldde dat de dader zou zijn gevlucht. Er zouden twee gewonden zijn.';
  const a = analyse(text);
  assert.equal(a.hedges.length, 2);
  for (const h of a.hedges) assert.equal(h.claimantId, a.statements[0].claimantId);
  assert.equal(a.findings.filter((f) => f.rule === 'unsourced-hedge').length, 0);
});

test('a hedge without any source is reported', () => {
  const text = 'De brug zou morgen opengaan.';
  const a = analyse(text);
  const f = a.findings.find((x) => x.rule === 'unsourced-hedge');
  assert.ok(f);
  assert.match(f.message.nl, /Voorbehoud zonder bron/);
  assert.match(f.message.en, /without a source/);
});

test('contests: a denial and a contrast mark both sides, linked both ways', () => {
  const text = 'Het leger zegt dat de stad is ingenomen, maar de rebellen ontkennen dat.';
  const a = analyse(text);
  const [x, y] = a.statements;
  assert.equal(x.contested, true);
  assert.equal(y.contested, true);
  assert.deepEqual(x.contestedBy, [y.id]);
  assert.deepEqual(y.contestedBy, [x.id]);
  const f = a.findings.filter((z) => z.rule === 'contested-claim');
  assert.equal(f.length, 2);
  assert.equal(f[0].message.nl, 'Bewering van leger wordt betwist door rebellen.');
  assert.equal(f[0].related.length, 1);
});

test('contests: accusations of different parties', () => {
  const text = 'De regering wijst naar de oppositie. De oppositie wijst naar de regering.';
  const a = analyse(text);
  assert.ok(a.statements.every((s) => s.contested));
});

test('no contest between statements that agree', () => {
  const text = 'De minister zegt dat de economie groeit. Het CBS meldt dat de werkloosheid daalt.';
  const a = analyse(text);
  assert.ok(a.statements.every((s) => !s.contested));
});

test('name variants are linked and reported with the preferred spelling', () => {
  const text = 'Volgens Oleksandr Kovalenko is de brug kapot. Kovalenko zei dat de weg dicht is. Later zei Kovalanko dat alles goed gaat.';
  const a = analyse(text);
  assert.equal(a.claimants.length, 1);
  assert.ok(a.claimants[0].variants.includes('Kovalanko'));
  const f = a.findings.find((x) => x.rule === 'name-variant')!;
  assert.deepEqual({ from: f.variant!.from, to: f.variant!.to }, { from: 'Kovalanko', to: 'Kovalenko' });
  assert.equal(text.slice(f.span.start, f.span.end), 'Kovalanko');
});

test('different people with different names are not variants', () => {
  const text = 'Mark Jansen zei dat het kan. Mark Janssens zei dat het niet kan.';
  const a = analyse(text);
  assert.equal(a.findings.filter((f) => f.rule === 'name-variant').length, 1 - 1 + (a.claimants.length === 1 ? 1 : 0));
});

test('known sources from the options', () => {
  const text = 'Het waait hard, meldt stormcentrum knmi-west.';
  const a = analyse(text, { knownSources: ['KNMI-West'] });
  assert.equal(a.claimants[a.statements[0].claimantId!]?.name, 'knmi-west');
});

test('never throws on odd input', () => {
  for (const t of ['', ' ', '"', ',,', "''", 'zei', 'Volgens', 'volgens volgens volgens', '\u0000\u0001', 'a'.repeat(5000), '"'.repeat(300), 'Hij zei: "', ', zegt']) {
    const a = analyse(t);
    assert.equal(a.length, t.length);
  }
});

test('an organisation in capitals is no preposition: Het OM beweerde', () => {
  const { a, text } = cuesAre('Het OM [[beweerde]] dat de verdachte loog.');
  assert.equal(who(a, stmt(a, text, 'beweerde')), 'OM');
});

test('coordinated subjects speak together; ze picks the pair up', () => {
  const text = 'Ministers Hoekstra en Kaag benadrukten dat de steun doorgaat. Zij gaven aan dat er meer geld komt. Ook waarschuwde Kaag voor de gevolgen.';
  const a = analyse(text);
  assert.equal(who(a, a.statements[0]), 'Hoekstra en Kaag');
  assert.equal(who(a, a.statements[1]), 'Hoekstra en Kaag');
  assert.equal(who(a, a.statements[2]), 'Kaag');
});

test('a possessive role is not its possessor: zijn woordvoerder', () => {
  const text = 'Premier Dick Schoof zei dat het besluit genomen is. Dat werd tegengesproken door zijn woordvoerder.';
  const a = analyse(text);
  assert.notEqual(a.statements[0].claimantId, a.statements[1].claimantId);
  assert.ok(a.statements[0].contested && a.statements[1].contested);
});

test('naar eigen zeggen is attributed to the subject of its clause', () => {
  const text = 'De zanger heeft naar eigen zeggen nooit iets gemerkt.';
  const a = analyse(text);
  assert.equal(a.statements[0].cue?.lemma, 'naar eigen zeggen');
  assert.equal(who(a, a.statements[0]), 'zanger');
});
