import { describe, expect, it } from 'vitest';
import doc from '../../../demo/sociale-kaart.json';
import { loadCatalogue } from '../../../lib/catalogue/catalogue-state';
import { expandQuery } from '../../../lib/catalogue/search-index';

const catalogue = loadCatalogue(doc);
const top = (query: string, n = 5) => catalogue.index.search(query, { limit: n }).map((h) => h.id);
const kindsOf = (ids: string[]) => ids.map((id) => catalogue.byId.get(id)!.handreiking.kind);

describe('sociale kaart search', () => {
  it('finds buddy and visiting services for "eenzaam", though no offer is named so', () => {
    const ids = top('eenzaam');
    expect(kindsOf(ids)).toContain('buddy');
    expect(ids.some((id) => /bezoek/.test(id))).toBe(true);
  });

  it('finds Postwijzer-like administration help for "administratie"', () => {
    expect(top('administratie', 3)).toContain('vhd-postwijzer');
  });

  it('tolerates typos', () => {
    expect(top('admnistratie')).toContain('vhd-postwijzer');
    expect(kindsOf(top('eenzam'))).toContain('buddy');
    expect(top('respyt', 3).some((id) => catalogue.byId.get(id)!.handreiking.kind === 'carer_support')).toBe(true);
  });

  it('finds by synonym: "geldzorgen" reaches budget coaching, "ontlasten" reaches respite care', () => {
    expect(top('geldzorgen', 3)).toContain('vhd-budgetcoaching');
    expect(kindsOf(top('ontlasten', 3))).toContain('carer_support');
  });

  it('stems Dutch word forms: plural and singular find the same offers', () => {
    expect(top('schulden', 3)).toEqual(top('schuld', 3));
  });

  it('reports the query words that found an offer, not stems', () => {
    const [hit] = catalogue.index.search('mevrouw is erg eenzaam', { limit: 1 });
    expect(hit!.matchedWords).toContain('eenzaam');
  });

  it('returns nothing for a query of stopwords or punctuation', () => {
    expect(top('de het een')).toEqual([]);
    expect(top('!!! ???')).toEqual([]);
  });

  it('expands a word with its synonym group, marked as synonyms', () => {
    const expanded = expandQuery('eenzaam');
    expect(expanded[0]).toMatchObject({ source: 'eenzaam', synonym: false });
    expect(expanded.filter((e) => e.synonym).map((e) => e.term)).toContain('buddy');
  });
});
