import { describe, expect, it } from 'vitest';
import doc from '../../../demo/sociale-kaart.json';
import { parseCatalogue } from '../../../lib/catalogue/parse-catalogue';
import { coveringArea, wijkGazetteer } from '../../../lib/matching/area';
import { organization, service } from '../catalogue/fixture-offers';

/*
 * Area rules (domain.md, 003: matches failed on distance). Each rule is pinned from both sides,
 * covered and not covered, so that moving a bound or a fallback by one step turns a test red.
 */

const area = (name: string, postcodes: string[], wijken: string[] = []) => ({ name, postcodes, wijken });
const { offers } = parseCatalogue({
  version: 't',
  organizations: [organization('org')],
  services: [
    // Places wijken for the gazetteer: Noord 4813-4815, Oost 4816-4819, Hoogeloon 5528, Rand 4828-4831.
    service('noord', 'org', {}, { service_areas: [area('Noord', ['4813-4815'], ['Noord'])] }),
    service('oost', 'org', {}, { service_areas: [area('Oost', ['4816-4819'], ['Oost'])] }),
    service('hoogeloon', 'org', {}, { service_areas: [area('Hoogeloon', ['5528'], ['Hoogeloon'])] }),
    service('rand', 'org', {}, { service_areas: [area('Rand', ['4828-4831'], ['Rand'])] }),
    // Postcodes only.
    service('town', 'org', {}, { service_areas: [area('Heel Demostad', ['4811-4829'])] }),
    service('village', 'org', {}, { service_areas: [area('Kerkdorp', ['5529'])] }),
    service('split-town', 'org', {}, { service_areas: [area('Demostad in twee delen', ['4811-4814', '4815-4829'])] }),
    // Wijken only, and the whole town by name.
    service('wijken-only', 'org', {}, { service_areas: [area('Oost en Zuid', [], ['Oost', 'Zuid'])] }),
    service('named-town', 'org', {}, { service_areas: [area('Heel de gemeente', [])] }),
    // A wijk named in two towns: inside neither.
    service('noord-elders', 'org', {}, { service_areas: [area('Noord (Anderstad)', ['6000-6002'], ['Noord'])] }),
  ],
});
const byId = (id: string) => offers.find((o) => o.id === id)!;
const gazetteerOf = (...ids: string[]) => wijkGazetteer(ids.map(byId));
const GAZETTEER = gazetteerOf('noord', 'oost', 'hoogeloon', 'rand', 'town', 'village', 'wijken-only', 'named-town');

describe('wijkGazetteer', () => {
  it('places wijken from areas that name wijken and list postcodes, keyed by the folded name', () => {
    expect(Object.fromEntries(GAZETTEER)).toEqual({
      noord: ['4813-4815'],
      oost: ['4816-4819'],
      hoogeloon: ['5528'],
      rand: ['4828-4831'],
    });
  });

  it('keeps every range of a wijk named in several areas, once each', () => {
    expect(gazetteerOf('noord', 'noord', 'noord-elders').get('noord')).toEqual(['4813-4815', '6000-6002']);
  });

  it('places the demo kaart’s wijken', () => {
    const demo = wijkGazetteer(parseCatalogue(doc).offers);
    expect(demo.get('noord')).toEqual(['4813-4815']);
    expect(demo.get('west')).toEqual(['4825-4829']);
    expect(demo.get('hoogeloon')).toEqual(['5528']);
    expect(demo.has('heel demostad')).toBe(false);
  });
});

describe('coveringArea with a postcode', () => {
  it('includes both ends of a range and nothing beyond them', () => {
    expect(coveringArea(byId('noord'), { postcode4: '4812' })).toBeNull();
    expect(coveringArea(byId('noord'), { postcode4: '4813' })).toBe('Noord');
    expect(coveringArea(byId('noord'), { postcode4: '4814' })).toBe('Noord');
    expect(coveringArea(byId('noord'), { postcode4: '4815' })).toBe('Noord');
    expect(coveringArea(byId('noord'), { postcode4: '4816' })).toBeNull();
  });

  it('matches a single postcode exactly', () => {
    expect(coveringArea(byId('hoogeloon'), { postcode4: '5528' })).toBe('Hoogeloon');
    expect(coveringArea(byId('hoogeloon'), { postcode4: '5527' })).toBeNull();
    expect(coveringArea(byId('hoogeloon'), { postcode4: '5529' })).toBeNull();
  });

  it('lets the postcode decide over a wijk name when the area lists postcodes', () => {
    expect(coveringArea(byId('noord'), { postcode4: '4826', wijk: 'Noord' }, GAZETTEER)).toBeNull();
    expect(coveringArea(byId('noord'), { postcode4: '4814', wijk: 'West' }, GAZETTEER)).toBe('Noord');
  });

  it('uses the wijk for an area without postcodes', () => {
    expect(coveringArea(byId('wijken-only'), { postcode4: '4817', wijk: 'oost' })).toBe('Oost en Zuid');
    expect(coveringArea(byId('wijken-only'), { postcode4: '4814', wijk: 'Noord' })).toBeNull();
    expect(coveringArea(byId('wijken-only'), { postcode4: '4817' })).toBeNull();
  });
});

describe('coveringArea with only a wijk', () => {
  it('covers a wijk the area names, in any case, accents or spacing', () => {
    expect(coveringArea(byId('noord'), { wijk: 'Noord' })).toBe('Noord');
    expect(coveringArea(byId('noord'), { wijk: '  nóórd ' })).toBe('Noord');
    expect(coveringArea(byId('wijken-only'), { wijk: 'ZUID' })).toBe('Oost en Zuid');
    expect(coveringArea(byId('wijken-only'), { wijk: 'Noord' }, GAZETTEER)).toBeNull();
  });

  it('covers a wijk the kaart places inside a postcode-only area, and not one it places elsewhere', () => {
    expect(coveringArea(byId('town'), { wijk: 'Noord' }, GAZETTEER)).toBe('Heel Demostad');
    expect(coveringArea(byId('town'), { wijk: 'oost' }, GAZETTEER)).toBe('Heel Demostad');
    // The bug: a case in Hoogeloon was offered help from another village.
    expect(coveringArea(byId('town'), { wijk: 'Hoogeloon' }, GAZETTEER)).toBeNull();
    expect(coveringArea(byId('village'), { wijk: 'Noord' }, GAZETTEER)).toBeNull();
    expect(coveringArea(byId('hoogeloon'), { wijk: 'Noord' }, GAZETTEER)).toBeNull();
  });

  it('needs the whole wijk inside the area, across adjacent ranges too', () => {
    // Rand is 4828-4831; Demostad ends at 4829.
    expect(coveringArea(byId('town'), { wijk: 'Rand' }, GAZETTEER)).toBeNull();
    expect(coveringArea(byId('split-town'), { wijk: 'Noord' }, GAZETTEER)).toBe('Demostad in twee delen');
    expect(coveringArea(byId('split-town'), { wijk: 'Rand' }, GAZETTEER)).toBeNull();
  });

  it('treats a wijk placed in two towns as inside neither', () => {
    const ambiguous = gazetteerOf('noord', 'noord-elders');
    expect(coveringArea(byId('town'), { wijk: 'Noord' }, ambiguous)).toBeNull();
    expect(coveringArea(byId('noord'), { wijk: 'Noord' }, ambiguous)).toBe('Noord');
  });

  // A wijk no area of the kaart places cannot be held against a postcode-only area: unknown, so
  // neither covered nor ruled out (ruling out hid every town-wide offer for a client in "Centrum").
  it('leaves the place unknown for a wijk the kaart does not place and a postcode-only area', () => {
    expect(coveringArea(byId('town'), { wijk: 'Centrum' }, GAZETTEER)).toBeUndefined();
    expect(coveringArea(byId('town'), { wijk: 'Noord' })).toBeUndefined();
  });

  it('covers any wijk with an area that has neither postcodes nor wijken', () => {
    expect(coveringArea(byId('named-town'), { wijk: 'Centrum' })).toBe('Heel de gemeente');
    expect(coveringArea(byId('named-town'), { wijk: 'Hoogeloon' }, GAZETTEER)).toBe('Heel de gemeente');
  });
});

describe('coveringArea without a place', () => {
  it('is undefined when neither postcode nor wijk is known', () => {
    expect(coveringArea(byId('town'), {}, GAZETTEER)).toBeUndefined();
    expect(coveringArea(byId('named-town'), { wijk: '   ' })).toBeUndefined();
  });
});

describe('coveringArea is pure', () => {
  it('does not change the offer or the gazetteer', () => {
    const offer = byId('town');
    const before = JSON.stringify({ offer, gazetteer: [...GAZETTEER] });
    coveringArea(offer, { wijk: 'Noord' }, GAZETTEER);
    coveringArea(offer, { postcode4: '4814' }, GAZETTEER);
    expect(JSON.stringify({ offer, gazetteer: [...GAZETTEER] })).toBe(before);
  });
});
