import { z } from 'zod';
import { Service } from './catalogue';
import { plainText } from './text';

/*
 * A volunteer organisation's proposal to change one of its own offers in the kaart (issue 17, item
 * 5). The coordinator proposes the whole offer as it should read; the kaart keeper of that
 * municipality approves (then it is saved as the keeper's own edit) or rejects with a reason. `base`
 * is the offer as it stood when proposed, so the keeper sees what would change and an approval is
 * refused when the offer changed since. While open, the coordinator may replace the proposed
 * values (measured against the same `base`) or withdraw it.
 */

/** `withdrawn`: the coordinator took it back before the keeper decided; nobody decides it then. */
export const PROPOSAL_STATES = ['open', 'approved', 'rejected', 'withdrawn'] as const;
export const ProposalState = z.enum(PROPOSAL_STATES);
export type ProposalState = z.infer<typeof ProposalState>;

export const OfferProposal = z.object({
  id: z.uuid(),
  serviceId: z.string(),
  organizationId: z.string(),
  organisationName: z.string(),
  state: ProposalState,
  base: Service,
  proposed: Service,
  /**
   * The offer as the kaart holds it now (null when no longer there): when it differs from `base`,
   * the keeper edited it since the proposal, and an approval is refused rather than overwrite that.
   */
  current: Service.nullable(),
  reason: z.string().nullable(),
  /** When proposed, or last revised by the coordinator. */
  proposedAt: z.iso.datetime(),
  /** When decided by the keeper, or withdrawn by the coordinator. */
  decidedAt: z.iso.datetime().nullable(),
});
export type OfferProposal = z.infer<typeof OfferProposal>;

export const OfferProposalList = z.object({ proposals: z.array(OfferProposal) });

export const ProposeOffer = z.object({ offer: Service });
export type ProposeOffer = z.input<typeof ProposeOffer>;

export const DecideProposal = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve') }),
  z.object({ decision: z.literal('reject'), reason: plainText().trim().min(3).max(400) }),
]);
export type DecideProposal = z.infer<typeof DecideProposal>;
