import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { vendorApp, VENDOR_SECRET } from './vendor-app';
import { caller, createWorld, VENDOR_ORIGIN, type World } from './harness';

/*
 * Embedding origins per team for the vendor plugin (server/routes/embed-origins.ts, docs/plugin.md):
 * the administrator sets a team's list; the frame page may be framed by the configured origins and
 * every team's; once signed in, the frame hears whether its page is allowed for its own team; and
 * a launch token is traded only in a page allowed for the user's team.
 */

const TEAM_ORIGIN = 'https://zorgregie.example';
let w: World;
let app: ReturnType<typeof createApp>;

beforeEach(async () => {
  w = await createWorld();
  app = vendorApp(w, TEAM_ORIGIN);
});
afterEach(() => w.close());

const admin = () => caller(app, w.tokens['a.admin']);
const setOrigins = (teamId: string, origins: string[]) => admin().put(`/admin/teams/${teamId}/embed-origins`, { origins });
const check = (who: string, origin: string) => caller(app, w.tokens[who]).get(`/plugin/embed-check?origin=${encodeURIComponent(origin)}`);
const frameAncestors = async () => /frame-ancestors ([^;]*)/.exec((await caller(app).get('/plugin/v1/')).headers.get('content-security-policy') ?? '')?.[1];

describe('embedding origins per team', () => {
  it('are set per team by the administrator, as a whole list, and shown beside the configured ones', async () => {
    expect((await admin().get(`/admin/teams/${w.teamA.id}/embed-origins`)).body).toEqual({ origins: [], configured: [VENDOR_ORIGIN] });
    const saved = await setOrigins(w.teamA.id, ['https://b.example', TEAM_ORIGIN, TEAM_ORIGIN]);
    expect(saved.status).toBe(200);
    expect(saved.body.origins).toEqual(['https://b.example', TEAM_ORIGIN]);
    expect((await setOrigins(w.teamA.id, [TEAM_ORIGIN])).body.origins).toEqual([TEAM_ORIGIN]);
    expect((await admin().get(`/admin/teams/${w.teamA.id}/embed-origins`)).body.origins).toEqual([TEAM_ORIGIN]);
    expect((await admin().get(`/admin/teams/${w.teamB.id}/embed-origins`)).body.origins).toEqual([]);
    expect((await setOrigins('0190a000-0000-7000-8000-00000000dead', [TEAM_ORIGIN])).status).toBe(404);
  });

  it('take exact https origins only; http only for localhost on a demo server', async () => {
    for (const wrong of ['http://zorgregie.example', 'https://zorgregie.example/', 'https://zorgregie.example/pad', 'zorgregie.example', '*', 'http://localhost:4300', 'javascript:alert(1)']) {
      const res = await setOrigins(w.teamA.id, [TEAM_ORIGIN, wrong]);
      expect(res.status, wrong).toBe(400);
      expect(res.body.error.issues[0].path, wrong).toBe('origins.1');
    }
    expect((await admin().get(`/admin/teams/${w.teamA.id}/embed-origins`)).body.origins).toEqual([]);
    const demo = createApp({ db: w.db, now: () => new Date(w.clock.now), plugin: { embedOrigins: [], allowLocalhost: true } });
    expect((await caller(demo, w.tokens['a.admin']).put(`/admin/teams/${w.teamA.id}/embed-origins`, { origins: ['http://localhost:4300'] })).status).toBe(200);
    expect((await caller(demo, w.tokens['a.admin']).put(`/admin/teams/${w.teamA.id}/embed-origins`, { origins: ['http://zorgregie.example'] })).status).toBe(400);
  });

  it('let every team’s case system frame the plugin page, which is loaded before anyone signs in', async () => {
    expect(await frameAncestors()).toBe(VENDOR_ORIGIN);
    await setOrigins(w.teamA.id, [TEAM_ORIGIN]);
    await setOrigins(w.teamB.id, ['https://ander.example']);
    expect((await frameAncestors())?.split(' ').sort()).toEqual(['https://ander.example', VENDOR_ORIGIN, TEAM_ORIGIN].sort());
  });

  it('tell the signed-in frame whether its page may show its own team', async () => {
    await setOrigins(w.teamB.id, ['https://ander.example']);
    expect((await check('a.professional', VENDOR_ORIGIN)).body).toEqual({ allowed: true });
    expect((await check('a.professional', 'https://ander.example')).body).toEqual({ allowed: false });
    expect((await check('b.professional', 'https://ander.example')).body).toEqual({ allowed: true });
    expect((await caller(app).get('/plugin/embed-check?origin=https://ander.example')).status).toBe(401);
  });

  it('refuse a launch whose page is not allowed for the user’s team', async () => {
    const launch = async () => (await caller(app, VENDOR_SECRET).post('/plugin/launch', { userId: w.users['a.professional']!.id })).body.launchToken as string;
    const exchange = (launchToken: string) => caller(app).post('/plugin/launch/exchange', { launchToken, hostOrigin: TEAM_ORIGIN });
    // The vendor's origin is neither configured nor in team A's list: no session.
    const refused = await exchange(await launch());
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('invalid_launch_token');
    await setOrigins(w.teamB.id, [TEAM_ORIGIN]);
    expect((await exchange(await launch())).status).toBe(400);
    // In team A's list: signed in.
    await setOrigins(w.teamA.id, [TEAM_ORIGIN]);
    const session = await exchange(await launch());
    expect(session.status).toBe(200);
    expect(session.body.team.id).toBe(w.teamA.id);
  });
});
