import MiniSearch from 'minisearch';
import { afterEach, describe, expect, it, vi } from 'vitest';
import doc from '../../../demo/sociale-kaart.json';
import { currentCatalogue } from '../../../lib/catalogue/current-catalogue';
import { parseCatalogue } from '../../../lib/catalogue/parse-catalogue';
import { createSearchIndex, INDEX_FORMAT, type SearchIndex } from '../../../lib/catalogue/search-index';
import type { Offer } from '../../../lib/contracts/catalogue';
import { openDatabase } from '../../../lib/store/database';
import { getSavedIndex, putSavedIndex } from '../../../lib/store/saved-index';
import { putStoredCatalogue } from '../../../lib/store/stored-catalogue';

/* Issue 15: the built index is kept across service-worker restarts and changed in place after a sync. */

const offers = parseCatalogue(doc).offers;
/** Queries of every kind the search reads: words, synonyms, compounds, typos, English, a note, a place. */
const QUERIES = [
  'eenzaam',
  'administratie',
  'admnistratie',
  'geldzorgen',
  'schulden en post',
  'mantelzorger overbelast respijt',
  'walking buddy',
  'geheugenproblemen',
  'mevrouw woont alleen en heeft weinig contact, ze wil graag iemand om mee te wandelen',
  'maatje in Overvecht',
  'taal',
  `${offers[0]!.name}`,
  `${offers[1]!.name}`,
];
const results = (index: SearchIndex) => QUERIES.map((q) => index.search(q, { limit: 200 }).map((h) => ({ ...h, score: Math.round(h.score * 1e9) / 1e9 })));

/** The kaart after a sync: one offer reworded, one gone, one new. */
function changedKaart(): Offer[] {
  const next = offers.filter((o) => o.id !== offers[3]!.id).map((o) => (o.id === offers[0]!.id ? { ...o, name: 'Wandelmaatje voor wie eenzaam is', description: `${o.description} Ook samen wandelen.` } : o));
  next.push({ ...offers[5]!, id: 'nieuw-taalmaatje', name: 'Taalmaatje Overvecht', description: 'Samen Nederlands oefenen bij u thuis.' });
  return next;
}

afterEach(() => vi.restoreAllMocks());

describe('a kept search index', () => {
  it('loaded from its JSON answers every query as the index it was built from', () => {
    const built = createSearchIndex(offers);
    const addAll = vi.spyOn(MiniSearch.prototype, 'addAll');
    const loaded = createSearchIndex(offers, { saved: built.toJSON() });
    expect(addAll).not.toHaveBeenCalled();
    expect(results(loaded)).toEqual(results(built));
  });

  it('is built anew when it is not the index of these offers, or not JSON at all', () => {
    const other = createSearchIndex(offers.slice(0, 20)).toJSON();
    const addAll = vi.spyOn(MiniSearch.prototype, 'addAll');
    const fresh = createSearchIndex(offers);
    for (const saved of [other, '{"broken"', null]) expect(results(createSearchIndex(offers, { saved }))).toEqual(results(fresh));
    expect(addAll).toHaveBeenCalledTimes(4);
  });

  it('changed in place after a sync answers as an index built for the new kaart', () => {
    const next = changedKaart();
    const rebuilt = createSearchIndex(next);
    const inPlace = createSearchIndex(offers).withChanges(next);
    expect(results(inPlace)).toEqual(results(rebuilt));
    // The changed offer is found by its new words, the removed one is not found, the new one is.
    expect(inPlace.search('wandelmaatje eenzaam', { limit: 3 }).map((h) => h.id)).toContain(offers[0]!.id);
    expect(results(inPlace).flat().some((h) => h.id === offers[3]!.id)).toBe(false);
    expect(inPlace.search('taalmaatje', { limit: 5 }).map((h) => h.id)).toContain('nieuw-taalmaatje');
    // And its JSON is that of the new kaart.
    expect(results(createSearchIndex(next, { saved: inPlace.toJSON() }))).toEqual(results(rebuilt));
  });
});

describe('the background’s kaart', () => {
  const envelope = (version: string, services: Offer[]) => ({ ...doc, version, services, updatedAt: '2026-03-01T10:00:00.000Z', municipality: 'Utrecht' });

  it('keeps the index with the kaart’s ETag, loads it after a restart and builds anew for another ETag', async () => {
    const db = await openDatabase(`kept-index-${Math.random()}`);
    await putStoredCatalogue(db, { catalogue: envelope('v1', offers) as never, etag: '"v1"', fetchedAt: '2026-03-01T10:00:00.000Z' });
    const addAll = vi.spyOn(MiniSearch.prototype, 'addAll');
    const first = await currentCatalogue(async () => db, async () => ({})).get();
    expect(addAll).toHaveBeenCalledTimes(1);
    expect((await getSavedIndex(db))?.key).toBe(`${INDEX_FORMAT}:"v1"`);

    // A new worker life (a new currentCatalogue) with the same kaart: loaded, not built.
    const restarted = await currentCatalogue(async () => db, async () => ({})).get();
    expect(addAll).toHaveBeenCalledTimes(1);
    expect(results(restarted.index)).toEqual(results(first.index));

    // Another ETag (a kaart synced by a worker that did not build its index): built for it.
    await putStoredCatalogue(db, { catalogue: envelope('v2', changedKaart()) as never, etag: '"v2"', fetchedAt: '2026-03-02T10:00:00.000Z' });
    const next = await currentCatalogue(async () => db, async () => ({})).get();
    expect(addAll).toHaveBeenCalledTimes(2);
    expect(results(next.index)).toEqual(results(createSearchIndex(changedKaart())));
    expect((await getSavedIndex(db))?.key).toBe(`${INDEX_FORMAT}:"v2"`);
  });

  it('a stale kept index (its ETag is not the kaart’s) is never used, even where it looks like the kaart’s', async () => {
    const db = await openDatabase(`kept-index-${Math.random()}`);
    // Two offers' names swapped: the same ids, number of offers and words, so only the ETag tells.
    const swapped = offers.map((o, i) => (i === 0 ? { ...o, name: offers[1]!.name } : i === 1 ? { ...o, name: offers[0]!.name } : o));
    await putStoredCatalogue(db, { catalogue: envelope('v2', swapped) as never, etag: '"v2"', fetchedAt: '2026-03-02T10:00:00.000Z' });
    await putSavedIndex(db, { key: `${INDEX_FORMAT}:"v1"`, json: createSearchIndex(offers).toJSON() });
    const catalogue = await currentCatalogue(async () => db, async () => ({})).get();
    expect(results(catalogue.index)).toEqual(results(createSearchIndex(swapped)));
    expect(results(catalogue.index)).not.toEqual(results(createSearchIndex(offers)));
  });

  it('after a sync in the same worker life changes its index in place', async () => {
    const db = await openDatabase(`kept-index-${Math.random()}`);
    await putStoredCatalogue(db, { catalogue: envelope('v1', offers) as never, etag: '"v1"', fetchedAt: '2026-03-01T10:00:00.000Z' });
    const kaart = currentCatalogue(async () => db, async () => ({}));
    await kaart.get();
    await putStoredCatalogue(db, { catalogue: envelope('v2', changedKaart()) as never, etag: '"v2"', fetchedAt: '2026-03-02T10:00:00.000Z' });
    kaart.forget();
    const addAll = vi.spyOn(MiniSearch.prototype, 'addAll');
    const add = vi.spyOn(MiniSearch.prototype, 'add');
    const next = await kaart.get();
    expect(addAll).not.toHaveBeenCalled();
    expect(add).toHaveBeenCalledTimes(2);
    expect(results(next.index)).toEqual(results(createSearchIndex(changedKaart())));
    expect((await getSavedIndex(db))?.key).toBe(`${INDEX_FORMAT}:"v2"`);
  });
});
