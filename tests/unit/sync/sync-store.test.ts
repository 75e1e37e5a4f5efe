import { describe, expect, it } from 'vitest';
import { clearConnection, getConnection, getDeviceId, saveConnection } from '../../../lib/store/connection';
import { openDatabase } from '../../../lib/store/database';
import { acquireLease, getSyncState, releaseLease, resetIfScopeChanged } from '../../../lib/sync/sync-state';
import { BASE_URL, TEAM } from './fake-server';

const user = { id: '0190a000-0000-7000-8000-000000000010', teamId: TEAM.id, role: 'professional' as const, displayName: 'Collega', createdAt: TEAM.createdAt, revokedAt: null };
const stored = { serverUrl: `${BASE_URL}/`, token: 't', expiresAt: '2026-12-31T00:00:00.000Z', user, team: TEAM };
let n = 0;
const fresh = () => openDatabase(`sync-store-test-${n++}`);

describe('connection store', () => {
  it('makes the device id once and keeps it across sign-out and sign-in', async () => {
    const db = await fresh();
    const [a, b] = await Promise.all([getDeviceId(db), getDeviceId(db)]);
    expect(a).toBe(b);
    const connection = await saveConnection(db, stored);
    expect(connection).toMatchObject({ serverUrl: BASE_URL, deviceId: a });
    await clearConnection(db);
    expect(await getConnection(db)).toBeNull();
    expect((await saveConnection(db, stored)).deviceId).toBe(a);
  });
});

describe('sync state store', () => {
  it('starts over (cursor, kaart, server info) when the team or server changes', async () => {
    const db = await fresh();
    expect(await resetIfScopeChanged(db, { serverUrl: BASE_URL, teamId: TEAM.id })).toBe(false);
    await db.put('sync', '42', 'cursor');
    await db.put('catalogue', { etag: 'x' }, 'current');
    expect(await resetIfScopeChanged(db, { serverUrl: BASE_URL, teamId: TEAM.id })).toBe(false);
    expect((await getSyncState(db)).cursor).toBe('42');
    expect(await resetIfScopeChanged(db, { serverUrl: 'https://elders.test', teamId: TEAM.id })).toBe(true);
    expect((await getSyncState(db)).cursor).toBe('0');
    expect(await db.count('catalogue')).toBe(0);
  });

  it('a lease blocks others until released or expired, and ignores one from a clock set back', async () => {
    const db = await fresh();
    const t = new Date('2026-05-04T09:00:00Z');
    expect(await acquireLease(db, 'a', t, 60_000)).toBe(true);
    expect(await acquireLease(db, 'b', t, 60_000)).toBe(false);
    expect(await acquireLease(db, 'a', t, 60_000)).toBe(true);
    // Expired: "a" was presumably stopped mid-pass.
    const later = new Date(t.getTime() + 60_001);
    expect(await acquireLease(db, 'b', later, 60_000)).toBe(true);
    await releaseLease(db, 'a');
    expect(await acquireLease(db, 'a', later, 60_000)).toBe(false);
    await releaseLease(db, 'b');
    expect(await acquireLease(db, 'a', later, 60_000)).toBe(true);
    // The clock jumped back an hour after "a" took the lease: "b" is not locked out for that hour.
    expect(await acquireLease(db, 'b', new Date(later.getTime() - 3_600_000), 60_000)).toBe(true);
  });
});

describe('sync lease across service-worker lives', () => {
  it('is taken over from a holder known to be gone, and kept from a live one', async () => {
    const db = await openDatabase('lease-gone-test');
    const now = new Date('2026-11-23T12:00:00Z');
    expect(await acquireLease(db, 'life-1/pass-a', now, 60_000)).toBe(true);
    // Same life, another pass: busy.
    expect(await acquireLease(db, 'life-1/pass-b', now, 60_000, (h) => !h.startsWith('life-1/'))).toBe(false);
    // A new worker life: the old lease belongs to a stopped worker.
    expect(await acquireLease(db, 'life-2/pass-c', now, 60_000, (h) => !h.startsWith('life-2/'))).toBe(true);
    db.close();
  });
});
