import type { Month } from '../contracts/stats';
import { INTL_TAGS, type Locale } from './locales';

/*
 * Month and weekday names in the user's language, from the platform's Intl data rather than lists
 * typed by hand: the chart's axis (uPlot takes these four lists) and month labels.
 */


export interface CalendarNames {
  MMMM: string[];
  MMM: string[];
  WWWW: string[];
  WWW: string[];
}

export function calendarNames(locale: Locale): CalendarNames {
  const months = (month: 'long' | 'short') =>
    Array.from({ length: 12 }, (_, i) => new Intl.DateTimeFormat(INTL_TAGS[locale], { month, timeZone: 'UTC' }).format(Date.UTC(2026, i, 15)));
  // 1 February 2026 is a Sunday: uPlot's weekday lists start on Sunday.
  const weekdays = (weekday: 'long' | 'short') =>
    Array.from({ length: 7 }, (_, i) => new Intl.DateTimeFormat(INTL_TAGS[locale], { weekday, timeZone: 'UTC' }).format(Date.UTC(2026, 1, 1 + i)));
  return { MMMM: months('long'), MMM: months('short'), WWWW: weekdays('long'), WWW: weekdays('short') };
}

/** "november 2026" / "November 2026". */
export function formatMonth(month: Month, locale: Locale): string {
  const date = Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 15);
  return new Intl.DateTimeFormat(INTL_TAGS[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** "1 februari" / "1 February": a day of the year, for "opens 1 February". Takes an ISO date. */
export function formatDayMonth(isoDate: string, locale: Locale): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(INTL_TAGS[locale], { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(y!, m! - 1, d!));
}

/** "3 december 2026" / "3 December 2026": a date with its year, for "last checked on". Takes an ISO date. */
export function formatDate(isoDate: string, locale: Locale): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(INTL_TAGS[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y!, m! - 1, d!));
}
