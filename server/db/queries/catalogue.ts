import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { changesSince, nextRemovals, stampModified } from '../../../lib/catalogue/last-modified';
import { latestSaid, withAvailability, withoutAvailability, type SaidAvailability } from '../../../lib/catalogue/availability-overlay';
import type { Organization, Service } from '../../../lib/contracts/catalogue';
import type { Catalogue, CatalogueDelta, CatalogueSaved, CatalogueUpload } from '../../../lib/contracts/sync';
import { bareEtag } from '../../http/etag';
import type { Db } from '../open';
import { catalogues, municipalities } from '../schema';

export interface StoredCatalogue {
  etag: string;
  body: Catalogue;
}

/** A strong ETag over what a client receives, so an unchanged kaart costs a 304 and no body. */
function etagOf(version: string, demo: boolean, organizations: Organization[], services: Service[]): string {
  const hash = createHash('sha256').update(JSON.stringify({ version, demo, organizations, services })).digest('base64url');
  return `"${hash}"`;
}

/** Problems a schema can't see: dangling references and ids used twice. Empty means fine. */
export function catalogueProblems(upload: Pick<CatalogueUpload, 'organizations' | 'services'>): Array<{ path: string; message: string }> {
  const problems: Array<{ path: string; message: string }> = [];
  const orgIds = new Set<string>();
  upload.organizations.forEach((o, i) => {
    if (orgIds.has(o.id)) problems.push({ path: `organizations.${i}.id`, message: `id "${o.id}" komt twee keer voor` });
    orgIds.add(o.id);
  });
  const serviceIds = new Set<string>();
  upload.services.forEach((s, i) => {
    if (serviceIds.has(s.id)) problems.push({ path: `services.${i}.id`, message: `id "${s.id}" komt twee keer voor` });
    serviceIds.add(s.id);
    if (!orgIds.has(s.organization_id)) {
      problems.push({ path: `services.${i}.organization_id`, message: `organisatie "${s.organization_id}" staat niet in de kaart` });
    }
  });
  return problems;
}

/** No coordinator's word: the kaart as the keeper stored it (for the keeper's own edits and diffs). */
const NOTHING_SAID: ReadonlyMap<string, SaidAvailability> = new Map();

/** The later of the kaart's change and the last thing a coordinator said: what a copy is "since". */
function updatedAtWith(updatedAt: Date, said: ReadonlyMap<string, SaidAvailability>): Date {
  const latest = latestSaid(said);
  return latest && latest > updatedAt ? latest : updatedAt;
}

/** The kaart; with `said`, the coordinators' word laid over its offers (availability-overlay.ts). */
export async function getCatalogue(db: Db, municipalityId: string, said = NOTHING_SAID): Promise<StoredCatalogue> {
  const [row] = await db
    .select({ catalogue: catalogues, municipality: municipalities.name })
    .from(municipalities)
    .leftJoin(catalogues, eq(catalogues.municipalityId, municipalities.id))
    .where(eq(municipalities.id, municipalityId));
  const municipality = row?.municipality ?? '';
  const stored = row?.catalogue;
  if (!stored) {
    return {
      etag: etagOf('0', false, [], []),
      body: { version: '0', demo: false, municipality, updatedAt: null, organizations: [], services: [] },
    };
  }
  return {
    etag: stored.etag,
    body: {
      version: stored.version,
      demo: stored.demo,
      municipality,
      updatedAt: updatedAtWith(stored.updatedAt, said).toISOString(),
      organizations: stored.organizations,
      services: withAvailability(stored.services, said),
    },
  };
}

/**
 * What changed in a municipality's kaart after `since` (a device's copy), or null when the server
 * cannot tell and the device needs the whole kaart.
 */
export async function getCatalogueChanges(db: Db, municipalityId: string, since: Date, now: Date, said = NOTHING_SAID): Promise<{ etag: string; body: CatalogueDelta } | null> {
  const [row] = await db
    .select({ catalogue: catalogues, municipality: municipalities.name })
    .from(catalogues)
    .innerJoin(municipalities, eq(catalogues.municipalityId, municipalities.id))
    .where(eq(catalogues.municipalityId, municipalityId));
  if (!row) return null;
  const { catalogue } = row;
  const updatedAt = updatedAtWith(catalogue.updatedAt, said);
  const changes = changesSince({ ...catalogue, updatedAt, services: withAvailability(catalogue.services, said) }, since, now);
  if (!changes) return null;
  return {
    etag: catalogue.etag,
    body: {
      delta: true,
      version: catalogue.version,
      demo: catalogue.demo,
      municipality: row.municipality,
      updatedAt: updatedAt.toISOString(),
      since: since.toISOString(),
      ...changes,
      total: catalogue.services.length,
    },
  };
}

/** Replace a municipality's kaart as a whole; callers have validated every entry already. */
export async function saveCatalogue(
  db: Db,
  municipalityId: string,
  upload: CatalogueUpload,
  updatedBy: string | null,
  now: Date,
): Promise<CatalogueSaved> {
  const [stored] = await db
    .select({ services: catalogues.services, organizations: catalogues.organizations, removed: catalogues.removed })
    .from(catalogues)
    .where(eq(catalogues.municipalityId, municipalityId));
  const previous = stored ?? { services: [], organizations: [], removed: [] };
  const services = stampModified(previous, upload, now);
  const removed = nextRemovals(previous, upload, now);
  const etag = etagOf(upload.version, upload.demo, upload.organizations, services);
  const values = {
    version: upload.version,
    demo: upload.demo,
    etag,
    organizations: upload.organizations,
    services,
    removed,
    updatedAt: now,
    updatedBy,
  };
  await db
    .insert(catalogues)
    .values({ municipalityId, ...values })
    .onConflictDoUpdate({ target: catalogues.municipalityId, set: values });
  return { version: upload.version, etag, organizations: upload.organizations.length, services: upload.services.length };
}

/** What `replaceEntry` answers: stored, or refused because the kaart moved on, or no such entry. */
type EntryReplaced<T> =
  | { status: 'saved'; etag: string; before: T; after: T }
  | { status: 'stale'; etag: string; current: T | null }
  | { status: 'not_found' };

type Kaart = Pick<CatalogueUpload, 'organizations' | 'services'>;

/**
 * Change one entry of a municipality's kaart (an offer or an organisation, by its id), only if the
 * kaart is still the one the editor started from (its ETag): the compare and the write are one
 * statement, so of two editors who started from the same kaart one wins and the other is told,
 * instead of the later silently undoing the earlier. `refuse` may turn the change down from the
 * stored kaart once the ETag matched. The changed offers (an organisation's change counts as its
 * offers') get the server's time in `last_modified`, the others keep theirs (what modified_after
 * reads); the new ETag makes every device fetch the kaart on its next sync.
 */
async function replaceEntry<L extends keyof Kaart, Refusal = never>(
  db: Db,
  municipalityId: string,
  list: L,
  entry: Kaart[L][number],
  expectedEtag: string,
  updatedBy: string,
  now: Date,
  refuse: (kaart: Kaart) => Refusal | null = () => null,
): Promise<EntryReplaced<Kaart[L][number]> | Refusal> {
  type Entry = Kaart[L][number];
  const [stored] = await db.select().from(catalogues).where(eq(catalogues.municipalityId, municipalityId));
  const entries: Entry[] = stored?.[list] ?? [];
  const index = entries.findIndex((e) => e.id === entry.id);
  if (!stored || index < 0) return { status: 'not_found' };
  const before = entries[index]!;
  if (stored.etag !== bareEtag(expectedEtag)) return { status: 'stale', etag: stored.etag, current: before };
  const refusal = refuse(stored);
  if (refusal) return refusal;
  const changed = { organizations: stored.organizations, services: stored.services, [list]: entries.map((e, i) => (i === index ? entry : e)) } as Kaart;
  const services = stampModified(stored, changed, now);
  const etag = etagOf(stored.version, stored.demo, changed.organizations, services);
  const written = await db
    .update(catalogues)
    .set({ organizations: changed.organizations, services, etag, updatedAt: now, updatedBy })
    .where(and(eq(catalogues.municipalityId, municipalityId), eq(catalogues.etag, stored.etag)))
    .returning({ etag: catalogues.etag });
  if (!written.length) {
    const [latest] = await db.select({ etag: catalogues.etag, entries: catalogues[list] }).from(catalogues).where(eq(catalogues.municipalityId, municipalityId));
    const current = (latest?.entries as Entry[] | undefined)?.find((e) => e.id === entry.id) ?? null;
    return { status: 'stale', etag: latest?.etag ?? '', current };
  }
  return { status: 'saved', etag, before, after: entry };
}

export type OfferReplaced = EntryReplaced<Service> | { status: 'dangling'; organizationId: string };

/** Change one offer of a municipality's kaart from the ETag the editor started from (`replaceEntry`); its organisation must be in the kaart. */
export function replaceOffer(
  db: Db,
  municipalityId: string,
  offer: Service,
  expectedEtag: string,
  updatedBy: string,
  now: Date,
): Promise<OfferReplaced> {
  const dangling = (kaart: Kaart) =>
    kaart.organizations.some((o) => o.id === offer.organization_id) ? null : ({ status: 'dangling', organizationId: offer.organization_id } as const);
  // An editor that started from the kaart as sent may send the coordinator's overlay back: not the keeper's.
  return replaceEntry(db, municipalityId, 'services', withoutAvailability(offer), expectedEtag, updatedBy, now, dangling);
}

export type OrganizationReplaced = EntryReplaced<Organization>;

/**
 * Change one organisation of a municipality's kaart from the ETag the editor started from
 * (`replaceEntry`). Its offers get a new `last_modified`, so a delta sync carries them with it.
 */
export function replaceOrganization(
  db: Db,
  municipalityId: string,
  organization: Organization,
  expectedEtag: string,
  updatedBy: string,
  now: Date,
): Promise<OrganizationReplaced> {
  return replaceEntry(db, municipalityId, 'organizations', organization, expectedEtag, updatedBy, now);
}
