import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caller, createWorld, type World } from './harness';

let w: World;
beforeAll(async () => {
  w = await createWorld();
});
afterAll(() => w.close());

describe('admin: teams', () => {
  it('lists all teams', async () => {
    const res = await w.a.admin.get('/admin/teams');
    expect(res.status).toBe(200);
    expect(res.body.teams.map((t: { name: string }) => t.name)).toEqual(['Buurtteam Elders', 'Buurtteam Test Noord', 'Buurtteam Test Zuid']);
  });

  it('creates a team with its own follow-up and retention settings', async () => {
    const res = await w.a.admin.post('/admin/teams', { name: 'Buurtteam Nieuw', municipality: 'Nieuwstad', followUpDays: 28, retentionMonths: 12 });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'Buurtteam Nieuw', municipality: 'Nieuwstad', followUpDays: 28, retentionMonths: 12 });
    const defaults = await w.a.admin.post('/admin/teams', { name: 'Buurtteam Standaard', municipality: 'Nieuwstad' });
    expect(defaults.body).toMatchObject({ followUpDays: 21, retentionMonths: 24 });
  });

  it('refuses a duplicate name (409) and bad input (400)', async () => {
    const dup = await w.a.admin.post('/admin/teams', { name: 'Buurtteam Elders', municipality: 'X-stad' });
    expect(dup.status).toBe(409);
    const bad = await w.a.admin.post('/admin/teams', { name: 'B', municipality: 'Stad', followUpDays: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['followUpDays', 'name']);
  });

  it('changes follow-up days, which new registrations then use', async () => {
    const res = await w.a.admin.patch(`/admin/teams/${w.teamC.id}`, { followUpDays: 28 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: w.teamC.id, followUpDays: 28, retentionMonths: 24 });
    expect((await w.a.admin.patch(`/admin/teams/${w.teamC.id}`, {})).status).toBe(400);
    expect((await w.a.admin.patch('/admin/teams/00000000-0000-4000-8000-000000000000', { followUpDays: 3 })).status).toBe(404);
  });
});

describe('admin: users', () => {
  it('creates a user with a one-time code that signs in to that team', async () => {
    const res = await w.a.admin.post(`/admin/teams/${w.teamB.id}/users`, { role: 'ambassador', displayName: 'Anna Ambassadeur' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      user: { teamId: w.teamB.id, role: 'ambassador', displayName: 'Anna Ambassadeur' },
      signInCode: expect.stringMatching(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/),
      codeExpiresAt: new Date(w.clock.now.getTime() + 7 * 86_400_000).toISOString(),
    });
    const token = await w.signIn(res.body.signInCode);
    expect((await caller(w.app, token).get('/me')).body.team.id).toBe(w.teamB.id);

    const list = await w.a.admin.get(`/admin/teams/${w.teamB.id}/users`);
    expect(list.body.users.map((u: { displayName: string }) => u.displayName)).toContain('Anna Ambassadeur');
  });

  it('issues a new code for an existing user', async () => {
    const res = await w.a.admin.post(`/admin/users/${w.users['a.professional']!.id}/sign-in-code`);
    expect(res.status).toBe(201);
    const token = await w.signIn(res.body.signInCode);
    expect((await caller(w.app, token).get('/me')).body.user.id).toBe(w.users['a.professional']!.id);
  });

  it('revokes a user: every token and code stops working', async () => {
    const created = await w.a.admin.post(`/admin/teams/${w.teamA.id}/users`, { role: 'professional', displayName: 'Vertrekt' });
    const spare = await w.a.admin.post(`/admin/users/${created.body.user.id}/sign-in-code`);
    const who = caller(w.app, await w.signIn(created.body.signInCode));
    expect((await who.get('/me')).status).toBe(200);

    const res = await w.a.admin.post(`/admin/users/${created.body.user.id}/revoke`);
    expect(res.status).toBe(200);
    expect(res.body.user.revokedAt).toBe(w.clock.now.toISOString());
    const after = await who.get('/me');
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('token_revoked');
    expect((await w.anon.post('/auth/exchange', { code: spare.body.signInCode })).status).toBe(400);
    expect((await w.a.admin.post(`/admin/users/${created.body.user.id}/sign-in-code`)).status).toBe(409);
  });

  it('404s for unknown teams and users, 400 for malformed ids and roles', async () => {
    const nobody = '00000000-0000-4000-8000-000000000000';
    expect((await w.a.admin.post(`/admin/teams/${nobody}/users`, { role: 'professional', displayName: 'X Y' })).status).toBe(404);
    expect((await w.a.admin.get(`/admin/teams/${nobody}/users`)).status).toBe(404);
    expect((await w.a.admin.post(`/admin/users/${nobody}/revoke`)).status).toBe(404);
    expect((await w.a.admin.post('/admin/users/abc/revoke')).status).toBe(400);
    const badRole = await w.a.admin.post(`/admin/teams/${w.teamA.id}/users`, { role: 'superuser', displayName: 'X Y' });
    expect(badRole.status).toBe(400);
    expect(badRole.body.error.issues[0].path).toBe('role');
  });
});

describe('admin routes refuse every other role', () => {
  const routes: Array<[string, string, unknown?]> = [
    ['GET', '/admin/teams'],
    ['POST', '/admin/teams', { name: 'Stiekem team', municipality: 'Stad' }],
    ['PATCH', '/admin/teams/00000000-0000-4000-8000-000000000000', { followUpDays: 5 }],
    ['GET', '/admin/teams/00000000-0000-4000-8000-000000000000/users'],
    ['POST', '/admin/teams/00000000-0000-4000-8000-000000000000/users', { role: 'admin', displayName: 'Ik ben admin' }],
    ['POST', '/admin/users/00000000-0000-4000-8000-000000000000/sign-in-code'],
    ['POST', '/admin/users/00000000-0000-4000-8000-000000000000/revoke'],
  ];
  it.each(['professional', 'ambassador', 'aandachtsfunctionaris', 'kaart_keeper'] as const)('%s gets 403 everywhere', async (role) => {
    for (const [method, path, body] of routes) {
      const who = w.a[role];
      const res =
        method === 'GET' ? await who.get(path) : method === 'PATCH' ? await who.patch(path, body) : await who.post(path, body);
      expect(res.status, `${method} ${path}`).toBe(403);
    }
  });
  it('without a token: 401', async () => {
    expect((await w.anon.get('/admin/teams')).status).toBe(401);
  });
});
