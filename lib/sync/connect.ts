import { createApiClient, type Fetch } from './api-client';
import { clearConnection, saveConnection, type Connection } from '../store/connection';
import type { Database } from '../store/database';
import { saveTeamPseudonymSecret } from '../store/meta';
import { updateSyncState } from './sync-state';

export interface ConnectOptions {
  db: Database;
  fetch: Fetch;
  serverUrl: string;
  /** The one-time sign-in code from the administrator. */
  code: string;
  timeoutMs?: number;
  makeDeviceId?: () => string;
}

/**
 * Signs in with a one-time code and stores the connection. Throws `ApiRequestError` with the
 * server's Dutch message (an unknown or used code is `refused`, code `invalid_code`).
 */
export async function connect(options: ConnectOptions): Promise<Connection> {
  const api = createApiClient({ baseUrl: options.serverUrl, fetch: options.fetch, timeoutMs: options.timeoutMs });
  const signedIn = await api.exchange(options.code);
  const connection = await saveConnection(
    options.db,
    { serverUrl: options.serverUrl, token: signedIn.token, expiresAt: signedIn.expiresAt, user: signedIn.user, team: signedIn.team },
    options.makeDeviceId,
  );
  await saveTeamPseudonymSecret(options.db, signedIn.pseudonymSecret);
  // A new sign-in ends "signed out" and any backoff: the next pass may run at once.
  await updateSyncState(options.db, () => ({ status: 'idle', failures: 0, nextAttemptAt: null, lastError: undefined }));
  return connection;
}

/** Signs out on this device. Registrations and the outbox stay and are sent after the next sign-in. */
export async function disconnect(db: Database): Promise<void> {
  await clearConnection(db);
}
