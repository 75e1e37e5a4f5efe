import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, deviceId, push, registration, type Caller, type World } from './harness';

/*
 * Issue 11, findings 2 and 5 (contract half): input that used to be stored as free text, or that
 * passed the contract and then broke the database (500, and a device retrying it for ever), is a
 * 400 naming the field, and nothing of the request is stored.
 */

let w: World;
beforeAll(async () => {
  w = await createWorld();
});
afterAll(() => w.close());

const MAX_INT4 = 2 ** 31 - 1;
const at = (year: string) => `${year}-03-02T08:30:00.000Z`;

async function pulledIds(who: Caller): Promise<string[]> {
  const ids: string[] = [];
  let cursor = '0';
  for (;;) {
    const res = await who.get(`/sync/pull?cursor=${cursor}&limit=500`);
    expect(res.status).toBe(200);
    ids.push(...res.body.records.map((r: { id: string }) => r.id));
    cursor = res.body.cursor;
    if (!res.body.hasMore) return ids;
  }
}

function expectRefused(res: { status: number; body: { error: { code: string; message: string; issues?: Array<{ path: string }> } } }, path: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(400);
  expect(res.body.error.code).toBe('validation_failed');
  expect(res.body.error.issues?.map((i) => i.path)).toContain(path);
  expect(res.body.error.message).toMatch(/niets opgeslagen/);
}

describe('a registration push', () => {
  const refused: Array<[string, Record<string, unknown>, string]> = [
    ['a version above 2^31 − 1', { version: MAX_INT4 + 1 }, 'records.0.version'],
    ['a creation date in the year 0000', { createdAt: at('0000'), updatedAt: at('0000') }, 'records.0.createdAt'],
    ['a creation date in the year 9999', { createdAt: at('9999'), updatedAt: at('9999') }, 'records.0.createdAt'],
    ['an update date in 1970 (a reset clock)', { updatedAt: '1970-01-01T00:00:00.000Z' }, 'records.0.updatedAt'],
    ['U+0000 in the offer id', { serviceId: 'humanitas\u0000' }, 'records.0.serviceId'],
    ['a client name as offer', { serviceId: 'Jan de Vries' }, 'records.0.serviceId'],
    ['a note as offer', { serviceId: 'mevr. Jansen, depressief, schulden' }, 'records.0.serviceId'],
    ['a note as organisation', { organizationId: 'Zoon drinkt, vader agressief' }, 'records.0.organizationId'],
    ['a lone surrogate as organisation', { organizationId: 'humanitas\ud800' }, 'records.0.organizationId'],
  ];
  it.each(refused)('refuses %s with a 400 naming the field, and stores nothing', async (_what, patch, path) => {
    const r = { ...registration(), ...patch };
    expectRefused(await push(w.a.professional, [r]), path);
    expect(await pulledIds(w.a.professional)).not.toContain(r.id);
  });

  it('takes the edges that are still valid: version 2^31 − 1, years 2000 and 2099, a UUID as offer', async () => {
    const edge = [
      registration({ version: MAX_INT4 }),
      registration({ createdAt: at('2000'), updatedAt: at('2000') }),
      registration({ createdAt: '2099-12-01T00:00:00.000Z', updatedAt: '2099-12-01T00:00:00.000Z' }),
      registration({ serviceId: '0190f2a0-0000-7000-8000-0000000000aa', organizationId: '0190F2A0-0000-7000-8000-0000000000BB' }),
    ];
    const res = await push(w.a.professional, edge);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(['accepted', 'accepted', 'accepted', 'accepted']);
  });

  it.each([
    ['a name', 'Jan de Vries'],
    ['a name without spaces', 'mevr.Jansen'],
    ['U+0000', '\u0000'],
  ])('refuses %s as device id', async (_what, device) => {
    const r = registration();
    expectRefused(await w.a.professional.post('/sync/push', { deviceId: device, records: [r] }), 'deviceId');
    expect(await pulledIds(w.a.professional)).not.toContain(r.id);
  });

  it('takes the UUID a device makes', async () => {
    const res = await w.a.professional.post('/sync/push', { deviceId: deviceId('laptop'), records: [registration()] });
    expect(res.status).toBe(200);
  });
});

describe('the stats period', () => {
  it.each([
    ['the year 0', 'from=0000-01&to=0000-12'],
    ['the year 9999', 'from=9999-01&to=9999-12'],
    ['a month 00', 'from=2026-00&to=2026-01'],
  ])('refuses %s with a 400', async (_what, query) => {
    const res = await w.a.aandachtsfunctionaris.get(`/stats?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
  });
});

describe('texts that the database cannot hold', () => {
  it('refuses U+0000 in a team name, and creates no team', async () => {
    const before = (await w.a.admin.get('/admin/teams')).body.teams.length;
    expectRefused(await w.a.admin.post('/admin/teams', { name: 'Team\u0000Noord', municipality: 'Teststad' }), 'name');
    expectRefused(await w.a.admin.post('/admin/teams', { name: 'Team Noord', municipality: 'Test\ud800stad' }), 'municipality');
    expect((await w.a.admin.get('/admin/teams')).body.teams.length).toBe(before);
  });

  it('refuses U+0000 in a user name and in a sign-in code', async () => {
    expectRefused(await w.a.admin.post(`/admin/teams/${w.teamA.id}/users`, { role: 'professional', displayName: 'P\u0000. Test' }), 'displayName');
    expectRefused(await w.anon.post('/auth/exchange', { code: 'ABCD\u0000EFGH' }), 'code');
  });

  it('refuses U+0000 or a lone surrogate anywhere in an uploaded kaart, and keeps the old one', async () => {
    const before = await w.a.professional.get('/catalogue');
    const organization = { id: 'humanitas', name: 'Humanitas', description: 'Vrijwilligers.' };
    const upload = (patch: Record<string, unknown>) => w.a.kaart_keeper.put('/catalogue', { version: 'v-hostile', organizations: [{ ...organization, ...patch }], services: [] });
    expectRefused(await w.a.kaart_keeper.put('/catalogue', { version: 'v\u0000', organizations: [], services: [] }), 'version');
    expectRefused(await upload({ description: 'Vrijwilligers\u0000.' }), 'organizations.0.description');
    expectRefused(await upload({ name: 'Human\udc00itas' }), 'organizations.0.name');
    expectRefused(await upload({ url: 'https://humanitas.example/\u0000' }), 'organizations.0.url');
    expectRefused(await upload({ id: 'Humanitas Utrecht' }), 'organizations.0.id');
    const after = await w.a.professional.get('/catalogue');
    expect(after.headers.get('etag')).toBe(before.headers.get('etag'));
  });
});
