import { beforeEach, describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../../lib/catalogue/parse-catalogue';
import { openDatabase, type Database } from '../../../lib/store/database';
import { pseudonymSecret, TeamKeyMissing } from '../../../lib/store/meta';
import { saveTeamKey } from '../../../lib/store/team-key-store';
import { registrationFromDraft } from '../../../lib/registration/from-draft';
import { registrationsForCase, saveRegistration, STORAGE_FULL_MESSAGE } from '../../../lib/store/registrations';
import { organization, service } from '../catalogue/fixture-offers';

const REF_A = 'a'.repeat(64);
const REF_B = 'b'.repeat(64);
const offer = parseCatalogue({ version: '1', organizations: [organization('org')], services: [service('maatje', 'org')] }).offers[0]!;

let db: Database;
let n = 0;
beforeEach(async () => {
  db = await openDatabase(`test-${n++}`);
});

describe('registrations store', () => {
  it('stores a choice with its outbox entry in one go', async () => {
    const saved = await saveRegistration(db, registrationFromDraft(REF_A, { outcome: 'deployed', serviceId: 'maatje' }, offer, new Date('2026-03-01T10:00:00Z')));
    expect(saved).toMatchObject({ caseRef: REF_A, serviceId: 'maatje', organizationId: 'org', kind: 'buddy', status: 'requested', outcome: 'deployed', version: 1, relation: 'alongside', contactBy: 'professional' });
    expect(await db.get('outbox', saved.id)).toMatchObject({ id: saved.id, version: 1, attempts: 0 });
  });

  it('lists the records of one case only, oldest first', async () => {
    await saveRegistration(db, registrationFromDraft(REF_A, { outcome: 'deployed', serviceId: 'maatje' }, offer, new Date('2026-03-02T10:00:00Z')));
    await saveRegistration(db, registrationFromDraft(REF_B, { outcome: 'deployed', serviceId: 'maatje' }, offer, new Date('2026-03-01T10:00:00Z')));
    await saveRegistration(db, registrationFromDraft(REF_A, { outcome: 'deployed', serviceId: 'maatje' }, offer, new Date('2026-03-01T10:00:00Z')));
    const rows = await registrationsForCase(db, REF_A);
    expect(rows.map((r) => r.createdAt)).toEqual(['2026-03-01T10:00:00.000Z', '2026-03-02T10:00:00.000Z']);
  });

  it('refuses a record with a field for client data, and stores nothing', async () => {
    const bad = { ...registrationFromDraft(REF_A, { outcome: 'deployed', serviceId: 'maatje' }, offer, new Date()), clientName: 'Mevrouw Voorbeeld' };
    await expect(saveRegistration(db, bad)).rejects.toThrow();
    expect(await db.count('registrations')).toBe(0);
    expect(await db.count('outbox')).toBe(0);
  });

  it('keeps one pseudonymisation secret per installation', async () => {
    const [a, b] = await Promise.all([pseudonymSecret(db), pseudonymSecret(db)]);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(b).toBe(a);
  });
});

describe('team pseudonymisation key', () => {
  it('replaces the installation key once the device has signed in, so devices of a team agree', async () => {
    const installation = await pseudonymSecret(db);
    const team = '5a'.repeat(32);
    const keyId = crypto.randomUUID();
    await saveTeamKey(db, team, keyId);
    expect(await pseudonymSecret(db)).toBe(team);
    expect(team).not.toBe(installation);
    const other = await openDatabase(`test-other-${n++}`);
    await saveTeamKey(other, team, keyId);
    expect(await pseudonymSecret(other)).toBe(await pseudonymSecret(db));
    await expect(saveTeamKey(db, 'not-hex', keyId)).rejects.toThrow(/64 hex/);
  });

  it('refuses to pseudonymise while signed in without the team key, and only for roles that hold it', async () => {
    await pseudonymSecret(db);
    const user = { id: crypto.randomUUID(), teamId: crypto.randomUUID(), displayName: 'P', createdAt: new Date().toISOString(), revokedAt: null };
    await db.put('meta', { user: { ...user, role: 'professional' } }, 'connection');
    await expect(pseudonymSecret(db)).rejects.toBeInstanceOf(TeamKeyMissing);
    await db.put('meta', { user: { ...user, role: 'kaart_keeper' } }, 'connection');
    expect(await pseudonymSecret(db)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('a full disk', () => {
  it('tells the user the browser storage is full and what to do, and keeps nothing half-written', async () => {
    const full = new DOMException('quota', 'QuotaExceededError');
    const failing = {
      transaction: () => ({
        objectStore: () => ({ put: () => Promise.reject(full) }),
        done: Promise.reject(full),
      }),
    } as unknown as Database;
    const record = registrationFromDraft(REF_A, { outcome: 'deployed', serviceId: 'maatje' }, offer, new Date());
    const error = await saveRegistration(failing, record).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(STORAGE_FULL_MESSAGE);
    expect((error as Error).cause).toBe(full);
  });
});
