import type { Offer } from '../contracts/catalogue';
import type { Database, ServerInfo } from '../store/database';
import { followUpsOf, type FollowUp } from './follow-ups';
import { getSnoozes } from './snoozes';

export interface FollowUpView extends FollowUp {
  offerName?: string;
  organizationName?: string;
}

/** All open deployments on this device (the team's, once synced), with their follow-up date. */
export async function loadFollowUps(
  db: Database,
  offers: ReadonlyMap<string, Offer>,
  now: Date,
  followUpDays?: number,
): Promise<FollowUpView[]> {
  const [registrations, infos, snoozes] = await Promise.all([db.getAll('registrations'), db.getAll('serverInfo'), getSnoozes(db)]);
  const info = new Map<string, ServerInfo>(infos.map((i) => [i.id, i]));
  return followUpsOf(registrations, info, now, followUpDays, snoozes).map((f) => {
    const offer = f.registration.serviceId ? offers.get(f.registration.serviceId) : undefined;
    return { ...f, offerName: offer?.name, organizationName: offer?.organization.name };
  });
}
