import { describe, expect, it } from 'vitest';
import { addMonths, amsterdamMonth, monthEnd, monthRange, monthSpan, monthStart } from '../../../lib/stats/month';

describe('Amsterdam months', () => {
  it('start at local midnight: 23:00 UTC in winter, 22:00 UTC in summer', () => {
    expect(monthStart('2026-01').toISOString()).toBe('2025-12-31T23:00:00.000Z');
    expect(monthStart('2026-04').toISOString()).toBe('2026-03-31T22:00:00.000Z');
    expect(monthStart('2026-11').toISOString()).toBe('2026-10-31T23:00:00.000Z');
    expect(monthEnd('2026-03').toISOString()).toBe('2026-03-31T22:00:00.000Z');
  });

  it('put an instant near midnight in the month Amsterdam sees', () => {
    expect(amsterdamMonth('2026-03-31T21:59:59.999Z')).toBe('2026-03');
    expect(amsterdamMonth('2026-03-31T22:00:00.000Z')).toBe('2026-04');
    expect(amsterdamMonth('2025-12-31T23:30:00.000Z')).toBe('2026-01');
    expect(amsterdamMonth('2026-10-31T22:59:00.000Z')).toBe('2026-10');
    expect(amsterdamMonth('2026-10-31T23:00:00.000Z')).toBe('2026-11');
  });

  it('agree with the time-zone database every six hours for three years', () => {
    const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit' });
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2027, 0, 1); t += 6 * 3_600_000 + 60_000) {
      expect(amsterdamMonth(new Date(t))).toBe(intl.format(new Date(t)).slice(0, 7));
    }
  });

  it('count and step across years', () => {
    expect(addMonths('2026-01', -3)).toBe('2025-10');
    expect(addMonths('2025-11', 14)).toBe('2027-01');
    expect(monthSpan('2025-11', '2026-02')).toBe(4);
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthRange('2026-02', '2026-01')).toEqual([]);
  });
});

describe('Amsterdam months across the daylight-saving hour', () => {
  const HOUR = 3_600_000;
  const hours = (month: string) => (monthEnd(month).getTime() - monthStart(month).getTime()) / HOUR;
  const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit' });

  it('make the month with the spring switch an hour short and the one with the autumn switch an hour long', () => {
    // 29 March 2026, 02:00 → 03:00 CEST; 25 October 2026, 03:00 → 02:00 CET.
    expect(hours('2026-03')).toBe(31 * 24 - 1);
    expect(hours('2026-10')).toBe(31 * 24 + 1);
    expect(hours('2026-04')).toBe(30 * 24);
    expect(hours('2026-11')).toBe(30 * 24);
    expect(hours('2028-02')).toBe(29 * 24);
  });

  it('keep the switch nights in their month, minute by minute', () => {
    // The night of each switch in 2024–2027 (last Sundays of March and October), 22:00 to 04:00 UTC.
    const nights = ['2024-03-30', '2024-10-26', '2025-03-29', '2025-10-25', '2026-03-28', '2026-10-24', '2027-03-27', '2027-10-30'];
    for (const night of nights) {
      for (let t = Date.parse(`${night}T22:00:00Z`); t <= Date.parse(`${night}T22:00:00Z`) + 6 * HOUR; t += 60_000) {
        expect(amsterdamMonth(new Date(t)), new Date(t).toISOString()).toBe(intl.format(new Date(t)).slice(0, 7));
      }
    }
    // The repeated autumn hour (02:00–03:00 local, twice) is October both times.
    expect(amsterdamMonth('2026-10-25T00:30:00.000Z')).toBe('2026-10');
    expect(amsterdamMonth('2026-10-25T01:30:00.000Z')).toBe('2026-10');
  });

  it('agree with the time-zone database at every hour around every month boundary of three years', () => {
    for (let year = 2024; year <= 2026; year++) {
      for (let m = 1; m <= 12; m++) {
        const month = `${year}-${String(m).padStart(2, '0')}`;
        const start = monthStart(month).getTime();
        for (let t = start - 3 * HOUR; t <= start + 3 * HOUR; t += 15 * 60_000) {
          expect(amsterdamMonth(new Date(t)), new Date(t).toISOString()).toBe(intl.format(new Date(t)).slice(0, 7));
        }
        // Just before the start is the previous month; the start itself is this one.
        expect(intl.format(new Date(start - 1)).slice(0, 7)).toBe(addMonths(month, -1));
        expect(intl.format(new Date(start)).slice(0, 7)).toBe(month);
      }
    }
  });
});
