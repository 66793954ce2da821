// Generalisation, seventh round (from the misses of test/fixtures/heldout12): a denial that answers
// `de beschuldiging`, dismissive nouns, cue verbs inside a `volgens` clause. Each rule has a case that
// must not fire. The drafts are our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/index';
import type { Analysis } from '../../server/src/core/types';
import { speaker, st, linked } from './statements';

/** The cue texts of the statements. */
const cues = (a: Analysis): string[] => a.statements.filter((s) => s.cue).map((s) => s.cue!.text);

// 1. A denial that answers `de beschuldiging` disputes the latest accusation of another source

test('a denial after `reageert op de beschuldiging` disputes the accusation made before, paragraphs back', () => {
  const t = 'Buurman Piet Kramer wijst naar de jongeren uit de wijk. Volgens hem hangen ze elke avond bij de schuur.\n\n'
    + 'De gemeente doet onderzoek. Een woordvoerder zegt dat er nog geen verdachten zijn.\n\n'
    + 'Jongerenwerker Sanne Bos reageert boos op de beschuldiging. "Onze jongens waren er niet bij betrokken, ze zaten in het clubhuis", zegt Bos.';
  const a = analyse(t);
  assert.ok(st(a, t, 'wijst naar').contested);
  assert.ok(linked(st(a, t, 'wijst naar'), st(a, t, 'zegt Bos')) || linked(st(a, t, 'wijst naar'), st(a, t, 'reageert')));
});

test('must not fire: a plain denial-free reaction without a charge noun stays uncontested', () => {
  const t = 'Buurman Piet Kramer wijst naar de jongeren uit de wijk.\n\n'
    + 'De gemeente doet onderzoek. Een woordvoerder zegt dat er nog geen verdachten zijn.\n\n'
    + 'Jongerenwerker Sanne Bos reageert op het nieuws. "We organiseren volgende week een avond in het clubhuis", zegt Bos.';
  const a = analyse(t);
  assert.ok(!st(a, t, 'wijst naar').contested);
  assert.ok(cues(a).length > 0);
  const t2 = t.replace('reageert op het nieuws', 'reageert boos op het nieuws').replace('We organiseren volgende week een avond in het clubhuis', 'Wij waren er niet bij betrokken');
  assert.ok(!st(analyse(t2), t2, 'wijst naar').contested);
});

// 2. A bare plural source noun with a `van` complement naming a body is an antecedent for `zij`

test('`Inspecteurs van de Onderwijsraad zijn kritischer. ... schrijven zij` goes to those inspectors', () => {
  const t = 'De school zegt dat de lessen goed zijn. Inspecteurs van de Onderwijsraad zijn kritischer. In hun verslag schrijven zij dat veel lessen uitvallen.';
  assert.match(speaker(analyse(t), t, 'schrijven') ?? '', /Inspecteurs van de Onderwijsraad/);
});

test('must not fire: a bare plural without a named body in its complement is no antecedent', () => {
  const t = 'De school zegt dat de lessen goed zijn. Inspecteurs zijn kritischer. In hun verslag schrijven zij dat veel lessen uitvallen.';
  assert.doesNotMatch(speaker(analyse(t), t, 'schrijven') ?? '', /Inspecteurs/);
});

// 3. `noemt` with a dismissive noun (`een truc`, `een schijnvertoning`), and a claim noun object with a complement

test('`noemt die winst een handige truc` and `noemde de verwijten van de bond ongegrond` dispute the claim before', () => {
  const t1 = 'Volgens de directie heeft de fabriek dit jaar winst gemaakt. De ondernemingsraad noemt die winst "een handige truc".';
  const a1 = analyse(t1);
  assert.ok(linked(st(a1, t1, 'Volgens'), st(a1, t1, 'noemt')));
  const t2 = 'De bond zegt dat de lonen te laag zijn. Directeur Eva Smit noemde de verwijten van de bond gisteren "ongegrond".';
  const a2 = analyse(t2);
  assert.ok(linked(st(a2, t2, 'zegt'), st(a2, t2, 'noemde')));
});

test('must not fire: `noemt` with a neutral noun, or a dismissive word far after a plain object', () => {
  const t1 = 'Volgens de directie heeft de fabriek dit jaar winst gemaakt. De ondernemingsraad noemt die winst "een mooie prestatie".';
  assert.ok(!st(analyse(t1), t1, 'Volgens').contested);
  const t2 = 'De bond zegt dat de lonen te laag zijn. Directeur Eva Smit noemde het plan van de nieuwe minister van sociale zaken een truc.';
  assert.ok(!st(analyse(t2), t2, 'zegt').contested);
});

// 4. The dot of an initial or a title does not end the clause before a separable particle

test('`Dat maakte directeur ir. K. de Wit bekend` is a cue with its particle', () => {
  const t = 'De fabriek gaat dicht. Dat maakte directeur ir. K. de Wit gisteren bekend.';
  assert.equal(speaker(analyse(t), t, 'maakte'), 'K. de Wit');
});

test('must not fire: a full stop still ends the clause', () => {
  const t = 'Zij maakte het eten klaar. Bekend is dat zij graag kookt.';
  assert.ok(!cues(analyse(t)).includes('maakte'));
});

// 5. Under `Volgens X`, a verb of knowing and a participle without agent or content are X's claim, no cue

test('`Volgens het verslag wist de directie dat ...` and `was volgens de eigenaar verzekerd` make no cue of their own', () => {
  const t1 = 'Volgens het verslag wist de directie al jaren dat het dak lekte.';
  assert.deepEqual(cues(analyse(t1)), ['Volgens']);
  const t2 = 'De loods brandde af. De loods was volgens de eigenaar niet verzekerd, de machines wel.';
  assert.deepEqual(cues(analyse(t2)), ['volgens']);
});

test('must not fire: a verb of saying under `Volgens X` with its own content, a participle with its content', () => {
  const t1 = 'Volgens de krant zei de wethouder dat het dak lekte.';
  assert.ok(cues(analyse(t1)).includes('zei'));
  const t2 = 'De wethouder heeft volgens ingewijden gezegd dat het dak lekte.';
  assert.ok(cues(analyse(t2)).includes('gezegd'));
});

// 6. `is nooit vastgesteld` without agent or content is a status, as `niet bevestigd` is

test('`De oorzaak is nooit vastgesteld` and `kon niet worden vastgesteld` are no cues', () => {
  const t = 'De dijk lekte. De oorzaak is nooit vastgesteld. Wie schuld had, kon niet worden vastgesteld.';
  assert.deepEqual(cues(analyse(t)), []);
});

test('must not fire: `vastgesteld` with content or a source stays a cue', () => {
  const t1 = 'De inspectie heeft niet vastgesteld dat er fouten zijn gemaakt.';
  assert.ok(cues(analyse(t1)).includes('vastgesteld'));
  const t2 = 'Er werd vastgesteld dat de dijk lekt.';
  assert.ok(cues(analyse(t2)).includes('vastgesteld'));
});

// 7. A denial of a report disputes the statement the report carries too

test('`De krant meldt dat een ambtenaar heeft verklaard dat ... Dat werd ontkend door X` disputes both', () => {
  const t = 'Het Dagblad meldt dat een ambtenaar heeft verklaard dat de wethouder het plan al kende. Dat werd gisteren ontkend door een woordvoerder van de wethouder.';
  const a = analyse(t);
  assert.ok(linked(st(a, t, 'meldt'), st(a, t, 'ontkend')));
  assert.ok(linked(st(a, t, 'verklaard'), st(a, t, 'ontkend')));
});

test('must not fire: a report that is not denied leaves the statement it carries uncontested', () => {
  const t = 'Het Dagblad meldt dat een ambtenaar heeft verklaard dat de wethouder het plan al kende. De wethouder gaat volgende week op vakantie.';
  assert.ok(!st(analyse(t), t, 'verklaard').contested);
});

// 8. An accusation of a person by a definite role (`verweet de wethouder dat ...`) disputes that person's statements

test('`X verweet de wethouder dat ...` disputes the statements of the alderman around it, and the next statement of X goes with it', () => {
  const t = 'Wethouder Lotte Vink zegt dat zij alle stukken heeft gedeeld.\n\n'
    + 'Raadslid Bram Verbeek verweet de wethouder dat zij de raad onvolledig had ingelicht. Volgens Verbeek had Vink de cijfers al in maart.';
  const a = analyse(t);
  assert.ok(linked(st(a, t, 'zegt'), st(a, t, 'verweet')));
  assert.ok(linked(st(a, t, 'zegt'), st(a, t, 'Volgens')));
});

test('must not fire: a role nobody in the text holds, or a concession of the accused', () => {
  const t1 = 'Wethouder Lotte Vink zegt dat zij alle stukken heeft gedeeld.\n\nRaadslid Bram Verbeek verweet de burgemeester dat hij te laat was.';
  assert.ok(!st(analyse(t1), t1, 'zegt').contested);
  const t2 = 'Wethouder Lotte Vink gaf toe dat zij de stukken laat had gelezen.\n\nRaadslid Bram Verbeek verweet de wethouder dat zij de raad onvolledig had ingelicht.';
  assert.ok(!st(analyse(t2), t2, 'gaf').contested);
});

// 9. An elliptic figure (no noun) against another source's count in the sentence before

test('`volgens de school 120 leerlingen. De ouders houden het op ruim tweehonderd, ...` conflict', () => {
  const t = 'Volgens de school zijn er 120 leerlingen ziek. De ouders houden het op ruim tweehonderd, omdat ook de leraren ziek zijn.';
  const a = analyse(t);
  assert.ok(linked(st(a, t, 'Volgens'), st(a, t, 'houden')));
});

test('must not fire: a year before a comma, or an elliptic figure two sentences away', () => {
  const t1 = 'Volgens de school zijn er 120 leerlingen ziek. De ouders zeggen dat dat al zo is sinds 2019, toen de school verhuisde.';
  assert.ok(!st(analyse(t1), t1, 'Volgens').contested);
  const t2 = 'Volgens de school zijn er 120 leerlingen ziek. Het gebouw is oud. De ouders houden het op ruim tweehonderd, omdat ook de leraren ziek zijn.';
  assert.ok(!st(analyse(t2), t2, 'Volgens').contested);
});

// 10. `naar eigen zeggen` in a main clause coordinated after a comma: the subject of that clause

test('`..., en de artsen hebben naar eigen zeggen ...` goes to the subject of the second clause', () => {
  const t = 'De kliniek is volgens de inspectie op orde, en de artsen hebben naar eigen zeggen "niets te verbergen".';
  assert.match(speaker(analyse(t), t, 'naar eigen zeggen') ?? '', /artsen/);
});

test('must not fire: a single clause keeps its own subject, a comma without a coordinator does not split it', () => {
  const t1 = 'De zanger heeft naar eigen zeggen nooit iets gemerkt.';
  assert.equal(speaker(analyse(t1), t1, 'naar eigen zeggen'), 'zanger');
  const t2 = 'De zanger, die al jaren optreedt, heeft naar eigen zeggen nooit iets gemerkt.';
  assert.equal(speaker(analyse(t2), t2, 'naar eigen zeggen'), 'zanger');
});

// 11. An uninflected participle with an unstressed prefix between a determiner and a source noun is an adjective

test('`de betrokken artsen zeggen` is said by the doctors, not by `betrokken`', () => {
  const t = 'De betrokken artsen zeggen dat de operatie goed verliep.';
  assert.match(speaker(analyse(t), t, 'zeggen') ?? '', /artsen/);
});

test('must not fire: a participle after a determiner without a source noun after it', () => {
  const t = 'Het bestuur heeft de betrokken gelden teruggestort, zegt de penningmeester.';
  assert.equal(speaker(analyse(t), t, 'zegt'), 'penningmeester');
});

// 12. Opposite accounts of a crowd: `kalm`/`rustig` against `agressief`

test('`Volgens de politie gedroegen de supporters zich agressief. Volgens de club bleven ze kalm.` dispute each other', () => {
  const t = 'Volgens de politie gedroegen de supporters zich agressief. Volgens de supportersvereniging bleven de fans kalm.';
  const a = analyse(t);
  assert.ok(linked(st(a, t, 'Volgens de politie'), st(a, t, 'Volgens de supportersvereniging')));
});

test('must not fire: two sources who both call it calm, or one calm account alone', () => {
  const t1 = 'Volgens de politie bleven de supporters rustig. Volgens de supportersvereniging bleven de fans kalm.';
  assert.ok(!st(analyse(t1), t1, 'Volgens de politie').contested);
  const t2 = 'Volgens de politie verliep de avond rustig. De burgemeester zegt dat de stad blij is met het feest.';
  assert.ok(!st(analyse(t2), t2, 'Volgens de politie').contested);
});
