import { z } from 'zod';
import type { ServiceArea } from '../../contracts/catalogue';
import type { ImportDefaults } from '../import/import-defaults';
import {
  HandreikingOrganizationExtension,
  HandreikingServiceExtension,
  HsdsOrganization,
  HsdsService,
} from '../../contracts/hsds';
import { validateRows, type CandidateRow, type ImportedKaart, type RejectedRow } from '../import/validate-rows';
import { ImportReason } from '../../contracts/import-reason';
import { schemaReasons } from '../import/rejection-reason';

/*
 * Reading a kaart that another tool publishes as Open Referral HSDS 3.0 (or that we exported).
 * Row by row: a row that is not HSDS, or that lacks what matching needs, is rejected with its row
 * number and the reason, and every valid row is kept. An export of ours carries the `handreiking`
 * extension and comes back exactly; a foreign kaart has no life domains, kind of help or volunteer
 * profile, so the kaart keeper gives those once for the whole import (`ImportDefaults`).
 */

export type { RejectedRow } from '../import/validate-rows';
export type { ImportDefaults } from '../import/import-defaults';

/** The shapes an HSDS source comes in: an API page, a bare list, or lists of both kinds. */
const Source = z.union([
  z.object({ contents: z.array(z.unknown()) }).transform((d) => ({ services: d.contents, organizations: [] as unknown[] })),
  z.array(z.unknown()).transform((services) => ({ services, organizations: [] as unknown[] })),
  z.object({
    services: z.array(z.unknown()),
    organizations: z.array(z.unknown()).default([]),
    // Read through our server (fetch-hsds-api.ts): each service's row in the source, and the rows it already refused.
    rows: z.array(z.number().int().min(1)).optional(),
    rejected: z.array(z.object({ row: z.number(), id: z.string().optional(), name: z.string().optional(), reasons: z.array(ImportReason) })).default([]),
  }),
]);

export class NotHsds extends Error {
  constructor() {
    super('Dit is geen HSDS-bestand: verwacht een lijst services, een API-pagina met "contents", of een object met "services" en "organizations".');
  }
}


const POSTCODE = /\b(\d{4})(?:\s*[-–]\s*(\d{4}))?\b/g;

/** Postcodes a foreign area names in its text ("3531-3533", "3572"): the part matching can use. */
function areaFrom(area: { name?: string | null; description?: string | null }): ServiceArea | null {
  const text = `${area.name ?? ''} ${area.description ?? ''}`;
  const postcodes = [...text.matchAll(POSTCODE)].map(([, from, to]) => (to ? `${from}-${to}` : from!));
  const name = area.name?.trim() || area.description?.trim();
  return name ? { name: name.slice(0, 300), postcodes, wijken: [] } : null;
}

/** Only what our phone format holds: digits, spaces, + - ( ). */
function phoneFrom(phone: { number: string; description?: string | null }) {
  const number = phone.number.replace(/[^0-9+ ()-]/g, '').trim();
  return { number, ...(phone.description ? { description: phone.description } : {}) };
}

function organizationFrom(hsds: HsdsOrganization): Record<string, unknown> {
  const extension = HandreikingOrganizationExtension.safeParse(hsds.handreiking);
  return {
    id: extension.success ? extension.data.source_id : hsds.id,
    name: hsds.name,
    description: hsds.description.trim() || hsds.name,
    ...(hsds.website ? { url: hsds.website } : {}),
    ...(hsds.email ? { email: hsds.email } : {}),
    phones: (hsds.phones ?? []).map(phoneFrom),
    ...(extension.success && extension.data.network ? { network: extension.data.network } : {}),
  };
}

/** Our service entry from an HSDS row; our contract validates it afterwards. */
function serviceFrom(hsds: HsdsService, organizationId: string, defaults: ImportDefaults): Record<string, unknown> | ImportReason[] {
  let extension: HandreikingServiceExtension | undefined;
  if (hsds.handreiking !== undefined) {
    const parsed = HandreikingServiceExtension.safeParse(hsds.handreiking);
    if (!parsed.success) return schemaReasons(HandreikingServiceExtension, hsds.handreiking, 'handreiking');
    extension = parsed.data;
  }
  const areas = (hsds.service_areas ?? []).map(areaFrom).filter((a): a is ServiceArea => a !== null);
  const phones = (hsds.phones ?? []).map(phoneFrom);
  return {
    id: extension?.source_id ?? hsds.id,
    organization_id: organizationId,
    name: hsds.name,
    description: hsds.description?.trim() || hsds.alternate_name?.trim() || hsds.name,
    status: hsds.status,
    ...(hsds.url ? { url: hsds.url } : {}),
    ...(hsds.email ? { email: hsds.email } : {}),
    ...(hsds.application_process ? { application_process: hsds.application_process } : {}),
    ...(hsds.eligibility_description ? { eligibility_description: hsds.eligibility_description } : {}),
    ...(hsds.minimum_age != null ? { minimum_age: hsds.minimum_age } : {}),
    ...(hsds.maximum_age != null ? { maximum_age: hsds.maximum_age } : {}),
    ...(hsds.assured_date ? { assured_date: hsds.assured_date } : {}),
    // Ours are UTC; a source may give an offset. A server that stores the kaart sets its own anyway.
    ...(hsds.last_modified ? { last_modified: new Date(hsds.last_modified).toISOString() } : {}),
    languages: (hsds.languages ?? []).map((l) => l.code?.toLowerCase()).filter((c): c is string => !!c && /^[a-z]{2}$/.test(c)),
    service_areas: extension?.service_areas ?? (areas.some((a) => a.postcodes.length) ? areas : (defaults.service_areas ?? areas)),
    phones,
    taxonomy_terms: (hsds.attributes ?? []).flatMap((a) =>
      a.taxonomy_term ? [{ term: a.taxonomy_term.name, ...(a.taxonomy_term.taxonomy ? { taxonomy: a.taxonomy_term.taxonomy } : {}) }] : [],
    ),
    handreiking: extension?.fields ?? {
      ...defaults.fields,
      request: {
        ...(phones[0] ? { phone: phones[0] } : {}),
        ...(hsds.email ? { email: hsds.email } : {}),
        ...(hsds.url ? { form_url: hsds.url } : {}),
      },
    },
  };
}

/** Reads an HSDS 3.0 source; throws `NotHsds` only when the whole document has no list of services. */
export function importHsds(input: unknown, defaults: ImportDefaults = {}): ImportedKaart {
  const source = Source.safeParse(input);
  if (!source.success) throw new NotHsds();
  const rejected: RejectedRow[] = 'rejected' in source.data ? [...source.data.rejected] : [];
  const rows = 'rows' in source.data ? source.data.rows : undefined;

  // Organisations: those listed beside the services and those nested in them, by HSDS id.
  const organizations = new Map<string, Record<string, unknown>>();
  for (const raw of source.data.organizations) {
    const parsed = HsdsOrganization.safeParse(raw);
    if (parsed.success) organizations.set(parsed.data.id, organizationFrom(parsed.data));
  }

  const candidates: CandidateRow[] = [];
  source.data.services.forEach((raw, index) => {
    const row = rows?.[index] ?? index + 1;
    const parsed = HsdsService.safeParse(raw);
    const name = raw && typeof raw === 'object' && 'name' in raw && typeof raw.name === 'string' ? raw.name.slice(0, 300) : undefined;
    if (!parsed.success) return void rejected.push({ row, name, reasons: schemaReasons(HsdsService, raw) });
    const hsds = parsed.data;
    const nested = hsds.organization ? organizationFrom(hsds.organization) : undefined;
    if (hsds.organization && !organizations.has(hsds.organization.id)) organizations.set(hsds.organization.id, nested!);
    const organization = nested ?? (hsds.organization_id ? organizations.get(hsds.organization_id) : undefined);
    if (!organization) {
      return void rejected.push({ row, id: hsds.id, name, reasons: [{ key: 'noOrganization' }] });
    }
    const service = serviceFrom(hsds, organization.id as string, defaults);
    if (Array.isArray(service)) return void rejected.push({ row, id: hsds.id, name, reasons: service });
    candidates.push({ row, service });
  });
  return validateRows([...organizations.values()], candidates, rejected);
}
