import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core';
import { MAX_FINDINGS_PER_RULE } from '../../server/src/core/attribution/findings';

test('findings are capped per rule; the rest are summarised in one finding', () => {
  const n = MAX_FINDINGS_PER_RULE + 500;
  const a = analyse('Er zouden doden zijn. '.repeat(n));
  const hedgeFindings = a.findings.filter((f) => f.rule === 'unsourced-hedge');
  assert.ok(a.hedges.length > MAX_FINDINGS_PER_RULE, 'every hedge is still reported in the analysis');
  assert.equal(hedgeFindings.length, MAX_FINDINGS_PER_RULE + 1);
  const summary = hedgeFindings.filter((f) => f.hedgeId === undefined);
  assert.equal(summary.length, 1);
  const omitted = a.hedges.filter((h) => h.claimantId == null && h.statementId == null).length - MAX_FINDINGS_PER_RULE;
  assert.match(summary[0].message.nl, new RegExp(`^Nog ${omitted} meldingen`));
  assert.match(summary[0].message.en, new RegExp(`^${omitted} more findings`));
});

test('a draft under the cap gets no summary finding', () => {
  const a = analyse('Het kabinet zou het besluit al hebben genomen. Volgens ingewijden zou het snel gaan.');
  assert.ok(a.findings.every((f) => !/meldingen van deze soort/.test(f.message.nl)));
});
