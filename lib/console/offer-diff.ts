import type { Service } from '../contracts/catalogue';
import { offerFrom, valuesOf, type OfferField, type OfferValues } from './offer-form';

/*
 * What a proposal would change in an offer, field by field in the offer form's own terms (its
 * fields and how they are typed there), so the kaart keeper reads it as the form shows it. Also
 * the one rule for what a proposal may touch: only what the offer form edits.
 */

export interface FieldChange {
  field: OfferField;
  before: string;
  after: string;
  /** The field as the kaart holds it now, only when it changed since the proposal (the keeper edited it meanwhile). */
  now?: string;
}

/** One form value as a line of text: lists with commas, rows one per line. */
function shown(value: OfferValues[OfferField]): string {
  if (typeof value === 'string') return value;
  return value
    .map((v) => (typeof v === 'string' ? v : Object.values(v).filter((part) => part.trim()).join(' · ')))
    .join(typeof value[0] === 'string' ? ', ' : '\n');
}

/**
 * The fields `after` changes in `before`; given the offer as it is `now`, also the fields that
 * changed since `before` (with their current text), so a newer edit is not overwritten unseen.
 */
export function offerDiff(before: Service, after: Service, now?: Service): FieldChange[] {
  const a = valuesOf(before);
  const b = valuesOf(after);
  const c = now && valuesOf(now);
  return (Object.keys(a) as OfferField[])
    .map((field) => {
      const change: FieldChange = { field, before: shown(a[field]), after: shown(b[field]) };
      const current = c ? shown(c[field]) : change.before;
      return current === change.before ? change : { ...change, now: current };
    })
    .filter((c) => c.before !== c.after || c.now !== undefined);
}

/** Whether `proposed` differs from `base` only in what the offer form edits (else a proposal could set what only a keeper sets). */
export function onlyFormFields(base: Service, proposed: Service): boolean {
  const rebuilt = offerFrom(base, valuesOf(proposed));
  return rebuilt.ok && JSON.stringify(sorted(rebuilt.offer)) === JSON.stringify(sorted(proposed));
}

/** The value as JSON with object keys in order and undefined dropped, to compare two offers as the kaart stores them. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([x], [y]) => x.localeCompare(y))
        .map(([k, v]) => [k, sorted(v)]),
    );
  }
  return value;
}
