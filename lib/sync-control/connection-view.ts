import type { ConnectionView } from '../messages/protocol';
import { getConnection } from '../store/connection';
import type { Database } from '../store/database';
import { getSyncOverview } from '../sync/sync-status';

/** What the options page shows: who is signed in where, and how sync is doing. The token stays in the background. */
export async function connectionView(db: Database): Promise<ConnectionView> {
  const [overview, connection] = await Promise.all([getSyncOverview(db), getConnection(db)]);
  return {
    connected: connection !== null,
    serverUrl: connection?.serverUrl,
    userName: connection?.user.displayName,
    role: connection?.user.role,
    teamName: connection?.team.name,
    expiresAt: connection?.expiresAt,
    status: overview.status,
    lastSuccessAt: overview.lastSuccessAt,
    pending: overview.pending,
    rejected: overview.rejected,
    lastError: overview.lastError,
  };
}
