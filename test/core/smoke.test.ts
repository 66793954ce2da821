import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core';

test('analyse returns an analysis covering the whole text', () => {
  const a = analyse('Hallo wereld.');
  assert.equal(a.length, 13);
});
