import { scaledKaart } from './scale-kaart';
import { parseCatalogue } from '../lib/catalogue/parse-catalogue';
import { createSearchIndex } from '../lib/catalogue/search-index';
import { queries } from './search-eval/queries';
const doc = scaledKaart(10000);
const offers = parseCatalogue(doc).offers;
const index = createSearchIndex(offers);
const json = index.toJSON();
const qs = queries.map((q) => q.query);
const p = (l: number[], f: number) => [...l].sort((a, b) => a - b)[Math.floor(f * l.length)]!.toFixed(2);
for (let r = 0; r < Number(process.env.ROUNDS ?? 3); r++) {
  const fresh = r === 0 ? index : createSearchIndex(offers, { saved: json });
  for (const q of qs.slice(0, 5)) fresh.search(q, { limit: 10 });
  const t: number[] = [];
  for (const q of qs) { const s = performance.now(); fresh.search(q, { limit: 10 }); t.push(performance.now() - s); }
  console.log(r === 0 ? 'built' : 'loaded', 'p50', p(t, 0.5), 'p95', p(t, 0.95), 'sum', t.reduce((a, b) => a + b, 0).toFixed(0));
}
