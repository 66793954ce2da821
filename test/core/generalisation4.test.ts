// Generalisation, fourth round: contests the text announces instead of denying (`lopen de berichten
// uiteen`, `tegenstrijdige verklaringen`, `spreken elkaar tegen`) and figures written out in words.
// Each rule has a case that must not fire.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/index';
import { st, linked, speaker } from './statements';

test('accounts announced as diverging (inverted: `lopen de berichten uiteen`) dispute each other, and the earlier account of a source the paragraph names', () => {
  const text =
    'Bij een brand in een loods in Vreeland zijn zeker vier mensen omgekomen. Dat meldt persbureau Noordpost op basis van bronnen bij de brandweer.\n\n' +
    'Over het aantal slachtoffers lopen de berichten uiteen. De regionale omroep meldt zes doden, terwijl Noordpost het op vier houdt. De krant Noorderlicht spreekt van „enkele gewonden”.';
  const a = analyse(text);
  const omroep = st(a, text, 'omroep meldt');
  const krant = st(a, text, 'spreekt van');
  assert.ok(linked(omroep, krant));
  assert.ok(linked(omroep, st(a, text, 'Dat meldt')));
});

test('the announcement in the other word order, and `tegenstrijdige verklaringen`', () => {
  for (const lead of ['De lezingen van wat er gebeurde lopen sterk uiteen.', 'Er zijn tegenstrijdige verklaringen over de toedracht.', 'De twee partijen spreken elkaar tegen.']) {
    const text = `${lead} De politie zegt dat de bestuurder door rood reed. Getuigen verklaren dat het licht op groen stond.`;
    const a = analyse(text);
    assert.ok(linked(st(a, text, 'zegt'), st(a, text, 'verklaren')), lead);
  }
});

test('must not fire: accounts that agree, or `uiteen` in another sense (`zette zijn plannen uiteen`)', () => {
  for (const lead of ['De minister zette zijn plannen uiteen in de Kamer.', 'De berichten komen overeen.', 'De demonstranten gingen uiteen.']) {
    const text = `${lead} De politie zegt dat de bestuurder te hard reed. Getuigen verklaren dat hij op weg was naar huis.`;
    const a = analyse(text);
    assert.equal(st(a, text, 'zegt').contested, false, lead);
    assert.equal(st(a, text, 'verklaren').contested, false, lead);
  }
});

test('figures written out in words conflict as numbers do (`vier doden` / `zes doden`); the same figure does not', () => {
  const conflict = 'Volgens de politie vielen er vier doden. De burgemeester zegt dat er zes doden zijn gevallen.';
  const a = analyse(conflict);
  assert.ok(linked(st(a, conflict, 'Volgens'), st(a, conflict, 'zegt')));
  const same = 'Volgens de politie vielen er vier doden. De burgemeester zegt dat er vier doden zijn gevallen.';
  const b = analyse(same);
  assert.equal(st(b, same, 'zegt').contested, false);
});

test('a source that opens with a figure or `de meeste` (`35 artsen hebben gezegd`, `De meeste economen verwachten`)', () => {
  const text = '35 artsen hebben in een brief gezegd dat de zorg tekortschiet. De meeste economen verwachten dat de rente stijgt.';
  const a = analyse(text);
  const name = (at: string) => a.claimants[st(a, text, at).claimantId!]?.name;
  assert.equal(name('gezegd'), '35 artsen');
  assert.equal(name('verwachten'), 'meeste economen');
});

test('must not fire: a year or a time before the subject is no part of it (`In 2019 zei de minister`)', () => {
  const text = 'In 2019 zei de minister dat het kon. Om 12.00 uur meldde de politie dat de weg dicht was.';
  const a = analyse(text);
  assert.equal(a.claimants[st(a, text, 'zei').claimantId!].name, 'minister');
  assert.equal(a.claimants[st(a, text, 'meldde').claimantId!].name, 'politie');
});

test('a quotation found twice for a statement without a known source is listed once in its quoteIds', () => {
  const text = '"Ja," zei hij. "Nee," zei hij.';
  const a = analyse(text);
  for (const s of a.statements) assert.equal(new Set(s.quoteIds).size, s.quoteIds.length);
  assert.deepEqual(a.statements.map((s) => s.quoteIds.length), [1, 1]);
});

const sourceOf = (text: string, at: string): string | null => speaker(analyse(text), text, at);

test('a participle after an infinitive auxiliary and a finite modal: the modal is the finite verb (`zou … hebben beloofd`)', () => {
  assert.equal(sourceOf('Burgemeester Anouk Kuipers zou de ontwikkelaar al maanden eerder hebben beloofd dat hij de grond kon kopen.', 'beloofd'), 'Anouk Kuipers');
  assert.equal(sourceOf('De ministers zouden hebben gezegd dat het kon.', 'gezegd'), 'ministers');
  assert.equal(sourceOf('Het zou door de minister zijn ontkend.', 'ontkend'), 'minister');
});

test('must not fire: a plural modal does not make a singular subject agree (`Jansen zouden …` is no sentence); a plain perfect stays as it was', () => {
  assert.equal(sourceOf('De woordvoerder heeft gezegd dat het kon.', 'gezegd'), 'woordvoerder');
  assert.equal(sourceOf('Zij hebben gezegd dat het kon.', 'gezegd'), null);
});

test('titles and portfolios inside an apposition or before a name (`minister van Energie en Mijnbouw van X`, `advocaat mr. J. Smeulders`)', () => {
  assert.equal(sourceOf('Tomas Vrelić, de minister van Energie en Mijnbouw van Korvanië, zei dat er 79 mijnwerkers ongedeerd zijn.', 'zei'), 'Tomas Vrelić');
  assert.equal(sourceOf('Advocaat mr. J. Smeulders wees die voorstelling van zaken af.', 'wees'), 'J. Smeulders');
  assert.equal(sourceOf('Officier van justitie mr. A. Verhoef hield vol dat de betalingen waren vermomd.', 'hield'), 'A. Verhoef');
});

test('must not fire: a name coordinated with a portfolio before a plural verb is no second field', () => {
  const name = sourceOf('De minister van Defensie en Jansen zeiden dat het kon.', 'zeiden');
  assert.notEqual(name, 'Jansen');
});

test('plurals of role nouns are groups (`waarnemers`, `ploegbazen`, `mijnwerkers`), and a capitalised adjective opens the sentence before one', () => {
  assert.equal(sourceOf('De ploegbazen hadden geklaagd dat de meters kapot waren.', 'geklaagd'), 'ploegbazen');
  assert.equal(sourceOf('Mijnwerkers zeggen dat de meters kapot waren.', 'zeggen'), 'Mijnwerkers');
  assert.match(sourceOf('Internationale waarnemers van het Netwerk voor Democratie meldden dat er fraude was.', 'meldden') ?? '', /waarnemers/);
});

test('must not fire: a plural of a word that is no source (`de kosten`, `de zaken`) names no source', () => {
  assert.notEqual(sourceOf('De kosten stegen fors. Ze zeggen dat het te duur wordt.', 'zeggen'), 'kosten');
  assert.notEqual(sourceOf('De zaken liepen slecht. Ze zeggen dat het te duur wordt.', 'zeggen'), 'zaken');
});

test('a relative clause: `een arts …, die zegt dat`, `een mijnwerker die … en die zegt dat` (the phrase `die` follows)', () => {
  assert.equal(sourceOf('Het dagblad citeert een arts van het Centraal Ziekenhuis, die zegt dat er drie gewonden zijn.', 'zegt'), 'arts van het Centraal Ziekenhuis');
  assert.equal(sourceOf('De krant citeert een mijnwerker die de ramp overleefde en die zegt dat de bazen hadden geklaagd.', 'zegt'), 'mijnwerker');
});

test('must not fire: `die` after a thing that cannot speak (`een plan die zegt`)', () => {
  assert.equal(sourceOf('Het is een plan die zegt dat alles kan.', 'zegt'), null);
});

test('a source denies what it is reported to have said (`X zou … hebben beloofd. … X ontkent dat.`): both disputed, and the denial going on', () => {
  const text =
    'Wethouder Mark Zijlstra zou een aannemer hebben beloofd dat hij de opdracht kreeg. Dat blijkt uit e-mails die zijn uitgelekt.\n\n' +
    "Zijlstra ontkent dat hij de e-mails heeft gestuurd. 'Die mails zijn vals', zei de wethouder tegen de lokale omroep.";
  const a = analyse(text);
  const promised = st(a, text, 'beloofd'), denies = st(a, text, 'ontkent'), said = st(a, text, 'zei');
  assert.ok(promised.contested && denies.contested && said.contested);
  assert.ok(promised.contestedBy.includes(denies.id) && denies.contestedBy.includes(promised.id));
});

test('must not fire: a negated denial (`bestrijdt dat niet`), or a statement that is only hedged by its own `volgens`', () => {
  const t1 = 'Volgens Jansen missen de priesters het charisma. Jansen bestrijdt dat niet.';
  const a = analyse(t1);
  assert.ok(a.statements.every((s) => !s.contested));
  const t2 = 'De minister zou hebben gezegd dat het plan doorgaat. De minister ontkent dat niet.';
  assert.ok(analyse(t2).statements.every((s) => !s.contested));
});

test('a reporting verb form after a determiner is a noun that carries the matter (`de berichten` shared by a denial and its rebuttal)', () => {
  const text =
    "Bos ontkent dat hij de berichten heeft gestuurd. 'Die screenshots zijn nep', zei hij maandag. 'Ik ken die man niet.' De gemeente deed aangifte.\n\n" +
    'Ingewijden houden tegenover deze krant vol dat de berichten echt zijn.';
  const a = analyse(text);
  assert.ok(linked(st(a, text, 'houden'), st(a, text, 'ontkent')));
});

test('must not fire: the same verb form without a determiner shares no matter (`berichten` as a verb)', () => {
  const text = 'Bos ontkent dat hij iets heeft gestuurd. Kranten berichten dat de wethouder vertrekt. De gemeente deed aangifte.\n\nIngewijden houden vol dat de wethouder blijft.';
  const a = analyse(text);
  assert.equal(st(a, text, 'houden').contestedBy.includes(st(a, text, 'ontkent').id), false);
});

test('a plain count of people against a count of a group, side by side (`8.000 mensen` / `60.000 deelnemers`)', () => {
  const text = 'Volgens de politie namen ongeveer 8.000 mensen deel aan de mars; de organisatoren spreken van meer dan 60.000 deelnemers.';
  const a = analyse(text);
  assert.ok(linked(st(a, text, 'Volgens'), st(a, text, 'spreken')));
});

test('must not fire: counts of two different groups (`500 demonstranten` / `20 agenten`), or a plain count far away', () => {
  const t1 = 'De organisatie zegt dat er 500 demonstranten waren. Burgemeester Anja Bos zegt dat er 20 agenten waren.';
  assert.ok(analyse(t1).statements.every((s) => !s.contested));
  const t2 = 'Volgens de politie waren er 300 mensen.\n\nHet weer was goed.\n\nDe organisatoren melden dat er 20 vrijwilligers hielpen.';
  assert.ok(analyse(t2).statements.every((s) => !s.contested));
});

test('a fronted `Daar`/`Hier` is no name and no antecedent of a later `hij`', () => {
  const text = 'Een woordvoerder van de hulporganisatie Bergen Zonder Grenzen zei dat er scholen zijn ingestort. Daar zouden nog 150 mensen worden vermist. "We hebben één team," zei hij.';
  const a = analyse(text);
  assert.ok(!a.claimants.some((c) => c.name === 'Daar'));
  assert.match(a.claimants[a.quotes[0].claimantId!].name, /woordvoerder/);
});

test('the name after `van de` + an organisation noun is the organisation\'s, with a capitalised function word inside it (`Artsen Zonder Grenzen`)', () => {
  assert.equal(sourceOf('De organisatie Artsen Zonder Grenzen meldt dat er doden zijn.', 'meldt'), 'Artsen Zonder Grenzen');
  assert.match(sourceOf('Een woordvoerder van de stichting Bos Zonder Grens zei dat het klopt.', 'zei') ?? '', /^woordvoerder/);
});

test('must not fire: a field without a determiner still gives the name to the title (`minister van economie X`, `officier van justitie mr. X`); a sentence-initial function word stays out', () => {
  assert.equal(sourceOf('Minister van economie Rainer Bruederle zei dat het klopte.', 'zei'), 'Rainer Bruederle');
  assert.equal(sourceOf('Officier van justitie mr. A. Verhoef hield vol dat het klopte.', 'hield'), 'A. Verhoef');
  assert.equal(sourceOf('Zonder Jansen zegt de bond dat het niet gaat.', 'zegt'), 'bond');
});

test('`volgens haar` before a verb is the pronoun (`Volgens haar tonen de foto\'s aan ...`); before a source noun a possessive', () => {
  const text = "Conservator Els Brouwers is voorzichtig. Volgens haar tonen röntgenfoto's aan dat het werk oud is.";
  assert.match(sourceOf(text, 'Volgens') ?? '', /Els Brouwers/);
  assert.equal(sourceOf('Volgens haar advocaat is het onzin.', 'Volgens'), 'advocaat');
});

test('figures written out above ten open a source (`Twaalf verpleegkundigen hebben … gewaarschuwd`)', () => {
  assert.equal(sourceOf('Twaalf verpleegkundigen van de afdeling hebben de inspectie in een brief gewaarschuwd dat operaties worden uitgesteld.', 'gewaarschuwd'), 'Twaalf verpleegkundigen van de afdeling');
});

test('`toevoegen` is a cue only with content (`voegde eraan toe dat`), not `heeft banen toegevoegd`', () => {
  const a = analyse('Het concern heeft bij de laatste overnames banen toegevoegd.');
  assert.equal(a.statements.length, 0);
  const text = 'Jansen voegde eraan toe dat het goed gaat.';
  assert.equal(sourceOf(text, 'voegde'), 'Jansen');
});

test('a spokesperson of nobody named, right after a denial, speaks for the denier', () => {
  const text = "Volgens schepen Hilde Stroobants zijn er geen afspraken gemaakt met de ontwikkelaar.\n\nHet actiecomité Wind Uit Zele, dat al ruim duizend handtekeningen verzamelde, gelooft daar weinig van. Woordvoerster Martine Cools wijst naar een verslag van juni, waarin sprake zou zijn van ,,afspraken''.";
  const a = analyse(text);
  assert.ok(st(a, text, 'wijst').contested);
});

test('academic and legal titles before a name are no part of it (`Prof. dr. Frits Hoogendijk`, `Dr. Eva Mol`)', () => {
  assert.equal(sourceOf('Prof. dr. Frits Hoogendijk zegt dat het niet klopt.', 'zegt'), 'Frits Hoogendijk');
  assert.equal(sourceOf('Dr. Ineke Brouwers zegt dat het klopt.', 'zegt'), 'Ineke Brouwers');
});

test('must not fire: a capitalised `Dr` without a full stop stays in the name (`Dr Alban`)', () => {
  assert.equal(sourceOf('Dr Alban zegt dat het klopt.', 'zegt'), 'Dr Alban');
});

test('a lower-case field after an organisation noun before the verb (`Twaalf verpleegkundigen van de afdeling orthopedie hebben …`)', () => {
  assert.equal(sourceOf('Twaalf verpleegkundigen van de afdeling orthopedie hebben de inspectie in een brief gewaarschuwd dat operaties worden uitgesteld.', 'gewaarschuwd'), 'Twaalf verpleegkundigen van de afdeling orthopedie');
});

test('`Van X is geen sprake` denies as `geen sprake van` does', () => {
  const text = 'De verpleegkundigen schrijven dat operaties structureel worden uitgesteld. „Van structureel uitstel is geen sprake”, zegt de bestuursvoorzitter.';
  const a = analyse(text);
  assert.ok(linked(st(a, text, 'schrijven'), st(a, text, 'zegt')));
});

test('one surname spelled as a variant of a known person\'s in another source\'s content is linked and reported (`Sjaripov` / `Sharipov`)', () => {
  const a = analyse('Minister Timoer Sjaripov sprak van “een koelbloedige moord”. Volgens KTV heeft Sharipov zondagavond ook met zijn ambtgenoot gebeld.');
  assert.deepEqual(a.claimants.find((c) => c.name === 'Timoer Sjaripov')?.variants, ['Timoer Sjaripov', 'Sharipov']);
  assert.ok(a.findings.some((f) => f.rule === 'name-variant'));
});

test('must not fire: a different surname of the same length is no variant (`Jansen` / `Pieterse`)', () => {
  const a = analyse('Minister Timoer Jansen sprak van “een moord”. Volgens KTV heeft Pieterse ook gebeld.');
  assert.ok(!a.findings.some((f) => f.rule === 'name-variant'));
});

test('capitalised uninflected adjectives before a lower-case source noun (`Het Meteorologisch instituut`, `Europees kampioene`, `Vlaams minister`)', () => {
  assert.match(sourceOf('Het Meteorologisch instituut van Merania meldde echter dat de zee rustig was.', 'meldde') ?? '', /instituut/);
  assert.match(sourceOf('De 27-jarige Europees kampioene zegt dat ze het slachtoffer is.', 'zegt') ?? '', /kampioene/);
});

test('a sentence adverb (`Tegelijk`) or an abstract noun (`Beregening`) opening a sentence is no name for a pronoun to find', () => {
  const text = 'Vlaams minister van Werk Hilde Verstraelen reageerde geschrokken. Tegelijk gaf ze toe dat de regering weinig middelen heeft.';
  assert.equal(sourceOf(text, 'gaf'), 'Hilde Verstraelen');
  const t2 = 'Hydrologe Mirjam Hovestad wijst naar de landbouw. Beregening is volgens haar verreweg de grootste post.';
  assert.equal(sourceOf(t2, 'volgens'), 'Mirjam Hovestad');
});

test('a female first name makes the person `ze`, over an earlier woman by role only (`Hilde Verstraelen` after `een woordvoerster`)', () => {
  const text = 'Een woordvoerster van het bedrijf sprak dat tegen.\n\nMinister Hilde Verstraelen reageerde geschrokken. "We gaan alles doen", beloofde de minister. Tegelijk gaf ze toe dat er weinig middelen zijn.';
  assert.equal(sourceOf(text, 'gaf'), 'Hilde Verstraelen');
});

test('must not fire: a name given to men and women (`Anne`) stays of unknown gender: `hij` may be Anne Wouters', () => {
  const text = "Burgemeester Anne Wouters ziet geen ruimte. 'Het geld is op', zei hij maandag.";
  assert.equal(sourceOf(text, 'zei'), 'Anne Wouters');
});

test('an uninflected adjective before a neuter source noun (`Het meteorologisch instituut`), and accounts announced as diverging join it', () => {
  const text = 'Over de oorzaak lopen de lezingen uiteen. De rederij deelde mee dat het schip door een storm was overvallen. Het meteorologisch instituut van Merania meldde echter dat de zee rustig was.';
  const a = analyse(text);
  assert.match(sourceOf(text, 'meldde') ?? '', /instituut/);
  assert.ok(linked(st(a, text, 'deelde'), st(a, text, 'meldde')));
});

test('calling a figure premature or irresponsible disputes it (`noemde dat cijfer voorbarig`)', () => {
  const text = 'Het persbureau schreef dat minstens 87 mensen zijn omgekomen. Gouverneur Elena Marquesa noemde dat cijfer ``voorbarig en onverantwoord\'\'.';
  const a = analyse(text);
  assert.ok(linked(st(a, text, 'schreef'), st(a, text, 'noemde')));
});

test('must not fire: calling something else by such a word without a claim before it (`noemde de bouw voorbarig`) disputes nobody', () => {
  const text = 'De wethouder opende het park. Gouverneur Elena Marquesa noemde de bouw van een tweede park voorbarig.';
  assert.ok(analyse(text).statements.every((s) => !s.contested));
});

test('an age before a role noun (`De 27-jarige Europees kampioene`) refers back to the person just named', () => {
  const text = 'Loopster Merel Dijkhuis is geschorst. Dat werd dinsdag door de bond bekendgemaakt.\n\nDe 27-jarige Europees kampioene zegt dat ze het slachtoffer is van een fout.';
  assert.equal(sourceOf(text, 'zegt'), 'Merel Dijkhuis');
});

test('must not fire: an age before a role noun with a name of its own is that person (`De 45-jarige wethouder Piet Smit`)', () => {
  assert.equal(sourceOf('Burgemeester Jan Bos opende het park. De 45-jarige wethouder Piet Smit zegt dat het mooi is.', 'zegt'), 'Piet Smit');
});

test('`het houden op` + a figure is a claim about a number (`Het ziekenhuis houdt het op zeven weken`)', () => {
  const text = 'Van Dalfsen spreekt dat tegen. Hij houdt het op hooguit vierhonderdduizend gulden.';
  const a = analyse(text);
  const s = st(a, text, 'houdt');
  assert.equal(s.cue?.lemma, 'het houden op');
  assert.equal(a.claimants[s.claimantId!].name, 'Van Dalfsen');
});

test('must not fire: `houdt het op` without a figure (`Hij houdt het op een akkoord`)', () => {
  assert.equal(analyse('Hij houdt het op een akkoord.').statements.length, 0);
});

test('`een van hen` speaks for the group just named', () => {
  const text = "De crewleden vertellen een ander verhaal. 'Er werd niks mee gedaan', zegt een van hen.";
  assert.equal(sourceOf(text, 'zegt'), 'crewleden');
});

test('must not fire: `Een van hen, Truus Bakker,` is the named person; an age before another role is someone else', () => {
  assert.equal(sourceOf('De crewleden klagen. Een van hen, Truus Bakker, zegt dat het klopt.', 'zegt'), 'Truus Bakker');
  assert.equal(sourceOf('Rechter Anna Bos sprak de zaak uit. De 41-jarige verdachte zegt dat hij onschuldig is.', 'zegt'), '41-jarige verdachte');
});

test('`laten weten` after an inverted perfect with the content before it (`…, heeft hij de provincie in maart laten weten`)', () => {
  const text = 'Burgemeester Gert van Dalfsen is boos. Het dorp wil geen wisselgeld zijn, heeft hij de provincie al in maart laten weten.';
  assert.equal(sourceOf(text, 'laten'), 'Gert van Dalfsen');
});

test('must not fire: a modal opening the inverted clause governs the infinitive (`…, wilde niemand zeggen`)', () => {
  assert.equal(analyse('Hoe groot het verlies is, wilde niemand zeggen.').statements.length, 0);
});

test('a listed role noun in the plural is a group: `hij` is not `De burgemeesters van X en Y`', () => {
  const text = 'De burgemeesters van Velderwijk en Roosloo liggen overhoop. Burgemeester Gert van Dalfsen van Roosloo is boos. Volgens hem is het een overname.';
  assert.equal(sourceOf(text, 'Volgens'), 'Gert van Dalfsen');
});

test('dismissive nouns dispute a claim (`spreekt van „paniekzaaierij”`, `noemt dat ,,bangmakerij\'\'`)', () => {
  const text = 'De onderzoekers concluderen dat de stof de darmwand aantast. De voedingsindustrie spreekt van „paniekzaaierij”.';
  const a = analyse(text);
  assert.ok(linked(st(a, text, 'concluderen'), st(a, text, 'spreekt')));
  const t2 = 'De provincie stelt dat scholen sluiten. Wethouder Piet Sinnige noemt dat ,,bangmakerij\'\'.';
  const b = analyse(t2);
  assert.ok(linked(st(b, t2, 'stelt'), st(b, t2, 'noemt')));
});

test('must not fire: `spreken van` a plain thing (`spreekt van een goed jaar`) disputes nobody', () => {
  const text = 'De onderzoekers concluderen dat de stof veilig is. De voedingsindustrie spreekt van een goed jaar.';
  assert.ok(analyse(text).statements.every((s) => !s.contested));
});

test('a paragraph that opens with a contrast answers the previous paragraph\'s account (`Maar X zegt juist dat`)', () => {
  const text =
    'Directeur Hans Buitenhuis stelt dat de muizen een veel te hoge dosis kregen. „Wie een muis een emmer mayonaise voert, hoeft niet verbaasd te zijn.” „Dit zegt niets.”\n\n' +
    'Maar hoogleraar Marloes Tervoort zegt juist dat de dosis overeenkomt met wat een kind binnenkrijgt.';
  const a = analyse(text);
  assert.ok(linked(st(a, text, 'stelt'), st(a, text, 'zegt juist')));
});

test('a director named for nobody else after a denial speaks for the denier (`De federatie wijst de conclusies van de hand. … Directeur X stelt dat …`)', () => {
  const text = 'Onderzoekers concluderen dat de stof de darm aantast.\n\nDe federatie wijst de conclusies van de hand. In een verklaring wordt de studie slordig genoemd. Directeur Hans Buitenhuis stelt dat de dosis veel te hoog was.';
  const a = analyse(text);
  assert.ok(st(a, text, 'stelt').contested);
});

test('must not fire: a contrast in mid-paragraph does not reach back into the previous paragraph', () => {
  const text = 'De wethouder zegt dat het park open gaat.\n\nDe bewoners zijn blij. Het weer is goed. De vereniging meldt echter dat er geld is gevonden voor een fontein.';
  assert.ok(analyse(text).statements.every((s) => !s.contested));
});

test('plurals of scholars by their field (`hydrologen`) are groups; `eigen` is an adjective (`eigen hydrologen`)', () => {
  const text = 'Een uitgelekte notitie werpt een ander licht op de zaak. Daarin waarschuwen eigen hydrologen al in maart dat de fabriek veel water oppompt.';
  assert.equal(sourceOf(text, 'waarschuwen'), 'eigen hydrologen');
});

test('a known source as the inverted subject of a sentence without a cue speaks the next quotation (`In het gesprek blijft Dijkhuis strijdbaar. \'…\'`)', () => {
  const text = "Loopster Merel Dijkhuis is geschorst. Directeur Ruud Lansink maakte bekend dat ze een controle had gemist.\n\nIn het gesprek met de krant blijft Dijkhuis strijdbaar. 'Die gemiste controle was een fout van de bond zelf.'";
  const a = analyse(text);
  assert.equal(a.claimants[a.quotes[0].claimantId!].name, 'Merel Dijkhuis');
});

test('must not fire: an unknown single capitalised word after the verb is no speaker (`In Lausanne blijft Zwitserland neutraal`)', () => {
  const text = "Directeur Ruud Lansink maakte bekend dat ze een controle had gemist.\n\nIn Lausanne blijft Zwitserland neutraal. 'Die gemiste controle was een fout van de bond zelf.'";
  const a = analyse(text);
  assert.notEqual(a.claimants[a.quotes[0].claimantId ?? -1]?.name, 'Zwitserland');
});
