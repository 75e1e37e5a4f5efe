import type { EvalQuery } from './queries';
import { servesPlace, type GeneratedKaart } from './generate-kaart';

interface ServiceWithAreas {
  id: string;
  service_areas: { name: string; postcodes?: string[]; wijken?: string[] }[];
}

/**
 * The offers of the kaart relevant to a query: every offer whose base is one the query names and,
 * for a place-qualified query, whose service areas reach that place.
 */
export function relevantOffers(query: EvalQuery, kaart: GeneratedKaart): Set<string> {
  const out = new Set<string>();
  for (const service of kaart.document.services as ServiceWithAreas[]) {
    const base = kaart.baseOf.get(service.id);
    if (base === undefined || !query.relevant.includes(base)) continue;
    if (query.place && !servesPlace(service.service_areas, query.place)) continue;
    out.add(service.id);
  }
  return out;
}
