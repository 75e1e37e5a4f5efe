import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalogue, CatalogueDelta } from '../../lib/contracts/sync';
import { KaartSynonyms, KEEPER_SYNONYM_LIMITS, StaleSynonyms } from '../../lib/contracts/synonyms';
import { createWorld, type World } from './harness';
import { OFFER_ID, testKaart, testOffer } from './kaart-fixture';

/*
 * The kaart keeper's own synonym list (issue 15): kept per municipality, edited from the ETag the
 * editor started from, and sent with the kaart so every device searches with it after one sync,
 * also when only the list changed.
 */

const LIST = { groups: [{ words: ['Repaircafe', 'kapot', 'stuk'] }], english: { fixing: 'repaircafe' }, phrases: { 'gaat steeds stuk': 'kapot' } };

describe('the kaart keeper’s synonym list', () => {
  let w: World;
  beforeAll(async () => {
    w = await createWorld();
    expect((await w.a.kaart_keeper.put('/catalogue', testKaart('v1', [testOffer(OFFER_ID), testOffer('humanitas-maatje', 'Maatje')]))).status).toBe(200);
    expect((await w.b.kaart_keeper.put('/catalogue', testKaart('anderstad-1'))).status).toBe(200);
  });
  afterAll(() => w?.close());

  const tick = () => (w.clock.now = new Date(w.clock.now.getTime() + 60_000));

  it('is empty until saved, and the kaart is sent without one', async () => {
    const res = await w.a.kaart_keeper.get('/catalogue/synonyms');
    expect(res.status).toBe(200);
    expect(KaartSynonyms.parse(res.body)).toMatchObject({ list: { groups: [], english: {}, phrases: {} }, updatedAt: null });
    expect((await w.a.professional.get('/catalogue')).body).not.toHaveProperty('synonyms');
  });

  it('is saved (words in lower case), reaches the devices of its municipality only, and changes the kaart’s ETag', async () => {
    const before = await w.a.professional.get('/catalogue');
    const kaartEtag = before.headers.get('etag')!;
    const { etag } = (await w.a.kaart_keeper.get('/catalogue/synonyms')).body;
    tick();
    const saved = await w.a.kaart_keeper.put('/catalogue/synonyms', { etag, list: LIST });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.list.groups[0].words).toEqual(['repaircafe', 'kapot', 'stuk']);
    expect(saved.body.etag).not.toBe(etag);

    // A device with the kaart as it was gets a new kaart with the list, though no offer changed.
    const synced = await w.a.professional.get('/catalogue', { 'if-none-match': kaartEtag });
    expect(synced.status).toBe(200);
    expect(synced.headers.get('etag')).not.toBe(kaartEtag);
    expect(Catalogue.parse(synced.body).synonyms?.english).toEqual({ fixing: 'repaircafe' });
    expect((await w.a.professional.get('/catalogue', { 'if-none-match': synced.headers.get('etag')! })).status).toBe(304);
    // Team C shares the municipality, team B does not.
    expect((await w.b.professional.get('/catalogue')).body).not.toHaveProperty('synonyms');
    expect((await w.b.kaart_keeper.get('/catalogue/synonyms')).body.updatedAt).toBeNull();

    // A delta sync of a copy from before the change brings the list with no offers.
    const delta = await w.a.professional.get(`/catalogue?since=${encodeURIComponent(before.body.updatedAt)}`, { 'if-none-match': kaartEtag });
    expect(delta.status).toBe(200);
    const body = CatalogueDelta.parse(delta.body);
    expect(body.services).toEqual([]);
    expect(body.synonyms?.groups).toEqual([{ words: ['repaircafe', 'kapot', 'stuk'] }]);
    expect(delta.headers.get('etag')).toBe(synced.headers.get('etag'));
  });

  it('leaves the list out of a delta for a copy that has it already', async () => {
    const now = (await w.a.professional.get('/catalogue')).body;
    tick();
    const etag = (await w.a.professional.get('/catalogue')).headers.get('etag')!;
    // An offer edit from the ETag with the list still works (the kaart's own part is compared).
    const edit = await w.a.kaart_keeper.put(`/catalogue/offers/${OFFER_ID}`, { etag, offer: testOffer(OFFER_ID, 'Hulp bij de post') });
    expect(edit.status, JSON.stringify(edit.body)).toBe(200);
    const delta = await w.a.professional.get(`/catalogue?since=${encodeURIComponent(w.clock.now.toISOString())}`);
    expect(delta.body.delta).toBe(true);
    expect(delta.body).not.toHaveProperty('synonyms');
    expect(now.synonyms).toBeDefined();
  });

  it('refuses a save from a stale ETag with 409 and the stored list, and nothing stored', async () => {
    const { etag } = (await w.a.kaart_keeper.get('/catalogue/synonyms')).body;
    tick();
    const first = await w.a.kaart_keeper.put('/catalogue/synonyms', { etag, list: { groups: [{ words: ['klussen', 'klusjes'] }], english: {}, phrases: {} } });
    expect(first.status).toBe(200);
    const second = await w.a.kaart_keeper.put('/catalogue/synonyms', { etag, list: LIST });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('stale_kaart');
    expect(second.body.error.en).toContain('Someone else changed the word list');
    expect(second.body.current.list.groups).toEqual([{ words: ['klussen', 'klusjes'] }]);
    expect((await w.a.professional.get('/catalogue')).body.synonyms.groups).toEqual([{ words: ['klussen', 'klusjes'] }]);
    // The stored copy is the same answer as GET's and as the first save's, so the editor can compare and save from it.
    const { current } = StaleSynonyms.parse(second.body);
    expect(current).toEqual(KaartSynonyms.parse(first.body));
    expect(current).toEqual((await w.a.kaart_keeper.get('/catalogue/synonyms')).body);
  });

  it('tells the editor its edits are kept, and takes a save from the stored copy’s ETag', async () => {
    const { etag } = (await w.a.kaart_keeper.get('/catalogue/synonyms')).body;
    tick();
    expect((await w.a.kaart_keeper.put('/catalogue/synonyms', { etag, list: { groups: [{ words: ['klussen', 'reparatie'] }], english: {}, phrases: {} } })).status).toBe(200);
    const refused = await w.a.kaart_keeper.put('/catalogue/synonyms', { etag, list: LIST });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('jouw wijzigingen staan nog in het formulier');
    expect(refused.body.error.en).toContain('compare them with the stored list and save again');
    tick();
    const again = await w.a.kaart_keeper.put('/catalogue/synonyms', { etag: StaleSynonyms.parse(refused.body).current.etag, list: LIST });
    expect(again.status).toBe(200);
    expect(KaartSynonyms.parse(again.body)).toMatchObject({ list: { groups: [{ words: ['repaircafe', 'kapot', 'stuk'] }] }, updatedAt: w.clock.now.toISOString() });
  });

  it('refuses a list past the limits or with broken groups, with the place of each problem', async () => {
    const { etag } = (await w.a.kaart_keeper.get('/catalogue/synonyms')).body;
    const tooFew = await w.a.kaart_keeper.put('/catalogue/synonyms', { etag, list: { groups: [{ words: ['alleen'] }], english: {}, phrases: {} } });
    expect(tooFew.status).toBe(400);
    const long = 'x'.repeat(KEEPER_SYNONYM_LIMITS.wordLength + 1);
    const tooLong = await w.a.kaart_keeper.put('/catalogue/synonyms', { etag, list: { groups: [{ words: ['kort', long] }], english: {}, phrases: {} } });
    expect(tooLong.status).toBe(400);
    expect(JSON.stringify(tooLong.body)).toContain('hoogstens 60 tekens');
    const groups = Array.from({ length: KEEPER_SYNONYM_LIMITS.groups + 1 }, (_, i) => ({ words: [`a${i}`, `b${i}`] }));
    expect((await w.a.kaart_keeper.put('/catalogue/synonyms', { etag, list: { groups, english: {}, phrases: {} } })).status).toBe(400);
    const twice = await w.a.kaart_keeper.put('/catalogue/synonyms', { etag, list: { groups: [{ words: ['klus', 'Klus'] }], english: {}, phrases: {} } });
    expect(twice.status).toBe(400);
    expect((await w.a.kaart_keeper.get('/catalogue/synonyms')).body.etag).toBe(etag);
  });

  it('is the kaart keeper’s: other roles may neither read nor save it', async () => {
    for (const who of ['professional', 'ambassador', 'aandachtsfunctionaris', 'admin'] as const) {
      expect((await w.a[who].get('/catalogue/synonyms')).status).toBe(403);
      expect((await w.a[who].put('/catalogue/synonyms', { etag: '"x"', list: LIST })).status).toBe(403);
    }
  });
});
