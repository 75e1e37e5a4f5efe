/*
 * The two measures of the search evaluation, per query; the run averages them over queries.
 */

/** Share of the first five results that are relevant, out of as many as could be: min(5, |relevant|). */
export function recallAt5(ranked: readonly string[], relevant: ReadonlySet<string>): number {
  if (relevant.size === 0) throw new Error('a query without relevant offers cannot be scored');
  const found = ranked.slice(0, 5).filter((id) => relevant.has(id)).length;
  return found / Math.min(5, relevant.size);
}

/** 1 / rank of the first relevant result (1-based), 0 when none is in the list. */
export function reciprocalRank(ranked: readonly string[], relevant: ReadonlySet<string>): number {
  const index = ranked.findIndex((id) => relevant.has(id));
  return index === -1 ? 0 : 1 / (index + 1);
}
