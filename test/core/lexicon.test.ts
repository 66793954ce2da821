// The verb lexicon is generated from lemmas: every inflection must come out right.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VERB_FORMS, VERB_LEMMAS } from '../../server/src/core/lexicon/verbs';
import { simpleForms, stemOf } from '../../server/src/core/lexicon/morphology';

const lemmasOf = (form: string) => (VERB_FORMS.get(form) ?? []).map((x) => x.lemma);

test('at least 120 reporting verbs', () => {
  assert.ok(VERB_LEMMAS.size >= 120, `only ${VERB_LEMMAS.size}`);
  assert.ok(VERB_FORMS.size >= 600);
});

test('stems: doubled consonant, open syllable, devoicing', () => {
  assert.equal(stemOf('zeggen'), 'zeg');
  assert.equal(stemOf('beweren'), 'beweer');
  assert.equal(stemOf('leven'), 'leef');
  assert.equal(stemOf('vrezen'), 'vrees');
  assert.equal(stemOf('waarschuwen'), 'waarschuw');
});

test("weak past tense follows 't kofschip", () => {
  assert.deepEqual(simpleForms('melden').pastSg, ['meldde']);
  assert.deepEqual(simpleForms('praten').pastSg, ['praatte']);
  assert.deepEqual(simpleForms('tweeten').pastPl, ['tweetten']);
  assert.deepEqual(simpleForms('vrezen').pastSg, ['vreesde']);
  assert.deepEqual(simpleForms('melden').participle, ['gemeld']);
});

test('every form of zeggen', () => {
  for (const f of ['zeg', 'zegt', 'zeggen', 'zei', 'zeiden', 'gezegd']) assert.ok(lemmasOf(f).includes('zeggen'), f);
});

test('inseparable prefixes take no ge- in the participle', () => {
  assert.ok(lemmasOf('ontkend').includes('ontkennen'));
  assert.ok(lemmasOf('bevestigd').includes('bevestigen'));
  assert.ok(lemmasOf('verklaarde').includes('verklaren'));
  assert.ok(lemmasOf('weersproken').includes('weerspreken'));
  assert.equal(VERB_FORMS.get('geontkend'), undefined);
});

test('separable verbs: bare base form needs its particle, joined forms stand alone', () => {
  const kondigde = VERB_FORMS.get('kondigde')!;
  assert.ok(kondigde.some((x) => x.lemma === 'aankondigen' && x.particle === 'aan'));
  assert.ok(lemmasOf('aankondigde').includes('aankondigen'));
  assert.ok(lemmasOf('aangekondigd').includes('aankondigen'));
  assert.ok(lemmasOf('opeist').includes('opeisen'));
  assert.ok(lemmasOf('opgeëist').includes('opeisen'));
  assert.ok(lemmasOf('bekendgemaakt').includes('bekendmaken'));
  assert.ok(lemmasOf('toegelicht').includes('toelichten'));
});

test('strong and irregular verbs', () => {
  assert.ok(lemmasOf('schreef').includes('schrijven'));
  assert.ok(lemmasOf('geschreven').includes('schrijven'));
  assert.ok(lemmasOf('dacht').includes('denken'));
  assert.ok(lemmasOf('wees').includes('wijzen'));
  assert.ok(lemmasOf('vond').includes('vinden'));
  assert.ok(lemmasOf('gaf').includes('aangeven'));
});

test('manner-of-speaking and clarifying verbs in every form', () => {
  for (const [form, lemma] of [
    ['fluisterde', 'fluisteren'], ['fluistert', 'fluisteren'], ['gefluisterd', 'fluisteren'],
    ['verduidelijkte', 'verduidelijken'], ['verduidelijkt', 'verduidelijken'],
    ['stipte', 'aanstippen'], ['aangestipt', 'aanstippen'], ['pleitten', 'pleiten'], ['bepleit', 'bepleiten'],
  ] as const) {
    assert.ok(lemmasOf(form).includes(lemma), `${form} -> ${lemmasOf(form).join(',')}`);
  }
  // the adjective "bekend" is no reporting verb
  assert.deepEqual(lemmasOf('bekend').filter((l) => l === 'bekennen'), []);
});
