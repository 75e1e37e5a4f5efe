import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../../lib/catalogue/parse-catalogue';
import { generateKaart, MIN_OFFERS, servesPlace } from '../../../bench/search-eval/generate-kaart';
import { recallAt5, reciprocalRank } from '../../../bench/search-eval/metrics';
import { heldOutQueries } from '../../../bench/search-eval/held-out-queries';
import { queries } from '../../../bench/search-eval/queries';
import { relevantOffers } from '../../../bench/search-eval/relevance';

/*
 * The search evaluation's ground: the generated kaart is the same for the same seed and valid
 * against the catalogue contract, and every query (main and held-out set) names bases that exist and
 * has offers to find.
 */

const kaart = generateKaart();

describe('search evaluation kaart', () => {
  it('is the same for the same seed and differs for another', () => {
    const again = generateKaart();
    expect(JSON.stringify(again.document)).toBe(JSON.stringify(kaart.document));
    expect([...again.baseOf]).toEqual([...kaart.baseOf]);
    expect(JSON.stringify(generateKaart(16).document)).not.toBe(JSON.stringify(kaart.document));
  });

  it(`has at least ${MIN_OFFERS} offers, every one valid against the contract and with a base`, () => {
    const parsed = parseCatalogue(kaart.document);
    expect(parsed.skipped).toEqual([]);
    expect(parsed.offers.length).toBeGreaterThanOrEqual(MIN_OFFERS);
    expect(new Set(parsed.offers.map((o) => o.id)).size).toBe(parsed.offers.length);
    for (const offer of parsed.offers) expect(kaart.baseOf.has(offer.id), offer.id).toBe(true);
  });

  it('keeps the base out of the offers', () => {
    const text = JSON.stringify(kaart.document.services.slice(81));
    expect(text).not.toContain('distractor-');
  });

  it('places offers by wijk name or postcode', () => {
    const kanaleneiland = [{ name: 'Kanaleneiland', postcodes: ['3526-3527'], wijken: ['Kanaleneiland'] }];
    expect(servesPlace(kanaleneiland, { wijk: 'Kanaleneiland' })).toBe(true);
    expect(servesPlace(kanaleneiland, { postcode: '3527' })).toBe(true);
    expect(servesPlace(kanaleneiland, { postcode: '3531' })).toBe(false);
    expect(servesPlace([{ name: 'Heel Utrecht', postcodes: ['3451-3455', '3511-3585'] }], { wijk: 'Lombok' })).toBe(true);
  });
});

const SETS = [
  { name: 'main', set: queries, least: 150 },
  { name: 'held-out', set: heldOutQueries, least: 60 },
];

describe.each(SETS)('search evaluation queries ($name)', ({ set, least }) => {
  const bases = new Set(kaart.baseOf.values());

  it(`are at least ${least}, distinct, each naming 1–4 bases that exist`, () => {
    expect(set.length).toBeGreaterThanOrEqual(least);
    expect(new Set(set.map((q) => q.query)).size).toBe(set.length);
    for (const q of set) {
      expect(q.relevant.length, q.query).toBeGreaterThanOrEqual(1);
      expect(q.relevant.length, q.query).toBeLessThanOrEqual(4);
      for (const id of q.relevant) expect(bases.has(id), `${q.query}: ${id}`).toBe(true);
    }
  });

  it('each have at least one relevant offer in the kaart, and a place query only offers serving it', () => {
    for (const q of set) {
      const relevant = relevantOffers(q, kaart);
      expect(relevant.size, q.query).toBeGreaterThan(0);
      if (q.place) {
        const all = relevantOffers({ ...q, place: undefined }, kaart);
        expect(relevant.size, q.query).toBeLessThan(all.size);
      }
    }
  });
});

describe('search evaluation held-out queries', () => {
  it('repeat none of the main queries', () => {
    const main = new Set(queries.map((q) => q.query.toLowerCase()));
    expect(heldOutQueries.filter((q) => main.has(q.query.toLowerCase())).map((q) => q.query)).toEqual([]);
  });
});

describe('search evaluation metrics', () => {
  const relevant = new Set(['a', 'b', 'c']);
  it('recall@5 divides by the relevant offers there can be in five', () => {
    expect(recallAt5(['a', 'x', 'b', 'y', 'z'], relevant)).toBeCloseTo(2 / 3);
    expect(recallAt5(['x', 'y', 'z', 'w', 'v', 'a'], relevant)).toBe(0);
    expect(recallAt5(['a', 'b', 'c'], relevant)).toBe(1);
  });
  it('reciprocal rank is of the first relevant offer', () => {
    expect(reciprocalRank(['x', 'b', 'a'], relevant)).toBe(0.5);
    expect(reciprocalRank(['x'], relevant)).toBe(0);
  });
});
