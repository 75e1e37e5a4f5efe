import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OfferSaved } from '../../lib/contracts/sync';
import type { World } from './harness';
import { OFFER_ID, testOffer } from './kaart-fixture';
import { createKaartWorld, kaartEtag } from './kaart-world';

/*
 * PUT /catalogue/offers/{id}: the kaart keeper changes one offer of its municipality's kaart from
 * the ETag it started from; the kaart's ETag changes, so every device gets it on its next sync.
 */

describe('PUT /catalogue/offers/{id}', () => {
  let w: World;
  beforeAll(async () => {
    w = await createKaartWorld();
  });
  afterAll(() => w?.close());

  const etagOf = () => kaartEtag(w);

  it('changes one offer; the kaart’s ETag changes and devices get the new text', async () => {
    const etag = await etagOf();
    const offer = { ...testOffer(OFFER_ID, 'Hulp bij de post'), description: 'Samen de post doornemen, elke week.' };
    const res = await w.a.kaart_keeper.put(`/catalogue/offers/${OFFER_ID}`, { etag, offer });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const saved = OfferSaved.parse(res.body);
    expect(saved.etag).not.toBe(etag);
    expect(res.headers.get('etag')).toBe(saved.etag);

    const synced = await w.a.professional.get('/catalogue', { 'if-none-match': etag });
    expect(synced.status).toBe(200);
    expect(synced.headers.get('etag')).toBe(saved.etag);
    expect(synced.body.version).toBe('v1');
    const names = Object.fromEntries(synced.body.services.map((s: { id: string; name: string; description: string }) => [s.id, [s.name, s.description]]));
    expect(names).toEqual({ [OFFER_ID]: ['Hulp bij de post', 'Samen de post doornemen, elke week.'], 'humanitas-maatje': ['Maatje', testOffer('x').description] });
    expect((await w.a.professional.get('/catalogue', { 'if-none-match': saved.etag })).status).toBe(304);
  });

  it('refuses a write from a stale ETag with 409, what is stored now, and nothing stored', async () => {
    const stale = await etagOf();
    const first = await w.a.kaart_keeper.put(`/catalogue/offers/${OFFER_ID}`, { etag: stale, offer: testOffer(OFFER_ID, 'Eerste') });
    expect(first.status).toBe(200);
    const second = await w.a.kaart_keeper.put(`/catalogue/offers/${OFFER_ID}`, { etag: stale, offer: testOffer(OFFER_ID, 'Tweede') });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('stale_kaart');
    expect(second.body.error.message).toContain('Iemand anders heeft de kaart intussen gewijzigd');
    expect(second.body.error.en).toContain('The kaart changed since you opened this offer');
    expect(second.body.current.name).toBe('Eerste');
    expect(second.body.etag).toBe(first.body.etag);
    expect((await w.a.professional.get('/catalogue')).body.services[0].name).toBe('Eerste');
  });

  it('takes the kaart’s ETag in its weak form too (as a compressing proxy hands it on)', async () => {
    const etag = await etagOf();
    const res = await w.a.kaart_keeper.put(`/catalogue/offers/${OFFER_ID}`, { etag: `W/${etag}`, offer: testOffer(OFFER_ID, 'Zwak') });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await w.a.professional.get('/catalogue')).body.services[0].name).toBe('Zwak');
  });

  it('answers 404 for an offer that is not in the kaart, and 400 when the body names another offer', async () => {
    const etag = await etagOf();
    const unknown = await w.a.kaart_keeper.put('/catalogue/offers/bestaat-niet', { etag, offer: testOffer('bestaat-niet') });
    expect(unknown.status).toBe(404);
    const mismatch = await w.a.kaart_keeper.put(`/catalogue/offers/${OFFER_ID}`, { etag, offer: testOffer('humanitas-maatje') });
    expect(mismatch.status).toBe(400);
    const invalid = await w.a.kaart_keeper.put(`/catalogue/offers/${OFFER_ID}`, { etag, offer: { ...testOffer(OFFER_ID), name: '' } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.issues[0].path).toBe('offer.name');
    const dangling = await w.a.kaart_keeper.put(`/catalogue/offers/${OFFER_ID}`, { etag, offer: { ...testOffer(OFFER_ID), organization_id: 'elders' } });
    expect(dangling.status).toBe(400);
    expect(await etagOf()).toBe(etag);
  });

  it('is for kaart keepers only', async () => {
    const etag = await etagOf();
    for (const role of ['professional', 'ambassador', 'aandachtsfunctionaris', 'admin'] as const) {
      expect((await w.a[role].put(`/catalogue/offers/${OFFER_ID}`, { etag, offer: testOffer(OFFER_ID, 'Gekaapt') })).status, role).toBe(403);
    }
    expect((await w.anon.put(`/catalogue/offers/${OFFER_ID}`, { etag, offer: testOffer(OFFER_ID, 'Gekaapt') })).status).toBe(401);
    expect(await etagOf()).toBe(etag);
  });

  it('cannot reach another municipality’s kaart, even with its ETag', async () => {
    const theirs = (await w.b.professional.get('/catalogue')).headers.get('etag')!;
    const res = await w.a.kaart_keeper.put(`/catalogue/offers/${OFFER_ID}`, { etag: theirs, offer: testOffer(OFFER_ID, 'Gekaapt') });
    expect(res.status).toBe(409);
    expect((await w.b.professional.get('/catalogue')).body.services[0].name).toBe('Thuisadministratie');
    expect((await w.b.professional.get('/catalogue')).headers.get('etag')).toBe(theirs);
  });
});
