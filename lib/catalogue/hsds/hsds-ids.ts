import { v5 } from 'uuid';
import { z } from 'zod';

/*
 * HSDS names everything by UUID; our kaart names offers by slug ("humanitas-thuisadministratie").
 * A name-based UUID (v5) turns a slug into the same UUID on every export, so another tool that
 * stored our ids keeps them, and nested objects get ids from their parent and position. The slug
 * itself travels in the `handreiking` extension, which is how a re-import finds its offer again.
 */

/** Fixed for the project: changing it would change every published id. */
const NAMESPACE = '6f1c2a34-52d1-4c8e-9b7a-3e0d8a4f5b21';

const isUuid = (id: string) => z.uuid().safeParse(id).success;

/** The HSDS id of an organisation or offer: its own id when that already is a UUID. */
export function hsdsId(id: string): string {
  return isUuid(id) ? id.toLowerCase() : v5(`handreiking:${id}`, NAMESPACE);
}

/** The id of a nested object, e.g. the second phone of an offer. */
export function childId(parentHsdsId: string, kind: string, index: number): string {
  return v5(`${parentHsdsId}/${kind}/${index}`, NAMESPACE);
}
