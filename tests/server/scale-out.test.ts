import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../lib/contracts/accounts';
import type { Registration } from '../../lib/contracts/registration';
import type { ServerRegistration } from '../../lib/contracts/sync';
import { registrationOf } from '../../lib/sync/merge';
import { createApp } from '../../server/app';
import { migrate } from '../../server/db/migrate';
import { openDb, rowsOf, type OpenDb } from '../../server/db/open';
import { rebuildRollup } from '../../server/db/queries/stats-rollup';
import { settleRollupRepairs } from '../../server/db/rollup-repairs';
import { createTeam, createUser } from '../../server/db/queries/accounts';
import { prng } from '../seeded-random';
import { caller, caseRef, registration, type Caller } from './harness';

/*
 * How a municipality scales out: two API instances behind a load balancer on one PostgreSQL. The
 * same work (pushes of new records, the same batch replayed through both instances at once, status
 * steps, erasures of one case through both at once, pulls and stats while all this happens) is
 * done concurrently through the two instances on one database, and one request at a time through a
 * single instance on another database. Both must end with the same registrations, histories,
 * erasures and figures; nothing is stored twice, no pull skips a record, no request fails.
 *
 * PostgreSQL only: the embedded PGlite is one database inside one process, so there is no second
 * instance to run. In the PGlite run of the server suite this part is skipped by design (its name
 * says so); `npm run test:server:pg` runs it.
 */

const CLOCK = new Date('2026-03-16T10:00:00.000Z');
const ROLES: Array<[string, Role]> = [
  ['pro1', 'professional'],
  ['pro2', 'professional'],
  ['amb', 'ambassador'],
  ['af', 'aandachtsfunctionaris'],
];

interface Deployment {
  open: OpenDb[];
  /** One caller per user per instance: as[instance][user]. */
  as: Array<Record<string, Caller>>;
  other: Caller[];
  close(): Promise<void>;
}

async function deploy(admin: postgres.Sql, baseUrl: string, instances: number): Promise<Deployment> {
  const url = new URL(baseUrl);
  // Named after the given database, so a run stays inside the names its owner may create.
  const name = `${url.pathname.slice(1)}_scale_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin.unsafe(`create database "${name}"`);
  url.pathname = `/${name}`;
  const open = Array.from({ length: instances }, () => openDb({ databaseUrl: url.toString() }));
  await migrate(open[0]!);
  const apps = open.map((o) => createApp({ db: o.db, now: () => new Date(CLOCK) }));
  const team = await createTeam(open[0]!.db, { name: 'Buurtteam Schaal', municipality: 'Schaalstad' });
  const otherTeam = await createTeam(open[0]!.db, { name: 'Buurtteam Naast', municipality: 'Schaalstad' });
  const tokens: Record<string, string> = {};
  const exchange = async (code: string) => (await caller(apps[0]!).post('/auth/exchange', { code })).body.token as string;
  for (const [key, role] of ROLES) {
    tokens[key] = await exchange((await createUser(open[0]!.db, team.id, { role, displayName: key }, CLOCK)).signInCode);
  }
  const otherToken = await exchange((await createUser(open[0]!.db, otherTeam.id, { role: 'professional', displayName: 'naast' }, CLOCK)).signInCode);
  return {
    open,
    as: apps.map((app) => Object.fromEntries(Object.entries(tokens).map(([k, t]) => [k, caller(app, t)]))),
    other: apps.map((app) => caller(app, otherToken)),
    close: async () => {
      for (const o of open) await o.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
    },
  };
}

/** The work, as steps; within a step the requests may run at once. `at(i)` picks the instance for request i. */
function workload() {
  const rnd = prng(4242);
  const make = (who: string, n: number, erasable = false) =>
    Array.from({ length: n }, (_, i) =>
      registration({
        // A kind of help without an offer: no kaart needed in Schaalstad.
        serviceId: undefined,
        organizationId: undefined,
        caseRef: caseRef(erasable ? `erase-me-${i % 3}` : `${who}-${i % 12}`),
        status: 'requested',
        createdAt: new Date(CLOCK.getTime() - Math.floor(rnd() * 60) * 86_400_000).toISOString(),
      }),
    ).map((r) => ({ ...r, updatedAt: r.createdAt }));
  const batches = (records: Registration[], size: number) => Array.from({ length: Math.ceil(records.length / size) }, (_, i) => records.slice(i * size, i * size + size));
  const pro1 = make('pro1', 40);
  const pro2 = make('pro2', 40);
  const erasable = make('amb', 9, true);
  const other = make('naast', 20);
  const forward = (r: Registration, status: Registration['status']): Registration => ({ ...r, status, version: r.version + 1, updatedAt: new Date(Date.parse(r.updatedAt) + 3_600_000).toISOString() });
  return {
    created: [...pro1, ...pro2, ...erasable],
    otherCreated: other,
    steps: [
      // New records from three users and another team, and one batch replayed through both instances at once.
      [
        ...batches(pro1, 10).map((b) => ({ who: 'pro1', records: b })),
        ...batches(pro2, 10).map((b) => ({ who: 'pro2', records: b })),
        ...batches(other, 10).map((b) => ({ who: 'other', records: b })),
        { who: 'amb', records: erasable },
        { who: 'amb', records: erasable },
      ],
      // Status steps on what the other professional recorded (ambassadors and professionals may).
      [
        ...batches(pro1.map((r, i) => forward(r, i % 3 === 0 ? 'started' : 'matched')), 10).map((b) => ({ who: 'pro2', records: b })),
        ...batches(pro2.map((r, i) => forward(r, i % 4 === 0 ? 'not_started' : 'matched')).map((r) => (r.status === 'not_started' ? { ...r, notStartedReason: 'no_capacity' as const } : r)), 10).map((b) => ({ who: 'amb', records: b })),
      ],
    ],
    erase: [caseRef('erase-me-0'), caseRef('erase-me-1')],
  };
}

type Work = ReturnType<typeof workload>;

/** One installation per user (device ids are UUIDs). */
const DEVICES: Record<string, string> = Object.fromEntries(['pro1', 'pro2', 'amb', 'other'].map((who) => [who, randomUUID()]));

/** Runs the work; `parallel` sends each step's requests at once, spread over the instances. */
async function perform(d: Deployment, work: Work, parallel: boolean) {
  const instance = (i: number) => d.as[i % d.as.length]!;
  const failures: string[] = [];
  const erased: number[] = [];
  const pulled = new Set<string>();
  const note = (label: string, status: number) => {
    if (status >= 300) failures.push(`${label}: ${status}`);
  };
  const run = async (jobs: Array<() => Promise<void>>) => {
    if (parallel) await Promise.all(jobs.map((j) => j()));
    else for (const j of jobs) await j();
  };
  // A device of the team pulling in small pages all the while, through the second instance.
  let cursor = '0';
  const pullOnce = async () => {
    const res = await instance(1).af!.get(`/sync/pull?cursor=${cursor}&limit=7`);
    note('pull', res.status);
    for (const r of res.body.records as ServerRegistration[]) pulled.add(r.id);
    for (const id of res.body.deleted as string[]) pulled.delete(id);
    cursor = res.body.cursor;
    return res.body.hasMore as boolean;
  };
  for (const step of work.steps) {
    await run([
      ...step.map((job, i) => async () => {
        const as = job.who === 'other' ? d.other[i % d.other.length]! : instance(i)[job.who]!;
        const res = await as.post('/sync/push', { deviceId: DEVICES[job.who], records: job.records });
        note(`push ${job.who}`, res.status);
        for (const r of res.body.results ?? []) if (r.status !== 'accepted' && r.status !== 'duplicate') failures.push(`${r.id}: ${r.status}`);
      }),
      async () => {
        for (let i = 0; i < 6; i++) await pullOnce();
      },
      async () => note('stats meanwhile', (await instance(0).af!.get('/stats?from=2026-01&to=2026-03')).status),
    ]);
  }
  // The same case erased through both instances at once (and once more for the second case).
  await run([
    ...work.erase.flatMap((ref) => [0, 1].map((i) => async () => {
      const res = await instance(i).amb!.delete(`/cases/${ref}`);
      note('erase', res.status);
      erased.push(res.body.registrations);
    })),
  ]);
  while (await pullOnce());
  return { failures, erased: erased.reduce((a, b) => a + b, 0), pulled };
}

async function snapshot(as: Record<string, Caller>) {
  const records: ServerRegistration[] = [];
  let cursor = '0';
  for (;;) {
    const page = (await as.amb!.get(`/sync/pull?cursor=${cursor}&limit=500`)).body;
    records.push(...page.records);
    if (!page.hasMore) break;
    cursor = page.cursor;
  }
  const state = records
    .map((r) => ({
      ...registrationOf(r),
      followUpDue: r.followUpDue,
      recordedBy: r.recordedBy.displayName,
      history: r.history.map((h) => ({ version: h.version, status: h.status, at: h.at, by: h.by.displayName })),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const figures = async (who: string) => {
    const res = await as[who]!.get('/stats?from=2026-01&to=2026-03');
    expect(res.status).toBe(200);
    const { scope: _scope, ...rest } = res.body;
    // User ids differ between the two databases; the names are the same people.
    return JSON.parse(JSON.stringify(rest, (key, value: unknown) => (key === 'userId' ? undefined : value)));
  };
  return { state, stats: { af: await figures('af'), pro1: await figures('pro1'), amb: await figures('amb') } };
}

describe.skipIf(!process.env.DATABASE_URL)('two API instances on one PostgreSQL (PostgreSQL-only part of the server suite; skipped on PGlite by design, it has no second instance)', () => {
  let admin: postgres.Sql;
  let two: Deployment;
  let one: Deployment;
  beforeAll(async () => {
    admin = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    two = await deploy(admin, process.env.DATABASE_URL!, 2);
    one = await deploy(admin, process.env.DATABASE_URL!, 1);
  }, 120_000);
  afterAll(async () => {
    await two?.close();
    await one?.close();
    await admin?.end();
  });

  it('give the same registrations, erasures and figures as one instance, with nothing doubled or skipped', async () => {
    const work = workload();
    const together = await perform(two, work, true);
    const alone = await perform(one, work, false);
    expect(together.failures).toEqual([]);
    expect(alone.failures).toEqual([]);
    // Two cases with three registrations each: erased once, whichever instance got there first.
    expect(together.erased).toBe(6);
    expect(alone.erased).toBe(6);

    const [viaFirst, viaSecond, reference] = [await snapshot(two.as[0]!), await snapshot(two.as[1]!), await snapshot(one.as[0]!)];
    const kept = work.created.filter((r) => !work.erase.includes(r.caseRef)).map((r) => r.id).sort();
    expect(reference.state.map((r) => r.id)).toEqual(kept);
    expect(viaFirst.state).toEqual(reference.state);
    expect(viaSecond.state).toEqual(viaFirst.state);
    // Every accepted change is in the history once: the replayed batch added nothing.
    for (const r of viaFirst.state) expect(r.history.map((h) => h.version)).toEqual(r.version === 1 ? [1] : [1, 2]);
    // The device that pulled through the second instance while the first was writing missed nothing.
    expect([...together.pulled].sort()).toEqual(kept);
    expect(viaFirst.stats).toEqual(reference.stats);
    expect(viaSecond.stats).toEqual(reference.stats);
    // The figures are about something: the team considered cases this quarter.
    expect(JSON.stringify(reference.stats.af)).toMatch(/"considered":\d\d/);

    // The stats rollup, kept by both instances' pushes and their repairs after the commit (each
    // under the team's lock, whichever instance runs it), is exactly a full recount.
    for (const o of two.open) await settleRollupRepairs(o.db);
    const db = two.open[0]!.db;
    const rollup = async () => rowsOf(await db.execute(sql`select * from stats_rollup order by team_id, month, figure, key`));
    expect(rowsOf(await db.execute(sql`select * from stats_rollup_pending`))).toEqual([]);
    const keptRollup = await rollup();
    await rebuildRollup(db, null, CLOCK);
    expect(keptRollup).toEqual(await rollup());
  }, 300_000);
});
