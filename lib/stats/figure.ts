import type { Figure, MonthFigures } from '../contracts/stats';
import type { MonthCounts } from './counts';

/*
 * Small-number protection: the one rule for every count and share the dashboard shows (screen,
 * CSV and print are made from the same figures). The server applies it before anything leaves it.
 *
 * 1. A count from 1 to threshold − 1 is sent as "<threshold" (primary suppression). 0 stays 0:
 *    "nobody" reveals nothing about a person.
 * 2. A share is computed from the shown figures only: it exists when its numerator and its base are
 *    both shown as numbers (base > 0). A share next to a shown base gives its numerator away
 *    (7 cases and 43% requested is 3 requested), so a hidden numerator hides the share too.
 * 3. Complementary suppression. Some counts are parts of another count that is shown: requested,
 *    unmet and not suitable of a month's considered cases; started and not started of the requests;
 *    the reasons of the not-started ones; a column per kind, organisation or professional. When a
 *    part of such a group is "<threshold", the shown count minus the other parts would pin it (or
 *    the small ones together) down, so the first part in the group's fixed order that is shown
 *    and above 0 is hidden too ("hidden"). Which part that is follows from the order and from what
 *    is shown anyway, never from a hidden value, so the choice tells nothing.
 *    Why one more part is enough where the parts overlap (a month's case can be requested and
 *    unmet at once, so considered is at most requested + unmet + not suitable, not their sum):
 *    considered then only gives a lower bound on the hidden parts together, and the extra hidden
 *    part can be as large as considered, so a small one keeps every value from 1 to threshold − 1.
 *    Where the parts add up to the total or stay below it (started and not started of the
 *    requests, reasons, kinds, organisations), the reader learns at most the hidden parts' sum, and
 *    that the extra one was threshold or more and the others from 1 to threshold − 1. As the extra
 *    one has no upper bound, a small one can take any value from 1 up to
 *    sum − threshold − (the other small ones' minimum, 1 each): more than one value unless every
 *    hidden part sits at its minimum (1 and 5, sum 6, at threshold 5). That corner is the known
 *    limit of this rule; closing it would take hiding the total itself.
 *    A share whose numerator was hidden this way is not shown either (rule 2).
 */

/** A count hidden so that a small count next to it cannot be worked out from a total. */
export const HIDDEN = 'hidden' as const;

export function figure(n: number, threshold: number): Figure {
  return n > 0 && n < threshold ? `<${threshold}` : n;
}

/** Rule 3: the parts of one group, in the group's fixed order, with one part hidden extra when one is small. */
export function groupFigures(parts: readonly number[], threshold: number): Figure[] {
  const figures = parts.map((n) => figure(n, threshold));
  if (figures.some((f) => typeof f === 'string')) {
    const other = figures.findIndex((f) => typeof f === 'number' && f > 0);
    if (other >= 0) figures[other] = HIDDEN;
  }
  return figures;
}

/** Rule 3 for a column of rows: the same rule with the rows' order as the group's order. */
export function columnFigures<T>(rows: readonly T[], count: (row: T) => number, threshold: number): Figure[] {
  return groupFigures(rows.map(count), threshold);
}

/** Rule 2: a share only of figures that are shown as numbers, so it reveals no hidden count. */
export function share(count: Figure, base: Figure): number | null {
  return typeof count === 'number' && typeof base === 'number' && base > 0 ? count / base : null;
}

/**
 * One month as shown. Requested, unmet and not suitable are the group under considered; started
 * is at most requested, so it gives no small count away, and is protected on its own.
 */
export function monthFigures(m: MonthCounts, threshold: number, caseload: number | null = null): MonthFigures {
  const considered = figure(m.considered, threshold);
  const [notSuitable, unmet, requested] = groupFigures([m.notSuitable, m.unmet, m.requested], threshold) as [Figure, Figure, Figure];
  const started = figure(m.started, threshold);
  return {
    ...caseloadFigures(caseload, considered, started, threshold),
    month: m.month,
    considered,
    requested,
    started,
    unmet,
    notSuitable,
    shareRequested: share(requested, considered),
    shareStarted: share(started, considered),
  };
}

/**
 * The share "of all cases" (issue 12 #10): started over the caseload the team entered for the
 * month, by the same rules. The caseload is a count like any other (rule 1), and the share exists
 * only when started and the caseload are both shown (rule 2). A caseload below the considered
 * cases cannot be right (every considered case is one of the team's cases): then there is no
 * share, and the flag says why; it is judged on shown numbers only, so it reveals nothing hidden.
 * With a caseload at or above considered the share stays within [0, 1], as started ≤ considered.
 */
export function caseloadFigures(
  caseload: number | null,
  considered: Figure,
  started: Figure,
  threshold: number,
): Pick<MonthFigures, 'caseload' | 'shareStartedOfAll' | 'caseloadBelowConsidered'> {
  if (caseload === null) return { caseload: null, shareStartedOfAll: null, caseloadBelowConsidered: false };
  const shown = figure(caseload, threshold);
  const below = typeof shown === 'number' && typeof considered === 'number' && shown < considered;
  return { caseload: shown, shareStartedOfAll: below ? null : share(started, shown), caseloadBelowConsidered: below };
}
