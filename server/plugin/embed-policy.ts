import type { Db } from '../db/open';
import { allEmbedOrigins, teamEmbedOriginList } from '../db/queries/embed-origins';

/*
 * Who may embed the vendor plugin (docs/plugin.md): the origins of the server's configuration
 * (PLUGIN_EMBED_ORIGINS) for every team, and each team's own, set in the console. The frame page is
 * loaded before anyone signs in, so its frame-ancestors lets in all of them; once the team is known
 * (sign-in, launch) only the configured ones and that team's count.
 */

export async function frameAncestors(db: Db, configured: readonly string[]): Promise<string[]> {
  return [...new Set([...configured, ...(await allEmbedOrigins(db))])];
}

export async function embedAllowed(db: Db, teamId: string, origin: string, configured: readonly string[]): Promise<boolean> {
  return configured.includes(origin) || (await teamEmbedOriginList(db, teamId)).includes(origin);
}
