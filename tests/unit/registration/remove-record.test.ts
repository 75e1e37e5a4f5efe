import { describe, expect, it } from 'vitest';
import { removeRecord } from '../../../lib/registration/remove-record';
import { openDatabase } from '../../../lib/store/database';
import { saveRegistration } from '../../../lib/store/registrations';
import { registrationFromDraft } from '../../../lib/registration/from-draft';
import { Clock, FakeServer, openDevice } from '../sync/fake-server';

/* Issue 12 #4: a record taken back (undo, or remove) goes on the server first, then here. */

describe('removeRecord', () => {
  it('takes a record back on the server and here, queued change included, and leaves the rest', async () => {
    const clock = new Clock();
    const server = new FakeServer(clock.now);
    const device = await openDevice(server, clock);
    const mistake = await device.create();
    const keep = await device.create();
    await device.sync();
    await device.edit(mistake.id, { status: 'matched' });
    await removeRecord(device.db, mistake.id, server.fetch);
    expect(server.requests.filter((q) => q.path === '/sync/remove').map((q) => q.body)).toEqual([{ ids: [mistake.id] }]);
    expect(server.records.has(mistake.id)).toBe(false);
    expect((await device.db.getAll('registrations')).map((r) => r.id)).toEqual([keep.id]);
    expect(await device.db.get('outbox', mistake.id)).toBeUndefined();
    expect(await device.db.get('serverInfo', mistake.id)).toBeUndefined();
  });

  it('keeps the record when the server cannot be reached, so nothing is half taken back', async () => {
    const clock = new Clock();
    const server = new FakeServer(clock.now);
    const device = await openDevice(server, clock);
    const r = await device.create();
    server.offline = true;
    await expect(removeRecord(device.db, r.id, server.fetch)).rejects.toMatchObject({ kind: 'network' });
    expect(await device.db.get('registrations', r.id)).toBeDefined();
  });

  it('before any sign-in, removes it here only', async () => {
    const db = await openDatabase(`remove-local-${Math.random()}`);
    const r = await saveRegistration(db, registrationFromDraft('d'.repeat(64), { outcome: 'unmet', kind: 'buddy' }, undefined, new Date('2026-06-01T10:00:00Z')));
    await removeRecord(db, r.id, async () => {
      throw new Error('no server is asked');
    });
    expect(await db.count('registrations')).toBe(0);
    expect(await db.count('outbox')).toBe(0);
  });
});
