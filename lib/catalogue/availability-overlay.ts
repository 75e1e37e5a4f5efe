import type { Service } from '../contracts/catalogue';
import type { OfferAvailability } from '../contracts/offer-availability';

/*
 * The coordinators' word on their offers (issue 17, item 5) laid over the keeper's kaart as it is
 * sent: each offer gets `availability_now` with its own time, so a delta sync carries an offer
 * whose availability changed like an edited one, and the keeper's text is never rewritten. What an
 * upload or edit says in `availability_now` is dropped (`withoutAvailability`), like last_modified.
 */

/** What was said of one offer, and for which kaart organisation it was said. */
export type SaidAvailability = OfferAvailability & { organization_id: string };

/** The offers with what their own organisation said; said for another organisation, it does not apply. */
export function withAvailability(services: readonly Service[], said: ReadonlyMap<string, SaidAvailability>): Service[] {
  return services.map((service) => {
    const entry = said.get(service.id);
    if (!entry || entry.organization_id !== service.organization_id) return service;
    const { organization_id: _for, ...availability } = entry;
    return { ...service, availability_now: availability };
  });
}

/** The offer as the keeper stores it: without a coordinator's overlay. */
export function withoutAvailability({ availability_now: _dropped, ...service }: Service): Service {
  return service;
}

/** The latest moment anything was said, or null: moves a copy's `updatedAt` and the ETag along. */
export function latestSaid(said: ReadonlyMap<string, SaidAvailability>): Date | null {
  let latest = 0;
  for (const { updated_at } of said.values()) latest = Math.max(latest, Date.parse(updated_at));
  return latest ? new Date(latest) : null;
}

/** An ETag part for the overlay (no dot, see kaart-etag.ts): changes whenever anything is said. */
export function availabilityEtag(said: ReadonlyMap<string, SaidAvailability>): string | null {
  const latest = latestSaid(said);
  return latest ? `"a${said.size.toString(36)}-${latest.getTime().toString(36)}"` : null;
}
