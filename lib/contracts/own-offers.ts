import { z } from 'zod';
import { Service } from './catalogue';
import { OfferAvailability } from './offer-availability';

/*
 * The coordinator's own organisation's offers (issue 17, item 5), one list for both of its pages:
 * setting availability (#/verzoeken) and proposing changes (#/aanbod). Its own file because the
 * kaart's contract already imports the availability one.
 */

/**
 * One of the coordinator's organisation's offers: as the kaart keeper stored it (what a proposal
 * starts from; its typical waiting time is the kaart's) and what the coordinator said of it.
 */
export const OwnOffer = z.object({
  offer: Service,
  availability: OfferAvailability.nullable(),
});
export type OwnOffer = z.infer<typeof OwnOffer>;
/** The one list of the coordinator's own offers, for its availability and its proposals alike. */
export const OwnOfferList = z.object({ organisationName: z.string(), offers: z.array(OwnOffer) });
export type OwnOfferList = z.infer<typeof OwnOfferList>;
