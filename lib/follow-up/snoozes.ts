import type { Database } from '../store/database';

/*
 * "Not now, ask me again on …": a follow-up put off to a date. Kept on this device only (the
 * person who follows up decides when to ask again; other devices of the team keep their own
 * list), in the meta store, so signing out wipes it with the team's other data.
 */

export const SNOOZES_KEY = 'followUpSnoozes';

/** Snoozed follow-ups: registration id → the date (YYYY-MM-DD) to ask again. */
export type Snoozes = Readonly<Record<string, string>>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function getSnoozes(db: Database): Promise<Snoozes> {
  const stored = await db.get('meta', SNOOZES_KEY);
  if (!stored || typeof stored !== 'object') return {};
  return Object.fromEntries(Object.entries(stored as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string' && DATE.test(e[1])));
}

/** Puts a follow-up off until `until` (YYYY-MM-DD), or ends the snooze with null. */
export async function snoozeFollowUp(db: Database, id: string, until: string | null): Promise<void> {
  if (until !== null && !DATE.test(until)) throw new Error(`Geen geldige datum: ${until}`);
  const tx = db.transaction('meta', 'readwrite');
  const current = ((await tx.store.get(SNOOZES_KEY)) ?? {}) as Record<string, string>;
  const next = { ...current };
  if (until === null) delete next[id];
  else next[id] = until;
  await tx.store.put(next, SNOOZES_KEY);
  await tx.done;
}
