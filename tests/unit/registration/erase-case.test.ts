import { describe, expect, it } from 'vitest';
import { eraseCase, MayNotErase } from '../../../lib/registration/erase-case';
import { Clock, FakeServer, openDevice } from '../sync/fake-server';

/* Issue 12 #4: erase a case's records from the panel, through the server's erasure. */

describe('eraseCase from the panel', () => {
  it('erases on the server first, then this device’s copies, queued changes included', async () => {
    const clock = new Clock();
    const server = new FakeServer(clock.now);
    const device = await openDevice(server, clock, { role: 'ambassador' });
    const a = await device.create();
    const b = await device.create();
    const other = await device.create({ caseRef: 'b'.repeat(64) });
    await device.sync();
    await device.edit(b.id, { status: 'matched' });
    expect(await eraseCase(device.db, a.caseRef, server.fetch)).toEqual({ registrations: 2 });
    expect(server.requests.filter((q) => q.method === 'DELETE').map((q) => q.path)).toEqual([`/cases/${a.caseRef}`]);
    expect(await device.db.getAll('registrations')).toEqual([expect.objectContaining({ id: other.id })]);
    expect(await device.db.count('outbox')).toBe(0);
    expect(await device.db.get('serverInfo', a.id)).toBeUndefined();
  });

  it('erases nothing here when the server cannot be reached', async () => {
    const clock = new Clock();
    const server = new FakeServer(clock.now);
    const device = await openDevice(server, clock, { role: 'ambassador' });
    const a = await device.create();
    server.offline = true;
    await expect(eraseCase(device.db, a.caseRef, server.fetch)).rejects.toMatchObject({ kind: 'network' });
    expect(await device.db.count('registrations')).toBe(1);
  });

  it('is not for a professional (the server would refuse it too)', async () => {
    const clock = new Clock();
    const server = new FakeServer(clock.now);
    const device = await openDevice(server, clock, { role: 'professional' });
    const a = await device.create();
    await expect(eraseCase(device.db, a.caseRef, server.fetch)).rejects.toBeInstanceOf(MayNotErase);
    expect(await device.db.count('registrations')).toBe(1);
  });
});
