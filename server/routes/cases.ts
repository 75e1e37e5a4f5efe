import { createRoute, z } from '@hono/zod-openapi';
import { CaseRef } from '../../lib/contracts/registration';
import { CaseErased } from '../../lib/contracts/sync';
import { ABILITIES } from '../../lib/contracts/abilities';
import { allow } from '../auth/middleware';
import { getTeam } from '../db/queries/accounts';
import { eraseCase } from '../db/queries/retention';
import { notFound } from '../http/errors';
import { bearer, createRouter, errors, json } from '../http/router';

export const caseRoutes = createRouter().openapi(
  createRoute({
    method: 'delete',
    path: '/{caseRef}',
    summary: 'Erase everything held for one pseudonymous case in the caller’s team',
    description:
      'Registrations and their status history are deleted; devices learn of it through `deleted` on their next pull. ' +
      'Only an administrator may name another team with `teamId`; for others it is ignored.',
    security: bearer,
    middleware: [allow(...ABILITIES.eraseCases)] as const,
    request: { params: z.object({ caseRef: CaseRef }), query: z.object({ teamId: z.uuid().optional() }) },
    responses: { 200: json(CaseErased, 'Erased (0 when nothing was held)'), ...errors(400, 401, 403, 404) },
  }),
  async (c) => {
    const { caseRef } = c.req.valid('param');
    const { teamId: asked } = c.req.valid('query');
    const { session } = c.var;
    let teamId = session.team.id;
    if (session.user.role === 'admin' && asked) {
      if (!(await getTeam(c.var.db, asked))) throw notFound('Dit team bestaat niet.', 'No such team.');
      teamId = asked;
    }
    const registrations = await eraseCase(c.var.db, teamId, caseRef, c.var.now());
    return c.json({ caseRef, registrations }, 200);
  },
);
