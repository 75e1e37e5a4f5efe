import { createRoute, z } from '@hono/zod-openapi';
import { ABILITIES } from '../../lib/contracts/abilities';
import { EmbedCheck, EmbedCheckQuery, PutTeamEmbedOrigins, TeamEmbedOrigins } from '../../lib/contracts/embed-origins';
import { embedOriginProblem, type EmbedOriginProblem } from '../../lib/plugin/embed-origin';
import { audited } from '../audit/record';
import { allow, signedIn } from '../auth/middleware';
import { getTeam } from '../db/queries/accounts';
import { replaceTeamEmbedOrigins, teamEmbedOriginList } from '../db/queries/embed-origins';
import { ApiFailure, notFound } from '../http/errors';
import { bearer, createRouter, errors, json } from '../http/router';
import { embedAllowed } from '../plugin/embed-policy';

/*
 * Embedding origins per team for the vendor plugin (docs/plugin.md): the administrator sets a
 * team's list in the console; the plugin's frame, once signed in, asks whether the page it is in is
 * allowed for its team, and shows nothing when it is not.
 */

export interface EmbedOriginSettings {
  /** PLUGIN_EMBED_ORIGINS: allowed for every team. */
  configured: readonly string[];
  /** A demo server (--demo) also takes http://localhost origins. */
  allowLocalhost: boolean;
}

const IdParam = z.object({ id: z.uuid() });

const PROBLEM_TEXT: Record<EmbedOriginProblem, [nl: string, en: string]> = {
  not_origin: ['geen origin: schrijf alleen schema, host en eventueel poort, zoals https://zorgsysteem.example', 'not an origin: scheme, host and port only, like https://vendor.example'],
  not_https: ['alleen https (http alleen voor localhost op een demoserver)', 'https only (http only for localhost on a demo server)'],
};

export function embedOriginRoutes(settings: EmbedOriginSettings) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/teams/{id}/embed-origins',
        summary: 'The origins allowed to embed the vendor plugin for a team (administrators), and those of the server’s configuration',
        security: bearer,
        middleware: [allow(...ABILITIES.embedPlugin)] as const,
        request: { params: IdParam },
        responses: { 200: json(TeamEmbedOrigins, 'The team’s list and the configured one'), ...errors(400, 401, 403, 404) },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        if (!(await getTeam(c.var.db, id))) throw notFound('Dit team bestaat niet.', 'No such team.');
        return c.json({ origins: await teamEmbedOriginList(c.var.db, id), configured: [...settings.configured] }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/teams/{id}/embed-origins',
        summary: 'Replace the origins allowed to embed the vendor plugin for a team (administrators)',
        description: 'Exact https origins (http only for localhost on a demo server); the whole list at once.',
        security: bearer,
        middleware: [allow(...ABILITIES.embedPlugin)] as const,
        request: { params: IdParam, body: { content: { 'application/json': { schema: PutTeamEmbedOrigins } }, required: true } },
        responses: { 200: json(TeamEmbedOrigins, 'Saved'), ...errors(400, 401, 403, 404) },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        const { origins } = c.req.valid('json');
        const issues = origins.flatMap((origin, i) => {
          const problem = embedOriginProblem(origin, { allowLocalhost: settings.allowLocalhost });
          return problem ? [{ path: `origins.${i}`, message: `${origin}: ${PROBLEM_TEXT[problem][0]}`, en: `${origin}: ${PROBLEM_TEXT[problem][1]}` }] : [];
        });
        if (issues.length) {
          throw new ApiFailure(
            400,
            'validation_failed',
            `Ongeldige invoer, er is niets opgeslagen. ${issues.map((i) => i.message).join('; ')}`,
            `Not saved. ${issues.map((i) => i.en).join('; ')}`,
            issues.map(({ path, message }) => ({ path, message })),
          );
        }
        if (!(await getTeam(c.var.db, id))) throw notFound('Dit team bestaat niet.', 'No such team.');
        const saved = await audited(
          c,
          (tx) => replaceTeamEmbedOrigins(tx, { teamId: id, origins, userId: c.var.session.user.id, now: c.var.now() }),
          (r) => ({ action: 'team.embed_origins_set', target: { kind: 'team', id }, teamId: id, summary: { count: r.origins.length, added: r.added.map((o) => o.slice(0, 100)), removed: r.removed.map((o) => o.slice(0, 100)) } }),
        );
        return c.json({ origins: saved.origins, configured: [...settings.configured] }, 200);
      },
    );
}

/** For the plugin's frame: may the page it is embedded in show this session's team? */
export function embedCheckRoutes(settings: Pick<EmbedOriginSettings, 'configured'>) {
  return createRouter().openapi(
    createRoute({
      method: 'get',
      path: '/embed-check',
      summary: 'Whether the vendor plugin may show the caller’s team inside a page of this origin',
      security: bearer,
      middleware: [signedIn()] as const,
      request: { query: EmbedCheckQuery },
      responses: { 200: json(EmbedCheck, 'Allowed or not'), ...errors(400, 401) },
    }),
    async (c) => c.json({ allowed: await embedAllowed(c.var.db, c.var.session.team.id, c.req.valid('query').origin, settings.configured) }, 200),
  );
}
