import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../server/src/core/text/segment';
import { findHedges } from '../../server/src/core/hedges';
import { strip, spansOf, textsOf } from './markers';

/** Asserts that the hedges found are exactly the marked spans. */
function hedges(marked: string, extra: string[] = [], format: 'plaintext' | 'markdown' = 'plaintext'): void {
  const { text, spans } = strip(marked);
  const found = findHedges(segment(text, { format }), extra);
  assert.deepEqual(textsOf(text, spansOf(found)), textsOf(text, spans));
  assert.deepEqual(spansOf(found), spans);
}

// reportative zou
test('zou with a perfect infinitive', () => hedges('Er [[zouden]] geen doden gevallen zijn.'));
test('zou with a stative predicate', () => hedges('Het RVK [[zou]] niet de enige groep zijn die actief is.'));
test('zou with a passive', () => hedges('De operatie [[zou]] door Russische burgers worden uitgevoerd.'));
test('zou in a relative clause with a perfect', () => hedges('De man die de aanslag [[zou]] hebben gepleegd, is opgepakt.'));
test('zou under a speech verb with a perfect', () => hedges('Suspilne meldt dat Joesov dat [[zou]] hebben gezegd.'));
test('not the conditional: als ... zou', () => hedges('Als het regent, zou de wedstrijd worden afgelast.'));
test('not the conditional: zou ... als', () => hedges('Hij zou komen als hij tijd had.'));
test('not the conditional: indien', () => hedges('Indien nodig zou het leger ingrijpen.'));
test('not the conditional: inverted verb first', () => hedges('Zouden ze dat doen, dan is het te laat.'));
test('not the future in the past', () => hedges('Hij zei dat hij morgen zou komen.'));
test('not the future in the past with an indirect question', () => hedges('Hij zei niet waar de banen zouden worden geschrapt.'));
test('not the future in the past after beloofde', () => hedges('De minister beloofde dat het geld snel zou komen.'));
test('not politeness: zou graag', () => hedges('De burgemeester zou graag meer agenten zien.'));
test('not a wish: ik zou willen', () => hedges('Ik zou willen dat het anders was.'));
test('not deontic: zou moeten', () => hedges('Het kabinet zou meer moeten doen.'));
test('not zou kunnen', () => hedges('Dat zou tot problemen kunnen leiden.'));
test('not a question', () => hedges('Waarom zou hij dat doen?'));
test('not the first person', () => hedges('Wij zouden daar nooit aan meedoen.'));
test('zou with a third-person want is reported', () => hedges('Het kabinet [[zou]] de accijns willen verhogen.'));
test('het zou gaan om is reported', () => hedges('Het [[zou]] gaan om twee mannen uit Rotterdam.'));
test('stative zou in a relative clause with an extraposed phrase', () => hedges('Een groep die actief [[zou]] zijn in de regio, eiste het op.'));
test('not the future in the past in a relative clause', () => hedges('Het was de bedoeling dat hij om acht uur zou komen.'));
test('not a hypothetical consequence', () => hedges('Dat zou betekenen dat de prijzen stijgen.'));
test('not in dat geval', () => hedges('In dat geval zou de wedstrijd worden afgelast.'));
test('not a narrative future', () => hedges('Het bedrijf zou later failliet gaan.'));
test('not a hypothetical stative after a demonstrative', () => hedges('Dat zou een ramp zijn voor de stad.'));
test('not a hypothetical stative inside a quotation', () => hedges('"Het zou mooi zijn", zegt de burgemeester.'));
test('a perfect inside a quotation is reported', () => hedges('"Hij [[zou]] het geld hebben gestolen", zegt de aanklager.'));
test('not an indirect question with of', () => hedges('Hij vroeg of ze zou komen.'));

// distancing
test('volgens before its source', () => hedges('[[Volgens]] de gouverneur is de groep binnengedrongen.'));
test('volgens after a verb', () => hedges('Dat riep [[volgens]] overlevering een priester.'));
test('not volgens plan', () => hedges('Alles verliep volgens plan.'));
test('naar verluidt', () => hedges('De president is [[naar verluidt]] ziek.'));
test('naar eigen zeggen', () => hedges('Hij was [[naar eigen zeggen]] niet betrokken.'));
test('vermeende', () => hedges('De [[vermeende]] dader is opgepakt.'));
test('zogenaamde', () => hedges('Het [[zogenaamde]] vredesplan werd verworpen.'));
test('zogeheten is neutral by default', () => hedges('Het zogeheten Deltaplan werd uitgevoerd.'));

// epistemic
test('mogelijk', () => hedges('Zijn dood heeft [[mogelijk]] te maken met bedreigingen.'));
test('mogelijke before a noun', () => hedges('Het bedrijf wist van [[mogelijke]] signaalproblemen.'));
test('not zo snel mogelijk', () => hedges('Ze willen zo snel mogelijk verbeteringen.'));
test('not indien mogelijk', () => hedges('Indien mogelijk komen we morgen.'));
test('not maakt het mogelijk', () => hedges('De wet maakt het mogelijk om te staken.'));
test('not a superlative or voor zover mogelijk', () =>
  hedges('Ze kregen de best mogelijke zorg en de grootst mogelijke steun, voor zover mogelijk. De lijst is [[mogelijk]] langer.'));
test('waarschijnlijk', () => hedges('Dat wordt [[waarschijnlijk]] anders.'));
test('vermoedelijk', () => hedges('Een spreekster wacht [[vermoedelijk]] hetzelfde lot.'));
test('wellicht and misschien', () => hedges('Het komt [[wellicht]] goed, of [[misschien]] niet.'));
test('kennelijk, blijkbaar, ogenschijnlijk', () => hedges('Hij was [[kennelijk]] boos, [[blijkbaar]] moe en [[ogenschijnlijk]] kalm.'));
test('schijnt te', () => hedges('Hij [[schijnt]] ziek te zijn.'));
test('not the sun shining', () => hedges('De zon schijnt vandaag.'));
test('lijkt te', () => hedges('Oekraïne [[lijkt]] betrokken te zijn.'));
test('lijkt erop dat', () => hedges('Het [[lijkt]] erop dat de groep terug is.'));
test('not lijkt op (resembles)', () => hedges('Hij lijkt op zijn vader.'));
test('not the modals kan, moet, mag, verwacht', () => hedges('Het kan regenen, je moet gaan, je mag blijven en hij verwacht niets.'));

// unverified
test('onbevestigd', () => hedges('Er zijn [[onbevestigde]] berichten over doden.'));
test('niet bevestigd', () => hedges('Het nieuws is [[niet bevestigd]].'));
test('niet officieel bevestigd', () => hedges('Het nieuws is [[niet officieel bevestigd]].'));
test('niet onafhankelijk te verifiëren', () => hedges('De beelden zijn [[niet onafhankelijk te verifiëren]].'));
test('niet worden bevestigd', () => hedges('Het bericht kon [[niet worden bevestigd]].'));
test('naar verluid, a common spelling', () => hedges('Hij is [[naar verluid]] ziek.'));
test('niet onafhankelijk te controleren', () => hedges('Die cijfers zijn [[niet onafhankelijk te controleren]].'));

// places and options
test('hedges inside quotations count', () => hedges(',,Op school zal ze het [[misschien]] niet leren\'\', zegt de moeder.'));
test('hedges in masked Markdown are not reported', () =>
  hedges('[[Volgens]] de minister.\n\n```\nvolgens de code misschien\n```\n\nEn `misschien` niet.', [], 'markdown'));
test('extra hedge words from the options', () => hedges('Dat is [[naar men zegt]] zo, en [[allicht]] waar.', ['naar men zegt', 'allicht']));
test('a hedge carries its sentence as the claim and no links yet', () => {
  const text = 'Eerste zin. Er zouden geen doden gevallen zijn. Laatste zin.';
  const [h] = findHedges(segment(text));
  assert.equal(h.text, 'zouden');
  assert.equal(h.kind, 'reportative');
  assert.equal(text.slice(h.claim.start, h.claim.end), 'Er zouden geen doden gevallen zijn.');
  assert.equal(h.statementId, null);
  assert.equal(h.claimantId, null);
});
