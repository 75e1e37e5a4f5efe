import type { Offer } from '../contracts/catalogue';
import { amsterdamWallTime } from '../calendar/amsterdam-day';

/*
 * Availability windows are Dutch yearly windows "MM-DD": `from` is the first day, `until` the
 * first day it no longer runs ("tot 1 april" runs through 31 March). No `from` means from 1 January,
 * no `until` through 31 December. A window whose `from` is after its `until` wraps over New Year.
 * The day is the day in Amsterdam, whatever the device's time zone.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
/** Sorts after every "MM-DD", so a window without `until` includes 31 December. */
const END_OF_YEAR = '13-01';

/** Amsterdam's offset from UTC at this instant, in ms (+1 h in winter, +2 h in summer). */
function offsetAt(ms: number): number {
  const w = amsterdamWallTime(new Date(ms));
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return wall - Math.floor(ms / 1000) * 1000;
}

/** The instant of midnight in Amsterdam on this calendar day (month 1-based; day may overflow). */
function amsterdamMidnight(year: number, month: number, day: number): Date {
  const wall = Date.UTC(year, month - 1, day);
  const guess = wall - offsetAt(wall);
  return new Date(wall - offsetAt(guess));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isOpenOn(offer: Offer, monthDay: string): boolean {
  return offer.handreiking.availability.some(({ from = '01-01', until = END_OF_YEAR }) =>
    from <= until ? monthDay >= from && monthDay < until : monthDay >= from || monthDay < until,
  );
}

/** True when the offer runs on this date (in Amsterdam). No windows means always. */
export function isAvailable(offer: Offer, now: Date): boolean {
  if (offer.handreiking.availability.length === 0) return true;
  const { month, day } = amsterdamWallTime(now);
  return isOpenOn(offer, `${pad(month)}-${pad(day)}`);
}

/**
 * When a closed offer opens again: midnight in Amsterdam of the first day on which one of its
 * windows runs, so the panel can say "opens again 1 February". Undefined when it runs now, has no
 * windows, or never runs. Looks four years ahead, so a window on 29 February is found too.
 */
export function nextOpening(offer: Offer, now: Date): Date | undefined {
  if (isAvailable(offer, now)) return undefined;
  const { year, month, day } = amsterdamWallTime(now);
  const today = Date.UTC(year, month - 1, day);
  for (let ahead = 1; ahead <= 4 * 366; ahead++) {
    const date = new Date(today + ahead * DAY_MS);
    if (isOpenOn(offer, `${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`)) {
      return amsterdamMidnight(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
    }
  }
  return undefined;
}
