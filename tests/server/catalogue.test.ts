import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../server/db/queries/accounts';
import { caller, createWorld, type World } from './harness';
import { testKaart } from './kaart-fixture';

let w: World;
beforeAll(async () => {
  w = await createWorld();
});
afterAll(() => w.close());

const kaart = (version = 'v1') => testKaart(version);

describe('GET /catalogue', () => {
  it('gives an empty kaart with an ETag before anything was uploaded', async () => {
    const res = await w.a.professional.get('/catalogue');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: '0', municipality: 'Teststad', updatedAt: null, organizations: [], services: [] });
    expect(res.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]+"$/);
  });

  it('needs a token', async () => {
    expect((await w.anon.get('/catalogue')).status).toBe(401);
  });
});

describe('PUT /catalogue', () => {
  it('lets the kaart keeper replace the kaart of their municipality', async () => {
    const res = await w.a.kaart_keeper.put('/catalogue', kaart('v1'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 'v1', organizations: 1, services: 1, etag: expect.any(String) });
    expect(res.headers.get('etag')).toBe(res.body.etag);
  });

  it('serves it to every role in the municipality’s teams, with ETag and 304', async () => {
    const first = await w.a.aandachtsfunctionaris.get('/catalogue');
    expect(first.status).toBe(200);
    expect(first.body.services[0].id).toBe('humanitas-thuisadministratie');
    // Defaults from the contract are filled in.
    expect(first.body.services[0].status).toBe('active');
    const etag = first.headers.get('etag')!;

    const same = await w.a.professional.get('/catalogue', { 'if-none-match': etag });
    expect(same.status).toBe(304);
    expect(same.body).toBeNull();
    expect(same.headers.get('etag')).toBe(etag);
    expect((await w.a.professional.get('/catalogue', { 'if-none-match': `W/${etag}` })).status).toBe(304);
    expect((await w.a.professional.get('/catalogue', { 'if-none-match': '"something-else"' })).status).toBe(200);

    // Team C is another team in Teststad: same kaart.
    const { signInCode } = await createUser(w.db, w.teamC.id, { role: 'professional', displayName: 'Zuid' }, w.clock.now);
    const zuid = caller(w.app, await w.signIn(signInCode));
    expect((await zuid.get('/catalogue', { 'if-none-match': etag })).status).toBe(304);

    // Team B is in Anderstad: not this kaart.
    const elders = await w.b.professional.get('/catalogue');
    expect(elders.body).toMatchObject({ municipality: 'Anderstad', services: [] });

    // A new upload changes the ETag.
    await w.a.kaart_keeper.put('/catalogue', kaart('v2'));
    const changed = await w.a.professional.get('/catalogue', { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.body.version).toBe('v2');
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('is for kaart keepers only', async () => {
    for (const role of ['professional', 'ambassador', 'aandachtsfunctionaris', 'admin'] as const) {
      expect((await w.a[role].put('/catalogue', kaart('hijack'))).status, role).toBe(403);
    }
    expect((await w.anon.put('/catalogue', kaart())).status).toBe(401);
    expect((await w.a.professional.get('/catalogue')).body.version).toBe('v2');
  });

  it('a kaart keeper of another municipality changes only their own', async () => {
    expect((await w.b.kaart_keeper.put('/catalogue', kaart('anderstad-1'))).status).toBe(200);
    expect((await w.a.professional.get('/catalogue')).body.version).toBe('v2');
    expect((await w.b.professional.get('/catalogue')).body.version).toBe('anderstad-1');
  });

  it('refuses an invalid entry with 400 naming it, changing nothing', async () => {
    const broken = kaart('broken');
    (broken.services[0] as { handreiking: { zrm_domains: string[] } }).handreiking.zrm_domains = ['astrology'];
    const res = await w.a.kaart_keeper.put('/catalogue', broken);
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0].path).toBe('services.0.handreiking.zrm_domains.0');

    const dangling = kaart('dangling');
    dangling.services[0]!.organization_id = 'unknown-org';
    const res2 = await w.a.kaart_keeper.put('/catalogue', dangling);
    expect(res2.status).toBe(400);
    expect(res2.body.error.issues).toEqual([{ path: 'services.0.organization_id', message: expect.stringContaining('unknown-org') }]);

    const extra = { ...kaart('extra'), municipality: 'Anderstad' };
    expect((await w.a.kaart_keeper.put('/catalogue', extra)).status).toBe(400);
    expect((await w.a.professional.get('/catalogue')).body.version).toBe('v2');
  });
});

describe('GET /catalogue?since= (delta sync)', () => {
  it('gives a device only the offers changed since its copy, the ids taken out, and the total to check against', async () => {
    const { testOffer, testKaart: kaartOf } = await import('./kaart-fixture');
    const three = ['delta-a', 'delta-b', 'delta-c'].map((id) => testOffer(id, `Aanbod ${id}`));
    expect((await w.a.kaart_keeper.put('/catalogue', kaartOf('d1', three))).status).toBe(200);
    const copy = await w.a.professional.get('/catalogue');
    const copyAt = copy.body.updatedAt as string;

    // Nothing changed: the same ETag answers 304, also when asking for a delta.
    const same = await w.a.professional.get(`/catalogue?since=${encodeURIComponent(copyAt)}`, { 'if-none-match': copy.headers.get('etag')! });
    expect(same.status).toBe(304);

    w.clock.now = new Date(w.clock.now.getTime() + 60_000);
    const changed = [{ ...three[0]!, name: 'Aanbod delta-a, nu ook op zaterdag' }, three[1]!];
    expect((await w.a.kaart_keeper.put('/catalogue', kaartOf('d2', changed))).status).toBe(200);
    const delta = await w.a.professional.get(`/catalogue?since=${encodeURIComponent(copyAt)}`, { 'if-none-match': copy.headers.get('etag')! });
    expect(delta.status).toBe(200);
    expect(delta.body).toMatchObject({ delta: true, version: 'd2', since: copyAt, removed: ['delta-c'], total: 2 });
    expect(delta.body.services.map((s: { id: string }) => s.id)).toEqual(['delta-a']);
    expect(delta.body.organizations.map((o: { id: string }) => o.id)).toEqual(['humanitas']);
    expect(delta.headers.get('etag')).toBe((await w.a.professional.get('/catalogue')).headers.get('etag'));
    // A delta is smaller than the kaart it stands for.
    expect(JSON.stringify(delta.body).length).toBeLessThan(JSON.stringify((await w.a.professional.get('/catalogue')).body).length);
  });

  it('gives the whole kaart when it cannot tell: a copy from before the removals it keeps, or from the future', async () => {
    const old = await w.a.professional.get(`/catalogue?since=${encodeURIComponent('2020-01-01T00:00:00.000Z')}`);
    expect(old.body.delta).toBeUndefined();
    expect(old.body.services.length).toBe(2);
    const future = await w.a.professional.get(`/catalogue?since=${encodeURIComponent('2099-01-01T00:00:00.000Z')}`);
    expect(future.body.delta).toBeUndefined();
    expect((await w.a.professional.get('/catalogue?since=gisteren')).status).toBe(400);
  });

  it('answers from the caller’s own municipality’s kaart only', async () => {
    const copy = await w.b.professional.get('/catalogue');
    const res = await w.b.professional.get(`/catalogue?since=${encodeURIComponent(copy.body.updatedAt)}`);
    expect(res.body).toMatchObject({ delta: true, municipality: 'Anderstad', version: copy.body.version, services: [], removed: [] });
    expect(res.body.total).toBe(copy.body.services.length);
  });
});
