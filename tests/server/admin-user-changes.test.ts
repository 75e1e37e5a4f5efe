import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { createUser } from '../../server/db/queries/accounts';
import { oidcIdentities, teamDevices, teamKeyWraps, users } from '../../server/db/schema';
import { caller, createWorld, deviceId, type World } from './harness';
import pairs from '../fixtures/device-key-pairs.json';

/*
 * The administrator's changes to an existing user and team (issue 14): another role, another
 * team, ending a user's sessions, renaming a team; and the OpenID settings as the console shows
 * them. Who may call them is in tests/server/authorisation-matrix.test.ts.
 */

let w: World;
beforeAll(async () => {
  w = await createWorld();
});
afterAll(() => w.close());

async function newUser(role: 'professional' | 'admin' | 'ambassador' = 'professional', teamId = w.teamA.id) {
  const { user, signInCode } = await createUser(w.db, teamId, { role, displayName: `Wijziging ${crypto.randomUUID().slice(0, 8)}` }, w.clock.now);
  const token = await w.signIn(signInCode);
  return { user, token, as: caller(w.app, token) };
}

describe('PATCH /admin/users/{id}: another role', () => {
  it('changes the role, which the user’s next request already has', async () => {
    const { user, as } = await newUser('professional');
    expect((await as.get('/admin/teams')).status).toBe(403);
    const res = await w.a.admin.patch(`/admin/users/${user.id}`, { role: 'aandachtsfunctionaris' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: user.id, role: 'aandachtsfunctionaris', teamId: w.teamA.id, revokedAt: null });
    expect((await as.get('/me')).body.user.role).toBe('aandachtsfunctionaris');
    // The aandachtsfunctionaris may enter the caseload; a professional may not.
    expect((await as.put('/stats/caseload', { month: '2026-02', cases: 12 })).status).toBe(200);
  });

  it('takes the team key from a role that may not hold it', async () => {
    const { user, as } = await newUser('professional');
    const device = deviceId(`role-change-${user.id}`);
    expect((await as.put('/keys/device', { deviceId: device, publicKey: pairs[0]!.publicKey })).status).toBe(200);
    const [row] = await w.db.select().from(teamDevices).where(eq(teamDevices.deviceId, device));
    await w.db.insert(teamKeyWraps).values({ deviceRowId: row!.id, teamId: w.teamA.id, keyId: crypto.randomUUID(), wrappedKey: Buffer.alloc(384, 1).toString('base64') });
    expect(await w.db.select().from(teamKeyWraps).where(eq(teamKeyWraps.deviceRowId, row!.id))).toHaveLength(1);
    expect((await w.a.admin.patch(`/admin/users/${user.id}`, { role: 'kaart_keeper' })).status).toBe(200);
    expect(await w.db.select().from(teamKeyWraps).where(eq(teamKeyWraps.deviceRowId, row!.id))).toEqual([]);
  });

  it('refuses to demote the only administrator, and a revoked or unknown user', async () => {
    const admins = await w.db.select({ id: users.id }).from(users).where(eq(users.role, 'admin'));
    expect(admins.map((a) => a.id)).toEqual([w.users['a.admin']!.id]);
    const last = await w.a.admin.patch(`/admin/users/${w.users['a.admin']!.id}`, { role: 'professional' });
    expect(last.status).toBe(409);
    expect(last.body.error).toMatchObject({ code: 'last_admin' });
    expect(last.body.error.message).toContain('enige beheerder');

    const second = await newUser('admin');
    expect((await w.a.admin.patch(`/admin/users/${second.user.id}`, { role: 'professional' })).status).toBe(200);

    const { user } = await newUser();
    await w.a.admin.post(`/admin/users/${user.id}/revoke`);
    expect((await w.a.admin.patch(`/admin/users/${user.id}`, { role: 'ambassador' })).status).toBe(409);
    expect((await w.a.admin.patch('/admin/users/00000000-0000-4000-8000-000000000000', { role: 'ambassador' })).status).toBe(404);
    expect((await w.a.admin.patch(`/admin/users/${user.id}`, { role: 'king' })).status).toBe(400);
  });
});

describe('POST /admin/users/{id}/move: another team', () => {
  it('revokes the user in the old team and makes them again, same name and role, in the new one with a code', async () => {
    const { user, as } = await newUser('ambassador');
    const res = await w.a.admin.post(`/admin/users/${user.id}/move`, { teamId: w.teamC.id });
    expect(res.status).toBe(201);
    expect(res.body.previous).toMatchObject({ id: user.id, teamId: w.teamA.id });
    expect(res.body.previous.revokedAt).not.toBeNull();
    expect(res.body.user).toMatchObject({ teamId: w.teamC.id, role: 'ambassador', displayName: user.displayName, revokedAt: null });
    // The old token stops; the new code signs in to the new team.
    expect((await as.get('/me')).status).toBe(401);
    const me = await caller(w.app, await w.signIn(res.body.signInCode)).get('/me');
    expect(me.body).toMatchObject({ user: { id: res.body.user.id }, team: { id: w.teamC.id } });
  });

  it('takes the provider account along to the new user', async () => {
    const { user } = await newUser();
    await w.db.insert(oidcIdentities).values({ issuer: 'https://login.example.nl', subject: `s-${user.id}`, userId: user.id, createdAt: w.clock.now });
    const res = await w.a.admin.post(`/admin/users/${user.id}/move`, { teamId: w.teamB.id });
    expect(res.status).toBe(201);
    const [identity] = await w.db.select().from(oidcIdentities).where(eq(oidcIdentities.subject, `s-${user.id}`));
    expect(identity!.userId).toBe(res.body.user.id);
  });

  it('refuses the same team, an unknown team or user, and a revoked user', async () => {
    const { user } = await newUser();
    expect((await w.a.admin.post(`/admin/users/${user.id}/move`, { teamId: w.teamA.id })).status).toBe(409);
    const noTeam = await w.a.admin.post(`/admin/users/${user.id}/move`, { teamId: '00000000-0000-4000-8000-000000000000' });
    expect(noTeam.status).toBe(404);
    expect(noTeam.body.error.message).toBe('Dit team bestaat niet.');
    expect((await w.a.admin.post('/admin/users/00000000-0000-4000-8000-000000000000/move', { teamId: w.teamC.id })).status).toBe(404);
    await w.a.admin.post(`/admin/users/${user.id}/revoke`);
    expect((await w.a.admin.post(`/admin/users/${user.id}/move`, { teamId: w.teamC.id })).status).toBe(409);
  });
});

describe('POST /admin/users/{id}/sessions/revoke: end a user’s sessions', () => {
  it('ends every token of the user, keeps the user and lets a new code in', async () => {
    const { user, token, as } = await newUser();
    const second = caller(w.app, await w.signIn((await w.a.admin.post(`/admin/users/${user.id}/sign-in-code`)).body.signInCode));
    const res = await w.a.admin.post(`/admin/users/${user.id}/sessions/revoke`);
    expect(res.body).toEqual({ revoked: 2 });
    expect((await as.get('/me')).status).toBe(401);
    expect((await second.get('/me')).status).toBe(401);
    expect(token).toBeTruthy();
    const listed = (await w.a.admin.get(`/admin/teams/${w.teamA.id}/users`)).body.users;
    expect(listed.find((u: { id: string }) => u.id === user.id).revokedAt).toBeNull();
    const again = await w.a.admin.post(`/admin/users/${user.id}/sign-in-code`);
    expect(again.status).toBe(201);
    expect((await caller(w.app, await w.signIn(again.body.signInCode)).get('/me')).status).toBe(200);
    // Other users keep their sessions.
    expect((await w.a.professional.get('/me')).status).toBe(200);
    expect((await w.a.admin.post(`/admin/users/${user.id}/sessions/revoke`)).body).toEqual({ revoked: 1 });
    expect((await w.a.admin.post('/admin/users/00000000-0000-4000-8000-000000000000/sessions/revoke')).status).toBe(404);
  });
});

describe('PATCH /admin/teams/{id}: rename', () => {
  it('renames a team, and refuses another team’s name', async () => {
    const made = await w.a.admin.post('/admin/teams', { name: 'Buurtteam Oude Naam', municipality: 'Teststad' });
    const res = await w.a.admin.patch(`/admin/teams/${made.body.id}`, { name: 'Buurtteam Nieuwe Naam' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: made.body.id, name: 'Buurtteam Nieuwe Naam', municipality: 'Teststad' });
    const taken = await w.a.admin.patch(`/admin/teams/${made.body.id}`, { name: 'Buurtteam Elders' });
    expect(taken.status).toBe(409);
    expect(taken.body.error.message).toContain('Er bestaat al een team "Buurtteam Elders"');
    // Its own name again is no conflict.
    expect((await w.a.admin.patch(`/admin/teams/${made.body.id}`, { name: 'Buurtteam Nieuwe Naam' })).status).toBe(200);
  });
});

describe('GET /admin/oidc/settings', () => {
  it('says when there is no provider', async () => {
    expect((await w.a.admin.get('/admin/oidc/settings')).body).toEqual({ configured: false });
  });

  it('shows the provider, never the client secret', async () => {
    const oidc = { issuer: 'https://login.example.nl/realms/gemeente', clientId: 'handreiking', clientSecret: 'zeer-geheim-123', callbackUrl: 'https://api.example.nl/auth/oidc/callback', scope: 'openid profile groups', returnUrls: ['https://intranet.example.nl/'] };
    const app = createApp({ db: w.db, now: () => w.clock.now, oidc });
    const res = await caller(app, w.tokens['a.admin']).get('/admin/oidc/settings');
    expect(res.body).toEqual({ configured: true, issuer: oidc.issuer, clientId: 'handreiking', callbackUrl: oidc.callbackUrl, scope: oidc.scope, returnUrls: oidc.returnUrls, confidential: true });
    expect(JSON.stringify(res.body)).not.toContain('zeer-geheim');
    expect((await caller(app, w.tokens['a.professional']).get('/admin/oidc/settings')).status).toBe(403);
  });
});
