/*
 * The address a mailed one-time link opens: `/console/#/verzoek/<token>` (server/mail/request-mail.ts).
 * Not a row of the route table: it is for whoever holds the link, signed in or not, and no role's page.
 */

const LINK = /^#\/verzoek\/([A-Za-z0-9_-]{43})$/;

/** The link's token, or null when the fragment is no request link. */
export function requestLinkToken(hash: string): string | null {
  return LINK.exec(hash)?.[1] ?? null;
}
