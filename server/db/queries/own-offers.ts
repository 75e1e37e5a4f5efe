import { eq } from 'drizzle-orm';
import type { Service } from '../../../lib/contracts/catalogue';
import type { OfferAvailability } from '../../../lib/contracts/offer-availability';
import type { OwnOffer } from '../../../lib/contracts/own-offers';
import type { Db } from '../open';
import { offerAvailability, organisationAccounts } from '../schema';
import { getCatalogue } from './catalogue';

/*
 * A volunteer organisation's own offers (issue 17, item 5), the one list its coordinator sees them
 * in: the offer as the kaart keeper stored it (what a proposal starts from) with what the
 * coordinator said of it (availability). Always the account's own municipality's kaart and its own
 * kaart organisation id, never another's.
 */

export type OrganisationAccount = typeof organisationAccounts.$inferSelect;
type AvailabilityRow = typeof offerAvailability.$inferSelect;

export async function organisationAccount(db: Db, accountId: string): Promise<OrganisationAccount | null> {
  const [row] = await db.select().from(organisationAccounts).where(eq(organisationAccounts.id, accountId));
  return row ?? null;
}

export function toAvailability(row: Pick<AvailabilityRow, 'takingRequests' | 'waitingDays' | 'updatedAt'>): OfferAvailability {
  return { taking_requests: row.takingRequests, ...(row.waitingDays !== null ? { waiting_days: row.waitingDays } : {}), updated_at: row.updatedAt.toISOString() };
}

/** The account's offers as its municipality's kaart stores them now (without anyone's availability overlay). */
export async function kaartOffersOf(db: Db, account: OrganisationAccount): Promise<Service[]> {
  const { body } = await getCatalogue(db, account.municipalityId);
  return body.services.filter((s) => s.organization_id === account.organizationId);
}

/** The account's offers, each with what its coordinator said of it. */
export async function ownOffers(db: Db, account: OrganisationAccount): Promise<OwnOffer[]> {
  const said = new Map((await db.select().from(offerAvailability).where(eq(offerAvailability.organisationAccountId, account.id))).map((r) => [r.serviceId, r]));
  return (await kaartOffersOf(db, account)).map((offer) => {
    const row = said.get(offer.id);
    return { offer, availability: row ? toAvailability(row) : null };
  });
}
