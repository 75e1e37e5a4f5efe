import { createRoute, z } from '@hono/zod-openapi';
import { ABILITIES } from '../../lib/contracts/abilities';
import { CatalogueId } from '../../lib/contracts/catalogue';
import type { Context } from 'hono';
import { MonthlyRequestCounts, PutOfferAvailability } from '../../lib/contracts/offer-availability';
import { OwnOffer, OwnOfferList } from '../../lib/contracts/own-offers';
import { audited } from '../audit/record';
import { allow, type AuthEnv } from '../auth/middleware';
import { coordinatorAccountId } from '../db/queries/help-requests';
import { monthlyRequestCounts, setOfferAvailability } from '../db/queries/offer-availability';
import { organisationAccount, ownOffers } from '../db/queries/own-offers';
import { notFound } from '../http/errors';
import { bearer, createRouter, errors, json } from '../http/router';

/*
 * The coordinator's organisation's own offers (issue 17, item 5): whether each takes requests now
 * and its current waiting time, which reach every device with the kaart; and how many requests
 * each team sent per month. Always the coordinator's own organisation, never another's.
 */

/** The coordinator's organisation account; a coordinator linked to none has no offers (404 on any of them). */
export async function ownAccount(c: Context<AuthEnv>) {
  const id = await coordinatorAccountId(c.var.db, c.var.session.user.id);
  return id ? organisationAccount(c.var.db, id) : null;
}

const notOurs = () => notFound('Dit aanbod is niet van uw organisatie.', 'This offer is not your organisation’s.');

export const organisationOfferRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/offers',
      summary: 'The coordinator’s organisation’s offers as the kaart stores them (what a proposal starts from), with what the coordinator said of each',
      security: bearer,
      middleware: [allow(...ABILITIES.answerRequests)] as const,
      responses: { 200: json(OwnOfferList, 'Offers'), ...errors(401, 403) },
    }),
    async (c) => {
      const account = await ownAccount(c);
      return c.json({ organisationName: account?.name ?? '', offers: account ? await ownOffers(c.var.db, account) : [] }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/offers/{id}/availability',
      summary: 'Say whether one of the organisation’s offers takes requests now, and its current waiting time',
      security: bearer,
      middleware: [allow(...ABILITIES.answerRequests)] as const,
      request: { params: z.object({ id: CatalogueId }), body: { content: { 'application/json': { schema: PutOfferAvailability } }, required: true } },
      responses: { 200: json(OwnOffer, 'Stored'), ...errors(400, 401, 403, 404) },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const account = await ownAccount(c);
      if (!account) throw notOurs();
      const saved = await audited(
        c,
        (tx) => setOfferAvailability(tx, account, id, c.req.valid('json'), c.var.session.user.id, c.var.now()),
        (r) =>
          r && {
            action: 'offer.availability_set',
            target: { kind: 'offer', id },
            teamId: null,
            municipalityId: account.municipalityId,
            summary: { takingRequests: r.availability?.taking_requests ?? null, waitingDays: r.availability?.waiting_days ?? null },
          },
      );
      if (!saved) throw notOurs();
      return c.json(saved, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/request-counts',
      summary: 'Requests to the coordinator’s organisation per team and month, the last twelve months: counts only',
      security: bearer,
      middleware: [allow(...ABILITIES.answerRequests)] as const,
      responses: { 200: json(MonthlyRequestCounts, 'Counts'), ...errors(401, 403) },
    }),
    async (c) => {
      const account = await coordinatorAccountId(c.var.db, c.var.session.user.id);
      return c.json({ counts: account ? await monthlyRequestCounts(c.var.db, account, c.var.now()) : [] }, 200);
    },
  );
