import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCatalogue } from '../../../lib/catalogue/parse-catalogue';
import { isAvailable, nextOpening } from '../../../lib/matching/availability';
import { organization, service } from '../catalogue/fixture-offers';

/*
 * Availability windows are Dutch: the day is the day in Amsterdam, `until` is the first day off
 * ("tot 1 april"), no `until` runs through 31 December. Every `now` is an explicit instant; the
 * time-zone tests also run under device zones other than Amsterdam's.
 */

const { offers } = parseCatalogue({
  version: 't',
  organizations: [organization('org')],
  services: [
    service('tax', 'org', { availability: [{ until: '04-01' }] }),
    service('from-april', 'org', { availability: [{ from: '04-01' }] }),
    service('from-november', 'org', { availability: [{ from: '11-01' }] }),
    service('winter', 'org', { availability: [{ from: '11-01', until: '03-01' }] }),
    service('summer', 'org', { availability: [{ from: '04-01', until: '11-01' }] }),
    service('new-year', 'org', { availability: [{ from: '01-01', until: '01-02' }] }),
    service('two-windows', 'org', { availability: [{ from: '02-01', until: '03-01' }, { from: '09-01', until: '10-01' }] }),
    service('leap-day', 'org', { availability: [{ from: '02-29', until: '03-01' }] }),
    service('always', 'org', { availability: [] }),
    service('never', 'org', { availability: [{ from: '05-01', until: '05-01' }] }),
  ],
});
const byId = (id: string) => offers.find((o) => o.id === id)!;
const open = (id: string, iso: string) => isAvailable(byId(id), new Date(iso));

const DEVICE_ZONES = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/Amsterdam'];

/** Runs `check` with the device (process) in each zone, after making sure the zone took effect. */
function inEveryDeviceZone(check: () => void) {
  for (const zone of DEVICE_ZONES) {
    vi.stubEnv('TZ', zone);
    const probe = new Date('2026-06-15T12:00:00Z').getTimezoneOffset();
    expect(probe, zone).toBe({ UTC: 0, 'America/Los_Angeles': 420, 'Pacific/Kiritimati': -840, 'Europe/Amsterdam': -120 }[zone]);
    check();
  }
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('isAvailable: until is the first day off', () => {
  it('runs "tot 1 april" through 31 March and not on 1 April', () => {
    expect(open('tax', '2027-01-01T12:00:00Z')).toBe(true);
    expect(open('tax', '2027-03-31T12:00:00Z')).toBe(true);
    expect(open('tax', '2027-04-01T12:00:00Z')).toBe(false);
    expect(open('tax', '2027-12-31T12:00:00Z')).toBe(false);
  });

  it('starts on its from day, not the day before', () => {
    expect(open('summer', '2026-03-31T12:00:00Z')).toBe(false);
    expect(open('summer', '2026-04-01T12:00:00Z')).toBe(true);
    expect(open('summer', '2026-10-31T12:00:00Z')).toBe(true);
    expect(open('summer', '2026-11-01T12:00:00Z')).toBe(false);
  });
});

describe('isAvailable: a window without until runs through 31 December', () => {
  it('is open on 31 December and closed before its from', () => {
    expect(open('from-november', '2026-10-31T12:00:00Z')).toBe(false);
    expect(open('from-november', '2026-11-01T12:00:00Z')).toBe(true);
    expect(open('from-november', '2026-12-31T12:00:00Z')).toBe(true);
    expect(open('from-november', '2027-01-01T12:00:00Z')).toBe(false);
  });

  it('counts 31 December until midnight in Amsterdam', () => {
    // 22:59 UTC is 23:59 on 31 December in Amsterdam; 23:30 UTC is already New Year there.
    expect(open('from-november', '2026-12-31T22:59:00Z')).toBe(true);
    expect(open('from-november', '2026-12-31T23:30:00Z')).toBe(false);
  });

  it('runs without windows always', () => {
    expect(open('always', '2026-12-31T12:00:00Z')).toBe(true);
    expect(open('always', '2026-07-01T12:00:00Z')).toBe(true);
  });
});

describe('isAvailable: windows over New Year', () => {
  it('is open from its from through New Year up to its until, and closed in between', () => {
    expect(open('winter', '2026-10-31T12:00:00Z')).toBe(false);
    expect(open('winter', '2026-11-01T12:00:00Z')).toBe(true);
    expect(open('winter', '2026-12-15T12:00:00Z')).toBe(true);
    expect(open('winter', '2026-12-31T12:00:00Z')).toBe(true);
    expect(open('winter', '2027-01-01T12:00:00Z')).toBe(true);
    expect(open('winter', '2027-02-15T12:00:00Z')).toBe(true);
    expect(open('winter', '2027-02-28T12:00:00Z')).toBe(true);
    expect(open('winter', '2027-03-01T12:00:00Z')).toBe(false);
    expect(open('winter', '2027-06-15T12:00:00Z')).toBe(false);
  });
});

describe('isAvailable: the day is the day in Amsterdam, whatever the device’s zone', () => {
  it('is 1 April at 2026-03-31T22:30Z (00:30 in Amsterdam) and 31 March an hour earlier', () => {
    inEveryDeviceZone(() => {
      expect(open('tax', '2026-03-31T22:30:00Z')).toBe(false);
      expect(open('from-april', '2026-03-31T22:30:00Z')).toBe(true);
      expect(open('tax', '2026-03-31T21:30:00Z')).toBe(true);
      expect(open('from-april', '2026-03-31T21:30:00Z')).toBe(false);
    });
  });

  it('is New Year in Amsterdam at 2026-12-31T23:30Z (winter time) and not yet at 22:30Z', () => {
    inEveryDeviceZone(() => {
      expect(open('new-year', '2026-12-31T23:30:00Z')).toBe(true);
      expect(open('new-year', '2026-12-31T22:30:00Z')).toBe(false);
      expect(open('new-year', '2027-01-01T22:30:00Z')).toBe(true);
      expect(open('new-year', '2027-01-01T23:30:00Z')).toBe(false);
    });
  });
});

describe('nextOpening', () => {
  const next = (id: string, iso: string) => nextOpening(byId(id), new Date(iso))?.toISOString();

  it('is undefined when the offer runs now or has no windows', () => {
    expect(next('tax', '2027-03-31T12:00:00Z')).toBeUndefined();
    expect(next('winter', '2026-12-15T12:00:00Z')).toBeUndefined();
    expect(next('always', '2026-07-01T12:00:00Z')).toBeUndefined();
  });

  it('is undefined for a window that never runs', () => {
    expect(next('never', '2026-07-01T12:00:00Z')).toBeUndefined();
  });

  it('is midnight in Amsterdam of the first day a window runs', () => {
    // 1 January, winter time (+01:00).
    expect(next('tax', '2026-06-10T12:00:00Z')).toBe('2026-12-31T23:00:00.000Z');
    expect(next('tax', '2026-04-01T12:00:00Z')).toBe('2026-12-31T23:00:00.000Z');
    // 1 November, a week after the clocks went back.
    expect(next('winter', '2026-06-15T12:00:00Z')).toBe('2026-10-31T23:00:00.000Z');
    // 1 April, summer time (+02:00).
    expect(next('summer', '2026-01-10T12:00:00Z')).toBe('2026-03-31T22:00:00.000Z');
    expect(next('summer', '2026-11-01T00:00:00Z')).toBe('2027-03-31T22:00:00.000Z');
  });

  it('takes the earliest of several windows', () => {
    expect(next('two-windows', '2026-03-15T12:00:00Z')).toBe('2026-08-31T22:00:00.000Z');
    expect(next('two-windows', '2026-10-15T12:00:00Z')).toBe('2027-01-31T23:00:00.000Z');
  });

  it('is at or after now, up to the last second before opening', () => {
    expect(next('summer', '2026-03-31T21:59:59Z')).toBe('2026-03-31T22:00:00.000Z');
    expect(next('summer', '2026-03-31T22:00:00Z')).toBeUndefined();
    const now = new Date('2026-03-31T21:59:59Z');
    expect(nextOpening(byId('summer'), now)!.getTime()).toBeGreaterThanOrEqual(now.getTime());
  });

  it('counts days in Amsterdam, whatever the device’s zone', () => {
    inEveryDeviceZone(() => {
      // 00:30 on 1 January in Amsterdam: the new-year offer runs.
      expect(next('new-year', '2026-12-31T23:30:00Z')).toBeUndefined();
      // 00:30 on 2 January in Amsterdam: closed until next New Year.
      expect(next('new-year', '2027-01-01T23:30:00Z')).toBe('2027-12-31T23:00:00.000Z');
      expect(next('from-april', '2026-03-31T21:30:00Z')).toBe('2026-03-31T22:00:00.000Z');
    });
  });

  it('finds a window on 29 February in the next leap year', () => {
    expect(next('leap-day', '2026-06-01T12:00:00Z')).toBe('2028-02-28T23:00:00.000Z');
  });
});
