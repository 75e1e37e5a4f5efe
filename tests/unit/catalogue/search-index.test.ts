import { describe, expect, it } from 'vitest';
import doc from '../../../demo/sociale-kaart.json';
import { loadCatalogue } from '../../../lib/catalogue/catalogue-state';
import { isFillerWord } from '../../../lib/catalogue/dutch-terms';
import { DEFAULT_THESAURUS } from '../../../lib/catalogue/thesaurus';

const catalogue = loadCatalogue(doc);
const top = (query: string, n = 5) => catalogue.index.search(query, { limit: n }).map((h) => h.id);
const kindsOf = (ids: string[]) => ids.map((id) => catalogue.byId.get(id)!.handreiking.kind);

describe('sociale kaart search', () => {
  it('finds buddy and visiting services for "eenzaam", though no offer is named so', () => {
    const ids = top('eenzaam');
    expect(kindsOf(ids)).toContain('buddy');
    expect(ids.some((id) => /bezoek/.test(id))).toBe(true);
  });

  it('gives the first offers of the whole ranking when asked for a few (they are picked out, not sorted)', () => {
    for (const query of ['eenzaam', 'hulp', 'maatje wandelen', 'vrijwilliger']) {
      const all = catalogue.index.search(query, { limit: catalogue.offers.length });
      expect(all.length, query).toBeGreaterThan(12);
      for (const n of [1, 3]) expect(catalogue.index.search(query, { limit: n }), `${query} ${n}`).toEqual(all.slice(0, n));
    }
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

  it('expands a word with its synonym group, weighted below the word itself', () => {
    const [concept] = catalogue.index.analyse!('alzheimer');
    expect(concept).toMatchObject({ word: 'alzheimer', generic: false });
    const dementie = concept!.terms.find((t) => t.source === 'synonym' && t.term.startsWith('dementie'));
    expect(dementie).toBeDefined();
    expect(dementie!.weight).toBeLessThan(1);
  });

  it('reads words of one synonym group as one need, credited to the words that are in the offer', () => {
    const concepts = catalogue.index.analyse!('deurwaarder, schulden en een aanmaning');
    expect(concepts).toHaveLength(1);
    expect(concepts[0]!.words).toEqual(['deurwaarder', 'schulden', 'aanmaning']);
    const hit = catalogue.index.search('deurwaarder, schulden en een aanmaning').find((h) => h.id === 'humanitas-schuldhulpmaatje')!;
    expect(hit.matchedWords).toEqual(expect.arrayContaining(['deurwaarder', 'schulden', 'aanmaning']));
  });
});

describe('words of the field', () => {
  it('finds ordinary words that used to find nothing', () => {
    for (const word of ['vrijwilliger', 'hulp', 'alzheimer', 'dementie', 'eenzaam', 'maatje', 'klusjes', 'rolstoel', 'scheiding', 'rouw', 'huiselijk', 'formulieren', 'DigiD', 'taal', 'Arabisch', 'mantelzorg', 'psychisch', 'verslaving', 'jongeren']) {
      expect(top(word).length, word).toBeGreaterThan(0);
    }
  });

  it('answers a query of only generic words by those words', () => {
    expect(top('vrijwilliger')).toContain('handjehelpen-vaste-vrijwilliger');
    expect(top('hulp')).toContain('wehelpen-hulp-in-de-buurt');
    expect(catalogue.index.search('vrijwilliger')[0]!.matchedWords).toEqual(['vrijwilliger']);
  });

  it('ranks by the content word when generic words come with one', () => {
    expect(top('hulp bij dementie', 3)).toEqual(top('dementie', 3));
    expect(top('vrijwilliger voor administratie', 3)).toEqual(top('administratie', 3));
    for (const hit of catalogue.index.search('een vrijwilliger die helpt bij de administratie')) {
      expect(hit.matchedWords).toEqual(['administratie']);
    }
  });

  it('still returns nothing for filler words alone', () => {
    expect(top('mevrouw voelt zich erg')).toEqual([]);
  });
});

describe('ranking by meaning', () => {
  it('puts the offer whose purpose it is above one that only names the word in a condition', () => {
    // Humanitas' maatje and Present's odd jobs name these only to exclude them.
    const psychiatric = top('psychiatrisch', 3);
    expect(psychiatric).not.toContain('humanitas-maatje-eenzaamheid');
    expect(psychiatric[0]).toBe('buddyhulp-ggz-buddy');
    expect(top('vervuild huis', 1)).toEqual(['buddyhulp-buddy']);
    expect(top('vervuild huis')).not.toContain('present-praktische-klus');
    expect(top('schuldhulpverlening', 2).sort()).toEqual(['humanitas-schuldhulpmaatje', 'vhd-budgetcoaching']);
  });

  it('counts a word once however many of its synonyms an offer repeats', () => {
    // Schuldhulpmaatje names "schulden" itself; offers that only carry synonyms come after it.
    expect(top('schulden', 1)).toEqual(['humanitas-schuldhulpmaatje']);
  });

  it('tells older people from parents, which the stemmer would merge', () => {
    const older = top('ouderen eenzaam', 3);
    expect(older).not.toContain('zelfhulp-alleenstaande-ouders');
    expect(older).toContain('buren-voor-buren-bezoek');
  });

  it('finds compounds the word heads or starts: "maatje" in "taalmaatje", "wandelen" in "wandelmaatje"', () => {
    expect(top('maatje', 10)).toContain('vc-taalmaatje');
    expect(top('wandelen', 1)).toEqual(['maatjesproject-wandelmaatje']);
    expect(top('geheugenproblemen')).toContain('even-buurten-buurtgenoot');
  });
});

describe('matched words, shown as the reason for a suggestion', () => {
  const matched = (text: string) => catalogue.index.search(text, { limit: 10 }).flatMap((h) => h.matchedWords);

  it('are content words of the query in its own spelling, never filler', () => {
    const words = matched('Mevrouw voelt zich erg eenzaam sinds haar man is overleden. Meneer is slecht ter been.');
    expect(words).toContain('eenzaam');
    for (const word of words) {
      expect(isFillerWord(word), word).toBe(false);
      expect(word.length, word).toBeGreaterThanOrEqual(3);
    }
    expect(words).not.toEqual(expect.arrayContaining(['zich']));
    expect(words).not.toEqual(expect.arrayContaining(['voelt']));
    expect(words).not.toEqual(expect.arrayContaining(['ter']));
  });

  it('read "alleen" as alone only where it means alone', () => {
    expect(matched('Cliënt spreekt alleen Arabisch')).not.toContain('alleen');
    expect(matched('Meneer woont alleen en eet slecht')).toContain('alleen');
  });

  it('read drinking as a need only where no coffee or tea is near', () => {
    expect(matched('Meneer drinkt te veel sinds zijn vrouw overleed')).toContain('drinkt');
    expect(matched('Ze wil iemand die langskomt om een kop koffie te drinken')).not.toContain('drinken');
  });

  it('correct typing errors in a short query, not in a case note', () => {
    expect(matched('eenzaamheit')).toContain('eenzaamheit');
    const note = 'Mevrouw heeft veel zorgen over haar eenzaamheit, ze zit de hele dag thuis en ziet weinig mensen behalve de buurvrouw.';
    expect(matched(note)).not.toContain('eenzaamheit');
  });
});

describe('synonym groups', () => {
  it('hold no filler word, which could never be searched', () => {
    for (const group of DEFAULT_THESAURUS.groups) for (const word of group) expect(isFillerWord(word), word).toBe(false);
  });
});
