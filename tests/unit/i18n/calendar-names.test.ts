import { describe, expect, it } from 'vitest';
import { calendarNames, formatMonth } from '../../../lib/i18n/calendar-names';

describe('calendar names', () => {
  it('gives Dutch and English month and weekday names in uPlot’s order', () => {
    const nl = calendarNames('nl');
    expect(nl.MMM.slice(0, 3)).toEqual(['jan', 'feb', 'mrt']);
    expect(nl.MMMM[4]).toBe('mei');
    expect(nl.WWWW[0]).toBe('zondag');
    expect(calendarNames('en').MMMM[2]).toBe('March');
    expect(calendarNames('en').WWW[1]).toBe('Mon');
  });

  it('formats a month with its year', () => {
    expect(formatMonth('2026-11', 'nl')).toBe('november 2026');
    expect(formatMonth('2027-01', 'en')).toBe('January 2027');
  });
});
