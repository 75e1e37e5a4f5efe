import { createRoute } from '@hono/zod-openapi';
import { RemoveRequest, RemoveResponse, SYNC_PULL_DEFAULT_LIMIT, SyncPullQuery, SyncPullResponse, SyncPushRequest, SyncPushResponse } from '../../lib/contracts/sync';
import { ABILITIES } from '../../lib/contracts/abilities';
import { allow } from '../auth/middleware';
import { pullRegistrations, pushRegistrations } from '../db/queries/registrations';
import { removeRegistrations } from '../db/queries/retention';
import { bearer, createRouter, errors, json } from '../http/router';

export const syncRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/push',
      summary: 'Upsert a batch of the team’s registrations by id; a verdict per record',
      description:
        'Idempotent: a replay (same id, version and content) is acknowledged as duplicate and stored once. ' +
        'A version not above the stored one with different content is a conflict carrying the server’s record.',
      security: bearer,
      // Both may update any registration of their team; the server records who did.
      middleware: [allow(...ABILITIES.record)] as const,
      request: { body: { content: { 'application/json': { schema: SyncPushRequest } }, required: true } },
      responses: { 200: json(SyncPushResponse, 'One result per record, in request order'), ...errors(400, 401, 403, 413) },
    }),
    async (c) => {
      const { deviceId, records, corrections } = c.req.valid('json');
      const results = await pushRegistrations(c.var.db, c.var.session, deviceId, records, c.var.now(), new Set(corrections?.map((id) => id.toLowerCase())));
      return c.json({ results }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/pull',
      summary: 'The team’s registration changes after a cursor, oldest first',
      security: bearer,
      middleware: [allow(...ABILITIES.pullTeam)] as const,
      request: { query: SyncPullQuery },
      responses: { 200: json(SyncPullResponse, 'A page of changes'), ...errors(400, 401, 403) },
    }),
    async (c) => {
      const { cursor, limit } = c.req.valid('query');
      const page = await pullRegistrations(
        c.var.db,
        c.var.session.team.id,
        Number(cursor ?? 0),
        limit ?? SYNC_PULL_DEFAULT_LIMIT,
      );
      return c.json(page, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/remove',
      summary: 'Take back records of the caller’s team (undo, a record made by mistake); removed as erasure removes them',
      security: bearer,
      middleware: [allow(...ABILITIES.record)] as const,
      request: { body: { content: { 'application/json': { schema: RemoveRequest } }, required: true } },
      responses: { 200: json(RemoveResponse, 'How many of the team’s records were removed'), ...errors(400, 401, 403) },
    }),
    async (c) => {
      const { ids } = c.req.valid('json');
      return c.json({ removed: await removeRegistrations(c.var.db, c.var.session.team.id, ids, c.var.now()) }, 200);
    },
  );
