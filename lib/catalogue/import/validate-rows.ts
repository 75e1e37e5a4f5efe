import type { Offer, Organization, Service } from '../../contracts/catalogue';
import { parseCatalogue } from '../parse-catalogue';

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
  reason: string;
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
  for (const skip of parsed.skipped) {
    if (skip.kind !== 'service') continue;
    const candidate = candidates[skip.index]!;
    const name = typeof candidate.service.name === 'string' ? candidate.service.name : undefined;
    all.push({ row: candidate.row, id: skip.id, name, reason: skip.reason });
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
