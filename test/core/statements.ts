// Helpers for tests about statements and contests on inline drafts.
import assert from 'node:assert/strict';
import type { Analysis, Statement } from '../../server/src/core/types';

/** The statement whose cue covers the first occurrence of `at` (a unique snippet of the cue). */
export function st(a: Analysis, text: string, at: string): Statement {
  const off = text.indexOf(at);
  assert.ok(off >= 0, `snippet not in draft: ${at}`);
  const s = a.statements.find((x) => x.cue && x.cue.start <= off + at.length && x.cue.end > off);
  assert.ok(s, `no statement at ${at}`);
  return s;
}

/** Two statements that dispute each other, linked both ways. */
export const linked = (x: Statement, y: Statement): boolean => x.contestedBy.includes(y.id) && y.contestedBy.includes(x.id);

/** The name of the source of the statement at `at` (see st), or null. */
export function speaker(a: Analysis, text: string, at: string): string | null {
  const id = st(a, text, at).claimantId;
  return id == null ? null : a.claimants[id].name;
}
