import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../../lib/catalogue/parse-catalogue';
import { createSearchIndex } from '../../../lib/catalogue/search-index';
import { needWithoutDenied } from '../../../lib/case-text/read-case-text';
import { CaseContext, type CaseContextInput } from '../../../lib/contracts/case-context';
import { coveringArea } from '../../../lib/matching/area';
import { isAvailable } from '../../../lib/matching/availability';
import { matchCase } from '../../../lib/matching/match-case';
import { organization, service } from '../catalogue/fixture-offers';

const { offers } = parseCatalogue({
  version: 't',
  organizations: [organization('org')],
  services: [
    service('buddy', 'org', { zrm_domains: ['social_network'], kind: 'buddy' }),
    service('family-conference', 'org', { zrm_domains: ['social_network'], kind: 'own_network', involves_own_network: true }),
    service('neighbour-admin', 'org', { zrm_domains: ['finances'], kind: 'neighbour', keywords: ['administratie'] }),
    service('anonymous-admin', 'org', {
      zrm_domains: ['finances'],
      kind: 'volunteer_organisation',
      keywords: ['administratie'],
      volunteers: { trained: true, screened: true, coordinator: true, contact_with_professional: false, complex_cases: false, anonymous: true, commitment: 'short' },
    }),
    service('respite', 'org', { zrm_domains: ['mental_health'], kind: 'carer_support', target_groups: ['carers'] }),
    service('exchange', 'org', { zrm_domains: ['mental_health'], kind: 'neighbourhood_initiative', asks_effort_from_household: true }),
    service('tax', 'org', { zrm_domains: ['finances'], kind: 'volunteer_organisation', availability: [{ until: '04-01' }] }),
    service('winter', 'org', { zrm_domains: ['social_network'], kind: 'volunteer_organisation', availability: [{ from: '11-01', until: '03-01' }] }),
    service('noord-only', 'org', { zrm_domains: ['social_network'], kind: 'neighbour' }, { service_areas: [{ name: 'Noord', postcodes: ['4813-4815'], wijken: ['Noord'] }] }),
    service('seniors', 'org', { zrm_domains: ['social_network'], kind: 'buddy' }, { minimum_age: 65 }),
  ],
});
const index = createSearchIndex(offers);
const NOW = new Date('2026-11-23T12:00:00Z');
const byId = (id: string) => offers.find((o) => o.id === id)!;
const ctx = (input: Partial<CaseContextInput>) => CaseContext.parse({ system: 'test', caseKey: 'X', zrm: {}, ...input });
const ids = (input: Partial<CaseContextInput>, now = NOW) => matchCase({ context: ctx(input), offers, index, now }).suggestions.map((s) => s.serviceId);

describe('matching rules', () => {
  it('never suggests informal help for a domain scored 1 (acute), but does for others', () => {
    const result = ids({ zrm: { scores: { social_network: 1, finances: 2 } } });
    expect(result).not.toContain('buddy');
    expect(result).toContain('anonymous-admin');
  });

  it('keeps the own network and neighbours out where the network is unsafe', () => {
    const result = ids({ zrm: { scores: { social_network: 2 } }, flags: ['domestic_violence'] });
    expect(result).toContain('buddy');
    expect(result).not.toContain('family-conference');
    expect(result).not.toContain('noord-only');
  });

  it('prefers anonymous trained volunteers over neighbours for debts', () => {
    const result = ids({ zrm: { scores: { finances: 2 } }, needText: 'administratie', flags: ['debts'] });
    expect(result[0]).toBe('anonymous-admin');
    expect(result).not.toContain('neighbour-admin');
  });

  it('suggests respite and nothing that adds load for an overburdened carer', () => {
    const result = ids({ zrm: { scores: { mental_health: 2 } }, flags: ['carer_overburdened'] });
    expect(result[0]).toBe('respite');
    expect(result).not.toContain('exchange');
  });

  it('suggests nothing at all in a coercive setting', () => {
    const result = matchCase({ context: ctx({ zrm: { scores: { social_network: 2 } }, flags: ['coercive'] }), offers, index, now: NOW });
    expect(result.suggestions).toEqual([]);
    expect(result.warnings[0]).toMatchObject({ code: 'coercive_no_volunteers', blocksAll: true });
  });

  it('leaves out offers outside the case’s area or age', () => {
    expect(ids({ zrm: { scores: { social_network: 2 } }, postcode4: '4826' })).not.toContain('noord-only');
    expect(ids({ zrm: { scores: { social_network: 2 } }, postcode4: '4814' })).toContain('noord-only');
    expect(ids({ zrm: { scores: { social_network: 2 } }, age: 40 })).not.toContain('seniors');
    expect(ids({ zrm: { scores: { social_network: 2 } }, age: 80 })).toContain('seniors');
  });
});

describe('availability windows', () => {
  it('runs "until 04-01" from New Year to 31 March', () => {
    expect(isAvailable(byId('tax'), new Date('2027-03-31T12:00:00'))).toBe(true);
    expect(isAvailable(byId('tax'), new Date('2027-04-01T12:00:00'))).toBe(false);
  });

  it('wraps a window over New Year', () => {
    expect(isAvailable(byId('winter'), new Date('2026-12-15T12:00:00'))).toBe(true);
    expect(isAvailable(byId('winter'), new Date('2027-02-15T12:00:00'))).toBe(true);
    expect(isAvailable(byId('winter'), new Date('2027-06-15T12:00:00'))).toBe(false);
  });
});

describe('area', () => {
  it('matches a wijk name when the page gives no postcode, and says when there is no place at all', () => {
    expect(coveringArea(byId('noord-only'), { wijk: 'noord' })).toBe('Noord');
    expect(coveringArea(byId('noord-only'), { wijk: 'Zuid' })).toBeNull();
    expect(coveringArea(byId('noord-only'), {})).toBeUndefined();
  });
});

describe('negation in need text', () => {
  it('drops what the client does not want', () => {
    expect(needWithoutDenied('Hij wil liever geen hulp van de buren, wel een maatje')).not.toMatch(/buren/);
    expect(needWithoutDenied('niet via familie of buren maar anoniem')).not.toMatch(/familie|buren/);
    expect(needWithoutDenied('zoekt een maatje')).toBe('zoekt een maatje');
  });
});
