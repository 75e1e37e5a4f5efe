import { createRoute, z } from '@hono/zod-openapi';
import { ABILITIES } from '../../lib/contracts/abilities';
import { CreateUserResponse } from '../../lib/contracts/accounts';
import { ConnectOrganisation, CreateCoordinator, OrganisationAccount } from '../../lib/contracts/help-request';
import { allow } from '../auth/middleware';
import { audited } from '../audit/record';
import { createUser } from '../db/queries/accounts';
import { connectOrganisation, getOrganisationAccount, linkCoordinator } from '../db/queries/help-requests';
import { notFound } from '../http/errors';
import { bearer, createRouter, errors, json } from '../http/router';

/*
 * Connecting a kaart organisation so it receives requests, and giving it coordinators (issue 17).
 * A coordinator is a user of the administrator's own team (no case team: its scope is the
 * organisation, never a team), with a sign-in code like anyone else.
 */

export const adminOrganisationRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      summary: 'Connect a kaart organisation of a municipality so it can receive requests',
      security: bearer,
      middleware: [allow(...ABILITIES.administer)] as const,
      request: { body: { content: { 'application/json': { schema: ConnectOrganisation } }, required: true } },
      responses: { 201: json(OrganisationAccount, 'Connected'), ...errors(400, 401, 403, 409) },
    }),
    async (c) => {
      const account = await audited(
        c,
        (tx) => connectOrganisation(tx, c.req.valid('json')),
        (a) => ({ action: 'organisation.connected', target: { kind: 'organisation_account', id: a.id }, teamId: null, summary: { organizationId: a.organizationId, email: a.email !== null } }),
      );
      return c.json(account, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/coordinators',
      summary: 'A coordinator for a connected organisation; returns a one-time sign-in code',
      security: bearer,
      middleware: [allow(...ABILITIES.administer)] as const,
      request: { params: z.object({ id: z.uuid() }), body: { content: { 'application/json': { schema: CreateCoordinator } }, required: true } },
      responses: { 201: json(CreateUserResponse, 'Created; pass the code on'), ...errors(400, 401, 403, 404) },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      if (!(await getOrganisationAccount(c.var.db, id))) throw notFound('Deze organisatie is niet aangesloten.', 'No such organisation account.');
      const created = await audited(
        c,
        async (tx) => {
          const made = await createUser(tx, c.var.session.team.id, { role: 'coordinator', displayName: c.req.valid('json').displayName }, c.var.now());
          await linkCoordinator(tx, made.user.id, id);
          return made;
        },
        ({ user }) => ({ action: 'organisation.coordinator_added', target: { kind: 'organisation_account', id }, teamId: null, summary: { userId: user.id, displayName: user.displayName } }),
      );
      return c.json(created, 201);
    },
  );
