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
}

/** One form value as a line of text: lists with commas, rows one per line. */
function shown(value: OfferValues[OfferField]): string {
  if (typeof value === 'string') return value;
  return value
    .map((v) => (typeof v === 'string' ? v : Object.values(v).filter((part) => part.trim()).join(' · ')))
    .join(typeof value[0] === 'string' ? ', ' : '\n');
}

export function offerDiff(before: Service, after: Service): FieldChange[] {
  const a = valuesOf(before);
  const b = valuesOf(after);
  return (Object.keys(a) as OfferField[]).map((field) => ({ field, before: shown(a[field]), after: shown(b[field]) })).filter((c) => c.before !== c.after);
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
