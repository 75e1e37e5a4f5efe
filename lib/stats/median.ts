/** The median of whole numbers: the middle one, or the mean of the two middle ones; null when empty. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The same median from how often each whole number occurs (`count` times `value`), as a rollup
 * keeps it: without expanding the list, so a year of starts costs one entry per distinct day count.
 */
export function medianOfCounts(counts: ReadonlyArray<{ value: number; count: number }>): number | null {
  const sorted = counts.filter((c) => c.count > 0).sort((a, b) => a.value - b.value);
  const n = sorted.reduce((sum, c) => sum + c.count, 0);
  if (!n) return null;
  // The values at 0-based positions lo and hi: the same one when n is odd.
  const lo = (n - 1) >> 1;
  const hi = n >> 1;
  let seen = 0;
  let low: number | null = null;
  for (const c of sorted) {
    if (low === null && lo < seen + c.count) low = c.value;
    if (hi < seen + c.count) return (low! + c.value) / 2;
    seen += c.count;
  }
  return null;
}
