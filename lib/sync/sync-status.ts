import { getConnection } from '../store/connection';
import type { Database } from '../store/database';
import { countOutbox } from './outbox';
import { getSyncState, type SyncState } from './sync-state';
import type { WakeInput } from './schedule';

/** Everything the side panel shows about sync, and what `nextWake` needs, in one read. */
export interface SyncOverview extends SyncState, WakeInput {
  rejected: number;
  team: { id: string; name: string } | null;
}

export async function getSyncOverview(db: Database): Promise<SyncOverview> {
  const [state, outbox, connection] = await Promise.all([getSyncState(db), countOutbox(db), getConnection(db)]);
  return {
    ...state,
    ...outbox,
    connected: connection !== null,
    team: connection ? { id: connection.team.id, name: connection.team.name } : null,
  };
}
