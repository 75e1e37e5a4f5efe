import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateKaart, UTRECHT_WIJKEN } from '../../../bench/search-eval/generate-kaart';
import { queries } from '../../../bench/search-eval/queries';
import { loadCatalogue } from '../../../lib/catalogue/catalogue-state';
import type { SearchIndex } from '../../../lib/catalogue/search-index';
import { CASE_FLAGS, CaseContext, REFUSALS, WISHES } from '../../../lib/contracts/case-context';
import { ZRM_DOMAINS } from '../../../lib/contracts/zrm';
import { matchCase } from '../../../lib/matching/match-case';

/*
 * Issue 15: matching keeps only the suggestions and left-out offers it shows (not all sorted),
 * looks up the need's words and the covering area only for the shown, and the search finds an
 * offer's words only when they are read. Over generated kaarten and cases, that gives exactly what
 * the way before gave: every candidate's words and area, read from every hit as the search
 * returned it, all candidates sorted.
 */

/** The search as it was: every hit's words found when it is returned. */
const eager = (index: SearchIndex): SearchIndex => ({
  search: (text, options) => index.search(text, options).map(({ id, score, matchedWords }) => ({ id, score, matchedWords })),
});

const kaarten = [15, 16, 17].map((seed) => loadCatalogue(generateKaart(seed).document));
const NOW = new Date('2026-03-10T10:00:00Z');
const needWords = [...queries.map((q) => q.query), 'geen schulden', 'wil geen buren', 'zit de hele dag alleen thuis', 'in Kanaleneiland', 'woont in Lunetten'];

const caseArb = fc.record({
  kaart: fc.nat({ max: kaarten.length - 1 }),
  scores: fc.dictionary(fc.constantFrom(...ZRM_DOMAINS), fc.integer({ min: 1, max: 5 }), { maxKeys: 6 }),
  need: fc.array(fc.constantFrom(...needWords), { maxLength: 6 }),
  age: fc.option(fc.integer({ min: 5, max: 95 }), { nil: undefined }),
  place: fc.option(fc.oneof(fc.constantFrom(...UTRECHT_WIJKEN.map((w) => ({ wijk: w.name }))), fc.constantFrom(...UTRECHT_WIJKEN.map((w) => ({ postcode4: w.postcodes[0]!.slice(0, 4) })))), { nil: undefined }),
  language: fc.option(fc.constantFrom('nl', 'en', 'ar', 'tr', 'pl'), { nil: undefined }),
  gender: fc.option(fc.constantFrom('female' as const, 'male' as const), { nil: undefined }),
  flags: fc.subarray([...CASE_FLAGS], { maxLength: 3 }),
  refusals: fc.subarray([...REFUSALS], { maxLength: 2 }),
  wishes: fc.subarray([...WISHES]),
  hasChildren: fc.boolean(),
});

describe('matching keeps and explains only what it shows (issue 15)', () => {
  it('suggests, orders, explains and leaves out exactly as sorting and explaining every candidate does', () => {
    let compared = 0;
    let withWords = 0;
    fc.assert(
      fc.property(caseArb, (c) => {
        const catalogue = kaarten[c.kaart]!;
        const context = CaseContext.parse({
          system: 'test',
          caseKey: 'X',
          zrm: { scores: c.scores },
          needText: c.need.join('. '),
          ...(c.age !== undefined ? { age: c.age } : {}),
          ...c.place,
          ...(c.language ? { language: c.language } : {}),
          ...(c.gender ? { gender: c.gender } : {}),
          flags: c.flags,
          refusals: c.refusals,
          wishes: c.wishes,
          household: { hasChildren: c.hasChildren },
        });
        const input = { context, offers: catalogue.offers, gazetteer: catalogue.gazetteer, now: NOW };
        const cut = matchCase({ ...input, index: catalogue.index });
        const full = matchCase({ ...input, index: eager(catalogue.index), way: 'full' });
        expect(cut).toEqual(full);
        compared++;
        if (cut.suggestions.some((s) => s.reasons.some((r) => r.type === 'keyword'))) withWords++;
      }),
      { numRuns: 200, seed: 15 },
    );
    // The comparison is only worth something when the cases find offers by their words.
    expect(withWords).toBeGreaterThan(compared / 3);
    // A slow shared machine: hundreds of matches over kaarten of 500 offers, both ways.
  }, 120_000);
});
