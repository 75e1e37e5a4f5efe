import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../lib/contracts/accounts';
import { keyCheckOf, unwrapTeamKey, wrapTeamKey } from '../../lib/privacy/team-key';
import { rowsOf } from '../../server/db/open';
import { createTeam, createUser } from '../../server/db/queries/accounts';
import { caseLabels, teamKeyWraps, teams } from '../../server/db/schema';
import pairs from '../fixtures/device-key-pairs.json';
import { importTestKeyPair } from '../unit/sync/test-key-pairs';
import { caller, createWorld, deviceId, type Caller, type World } from './harness';

/*
 * Issue 12 #1: the team key is stored only wrapped per device; the server can read neither it nor
 * the case labels. A team's server-made secret from before is wrapped for its first device and
 * erased in the same transaction.
 */

const LEGACY = '5e'.repeat(32);
let w: World;
let n = 0;

beforeAll(async () => {
  w = await createWorld();
});
afterAll(() => w?.close());

/** A new signed-in user (a new device) of a team. */
async function member(teamId: string, role: Role = 'professional'): Promise<Caller> {
  const { signInCode } = await createUser(w.db, teamId, { role, displayName: `Sleutel ${n++}` }, w.clock.now);
  return caller(w.app, await w.signIn(signInCode));
}

const register = (who: Caller, pair: number, device = `device-${pair}-${n++}`) =>
  who.put('/keys/device', { deviceId: deviceId(device), publicKey: pairs[pair]!.publicKey });

async function makeKey(who: Caller, pair: number, secret = 'ab'.repeat(32)) {
  return who.post('/keys/team', { keyId: crypto.randomUUID(), check: await keyCheckOf(secret), wrappedKey: await wrapTeamKey(secret, pairs[pair]!.publicKey) });
}

/** Every row of the tables that could hold the key, as text. */
async function everyTextOf(tables: string[]): Promise<string> {
  const parts = await Promise.all(tables.map(async (t) => rowsOf<{ j: string }>(await w.db.execute(sql.raw(`select coalesce(json_agg(x)::text, '') as j from "${t}" x`)))[0]!.j));
  return parts.join('\n');
}

describe('migrating a team with a server-made secret', () => {
  it('wraps it for the first device that registers and leaves no plaintext secret in the database; the device opens it', async () => {
    const team = await createTeam(w.db, { name: `Oud team ${n++}`, municipality: 'Teststad' });
    await w.db.update(teams).set({ pseudonymSecret: LEGACY }).where(eq(teams.id, team.id));
    const first = await member(team.id);
    const res = await register(first, 0);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'wrapped', check: await keyCheckOf(LEGACY) });
    expect(await unwrapTeamKey(res.body.wrappedKey, (await importTestKeyPair(0)).privateKey)).toBe(LEGACY);
    const [row] = await w.db.select({ secret: teams.pseudonymSecret }).from(teams).where(eq(teams.id, team.id));
    expect(row!.secret).toBeNull();
    expect(await everyTextOf(['teams', 'team_keys', 'team_devices', 'team_key_wraps', 'case_labels', 'tokens', 'users'])).not.toContain(LEGACY);
    // The next device waits for a colleague's wrap: the server has nothing left to wrap.
    expect((await register(await member(team.id), 1)).body).toMatchObject({ status: 'waiting', keyId: res.body.keyId });
  });

  it('gives a new team no secret at all, and hands none out at sign-in', async () => {
    const team = await createTeam(w.db, { name: `Nieuw team ${n++}`, municipality: 'Teststad' });
    const [row] = await w.db.select({ secret: teams.pseudonymSecret }).from(teams).where(eq(teams.id, team.id));
    expect(row!.secret).toBeNull();
    const { signInCode } = await createUser(w.db, team.id, { role: 'professional', displayName: 'Nieuw' }, w.clock.now);
    const res = await w.anon.post('/auth/exchange', { code: signInCode });
    expect(res.status).toBe(200);
    expect(res.body).not.toHaveProperty('pseudonymSecret');
    expect(JSON.stringify(res.body).replace(res.body.token, '')).not.toMatch(/[0-9a-f]{64}/);
  });
});

describe('the first key of a team', () => {
  it('is stored once when two devices race to make it; the other gets 409', async () => {
    const team = await createTeam(w.db, { name: `Race ${n++}`, municipality: 'Teststad' });
    const [one, two] = [await member(team.id), await member(team.id, 'ambassador')];
    expect((await register(one, 0)).body.status).toBe('none');
    expect((await register(two, 1)).body.status).toBe('none');
    const answers = await Promise.all([makeKey(one, 0, '11'.repeat(32)), makeKey(two, 1, '22'.repeat(32))]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const keys = rowsOf<{ n: number }>(await w.db.execute(sql`select count(*)::int as n from team_keys where team_id = ${team.id}`));
    expect(keys[0]!.n).toBe(1);
    expect(await w.db.select().from(teamKeyWraps).where(eq(teamKeyWraps.teamId, team.id))).toHaveLength(1);
  });
});

describe('wraps', () => {
  it('are made by a colleague for waiting devices of the own team only; a device of another team sees none of it', async () => {
    const team = await createTeam(w.db, { name: `Samen ${n++}`, municipality: 'Teststad' });
    const holder = await member(team.id);
    await register(holder, 0);
    const made = await makeKey(holder, 0);
    const keyId = made.body.keyId;
    const newcomer = await member(team.id, 'aandachtsfunctionaris');
    const newcomerDevice = `newcomer-${n++}`;
    const waiting = await register(newcomer, 1, newcomerDevice);
    expect(waiting.body.status).toBe('waiting');

    // Another team's device: registers in its own team, sees none of this team's devices, cannot wrap for them.
    const stranger = await member(w.teamB.id);
    await register(stranger, 2);
    expect((await stranger.get('/keys/waiting')).body.devices.map((d: { device: string }) => d.device)).not.toContain(waiting.body.device);
    const foreign = await stranger.post('/keys/wraps', { keyId, wraps: [{ device: waiting.body.device, wrappedKey: made.body.wrappedKey }] });
    expect(foreign.status === 409 || foreign.body.stored === 0).toBe(true);

    const list = await holder.get('/keys/waiting');
    expect(list.body).toEqual({ keyId, devices: [{ device: waiting.body.device, publicKey: pairs[1]!.publicKey }] });
    expect((await holder.post('/keys/wraps', { keyId, wraps: [{ device: waiting.body.device, wrappedKey: await wrapTeamKey('ab'.repeat(32), pairs[1]!.publicKey) }] })).body).toEqual({ stored: 1 });
    const after = await register(newcomer, 1, newcomerDevice);
    expect(after.body).toMatchObject({ status: 'wrapped', keyId });
    expect(await unwrapTeamKey(after.body.wrappedKey, (await importTestKeyPair(1)).privateKey)).toBe('ab'.repeat(32));
    expect((await holder.get('/keys/waiting')).body.devices).toEqual([]);
  });

  it('are for roles that see cases: the kaart keeper and the administrator get 403', async () => {
    for (const role of ['kaart_keeper', 'admin'] as const) {
      expect((await register(w.a[role], 0)).status).toBe(403);
      expect((await w.a[role].get('/keys/waiting')).status).toBe(403);
      expect((await w.a[role].get('/labels')).status).toBe(403);
    }
  });

  it('of a device go when its token is revoked, or its user; with none left the key counts as lost and a new one may be made', async () => {
    const team = await createTeam(w.db, { name: `Intrekken ${n++}`, municipality: 'Teststad' });
    const { signInCode } = await createUser(w.db, team.id, { role: 'professional', displayName: 'Weg' }, w.clock.now);
    const token = await w.signIn(signInCode);
    const leaving = caller(w.app, token);
    await register(leaving, 0);
    const first = await makeKey(leaving, 0);
    expect(first.status).toBe(200);
    const staying = await member(team.id);
    const waiting = await register(staying, 1);
    await leaving.post('/keys/wraps', { keyId: first.body.keyId, wraps: [{ device: waiting.body.device, wrappedKey: await wrapTeamKey('ab'.repeat(32), pairs[1]!.publicKey) }] });
    const wrapsOf = async () => (await w.db.select().from(teamKeyWraps).where(eq(teamKeyWraps.teamId, team.id))).length;
    expect(await wrapsOf()).toBe(2);

    expect((await leaving.post('/auth/revoke')).status).toBe(200);
    expect(await wrapsOf()).toBe(1);
    expect((await w.a.admin.post(`/admin/users/${(await staying.get('/me')).body.user.id}/revoke`)).status).toBe(200);
    expect(await wrapsOf()).toBe(0);

    const next = await member(team.id);
    expect((await register(next, 2)).body).toMatchObject({ status: 'none', replaces: first.body.keyId });
    const replaced = await makeKey(next, 2, 'cd'.repeat(32));
    expect(replaced.status).toBe(200);
    expect(replaced.body.keyId).not.toBe(first.body.keyId);
  });
});

describe('case labels', () => {
  const blob = Buffer.alloc(12 + 256 + 16, 7).toString('base64');

  it('are stored as opaque blobs per case and pulled by the own team only', async () => {
    const ref = 'e'.repeat(64);
    const keyId = crypto.randomUUID();
    expect((await w.a.professional.post('/labels', { labels: [{ caseRef: ref, keyId, blob }] })).body).toEqual({ stored: 1 });
    const pulled = await w.a.ambassador.get('/labels');
    expect(pulled.body.labels).toContainEqual({ caseRef: ref, keyId, blob });
    expect((await w.b.professional.get('/labels')).body.labels).toEqual([]);
    const again = await w.a.aandachtsfunctionaris.get(`/labels?cursor=${pulled.body.cursor}`);
    expect(again.body.labels).toEqual([]);
  });

  it('goes when the case is erased', async () => {
    const ref = '9'.repeat(64);
    await w.a.professional.post('/labels', { labels: [{ caseRef: ref, keyId: crypto.randomUUID(), blob }] });
    expect((await w.a.ambassador.delete(`/cases/${ref}`)).status).toBe(200);
    expect(await w.db.select().from(caseLabels).where(eq(caseLabels.caseRef, ref))).toEqual([]);
  });

  it('refuses a blob that is not base64 or too large, storing nothing', async () => {
    const before = await w.a.professional.get('/labels');
    const keyId = crypto.randomUUID();
    expect((await w.a.professional.post('/labels', { labels: [{ caseRef: 'f'.repeat(64), keyId, blob: 'KD-2026-0412 <script>' }] })).status).toBe(400);
    expect((await w.a.professional.post('/labels', { labels: [{ caseRef: 'f'.repeat(64), keyId, blob: 'A'.repeat(4000) }] })).status).toBe(400);
    expect((await w.a.professional.get('/labels')).body.labels).toEqual(before.body.labels);
  });
});
