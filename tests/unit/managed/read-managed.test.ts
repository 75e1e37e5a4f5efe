import { describe, expect, it } from 'vitest';
import { readManaged, type ManagedArea } from '../../../lib/managed/read-managed';

/** A managed storage area as the browser gives it: what IT's policy holds for this extension. */
const area = (values: Record<string, unknown>): ManagedArea => ({ get: async () => values });

describe('readManaged: the settings IT preset by browser policy', () => {
  it('takes every valid setting', async () => {
    const reading = await readManaged(
      area({ serverUrl: 'https://handreiking.gemeente.test', caseSystems: ['https://regas.gemeente.test'], language: 'en', signIn: 'oidc' }),
    );
    expect(reading).toEqual({
      settings: { serverUrl: 'https://handreiking.gemeente.test', caseSystems: ['https://regas.gemeente.test'], language: 'en', signIn: 'oidc' },
      problems: [],
    });
  });

  it('ignores one wrong setting and names it, while the others hold', async () => {
    const reading = await readManaged(area({ serverUrl: 'ftp://handreiking.gemeente.test', caseSystems: ['https://regas.gemeente.test'], language: 'de' }));
    expect(reading.settings).toEqual({ caseSystems: ['https://regas.gemeente.test'] });
    expect(reading.problems).toHaveLength(2);
    expect(reading.problems.join(' ')).toMatch(/serverUrl/);
    expect(reading.problems.join(' ')).toMatch(/language/);
  });

  it('takes a team id only as a uuid', async () => {
    const team = '0190a000-0000-7000-8000-000000000001';
    expect((await readManaged(area({ teamId: team }))).settings).toEqual({ teamId: team });
    expect((await readManaged(area({ teamId: 'Buurtteam Noord' }))).problems).toEqual(['teamId moet een uuid zijn']);
  });

  it('ignores settings it does not know', async () => {
    const reading = await readManaged(area({ language: 'nl', colour: 'red' }));
    expect(reading).toEqual({ settings: { language: 'nl' }, problems: [] });
  });

  it('presets nothing when the browser has no managed area', async () => {
    expect(await readManaged(undefined)).toEqual({ settings: {}, problems: [] });
  });

  it('presets nothing when the managed area throws (no policy, or Firefox without a policies.json)', async () => {
    const throwing: ManagedArea = { get: () => Promise.reject(new Error('Managed storage manifest not found')) };
    expect(await readManaged(throwing)).toEqual({ settings: {}, problems: [] });
  });
});
