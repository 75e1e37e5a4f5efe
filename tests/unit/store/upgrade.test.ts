import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../../lib/catalogue/parse-catalogue';
import { openDatabase } from '../../../lib/store/database';
import { registrationFromDraft } from '../../../lib/registration/from-draft';
import { registrationsForCase, saveRegistration } from '../../../lib/store/registrations';
import { organization, service } from '../catalogue/fixture-offers';

const offer = parseCatalogue({ version: '1', organizations: [organization('org')], services: [service('maatje', 'org')] }).offers[0]!;
const REF = 'c'.repeat(64);

describe('database upgrades', () => {
  it('opens a version 1 database with records and upgrades it to version 2 without loss', async () => {
    const v1 = await openDatabase('upgrade-test', 1);
    expect([...v1.objectStoreNames].sort()).toEqual(['meta', 'outbox', 'registrations']);
    const saved = await saveRegistration(v1, registrationFromDraft(REF, { outcome: 'deployed', serviceId: 'maatje' }, offer, new Date('2026-05-01T09:00:00Z')));
    await v1.put('meta', 'secret-of-v1', 'pseudonymSecret');
    v1.close();

    const v2 = await openDatabase('upgrade-test', 2);
    expect(v2.version).toBe(2);
    expect([...v2.objectStoreNames].sort()).toEqual(['catalogue', 'meta', 'outbox', 'registrations', 'serverInfo', 'sync']);
    expect(await registrationsForCase(v2, REF)).toEqual([saved]);
    expect(await v2.get('outbox', saved.id)).toMatchObject({ id: saved.id, version: 1 });
    expect(await v2.get('meta', 'pseudonymSecret')).toBe('secret-of-v1');
    // The index added in version 2 covers records written in version 1.
    expect(await v2.getAllKeysFromIndex('registrations', 'byStatus', 'requested')).toEqual([saved.id]);
    v2.close();
  });

  it('upgrades a version 2 database to version 3 (the team adapters) keeping records, kaart and sync state', async () => {
    const v2 = await openDatabase('upgrade-test-3', 2);
    const saved = await saveRegistration(v2, registrationFromDraft(REF, { outcome: 'deployed', serviceId: 'maatje' }, offer, new Date('2026-05-01T09:00:00Z')));
    await v2.put('catalogue', { etag: '"kaart-1"' }, 'current');
    await v2.put('sync', { cursor: '42' }, 'state');
    v2.close();

    const v3 = await openDatabase('upgrade-test-3');
    expect(v3.version).toBe(3);
    expect([...v3.objectStoreNames].sort()).toEqual(['adapters', 'catalogue', 'meta', 'outbox', 'registrations', 'serverInfo', 'sync']);
    expect(await registrationsForCase(v3, REF)).toEqual([saved]);
    expect(await v3.get('catalogue', 'current')).toEqual({ etag: '"kaart-1"' });
    expect(await v3.get('sync', 'state')).toEqual({ cursor: '42' });
    v3.close();
  });
});
