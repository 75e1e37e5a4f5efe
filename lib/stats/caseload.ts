import { CASELOAD_MONTHS_BACK, type Month } from '../contracts/stats';
import { addMonths, amsterdamMonth } from './month';

/** The months a caseload may be entered for at `now`: the current Amsterdam month and the 23 before it. */
export function caseloadMonths(now: Date): { first: Month; last: Month } {
  const last = amsterdamMonth(now);
  return { first: addMonths(last, -(CASELOAD_MONTHS_BACK - 1)), last };
}

/** Why a caseload cannot be entered for `month` at `now` (in Dutch and English), or null when it can. */
export function caseloadMonthProblem(month: Month, now: Date): { nl: string; en: string } | null {
  const { first, last } = caseloadMonths(now);
  if (month > last) return { nl: `${month} ligt in de toekomst.`, en: `${month} is in the future.` };
  if (month < first) {
    return {
      nl: `${month} is langer dan ${CASELOAD_MONTHS_BACK} maanden geleden (vroegste: ${first}).`,
      en: `${month} is more than ${CASELOAD_MONTHS_BACK} months ago (earliest: ${first}).`,
    };
  }
  return null;
}
