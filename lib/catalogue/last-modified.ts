import type { Service } from '../contracts/catalogue';
import { sameValue } from './kaart-diff';

/*
 * Each offer's `last_modified` is the server's: an offer that an upload leaves as it was keeps the
 * time it last changed, a new or changed one gets `now`. So a kaart replaced whole still tells other
 * tools (`modified_after`) and devices which offers really changed.
 */

/** The offer without its change time: stored offers come back from jsonb with their keys reordered. */
function content({ last_modified: _ignored, ...service }: Service) {
  return service;
}

export function stampModified(previous: readonly Service[], next: readonly Service[], now: Date): Service[] {
  const before = new Map(previous.map((s) => [s.id, s]));
  const stamp = now.toISOString();
  return next.map((service) => {
    const old = before.get(service.id);
    const unchanged = old?.last_modified && sameValue(content(old), content(service));
    return { ...service, last_modified: unchanged ? old.last_modified : stamp };
  });
}
