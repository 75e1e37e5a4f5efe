import type { Month } from '../contracts/stats';

/*
 * Months as teams think of them: calendar months in Europe/Amsterdam. A month starts at local
 * midnight on the 1st, which is 22:00 UTC the day before from April to October (CEST, +2) and
 * 23:00 UTC from November to March (CET, +1): since 1996 summer time runs from the last Sunday of
 * March to the last Sunday of October, so no 1st of a month ever falls inside a switch. The SQL
 * uses PostgreSQL's `at time zone 'Europe/Amsterdam'` and these same instants, so both agree.
 */

const HOUR = 3_600_000;

function parts(month: Month): [number, number] {
  return [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
}

function format(year: number, month: number): Month {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** `month` moved by `n` months (negative goes back). */
export function addMonths(month: Month, n: number): Month {
  const [y, m] = parts(month);
  const index = y * 12 + (m - 1) + n;
  return format(Math.floor(index / 12), (index % 12) + 1);
}

/** Number of months from `from` to `to`, both included (0 or less when `to` is before `from`). */
export function monthSpan(from: Month, to: Month): number {
  const [fy, fm] = parts(from);
  const [ty, tm] = parts(to);
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/** Every month from `from` to `to`, both included. */
export function monthRange(from: Month, to: Month): Month[] {
  return Array.from({ length: Math.max(0, monthSpan(from, to)) }, (_, i) => addMonths(from, i));
}

/** The instant a month begins in Amsterdam. */
export function monthStart(month: Month): Date {
  const [y, m] = parts(month);
  const summer = m >= 4 && m <= 10;
  return new Date(Date.UTC(y, m - 1, 1) - (summer ? 2 : 1) * HOUR);
}

/** The instant a month ends (the next one begins), exclusive. */
export function monthEnd(month: Month): Date {
  return monthStart(addMonths(month, 1));
}

/** The Amsterdam calendar month an instant falls in. */
export function amsterdamMonth(at: Date | string): Month {
  const t = typeof at === 'string' ? Date.parse(at) : at.getTime();
  const utc = new Date(t);
  const month = format(utc.getUTCFullYear(), utc.getUTCMonth() + 1);
  // Local time is ahead of UTC, so the local month is the UTC month or the one after it.
  return t >= monthEnd(month).getTime() ? addMonths(month, 1) : month;
}
