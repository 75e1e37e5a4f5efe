import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { KaartSynonyms, SynonymList } from '../../../lib/contracts/synonyms';
import type { Db } from '../open';
import { kaartSynonyms } from '../schema';

/*
 * A kaart keeper's own synonym list, one per municipality. Its ETag is its content's hash, so the
 * kaart's ETag joined with it (lib/catalogue/kaart-etag.ts) changes exactly when one of the two does.
 */

export interface StoredSynonyms {
  etag: string;
  list: SynonymList;
  updatedAt: Date | null;
}

/** The stored list as the API answers it (GET and PUT /catalogue/synonyms, and a 409's `current`). */
export function toKaartSynonyms(stored: StoredSynonyms): KaartSynonyms {
  return { etag: stored.etag, list: stored.list, updatedAt: stored.updatedAt?.toISOString() ?? null };
}

const EMPTY: SynonymList = { groups: [], english: {}, phrases: {} };

const etagOf = (list: SynonymList) => `"${createHash('sha256').update(JSON.stringify(list)).digest('base64url')}"`;

/** The municipality's list, or an empty one (with the ETag to save the first list from) when there is none. */
export async function getKaartSynonyms(db: Db, municipalityId: string): Promise<StoredSynonyms> {
  const [row] = await db.select().from(kaartSynonyms).where(eq(kaartSynonyms.municipalityId, municipalityId));
  return row ? { etag: row.etag, list: row.list, updatedAt: row.updatedAt } : { etag: etagOf(EMPTY), list: EMPTY, updatedAt: null };
}

export type SynonymsSaved = { status: 'saved'; etag: string; before: SynonymList; after: StoredSynonyms } | { status: 'stale'; current: StoredSynonyms };

/**
 * Replace the list if it is still the one the editor started from: the compare and the write are
 * one statement, so of two keepers who started from the same list one wins and the other is told.
 */
export async function saveKaartSynonyms(db: Db, municipalityId: string, list: SynonymList, expectedEtag: string, updatedBy: string, now: Date): Promise<SynonymsSaved> {
  const current = await getKaartSynonyms(db, municipalityId);
  if (current.etag !== expectedEtag.replace(/^W\//, '')) return { status: 'stale', current };
  const etag = etagOf(list);
  const values = { list, etag, updatedAt: now, updatedBy };
  const written = current.updatedAt
    ? await db
        .update(kaartSynonyms)
        .set(values)
        .where(and(eq(kaartSynonyms.municipalityId, municipalityId), eq(kaartSynonyms.etag, current.etag)))
        .returning({ etag: kaartSynonyms.etag })
    : await db
        .insert(kaartSynonyms)
        .values({ municipalityId, ...values })
        .onConflictDoNothing()
        .returning({ etag: kaartSynonyms.etag });
  if (!written.length) return { status: 'stale', current: await getKaartSynonyms(db, municipalityId) };
  return { status: 'saved', etag, before: current.list, after: { etag, list, updatedAt: now } };
}
