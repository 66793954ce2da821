// Generalisation, second round: anaphoric denials that dispute a source's recent statements (not only
// the nearest), idioms of disagreement as contest triggers (a small lexicon), a passive `door`-agent
// with a parenthesis. Each rule has a case that must not fire.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/index';
import type { Analysis } from '../../server/src/core/types';
import { st, linked } from './statements';


test('anaphoric denial: the denier disputes the other source\'s statements on the matter, two back too', () => {
  const text = 'Volgens wethouder Pieter Brink is de nieuwe brug veel te duur. '
    + '"Het budget is op", zegt hij. Hij vindt dat de provincie de rekening moet betalen.\n\n'
    + 'Gedeputeerde Anja Kok spreekt dat tegen.';
  const a = analyse(text);
  const denial = st(a, text, 'spreekt');
  assert.ok(linked(st(a, text, 'vindt'), denial));
  assert.ok(linked(st(a, text, 'Volgens'), denial));
});

test('anaphoric denial: a sentence-initial Dat disputes the latest claim of another source, not an older one', () => {
  const text = 'Directeur Eva Mol zei dat de school volgend jaar een nieuwe gymzaal krijgt. '
    + 'Ouder Tim Vos stelt dat de school de ouders pas na de zomer heeft ingelicht. '
    + 'Dat werd door rector Hanna Jansen (CDA) formeel tegengesproken.';
  const a = analyse(text);
  const denial = st(a, text, 'tegengesproken');
  assert.equal(a.claimants[denial.claimantId!].name, 'Hanna Jansen');
  assert.ok(linked(st(a, text, 'stelt'), denial));
  assert.equal(st(a, text, 'zei').contested, false);
});

test('anaphoric denial: must not fire on a denial with a content clause of its own matter', () => {
  const text = 'Wethouder Brink zei dat de brug in mei opengaat. '
    + 'Buurman Kees Vos vindt de kleur van de brug lelijk. Brink ontkent dat hij de kleur heeft gekozen.';
  const a = analyse(text);
  assert.equal(st(a, text, 'zei').contested, false);
});

test('idioms of disagreement: `vertellen een ander verhaal`, `denkt daar anders over: volgens ...`', () => {
  const t1 = 'Trainer Bas Smit zei dat de spits gewoon blijft. Spelers uit de kern vertellen een ander verhaal.';
  const a1 = analyse(t1);
  assert.ok(linked(st(a1, t1, 'zei'), st(a1, t1, 'vertellen')));
  const t2 = 'De verdachte zei dat hij het geld had geleend. De officier denkt daar anders over: volgens de rechercheur was het een gift.';
  const a2 = analyse(t2);
  assert.ok(linked(st(a2, t2, 'zei'), st(a2, t2, 'denkt')));
  assert.equal(st(a2, t2, 'volgens').contested, true);
});

test('idioms of disagreement: `gelooft daar weinig van`; plain uses do not fire', () => {
  const t1 = 'Wethouder Ans Bos zei dat het plan rond is. Het buurtcomité, dat al duizend leden telt, gelooft daar weinig van.';
  const a1 = analyse(t1);
  assert.ok(linked(st(a1, t1, 'zei'), st(a1, t1, 'gelooft')));
  const t2 = 'Wethouder Ans Bos zei dat het plan rond is. Voorzitter Jan Mertens denkt dat de bouw in maart begint.';
  const a2 = analyse(t2);
  assert.equal(st(a2, t2, 'zei').contested, false);
  assert.equal(st(a2, t2, 'denkt').contested, false);
});

/** The claimant name of the statement at `at`, or null. */
const who = (a: Analysis, text: string, at: string): string | null => {
  const s = st(a, text, at);
  return s.claimantId == null ? null : a.claimants[s.claimantId].name;
};

test('a title with a portfolio before the name: `Schepen van Cultuur`, `Gedeputeerde voor Mobiliteit`', () => {
  const text = 'Gedeputeerde voor Mobiliteit Karel Peeters verwacht dat de brug in mei opengaat. '
    + 'Minister van Buitenlandse Zaken Anna de Kok zei dat het verdrag rond is.';
  const a = analyse(text);
  assert.equal(who(a, text, 'verwacht'), 'Karel Peeters');
  assert.equal(who(a, text, 'zei'), 'Anna de Kok');
  // must not fire: an organisation after `van`, no portfolio
  const t2 = 'De woordvoerder van Windkracht Vlaanderen zei dat de turbines veilig zijn.';
  const a2 = analyse(t2);
  assert.notEqual(who(a2, t2, 'zei'), 'Vlaanderen');
});

test('a pronoun after a sentence whose subject is a named person resolves to that person first', () => {
  const text = 'Woordvoerster Els Maes zei dat de gemeente wacht. Het college ontkent alles.\n\n'
    + 'Wethouder Lies Vermeer verdedigde het plan met vuur. "Dit is goed voor de stad", zei ze.';
  const a = analyse(text);
  assert.equal(who(a, text, 'zei ze'), 'Lies Vermeer');
  // must not fire: no named subject in the previous sentence: the usual resolution
  const t2 = 'Woordvoerster Els Maes zei dat de gemeente wacht. Het plan is omstreden. "We wachten af", zei ze.';
  const a2 = analyse(t2);
  assert.equal(who(a2, t2, 'zei ze'), 'Els Maes');
});

test('non-cues: a speech verb without reported content is no cue; with content it still is', () => {
  const plain = 'Het nieuwe stadion roept veel vragen op. De minister sprak gisteren met de bonden over de lonen. '
    + 'Er is lang gepraat tussen de partijen. De raad zou al eerder vragen hebben gesteld over de kosten. '
    + 'De dader werd veroordeeld tot een taakstraf. "Nee", schreef de bond in een tweede bericht op Facebook.';
  const a = analyse(plain);
  assert.deepEqual(a.statements.map((s) => s.cue?.text), ['schreef']);
  const cues = 'De bond roept de leden op te staken. De minister sprak van "een doorbraak". '
    + 'De wethouder stelt dat de kosten meevallen. De raad berichtte dat de vergadering doorgaat.';
  const b = analyse(cues);
  assert.deepEqual(b.statements.map((s) => s.cue?.text), ['roept', 'sprak', 'stelt', 'berichtte']);
});

/** The claimant name of the quote holding `at`, or null. */
const quoteWho = (a: Analysis, text: string, at: string): string | null => {
  const off = text.indexOf(at);
  const q = a.quotes.find((x) => x.start <= off && x.end > off);
  assert.ok(q, `no quote at ${at}`);
  return q.claimantId == null ? null : a.claimants[q.claimantId].name;
};

test('a quote after a sentence whose subject is a named person (apposition with a title) is that person\'s', () => {
  const text = 'De rechter zei dat de straf terecht is. Haar advocaat, mr. Joost Verbeek, is boos. ‘Dit vonnis klopt niet.’';
  const a = analyse(text);
  assert.equal(quoteWho(a, text, 'Dit vonnis'), 'Joost Verbeek');
});

test('an abstract noun at the sentence start is no speaker; `volgens haar` goes to the previous named subject', () => {
  const text = 'Onderzoeker Anna Smit zei dat het middel werkt. Arts Joop Bakker twijfelt. '
    + 'Smit spreekt dat tegen. Duizeligheid kwam volgens haar bij weinig mensen voor. “Dat staat in de tabel.”';
  const a = analyse(text);
  assert.equal(quoteWho(a, text, 'Dat staat'), 'Anna Smit');
  assert.equal(who(a, text, 'volgens haar'), 'Anna Smit');
  assert.ok(!a.claimants.some((c) => c.name === 'Duizeligheid'));
});

test('an inverted subject after a fronted phrase is the sentence subject; `op X. Hij` ends a sentence', () => {
  const text = 'Het ministerie zei dat de buren begonnen.\n\nIn Parijs reageerde minister Jean Dupont met een bericht op X. '
    + 'Hij zei dat de buren liegen.';
  const a = analyse(text);
  assert.equal(who(a, text, 'zei dat de buren liegen'), 'Jean Dupont');
  // must not fire: an initial before a surname stays in the sentence
  const t2 = 'Volgens J. Jansen is het plan klaar.';
  const a2 = analyse(t2);
  assert.equal(who(a2, t2, 'Volgens'), 'J. Jansen');
});

test('`noemde X ‘niet geloofwaardig’` after an anaphor disputes the claim just made, not an older one', () => {
  const text = 'Rechter Ans de Wit zei dat de zaak lang duurde. Op de zitting verklaarde verdachte Karel Visser dat hij het geld had geleend. '
    + 'Die uitleg noemde de officier van justitie ‘niet geloofwaardig’.';
  const a = analyse(text);
  const idiom = st(a, text, 'noemde');
  assert.ok(linked(st(a, text, 'verklaarde'), idiom));
  assert.equal(st(a, text, 'zei').contested, false);
});

test('a quoted negation right after an anaphoric denial is on the denier\'s side; a neutral one is not', () => {
  const text = 'De krant schrijft dat de club een deal sloot. Dat wordt door de club ontkend. '
    + '\'Zo\'n deal bestaat niet\', aldus een clubwoordvoerder.';
  const a = analyse(text);
  assert.ok(linked(st(a, text, 'schrijft'), st(a, text, 'aldus')));
  const t2 = 'De krant schrijft dat de club een deal sloot. Dat wordt door de club ontkend. '
    + '\'We spelen zaterdag gewoon\', aldus een clubwoordvoerder.';
  const a2 = analyse(t2);
  assert.equal(st(a2, t2, 'aldus').contested, false);
});

test('inverted cues: `..., zeggen ingewijden.` after content with a modal; `vatte X het samen`; a PP-inverted plural subject', () => {
  const text = 'De club zou al langer willen verhuizen, zeggen ingewijden. '
    + '‘Geen hulp maar diefstal’, vatte rechter Eva Mol het samen. '
    + 'Op internet schrijven gebruikers dat het middel werkt.';
  const a = analyse(text);
  assert.equal(who(a, text, 'zeggen ingewijden'), 'ingewijden');
  assert.equal(who(a, text, 'vatte'), 'Eva Mol');
  assert.equal(who(a, text, 'schrijven'), 'gebruikers');
  // must not fire: an infinitive after a comma with a modal before it stays no cue
  const t2 = 'Hij wil het plan, zeggen is iets anders, uitvoeren.';
  assert.equal(analyse(t2).statements.length, 0);
});

test('role nouns: `Een woordvoerder` is not a named spokesperson met before; `De Franse premier` not the last person', () => {
  const text = 'Volgens woordvoerder Piet Bos van het leger is de grens dicht. De VN-missie laat weten dat het rustig is. '
    + 'Een woordvoerder riep op tot kalmte.';
  const a = analyse(text);
  assert.notEqual(who(a, text, 'riep'), 'Piet Bos');
  const t2 = 'Minister Jan Smit zei dat het verdrag klaar is. De Franse premier zei dat hij tekent.';
  const a2 = analyse(t2);
  assert.notEqual(who(a2, t2, 'zei dat hij'), 'Jan Smit');
  // must not fire: a definite role without a modifier is the person just mentioned
  const t3 = 'Minister Jan Smit zei dat het verdrag klaar is. De minister zei ook dat hij tekent.';
  const a3 = analyse(t3);
  assert.equal(who(a3, t3, 'zei ook'), 'Jan Smit');
});

test('a demonstrative source NP before a perfect (`Die bron zou hebben verklaard`) is a claimant; not a demonstrative object', () => {
  const text = 'Een persbureau meldt op basis van een anonieme bron dat er geschoten is. Die bron zou ook hebben verklaard dat er drones vlogen.';
  const a = analyse(text);
  assert.notEqual(who(a, text, 'verklaard'), null);
  const t2 = 'Die bron van inkomsten zou volgens de minister opdrogen.';
  const a2 = analyse(t2);
  assert.equal(who(a2, t2, 'volgens'), 'minister');
});

test('an accusation of a named party is contested by that party\'s own statements nearby; not by an unrelated source', () => {
  const text = 'Het Russische ministerie zei dat de brug nog heel is. Volgens het ministerie ligt de schuld elders.\n\n'
    + 'Adviseur Olena Kovalenko beschuldigde Rusland ervan de brug te hebben opgeblazen. Het Rode Kruis meldt dat er hulp onderweg is.';
  const a = analyse(text);
  const acc = st(a, text, 'beschuldigde');
  assert.ok(linked(acc, st(a, text, 'zei')));
  assert.equal(st(a, text, 'meldt').contested, false);
});

test('anaphoric denial with the anaphor fronted as object: `Dat ontkent de gemeente: ...`', () => {
  const text = 'Het actiecomité zegt dat de bewoners nooit zijn uitgenodigd voor het overleg. '
    + 'Dat ontkent de gemeente: een woordvoerder laat weten dat er twee brieven zijn verstuurd.';
  const a = analyse(text);
  assert.ok(linked(st(a, text, 'zegt'), st(a, text, 'ontkent')));
  // a fronted `Dat` before a verb that denies nothing is no contest
  const plain = 'Het actiecomité zegt dat de bewoners nooit zijn uitgenodigd. Dat meldt de gemeente ook.';
  assert.ok(!analyse(plain).statements.some((s) => s.contested));
});

test('an emphatic `zelf` between the subject and its verb: `Vaessen zelf spreekt dat tegen`', () => {
  const text = 'De omroep zegt dat de zangeres zelf heeft afgezegd. Zangeres Lotte Vaessen zelf spreekt dat tegen.';
  const a = analyse(text);
  const s = st(a, text, 'spreekt');
  assert.equal(a.claimants[s.claimantId!].name, 'Lotte Vaessen');
  assert.ok(linked(st(a, text, 'zegt'), s));
  // `zelf` after the verb is not the subject's: the subject is still the pronoun before it
  const b = analyse('Hij zei zelf dat het klopt.');
  assert.equal(b.statements.length, 1);
});
