import type { Organization, Service } from '../../contracts/catalogue';
import { diffKaart, type OfferChange } from '../kaart-diff';

/*
 * What an import does to the kaart as stored, before anything is sent. An import adds to and
 * updates the kaart, it never empties it: an imported offer replaces the one with its id, a new one
 * is added, and an offer the source no longer lists stays, marked inactive when the keeper asks so
 * (the default), so professionals stop being sent to it while its history is kept. Because imports
 * keep their ids (a sheet's offers are named by organisation and name, an HSDS row by its id), a
 * second import of the same source updates instead of duplicating.
 */

export type Disappeared = 'keep' | 'inactive';

export interface ImportPlan {
  /** The kaart to send: every offer and organisation, ready for `PUT /catalogue`. */
  services: Service[];
  organizations: Organization[];
  added: Array<{ id: string; name: string }>;
  /** Imported offers that differ from the stored ones, with the fields that differ. */
  changed: OfferChange[];
  unchanged: Array<{ id: string; name: string }>;
  /** Stored offers the import does not list; `marked` when this import makes them inactive. */
  disappeared: Array<{ id: string; name: string; marked: boolean }>;
}

export interface ImportedPart {
  services: readonly Service[];
  organizations: readonly Organization[];
}

/** Already out of use: marking them inactive would undo "defunct" or change nothing. */
const OUT_OF_USE = new Set<Service['status']>(['inactive', 'defunct']);

export function planImport(
  currentServices: readonly Service[],
  currentOrganizations: readonly Organization[],
  imported: ImportedPart,
  { disappeared }: { disappeared: Disappeared },
): ImportPlan {
  const incoming = new Map(imported.services.map((s) => [s.id, s]));
  const gone = currentServices.filter((s) => !incoming.has(s.id));
  const markable = (s: Service) => disappeared === 'inactive' && !OUT_OF_USE.has(s.status);

  // Stored order first, so the kaart reads as before; new offers after, in the source's order.
  const stored = new Set(currentServices.map((s) => s.id));
  const services = [
    ...currentServices.map((s) => incoming.get(s.id) ?? (markable(s) ? { ...s, status: 'inactive' as const } : s)),
    ...imported.services.filter((s) => !stored.has(s.id)),
  ];
  const organizationsById = new Map(currentOrganizations.map((o) => [o.id, o]));
  for (const organization of imported.organizations) organizationsById.set(organization.id, organization);

  const diff = diffKaart(currentServices, services);
  const changedIds = new Set(diff.changed.map((c) => c.id));
  return {
    services,
    organizations: [...organizationsById.values()],
    added: diff.added,
    changed: diff.changed.filter((c) => incoming.has(c.id)),
    unchanged: currentServices.filter((s) => incoming.has(s.id) && !changedIds.has(s.id)).map(({ id, name }) => ({ id, name })),
    disappeared: gone.map((s) => ({ id: s.id, name: s.name, marked: markable(s) })),
  };
}
