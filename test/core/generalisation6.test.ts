// Generalisation, sixth round (from the misses of the blind set test/fixtures/heldout11 and heldout10's
// first score): sources named by a role compound or a plural of media, a denial's idiom without a
// content clause, pronouns and demonstratives after a sentence about a role, a participle far from its
// auxiliary, and contests across paragraphs. Each rule has a case that must not fire. The drafts are our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/index';
import type { Analysis } from '../../server/src/core/types';
import { speaker, st, linked } from './statements';

/** The cue texts of the statements. */
const cues = (a: Analysis): string[] => a.statements.filter((s) => s.cue).map((s) => s.cue!.text);
void cues; void st; void linked;

// 1. Sources: a hyphenated role compound as a title, a blogger, media as a group

test('a capitalised hyphenated role compound is a title before a name; `media` and a run of adjectives before it name a group', () => {
  const t1 = '"Het water stijgt nog," vertelde VN-coördinator Lena Berg aan de radio.';
  assert.equal(speaker(analyse(t1), t1, 'vertelde'), 'Lena Berg');
  const t2 = 'De aanval is mislukt, schrijft de Franse militaire blogger Pierre Dumont.';
  assert.equal(speaker(analyse(t2), t2, 'schrijft'), 'Pierre Dumont');
  const t3 = 'Regionale media melden dat de brug is ingestort. Onafhankelijke Belgische media melden dat de weg dicht is.';
  const a3 = analyse(t3);
  assert.equal(speaker(a3, t3, 'melden dat de brug'), 'Regionale media');
  assert.equal(speaker(a3, t3, 'melden dat de weg'), 'Onafhankelijke Belgische media');
});

test('must not fire: a capitalised adjective before a name or verb opens no group', () => {
  const t1 = 'Onafhankelijke Belgen zeggen dat de weg dicht is.';
  const a1 = analyse(t1);
  assert.notEqual(speaker(a1, t1, 'zeggen'), 'Onafhankelijke');
});
