import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../../lib/catalogue/parse-catalogue';
import { organization, service } from './fixture-offers';

describe('parseCatalogue', () => {
  it('loads valid entries and skips broken ones with a reason each', () => {
    const parsed = parseCatalogue({
      version: 't1',
      demo: true,
      organizations: [organization('org-a'), { id: 'org-broken' }, 'not an object', organization('org-a')],
      services: [
        service('ok-1', 'org-a'),
        service('bad-domain', 'org-a', { zrm_domains: ['astrology'] }),
        service('no-route', 'org-a', { request: {} }),
        service('orphan', 'org-missing'),
        service('bad-postcode', 'org-a', {}, { service_areas: [{ name: 'X', postcodes: ['48AB'] }] }),
        null,
        service('ok-2', 'org-a', { kind: 'neighbour' }),
        service('ok-1', 'org-a'),
      ],
    });
    expect(parsed.offers.map((o) => o.id)).toEqual(['ok-1', 'ok-2']);
    expect(parsed.offers[0]!.organization.name).toBe('Organisatie org-a');
    expect(parsed.skipped).toHaveLength(9);
    const byId = Object.fromEntries(parsed.skipped.filter((s) => s.id).map((s) => [`${s.kind}:${s.id}:${s.index}`, s.reason]));
    expect(byId['organization:org-broken:1']).toMatch(/name/);
    expect(byId['organization:org-a:3']).toBe('dubbel id');
    expect(byId['service:bad-domain:1']).toMatch(/zrm_domains/);
    expect(byId['service:no-route:2']).toMatch(/manier om aan te vragen/);
    expect(byId['service:orphan:3']).toMatch(/onbekende organisatie org-missing/);
    expect(byId['service:bad-postcode:4']).toMatch(/postcode/);
    expect(byId['service:ok-1:7']).toBe('dubbel id');
  });

  it('refuses a document without its lists, with a message', () => {
    expect(() => parseCatalogue({ version: 'x' })).toThrow(/organizations/);
  });
});

describe('catalogue links', () => {
  it('skips an offer whose links are not web addresses, since they are shown as links', () => {
    const parsed = parseCatalogue({
      version: 't2',
      organizations: [organization('org')],
      services: [
        service('script-form', 'org', { request: { form_url: 'javascript:alert(1)' } }),
        service('script-url', 'org', {}, { url: 'javascript:alert(1)' }),
        service('fine', 'org', { request: { form_url: 'https://org.demo.example/aanmelden' } }),
      ],
    });
    expect(parsed.offers.map((o) => o.id)).toEqual(['fine']);
    expect(parsed.skipped.map((s) => s.id)).toEqual(['script-form', 'script-url']);
  });
});
