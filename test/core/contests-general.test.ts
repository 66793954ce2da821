// Contested claims: general Dutch patterns (denial cues linked to the claim they dispute by shared
// content words, both sides extended, insistence with `wel degelijk`, contrast words) and the
// must-not-fire cases (a plain statement, sources that agree, a concession with `gaf toe`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/index';
import { st, linked } from './statements';


test('ontkennen: the denial is linked to the claim it is about, not to the nearest statement', () => {
  const text = 'Volgens de vakbond wil directeur Bakker de fabriek in Tilburg sluiten. '
    + 'De wethouder zei dat de gemeente het overleg volgende week voortzet. '
    + 'Bakker ontkent dat hij de fabriek wil sluiten.';
  const a = analyse(text);
  const claim = st(a, text, 'Volgens');
  const other = st(a, text, 'zei');
  const denial = st(a, text, 'ontkent');
  assert.equal(denial.cue?.denial, true);
  assert.ok(linked(claim, denial));
  assert.equal(other.contested, false);
});

test('tegenspreken with an anaphoric dat: the claim just before, and the denier goes on in the next sentence', () => {
  const text = 'De buurtvereniging zegt dat de nieuwe busbaan de wijk onveilig maakt. '
    + 'De provincie spreekt dat tegen. Volgens de provincie wordt de busbaan juist veiliger voor fietsers.';
  const a = analyse(text);
  const claim = st(a, text, 'zegt');
  const denial = st(a, text, 'spreekt');
  const more = st(a, text, 'Volgens');
  assert.ok(linked(claim, denial));
  assert.equal(more.contested, true);
  assert.ok(more.contestedBy.includes(claim.id));
});

test('afwijzen, betwisten and weerleggen are disputing cues', () => {
  for (const [verb, at] of [['wees dat verwijt af', 'wees'], ['betwist dat', 'betwist'], ['weerlegt dat', 'weerlegt'], ['bestrijdt dat', 'bestrijdt']] as const) {
    const text = `De oppositie zegt dat de minister de Kamer verkeerd heeft ingelicht over de kosten. De minister ${verb}.`;
    const a = analyse(text);
    const claim = st(a, text, 'zegt');
    const denial = st(a, text, at);
    assert.equal(denial.cue?.denial, true, verb);
    assert.ok(linked(claim, denial), verb);
  }
});

test('volhouden against a denial (anonymous sources versus the official word)', () => {
  const text = 'Volgens ingewijden overweegt wethouder Jansen om af te treden. '
    + 'Jansen ontkent dat hij wil aftreden. '
    + 'Partijgenoten houden echter vol dat Jansen wel degelijk met aftreden heeft gedreigd.';
  const a = analyse(text);
  const rumour = st(a, text, 'Volgens');
  const denial = st(a, text, 'ontkent');
  const insist = st(a, text, 'houden');
  assert.equal(insist.cue?.lemma, 'volhouden');
  assert.ok(linked(rumour, denial));
  assert.equal(insist.contested, true);
  assert.ok(insist.contestedBy.includes(denial.id));
});

test('wel degelijk: an insistence disputes the denial before it', () => {
  const text = 'De club meldt dat er geen gesprekken met de trainer zijn gevoerd. '
    + 'Volgens twee spelers zijn er wel degelijk gesprekken met de trainer geweest.';
  const a = analyse(text);
  assert.ok(linked(st(a, text, 'meldt'), st(a, text, 'Volgens')));
});

test('the disputed side: `Volgens X` and `..., zegt X` on the same matter are both contested', () => {
  const text = 'Volgens econoom Peters stijgen de huurprijzen komend jaar sterk. '
    + '"De huren gaan omhoog", zegt Peters. '
    + 'De minister weerspreekt dat. Volgens de minister blijven de huurprijzen stabiel.';
  const a = analyse(text);
  assert.equal(st(a, text, 'Volgens econoom').contested, true);
  assert.equal(st(a, text, 'zegt Peters').contested, true);
  assert.equal(st(a, text, 'weerspreekt').contested, true);
});

test('prosecutor versus suspect: the denial finds the accusation by the name it shares', () => {
  const text = 'Volgens de officier van justitie heeft Peter V. de brand in de loods gesticht. '
    + 'De rechtbank hoorde ook twee getuigen. '
    + 'Peter V. ontkent elke betrokkenheid bij de brand.';
  const a = analyse(text);
  const claim = st(a, text, 'Volgens');
  const denial = st(a, text, 'ontkent');
  assert.ok(linked(claim, denial));
});

test('content denials: onzin, klopt niet, geen sprake van', () => {
  for (const c of ['dat het verhaal onzin is', 'dat het bericht niet klopt', 'dat er geen sprake is van fraude']) {
    const text = `Een klokkenluider zegt dat de stichting subsidie heeft misbruikt. De voorzitter van de stichting zei ${c}.`;
    const a = analyse(text);
    assert.ok(linked(st(a, text, 'zegt'), st(a, text, 'zei')), c);
  }
});

test('contrast word between two sources in one sentence', () => {
  const text = 'De bond zegt dat de stakingen doorgaan, maar de werkgevers verklaren dat er een akkoord is.';
  const a = analyse(text);
  assert.ok(linked(st(a, text, 'zegt'), st(a, text, 'verklaren')));
});

test('must not fire: a plain statement with no opposing source', () => {
  const text = 'De burgemeester zei dat hij de raad volgende week zou informeren over de plannen.';
  const a = analyse(text);
  assert.ok(a.statements.length >= 1);
  assert.ok(a.statements.every((s) => !s.contested && s.contestedBy.length === 0));
});

test('must not fire: two sources that agree', () => {
  const text = 'Het KNMI meldt dat het deze week warm wordt. Ook Weeronline verwacht dat de temperaturen stijgen. '
    + 'Een meteoroloog verklaarde dat de hitte tot zondag aanhoudt.';
  const a = analyse(text);
  assert.ok(a.statements.length >= 2);
  assert.ok(a.statements.every((s) => !s.contested));
});

test('must not fire: a concession (gaf toe) is not the disputed side', () => {
  const text = 'De advocaat zegt dat zijn cliënt niets met de diefstal te maken heeft. '
    + 'De officier gaf toe dat het bewijs dun is. Volgens de officier is de verdachte wel degelijk bij de diefstal betrokken geweest.';
  const a = analyse(text);
  const concession = st(a, text, 'gaf');
  assert.equal(concession.contested, false);
  assert.equal(st(a, text, 'Volgens').contested, true);
});

test('must not fire: a denial with nobody else in reach', () => {
  const text = 'De wethouder zegt dat de brug in mei klaar is.\n\nHet weer was slecht. De bouw lag stil. Er kwam regen. Het waaide hard. De kraan stond stil.\n\nDe aannemer ontkent dat hij failliet is.';
  const a = analyse(text);
  assert.equal(st(a, text, 'zegt').contested, false);
});

test('a long draft stays fast (bounded windows)', () => {
  const para = 'Volgens de bond willen de werkgevers de lonen bevriezen. De werkgevers ontkennen dat. '
    + 'Het ministerie zegt echter dat er wel degelijk over bevriezing is gesproken. ';
  const text = para.repeat(400);
  const t0 = performance.now();
  const a = analyse(text);
  const ms = performance.now() - t0;
  assert.ok(a.statements.some((s) => s.contested));
  assert.ok(ms < 3000, `took ${ms} ms`);
});
