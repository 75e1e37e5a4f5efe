import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { createTeam, ensureAdmin, listTeams } from '../../server/db/queries/accounts';
import { SIGN_IN_CODE_TTL_DAYS } from '../../server/auth/secrets';
import { DEMO_USERS, DemoSeedRefused, seedDemo } from '../../server/seed/demo';
import { caller, createTestDb, type TestDb } from './harness';
import { teams } from '../../server/db/schema';

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
});
afterEach(() => t.close());

describe('seedDemo', () => {
  it('creates Demostad’s three teams, one user per role with reusable demo codes, and the demo kaart', async () => {
    const seed = await seedDemo(t.db);
    expect(seed.seeded).toBe(true);
    expect(seed.codes.map((c) => c.code)).toEqual(['DEMO-PRO', 'DEMO-AMB', 'DEMO-AF', 'DEMO-KAART', 'DEMO-ADMIN', 'DEMO-ORG']);
    expect((await listTeams(t.db)).map((team) => [team.name, team.municipality])).toEqual([
      ['Buurtteam Demostad Noord', 'Demostad'],
      ['Buurtteam Demostad Oost', 'Demostad'],
      ['Buurtteam Demostad Zuid', 'Demostad'],
    ]);

    const app = createApp({ db: t.db });
    const anon = caller(app);
    for (const { role, code } of DEMO_USERS) {
      // Reusable: two devices can sign in with the same demo code.
      for (let i = 0; i < 2; i++) {
        const res = await anon.post('/auth/exchange', { code });
        expect(res.status, code).toBe(200);
        expect(res.body.user.role).toBe(role);
        expect(res.body.team.name).toBe('Buurtteam Demostad Noord');
      }
    }
    // The demo coordinator answers Humanitas's requests (issue 17): none yet.
    const coordinator = caller(app, (await anon.post('/auth/exchange', { code: 'DEMO-ORG' })).body.token);
    expect((await coordinator.get('/organisation/requests')).body).toEqual({ requests: [] });
    const pro = caller(app, (await anon.post('/auth/exchange', { code: 'demo-pro' })).body.token);
    const kaart = await pro.get('/catalogue');
    expect(kaart.body.demo).toBe(true);
    expect(kaart.body.services.length).toBe(seed.catalogue.services);
    // demo/sociale-kaart.json is part of the repository: the demo kaart is never empty.
    expect(seed.catalogue.missing).toBe(false);
    expect(seed.catalogue.services).toBeGreaterThan(0);
    // Issue 12 #1: no team key in plain text on the server; the first device of a team makes it.
    const secrets = await t.db.select({ secret: teams.pseudonymSecret }).from(teams);
    expect(secrets.length).toBe(3);
    expect(secrets.every((r) => r.secret === null)).toBe(true);
  });

  it('leaves an already seeded database alone', async () => {
    await seedDemo(t.db);
    const again = await seedDemo(t.db);
    expect(again.seeded).toBe(false);
    expect(await listTeams(t.db)).toHaveLength(3);
  });

  it('skips and counts malformed kaart entries, and seeds an empty kaart when the file is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaart-'));
    const path = join(dir, 'kaart.json');
    writeFileSync(
      path,
      JSON.stringify({
        version: 'test',
        demo: true,
        organizations: [{ id: 'ok', name: 'Goede organisatie', description: 'Doet goede dingen.' }, { id: 'broken' }],
        services: [{ id: 'half' }],
      }),
    );
    const seed = await seedDemo(t.db, { cataloguePath: path });
    // An organisation without any valid service is not an offer, so it is left out too.
    expect(seed.catalogue).toEqual({ organizations: 0, services: 0, skipped: 2, missing: false });

    const t2 = await createTestDb();
    try {
      const missing = await seedDemo(t2.db, { cataloguePath: join(dir, 'nope.json') });
      expect(missing.catalogue).toEqual({ organizations: 0, services: 0, skipped: 0, missing: true });
    } finally {
      await t2.close();
    }
  });
});

describe('seedDemo on a database that is not a demo (issue 11, finding 3)', () => {
  it('refuses with NODE_ENV=production, says what to do, and creates nothing', async () => {
    const refused = seedDemo(t.db, { env: { NODE_ENV: 'production' } });
    await expect(refused).rejects.toBeInstanceOf(DemoSeedRefused);
    await expect(refused).rejects.toThrow(/NODE_ENV=production.*without --demo/s);
    expect(await listTeams(t.db)).toEqual([]);
  });

  it('refuses beside a real team, names it, and leaves the database as it was', async () => {
    await createTeam(t.db, { name: 'Wijkteam Centrum', municipality: 'Echtstad' });
    const refused = seedDemo(t.db, { env: {} });
    await expect(refused).rejects.toThrow(/"Wijkteam Centrum".*own, empty database/s);
    expect((await listTeams(t.db)).map((team) => team.name)).toEqual(['Wijkteam Centrum']);
    const anon = caller(createApp({ db: t.db }));
    expect((await anon.post('/auth/exchange', { code: 'DEMO-ADMIN' })).status).toBe(400);
  });

  it('refuses after a deployment made its first administrator (the "Beheer" team)', async () => {
    await ensureAdmin(t.db, new Date());
    await expect(seedDemo(t.db, { env: {} })).rejects.toBeInstanceOf(DemoSeedRefused);
  });

  it('counts a team named like a demo team in another municipality as real', async () => {
    await createTeam(t.db, { name: 'Buurtteam Demostad Oost', municipality: 'Echtstad' });
    await expect(seedDemo(t.db, { env: {} })).rejects.toBeInstanceOf(DemoSeedRefused);
  });
});

describe('demo codes expire', () => {
  const DAY = 86_400_000;
  const start = new Date('2026-03-02T09:00:00.000Z');

  it(`work for ${SIGN_IN_CODE_TTL_DAYS} days, then not; the next start of the demo renews them`, async () => {
    const clock = { now: start };
    const anon = caller(createApp({ db: t.db, now: () => clock.now }));
    const seed = await seedDemo(t.db, { now: start, env: {} });
    expect(seed.codesExpireAt).toBe(new Date(start.getTime() + SIGN_IN_CODE_TTL_DAYS * DAY).toISOString());

    clock.now = new Date(start.getTime() + SIGN_IN_CODE_TTL_DAYS * DAY - 1_000);
    expect((await anon.post('/auth/exchange', { code: 'DEMO-ADMIN' })).status).toBe(200);
    clock.now = new Date(start.getTime() + SIGN_IN_CODE_TTL_DAYS * DAY);
    // (Two of them: all demo codes start with "DEMO", and five wrong tries lock a prefix.)
    for (const code of ['DEMO-ADMIN', 'DEMO-PRO']) expect((await anon.post('/auth/exchange', { code })).status, code).toBe(400);

    // `npm start` seeds on every start: the codes work again, and nothing else was made twice.
    const again = await seedDemo(t.db, { now: clock.now, env: {} });
    expect(again.seeded).toBe(false);
    expect(again.codesExpireAt).toBe(new Date(clock.now.getTime() + SIGN_IN_CODE_TTL_DAYS * DAY).toISOString());
    for (const { code, role } of DEMO_USERS) {
      const res = await anon.post('/auth/exchange', { code });
      expect(res.status, code).toBe(200);
      expect(res.body.user.role).toBe(role);
    }
    expect(await listTeams(t.db)).toHaveLength(3);
  });
});

describe('ensureAdmin', () => {
  it('creates one administrator with a one-time code on a new deployment, then never again', async () => {
    const first = await ensureAdmin(t.db, new Date());
    expect(first?.signInCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(await ensureAdmin(t.db, new Date())).toBeNull();
    const res = await caller(createApp({ db: t.db })).post('/auth/exchange', { code: first!.signInCode });
    expect(res.body.user.role).toBe('admin');
  });
});
