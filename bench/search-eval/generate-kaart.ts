import demoKaart from '../../demo/sociale-kaart.json';
import { DISTRACTOR_FAMILIES } from './distractor-families';
import { PARAPHRASES } from './variant-phrases';
import { prng } from '../../tests/seeded-random';

/*
 * A sociale kaart of 500+ offers for the search evaluation, from a seed: the 81 demo offers, for
 * each of them three to five variants by fictitious organisations in wijken of Utrecht (same
 * purpose, name and description paraphrased from bench/search-eval/variant-phrases.ts, keywords a
 * random part of the base's), and families of distractors on unrelated purposes. Which base each
 * offer belongs to is returned beside the kaart, never written into an offer, so no search can
 * see it.
 */

/** Wijken of Utrecht as teams name them, each with its own (disjoint) postcode range. */
export const UTRECHT_WIJKEN: { name: string; postcodes: string[] }[] = [
  { name: 'Binnenstad', postcodes: ['3511-3512'] },
  { name: 'Lombok', postcodes: ['3531'] },
  { name: 'Oog in Al', postcodes: ['3532'] },
  { name: 'Transwijk', postcodes: ['3523'] },
  { name: 'Lunetten', postcodes: ['3524'] },
  { name: 'Hoograven', postcodes: ['3525'] },
  { name: 'Kanaleneiland', postcodes: ['3526-3527'] },
  { name: 'Leidsche Rijn', postcodes: ['3541-3544'] },
  { name: 'Zuilen', postcodes: ['3551-3552'] },
  { name: 'Ondiep', postcodes: ['3553'] },
  { name: 'Overvecht', postcodes: ['3561-3564'] },
  { name: 'Tuindorp', postcodes: ['3571-3572'] },
  { name: 'Wittevrouwen', postcodes: ['3581-3582'] },
  { name: 'Vleuten-De Meern', postcodes: ['3451-3455'] },
];
const HEEL_UTRECHT = { name: 'Heel Utrecht', postcodes: ['3451-3455', '3511-3585'], wijken: [] as string[] };

/** Where a place-qualified query asks for help: a wijk by name or a postcode. */
export type Place = { wijk: string } | { postcode: string };

interface Area {
  name: string;
  postcodes?: string[];
  wijken?: string[];
}

function inRange(postcode: number, range: string): boolean {
  const [from, to] = range.split('-').map(Number) as [number, number | undefined];
  return postcode >= from && postcode <= (to ?? from);
}

/** Whether an offer's service areas reach the place: the wijk by name, or one of its postcodes. */
export function servesPlace(areas: readonly Area[], place: Place): boolean {
  const wijk = 'wijk' in place ? UTRECHT_WIJKEN.find((w) => w.name === place.wijk) : undefined;
  if ('wijk' in place && !wijk) throw new Error(`unknown wijk ${place.wijk}`);
  const postcodes: number[] = wijk
    ? wijk.postcodes.flatMap((r) => {
        const [from, to] = r.split('-').map(Number) as [number, number | undefined];
        return Array.from({ length: (to ?? from) - from + 1 }, (_, i) => from + i);
      })
    : [Number((place as { postcode: string }).postcode)];
  return areas.some(
    (area) =>
      (wijk !== undefined && (area.wijken ?? []).some((w) => w.toLowerCase() === wijk.name.toLowerCase())) ||
      (area.postcodes ?? []).some((range) => postcodes.some((p) => inRange(p, range))),
  );
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
}

const CITY_ORGS = ['Stichting Naast Elkaar Utrecht', 'Vrijwilligerspunt Utrecht', 'Samen Sterk Utrecht', 'Stichting De Brug', 'Netwerk Omzien', 'Stichting Aandacht Voor Elkaar', 'Utrechts Hulpnetwerk', 'Stichting Doorgeven'];
const WIJK_ORG_PATTERNS = ['Wijkwerk {w}', 'Buurtkracht {w}', 'Bewonersinitiatief {w}', 'Vrijwilligers {w}', 'Stichting Samen {w}', 'Buurtcentrum {w}'];
const AREA_SENTENCES = ['Voor bewoners van {w}.', 'Actief in {w} en omgeving.', 'In de wijk {w}, vanuit het buurtcentrum.'];
const CITY_SENTENCES = ['Voor inwoners van heel Utrecht.', 'In alle wijken van de stad.'];

export interface GeneratedKaart {
  document: { version: string; demo: boolean; organizations: unknown[]; services: unknown[] };
  /** Offer id → its base: the demo offer it varies, or the distractor family's key (demo offers map to themselves). */
  baseOf: Map<string, string>;
}

type DemoService = (typeof demoKaart.services)[number];

export const DEFAULT_SEED = 15;
export const MIN_OFFERS = 500;

export function generateKaart(seed = DEFAULT_SEED): GeneratedKaart {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const shuffled = <T>(list: readonly T[]): T[] => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };

  const organizations: unknown[] = structuredClone(demoKaart.organizations);
  const services: unknown[] = structuredClone(demoKaart.services);
  const baseOf = new Map<string, string>(demoKaart.services.map((s) => [s.id, s.id]));
  const usedIds = new Set<string>([...demoKaart.services.map((s) => s.id), ...demoKaart.organizations.map((o) => o.id)]);
  const orgIds = new Map<string, string>();
  let phone = 1000;

  const uniqueId = (text: string) => {
    const base = slug(text);
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    return id;
  };
  const organization = (name: string, wijk: string | null): string => {
    const known = orgIds.get(name);
    if (known) return known;
    const id = uniqueId(name);
    orgIds.set(name, id);
    organizations.push({
      id,
      name,
      description: wijk
        ? `Vrijwilligersorganisatie van en voor bewoners van ${wijk}, Utrecht (fictief, voor de zoekevaluatie).`
        : 'Vrijwilligersorganisatie in de gemeente Utrecht (fictief, voor de zoekevaluatie).',
      url: `https://${id}.demo.example/`,
      email: `info@${id}.demo.example`,
      phones: [{ number: `030 000 ${String(phone++).padStart(4, '0')}` }],
    });
    return id;
  };
  /** The first member of a base serves all of Utrecht, so every place has at least one offer of every base. */
  const place = (cityWide: boolean) => {
    if (cityWide) return { wijk: null, areas: [HEEL_UTRECHT], sentence: pick(CITY_SENTENCES) };
    const first = pick(UTRECHT_WIJKEN);
    const wijken = rnd() < 0.2 ? [first, pick(UTRECHT_WIJKEN.filter((w) => w !== first))] : [first];
    const areas = wijken.map((w) => ({ name: w.name, postcodes: w.postcodes, wijken: [w.name] }));
    // Most organisations say where they work; some leave it to the area data.
    const sentence = rnd() < 0.6 ? pick(AREA_SENTENCES).replace('{w}', wijken.map((w) => w.name).join(' en ')) : '';
    return { wijk: first.name, areas, sentence };
  };
  const orgFor = (wijk: string | null) => (wijk && rnd() < 0.7 ? organization(pick(WIJK_ORG_PATTERNS).replace('{w}', wijk), wijk) : organization(pick(CITY_ORGS), null));

  const variant = (base: DemoService, k: number) => {
    const phrase = PARAPHRASES[base.id];
    if (!phrase) throw new Error(`no paraphrase for ${base.id}`);
    const where = place(k === 0);
    const orgId = orgFor(where.wijk);
    const name = phrase.names[k % 2]! + (where.wijk && rnd() < 0.3 ? ` ${where.wijk}` : '');
    const id = uniqueId(`${orgId}-${name}`);
    const h = structuredClone(base.handreiking);
    const keywords = shuffled(h.keywords).slice(0, Math.max(3, Math.round(h.keywords.length * (0.5 + rnd() * 0.3))));
    const how = [
      h.eligibility.home_visits ? 'De vrijwilliger komt bij de deelnemer thuis.' : '',
      h.eligibility.group_setting ? 'Het gebeurt in een groep.' : '',
      h.volunteers.commitment === 'long' ? 'Het gaat om een vaste koppeling voor langere tijd.' : h.volunteers.commitment === 'one_off' ? 'Het is eenmalige hulp.' : '',
    ].filter(Boolean);
    const number = `030 000 ${String(phone++).padStart(4, '0')}`;
    services.push({
      ...structuredClone(base),
      id,
      organization_id: orgId,
      name,
      description: [phrase.purpose, ...shuffled(how).slice(0, 2), where.sentence].filter(Boolean).join(' '),
      url: `https://${orgId}.demo.example/${id}`,
      email: `aanmelden@${orgId}.demo.example`,
      service_areas: where.areas,
      phones: [{ number }],
      taxonomy_terms: shuffled(base.taxonomy_terms).slice(0, 2),
      handreiking: { ...h, keywords, request: { phone: { number }, email: `aanmelden@${orgId}.demo.example` } },
    });
    baseOf.set(id, base.id);
  };

  for (const base of demoKaart.services) {
    const count = 3 + Math.floor(rnd() * 3);
    for (let k = 0; k < count; k++) variant(base, k);
  }

  for (const family of DISTRACTOR_FAMILIES) {
    const count = 5 + Math.floor(rnd() * 2);
    for (let k = 0; k < count; k++) {
      const where = place(k === 0);
      const orgId = orgFor(where.wijk);
      const name = family.names[k % family.names.length]! + (where.wijk && rnd() < 0.4 ? ` ${where.wijk}` : '');
      const id = uniqueId(`${orgId}-${name}`);
      const number = `030 000 ${String(phone++).padStart(4, '0')}`;
      services.push({
        id,
        organization_id: orgId,
        name,
        description: [pick(family.descriptions), where.sentence].filter(Boolean).join(' '),
        url: `https://${orgId}.demo.example/${id}`,
        service_areas: where.areas,
        phones: [{ number }],
        handreiking: {
          zrm_domains: family.zrm,
          kind: family.kind,
          target_groups: family.targets,
          waiting_days: { typical: Math.floor(rnd() * 14) },
          keywords: shuffled(family.keywords).slice(0, 4),
          volunteers: { trained: false, screened: false, coordinator: true, contact_with_professional: false, complex_cases: false, commitment: 'short' },
          request: { phone: { number } },
          eligibility: { group_setting: family.group },
        },
      });
      baseOf.set(id, family.key);
    }
  }

  if (services.length < MIN_OFFERS) throw new Error(`only ${services.length} offers generated`);
  return { document: { version: `search-eval-seed-${seed}`, demo: true, organizations, services }, baseOf };
}
