import { createRoute, z } from '@hono/zod-openapi';
import { ABILITIES } from '../../lib/contracts/abilities';
import { CatalogueId } from '../../lib/contracts/catalogue';
import { DecideProposal, OfferProposal, OfferProposalList, ProposeOffer } from '../../lib/contracts/offer-proposal';
import { audited } from '../audit/record';
import { allow } from '../auth/middleware';
import { getCatalogue, replaceOffer } from '../db/queries/catalogue';
import { accountProposals, decide, municipalityProposals, noSuchProposal, notOwnOffer, openProposal, propose, reviseProposal, unchangedSince, withdraw } from '../db/queries/offer-proposals';
import { ApiFailure } from '../http/errors';
import { bearer, createRouter, errors, json } from '../http/router';
import { offerUpdated } from './catalogue';
import { ownAccount } from './organisation-offers';

/*
 * Issue 17, item 5: a volunteer organisation proposes changes to its own offers in the kaart, and
 * the kaart keeper of its municipality decides. An approval is the keeper's own offer edit
 * (replaceOffer, the same audit event), so history, audit and delta sync follow as for any edit.
 */

const ProposalId = z.object({ id: z.uuid() });

/** The audit event of a coordinator's step on a proposal: no team, the organisation's municipality, which proposal. */
const coordinatorEvent = (action: 'offer.proposed' | 'offer.proposal_revised' | 'offer.proposal_withdrawn', account: { municipalityId: string; name: string }) => (p: OfferProposal) => ({
  action,
  target: { kind: 'offer' as const, id: p.serviceId },
  teamId: null,
  municipalityId: account.municipalityId,
  summary: { proposal: p.id, organisation: account.name },
});

export const organisationProposalRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/proposals',
      summary: 'The coordinator’s own organisation’s proposals and their outcome, newest first',
      security: bearer,
      middleware: [allow(...ABILITIES.proposeOffers)] as const,
      responses: { 200: json(OfferProposalList, 'Proposals'), ...errors(401, 403) },
    }),
    async (c) => {
      const account = await ownAccount(c);
      return c.json({ proposals: account ? await accountProposals(c.var.db, account) : [] }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/proposals',
      summary: 'Propose a change to one of the coordinator’s own organisation’s offers, for the kaart keeper to decide',
      security: bearer,
      middleware: [allow(...ABILITIES.proposeOffers)] as const,
      request: { params: z.object({ id: CatalogueId }), body: { content: { 'application/json': { schema: ProposeOffer } }, required: true } },
      responses: { 201: json(OfferProposal, 'Stored, open'), ...errors(400, 401, 403, 404) },
    }),
    async (c) => {
      const account = await ownAccount(c);
      if (!account) throw notOwnOffer();
      const { session } = c.var;
      const proposal = await audited(
        c,
        (tx) => propose(tx, account, c.req.valid('param').id, c.req.valid('json').offer, session.user.id, c.var.now()),
        coordinatorEvent('offer.proposed', account),
      );
      return c.json(proposal, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/proposals/{id}',
      summary: 'Replace the values of one of the organisation’s open proposals (still measured against the offer as it was when first proposed)',
      description: '409 `not_open` when it was decided or withdrawn meanwhile; nothing is stored then.',
      security: bearer,
      middleware: [allow(...ABILITIES.proposeOffers)] as const,
      request: { params: ProposalId, body: { content: { 'application/json': { schema: ProposeOffer } }, required: true } },
      responses: { 200: json(OfferProposal, 'Stored, still open'), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const account = await ownAccount(c);
      if (!account) throw noSuchProposal();
      const { session } = c.var;
      const proposal = await audited(
        c,
        (tx) => reviseProposal(tx, account, c.req.valid('param').id, c.req.valid('json').offer, session.user.id, c.var.now()),
        coordinatorEvent('offer.proposal_revised', account),
      );
      return c.json(proposal, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/proposals/{id}/withdrawal',
      summary: 'Withdraw one of the organisation’s open proposals; the kaart keeper can no longer decide it',
      description: '409 `not_open` when it was decided or withdrawn already.',
      security: bearer,
      middleware: [allow(...ABILITIES.proposeOffers)] as const,
      request: { params: ProposalId },
      responses: { 200: json(OfferProposal, 'Withdrawn'), ...errors(401, 403, 404, 409) },
    }),
    async (c) => {
      const account = await ownAccount(c);
      if (!account) throw noSuchProposal();
      const { session } = c.var;
      const proposal = await audited(
        c,
        (tx) => withdraw(tx, account, c.req.valid('param').id, session.user.id, c.var.now()),
        coordinatorEvent('offer.proposal_withdrawn', account),
      );
      return c.json(proposal, 200);
    },
  );

export const kaartProposalRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      summary: 'Organisations’ proposals for the caller’s municipality’s kaart (kaart keepers): open ones first',
      security: bearer,
      middleware: [allow(...ABILITIES.publishKaart)] as const,
      responses: { 200: json(OfferProposalList, 'Proposals'), ...errors(401, 403) },
    }),
    async (c) => c.json({ proposals: await municipalityProposals(c.var.db, c.var.session.team.municipalityId) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/decision',
      summary: 'Approve (saved as the keeper’s own offer edit) or reject with a reason an open proposal (kaart keepers)',
      description: '409 `stale_proposal` when the offer changed since it was proposed, `already_decided` when decided, `withdrawn` when the organisation withdrew it; nothing is stored then.',
      security: bearer,
      middleware: [allow(...ABILITIES.publishKaart)] as const,
      request: { params: ProposalId, body: { content: { 'application/json': { schema: DecideProposal } }, required: true } },
      responses: { 200: json(OfferProposal, 'Decided'), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { session } = c.var;
      const municipalityId = session.team.municipalityId;
      const body = c.req.valid('json');
      const now = c.var.now();
      if (body.decision === 'reject') {
        return c.json(
          await audited(
            c,
            async (tx) => {
              const { row, organisationName } = await openProposal(tx, municipalityId, c.req.valid('param').id);
              return decide(tx, row, organisationName, { state: 'rejected', reason: body.reason }, session.user.id, now);
            },
            (p) => ({ action: 'offer.proposal_rejected', target: { kind: 'offer', id: p.serviceId }, teamId: session.team.id, municipalityId, summary: { proposal: p.id, organisation: p.organisationName } }),
          ),
          200,
        );
      }
      let approved: OfferProposal | null = null;
      await audited(
        c,
        async (tx) => {
          const { row, organisationName } = await openProposal(tx, municipalityId, c.req.valid('param').id);
          const { etag, body: kaart } = await getCatalogue(tx, municipalityId);
          if (!unchangedSince(row, kaart.services.find((s) => s.id === row.serviceId))) {
            throw new ApiFailure(
              409,
              'stale_proposal',
              'Het aanbod is gewijzigd sinds de organisatie dit voorstelde. Er is niets opgeslagen; wijs het voorstel af of pas het aanbod zelf aan.',
              'The offer changed since the organisation proposed this; nothing was stored. Reject the proposal or edit the offer yourself.',
            );
          }
          const saved = await replaceOffer(tx, municipalityId, row.proposed, etag, session.user.id, now);
          if (saved.status !== 'saved') throw new ApiFailure(409, 'stale_proposal', 'De kaart is intussen gewijzigd; probeer het opnieuw.', 'The kaart changed meanwhile; try again.');
          approved = await decide(tx, row, organisationName, { state: 'approved', reason: null }, session.user.id, now);
          return saved;
        },
        (r) => offerUpdated(session, r, approved?.id),
      );
      return c.json(approved!, 200);
    },
  );
