import type { CatalogueUploadInput } from '../../lib/contracts/sync';

/*
 * The kaart the server tests upload: one fictitious organisation (Humanitas, as in the harness's
 * `registration()`), offers of the administration kind. One definition, so a change to the kaart
 * contract is made once for every suite.
 */

export const ORGANIZATION_ID = 'humanitas';
export const OFFER_ID = 'humanitas-thuisadministratie';

type Offer = CatalogueUploadInput['services'][number];

/** The one organisation of the test kaart. */
export const TEST_ORGANIZATION = { id: ORGANIZATION_ID, name: 'Humanitas', description: 'Vrijwilligers voor thuisadministratie en maatjes.' };

export function testOffer(id: string, name = 'Thuisadministratie'): Offer {
  return {
    id,
    organization_id: ORGANIZATION_ID,
    name,
    description: 'Een getrainde vrijwilliger helpt de administratie op orde te krijgen.',
    service_areas: [{ name: 'Teststad' }],
    handreiking: {
      zrm_domains: ['finances'],
      kind: 'volunteer_organisation',
      target_groups: ['everyone'],
      waiting_days: { typical: 14 },
      volunteers: { trained: true, screened: true, coordinator: true, contact_with_professional: true, complex_cases: false, commitment: 'long' },
      request: { email: 'aanmelden@humanitas.demo.example' },
    },
  };
}

/** A kaart with these offers (by default the one the harness's records name). */
export function testKaart(version: string, offers: Offer[] = [testOffer(OFFER_ID)]): CatalogueUploadInput {
  return {
    version,
    organizations: [TEST_ORGANIZATION],
    services: offers,
  };
}
