import { createRoute, z } from '@hono/zod-openapi';
import { Catalogue, CatalogueDelta, CatalogueSaved, CatalogueUpload } from '../../lib/contracts/sync';
import { ABILITIES } from '../../lib/contracts/abilities';
import { allow, signedIn } from '../auth/middleware';
import { catalogueProblems, getCatalogue, getCatalogueChanges, saveCatalogue } from '../db/queries/catalogue';
import { notModified } from '../http/etag';
import { ApiFailure } from '../http/errors';
import { bearer, createRouter, errors, json } from '../http/router';

export const catalogueRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      summary: 'The sociale kaart of the caller’s municipality; 304 when If-None-Match matches; with since, only what changed',
      security: bearer,
      middleware: [signedIn()] as const,
      request: {
        headers: z.object({ 'if-none-match': z.string().optional() }),
        query: z.object({
          /** The `updatedAt` of the copy the device has: then only what changed after it, when the server can tell. */
          since: z.iso.datetime().optional(),
        }),
      },
      responses: {
        200: { ...json(z.union([Catalogue, CatalogueDelta]), 'The whole kaart, or what changed since the copy (delta: true)'), headers: z.object({ ETag: z.string() }) },
        304: { description: 'Unchanged since the ETag the client has' },
        ...errors(401),
      },
    }),
    async (c) => {
      const municipality = c.var.session.team.municipalityId;
      const { since } = c.req.valid('query');
      if (since) {
        const changes = await getCatalogueChanges(c.var.db, municipality, new Date(since), c.var.now());
        if (changes) return notModified(c, changes.etag) ?? c.json(changes.body, 200);
      }
      const { etag, body } = await getCatalogue(c.var.db, municipality);
      return notModified(c, etag) ?? c.json(body, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/',
      summary: 'Replace the kaart of the caller’s municipality (kaart keepers)',
      security: bearer,
      middleware: [allow(...ABILITIES.publishKaart)] as const,
      request: { body: { content: { 'application/json': { schema: CatalogueUpload } }, required: true } },
      responses: { 200: json(CatalogueSaved, 'Stored; the new ETag'), ...errors(400, 401, 403, 413) },
    }),
    async (c) => {
      const upload = c.req.valid('json');
      const problems = catalogueProblems(upload);
      if (problems.length) {
        throw new ApiFailure(
          400,
          'validation_failed',
          `De kaart klopt niet, er is niets opgeslagen. ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
          'Catalogue has duplicate ids or dangling organization references; nothing was stored.',
          problems,
        );
      }
      const { session } = c.var;
      const saved = await saveCatalogue(c.var.db, session.team.municipalityId, upload, session.user.id, c.var.now());
      c.header('ETag', saved.etag);
      return c.json(saved, 200);
    },
  );
