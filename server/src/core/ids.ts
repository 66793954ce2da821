// Lists of ids on a statement (quotes, hedges, disputes): most statements have none, so every empty list is
// one shared frozen array, replaced by a list of its own when the first id comes (fewer objects per
// statement for the garbage collector: a statement-dense draft has one per 15 characters).

/** The empty id list every statement starts with (frozen: a push to it throws instead of corrupting all). */
export const NO_IDS: number[] = Object.freeze([] as number[]) as number[];

/** The list with id added (once): the same array, or a new one when it was the shared empty one. */
export function withId(ids: number[], id: number): number[] {
  if (ids.length === 0) return [id];
  if (!ids.includes(id)) ids.push(id);
  return ids;
}
