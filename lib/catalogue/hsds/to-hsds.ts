import type { Offer, Organization, ServiceArea } from '../../contracts/catalogue';
import type { HandreikingServiceExtension, HsdsOrganization, HsdsPhone, HsdsService, HsdsServicePage } from '../../contracts/hsds';
import { childId, hsdsId } from './hsds-ids';

/*
 * The kaart as Open Referral HSDS 3.0: what a municipal portal or another team's tool can read
 * without knowing us. Standard fields carry what HSDS has a place for; the rest rides along in the
 * `handreiking` extension, so reading an export back gives the same offers.
 */

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

function phones(phoneList: Offer['phones'], owner: { service_id?: string; organization_id?: string }, parent: string): HsdsPhone[] {
  return phoneList.map((phone, i) => ({
    id: childId(parent, 'phone', i),
    ...owner,
    number: phone.number,
    ...(phone.description ? { description: phone.description } : {}),
  }));
}

/** HSDS's service area is text: the postcodes and wijken are written out for people to read. */
function describeArea(area: ServiceArea): string | undefined {
  const parts = [
    area.postcodes.length ? `postcodes ${area.postcodes.join(', ')}` : '',
    area.wijken.length ? `wijken ${area.wijken.join(', ')}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : undefined;
}

export function organizationToHsds(organization: Organization): HsdsOrganization {
  const id = hsdsId(organization.id);
  return {
    id,
    name: organization.name,
    description: organization.description,
    ...(organization.email ? { email: organization.email } : {}),
    ...(organization.url ? { website: organization.url } : {}),
    phones: phones(organization.phones, { organization_id: id }, id),
    handreiking: { source_id: organization.id, ...(organization.network ? { network: organization.network } : {}) },
  };
}

/**
 * One offer as an HSDS service. `brief` leaves out the nested lists, as the API reference allows
 * for list pages; the extension stays, since it is what makes the entry ours again.
 */
export function offerToHsds(offer: Offer, { brief = false }: { brief?: boolean } = {}): HsdsService {
  const id = hsdsId(offer.id);
  const extension: HandreikingServiceExtension = {
    source_id: offer.id,
    organization_source_id: offer.organization.id,
    service_areas: offer.service_areas,
    fields: offer.handreiking,
  };
  const service: HsdsService = {
    id,
    organization_id: hsdsId(offer.organization.id),
    name: offer.name,
    description: offer.description,
    status: offer.status,
    ...(offer.url ? { url: offer.url } : {}),
    ...(offer.email ? { email: offer.email } : {}),
    ...(offer.application_process ? { application_process: offer.application_process } : {}),
    ...(offer.eligibility_description ? { eligibility_description: offer.eligibility_description } : {}),
    ...(offer.minimum_age !== undefined ? { minimum_age: offer.minimum_age } : {}),
    ...(offer.maximum_age !== undefined ? { maximum_age: offer.maximum_age } : {}),
    ...(offer.assured_date ? { assured_date: offer.assured_date } : {}),
    ...(offer.last_modified ? { last_modified: offer.last_modified } : {}),
    handreiking: extension,
  };
  if (brief) return service;
  return {
    ...service,
    phones: phones(offer.phones, { service_id: id }, id),
    languages: offer.languages.map((code, i) => ({
      id: childId(id, 'language', i),
      service_id: id,
      code,
      name: languageNames.of(code) ?? code,
    })),
    service_areas: offer.service_areas.map((area, i) => {
      const description = describeArea(area);
      return { id: childId(id, 'service_area', i), service_id: id, name: area.name, ...(description ? { description } : {}) };
    }),
    attributes: offer.taxonomy_terms.map((term, i) => {
      const termId = childId(id, 'taxonomy_term', i);
      return {
        id: childId(id, 'attribute', i),
        link_id: id,
        link_type: 'service',
        link_entity: 'service',
        taxonomy_term_id: termId,
        taxonomy_term: { id: termId, name: term.term, description: term.term, ...(term.taxonomy ? { taxonomy: term.taxonomy } : {}) },
      };
    }),
    organization: organizationToHsds(offer.organization),
  };
}

/**
 * A page of the API reference's envelope. The whole-kaart export is the one page that holds
 * everything: HSDS has no file format of its own for many records, and this is the shape its
 * readers already parse.
 */
export function hsdsPageOf<T>(items: T[], page: number, perPage: number, total: number): Omit<HsdsServicePage, 'contents'> & { contents: T[] } {
  const totalPages = Math.ceil(total / perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: items.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: items.length === 0,
    contents: items,
  };
}

export function exportHsds(offers: Offer[]): HsdsServicePage {
  return hsdsPageOf(
    offers.map((offer) => offerToHsds(offer)),
    1,
    Math.max(1, offers.length),
    offers.length,
  );
}
