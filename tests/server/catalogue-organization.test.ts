import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrganizationSaved } from '../../lib/contracts/sync';
import type { World } from './harness';
import { ORGANIZATION_ID, OFFER_ID, TEST_ORGANIZATION } from './kaart-fixture';
import { createKaartWorld, kaartEtag } from './kaart-world';

/*
 * PUT /catalogue/organizations/{id}: the kaart keeper changes one organisation of its
 * municipality's kaart from the ETag it started from; its offers count as changed, so a device's
 * delta sync brings them with the new organisation.
 */

describe('PUT /catalogue/organizations/{id}', () => {
  let w: World;
  beforeAll(async () => {
    w = await createKaartWorld();
  });
  afterAll(() => w?.close());

  const etagOf = () => kaartEtag(w);

  it('changes the organisation; the ETag changes, its offers get a new last_modified and a delta carries them with it', async () => {
    const before = (await w.a.professional.get('/catalogue')).body;
    const etag = await etagOf();
    w.clock.now = new Date(w.clock.now.getTime() + 60_000);
    const organization = { ...TEST_ORGANIZATION, description: 'Vrijwilligers in heel de gemeente.', url: 'https://humanitas.example', email: 'info@humanitas.example', phones: [{ number: '030 123 4567' }] };
    const res = await w.a.kaart_keeper.put(`/catalogue/organizations/${ORGANIZATION_ID}`, { etag, organization });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const saved = OrganizationSaved.parse(res.body);
    expect(saved.etag).not.toBe(etag);
    expect(res.headers.get('etag')).toBe(saved.etag);

    const after = (await w.a.professional.get('/catalogue')).body;
    expect(after.organizations).toEqual([{ ...organization, phones: [{ number: '030 123 4567' }] }]);
    for (const s of after.services) expect(s.last_modified, s.id).not.toBe(before.services.find((b: { id: string }) => b.id === s.id).last_modified);
    const delta = (await w.a.professional.get(`/catalogue?since=${encodeURIComponent(before.updatedAt)}`)).body;
    expect(delta.delta).toBe(true);
    expect(delta.services.map((s: { id: string }) => s.id).sort()).toEqual(['humanitas-maatje', OFFER_ID]);
    expect(delta.organizations[0].description).toBe('Vrijwilligers in heel de gemeente.');
  });

  it('refuses a write from a stale ETag with 409, what is stored now, and nothing stored', async () => {
    const stale = await etagOf();
    const first = await w.a.kaart_keeper.put(`/catalogue/organizations/${ORGANIZATION_ID}`, { etag: stale, organization: { ...TEST_ORGANIZATION, name: 'Eerste' } });
    expect(first.status).toBe(200);
    const second = await w.a.kaart_keeper.put(`/catalogue/organizations/${ORGANIZATION_ID}`, { etag: stale, organization: { ...TEST_ORGANIZATION, name: 'Tweede' } });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('stale_kaart');
    expect(second.body.current.name).toBe('Eerste');
    expect(second.body.etag).toBe(first.body.etag);
    expect((await w.a.professional.get('/catalogue')).body.organizations[0].name).toBe('Eerste');
  });

  it('answers 404 for an organisation not in the kaart, 400 for another id in the body or a wrong field', async () => {
    const etag = await etagOf();
    expect((await w.a.kaart_keeper.put('/catalogue/organizations/bestaat-niet', { etag, organization: { ...TEST_ORGANIZATION, id: 'bestaat-niet' } })).status).toBe(404);
    expect((await w.a.kaart_keeper.put(`/catalogue/organizations/${ORGANIZATION_ID}`, { etag, organization: { ...TEST_ORGANIZATION, id: 'ander' } })).status).toBe(400);
    const invalid = await w.a.kaart_keeper.put(`/catalogue/organizations/${ORGANIZATION_ID}`, { etag, organization: { ...TEST_ORGANIZATION, email: 'geen-adres' } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.issues[0].path).toBe('organization.email');
    expect(await etagOf()).toBe(etag);
  });

  it('is for kaart keepers only', async () => {
    const etag = await etagOf();
    for (const role of ['professional', 'ambassador', 'aandachtsfunctionaris', 'admin'] as const) {
      expect((await w.a[role].put(`/catalogue/organizations/${ORGANIZATION_ID}`, { etag, organization: { ...TEST_ORGANIZATION, name: 'Gekaapt' } })).status, role).toBe(403);
    }
    expect((await w.anon.put(`/catalogue/organizations/${ORGANIZATION_ID}`, { etag, organization: { ...TEST_ORGANIZATION, name: 'Gekaapt' } })).status).toBe(401);
    expect(await etagOf()).toBe(etag);
  });

  it('cannot reach another municipality’s kaart, even with its ETag', async () => {
    const theirs = (await w.b.professional.get('/catalogue')).headers.get('etag')!;
    const res = await w.a.kaart_keeper.put(`/catalogue/organizations/${ORGANIZATION_ID}`, { etag: theirs, organization: { ...TEST_ORGANIZATION, name: 'Gekaapt' } });
    expect(res.status).toBe(409);
    expect((await w.b.professional.get('/catalogue')).body.organizations[0].name).toBe('Humanitas');
    expect((await w.b.professional.get('/catalogue')).headers.get('etag')).toBe(theirs);
  });
});
