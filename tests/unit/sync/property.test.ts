import { describe, expect, it } from 'vitest';
import { STATUSES, type Registration } from '../../../lib/contracts/registration';
import { countOutbox } from '../../../lib/store/outbox';
import { Clock, FakeServer, normalise, openDevice, type Device } from './fake-server';
import { prng } from '../../seeded-random';


const FORWARD: Registration['status'][] = STATUSES.filter((s) => s !== 'not_started');

async function run(seed: number) {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const clock = new Clock();
  const server = new FakeServer(clock.now);
  // Two devices of one team, one with its clock hours off.
  const devices: Device[] = [await openDevice(server, clock, { random: rnd }), await openDevice(server, clock, { random: rnd, skewMs: -4 * 3_600_000 })];
  const seen = devices.map(() => new Map<string, number>());
  const created = new Set<string>();
  /** The furthest status any device ever set per id: statuses move forward, so none may be lost. */
  const furthest = new Map<string, number>();
  const rank = (r: Registration) => (r.status === undefined ? -1 : FORWARD.indexOf(r.status));
  const note = (r: Registration) => furthest.set(r.id, Math.max(furthest.get(r.id) ?? -1, rank(r)));
  const editSomething = async (d: Device) => {
    const local = await d.db.getAll('registrations');
    if (!local.length) return;
    const r = pick(local);
    const ahead = FORWARD.slice(FORWARD.indexOf(r.status) + 1);
    note(await d.edit(r.id, rnd() < 0.6 && ahead.length ? { status: pick(ahead) } : { contactBy: pick(['professional', 'ambassador', 'client'] as const) }));
  };

  const checkMonotone = async () => {
    for (const [i, d] of devices.entries()) {
      for (const r of await d.db.getAll('registrations')) {
        expect(r.version, `seed ${seed}: local version of ${r.id} went back`).toBeGreaterThanOrEqual(seen[i]!.get(r.id) ?? 0);
        seen[i]!.set(r.id, r.version);
      }
    }
  };

  for (let step = 0; step < 40; step++) {
    const d = pick(devices);
    const roll = rnd();
    clock.advance(Math.floor(rnd() * 120_000));
    if (roll < 0.15) {
      const r = await d.create({ caseRef: pick(['a', 'b', 'c']).repeat(64) });
      created.add(r.id);
      note(r);
    } else if (roll < 0.55) {
      await editSomething(d);
    } else if (roll < 0.7) {
      const failure = pick(['offline', 'storm', 'lost', 'hang', 'edit-in-flight', 'none'] as const);
      server.offline = failure === 'offline';
      if (failure === 'storm') server.failNext = 1 + Math.floor(rnd() * 3);
      if (failure === 'lost') server.loseResponses = 1;
      if (failure === 'hang') server.hangNext = 1;
      if (failure === 'edit-in-flight') {
        // Someone edits on either device while the next push is on its way.
        server.beforePushResponse = async () => {
          server.beforePushResponse = undefined;
          await editSomething(pick(devices));
        };
      }
    } else {
      await d.sync({ batchSize: 1 + Math.floor(rnd() * 4), pullLimit: 1 + Math.floor(rnd() * 4), timeoutMs: 5 });
    }
    await checkMonotone();
  }

  // The network heals; both devices sync until neither has anything left to say.
  Object.assign(server, { offline: false, failNext: 0, loseResponses: 0, hangNext: 0, beforePushResponse: undefined });
  for (let round = 0; round < 4; round++) {
    for (const d of devices) expect((await d.sync()).outcome, `seed ${seed}`).toBe('ok');
  }
  await checkMonotone();

  expect(new Set(server.records.keys()), `seed ${seed}: each created id stored`).toEqual(created);
  for (const stored of server.records.values()) {
    const versions = stored.history.map((h) => h.version);
    // Each version stored once, in increasing order.
    expect(versions, `seed ${seed}`).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size, `seed ${seed}`).toBe(versions.length);
  }
  for (const d of devices) {
    expect(await countOutbox(d.db), `seed ${seed}`).toEqual({ pending: 0, rejected: 0 });
    const local = await d.db.getAll('registrations');
    expect(local.length, `seed ${seed}`).toBe(server.records.size);
    for (const r of local) expect(normalise(r), `seed ${seed}: ${r.id}`).toEqual(server.records.get(r.id)?.record);
  }
  for (const [id, at] of furthest) {
    expect(rank(server.records.get(id)!.record), `seed ${seed}: status of ${id} went back`).toBeGreaterThanOrEqual(at);
  }
}

describe('sync under random edits and failures', () => {
  it('always ends with server and devices equal, each id stored once, versions monotone, no status lost', async () => {
    for (let seed = 1; seed <= 40; seed++) await run(seed);
  }, 60_000);
});
