import type { Figure } from '../contracts/stats';

/*
 * Small-number protection. A count below the threshold (but above zero) is shown as "<threshold",
 * so no client can be singled out; 0 stays 0, because "nobody" reveals nothing about a person.
 * Shares are computed from the true counts and are null when their base is below the threshold.
 */

export function figure(n: number, threshold: number): Figure {
  return n > 0 && n < threshold ? `<${threshold}` : n;
}

export function share(count: number, base: number, threshold: number): number | null {
  return base > 0 && base >= threshold ? count / base : null;
}
