import type { ConnectionView } from '../worker-protocol/protocol';
import { getConnection } from '../store/connection';
import { rejectedEntries } from './outbox';
import type { Database } from '../store/database';
import { getSyncOverview } from './sync-status';
import { waitingForTeamKey } from '../store/meta';
import { teamKeyReplacedAt } from '../store/team-key-store';

/** What the options page shows: who is signed in where, and how sync is doing. The token stays in the background. */
export async function connectionView(db: Database): Promise<ConnectionView> {
  const [overview, connection, parked, teamKeyWaiting, replacedAt] = await Promise.all([
    getSyncOverview(db),
    getConnection(db),
    rejectedEntries(db),
    waitingForTeamKey(db),
    teamKeyReplacedAt(db),
  ]);
  return {
    connected: connection !== null,
    serverUrl: connection?.serverUrl,
    userName: connection?.user.displayName,
    role: connection?.user.role,
    teamName: connection?.team.name,
    expiresAt: connection?.expiresAt,
    status: overview.status,
    lastSuccessAt: overview.lastSuccessAt,
    nextAttemptAt: overview.nextAttemptAt,
    pending: overview.pending,
    rejected: overview.rejected,
    parked: parked.map(({ entry, registration }) => ({
      id: entry.id,
      outcome: registration?.outcome,
      status: registration?.status,
      createdAt: registration?.createdAt,
      reason: entry.lastError ?? { code: 'unknown', message: '' },
    })),
    lastError: overview.lastError,
    ...(teamKeyWaiting ? { teamKeyWaiting: true as const } : {}),
    ...(replacedAt ? { teamKeyReplacedAt: replacedAt } : {}),
  };
}
