import { createRoute, z } from '@hono/zod-openapi';
import { ABILITIES } from '../../lib/contracts/abilities';
import {
  LINK_SESSION_HEADER,
  LinkSecret,
  OpenedRequestLink,
  OrganisationAnswer,
  OrganisationRequestList,
  OrganisationRequestView,
  RenewedRequestLink,
} from '../../lib/contracts/help-request';
import { allow } from '../auth/middleware';
import { answerAsOrganisation, coordinatorAccountId, organisationRequest, organisationRequests } from '../db/queries/help-requests';
import { dropLink, mailUnavailable, renewLink, RENEWAL_INTERVAL_MINUTES, sessionAccess, tradeLink } from '../db/queries/request-links';
import { notFound } from '../http/errors';
import { describeFailure } from '../http/log-error';
import { bearer, createRouter, errors, json } from '../http/router';
import type { Context } from 'hono';
import type { AuthEnv } from '../auth/middleware';
import { mailRequestLink } from '../mail/request-mail';

/*
 * The organisation's side (issue 17): a coordinator signed in, or a browser holding the page
 * session a one-time link was traded for (server/db/queries/request-links.ts). Both see only their organisation's requests, through the same view without
 * team data or case reference, and answer through the same transitions.
 */

const IdParam = z.object({ id: z.uuid() });
/** Anything but 256 random bits in base64url is not a link this server made. */
const TokenParam = z.object({ token: LinkSecret });

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

/** A page session travels in a header, never in the address, so it reaches no access log. */
const SessionHeader = z.object({ [LINK_SESSION_HEADER]: LinkSecret });

export const requestLinkRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/{token}/open',
      summary: 'Spend a one-time link: trade its token, once, for a page session on its one request',
      description:
        'The session lives as long as the link: it expires with it, is revoked with it, and ends (410 `link_superseded`) once a link renewed from it is opened. A second opening of the same link answers 410 ' +
        '`link_used` (then POST /request-links/{token}/renew); unknown or altered links 404, expired or revoked ones 410.',
      request: { params: TokenParam },
      responses: { 200: json(OpenedRequestLink, 'The page session and the request'), ...errors(400, 404, 410) },
    }),
    async (c) => {
      const link = await tradeLink(c.var.db, c.req.valid('param').token, c.var.now());
      return c.json({ session: link.session, request: await organisationRequest(c.var.db, link.accountId, link.requestId) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{token}/renew',
      summary: 'Mail a new one-time link for the request of a genuine, live link, to the organisation’s registered address',
      description: `Only for a link that is neither revoked nor expired; at most once per ${RENEWAL_INTERVAL_MINUTES} minutes per request (429 renewal_throttled).`,
      request: { params: TokenParam },
      responses: { 200: json(RenewedRequestLink, 'Mailed'), ...errors(400, 404, 409, 410, 429, 503) },
    }),
    async (c) => {
      const settings = c.var.mail;
      const renewal = await renewLink(c.var.db, c.req.valid('param').token, c.var.now(), settings !== null);
      try {
        await mailRequestLink(settings!, renewal);
      } catch (err) {
        await dropLink(c.var.db, renewal.linkId);
        console.error(`Could not mail a renewed request link\n${describeFailure(err)}`);
        throw mailUnavailable();
      }
      return c.json({ mailed: true as const }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/session',
      summary: 'The one request of a page session (from a spent one-time link), without signing in',
      request: { headers: SessionHeader },
      responses: { 200: json(OrganisationRequestView, 'The request'), ...errors(400, 404, 410) },
    }),
    async (c) => {
      const link = await sessionAccess(c.var.db, c.req.valid('header')[LINK_SESSION_HEADER], c.var.now());
      return c.json(await organisationRequest(c.var.db, link.accountId, link.requestId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/session/answers',
      summary: 'Answer the request of a page session, without signing in',
      request: { headers: SessionHeader, body: { content: { 'application/json': { schema: OrganisationAnswer } }, required: true } },
      responses: { 200: json(OrganisationRequestView, 'The request now'), ...errors(400, 404, 409, 410) },
    }),
    async (c) => {
      const link = await sessionAccess(c.var.db, c.req.valid('header')[LINK_SESSION_HEADER], c.var.now());
      const actor = { by: 'organisation', userId: null, linkId: link.linkId } as const;
      return c.json(await answerAsOrganisation(c.var.db, link.accountId, link.requestId, c.req.valid('json'), actor, c.var.now()), 200);
    },
  );
