import { and, eq, gte, sql } from 'drizzle-orm';
import { amsterdamWallTime } from '../../../lib/calendar/amsterdam-day';
import type { MonthlyRequestCount, OfferAvailability, PutOfferAvailability } from '../../../lib/contracts/offer-availability';
import type { OwnOffer } from '../../../lib/contracts/own-offers';
import { ownOffers, toAvailability, type OrganisationAccount } from './own-offers';
import type { Db } from '../open';
import { helpRequests, offerAvailability, organisationAccounts, teams } from '../schema';

/*
 * What a coordinator says about their organisation's offers now, and the organisation's monthly
 * request counts (issue 17, item 5). Every function takes the coordinator's organisation account:
 * an offer of another organisation is not found, another organisation's requests are not counted.
 */

/** Store what the coordinator says of one of their organisation's offers; null when it is not theirs. */
export async function setOfferAvailability(
  db: Db,
  account: OrganisationAccount,
  serviceId: string,
  input: PutOfferAvailability,
  userId: string,
  now: Date,
): Promise<OwnOffer | null> {
  const offer = (await ownOffers(db, account)).find((o) => o.offer.id === serviceId);
  if (!offer) return null;
  const values = { takingRequests: input.taking_requests, waitingDays: input.waiting_days ?? null, updatedAt: now, updatedBy: userId };
  await db
    .insert(offerAvailability)
    .values({ organisationAccountId: account.id, serviceId, ...values })
    .onConflictDoUpdate({ target: [offerAvailability.organisationAccountId, offerAvailability.serviceId], set: values });
  return { ...offer, availability: toAvailability(values) };
}

/**
 * What coordinators said of a municipality's offers, by offer id, with the kaart organisation it
 * was said for: the overlay applies only while the offer is still that organisation's.
 */
export async function municipalityAvailability(db: Db, municipalityId: string): Promise<Map<string, OfferAvailability & { organization_id: string }>> {
  const rows = await db
    .select({ said: offerAvailability, organizationId: organisationAccounts.organizationId })
    .from(offerAvailability)
    .innerJoin(organisationAccounts, eq(offerAvailability.organisationAccountId, organisationAccounts.id))
    .where(eq(organisationAccounts.municipalityId, municipalityId));
  return new Map(rows.map(({ said, organizationId }) => [said.serviceId, { ...toAvailability(said), organization_id: organizationId }]));
}

/** Months counted back from the current one, so the coordinator sees when referrals drop. */
export const COUNT_MONTHS = 12;

/**
 * Requests to this organisation per team and month (Amsterdam calendar), the last COUNT_MONTHS
 * months: the team's name, the month and a number, nothing of any request.
 */
export async function monthlyRequestCounts(db: Db, accountId: string, now: Date): Promise<MonthlyRequestCount[]> {
  const today = amsterdamWallTime(now);
  const first = new Date(Date.UTC(today.year, today.month - COUNT_MONTHS, 1));
  // Whole months only: a first month counted from its middle would look like a drop.
  const firstMonth = `${first.getUTCFullYear()}-${String(first.getUTCMonth() + 1).padStart(2, '0')}`;
  const month = sql<string>`to_char(${helpRequests.createdAt} at time zone 'Europe/Amsterdam', 'YYYY-MM')`;
  const rows = await db
    .select({ team: teams.name, month, requests: sql<number>`count(*)::int` })
    .from(helpRequests)
    .innerJoin(teams, eq(helpRequests.teamId, teams.id))
    .where(and(eq(helpRequests.organisationAccountId, accountId), gte(month, firstMonth)))
    .groupBy(teams.name, month)
    .orderBy(sql`2 desc`, teams.name);
  return rows.map((r) => ({ team: r.team, month: r.month, requests: Number(r.requests) }));
}

