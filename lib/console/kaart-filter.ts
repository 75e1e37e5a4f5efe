import type { Organization, Service } from '../contracts/catalogue';

export type OfferStatus = Service['status'];

/**
 * The kaart keeper's list: the offers whose name, description, id or organisation holds every
 * word typed (case and accents ignored), optionally of one status, by name.
 */
export function filterOffers(services: readonly Service[], organizations: readonly Organization[], text: string, status: OfferStatus | '' = ''): Service[] {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const words = fold(text).split(/\s+/).filter(Boolean);
  const orgNames = new Map(organizations.map((o) => [o.id, o.name]));
  return services
    .filter((s) => !status || s.status === status)
    .filter((s) => {
      const hay = fold([s.name, s.description, s.id, orgNames.get(s.organization_id) ?? ''].join(' '));
      return words.every((w) => hay.includes(w));
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
