import { Service } from '../contracts/catalogue';

/*
 * The offer form's fields as text, and back to an offer checked by the kaart's own contract; a
 * problem is named by its field, so the form can show it next to that field in the console's language.
 */

export const OFFER_FIELDS = ['name', 'description', 'status', 'url', 'email', 'application_process'] as const;
export type OfferField = (typeof OFFER_FIELDS)[number];
export type OfferValues = Record<OfferField, string>;

export function valuesOf(offer: Service): OfferValues {
  return {
    name: offer.name,
    description: offer.description,
    status: offer.status,
    url: offer.url ?? '',
    email: offer.email ?? '',
    application_process: offer.application_process ?? '',
  };
}

/** The offer with the form's values, or the fields that the contract refuses. */
export function offerFrom(offer: Service, values: OfferValues): { ok: true; offer: Service } | { ok: false; fields: OfferField[] } {
  const optional = (v: string) => (v.trim() === '' ? undefined : v.trim());
  const candidate = {
    ...offer,
    name: values.name,
    description: values.description,
    status: values.status,
    url: optional(values.url),
    email: optional(values.email),
    application_process: optional(values.application_process),
  };
  const parsed = Service.safeParse(candidate);
  if (parsed.success) return { ok: true, offer: parsed.data };
  const fields = new Set<OfferField>();
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((OFFER_FIELDS as readonly unknown[]).includes(field)) fields.add(field as OfferField);
  }
  // A problem outside the form's fields (an older kaart entry) is shown against the name, not hidden.
  return { ok: false, fields: fields.size ? [...fields] : ['name'] };
}
