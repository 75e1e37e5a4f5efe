/**
 * The first `k` of a list in the order of `compare`, as sorting it all and taking `k` would give
 * (for a total order), without sorting it all: a long need makes thousands of candidates of which
 * matching shows eight (issue 15). `add` returns nothing; `list` gives them best first.
 */
export function bestOf<T>(k: number, compare: (a: T, b: T) => number): { add(item: T): void; list(): T[] } {
  const best: T[] = [];
  return {
    add(item) {
      if (k <= 0) return;
      if (best.length === k && compare(item, best[k - 1]!) >= 0) return;
      let lo = 0;
      let hi = best.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (compare(item, best[mid]!) < 0) hi = mid;
        else lo = mid + 1;
      }
      best.splice(lo, 0, item);
      if (best.length > k) best.pop();
    },
    list: () => [...best],
  };
}

/** The same by sorting the whole list: the way before issue 15, which the test and the benchmark hold `bestOf` against. */
export function sortedFirst<T>(k: number, compare: (a: T, b: T) => number): { add(item: T): void; list(): T[] } {
  const all: T[] = [];
  return { add: (item) => void all.push(item), list: () => all.sort(compare).slice(0, Math.max(0, k)) };
}
