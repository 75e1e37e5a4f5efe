import type { Offer } from '../contracts/catalogue';

/** "MM-DD" of a date, so yearly windows compare as strings. */
function monthDay(date: Date): string {
  return `${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/**
 * True when the offer runs on this date. Windows repeat every year; a window whose `from` is after
 * its `until` wraps over New Year. No windows means always.
 */
export function isAvailable(offer: Offer, now: Date): boolean {
  const windows = offer.handreiking.availability;
  if (windows.length === 0) return true;
  const today = monthDay(now);
  return windows.some(({ from = '01-01', until = '12-31' }) =>
    from <= until ? today >= from && today < until : today >= from || today < until,
  );
}
