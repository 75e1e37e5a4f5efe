import { generateKaart } from './search-eval/generate-kaart';

/*
 * A kaart of any size for the scale benchmark: the search evaluation's generated kaart (500+
 * offers from a seed) made again with the next seed until there are enough offers, each copy under
 * its own ids (its organisations too). The words and their spread are a real kaart's; every copy
 * paraphrases differently, and the demo offers in each repeat word for word.
 */
export function scaledKaart(offers: number, firstSeed = 15): { version: string; demo: boolean; organizations: unknown[]; services: unknown[] } {
  const organizations: unknown[] = [];
  const services: unknown[] = [];
  for (let copy = 0, seed = firstSeed; services.length < offers; copy++, seed++) {
    let base: ReturnType<typeof generateKaart>['document'];
    try {
      base = generateKaart(seed).document;
    } catch {
      // A seed that gives fewer offers than the search evaluation needs; the next one will do.
      copy--;
      continue;
    }
    const suffix = copy === 0 ? '' : `-k${copy}`;
    for (const org of base.organizations as { id: string }[]) organizations.push({ ...org, id: org.id + suffix });
    for (const service of base.services as { id: string; organization_id: string }[]) {
      if (services.length >= offers) break;
      services.push({ ...service, id: service.id + suffix, organization_id: service.organization_id + suffix });
    }
  }
  const used = new Set(services.map((s) => (s as { organization_id: string }).organization_id));
  return { version: `schaal-${offers}`, demo: true, organizations: organizations.filter((o) => used.has((o as { id: string }).id)), services };
}
