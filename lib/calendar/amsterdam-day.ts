/*
 * The calendar day in Amsterdam: seasons, opening dates and ages are Dutch days, whatever time
 * zone the device is set to. One formatter, shared by matching and the page reader.
 */

const ZONE = 'Europe/Amsterdam';

const amsterdam = new Intl.DateTimeFormat('en-US', {
  timeZone: ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function amsterdamWallTime(date: Date): WallTime {
  const parts: Record<string, number> = {};
  for (const { type, value } of amsterdam.formatToParts(date)) if (type !== 'literal') parts[type] = Number(value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/** "2026-12-02": the Amsterdam calendar date of a moment, as ISO date. */
export function amsterdamIsoDate(date: Date): string {
  const { year, month, day } = amsterdamWallTime(date);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The moment a Dutch calendar day ("2026-12-02") begins in Amsterdam (00:00 local, CET or CEST). */
export function amsterdamStartOfDay(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(year, month - 1, day);
  // Amsterdam is one or two hours ahead of UTC; at UTC midnight its clock reads that offset.
  const offsetHours = amsterdamWallTime(new Date(utcMidnight)).hour;
  return new Date(utcMidnight - offsetHours * 3_600_000);
}
