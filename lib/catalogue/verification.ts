import type { Service } from '../contracts/catalogue';

/*
 * One rule for "possibly outdated": an offer the kaart keeper has not checked for twelve months.
 * The console lists them for the keeper and the panel tells professionals; both ask this function.
 * An offer without `assured_date` was never checked and counts as outdated.
 */

/** How long a check holds, in calendar months. */
export const VERIFIED_MONTHS = 12;

/** The calendar date (YYYY-MM-DD, UTC) `months` before `today`; the 29th of February falls back to the 28th. */
function monthsBefore(today: Date, months: number): string {
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth() - months;
  const first = new Date(Date.UTC(year, month, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  const day = Math.min(today.getUTCDate(), lastDay);
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), day)).toISOString().slice(0, 10);
}

/**
 * Whether the offer's last check is too old on `today`: checked exactly twelve months ago still
 * holds (checked 2025-12-03, on 2026-12-03 it is not yet outdated); a day more and it is.
 */
export function possiblyOutdated(offer: Pick<Service, 'assured_date'>, today: Date): boolean {
  if (!offer.assured_date) return true;
  return offer.assured_date < monthsBefore(today, VERIFIED_MONTHS);
}

/** Today's calendar date (UTC) as an offer's `assured_date`. */
export function assuredToday(today: Date): string {
  return today.toISOString().slice(0, 10);
}
