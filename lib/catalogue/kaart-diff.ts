import type { Service } from '../contracts/catalogue';

/*
 * What a new kaart changes in the offers of the one stored: shown to the kaart keeper before an
 * upload is confirmed (components/console/kaart-upload) and summarised in the audit log by the
 * server (PUT /catalogue), so both say the same.
 */

export interface OfferChange {
  id: string;
  name: string;
  /** Top-level fields of the offer that differ ("name", "handreiking"). */
  fields: string[];
}

export interface KaartDiff {
  added: Array<{ id: string; name: string }>;
  changed: OfferChange[];
  removed: Array<{ id: string; name: string }>;
}

type OfferLike = Pick<Service, 'id' | 'name'> & Record<string, unknown>;

/**
 * Key order does not count (the database stores JSON with its keys reordered), nor does a key
 * that is there with `undefined`.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (!sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/**
 * The top-level fields in which two versions of one offer differ, sorted. `last_modified` is the
 * server's own stamp of a change, not a change (lib/catalogue/last-modified.ts).
 */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  keys.delete('last_modified');
  return [...keys].filter((k) => !sameValue(before[k], after[k])).sort();
}

export function diffKaart(before: readonly OfferLike[], after: readonly OfferLike[]): KaartDiff {
  const old = new Map(before.map((o) => [o.id, o]));
  const seen = new Set<string>();
  const diff: KaartDiff = { added: [], changed: [], removed: [] };
  for (const offer of after) {
    seen.add(offer.id);
    const was = old.get(offer.id);
    if (!was) {
      diff.added.push({ id: offer.id, name: offer.name });
      continue;
    }
    const fields = changedFields(was, offer);
    if (fields.length) diff.changed.push({ id: offer.id, name: offer.name, fields });
  }
  for (const offer of before) if (!seen.has(offer.id)) diff.removed.push({ id: offer.id, name: offer.name });
  return diff;
}
