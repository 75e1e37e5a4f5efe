import type { OrganisationRequestView } from '../contracts/help-request';
import { ConsoleApiError, type ConsoleApi } from './console-api';

/*
 * The address a mailed one-time link opens: `/console/#/verzoek/<token>` (server/mail/request-mail.ts).
 * Not a row of the route table: it is for whoever holds the link, signed in or not, and no role's page.
 */

const LINK = /^#\/verzoek\/([A-Za-z0-9_-]{43})$/;

/** The link's token, or null when the fragment is no request link. */
export function requestLinkToken(hash: string): string | null {
  return LINK.exec(hash)?.[1] ?? null;
}

/** Where the browser keeps a link's page session: `localStorage`, or a stand-in in tests. */
export type SessionStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const storeKey = (token: string) => `handreiking.request-link.${token}`;

/**
 * The request behind a link, with the page session to answer it. The token is spent on the first
 * opening and traded for a session that this browser keeps, so a reload or a visit weeks later
 * (until the link expires) goes on with the session; another browser gets `link_used`.
 */
export async function openLinkedRequest(
  api: Pick<ConsoleApi, 'openRequestLink' | 'linkedRequest'>,
  store: SessionStore,
  token: string,
): Promise<{ session: string; request: OrganisationRequestView }> {
  const kept = store.getItem(storeKey(token));
  if (kept) {
    try {
      return { session: kept, request: await api.linkedRequest(kept) };
    } catch (error) {
      // A session the server does not know (any more) is dropped; expired or revoked is said as is.
      if (!(error instanceof ConsoleApiError && error.code === 'link_session_unknown')) throw error;
      store.removeItem(storeKey(token));
    }
  }
  const opened = await api.openRequestLink(token);
  store.setItem(storeKey(token), opened.session);
  return opened;
}

/**
 * The refusal of a link opened before, elsewhere, or of a session a newer link replaced: the page
 * then offers a new link by mail (to the organisation's registered address).
 */
export function isSpentLink(error: unknown): boolean {
  return error instanceof ConsoleApiError && (error.code === 'link_used' || error.code === 'link_superseded');
}
