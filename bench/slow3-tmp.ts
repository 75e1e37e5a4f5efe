import { scaledKaart } from './scale-kaart';
import { parseCatalogue } from '../lib/catalogue/parse-catalogue';
import { createSearchIndex } from '../lib/catalogue/search-index';
import { queries } from './search-eval/queries';
const qs = queries.map((q) => q.query);
const p = (l: number[], f: number) => [...l].sort((a, b) => a - b)[Math.floor(f * l.length)]!.toFixed(2);
if (process.env.WARM) { const small = createSearchIndex(parseCatalogue(scaledKaart(1000)).offers); for (const q of qs) small.search(q, { limit: 10 }); }
const offers = parseCatalogue(scaledKaart(10000)).offers;
const index = createSearchIndex(offers);
if (process.env.GC) (globalThis as any).gc();
for (const q of qs.slice(0, 5)) index.search(q, { limit: 10 });
const t: number[] = [];
for (const q of qs) { const s = performance.now(); index.search(q, { limit: 10 }); t.push(performance.now() - s); }
console.log('p50', p(t, 0.5), 'p95', p(t, 0.95), 'sum', t.reduce((a, b) => a + b, 0).toFixed(0));
