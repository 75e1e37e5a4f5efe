import { isApiRequestError } from './api-errors';
import { clientFor, createApiClient, type Fetch } from './api-client';
import { getConnection, saveConnection, type Connection } from '../store/connection';
import { UnsentRecords, wipeTeamData } from '../store/wipe-team-data';
import type { Database } from '../store/database';
import type { LaunchExchangeRequest } from '../contracts/plugin-launch';
import { updateSyncState } from './sync-state';

export type ConnectOptions = {
  db: Database;
  fetch: Fetch;
  serverUrl: string;
  timeoutMs?: number;
  makeDeviceId?: () => string;
  /** Preset by the organisation's policy: only a code of this team signs in here. */
  teamId?: string;
} & (
  | {
      /** The one-time sign-in code from the administrator. */
      code: string;
    }
  | {
      /** A launch token the vendor plugin's host handed over (docs/plugin.md), with the host's checked origin. */
      launch: LaunchExchangeRequest;
    }
);

/**
 * Signs in with a one-time code and stores the connection. Throws `ApiRequestError` with the
 * server's Dutch message (an unknown or used code is `refused`, code `invalid_code`).
 */
const NOT_OUR_SERVER: ReadonlySet<string> = new Set(['network', 'timeout', 'invalid_response']);

/** Sign-in reached no Handreiking API at this address. `code` survives the trip to the options page. */
export class ServerNotFound extends Error {
  readonly code = 'server_not_found';
  constructor(
    readonly serverUrl: string,
    cause: unknown,
  ) {
    super(`Op ${serverUrl} antwoordt geen server van Handreiking. Kijk of het adres klopt en of je verbinding hebt.`, { cause });
    this.name = 'ServerNotFound';
  }
}

/** The sign-in code belongs to another team than the one this browser is set up for by policy. */
export class OtherTeam extends Error {
  readonly code = 'other_team';
  constructor(readonly teamName: string) {
    super(`Deze inlogcode hoort bij ${teamName}, niet bij het team waarvoor je organisatie deze browser heeft ingericht. Vraag je beheerder om een code van je eigen team.`);
    this.name = 'OtherTeam';
  }
}

export async function connect(options: ConnectOptions): Promise<Connection> {
  const api = createApiClient({ baseUrl: options.serverUrl, fetch: options.fetch, timeoutMs: options.timeoutMs });
  const signedIn = await ('launch' in options ? api.launchExchange(options.launch) : api.exchange(options.code)).catch((error: unknown) => {
    // At first sign-in nothing is queued "for later": an address that does not answer as our API
    // is most often a typo, and the user must hear that instead of "will be sent later".
    if (isApiRequestError(error) && NOT_OUR_SERVER.has(error.kind)) throw new ServerNotFound(options.serverUrl, error);
    if (isApiRequestError(error) && error.kind === 'refused' && error.status === 404) throw new ServerNotFound(options.serverUrl, error);
    throw error;
  });
  if (options.teamId && signedIn.team.id !== options.teamId) {
    // The code was good but for another team: its session ends at once and nothing is kept here.
    await clientFor({ serverUrl: options.serverUrl, token: signedIn.token }, { fetch: options.fetch, timeoutMs: options.timeoutMs ?? 5_000 })
      .revoke()
      .catch(() => undefined);
    throw new OtherTeam(signedIn.team.name);
  }
  const connection = await saveConnection(
    options.db,
    { serverUrl: options.serverUrl, token: signedIn.token, expiresAt: signedIn.expiresAt, user: signedIn.user, team: signedIn.team },
    options.makeDeviceId,
  );
  // The team key is not part of sign-in: the first sync pass gets it (lib/sync/team-key-step.ts).
  // A new sign-in ends "signed out" and any backoff: the next pass may run at once.
  await updateSyncState(options.db, () => ({ status: 'idle', failures: 0, nextAttemptAt: null, lastError: undefined }));
  return connection;
}

/**
 * Signs out on this device and removes the team's data from it (lib/store/wipe-team-data.ts).
 * With records not sent yet it refuses (UnsentRecords) unless `discardUnsent` is set.
 */
export async function disconnect(db: Database, options: { discardUnsent?: boolean; fetch?: Fetch; timeoutMs?: number } = {}): Promise<{ revoked: boolean }> {
  const unsent = await db.count('outbox');
  if (unsent > 0 && !options.discardUnsent) throw new UnsentRecords(unsent);
  // The token stops working on the server too, so a copy of it is worth nothing. Best effort:
  // offline, the token is forgotten here and expires on the server by itself.
  const connection = await getConnection(db);
  let revoked = false;
  if (connection && options.fetch) {
    revoked = await clientFor(connection, { fetch: options.fetch, timeoutMs: options.timeoutMs ?? 5_000 })
      .revoke()
      .then(
      () => true,
      () => false,
    );
  }
  await wipeTeamData(db, options);
  return { revoked };
}
