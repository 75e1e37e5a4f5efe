import type { FollowUpCounts } from './counts';
import { isOpen, type StatsRegistration } from './input';

/** "Due" = falls due within this many days from asOf; earlier than asOf is overdue. */
export const FOLLOW_UP_WINDOW_DAYS = 7;

/**
 * Open follow-ups by the professional who recorded the deployment, whatever the period: the
 * question "did it start?" is today's work. Open = outcome deployed and the current status still
 * chosen, requested or matched (or none). Only people with something due or overdue get a row.
 */
export function countFollowUps(registrations: readonly StatsRegistration[], asOf: Date): FollowUpCounts[] {
  const now = asOf.getTime();
  const horizon = now + FOLLOW_UP_WINDOW_DAYS * 86_400_000;
  const rows = new Map<string, FollowUpCounts>();
  for (const r of registrations) {
    if (!isOpen(r) || !r.followUpDue) continue;
    const due = Date.parse(r.followUpDue);
    if (due >= horizon) continue;
    const row = rows.get(r.recordedBy.id) ?? { userId: r.recordedBy.id, professional: r.recordedBy.displayName, due: 0, overdue: 0 };
    if (due < now) row.overdue++;
    else row.due++;
    rows.set(r.recordedBy.id, row);
  }
  return [...rows.values()];
}
