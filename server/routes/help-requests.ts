import { createRoute, z } from '@hono/zod-openapi';
import { ABILITIES } from '../../lib/contracts/abilities';
import { CreatedHelpRequest, HelpRequestDraft, ProfessionalAction, RevokedLinks, TeamRequestList, TeamRequestView } from '../../lib/contracts/help-request';
import { allow } from '../auth/middleware';
import { actAsProfessional, createHelpRequest, revokeLinks, teamRequests } from '../db/queries/help-requests';
import { describeFailure } from '../http/log-error';
import { bearer, createRouter, errors, json } from '../http/router';
import { mailRequestLink } from '../mail/request-mail';

/*
 * The team's side of requests to volunteer organisations (issue 17): send one for a registration,
 * read the answers, reply to a question, withdraw or redirect, revoke a mailed link.
 */

const IdParam = z.object({ id: z.uuid() });

export const helpRequestRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      summary: 'Send a request for help to a connected volunteer organisation',
      description:
        'For a registration of the caller’s team (pushed first). The task and wijk are checked for personal data and refused when ' +
        'they hold a name, BSN, birth date, phone number, e-mail or address. The organisation never sees the registration or the case reference; ' +
        'with an e-mail address it gets a one-time link, which the mail carries and nothing else of the request.',
      security: bearer,
      middleware: [allow(...ABILITIES.sendRequests)] as const,
      request: { body: { content: { 'application/json': { schema: HelpRequestDraft } }, required: true } },
      responses: { 201: json(CreatedHelpRequest, 'Sent'), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { request, mail } = await createHelpRequest(c.var.db, c.var.session, c.req.valid('json'), c.var.now());
      let notified: CreatedHelpRequest['notified'] = 'account';
      if (mail && c.var.mail) {
        try {
          await mailRequestLink(c.var.mail, mail);
          notified = 'email';
        } catch (err) {
          // The request stands: the organisation's coordinators see it, and the team can phone.
          console.error(`Could not mail a request link\n${describeFailure(err)}`);
          notified = 'email_failed';
        }
      }
      return c.json({ request, notified }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      summary: 'The team’s requests with their answers, newest first',
      security: bearer,
      middleware: [allow(...ABILITIES.pullTeam)] as const,
      request: { query: z.object({ registrationId: z.uuid().optional() }) },
      responses: { 200: json(TeamRequestList, 'Requests'), ...errors(400, 401, 403) },
    }),
    async (c) => c.json({ requests: await teamRequests(c.var.db, c.var.session.team.id, { registrationId: c.req.valid('query').registrationId }) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/actions',
      summary: 'Reply to the organisation’s question, withdraw the request, or say it went elsewhere',
      security: bearer,
      middleware: [allow(...ABILITIES.sendRequests)] as const,
      request: { params: IdParam, body: { content: { 'application/json': { schema: ProfessionalAction } }, required: true } },
      responses: { 200: json(TeamRequestView, 'The request now'), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await actAsProfessional(c.var.db, c.var.session, c.req.valid('param').id, c.req.valid('json'), c.var.now()), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/links/revoke',
      summary: 'Revoke every one-time link of a request and its page session (a mail that went to the wrong address)',
      security: bearer,
      middleware: [allow(...ABILITIES.sendRequests)] as const,
      request: { params: IdParam },
      responses: { 200: json(RevokedLinks, 'Links revoked'), ...errors(400, 401, 403, 404) },
    }),
    async (c) => c.json({ revoked: await revokeLinks(c.var.db, c.var.session.team.id, c.req.valid('param').id, c.var.now()) }, 200),
  );
