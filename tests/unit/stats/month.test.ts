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
