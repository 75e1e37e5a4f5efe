import { and, desc, eq, gt, isNotNull, isNull } from 'drizzle-orm';
import { addDays } from '../../../lib/calendar/add-days';
import { hashSecret, newToken } from '../../auth/secrets';
import { ApiFailure } from '../../http/errors';
import type { Db } from '../open';
import { helpRequestLinks, helpRequests, organisationAccounts, teams } from '../schema';

/*
 * One-time links to a request (issue 17). The mailed token is spent on first use: the page trades
 * it once for a page session, which the organisation's browser keeps and which lives exactly as
 * long as the link (same expiry, same revocation). A spent link opened again is refused; it can
 * only ask for a new link, mailed to the organisation's registered address.
 */

/** A one-time link works this long; a request that takes longer gets a new one from the team. */
export const LINK_TTL_DAYS = 30;

/** At most one renewal per request this often: a spent link in the wrong hands cannot flood the mailbox. */
export const RENEWAL_INTERVAL_MINUTES = 5;

export interface LinkAccess {
  linkId: string;
  requestId: string;
  accountId: string;
}

type LinkRow = typeof helpRequestLinks.$inferSelect;

const LINK_REFUSED = {
  unknown: [404, 'link_unknown', 'Deze link is onbekend. Controleer of u hem helemaal hebt overgenomen uit de e-mail.', 'Unknown link.'],
  expired: [410, 'link_expired', 'Deze link is verlopen. Vraag het team om het verzoek opnieuw te sturen.', 'The link has expired.'],
  revoked: [410, 'link_revoked', 'Deze link is ingetrokken door het team dat het verzoek stuurde.', 'The link was revoked.'],
  used: [
    410,
    'link_used',
    'Deze link is al eens geopend en werkt maar één keer. Was u dat zelf, in een andere browser? Laat dan een nieuwe link mailen naar het adres van uw organisatie.',
    'This link was opened before and works only once. Have a new link mailed to your organisation’s address.',
  ],
  session: [404, 'link_session_unknown', 'Deze sessie is onbekend. Open de link uit de e-mail opnieuw.', 'Unknown link session.'],
  superseded: [
    410,
    'link_superseded',
    'Er is een nieuwere link voor dit verzoek geopend, daarom werkt deze niet meer. Gebruik de nieuwste link uit de e-mail van uw organisatie, of laat een nieuwe mailen.',
    'A newer link for this request has been opened, so this one no longer works. Use the newest link in your organisation’s mail, or have a new one mailed.',
  ],
} as const;

function refuse(reason: keyof typeof LINK_REFUSED): never {
  const [status, code, nl, en] = LINK_REFUSED[reason];
  throw new ApiFailure(status, code, nl, en);
}

const tokenHash = (token: string) => hashSecret(`request-link:${token}`);
const sessionHash = (session: string) => hashSecret(`request-link-session:${session}`);

/** Refused when the link is revoked or expired; a link and its session fail alike. */
function refuseDead(link: LinkRow, now: Date): void {
  if (link.revokedAt) refuse('revoked');
  if (link.expiresAt <= now) refuse('expired');
}

export async function issueLink(tx: Db, requestId: string, organisationAccountId: string, now: Date, renewedFrom: string | null = null) {
  const token = newToken();
  const expiresAt = addDays(now, LINK_TTL_DAYS);
  const [row] = await tx
    .insert(helpRequestLinks)
    .values({ requestId, organisationAccountId, tokenHash: tokenHash(token), createdAt: now, expiresAt, renewedFrom })
    .returning({ id: helpRequestLinks.id });
  return { linkId: row!.id, token, expiresAt };
}

/** The professional withdraws all links of a request, and so their page sessions. */
export async function revokeRequestLinks(db: Db, requestId: string, now: Date): Promise<number> {
  const revoked = await db
    .update(helpRequestLinks)
    .set({ revokedAt: now })
    .where(and(eq(helpRequestLinks.requestId, requestId), isNull(helpRequestLinks.revokedAt)))
    .returning({ id: helpRequestLinks.id });
  return revoked.length;
}

/**
 * Spends the link's token and answers a page session for it. Spending is one conditional update, so
 * of two simultaneous first uses exactly one gets a session.
 */
export async function tradeLink(db: Db, token: string, now: Date): Promise<LinkAccess & { session: string }> {
  const [link] = await db.select().from(helpRequestLinks).where(eq(helpRequestLinks.tokenHash, tokenHash(token)));
  if (!link) refuse('unknown');
  refuseDead(link, now);
  const session = newToken();
  const [spent] = await db
    .update(helpRequestLinks)
    .set({ spentAt: now, sessionHash: sessionHash(session) })
    .where(and(eq(helpRequestLinks.id, link.id), isNull(helpRequestLinks.spentAt)))
    .returning({ id: helpRequestLinks.id });
  if (!spent) refuse('used');
  return { linkId: link.id, requestId: link.requestId, accountId: link.organisationAccountId, session };
}

/**
 * The request a page session opens, or a refusal: unknown (also a tampered secret), expired,
 * revoked, or superseded. A link renewed from this one and opened ends this one's session: the new
 * link went to the organisation's registered address, so whoever opened it speaks for the
 * organisation, and a forwarded mail opened first elsewhere no longer answers for it.
 */
export async function sessionAccess(db: Db, session: string, now: Date): Promise<LinkAccess> {
  const [link] = await db.select().from(helpRequestLinks).where(eq(helpRequestLinks.sessionHash, sessionHash(session)));
  if (!link) refuse('session');
  refuseDead(link, now);
  const [newer] = await db
    .select({ id: helpRequestLinks.id })
    .from(helpRequestLinks)
    .where(and(eq(helpRequestLinks.requestId, link.requestId), eq(helpRequestLinks.renewedFrom, link.id), isNotNull(helpRequestLinks.spentAt)))
    .limit(1);
  if (newer) refuse('superseded');
  return { linkId: link.id, requestId: link.requestId, accountId: link.organisationAccountId };
}

export interface Renewal {
  to: string;
  organisationName: string;
  teamName: string;
  token: string;
  expiresAt: Date;
  linkId: string;
}

/**
 * A new one-time link for the request of a genuine, live link, to the organisation's registered
 * address (never one the caller gives). Throttled per request: 429 within the interval of the last
 * renewal. `canMail`: this server can send mail at all (503 otherwise, but only for a genuine link).
 */
export async function renewLink(db: Db, token: string, now: Date, canMail: boolean): Promise<Renewal> {
  return db.transaction(async (tx) => {
    const [link] = await tx.select().from(helpRequestLinks).where(eq(helpRequestLinks.tokenHash, tokenHash(token)));
    if (!link) refuse('unknown');
    refuseDead(link, now);
    if (!canMail) throw mailUnavailable();
    // Serialises renewals of one request, so the throttle below cannot be raced.
    const [request] = await tx
      .select({ teamName: teams.name, to: organisationAccounts.email, organisationName: organisationAccounts.name })
      .from(helpRequests)
      .innerJoin(teams, eq(helpRequests.teamId, teams.id))
      .innerJoin(organisationAccounts, eq(helpRequests.organisationAccountId, organisationAccounts.id))
      .where(eq(helpRequests.id, link.requestId))
      .for('update', { of: helpRequests });
    if (!request) refuse('unknown');
    if (!request.to) {
      throw new ApiFailure(409, 'no_address', 'Uw organisatie heeft geen e-mailadres bij ons. Vraag het team om het verzoek opnieuw te sturen.', 'Your organisation has no e-mail address here.');
    }
    const since = new Date(now.getTime() - RENEWAL_INTERVAL_MINUTES * 60_000);
    const [recent] = await tx
      .select({ createdAt: helpRequestLinks.createdAt })
      .from(helpRequestLinks)
      .where(and(eq(helpRequestLinks.requestId, link.requestId), isNotNull(helpRequestLinks.renewedFrom), gt(helpRequestLinks.createdAt, since)))
      .orderBy(desc(helpRequestLinks.createdAt))
      .limit(1);
    if (recent) {
      throw new ApiFailure(
        429,
        'renewal_throttled',
        `Er is net al een nieuwe link gemaild naar het adres van uw organisatie. Kijk in die mailbox, of probeer het over ${RENEWAL_INTERVAL_MINUTES} minuten opnieuw.`,
        `A new link was mailed to your organisation’s address moments ago; check that mailbox or try again in ${RENEWAL_INTERVAL_MINUTES} minutes.`,
      );
    }
    const issued = await issueLink(tx, link.requestId, link.organisationAccountId, now, link.id);
    return { to: request.to, organisationName: request.organisationName, teamName: request.teamName, ...issued };
  });
}

/** A renewal whose mail could not be sent is taken back, so it neither works nor throttles a retry. */
export async function dropLink(db: Db, linkId: string): Promise<void> {
  await db.delete(helpRequestLinks).where(eq(helpRequestLinks.id, linkId));
}


export const mailUnavailable = () =>
  new ApiFailure(503, 'mail_unavailable', 'Er kan nu geen e-mail worden verstuurd. Probeer het later opnieuw.', 'Mail cannot be sent now; try again later.');
