import { reasonsIn } from '../i18n/texts';
import { describe, expect, it } from 'vitest';
import demo from '../../../demo/sociale-kaart.json';
import foreign from '../../fixtures/hsds/foreign-kaart.json';
import { importHsds, NotHsds } from '../../../lib/catalogue/hsds/from-hsds';
import { hsdsId } from '../../../lib/catalogue/hsds/hsds-ids';
import { exportHsds, offerToHsds } from '../../../lib/catalogue/hsds/to-hsds';
import { parseCatalogue } from '../../../lib/catalogue/parse-catalogue';
import { HsdsOrganization, HsdsService, HsdsServicePage } from '../../../lib/contracts/hsds';
import { IMPORT_DEFAULTS as DEFAULTS } from './fixture-offers';

const { offers } = parseCatalogue(demo);

/**
 * Every `id` in a value, to check that nested objects have their own, unique ones. An organisation
 * repeats inside each of its services, so its subtree is left out.
 */
function allIds(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => allIds(v, into));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'handreiking' || key === 'organization') continue;
      if (key === 'id' && typeof v === 'string') into.push(v);
      else allIds(v, into);
    }
  }
  return into;
}

describe('the kaart as HSDS 3.0', () => {
  const exported = JSON.parse(JSON.stringify(exportHsds(offers))) as unknown;

  it('exports every offer as a service that passes our HSDS schemas, in the API page envelope', () => {
    const page = HsdsServicePage.parse(exported);
    expect(page.total_items).toBe(offers.length);
    expect(page.contents).toHaveLength(offers.length);
    expect(page.last_page).toBe(true);
    for (const service of page.contents) {
      expect(HsdsService.safeParse(service).success).toBe(true);
      expect(HsdsOrganization.safeParse(service.organization).success).toBe(true);
    }
  });

  it('gives every object, nested ones included, its own UUID, the same on every export', () => {
    const ids = allIds(exported);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(offers.length * 3);
    const organizations = offers.map((o) => o.organization);
    const organizationIds = new Set(organizations.map((o) => hsdsId(o.id)));
    expect(organizationIds.size).toBe(new Set(organizations.map((o) => o.id)).size);
    for (const id of organizationIds) expect(ids).not.toContain(id);
    expect(JSON.parse(JSON.stringify(exportHsds(offers)))).toEqual(exported);
  });

  it('writes the languages, areas, phones and taxonomy terms in HSDS’s own fields for readers that do not know ours', () => {
    const offer = offers.find((o) => o.phones.length && o.taxonomy_terms.length && o.service_areas.some((a) => a.postcodes.length));
    expect(offer, 'the demo kaart has an offer with phones, terms and postcodes').toBeDefined();
    const service = offerToHsds(offer!);
    expect(service.phones?.map((p) => p.number)).toEqual(offer!.phones.map((p) => p.number));
    expect(service.languages?.map((l) => l.code)).toEqual(offer!.languages);
    expect(service.attributes?.map((a) => a.taxonomy_term?.name)).toEqual(offer!.taxonomy_terms.map((t) => t.term));
    const area = offer!.service_areas.findIndex((a) => a.postcodes.length);
    expect(service.service_areas?.[area]?.description).toContain(offer!.service_areas[area]!.postcodes[0]);
  });

  it('reads its own export back to the same offers: our fields survive the round trip', () => {
    const back = importHsds(exported);
    expect(back.rejected).toEqual([]);
    expect(back.offers).toEqual(offers);
  });

  it('keeps a changed field through the round trip (no stale copy wins)', () => {
    const page = HsdsServicePage.parse(exported);
    const first = page.contents[0]!;
    const changed = { ...first, name: 'Nieuwe naam (fictief)', assured_date: '2026-11-30' };
    const back = importHsds({ ...page, contents: [changed] });
    expect(back.offers[0]!.name).toBe('Nieuwe naam (fictief)');
    expect(back.offers[0]!.assured_date).toBe('2026-11-30');
    expect(back.offers[0]!.handreiking).toEqual(offers[0]!.handreiking);
  });
});

describe('importing a foreign HSDS kaart', () => {
  it('keeps the valid rows and reports every broken one with its row and reason', () => {
    const result = importHsds(foreign, DEFAULTS);
    expect(result.offers.map((o) => o.name)).toEqual(['Boodschappenhulp Lombok']);
    const reasons = Object.fromEntries(result.rejected.map((r) => [r.row, reasonsIn('nl', r)]));
    expect(Object.keys(reasons).map(Number)).toEqual([2, 3, 4, 5, 6]);
    expect(reasons[2]).toMatch(/name/);
    expect(reasons[3]).toMatch(/status/);
    expect(reasons[4]).toMatch(/geen organisatie/);
    expect(reasons[5]).toMatch(/manier om aan te vragen/);
    expect(reasons[6]).toMatch(/service_areas/);
  });

  it('maps HSDS’s fields onto ours: areas with their postcodes, languages, phone, terms, request route', () => {
    const [offer] = importHsds(foreign, DEFAULTS).offers;
    expect(offer!.id).toBe('0b0c3d0e-1111-4a6b-8c9d-000000000001');
    expect(offer!.service_areas).toEqual([{ name: 'Lombok', postcodes: ['3531-3532'], wijken: [] }]);
    expect(offer!.languages).toEqual(['nl', 'tr']);
    expect(offer!.phones).toEqual([{ number: '030 123 45 67 (-)' }]);
    expect(offer!.taxonomy_terms).toEqual([{ term: 'boodschappen' }]);
    expect(offer!.handreiking.request).toEqual({ phone: { number: '030 123 45 67 (-)' }, email: 'hulp@buurtkracht.demo.example' });
    expect(offer!.handreiking.kind).toBe('volunteer_organisation');
    expect(offer!.assured_date).toBe('2026-05-01');
    expect(offer!.organization).toMatchObject({ name: 'Stichting Buurtkracht (fictief)', url: 'https://buurtkracht.demo.example' });
  });

  it('uses the keeper’s default area for a row whose area names no postcode', () => {
    const result = importHsds(foreign, { ...DEFAULTS, service_areas: [{ name: 'Heel Utrecht', postcodes: [], wijken: [] }] });
    expect(result.offers.map((o) => o.name)).toContain('Koffieochtend');
    expect(result.offers.find((o) => o.name === 'Koffieochtend')!.status).toBe('temporarily closed');
    // The Lombok row named its own postcodes: those win over the default.
    expect(result.offers.find((o) => o.name === 'Boodschappenhulp Lombok')!.service_areas[0]!.name).toBe('Lombok');
  });

  it('without defaults, says which of our fields a foreign row lacks', () => {
    const result = importHsds(foreign);
    expect(result.offers).toEqual([]);
    expect(reasonsIn('nl', result.rejected.find((r) => r.row === 1)!)).toMatch(/zrm_domains|kind|target_groups/);
  });

  it('rejects a row whose extension is broken instead of guessing', () => {
    const page = HsdsServicePage.parse(JSON.parse(JSON.stringify(exportHsds(offers.slice(0, 2)))));
    const broken = { ...page.contents[1]!, handreiking: { source_id: 'x', fields: {} } };
    const result = importHsds({ ...page, contents: [page.contents[0], broken] });
    expect(result.offers).toHaveLength(1);
    expect(result.rejected).toEqual([expect.objectContaining({ row: 2 })]);
    expect(reasonsIn('nl', result.rejected[0]!)).toMatch(/^handreiking\./);
  });

  it('refuses a document that holds no list of services, with a message saying what it expects', () => {
    expect(() => importHsds({ version: '1' })).toThrow(NotHsds);
    expect(() => importHsds('services')).toThrow(/HSDS/);
  });
});
