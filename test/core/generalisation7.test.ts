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
