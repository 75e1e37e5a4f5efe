import { describe, expect, it } from 'vitest';
import doc from '../../../demo/sociale-kaart.json';
import { loadCatalogue } from '../../../lib/catalogue/catalogue-state';
import { queries } from '../../eval/search-queries';

/*
 * Search quality on the evaluation set in tests/eval/search-queries.ts, judged before the search
 * was tuned. The floors are what a professional may expect of the search box, not what the code
 * happened to reach (raised to the goals of issue 15 once the search met them): at least 19 in 20
 * queries show a relevant offer in the first five (recall@5), and the first relevant offer is on
 * average near the top (mean reciprocal rank).
 */

const catalogue = loadCatalogue(doc);
const RECALL_AT_5_FLOOR = 0.95;
const MRR_FLOOR = 0.8;

function rankOfFirstRelevant(query: string, relevant: string[]): number | null {
  const ids = catalogue.index.search(query, { limit: 20 }).map((h) => h.id);
  const rank = ids.findIndex((id) => relevant.includes(id));
  return rank === -1 ? null : rank + 1;
}

describe('search quality on the evaluation set', () => {
  const ranks = queries.map((q) => ({ ...q, rank: rankOfFirstRelevant(q.query, q.relevant) }));
  const recallAt5 = ranks.filter((r) => r.rank !== null && r.rank <= 5).length / ranks.length;
  const mrr = ranks.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / ranks.length;
  const misses = ranks.filter((r) => r.rank === null || r.rank > 5).map((r) => `${r.query} -> ${r.rank ?? 'none'}`);

  it('the evaluation set is large enough and names only offers in the kaart', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    for (const q of queries) {
      expect(q.relevant.length, q.query).toBeGreaterThanOrEqual(1);
      expect(q.relevant.length, q.query).toBeLessThanOrEqual(4);
      for (const id of q.relevant) expect(catalogue.byId.has(id), `${q.query}: ${id}`).toBe(true);
    }
  });

  it(`recall@5 is at least ${RECALL_AT_5_FLOOR}`, () => {
    console.info(`search recall@5 = ${recallAt5.toFixed(3)}, MRR = ${mrr.toFixed(3)} over ${queries.length} queries`);
    expect(recallAt5, `misses: ${misses.join('; ')}`).toBeGreaterThanOrEqual(RECALL_AT_5_FLOOR);
  });

  it(`mean reciprocal rank of the first relevant offer is at least ${MRR_FLOOR}`, () => {
    expect(mrr, `misses: ${misses.join('; ')}`).toBeGreaterThanOrEqual(MRR_FLOOR);
  });
});

/*
 * The words shown to a professional as "matched on these words" must be words that carry the
 * need. The filler list below is written independently of the index's own stop list, from the
 * kinds of words case notes are full of.
 */
const FILLER = new Set(
  `de het een en of in op te ter van voor met aan bij is zijn was er die dat dit deze om als naar ook nog maar wel zo
  zij hij ze we wij je jij u haar hem hun hen mijn zich zichzelf wordt worden werd heeft hebben had kan kunnen wil willen
  moet moeten mag graag door over uit tot na dan want omdat niet geen al alle veel meer weer erg heel vaak soms nu sinds
  waar wat wie hoe iemand iets zelf even echt goed keer per elke week dag maand jaar mevrouw meneer client cliënt gaat gaan
  komt komen doet doen vindt vinden zegt zeggen staat staan voelt voelen spreekt spreken woont been
  houdt houden ziet zien weet weten krijgt krijgen maakt maken laat laten geeft geven kunt lukt lukken sinds vanwege
  inmiddels daardoor hierdoor waardoor steeds eigenlijk gewoon vooral toe open nodig`.split(/\s+/),
);

const NEED_TEXTS = [
  'Mevrouw voelt zich erg eenzaam sinds haar man is overleden en komt de deur nauwelijks uit.',
  'Meneer is slecht ter been en kan zelf geen boodschappen meer doen; hij woont alleen.',
  'Cliënt spreekt alleen Arabisch en heeft hulp nodig bij brieven van de gemeente.',
  'De dochter zorgt voor haar moeder met alzheimer en is overbelast, ze wil graag af en toe een dag vrij.',
  'Hij heeft schulden en de post stapelt zich op, hij durft de enveloppen niet open te maken.',
  'Jongere van 17 dreigt uit te vallen op school en heeft weinig structuur, ouders zijn gescheiden.',
  'Mevrouw heeft een rolstoel en wil graag weer eens naar buiten, naar familie of een uitje.',
  'Meneer drinkt te veel sinds hij zijn werk kwijt is, hij wil stoppen maar heeft niemand om zich heen.',
  'Gezin met een baby en een peuter, moeder voelt zich somber en weet niet hoe het verder moet met de opvoeding.',
  'Cliënt heeft psychische klachten, is lang opgenomen geweest en zoekt iets zinvols om te doen overdag.',
  'Ze kan haar DigiD niet instellen en de formulieren voor de toeslag lukken niet.',
  'Sinds de scheiding staat zij er alleen voor met drie kinderen en is er weinig geld.',
  'Mevrouw is vergeetachtig geworden, haar man doet alles en heeft geen tijd meer voor zichzelf.',
  'Er moet een lamp worden opgehangen en de tuin is verwilderd, meneer kan dat niet meer zelf.',
  'Hij is net vrij uit de gevangenis en heeft geen woning en geen contacten buiten het oude circuit.',
];

describe('matched words on case-note need texts', () => {
  for (const text of NEED_TEXTS) {
    it(`only need words for: ${text.slice(0, 50)}…`, () => {
      const hits = catalogue.index.search(text, { limit: 10 });
      expect(hits.length).toBeGreaterThan(0);
      const queryWords = new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u));
      for (const hit of hits) {
        for (const word of hit.matchedWords) {
          expect(word.length, `${hit.id}: ${word}`).toBeGreaterThanOrEqual(3);
          expect(FILLER.has(word.toLowerCase()), `${hit.id}: ${word}`).toBe(false);
          // In the query's own spelling: a word the professional wrote, not a stem or a synonym.
          expect(queryWords.has(word.toLowerCase()), `${hit.id}: ${word}`).toBe(true);
        }
      }
    });
  }
});
