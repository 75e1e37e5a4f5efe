import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { fieldScores } from '../../../lib/catalogue/field-scores';

const FIELDS = ['name', 'keywords'];
const BOOST = { name: 2.5, keywords: 3 };
const docs = [
  { id: 'a', name: 'maatje maatje', keywords: 'maatje wandelen' },
  { id: 'b', name: 'wandelmaatje', keywords: 'wandelen buiten' },
  { id: 'c', name: 'maatje voor jongeren', keywords: 'jongeren school maatje' },
  { id: 'd', name: 'bezoek', keywords: 'eenzaam' },
];

describe('a term’s score per field read from the word index', () => {
  it.each([
    ['as built', () => {}],
    ['after an offer is taken out', (mini: MiniSearch) => mini.remove(docs[2]!)],
    // The last offer: no gap is left in the short ids.
    ['after the last offer is taken out', (mini: MiniSearch) => mini.remove(docs[3]!)],
  ])('is what MiniSearch’s search gives for that term and field, %s', (_, change) => {
    const mini = new MiniSearch({ fields: FIELDS, storeFields: [] });
    mini.addAll(docs);
    change(mini);
    for (const term of ['maatje', 'wandelen', 'jongeren', 'eenzaam', 'nergens']) {
      const ours = fieldScores(mini, term, FIELDS, BOOST);
      FIELDS.forEach((field, f) => {
        const theirs = new Map(mini.search(term, { fields: [field], boost: BOOST, prefix: false, fuzzy: false }).map((r) => [String(r.id), r.score]));
        expect(ours[f]).toEqual(theirs);
      });
    }
  });
});
