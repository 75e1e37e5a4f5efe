import type { HelpRequestDraft, ProfessionalAction, ProfessionalContact, TeamRequestView } from '../contracts/help-request';
import type { Database } from './database';

/*
 * Requests to volunteer organisations on this device (issue 17), one entry per registration: a
 * request waiting to be sent, a reply or withdrawal waiting to be sent, and the request as the
 * server last showed it (the organisation's answers). They live in the `sync` store, which holds
 * the team's synced state: it is cleared with the rest of the team's data on sign-out.
 * The professional's own contact details are remembered in `meta` for the next request.
 */

const PREFIX = 'helpRequest:';
const RANGE = () => IDBKeyRange.bound(PREFIX, `${PREFIX}\uffff`);
export const PROFESSIONAL_CONTACT_KEY = 'professionalContact';

export interface StoredHelpRequest {
  registrationId: string;
  /** Waiting to go out: offline, or its registration has not reached the server yet. */
  draft?: HelpRequestDraft;
  /** A reply to the organisation's question, or a withdrawal, waiting to go out. */
  action?: ProfessionalAction;
  /** The request as the server last answered it. */
  view?: TeamRequestView;
  /** Why the server refused the draft or the action: kept and shown, not sent again unchanged. */
  lastError?: { code: string; message: string; en?: string };
  queuedAt: string;
}

export async function storedHelpRequests(db: Database): Promise<StoredHelpRequest[]> {
  return (await db.getAll('sync', RANGE())) as StoredHelpRequest[];
}

export async function storedHelpRequest(db: Database, registrationId: string): Promise<StoredHelpRequest | undefined> {
  return (await db.get('sync', PREFIX + registrationId)) as StoredHelpRequest | undefined;
}

/** Changes one entry in a transaction of its own; `change` returning null removes it. */
export async function updateHelpRequest(
  db: Database,
  registrationId: string,
  change: (current: StoredHelpRequest | undefined) => StoredHelpRequest | null,
): Promise<StoredHelpRequest | null> {
  const tx = db.transaction('sync', 'readwrite');
  const next = change((await tx.store.get(PREFIX + registrationId)) as StoredHelpRequest | undefined);
  if (next) await tx.store.put(next, PREFIX + registrationId);
  else await tx.store.delete(PREFIX + registrationId);
  await tx.done;
  return next;
}

export async function getProfessionalContact(db: Database): Promise<ProfessionalContact | null> {
  return ((await db.get('meta', PROFESSIONAL_CONTACT_KEY)) as ProfessionalContact | undefined) ?? null;
}

export async function setProfessionalContact(db: Database, contact: ProfessionalContact): Promise<void> {
  await db.put('meta', contact, PROFESSIONAL_CONTACT_KEY);
}
