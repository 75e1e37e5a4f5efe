import type { Offer } from '../contracts/catalogue';

/*
 * What the organisation's coordinator says about an offer now (`availability_now`) against what
 * the kaart says: one rule, used by matching (a full offer ranks lower) and by the card (it says
 * so, and shows the current waiting time).
 */

export interface OfferNow {
  /** False when the organisation says it takes no requests now. */
  takingRequests: boolean;
  /** The coordinator's waiting time when it is newer than the kaart's offer, else the kaart's. */
  waitingDays: number;
}

export function offerNow(offer: Offer): OfferNow {
  const said = offer.availability_now;
  const kaartDays = offer.handreiking.waiting_days.typical;
  if (!said) return { takingRequests: true, waitingDays: kaartDays };
  const newer = !offer.last_modified || Date.parse(said.updated_at) > Date.parse(offer.last_modified);
  return { takingRequests: said.taking_requests, waitingDays: newer && said.waiting_days !== undefined ? said.waiting_days : kaartDays };
}
