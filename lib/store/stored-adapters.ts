import { z } from 'zod';
import { AdapterVersionInfo, checkedAgain, configsInUse, type KeptTeamAdapter } from '../adapters/accept-team-adapters';
import type { AdapterConfig } from '../adapters/adapter-config';
import type { Database } from './database';
import { siteOfMatchPattern } from '../case-systems/case-system-address';

/*
 * The team's own adapters as this device keeps them (lib/adapters/accept-team-adapters.ts), with
 * the ETag to ask for changes. The sync pass writes them (lib/sync/refresh-adapters.ts); the
 * background hands the ones in use to the case panel, the options page shows what was refused.
 */

const ADAPTERS_KEY = 'team';

const Kept = z.object({
  id: z.string(),
  // The config itself is checked on the way out (configsInUse), by the schema of the extension that reads it.
  inUse: AdapterVersionInfo.extend({ config: z.custom<AdapterConfig>((v) => typeof v === 'object' && v !== null) }).optional(),
  refused: AdapterVersionInfo.partial()
    .extend({ reason: z.string(), issues: z.array(z.object({ path: z.string(), message: z.string() })) })
    .optional(),
});

export const StoredAdapters = z.object({
  adapters: z.array(Kept),
  etag: z.string().nullable(),
  fetchedAt: z.iso.datetime(),
});
export type StoredAdapters = z.infer<typeof StoredAdapters>;

export async function getStoredAdapters(db: Database): Promise<StoredAdapters | null> {
  const parsed = StoredAdapters.safeParse(await db.get('adapters', ADAPTERS_KEY));
  return parsed.success ? parsed.data : null;
}

export async function putStoredAdapters(db: Database, stored: StoredAdapters): Promise<void> {
  await db.put('adapters', stored, ADAPTERS_KEY);
}

/** The team's configs the case panel reads pages with, before the built-in ones. */
export async function teamAdapterConfigs(db: Database): Promise<AdapterConfig[]> {
  return configsInUse((await getStoredAdapters(db))?.adapters ?? []);
}

/** For the options page: per adapter of the team, the version in use (if any) and a refused newer one with its reason. */
export interface TeamAdapterStatus {
  id: string;
  name?: string;
  inUse: Omit<NonNullable<KeptTeamAdapter['inUse']>, 'config'> | null;
  refused: KeptTeamAdapter['refused'] | null;
  /** The sites (whole hosts, as "https://host/*") of the pages the version in use reads: what this browser must grant. */
  sites: string[];
  /** When this device last received the team's list. */
  fetchedAt: string;
}

export async function teamAdapterStatus(db: Database): Promise<TeamAdapterStatus[]> {
  const stored = await getStoredAdapters(db);
  if (!stored) return [];
  return checkedAgain(stored.adapters).map(({ id, inUse, refused }) => {
    if (!inUse) return { id, inUse: null, refused: refused ?? null, sites: [], fetchedAt: stored.fetchedAt };
    const { config, ...info } = inUse;
    const sites = [...new Set(config.matches.flatMap((m) => siteOfMatchPattern(m)?.pattern ?? []))];
    return { id, name: config.name, inUse: info, refused: refused ?? null, sites, fetchedAt: stored.fetchedAt };
  });
}
