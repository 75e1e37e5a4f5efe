import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hsdsId } from '../../lib/catalogue/hsds/hsds-ids';
import { importHsds } from '../../lib/catalogue/hsds/from-hsds';
import { HsdsOrganization, HsdsService, HsdsServicePage } from '../../lib/contracts/hsds';
import { teams } from '../../server/db/schema';
import { createWorld, type World } from './harness';
import { testKaart, testOffer } from './kaart-fixture';

/*
 * The kaart published as the HSDS 3.0 API (server/routes/hsds.ts): paging with the API reference's
 * envelope, `modified_after` driven by the server's own per-offer change times, search, and 404s.
 */

let w: World;
let base: string;
let otherBase: string;

const names = (body: { contents: Array<{ name: string }> }) => body.contents.map((s) => s.name);

async function municipalityOf(teamId: string) {
  const [team] = await w.db.select({ id: teams.municipalityId }).from(teams).where(eq(teams.id, teamId));
  return team!.id;
}

/** Twelve offers: Aanbod 01 … Aanbod 12, one of which is about walking together. */
const offers = () =>
  Array.from({ length: 12 }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    const offer = testOffer(`aanbod-${n}`, `Aanbod ${n}`);
    return i === 6 ? { ...offer, name: 'Wandelmaatje', description: 'Elke week samen een stuk wandelen in de wijk.' } : offer;
  });

beforeAll(async () => {
  w = await createWorld();
  base = `/hsds/${await municipalityOf(w.teamA.id)}`;
  otherBase = `/hsds/${await municipalityOf(w.teamB.id)}`;
  expect((await w.a.kaart_keeper.put('/catalogue', testKaart('v1', offers()))).status).toBe(200);
});
afterAll(() => w.close());

describe('the HSDS API', () => {
  it('answers at its base with the HSDS version, without a sign-in', async () => {
    const res = await w.anon.get(base);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: '3.0', openapi_url: expect.stringMatching(/\/openapi\.json$/) });
  });

  it('pages services in the API reference’s envelope', async () => {
    const first = await w.anon.get(`${base}/services?per_page=5`);
    expect(first.status).toBe(200);
    const page = HsdsServicePage.parse(first.body);
    expect(page).toMatchObject({ total_items: 12, total_pages: 3, page_number: 1, size: 5, first_page: true, last_page: false, empty: false });
    const last = HsdsServicePage.parse((await w.anon.get(`${base}/services?per_page=5&page=3`)).body);
    expect(last).toMatchObject({ page_number: 3, size: 2, first_page: false, last_page: true });
    const beyond = HsdsServicePage.parse((await w.anon.get(`${base}/services?per_page=5&page=4`)).body);
    expect(beyond).toMatchObject({ size: 0, empty: true, contents: [] });
    // Every offer appears exactly once across the pages.
    const all = [1, 2, 3].map((p) => w.anon.get(`${base}/services?per_page=5&page=${p}`));
    const seen = (await Promise.all(all)).flatMap((r) => names(r.body));
    expect(new Set(seen).size).toBe(12);
  });

  it('refuses paging it cannot give, with a clear error', async () => {
    for (const query of ['page=0', 'per_page=0', 'per_page=501', 'page=abc', 'modified_after=gisteren']) {
      const res = await w.anon.get(`${base}/services?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.code, query).toBe('validation_failed');
    }
  });

  it('finds services with the panel’s own search', async () => {
    const res = await w.anon.get(`${base}/services?search=wandelen`);
    expect(names(res.body)[0]).toBe('Wandelmaatje');
  });

  it('gives only what changed after a moment, by the server’s clock, when a kaart is replaced whole', async () => {
    const before = new Date(w.clock.now);
    w.clock.now = new Date(before.getTime() + 60_000);
    const changed = offers().map((o) => (o.id === 'aanbod-03' ? { ...o, description: 'Nu ook op zaterdag.' } : o));
    expect((await w.a.kaart_keeper.put('/catalogue', testKaart('v2', changed))).status).toBe(200);
    const since = new Date(before.getTime() + 1000).toISOString();
    const res = await w.anon.get(`${base}/services?modified_after=${encodeURIComponent(since)}`);
    expect(names(res.body)).toEqual(['Aanbod 03']);
    expect(res.body.contents[0].last_modified).toBe(w.clock.now.toISOString());
    // From before the first upload, everything.
    const all = await w.anon.get(`${base}/services?per_page=50&modified_after=${encodeURIComponent(before.toISOString())}`);
    expect(all.body.total_items).toBe(12);
  });

  it('gives one service fully nested, by its HSDS UUID or our id; 404 for another', async () => {
    const byUuid = await w.anon.get(`${base}/services/${hsdsId('aanbod-07')}`);
    expect(byUuid.status).toBe(200);
    const service = HsdsService.parse(byUuid.body);
    expect(service.name).toBe('Wandelmaatje');
    expect(service.organization?.name).toBe('Humanitas');
    expect((await w.anon.get(`${base}/services/aanbod-07`)).body.id).toBe(service.id);
    const missing = await w.anon.get(`${base}/services/${hsdsId('bestaat-niet')}`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toMatch(/Geen aanbod/);
  });

  it('lists and gives organizations; 404 for an unknown one', async () => {
    const list = await w.anon.get(`${base}/organizations?search=humanitas`);
    expect(list.body).toMatchObject({ total_items: 1 });
    const one = await w.anon.get(`${base}/organizations/${hsdsId('humanitas')}`);
    expect(HsdsOrganization.parse(one.body).name).toBe('Humanitas');
    expect((await w.anon.get(`${base}/organizations?search=bestaatniet`)).body).toMatchObject({ total_items: 0, empty: true });
    expect((await w.anon.get(`${base}/organizations/${hsdsId('onbekend')}`)).status).toBe(404);
  });

  it('keeps municipalities apart, and answers 404 for one that does not exist', async () => {
    expect((await w.anon.get(`${otherBase}/services`)).body).toMatchObject({ total_items: 0, empty: true });
    const unknown = await w.anon.get(`/hsds/${crypto.randomUUID()}/services`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toMatch(/gemeente is onbekend/);
    expect((await w.anon.get('/hsds/niet-een-id/services')).status).toBe(400);
  });

  it('exports the whole kaart as one HSDS file that reads back to the same offers', async () => {
    const res = await w.anon.get(`${base}/export`);
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const catalogue = (await w.a.professional.get('/catalogue')).body;
    const back = importHsds(res.body);
    expect(back.rejected).toEqual([]);
    expect(back.services).toEqual(catalogue.services);
  });

  it('lets any web page read it (public data), and still no other route', async () => {
    const res = await w.anon.get(`${base}/services`, { origin: 'https://portal.gemeente.example' });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const other = await w.anon.get('/catalogue', { origin: 'https://portal.gemeente.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
