import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { stampModified } from '../../../lib/catalogue/last-modified';
import type { Organization, Service } from '../../../lib/contracts/catalogue';
import type { Catalogue, CatalogueSaved, CatalogueUpload } from '../../../lib/contracts/sync';
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

export async function getCatalogue(db: Db, municipalityId: string): Promise<StoredCatalogue> {
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
      updatedAt: stored.updatedAt.toISOString(),
      organizations: stored.organizations,
      services: stored.services,
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
  const [previous] = await db
    .select({ services: catalogues.services })
    .from(catalogues)
    .where(eq(catalogues.municipalityId, municipalityId));
  const services = stampModified(previous?.services ?? [], upload.services, now);
  const etag = etagOf(upload.version, upload.demo, upload.organizations, services);
  const values = {
    version: upload.version,
    demo: upload.demo,
    etag,
    organizations: upload.organizations,
    services,
    updatedAt: now,
    updatedBy,
  };
  await db
    .insert(catalogues)
    .values({ municipalityId, ...values })
    .onConflictDoUpdate({ target: catalogues.municipalityId, set: values });
  return { version: upload.version, etag, organizations: upload.organizations.length, services: upload.services.length };
}
