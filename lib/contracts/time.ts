import { z } from 'zod';

/*
 * The years a registration, a kaart date or a stats period can carry. Anything outside is a broken
 * clock or a probe: the year 0000 is not a PostgreSQL timestamp at all, and 9999 plus a follow-up
 * term runs past what the database can hold. One range for every date the API accepts.
 */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2099;

export const YEAR_MESSAGE = `een jaar van ${FIRST_YEAR} tot en met ${LAST_YEAR}`;

/** The formats below all start with the four-digit year. */
export const inYearRange = (value: string) => {
  const year = Number(value.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
};

/** An instant in UTC ("2026-03-02T08:30:00.000Z"). */
export const Instant = z.iso.datetime().refine(inYearRange, YEAR_MESSAGE);

/** A calendar date ("2026-04-01"). */
export const CalendarDate = z.iso.date().refine(inYearRange, YEAR_MESSAGE);
