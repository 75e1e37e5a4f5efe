import { describe, expect, it } from 'vitest';
import { assuredToday, possiblyOutdated } from '../../../lib/catalogue/verification';

const on = (date: string) => new Date(`${date}T10:00:00Z`);

describe('possiblyOutdated: twelve months since the last check', () => {
  it('an offer never checked is possibly outdated', () => {
    expect(possiblyOutdated({}, on('2026-12-03'))).toBe(true);
  });

  it('checked exactly twelve months ago still holds; a day earlier does not', () => {
    expect(possiblyOutdated({ assured_date: '2025-12-03' }, on('2026-12-03'))).toBe(false);
    expect(possiblyOutdated({ assured_date: '2025-12-02' }, on('2026-12-03'))).toBe(true);
  });

  it('a recent check holds', () => {
    expect(possiblyOutdated({ assured_date: '2026-06-01' }, on('2026-12-03'))).toBe(false);
    expect(possiblyOutdated({ assured_date: '2026-12-03' }, on('2026-12-03'))).toBe(false);
  });

  it('the end of a short month: on 2027-02-28 a check of 2026-02-28 holds, of 2026-02-27 not', () => {
    expect(possiblyOutdated({ assured_date: '2026-02-28' }, on('2027-02-28'))).toBe(false);
    expect(possiblyOutdated({ assured_date: '2026-02-27' }, on('2027-02-28'))).toBe(true);
  });

  it('a leap day: on 2025-02-28 a check of 2024-02-28 holds, of 2024-02-27 not', () => {
    expect(possiblyOutdated({ assured_date: '2024-02-28' }, on('2025-02-28'))).toBe(false);
    expect(possiblyOutdated({ assured_date: '2024-02-27' }, on('2025-02-28'))).toBe(true);
  });

  it('across the turn of the year', () => {
    expect(possiblyOutdated({ assured_date: '2025-01-15' }, on('2026-01-15'))).toBe(false);
    expect(possiblyOutdated({ assured_date: '2025-01-14' }, on('2026-01-15'))).toBe(true);
  });

  it('today as an assured_date', () => {
    expect(assuredToday(on('2026-12-03'))).toBe('2026-12-03');
  });
});
