import { Organization as OrganizationSchema, Service as ServiceSchema, type Offer, type Organization, type Service } from '../../contracts/catalogue';
import type { ImportReason } from '../../contracts/import-reason';
import { parseCatalogue } from '../parse-catalogue';
import { schemaReasons } from './rejection-reason';

/*
 * The end of every import (HSDS, CSV, XLSX): entries in our kaart's shape are checked by the kaart's
 * own contract, and each that fails is reported by the row of the source it came from, so the
 * keeper can find it in their file. Every valid row is kept.
 */

export interface RejectedRow {
  /** 1-based data row of the source (a spreadsheet's header row not counted). */
  row: number;
  id?: string;
  name?: string;
  /** Why, in the keeper's language when shown (`reasonsText`). */
  reasons: ImportReason[];
}

export interface ImportedKaart {
  /** Ready for `PUT /catalogue` (with a version of the caller's choosing). */
  organizations: Organization[];
  services: Service[];
  offers: Offer[];
  rejected: RejectedRow[];
}

export interface CandidateRow {
  row: number;
  service: Record<string, unknown>;
}

export function validateRows(organizations: unknown[], candidates: CandidateRow[], rejected: RejectedRow[]): ImportedKaart {
  const parsed = parseCatalogue({ version: 'import', organizations, services: candidates.map((c) => c.service) });
  const all = [...rejected];
  let organizationIds: Set<string> | undefined;
  for (const skip of parsed.skipped) {
    if (skip.kind !== 'service') continue;
    const candidate = candidates[skip.index]!;
    const name = typeof candidate.service.name === 'string' ? candidate.service.name : undefined;
    // parseCatalogue's reasons are Dutch log lines; the row report tells the three cases apart again.
    let reasons = schemaReasons(ServiceSchema, candidate.service);
    if (!reasons.length) {
      organizationIds ??= new Set(organizations.flatMap((o) => { const r = OrganizationSchema.safeParse(o); return r.success ? [r.data.id] : []; }));
      const organizationId = String(candidate.service.organization_id);
      reasons = organizationIds.has(organizationId) ? [{ key: 'duplicateId', args: { id: skip.id ?? '' } }] : [{ key: 'unknownOrganization', args: { id: organizationId } }];
    }
    all.push({ row: candidate.row, id: skip.id, name, reasons });
  }
  all.sort((a, b) => a.row - b.row);
  return {
    // Only organisations with an offer that loaded: the kaart lists providers of help.
    organizations: [...new Map(parsed.offers.map((o) => [o.organization.id, o.organization])).values()],
    services: parsed.offers.map(({ organization: _organization, ...service }) => service),
    offers: parsed.offers,
    rejected: all,
  };
}
