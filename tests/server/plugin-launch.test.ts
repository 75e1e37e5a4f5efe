import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HAND_OFF_CODE_TTL_MS } from '../../server/auth/secrets';
import { createApp } from '../../server/app';
import { vendorCredentialsFromEnv } from '../../server/plugin/vendor-credentials';
import { vendorApp, VENDOR_SECRET } from './vendor-app';
import { caller, createWorld, VENDOR_ORIGIN, type World } from './harness';

/*
 * Launch tokens for the vendor plugin (server/routes/plugin-launch.ts, docs/plugin.md): issued only
 * to a registered vendor's secret, for a user of one of its teams; traded once, within two minutes,
 * by a frame embedded at the vendor's origin, for a session of that user in that team.
 */

let w: World;
let app: ReturnType<typeof createApp>;

beforeEach(async () => {
  w = await createWorld();
  app = vendorApp(w);
});
afterEach(() => w.close());

const vendor = (secret = VENDOR_SECRET) => caller(app, secret);
const launch = (userId: string, secret?: string) => vendor(secret).post('/plugin/launch', { userId });
const exchange = (launchToken: string, hostOrigin = VENDOR_ORIGIN) => caller(app).post('/plugin/launch/exchange', { launchToken, hostOrigin });

describe('plugin launch tokens', () => {
  it('signs the plugin in as the vendor’s user, in that user’s team', async () => {
    const res = await launch(w.users['a.professional']!.id);
    expect(res.status).toBe(200);
    expect(Date.parse(res.body.expiresAt) - w.clock.now.getTime()).toBe(HAND_OFF_CODE_TTL_MS);
    const session = await exchange(res.body.launchToken);
    expect(session.status).toBe(200);
    expect(session.body.user.id).toBe(w.users['a.professional']!.id);
    expect(session.body.team.id).toBe(w.teamA.id);
    const me = await caller(app, session.body.token).get('/me');
    expect(me.body.user.id).toBe(w.users['a.professional']!.id);
  });

  it('is issued only for a registered vendor’s secret', async () => {
    for (const secret of [undefined, 'w'.repeat(40), w.tokens['a.admin']!]) {
      const res = await caller(app, secret).post('/plugin/launch', { userId: w.users['a.professional']!.id });
      expect(res.status, String(secret)).toBe(401);
      expect(res.body.error.code).toBe('unknown_vendor');
    }
  });

  it('is issued only for a user of one of the vendor’s teams, still active', async () => {
    for (const userId of [w.users['b.professional']!.id, '0190a000-0000-7000-8000-00000000dead']) {
      const res = await launch(userId);
      expect(res.status, userId).toBe(403);
      expect(res.body.error.code).toBe('user_not_for_vendor');
    }
    expect((await w.a.admin.post(`/admin/users/${w.users['a.professional2']!.id}/revoke`)).status).toBe(200);
    expect((await launch(w.users['a.professional2']!.id)).status).toBe(403);
  });

  it('is taken once: a replay is refused', async () => {
    const { body } = await launch(w.users['a.professional']!.id);
    expect((await exchange(body.launchToken)).status).toBe(200);
    const replay = await exchange(body.launchToken);
    expect(replay.status).toBe(400);
    expect(replay.body.error.code).toBe('invalid_launch_token');
  });

  it('expires after two minutes', async () => {
    const { body } = await launch(w.users['a.professional']!.id);
    w.clock.now = new Date(w.clock.now.getTime() + HAND_OFF_CODE_TTL_MS);
    expect((await exchange(body.launchToken)).status).toBe(400);
  });

  it('is refused by a frame embedded in another origin, which does not use it up', async () => {
    const { body } = await launch(w.users['a.professional']!.id);
    for (const origin of ['https://evil.example', 'http://vendor.example', `${VENDOR_ORIGIN}:8443`]) {
      const res = await exchange(body.launchToken, origin);
      expect(res.status, origin).toBe(400);
      expect(res.body.error.code).toBe('invalid_launch_token');
    }
    expect((await exchange(body.launchToken)).status).toBe(200);
  });

  it('cannot be traded as a sign-in code, nor altered', async () => {
    const { body } = await launch(w.users['a.professional']!.id);
    const token = body.launchToken as string;
    expect((await caller(app).post('/auth/exchange', { code: token })).status).toBe(400);
    const altered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'AB' : 'AA'}`;
    expect((await exchange(altered)).status).toBe(400);
    expect((await exchange(token)).status).toBe(200);
  });

  it('reads vendors from PLUGIN_VENDORS and refuses a weak secret or a non-origin', () => {
    const teams = ['0190a000-0000-7000-8000-000000000001'];
    expect(vendorCredentialsFromEnv({})).toEqual([]);
    expect(vendorCredentialsFromEnv({ PLUGIN_VENDORS: JSON.stringify([{ name: 'V', secret: VENDOR_SECRET, origin: VENDOR_ORIGIN, teams }]) })[0]).toMatchObject({ name: 'V', origin: VENDOR_ORIGIN, teamIds: teams });
    for (const bad of [{ secret: 'short' }, { origin: 'https://vendor.example/' }, { teams: [] }]) {
      expect(() => vendorCredentialsFromEnv({ PLUGIN_VENDORS: JSON.stringify([{ name: 'V', secret: VENDOR_SECRET, origin: VENDOR_ORIGIN, teams, ...bad }]) })).toThrow(/PLUGIN_VENDORS/);
    }
  });
});
