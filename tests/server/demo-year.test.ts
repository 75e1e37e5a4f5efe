import type { Status } from '../../lib/contracts/registration';
import { statusRank } from '../../lib/registration/status-flow';
import { readFileSync } from 'node:fs';
import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../lib/catalogue/parse-catalogue';
import { KINDS_OF_HELP, RelationToProfessional } from '../../lib/contracts/help';
import { ContactBy, NotStartedReason, NotSuitableReason, Outcome, Registration, STATUSES } from '../../lib/contracts/registration';
import { ServerRegistration, type SyncPullResponse } from '../../lib/contracts/sync';
import { ZRM_DOMAINS } from '../../lib/contracts/zrm';
import { addMonths, amsterdamMonth, monthStart } from '../../lib/stats/month';
import { createApp } from '../../server/app';
import { addDays } from '../../lib/calendar/add-days';
import { registrationEvents, registrations, teams, users } from '../../server/db/schema';
import { DEMO_CATALOGUE_PATH, seedDemo } from '../../server/seed/demo';
import { planDemoYear, type DemoYearInput } from '../../server/seed/demo-year';
import { caller, caseRef, createTestDb, push, registration, type TestDb } from './harness';

/*
 * The demo year (server/seed/demo-year.ts): deterministic, following the teams' stories, valid
 * against the contracts, holding only references and fixed values, and consistent with the server's
 * sync sequence so demo devices can pull it.
 */

const NOW = new Date('2026-11-23T10:00:00.000Z');

const kaart = parseCatalogue(JSON.parse(readFileSync(DEMO_CATALOGUE_PATH, 'utf8')));
const services = kaart.offers.map(({ organization: _org, ...service }) => service);
const serviceIds = new Set(services.map((s) => s.id));
const organizationIds = new Set(kaart.offers.map((o) => o.organization.id));

/** Stand-in ids for the pure planner: the same input every time. */
function plannerInput(now: Date, seed?: number): DemoYearInput {
  const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return {
    now,
    seed,
    teams: ['Noord', 'Oost', 'Zuid'].map((w, i) => ({ id: id(i + 1), name: `Buurtteam Demostad ${w}`, followUpDays: 21 })),
    existingUsers: [
      { id: id(11), teamId: id(1), role: 'professional', displayName: 'Demo professional' },
      { id: id(12), teamId: id(1), role: 'ambassador', displayName: 'Demo ambassadeur' },
      { id: id(13), teamId: id(1), role: 'aandachtsfunctionaris', displayName: 'Demo aandachtsfunctionaris' },
    ],
    services,
  };
}


/**
 * Started share per month of first consideration, as the stats contract defines it: a case counts
 * in the month of its first registration, and as started when any deployment of it reached
 * started or ended.
 */
function monthlyShares(rows: Array<{ teamId: string; caseRef: string; createdAt: string; status?: string | null }>) {
  const cases = new Map<string, { teamId: string; first: string; started: boolean }>();
  for (const r of rows) {
    const key = `${r.teamId}:${r.caseRef}`;
    const c = cases.get(key) ?? { teamId: r.teamId, first: r.createdAt, started: false };
    if (r.createdAt < c.first) c.first = r.createdAt;
    if (r.status === 'started' || r.status === 'ended') c.started = true;
    cases.set(key, c);
  }
  const out = new Map<string, Map<string, { considered: number; started: number }>>();
  for (const c of cases.values()) {
    const team = out.get(c.teamId) ?? new Map();
    const month = amsterdamMonth(c.first);
    const m = team.get(month) ?? { considered: 0, started: 0 };
    m.considered++;
    if (c.started) m.started++;
    team.set(month, m);
    out.set(c.teamId, team);
  }
  return out;
}

/** The twelve complete months' shares of one team, oldest first (the current month left out). */
function completeShares(byMonth: Map<string, { considered: number; started: number }>, now: Date): number[] {
  const current = amsterdamMonth(now);
  return [...byMonth.entries()]
    .filter(([m]) => m !== current)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, v]) => v.started / v.considered);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const slope = (ys: number[]) => {
  const xm = (ys.length - 1) / 2;
  const ym = mean(ys);
  return ys.reduce((s, y, x) => s + (x - xm) * (y - ym), 0) / ys.reduce((s, _, x) => s + (x - xm) ** 2, 0);
};

function expectStories(shares: Map<string, Map<string, { considered: number; started: number }>>, ids: Record<string, string>, now: Date) {
  const noord = completeShares(shares.get(ids.Noord!)!, now);
  const oost = completeShares(shares.get(ids.Oost!)!, now);
  const zuid = completeShares(shares.get(ids.Zuid!)!, now);
  for (const s of [noord, oost, zuid]) expect(s).toHaveLength(12);
  for (const byMonth of shares.values()) {
    for (const [m, v] of byMonth) if (m !== amsterdamMonth(now)) expect(v.considered, m).toBeGreaterThanOrEqual(20);
  }
  // Noord climbs with its ambassador: from ~15% to ~32%.
  expect(mean(noord.slice(0, 3))).toBeLessThan(0.19);
  expect(mean(noord.slice(-3))).toBeGreaterThan(0.28);
  expect(slope(noord)).toBeGreaterThan(0.01);
  // Oost holds steady around 25–30%.
  for (const s of oost) {
    expect(s).toBeGreaterThanOrEqual(0.22);
    expect(s).toBeLessThanOrEqual(0.33);
  }
  // Zuid reaches ~30%, then falls back once its ambassador has left.
  const before = mean(zuid.slice(5, 9));
  expect(before).toBeGreaterThan(0.27);
  for (const s of zuid.slice(-3)) expect(s).toBeLessThan(Math.min(0.17, before - 0.1));
}

describe('planDemoYear (pure)', () => {
  it('is deterministic: the same seed and `now` give the same plan, another seed another one', () => {
    const a = planDemoYear(plannerInput(NOW));
    const b = planDemoYear(plannerInput(NOW));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const c = planDemoYear(plannerInput(NOW, 7));
    expect(c.registrations.map((r) => r.record.caseRef)).not.toEqual(a.registrations.map((r) => r.record.caseRef));
  });

  it.each(['2026-11-23T10:00:00Z', '2027-01-01T05:00:00Z', '2026-03-31T23:00:00Z', '2028-02-29T12:00:00Z'])(
    'follows the teams’ stories and never dates anything after now (%s)',
    (iso) => {
      const now = new Date(iso);
      const input = plannerInput(now);
      const plan = planDemoYear(input);
      const rows = plan.registrations.map((r) => ({ teamId: r.teamId, ...r.record }));
      const ids = Object.fromEntries(input.teams.map((t) => [t.name.split(' ').at(-1)!, t.id]));
      expectStories(monthlyShares(rows), ids, now);
      for (const r of plan.registrations) {
        for (const e of r.events) expect(e.at.getTime()).toBeLessThanOrEqual(now.getTime());
        expect(new Date(r.record.createdAt).getTime()).toBeGreaterThanOrEqual(monthStart(addMonths(amsterdamMonth(now), -12)).getTime());
      }
    },
  );
});

describe('seedDemo with a demo year', () => {
  let t: TestDb;
  let seconds: number;
  let seed: Awaited<ReturnType<typeof seedDemo>>;
  beforeAll(async () => {
    t = await createTestDb();
    const began = performance.now();
    seed = await seedDemo(t.db, { now: NOW, year: true });
    seconds = (performance.now() - began) / 1000;
  });
  afterAll(() => t.close());

  const load = async (db = t.db) => ({
    teams: await db.select().from(teams),
    users: await db.select().from(users),
    registrations: await db.select().from(registrations).orderBy(asc(registrations.serverSeq)),
    events: await db.select().from(registrationEvents).orderBy(asc(registrationEvents.id)),
  });

  it('writes about a year of registrations with histories, quickly', async () => {
    // Reported, not asserted: timings belong in bench/, not in tests.
    console.log(`demo year: ${seed.year?.registrations} registrations, ${seed.year?.events} events, ${seed.year?.users} users in ${seconds.toFixed(2)} s`);
    expect(seed.year!.registrations).toBeGreaterThan(1000);
    const { registrations: rows, events } = await load();
    expect(rows).toHaveLength(seed.year!.registrations);
    expect(events).toHaveLength(seed.year!.events);
  });

  it('gives the same rows for the same seed and `now` (ids of teams and seeded users aside)', { timeout: 90_000 }, async () => {
    const other = await createTestDb();
    try {
      await seedDemo(other.db, { now: NOW, year: true });
      const canonical = async (db: typeof t.db) => {
        const data = await load(db);
        const team = new Map(data.teams.map((x) => [x.id, x.name]));
        const user = new Map(data.users.map((x) => [x.id, x.displayName]));
        return {
          users: data.users.filter((u) => u.displayName.endsWith('(demo)')).map((u) => ({ ...u, teamId: team.get(u.teamId) })),
          registrations: data.registrations.map((r) => ({
            ...r,
            teamId: team.get(r.teamId),
            recordedBy: user.get(r.recordedBy),
            updatedBy: user.get(r.updatedBy),
          })),
          events: data.events.map((e) => ({ ...e, teamId: team.get(e.teamId), userId: user.get(e.userId) })),
        };
      };
      expect(JSON.stringify(await canonical(other.db))).toBe(JSON.stringify(await canonical(t.db)));
    } finally {
      await other.close();
    }
  });

  it('follows the teams’ stories month by month', async () => {
    const { teams: ts, registrations: rows } = await load();
    const ids = Object.fromEntries(ts.map((x) => [x.name.split(' ').at(-1)!, x.id]));
    const shares = monthlyShares(rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })));
    expectStories(shares, ids, NOW);
  });

  it('holds only references, fixed-list values, dates and pseudonymous hex in every field', async () => {
    const { users: us, registrations: rows, events } = await load();
    const userIds = new Set(us.map((u) => u.id));
    for (const r of rows) {
      expect(r.caseRef).toMatch(/^[0-9a-f]{64}$/);
      expect(Outcome.options).toContain(r.outcome);
      if (r.kind !== null) expect(KINDS_OF_HELP).toContain(r.kind);
      if (r.serviceId !== null) expect(serviceIds.has(r.serviceId), r.serviceId).toBe(true);
      if (r.organizationId !== null) expect(organizationIds.has(r.organizationId), r.organizationId).toBe(true);
      if (r.serviceId !== null) expect(services.find((s) => s.id === r.serviceId)!.organization_id).toBe(r.organizationId);
      for (const d of r.domains) expect(ZRM_DOMAINS).toContain(d);
      if (r.relation !== null) expect(RelationToProfessional.options).toContain(r.relation);
      if (r.contactBy !== null) expect(ContactBy.options).toContain(r.contactBy);
      if (r.notSuitableReason !== null) expect(NotSuitableReason.options).toContain(r.notSuitableReason);
      if (r.notStartedReason !== null) expect(NotStartedReason.options).toContain(r.notStartedReason);
      if (r.status !== null) expect(STATUSES).toContain(r.status);
      expect(userIds.has(r.recordedBy) && userIds.has(r.updatedBy)).toBe(true);
      // The kind is the offer's own kind in the kaart.
      if (r.outcome === 'deployed') expect(r.kind).toBe(services.find((s) => s.id === r.serviceId)!.handreiking.kind);
    }
    for (const e of events) expect(e.deviceId).toMatch(/^demo-(noord|oost|zuid)-\d+$/);
    // Extra colleagues are fictitious and marked as demo; none of them can sign in.
    const extra = us.filter((u) => u.displayName.endsWith('(demo)'));
    expect(extra.length).toBeGreaterThanOrEqual(12);
    for (const team of ['Noord', 'Oost', 'Zuid']) {
      const teamId = (await load()).teams.find((x) => x.name.endsWith(team))!.id;
      const pros = us.filter((u) => u.teamId === teamId && u.role === 'professional');
      expect(pros.length).toBeGreaterThanOrEqual(3);
      expect(pros.length).toBeLessThanOrEqual(6);
      expect(us.some((u) => u.teamId === teamId && u.role === 'ambassador')).toBe(true);
    }
  });

  it('keeps histories, follow-up dates and the server sequence as the server would have written them', async () => {
    const { registrations: rows, events } = await load();
    const byReg = new Map<string, typeof events>();
    for (const e of events) byReg.set(e.registrationId, [...(byReg.get(e.registrationId) ?? []), e]);
    const seqs = rows.map((r) => r.serverSeq);
    expect(new Set(seqs).size).toBe(seqs.length);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.changedAt.getTime()).toBeGreaterThanOrEqual(rows[i - 1]!.changedAt.getTime());
    let overdue = 0;
    for (const r of rows) {
      const history = byReg.get(r.id)!;
      expect(history.map((e) => e.version)).toEqual(Array.from({ length: r.version }, (_, i) => i + 1));
      expect(history.at(-1)!.status).toBe(r.status);
      expect(history.at(-1)!.at.getTime()).toBe(r.changedAt.getTime());
      expect(history[0]!.userId).toBe(r.recordedBy);
      expect(history.at(-1)!.userId).toBe(r.updatedBy);
      expect(r.changedAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
      if (r.outcome !== 'deployed') {
        expect(r.followUpDue).toBeNull();
        continue;
      }
      // The clock starts at the request and again at every step forward (lib/follow-up/due.ts).
      const lastStep = history.findLast((e, i) => i > 0 && statusRank(e.status as Status) > statusRank(history[i - 1]!.status as Status));
      const requested = history.find((e) => e.status === 'requested')!;
      expect(r.followUpDue!.toISOString()).toBe(addDays((lastStep ?? requested).at, 21).toISOString());
      if ((r.status === 'requested' || r.status === 'matched') && r.followUpDue! < NOW) overdue++;
      if (r.status === 'not_started') expect(r.notStartedReason).not.toBeNull();
    }
    expect(overdue).toBeGreaterThanOrEqual(5);
    // Each team has unmet demand for youth buddies and for respite care.
    const unmet = rows.filter((r) => r.outcome === 'unmet');
    expect(unmet.some((r) => r.serviceId === 'juvans-jongerenmaatje')).toBe(true);
    expect(unmet.some((r) => r.kind === 'carer_support')).toBe(true);
  });

  it('lets the demo professional pull their own team’s records only, and later changes come after them', async () => {
    const app = createApp({ db: t.db, now: () => NOW });
    const anon = caller(app);
    const token = (await anon.post('/auth/exchange', { code: 'DEMO-PRO' })).body.token as string;
    const pro = caller(app, token);
    const { teams: ts, registrations: rows } = await load();
    const noord = ts.find((x) => x.name.endsWith('Noord'))!.id;
    const expected = new Set(rows.filter((r) => r.teamId === noord).map((r) => r.id));

    const pulled: ServerRegistration[] = [];
    let cursor = '0';
    for (;;) {
      const res = await pro.get(`/sync/pull?cursor=${cursor}&limit=200`);
      expect(res.status).toBe(200);
      const page = res.body as SyncPullResponse;
      pulled.push(...page.records);
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    expect(pulled).toHaveLength(expected.size);
    expect(pulled.every((r) => expected.has(r.id))).toBe(true);
    for (const r of pulled) {
      ServerRegistration.parse(r);
      const { serverSeq: _s, followUpDue: _f, recordedBy: _r, updatedBy: _u, history, ...wire } = r;
      Registration.parse(wire);
      expect(history).toHaveLength(r.version);
    }
    // The demo professional has figures of their own.
    const me = (await anon.post('/auth/exchange', { code: 'DEMO-PRO' })).body.user.id as string;
    expect(pulled.filter((r) => r.recordedBy.id === me).length).toBeGreaterThan(50);

    // A new record from a demo device lands after everything seeded, so the cursor picks it up.
    const fresh = registration({ caseRef: caseRef('after-the-demo-year'), createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() });
    expect((await push(pro, [fresh], 'demo-device')).body.results[0].status).toBe('accepted');
    const next = (await pro.get(`/sync/pull?cursor=${cursor}`)).body as SyncPullResponse;
    expect(next.records.map((r) => r.id)).toEqual([fresh.id]);
    expect(next.records[0]!.serverSeq).toBeGreaterThan(Math.max(...rows.map((r) => r.serverSeq)));
  });

  it('makes the dashboard warn of a relapse for Zuid only', async () => {
    const app = createApp({ db: t.db, now: () => NOW });
    const admin = caller(app, (await caller(app).post('/auth/exchange', { code: 'DEMO-ADMIN' })).body.token as string);
    const to = amsterdamMonth(NOW);
    const warnings: Record<string, boolean> = {};
    for (const team of (await load()).teams) {
      const res = await admin.get(`/stats?from=${addMonths(to, -11)}&to=${to}&teamId=${team.id}`);
      expect(res.status).toBe(200);
      warnings[team.name.split(' ').at(-1)!] = res.body.relapse.warning;
    }
    expect(warnings).toEqual({ Noord: false, Oost: false, Zuid: true });
  });

  it('leaves an existing demo database as it is', async () => {
    const before = (await load()).registrations.length;
    const again = await seedDemo(t.db, { now: NOW, year: true });
    expect(again.seeded).toBe(false);
    expect(again.year).toBeNull();
    expect((await load()).registrations.length).toBe(before);
  });
});
