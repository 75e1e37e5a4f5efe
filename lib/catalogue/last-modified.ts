import type { Organization, Service } from '../contracts/catalogue';
import type { RemovedOffer } from '../contracts/sync';
import { sameValue } from './kaart-diff';
import { withoutAvailability } from './availability-overlay';

/*
 * Each offer's `last_modified` is the server's: an offer that an upload leaves as it was keeps the
 * time it last changed, a new or changed one gets `now`. An offer whose organisation changed (a
 * new phone number) counts as changed, since the panel shows them together. So a kaart replaced
 * whole still tells other tools (`modified_after`) and devices (delta sync) what really changed.
 */

/** How long a removal is remembered: a device whose copy is older gets the whole kaart. */
export const REMOVALS_KEPT_DAYS = 180;

/** The offer and its organisation without the change time (jsonb returns keys reordered: compared by value). */
function content({ last_modified: _ignored, ...service }: Service, organizations: ReadonlyMap<string, Organization>) {
  return { service, organization: organizations.get(service.organization_id) };
}

const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));

export interface KaartState {
  organizations: readonly Organization[];
  services: readonly Service[];
  removed?: readonly RemovedOffer[];
}

export function stampModified(previous: KaartState, next: Omit<KaartState, 'removed'>, now: Date): Service[] {
  const before = byId(previous.services);
  const organizationsBefore = byId(previous.organizations);
  const organizationsNext = byId(next.organizations);
  const stamp = now.toISOString();
  return next.services.map((sent) => {
    const service = withoutAvailability(sent);
    const old = before.get(service.id);
    const unchanged = old?.last_modified && sameValue(content(old, organizationsBefore), content(service, organizationsNext));
    return { ...service, last_modified: unchanged ? old.last_modified : stamp };
  });
}

/** The removals to remember after an upload: new ones now, back ones forgotten, old ones dropped. */
export function nextRemovals(previous: KaartState, next: Omit<KaartState, 'removed'>, now: Date): RemovedOffer[] {
  const present = new Set(next.services.map((s) => s.id));
  const horizon = now.getTime() - REMOVALS_KEPT_DAYS * 86_400_000;
  const kept = (previous.removed ?? []).filter((r) => !present.has(r.id) && new Date(r.at).getTime() >= horizon);
  const known = new Set(kept.map((r) => r.id));
  const gone = previous.services.filter((s) => !present.has(s.id) && !known.has(s.id)).map((s) => ({ id: s.id, at: now.toISOString() }));
  return [...kept, ...gone];
}

export interface KaartChanges {
  organizations: Organization[];
  services: Service[];
  removed: string[];
}

/**
 * What changed after `since`, or null when that cannot be told: a moment before the removals still
 * remembered, or after the kaart's own last change (a copy from another server or a reset one).
 */
export function changesSince(kaart: KaartState & { updatedAt: Date }, since: Date, now: Date): KaartChanges | null {
  if (since.getTime() < now.getTime() - REMOVALS_KEPT_DAYS * 86_400_000) return null;
  if (since.getTime() > kaart.updatedAt.getTime()) return null;
  const after = (instant: string | undefined) => instant === undefined || new Date(instant).getTime() > since.getTime();
  // An offer whose organisation said something new since counts as changed (availability-overlay.ts).
  const newlySaid = (s: Service) => s.availability_now !== undefined && after(s.availability_now.updated_at);
  const services = kaart.services.filter((s) => after(s.last_modified) || newlySaid(s));
  const needed = new Set(services.map((s) => s.organization_id));
  return {
    services,
    organizations: kaart.organizations.filter((o) => needed.has(o.id)),
    removed: (kaart.removed ?? []).filter((r) => after(r.at)).map((r) => r.id),
  };
}
