import { isDeepStrictEqual } from 'node:util';
import { and, desc, eq } from 'drizzle-orm';
import type { Service } from '../../../lib/contracts/catalogue';
import type { OfferProposal } from '../../../lib/contracts/offer-proposal';
import { onlyFormFields } from '../../../lib/console/offer-diff';
import { ApiFailure, notFound } from '../../http/errors';
import type { Db } from '../open';
import { offerProposals, organisationAccounts } from '../schema';
import { getCatalogue } from './catalogue';
import { kaartOffersOf, type OrganisationAccount } from './own-offers';

/*
 * Proposals of volunteer organisations to change their own offers (issue 17). A coordinator reads,
 * proposes, revises and withdraws only for its own organisation account (its municipality, its kaart organisation
 * id); a kaart keeper reads and decides only its own municipality's. Applying an approved proposal
 * is the keeper's ordinary offer edit (server/routes/offer-proposals.ts).
 */

type Row = typeof offerProposals.$inferSelect;
type Account = OrganisationAccount;

function viewOf(row: Row, organisationName: string, current: Service | null): OfferProposal {
  return {
    id: row.id,
    serviceId: row.serviceId,
    organizationId: row.proposed.organization_id,
    organisationName,
    state: row.state,
    base: row.base,
    proposed: row.proposed,
    current,
    reason: row.reason,
    proposedAt: row.proposedAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
  };
}

export const notOwnOffer = () => notFound('Dit aanbod staat niet bij uw organisatie in de kaart.', 'No such offer of your organisation in the kaart.');

/** The offer as proposed, refused unless it is this same offer of the account's own and changes only, and something of, the form's fields. */
function checkedProposal(account: Account, base: Service, offer: Service): Service {
  if (offer.id !== base.id || offer.organization_id !== account.organizationId || !onlyFormFields(base, offer)) {
    const nl = 'een voorstel wijzigt alleen de velden van het formulier van ditzelfde aanbod van uw eigen organisatie';
    throw new ApiFailure(400, 'validation_failed', `Ongeldige invoer, er is niets opgeslagen. ${nl}`, 'A proposal changes only the form’s fields of this same offer of your own organisation.', [{ path: 'offer', message: nl }]);
  }
  if (isDeepStrictEqual(JSON.parse(JSON.stringify(offer)), base)) {
    throw new ApiFailure(400, 'nothing_changed', 'Het voorstel verandert niets aan het aanbod.', 'The proposal changes nothing in the offer.');
  }
  return offer;
}

export const noSuchProposal = () => notFound('Dit voorstel bestaat niet bij uw organisatie.', 'No such proposal of your organisation.');

/** Store a proposal for one of the account's own offers; it must name that offer and change something. */
export async function propose(db: Db, account: Account, serviceId: string, offer: Service, userId: string, now: Date): Promise<OfferProposal> {
  const base = (await kaartOffersOf(db, account)).find((s) => s.id === serviceId);
  if (!base) throw notOwnOffer();
  const proposed = checkedProposal(account, base, offer);
  const [row] = await db
    .insert(offerProposals)
    .values({ municipalityId: account.municipalityId, organisationAccountId: account.id, serviceId, base, proposed, state: 'open', proposedBy: userId, proposedAt: now })
    .returning();
  return viewOf(row!, account.name, base);
}

/** One of the account's own proposals, locked; 404 when it is not the account's, 409 when no longer open. */
async function ownOpenProposal(db: Db, account: Account, id: string): Promise<Row> {
  const [row] = await db
    .select()
    .from(offerProposals)
    .where(and(eq(offerProposals.id, id), eq(offerProposals.organisationAccountId, account.id)))
    .for('update');
  if (!row) throw noSuchProposal();
  if (row.state !== 'open') throw new ApiFailure(409, 'not_open', 'Dit voorstel is niet meer open: er is al over beslist of het is ingetrokken.', 'This proposal is no longer open: it was decided or withdrawn.');
  return row;
}

/** The offer as the account's kaart holds it now, null when it is gone. */
async function currentOf(db: Db, account: Account, serviceId: string): Promise<Service | null> {
  return (await kaartOffersOf(db, account)).find((s) => s.id === serviceId) ?? null;
}

/**
 * The coordinator withdraws an open proposal: the keeper can no longer decide it. The decision
 * columns say when and by whom it was closed.
 */
export async function withdraw(db: Db, account: Account, id: string, userId: string, now: Date): Promise<OfferProposal> {
  const row = await ownOpenProposal(db, account, id);
  const [next] = await db.update(offerProposals).set({ state: 'withdrawn', decidedBy: userId, decidedAt: now }).where(eq(offerProposals.id, row.id)).returning();
  return viewOf(next!, account.name, await currentOf(db, account, row.serviceId));
}

/**
 * The coordinator replaces an open proposal's values. Still measured against the offer as it was
 * when first proposed (`base`), so the keeper's view of what changed since stays true.
 */
export async function reviseProposal(db: Db, account: Account, id: string, offer: Service, userId: string, now: Date): Promise<OfferProposal> {
  const row = await ownOpenProposal(db, account, id);
  const proposed = checkedProposal(account, row.base, offer);
  const [next] = await db.update(offerProposals).set({ proposed, proposedBy: userId, proposedAt: now }).where(eq(offerProposals.id, row.id)).returning();
  return viewOf(next!, account.name, await currentOf(db, account, row.serviceId));
}

/** The account's own proposals, newest first. */
export async function accountProposals(db: Db, account: Account): Promise<OfferProposal[]> {
  const rows = await db.select().from(offerProposals).where(eq(offerProposals.organisationAccountId, account.id)).orderBy(desc(offerProposals.proposedAt));
  const now = offersById(await kaartOffersOf(db, account));
  return rows.map((r) => viewOf(r, account.name, now.get(r.serviceId) ?? null));
}

/** A municipality's proposals for its kaart keepers: open ones first, each newest first. */
export async function municipalityProposals(db: Db, municipalityId: string): Promise<OfferProposal[]> {
  const rows = await db
    .select({ p: offerProposals, name: organisationAccounts.name })
    .from(offerProposals)
    .innerJoin(organisationAccounts, eq(offerProposals.organisationAccountId, organisationAccounts.id))
    .where(eq(offerProposals.municipalityId, municipalityId))
    .orderBy(desc(offerProposals.proposedAt));
  const now = offersById((await getCatalogue(db, municipalityId)).body.services);
  const views = rows.map((r) => viewOf(r.p, r.name, now.get(r.p.serviceId) ?? null));
  return [...views.filter((p) => p.state === 'open'), ...views.filter((p) => p.state !== 'open')];
}

/** One open proposal of the municipality, locked for the decision; 404 or 409 (decided already) otherwise. */
export async function openProposal(db: Db, municipalityId: string, id: string): Promise<{ row: Row; organisationName: string }> {
  const [found] = await db
    .select({ p: offerProposals, name: organisationAccounts.name })
    .from(offerProposals)
    .innerJoin(organisationAccounts, eq(offerProposals.organisationAccountId, organisationAccounts.id))
    .where(and(eq(offerProposals.id, id), eq(offerProposals.municipalityId, municipalityId)))
    .for('update', { of: offerProposals });
  if (!found) throw notFound('Dit voorstel bestaat niet voor jouw gemeente.', 'No such proposal for your municipality.');
  if (found.p.state === 'withdrawn') throw new ApiFailure(409, 'withdrawn', 'De organisatie heeft dit voorstel ingetrokken.', 'The organisation withdrew this proposal.');
  if (found.p.state !== 'open') throw new ApiFailure(409, 'already_decided', 'Over dit voorstel is al beslist.', 'This proposal has been decided already.');
  return { row: found.p, organisationName: found.name };
}

/** Whether the offer is still as it was when proposed (the kaart stores offers as JSON, so key order may differ). */
export function unchangedSince(row: Row, current: Service | undefined): boolean {
  return current !== undefined && isDeepStrictEqual(current, row.base);
}

export async function decide(db: Db, row: Row, organisationName: string, decision: { state: 'approved' | 'rejected'; reason: string | null }, userId: string, now: Date): Promise<OfferProposal> {
  const [next] = await db
    .update(offerProposals)
    .set({ state: decision.state, reason: decision.reason, decidedBy: userId, decidedAt: now })
    .where(eq(offerProposals.id, row.id))
    .returning();
  const current = (await getCatalogue(db, row.municipalityId)).body.services.find((s) => s.id === row.serviceId) ?? null;
  return viewOf(next!, organisationName, current);
}

function offersById(offers: Service[]): Map<string, Service> {
  return new Map(offers.map((s) => [s.id, s]));
}
