import { z } from 'zod';
import { CatalogueId, HandreikingFields, ServiceArea } from './catalogue';

/*
 * Open Referral HSDS 3.0, the objects the kaart is published and imported as, written from the
 * specification's schemas (openreferral/specification, schema/*.json and the API reference's
 * `Page`). Only what we read or write is spelled out; HSDS allows extra properties, so every
 * object stays open (`looseObject`) and our own fields travel in a `handreiking` property.
 *
 * Ids in HSDS are UUIDs; every nested object (phone, language, service area, attribute) has its own.
 */

const Uuid = z.uuid();
const text = z.string();

export const HSDS_VERSION = '3.0';

export const HSDS_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;

export const HsdsPhone = z.looseObject({
  id: Uuid,
  service_id: Uuid.nullish(),
  organization_id: Uuid.nullish(),
  number: text.min(1),
  description: text.nullish(),
});
export type HsdsPhone = z.infer<typeof HsdsPhone>;

export const HsdsLanguage = z.looseObject({
  id: Uuid,
  service_id: Uuid.nullish(),
  name: text.nullish(),
  /** ISO 639-1 or 639-3. */
  code: text.nullish(),
  note: text.nullish(),
});

export const HsdsServiceArea = z.looseObject({
  id: Uuid,
  service_id: Uuid.nullish(),
  name: text.nullish(),
  description: text.nullish(),
  extent: text.nullish(),
  extent_type: text.nullish(),
  uri: text.nullish(),
});

export const HsdsTaxonomyTerm = z.looseObject({
  id: Uuid,
  name: text.min(1),
  description: text,
  code: text.nullish(),
  taxonomy: text.nullish(),
});

export const HsdsAttribute = z.looseObject({
  id: Uuid,
  link_id: Uuid.nullish(),
  link_type: text.nullish(),
  link_entity: text.nullish(),
  value: text.nullish(),
  taxonomy_term_id: Uuid.nullish(),
  taxonomy_term: HsdsTaxonomyTerm.nullish(),
});

export const HsdsOrganization = z.looseObject({
  id: Uuid,
  name: text.min(1),
  description: text,
  email: z.email().nullish(),
  website: z.url().nullish(),
  phones: z.array(HsdsPhone).nullish(),
});
export type HsdsOrganization = z.infer<typeof HsdsOrganization>;

export const HsdsService = z.looseObject({
  id: Uuid,
  organization_id: Uuid.nullish(),
  name: text.min(1),
  alternate_name: text.nullish(),
  description: text.nullish(),
  url: z.url().nullish(),
  email: z.email().nullish(),
  status: z.enum(HSDS_STATUSES),
  application_process: text.nullish(),
  eligibility_description: text.nullish(),
  minimum_age: z.number().nullish(),
  maximum_age: z.number().nullish(),
  /** When the information was last checked (a date). */
  assured_date: z.iso.date().nullish(),
  last_modified: z.iso.datetime({ offset: true }).nullish(),
  phones: z.array(HsdsPhone).nullish(),
  languages: z.array(HsdsLanguage).nullish(),
  service_areas: z.array(HsdsServiceArea).nullish(),
  attributes: z.array(HsdsAttribute).nullish(),
  organization: HsdsOrganization.nullish(),
});
export type HsdsService = z.infer<typeof HsdsService>;

/** The API reference's list envelope; `contents` holds the entities of this page. */
export function hsdsPage<T extends z.ZodType>(item: T) {
  return z.object({
    total_items: z.number().int().min(0),
    total_pages: z.number().int().min(0),
    page_number: z.number().int().min(1),
    size: z.number().int().min(0),
    first_page: z.boolean(),
    last_page: z.boolean(),
    empty: z.boolean(),
    contents: z.array(item),
  });
}

export const HsdsServicePage = hsdsPage(HsdsService);
export type HsdsServicePage = z.infer<typeof HsdsServicePage>;

/**
 * Our own fields on an HSDS service, so that an export read back gives the same offer: the slug,
 * the areas with their postcodes and wijken (HSDS's service area has only text and geometry), and
 * everything a neighbourhood team needs on top of HSDS.
 */
export const HandreikingServiceExtension = z.object({
  source_id: CatalogueId,
  organization_source_id: CatalogueId,
  service_areas: z.array(ServiceArea).min(1),
  fields: HandreikingFields,
});
export type HandreikingServiceExtension = z.infer<typeof HandreikingServiceExtension>;

export const HandreikingOrganizationExtension = z.object({
  source_id: CatalogueId,
  network: z.string().optional(),
});
