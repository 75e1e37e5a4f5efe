import { describeFailure } from '../http/log-error';
import type { Db } from './open';
import { repairRollup } from './queries/stats-rollup';

/*
 * The stats rollup brought up to date after pushes commit (queries/stats-rollup.ts): a push asks for
 * its team's repair and answers at once; the repair runs when the team's pushes pause for
 * REPAIR_QUIET_MS, or REPAIR_MAX_WAIT_MS after the first push not yet repaired, for every push in
 * between at once. A device sending batch after batch (a first sync, an outbox after a week
 * offline) then does not wait on the team's lock for a repair after every batch. Nothing depends
 * on it for correctness: a stats read repairs its teams first, and the start repairs what a
 * stopped process left.
 */

export const REPAIR_QUIET_MS = 200;
export const REPAIR_MAX_WAIT_MS = 5_000;

interface TeamRepair {
  timer: ReturnType<typeof setTimeout> | null;
  /** When the first push not yet repaired asked (ms since the epoch). */
  since: number;
  running: Promise<void> | null;
  /** A push came in while the repair ran: repair again after it. */
  again: boolean;
}

const repairs = new WeakMap<Db, Map<string, TeamRepair>>();

export function repairRollupSoon(db: Db, teamId: string): void {
  let teams = repairs.get(db);
  if (!teams) repairs.set(db, (teams = new Map()));
  let state = teams.get(teamId);
  if (!state) teams.set(teamId, (state = { timer: null, since: Date.now(), running: null, again: false }));
  if (state.running) {
    state.again = true;
    return;
  }
  if (state.timer) clearTimeout(state.timer);
  else state.since = Date.now();
  const s = state;
  const wait = Math.max(0, Math.min(REPAIR_QUIET_MS, s.since + REPAIR_MAX_WAIT_MS - Date.now()));
  s.timer = setTimeout(() => void run(db, teamId, s), wait);
  // Never keeps the process alive: what is left pending is repaired at the next read or start.
  s.timer.unref?.();
}

function run(db: Db, teamId: string, state: TeamRepair): Promise<void> {
  if (state.timer) clearTimeout(state.timer);
  state.timer = null;
  state.running = repairRollup(db, [teamId])
    .then(
      () => {},
      (err) => console.error(`Stats rollup repair failed; it is repaired at the next stats read or start\n${describeFailure(err)}`),
    )
    .finally(() => {
      state.running = null;
      if (state.again) {
        state.again = false;
        repairRollupSoon(db, teamId);
      } else repairs.get(db)?.delete(teamId);
    });
  return state.running;
}

/** Run the repairs asked for on this database now and wait for them (before closing it; tests). */
export async function settleRollupRepairs(db: Db): Promise<void> {
  const teams = repairs.get(db);
  while (teams?.size) {
    await Promise.all([...teams].map(([teamId, state]) => state.running ?? run(db, teamId, state)));
  }
}
