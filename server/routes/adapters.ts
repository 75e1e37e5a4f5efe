import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ABILITIES } from '../../lib/contracts/abilities';
import {
  AdapterId,
  DeleteTeamAdapterQuery,
  MAX_TEAM_ADAPTERS,
  PutTeamAdapterRequest,
  TeamAdapter,
  TeamAdapterConflict,
  TeamAdapterList,
  TeamAdapterScope,
} from '../../lib/contracts/team-adapter';
import { audited } from '../audit/record';
import { allow, signedIn, type AuthEnv } from '../auth/middleware';
import { getTeam } from '../db/queries/accounts';
import { deleteTeamAdapter, listTeamAdapters, putTeamAdapter } from '../db/queries/team-adapters';
import { notModified } from '../http/etag';
import { ApiFailure, notFound } from '../http/errors';
import { bearer, createRouter, errors, json } from '../http/router';

/*
 * A team's own mappings of its case system (issue 13). Every role reads its own team's, with its
 * sync, as it reads the kaart (ETag, 304). The administrator writes; as everywhere else the
 * administrator is global and names the team with `teamId` (its own team when left out, the one
 * its device syncs with, so it can check a mapping on its own case pages first).
 */

const IdParam = z.object({ id: AdapterId });

/** The team a request is about: the caller's own, or for the administrator the one it names. */
async function teamOf(c: Context<AuthEnv>, asked: string | undefined): Promise<string> {
  const { session } = c.var;
  if (session.user.role !== 'admin' || !asked || asked === session.team.id) return session.team.id;
  if (!(await getTeam(c.var.db, asked))) throw notFound('Dit team bestaat niet.', 'No such team.');
  return asked;
}

const conflict = (current: TeamAdapter | null, nl: string, en: string) => ({
  ...new ApiFailure(409, 'conflict', nl, en).body(),
  current,
});

const conflictResponse = {
  description: 'Code `conflict`: someone saved or deleted it first, `current` is what is stored now. Code `too_many_adapters`: the team is at its limit.',
  content: { 'application/json': { schema: TeamAdapterConflict } },
};

export const adapterRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      summary: 'The team’s own case-system adapters; 304 when If-None-Match matches',
      description: 'Every role reads its own team’s; the administrator may name another team with `teamId` (ignored for every other role).',
      security: bearer,
      middleware: [signedIn()] as const,
      request: { query: TeamAdapterScope, headers: z.object({ 'if-none-match': z.string().optional() }) },
      responses: {
        200: { ...json(TeamAdapterList, 'Every adapter of the team, by id'), headers: z.object({ ETag: z.string() }) },
        304: { description: 'Unchanged since the ETag the client has' },
        ...errors(400, 401, 404),
      },
    }),
    async (c) => {
      const teamId = await teamOf(c, c.req.valid('query').teamId);
      const { etag, body } = await listTeamAdapters(c.var.db, teamId);
      return notModified(c, etag) ?? c.json(body, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/{id}',
      summary: 'Save one adapter of the team (administrators): a new one with expectedVersion 0, a change with the version it started from',
      description: `409 with the stored adapter when another write came first; at most ${MAX_TEAM_ADAPTERS} adapters per team.`,
      security: bearer,
      middleware: [allow(...ABILITIES.mapCaseSystems)] as const,
      request: { params: IdParam, query: TeamAdapterScope, body: { content: { 'application/json': { schema: PutTeamAdapterRequest } }, required: true } },
      responses: {
        200: json(TeamAdapter, 'Saved as a new version'),
        201: json(TeamAdapter, 'Saved as a new adapter'),
        ...errors(400, 401, 403, 404),
        409: conflictResponse,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { expectedVersion, config } = c.req.valid('json');
      if (config.id !== id) {
        const nl = `config.id is "${config.id}", het adres noemt "${id}"`;
        throw new ApiFailure(400, 'validation_failed', `Ongeldige invoer, er is niets opgeslagen. ${nl}`, 'config.id differs from the id in the path.', [{ path: 'config.id', message: nl }]);
      }
      const teamId = await teamOf(c, c.req.valid('query').teamId);
      const result = await audited(
        c,
        (tx) => putTeamAdapter(tx, { teamId, userId: c.var.session.user.id, expectedVersion, config, now: c.var.now(), limit: MAX_TEAM_ADAPTERS }),
        (r) => (r.status === 'saved' ? { action: 'adapter.saved', target: { kind: 'adapter', id }, teamId, summary: { version: r.adapter.version, created: r.created } } : null),
      );
      if (result.status === 'too_many') {
        const nl = `Het team heeft al ${result.limit} koppelingen; verwijder er eerst een.`;
        throw new ApiFailure(409, 'too_many_adapters', nl, `The team has ${result.limit} adapters already; delete one first.`);
      }
      if (result.status === 'stale') {
        const stored = result.current ? `versie ${result.current.version}` : 'geen versie meer (verwijderd)';
        const nl = `Iemand anders heeft deze koppeling intussen gewijzigd: opgeslagen is ${stored}, jij begon bij versie ${expectedVersion}. Er is niets opgeslagen; neem de opgeslagen versie over en pas hem opnieuw aan.`;
        return c.json(conflict(result.current, nl, `Stale write: stored version ${result.current?.version ?? 'none'}, expected ${expectedVersion}.`), 409);
      }
      return c.json(result.adapter, result.created ? 201 : 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{id}',
      summary: 'Delete one adapter of the team (administrators), naming the version that was seen; its pages go back to the built-in or generic reader',
      security: bearer,
      middleware: [allow(...ABILITIES.mapCaseSystems)] as const,
      request: { params: IdParam, query: DeleteTeamAdapterQuery },
      responses: { 204: { description: 'Deleted' }, ...errors(400, 401, 403, 404), 409: conflictResponse },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { version, teamId: asked } = c.req.valid('query');
      const teamId = await teamOf(c, asked);
      const result = await audited(
        c,
        (tx) => deleteTeamAdapter(tx, { teamId, userId: c.var.session.user.id, adapterId: id, version, now: c.var.now() }),
        (r) => (r.status === 'deleted' ? { action: 'adapter.deleted', target: { kind: 'adapter', id }, teamId, summary: { version } } : null),
      );
      if (result.status === 'not_found') throw notFound('Deze koppeling bestaat niet (meer).', 'No such adapter in this team.');
      if (result.status === 'stale') {
        const nl = `Iemand anders heeft deze koppeling intussen gewijzigd (nu versie ${result.current.version}); er is niets verwijderd.`;
        return c.json(conflict(result.current, nl, `Stale delete: stored version ${result.current.version}, given ${version}.`), 409);
      }
      return c.body(null, 204);
    },
  );
