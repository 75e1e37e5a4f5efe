import { z } from 'zod';

/*
 * The origins allowed to embed the vendor plugin for a team (docs/plugin.md): the administrator
 * sets them per team in the console (PUT /admin/teams/{id}/embed-origins), beside the server-wide
 * PLUGIN_EMBED_ORIGINS; the plugin's frame asks whether its host page is one of its team's.
 */

export const MAX_EMBED_ORIGINS = 20;

export const TeamEmbedOrigins = z.object({
  /** The team's own list, sorted. */
  origins: z.array(z.string()),
  /** PLUGIN_EMBED_ORIGINS: allowed for every team, set in the server's configuration. */
  configured: z.array(z.string()),
});
export type TeamEmbedOrigins = z.infer<typeof TeamEmbedOrigins>;

/** The whole list at once: what is not in it is no longer allowed. Each one is checked by lib/plugin/embed-origin.ts. */
export const PutTeamEmbedOrigins = z.strictObject({
  origins: z.array(z.string().trim().min(1).max(300)).max(MAX_EMBED_ORIGINS),
});
export type PutTeamEmbedOrigins = z.infer<typeof PutTeamEmbedOrigins>;

export const EmbedCheckQuery = z.object({ origin: z.string().min(1).max(300) });

/** Whether the page the plugin is embedded in may show the signed-in team's panel. */
export const EmbedCheck = z.object({ allowed: z.boolean() });
export type EmbedCheck = z.infer<typeof EmbedCheck>;
