// General Dutch rules that close the gap between the dev corpus and unseen news, each on a small
// draft of its own, with must-not-fire cases. `[[...]]` marks the expected span.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core';
import { segment } from '../../server/src/core/text/segment';
import { findHedges } from '../../server/src/core/hedges';
import type { Analysis, Statement } from '../../server/src/core/types';
import { strip, spansOf, textsOf } from './markers';

function hedges(marked: string): void {
  const { text, spans } = strip(marked);
  const found = findHedges(segment(text, { format: 'plaintext' }), []);
  assert.deepEqual(textsOf(text, spansOf(found)), textsOf(text, spans));
}
const who = (a: Analysis, s: Statement | undefined) => (s && s.claimantId != null ? a.claimants[s.claimantId].name : null);
const stmt = (a: Analysis, text: string, cue: string) => a.statements.find((s) => s.cue && text.slice(s.cue.start, s.cue.end) === cue);
export { who, stmt, analyse };

// lijkt ... op: resembles only with a noun phrase after `op`; a particle or a complement of `te` + infinitive is epistemic
test('lijkt with a separable particle op te', () => hedges('Bij de bewoners [[lijkt]] de moed op te raken.'));
test('lijkt with op + complement + te-infinitive', () => hedges('Het plan [[lijkt]] vooralsnog op veel verzet te stuiten.'));
test('lijkt with van ... op ... te', () => hedges('De ziekte [[lijkt]] zich niet van dier op dier te verspreiden.'));
test('not lijkt op a noun phrase (resembles)', () => hedges('De nieuwe brug lijkt op de oude.'));
test('not lijkt sterk op a noun phrase', () => hedges('Zijn stijl lijkt sterk op die van zijn vader.'));

// reportative zou after a colon: a new main clause, not governed by the verb before `dat:`
test('zou after a colon in a disputed statement', () => hedges('De fabrikant bestrijdt dat: het [[zou]] om een oude partij gaan.'));
test('not the future in the past without a colon', () => hedges('De fabrikant zei dat het om een oude partij zou gaan.'));

// names opening with a particle at the sentence start, names with an ampersand, fronted PPs
function speaker(text: string, cue: string): string | null {
  const a = analyse(text);
  return who(a, stmt(a, text, cue));
}
test('Van + name at the sentence start before a verb is a name', () => {
  assert.equal(speaker('Van Dijk zegt dat de dijk het houdt.', 'zegt'), 'Van Dijk');
  assert.equal(speaker('Ter Beek, de wethouder, zegt dat de dijk het houdt.', 'zegt'), 'Ter Beek');
  assert.equal(speaker('Van den Heuvel wees het voorstel van de raad af.', 'wees'), 'Van den Heuvel');
});
test('not a name: Van + place at the sentence start', () => {
  const a = analyse('Van Utrecht naar Zwolle is het een uur rijden.');
  assert.equal(a.claimants.length, 0);
});
test('not a name: De + noun at the sentence start stays a determiner', () => {
  assert.equal(speaker('De Tweede Kamer zegt dat het plan niet deugt.', 'zegt') === 'De Tweede Kamer', false);
});
test('an ampersand joins two name words', () => {
  assert.equal(speaker('Het bureau Smit & Zonen meldt dat de cijfers kloppen.', 'meldt'), 'Smit & Zonen');
});
test('a fronted prepositional phrase is never the subject', () => {
  assert.equal(speaker('Wethouder Ans Kok was boos. Tegenover de krant verklaarde zij dat het plan deugt.', 'verklaarde'), 'Ans Kok');
  assert.equal(speaker('Naast Ans Kok zei ook Piet Bos dat het plan deugt.', 'zei'), 'Piet Bos');
});

// the perfect of `laten weten`
test('heeft laten weten: the subject before the auxiliary', () => {
  assert.equal(speaker('Wethouder Ans Kok heeft laten weten dat de brug dicht blijft.', 'laten weten'), 'Ans Kok');
  assert.equal(speaker('De bond heeft gisteren laten weten dat de staking doorgaat.', 'laten weten'), 'bond');
});
test('not laten weten: a causative with another infinitive', () => {
  const a = analyse('De gemeente heeft de brug laten bouwen.');
  assert.equal(a.statements.length, 0);
});

// surnames that are role nouns, role nouns of witnesses/neighbours/scholars
test('a capitalised surname that is also a role noun stays in the name', () => {
  assert.equal(speaker('Directeur Anna Bakker zei dat de winst daalt.', 'zei'), 'Anna Bakker');
  assert.equal(speaker('Hoogleraar Kees Visser zei dat de winst daalt.', 'zei'), 'Kees Visser');
});
test('scholars by their field and compound holders are roles before a name', () => {
  assert.equal(speaker('"Het is ernstig", zegt epidemioloog Joost Hermans.', 'zegt'), 'Joost Hermans');
  assert.equal(speaker('"Het is ernstig", zegt abonnementhouder Bert Lamers (58).', 'zegt'), 'Bert Lamers');
});
test('not a role: a lowercase noun ending in -oloog-like letters after a name', () => {
  assert.equal(speaker('Jan de Wit zei dat het klopt.', 'zei'), 'Jan de Wit');
});

// appositions and relative clauses between the subject and its verb
test('a named apposition between commas is the speaker', () => {
  assert.equal(speaker('Een van de bewoners, de 31-jarige Eva Kok, zei dat ze bang was.', 'zei'), 'Eva Kok');
  assert.equal(speaker('Een woordvoerder van het regionale waterschap, Piet Jansen, stelt dat de dijk veilig is.', 'stelt'), 'Piet Jansen');
});
test('a relative clause between commas: the head is the speaker', () => {
  const a = analyse('Een wethouder, die niet met naam genoemd wil worden, zegt dat het plan van tafel is.');
  const st = stmt(a, 'Een wethouder, die niet met naam genoemd wil worden, zegt dat het plan van tafel is.', 'zegt');
  assert.ok(st && st.claimantId != null);
  assert.match(a.claimants[st.claimantId].role ?? a.claimants[st.claimantId].name, /wethouder/);
});
test('not an apposition: a subject after the verb wins', () => {
  assert.equal(speaker('Na de wedstrijd tegen Ajax, de club van Jan Smit, zei Piet Bos dat het zwaar was.', 'zei'), 'Piet Bos');
});

// a field after a title, an emphatic zelf, the dot of an initial inside a passive
test('a field noun between the title and the name', () => {
  assert.equal(speaker('Hoogleraar geschiedenis Anne Smit zei dat het klopt.', 'zei'), 'Anne Smit');
});
test('not a field: a verb between a role and a capitalised word', () => {
  assert.equal(speaker('De minister zegt Amsterdam te steunen.', 'zegt'), 'minister');
});
test('a pronoun after "Name zelf ..." refers to that name', () => {
  const text = 'Trainer Piet Bos was boos. Aanvoerder Karim Dahri zelf blijft kalm. Hij zei dat het team goed speelde.';
  assert.equal(speaker(text, 'zei'), 'Karim Dahri');
});
test('a passive whose agent is an initial: the dot does not end the clause', () => {
  const text = 'De aanklacht werd door J. Bakker zelf steeds ontkend.';
  assert.equal(speaker(text, 'ontkend'), 'J. Bakker');
});

// a spelling variant after a preposition still links to the known source
test('a doubled-letter variant after a preposition is linked', () => {
  const a = analyse('Trainer Ahmed Yilmaz zegt dat het goed gaat. De fans zongen voor Achmed Yilmaz.');
  assert.equal(a.claimants.length, 1);
  assert.ok(a.claimants[0].variants.includes('Achmed Yilmaz'));
});
test('not a variant: a different person after a preposition', () => {
  const a = analyse('Trainer Ahmed Yilmaz zegt dat het goed gaat. De fans zongen voor Kees Jansen.');
  assert.equal(a.claimants.length, 1);
  assert.ok(!a.claimants[0].variants.includes('Kees Jansen'));
});

// a suspect named by a single initial
test('a lone initial mid-sentence names a known suspect', () => {
  const text = 'Justitie eist straf tegen de 40-jarige aannemer Jeroen V. Zijn betrokkenheid werd door V. zelf steeds ontkend.';
  assert.equal(speaker(text, 'ontkend'), 'Jeroen V.');
});
test('not a name: a capital letter with a dot at the sentence end', () => {
  const a = analyse('De gemeente koos voor plan B. Het college zegt dat het werkt.');
  assert.ok(!a.claimants.some((c) => c.name === 'B.'));
});

// a whole-sentence quote right before "Volgens X ..." belongs to the previous speaker
function quoteSpeaker(text: string, inner: string): string | null {
  const a = analyse(text);
  const q = a.quotes.find((x) => text.slice(x.inner.start, x.inner.end).includes(inner));
  return q && q.claimantId != null ? a.claimants[q.claimantId].name : null;
}
test('a closed quote after "aldus X." is X\'s, not the next volgens-source\'s', () => {
  const text = 'Het bestuur blijft achter de coach staan, aldus Jan Dekker. "We laten hem niet vallen." Volgens insiders ligt dat anders.';
  assert.equal(quoteSpeaker(text, 'We laten hem'), 'Jan Dekker');
});
test('not broken: a quote followed by a lowercase aldus', () => {
  const text = 'De coach was kort. "We laten hem niet vallen", aldus Jan Dekker.';
  assert.equal(quoteSpeaker(text, 'We laten hem'), 'Jan Dekker');
});

// fixed phrases of rejection and disbelief
test('gelooft er niets van is a denial cue', () => {
  const text = 'Raadslid Eva Smit gelooft er niets van.';
  const a = analyse(text);
  const st = stmt(a, text, 'gelooft');
  assert.ok(st && st.cue!.denial);
  assert.equal(who(a, st), 'Eva Smit');
});
test('not a cue: geloven in iets without content or niets van', () => {
  const a = analyse('Raadslid Eva Smit gelooft in het plan.');
  assert.equal(a.statements.length, 0);
});
test('van de hand wijzen, finite and passive, is a denial; a capital stands for its government', () => {
  let text = 'Minister Piet Bos wees het voorstel van de hand.';
  let a = analyse(text);
  assert.equal(who(a, stmt(a, text, 'wees')), 'Piet Bos');
  assert.ok(stmt(a, text, 'wees')!.cue!.denial);
  text = 'In Moskou werd de beschuldiging met klem van de hand gewezen.';
  a = analyse(text);
  assert.equal(who(a, stmt(a, text, 'gewezen')), 'Moskou');
});
test('not van de hand: wijzen without naar or the phrase', () => {
  const a = analyse('De minister wees de weg.');
  assert.equal(a.statements.length, 0);
});

// a titled name in passing keeps its title: a later different role is someone else
test('a titled name in passing is not merged with a later different role', () => {
  const text = 'Volgens bronnen zou minister Kees Blom van Defensie willen opstappen. De premier maakte bekend dat het kabinet doorgaat.';
  const a = analyse(text);
  const who2 = who(a, stmt(a, text, 'maakte'));
  assert.notEqual(who2, 'Kees Blom');
});
test('still merged: the same role refers back to the titled name', () => {
  const text = 'Zaterdag sprak minister Kees Blom in Zwolle. De minister zei dat het kabinet doorgaat.';
  const a = analyse(text);
  assert.equal(who(a, stmt(a, text, 'zei')), 'Kees Blom');
});
test('pronominal adverbs at the sentence start are never names', () => {
  const a = analyse('Daardoor zei de burgemeester dat het plan niet doorgaat.');
  assert.ok(!a.claimants.some((c) => /Daardoor/.test(c.name)));
});

// a headline quote belongs to whoever says the same words in the body
test('a headline quote after a topic colon goes to the body speaker of the same words', () => {
  const text = "Brand in fabriek: 'Het ging razendsnel'\n\nIn Almelo brandde zaterdag een fabriek af. 'Het ging razendsnel, binnen een kwartier stond alles in lichterlaaie', zegt buurman Gert Olde.";
  assert.equal(quoteSpeaker(text, 'Het ging razendsnel'), 'Gert Olde');
});
test('not a body match: other words keep the headline quote unattributed', () => {
  const text = "Brand in fabriek: 'Het ging razendsnel'\n\nIn Almelo brandde zaterdag een fabriek af. 'Alles stond in lichterlaaie', zegt buurman Gert Olde.";
  assert.notEqual(quoteSpeaker(text, 'Het ging razendsnel'), 'Gert Olde');
});

// a colon after a sentence whose subject is a name introduces that person's words
test('a named subject with a colon before the quote is the speaker', () => {
  const text = "Een buurvrouw zag twee auto's. 'Dat vond ik vreemd', zegt de vrouw. Eigenaar Jan Bos wilde dat niet bevestigen: 'Daar zeg ik niets over.'";
  assert.equal(quoteSpeaker(text, 'Daar zeg ik'), 'Jan Bos');
});
test('not a colon speaker: a place name before a colon list', () => {
  const text = "Burgemeester Ank Mol was duidelijk. 'We gaan door', zei ze. Amsterdam wil drie dingen: 'meer huizen'.";
  assert.notEqual(quoteSpeaker(text, 'meer huizen'), 'Ank Mol');
});

// blame as a claim; a noun after a sentence-initial demonstrative
test('X en Y geven elkaar de schuld: a claim by both', () => {
  const text = 'Vakbond en werkgever geven elkaar de schuld van het mislukte overleg.';
  const a = analyse(text);
  assert.ok(stmt(a, text, 'geven'));
});
test('not a cue: geven without schuld', () => {
  const a = analyse('De ouders geven de kinderen een cadeau.');
  assert.equal(a.statements.length, 0);
});
test('not a cue: Die berichten zijn onbevestigd', () => {
  const a = analyse('Die berichten zijn nog onbevestigd.');
  assert.equal(a.statements.length, 0);
});

// surnames after a particle that are role nouns; four-letter roles at the end of compounds
test('a role-noun surname after a particle stays in the name', () => {
  assert.equal(speaker('"We gaan door", zegt havenarbeider Kees de Boer (54).', 'zegt'), 'Kees de Boer');
});
test('a compound ending in a four-letter role is a title', () => {
  assert.equal(speaker('Havenbaas Piet Kramer zei dat er geen bod komt.', 'zei'), 'Piet Kramer');
});
test('not a title: a short word ending in a role', () => {
  assert.equal(speaker('Starts Kees Bol zei dat er geen bod komt.', 'zei') === 'Kees Bol', false);
});

// an age before the role noun
test('de 45-jarige verdachte is a source', () => {
  const text = 'De 45-jarige verdachte verklaarde dat hij onschuldig is.';
  const a = analyse(text);
  const st = stmt(a, text, 'verklaarde');
  assert.ok(st && st.claimantId != null);
  assert.match(a.claimants[st.claimantId].name, /verdachte/);
});
test('not an age phrase: a bare number before a noun that is no source', () => {
  const a = analyse('De 45 bussen reden dat weekend niet.');
  assert.equal(a.statements.length, 0);
});
test('a named apposition before the verb beats the object after it', () => {
  assert.equal(speaker('Een van hen, Truus Bakker, noemt het plan goed.', 'noemt'), 'Truus Bakker');
});
test('not an apposition: a fronted adverbial clause keeps the inverted subject', () => {
  assert.equal(speaker('Na de vergadering, die lang duurde, zei burgemeester Jan Pot dat het plan doorgaat.', 'zei'), 'Jan Pot');
});

// more role nouns; an acronym that spells a function word
test('een zegsman van het OM is a source', () => {
  const text = 'Een zegsman van het OM bevestigde dat er een onderzoek loopt.';
  const a = analyse(text);
  const st = stmt(a, text, 'bevestigde');
  assert.ok(st && st.claimantId != null);
  assert.match(a.claimants[st.claimantId].name, /zegsman/);
});
test('not an acronym: a preposition in an all-capitals headline', () => {
  const a = analyse('BRAND IN FABRIEK\n\nDe brandweer meldt dat het vuur uit is.');
  assert.ok(!a.claimants.some((c) => /\bIN\b/.test(c.name)));
});

// a one-word name subject before a strong past tense is the sentence subject, the pronoun's antecedent
test('Name + strong past (hield, bleef) makes the name the antecedent', () => {
  const text = 'Wethouder Ria Dam opende het debat. Raadslid Bert Kok was het niet eens. Hij vond dat ze overdreef. Dam hield echter vast aan haar plan. Volgens haar zijn de cijfers duidelijk.';
  assert.equal(speaker(text, 'Volgens'), 'Ria Dam');
});
test('not a subject: a capitalised adjective before a noun', () => {
  const a = analyse('Nederlandse boeren protesteren. Volgens hen is de regel te streng.');
  assert.ok(!a.claimants.some((c) => c.name === 'Nederlandse'));
});
test('the person after volgens is the antecedent of the next hij', () => {
  const text = 'Wethouder Rik Poot presenteerde het plan. "Dat hebben we vaker gehoord", zegt Fatima Amrani. Ze wijst op eerdere plannen. Volgens de wethouder is het geld er nu wel. Hij verwacht dat het werk snel begint.';
  assert.equal(speaker(text, 'verwacht'), 'Rik Poot');
});

// a party in parentheses is not part of a person's name; an organisation's own abbreviation is
test('a party abbreviation after a person is not part of the name', () => {
  const text = 'Kamerlid Jan Smit (VVD) zegt dat het plan deugt.';
  const a = analyse(text);
  const st = stmt(a, text, 'zegt');
  assert.equal(who(a, st), 'Jan Smit');
  assert.equal(a.claimants[st!.claimantId!].kind, 'person');
});
test('still an organisation: a name followed by its own abbreviation', () => {
  const text = 'Koninklijke Horeca Nederland (KHN) meldt dat er tekorten zijn.';
  const a = analyse(text);
  assert.match(who(a, stmt(a, text, 'meldt')) ?? '', /KHN/);
});

// datelines and demonstrative subjects
test('a dateline is never a source; the pronoun finds the person after it', () => {
  const text = "UTRECHT - Burgemeester Anne Wouters ziet geen ruimte. 'Het geld is op', zei hij maandag.";
  const a = analyse(text);
  assert.equal(who(a, stmt(a, text, 'zei')), 'Anne Wouters');
  assert.ok(!a.claimants.some((c) => c.name === 'UTRECHT'));
});
test('a sentence-initial Die before a verb is the last person', () => {
  const text = 'Het besluit werd bevestigd door minister Joop Kras. Die zei vorige week dat iedereen moet inleveren.';
  assert.equal(speaker(text, 'zei'), 'Joop Kras');
});
test('not a demonstrative subject: Die + noun', () => {
  const text = 'Minister Joop Kras sprak. Die woorden zei hij niet zomaar.';
  const a = analyse(text);
  assert.notEqual(who(a, stmt(a, text, 'zei')), null);
});
test('a fellow member (partijgenoot) is a title before a name', () => {
  assert.equal(speaker('Partijgenoot Sanne Rook zei dat het een verlies is.', 'zei'), 'Sanne Rook');
});

// near-identical surnames with different given names are two people
test('Kees Mulder is not a spelling variant of Frans Muller', () => {
  const text = 'Topman Frans Muller zei dat de winst daalt. "Dit is onacceptabel", stelt voorzitter Kees Mulder.';
  assert.equal(speaker(text, 'stelt'), 'Kees Mulder');
});
test('still a variant: the same given name with a doubled letter in the surname', () => {
  const a = analyse('Trainer Piet Hendriks zei dat het goed gaat. Trainer Piet Hendrikks zei dat ook.');
  assert.equal(a.claimants.length, 1);
});

// a multi-word parenthetical (party) after a name
test('a two-word party in parentheses does not hide the verb', () => {
  assert.equal(speaker('Burgemeester Piet de Clerck (Open VLD) laat weten dat het plan wordt bekeken.', 'laat weten'), 'Piet de Clerck');
});
test('not a parenthetical: an unclosed parenthesis', () => {
  const a = analyse('Burgemeester Piet de Clerck (Open VLD zegt dat het plan wordt bekeken.');
  assert.ok(a.statements.length <= 1);
});

// a surname that is a verb form
test('a surname that is a verb form (Post) is no cue', () => {
  const text = 'Een van de omwonenden, de 71-jarige Jan Post, zei dat hij niets had gehoord.';
  const a = analyse(text);
  assert.ok(!stmt(a, text, 'Post'));
  assert.equal(who(a, stmt(a, text, 'zei')), 'Jan Post');
});
test('still a cue: the verb before such a surname', () => {
  const text = 'De wethouder zegt dat Anna Meld gelijk heeft.';
  const a = analyse(text);
  assert.ok(!stmt(a, text, 'Meld'));
  assert.equal(who(a, stmt(a, text, 'zegt')), 'wethouder');
});
