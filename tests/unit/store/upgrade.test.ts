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

    const v2 = await openDatabase('upgrade-test');
    expect(v2.version).toBe(2);
    expect([...v2.objectStoreNames].sort()).toEqual(['catalogue', 'meta', 'outbox', 'registrations', 'serverInfo', 'sync']);
    expect(await registrationsForCase(v2, REF)).toEqual([saved]);
    expect(await v2.get('outbox', saved.id)).toMatchObject({ id: saved.id, version: 1 });
    expect(await v2.get('meta', 'pseudonymSecret')).toBe('secret-of-v1');
    // The index added in version 2 covers records written in version 1.
    expect(await v2.getAllKeysFromIndex('registrations', 'byStatus', 'requested')).toEqual([saved.id]);
    v2.close();
  });
});
