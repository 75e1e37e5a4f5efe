import MiniSearch from 'minisearch';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyCatalogueDelta } from '../../../lib/catalogue/apply-delta';
import { loadCatalogue } from '../../../lib/catalogue/catalogue-state';
import { currentCatalogue } from '../../../lib/catalogue/current-catalogue';
import { joinKaartEtag, kaartEtagOf } from '../../../lib/catalogue/kaart-etag';
import { INDEX_FORMAT } from '../../../lib/catalogue/search-index';
import { KEEPER_SYNONYM_LIMITS, KeeperSynonymList, synonymProblems } from '../../../lib/contracts/synonyms';
import { openDatabase } from '../../../lib/store/database';
import { getSavedIndex } from '../../../lib/store/saved-index';
import { putStoredCatalogue } from '../../../lib/store/stored-catalogue';
import type { CatalogueEnvelope } from '../../../lib/sync/api-client';
import { organization, service } from './fixture-offers';

/* Issue 15: the kaart keeper's own synonyms come with the kaart and extend the search on the device. */

const LIST = { groups: [{ words: ['repaircafe', 'kapot', 'stuk'] }], english: { fixing: 'repaircafe' }, phrases: {} };
const OTHER = { groups: [{ words: ['repaircafe', 'defect'] }], english: {}, phrases: {} };

const kaart = (synonyms?: unknown): CatalogueEnvelope => ({
  version: 'v1',
  demo: false,
  municipality: 'Demostad',
  updatedAt: '2026-03-01T10:00:00.000Z',
  organizations: [organization('o')],
  services: [
    service('repair', 'o', { keywords: ['repaircafe'] }, { name: 'Repaircafé', description: 'Samen spullen maken die niet meer werken.' }),
    service('maatje', 'o', {}, { name: 'Maatje', description: 'Een vast maatje voor wie eenzaam is.' }),
  ],
  ...(synonyms !== undefined && { synonyms }),
});
const ids = (catalogue: { index: { search(q: string): Array<{ id: string }> } }, q: string) => catalogue.index.search(q).map((h) => h.id);

afterEach(() => vi.restoreAllMocks());

describe('a kaart with a keeper’s synonym list', () => {
  it('finds an offer by the keeper’s word that the built-in list does not know', () => {
    expect(ids(loadCatalogue(kaart()), 'kapot')).toEqual([]);
    expect(ids(loadCatalogue(kaart()), 'fixing')).toEqual([]);
    const own = loadCatalogue(kaart(LIST));
    expect(ids(own, 'kapot')).toEqual(['repair']);
    expect(ids(own, 'fixing')).toEqual(['repair']);
    // The built-in list still works beside it.
    expect(ids(own, 'eenzaamheid')).toContain('maatje');
  });

  it('ignores an unreadable list and searches with the built-in one', () => {
    const catalogue = loadCatalogue(kaart({ groups: [{ words: ['kapot'] }], english: {} }));
    expect(catalogue.synonyms).toBeNull();
    expect(catalogue.offers).toHaveLength(2);
    expect(ids(catalogue, 'kapot')).toEqual([]);
  });
});

describe('the background’s kaart after a sync that changes only the list', () => {
  it('searches with the new list, without building the word index again or changing the kept one', async () => {
    const db = await openDatabase(`kaart-synonyms-${Math.random()}`);
    await putStoredCatalogue(db, { catalogue: kaart(LIST), etag: joinKaartEtag('"k1"', '"s1"'), fetchedAt: '2026-03-01T10:00:00.000Z' });
    const background = currentCatalogue(async () => db, async () => ({}));
    expect(ids(await background.get(), 'kapot')).toEqual(['repair']);
    expect((await getSavedIndex(db))?.key).toBe(`${INDEX_FORMAT}:"k1"`);

    // The sync: the same offers, another list (the server's joined ETag changes in its list part).
    await putStoredCatalogue(db, { catalogue: kaart(OTHER), etag: joinKaartEtag('"k1"', '"s2"'), fetchedAt: '2026-03-02T10:00:00.000Z' });
    background.forget();
    const addAll = vi.spyOn(MiniSearch.prototype, 'addAll');
    const add = vi.spyOn(MiniSearch.prototype, 'add');
    const next = await background.get();
    expect(ids(next, 'kapot')).toEqual([]);
    expect(ids(next, 'defect')).toEqual(['repair']);
    expect(addAll).not.toHaveBeenCalled();
    expect(add).not.toHaveBeenCalled();

    // A new worker life loads the kept index (its key is the kaart's own ETag) and reads the list.
    const restarted = await currentCatalogue(async () => db, async () => ({})).get();
    expect(addAll).not.toHaveBeenCalled();
    expect(ids(restarted, 'defect')).toEqual(['repair']);
  });

  it('a delta brings a changed list and keeps the copy’s when it has none', () => {
    const base = { delta: true as const, version: 'v1', demo: false, municipality: 'Demostad', updatedAt: '2026-03-02T10:00:00.000Z', since: '2026-03-01T10:00:00.000Z', organizations: [], services: [], removed: [], total: 2 };
    expect(applyCatalogueDelta(kaart(LIST), { ...base, synonyms: OTHER })?.synonyms).toEqual(OTHER);
    expect(applyCatalogueDelta(kaart(LIST), base)?.synonyms).toEqual(LIST);
    expect(applyCatalogueDelta(kaart(), base)).not.toHaveProperty('synonyms');
  });
});

describe('the joined kaart ETag', () => {
  it('is the kaart’s own without a list, and gives the kaart’s own back (weak stays weak)', () => {
    expect(joinKaartEtag('"k1"', null)).toBe('"k1"');
    expect(joinKaartEtag('"k1"', '"s1"')).toBe('"k1.s1"');
    expect(joinKaartEtag('"k1"', '"s1"')).not.toBe(joinKaartEtag('"k1"', '"s2"'));
    expect(kaartEtagOf('"k1.s1"')).toBe('"k1"');
    expect(kaartEtagOf('W/"k1.s1"')).toBe('W/"k1"');
    expect(kaartEtagOf('"k1"')).toBe('"k1"');
  });
});

describe('the limits of a keeper’s list', () => {
  it('names each problem and where it is', () => {
    const long = 'x'.repeat(KEEPER_SYNONYM_LIMITS.wordLength + 1);
    expect(synonymProblems({ groups: [{ words: ['klus', ' Klus '] }, { words: ['een', ''] }], english: { [long]: 'klus' }, phrases: { fijn: '' } })).toEqual([
      { path: ['groups', 0, 'words', 1], rule: 'duplicate_word' },
      { path: ['groups', 1, 'words'], rule: 'too_few_words' },
      { path: ['groups', 1, 'words', 1], rule: 'empty_word' },
      { path: ['english', long], rule: 'word_too_long' },
      { path: ['phrases', 'fijn'], rule: 'empty_word' },
    ]);
    const many = Array.from({ length: KEEPER_SYNONYM_LIMITS.groups + 1 }, (_, i) => ({ words: [`a${i}`, `b${i}`] }));
    expect(synonymProblems({ groups: many, english: {} })).toEqual([{ path: ['groups'], rule: 'too_many_groups' }]);
    const words = Array.from({ length: KEEPER_SYNONYM_LIMITS.wordsPerGroup + 1 }, (_, i) => `w${i}`);
    expect(synonymProblems({ groups: [{ words }], english: {} })).toEqual([{ path: ['groups', 0, 'words'], rule: 'too_many_words' }]);
    expect(KeeperSynonymList.safeParse(LIST).success).toBe(true);
    expect(KeeperSynonymList.safeParse({ groups: [{ words: ['klus', 'klus'] }], english: {} }).success).toBe(false);
  });
});
