import { createRoute, z } from '@hono/zod-openapi';
import { ABILITIES } from '../../lib/contracts/abilities';
import { OrganisationAnswer, OrganisationRequestList, OrganisationRequestView } from '../../lib/contracts/help-request';
import { allow } from '../auth/middleware';
import { answerAsOrganisation, coordinatorAccountId, openLink, organisationRequest, organisationRequests } from '../db/queries/help-requests';
import { notFound } from '../http/errors';
import { bearer, createRouter, errors, json } from '../http/router';
import type { Context } from 'hono';
import type { AuthEnv } from '../auth/middleware';

/*
 * The organisation's side (issue 17): a coordinator signed in, or anyone holding a one-time link
 * for one request. Both see only their organisation's requests, through the same view without
 * team data or case reference, and answer through the same transitions.
 */

const IdParam = z.object({ id: z.uuid() });
/** 256 random bits, base64url: anything else is not a link this server made. */
const TokenParam = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'geen geldige link') });

async function accountOf(c: Context<AuthEnv>): Promise<string | null> {
  return coordinatorAccountId(c.var.db, c.var.session.user.id);
}

export const organisationRequestRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      summary: 'The coordinator’s organisation’s requests, newest first',
      security: bearer,
      middleware: [allow(...ABILITIES.answerRequests)] as const,
      responses: { 200: json(OrganisationRequestList, 'Requests'), ...errors(401, 403) },
    }),
    async (c) => {
      const account = await accountOf(c);
      return c.json({ requests: account ? await organisationRequests(c.var.db, account) : [] }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/answers',
      summary: 'Answer a request: accept, ask, waiting list, decline, matched, started, ended',
      security: bearer,
      middleware: [allow(...ABILITIES.answerRequests)] as const,
      request: { params: IdParam, body: { content: { 'application/json': { schema: OrganisationAnswer } }, required: true } },
      responses: { 200: json(OrganisationRequestView, 'The request now'), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const account = await accountOf(c);
      const id = c.req.valid('param').id;
      if (!account) throw notFound('Dit verzoek bestaat niet voor uw organisatie.', 'No such request for this organisation.');
      const actor = { by: 'organisation', userId: c.var.session.user.id, linkId: null } as const;
      return c.json(await answerAsOrganisation(c.var.db, account, id, c.req.valid('json'), actor, c.var.now()), 200);
    },
  );

export const requestLinkRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/{token}',
      summary: 'The one request a one-time link opens, without signing in',
      description: 'Unknown or altered links answer 404, expired or revoked ones 410.',
      request: { params: TokenParam },
      responses: { 200: json(OrganisationRequestView, 'The request'), ...errors(400, 404) },
    }),
    async (c) => {
      const link = await openLink(c.var.db, c.req.valid('param').token, c.var.now());
      return c.json(await organisationRequest(c.var.db, link.accountId, link.requestId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{token}/answers',
      summary: 'Answer the request of a one-time link, without signing in',
      request: { params: TokenParam, body: { content: { 'application/json': { schema: OrganisationAnswer } }, required: true } },
      responses: { 200: json(OrganisationRequestView, 'The request now'), ...errors(400, 404, 409) },
    }),
    async (c) => {
      const link = await openLink(c.var.db, c.req.valid('param').token, c.var.now());
      const actor = { by: 'organisation', userId: null, linkId: link.linkId } as const;
      return c.json(await answerAsOrganisation(c.var.db, link.accountId, link.requestId, c.req.valid('json'), actor, c.var.now()), 200);
    },
  );
