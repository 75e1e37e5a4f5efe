/*
 * Our search only over the evaluation queries, for quick iterations while tuning (npx tsx
 * bench/search-eval/quick.ts [category|query]). The full comparison is run.ts. QUICK_SET=held-out
 * runs the held-out set instead, figures per category only: tuning does not look at its queries.
 */
import { writeFileSync } from 'node:fs';
import { loadCatalogue } from '../../lib/catalogue/catalogue-state';
import { DEFAULT_SEED, generateKaart } from './generate-kaart';
import { recallAt5, reciprocalRank } from './metrics';
import { heldOutQueries } from './held-out-queries';
import { queries as mainQueries } from './queries';
import { relevantOffers } from './relevance';

const kaart = generateKaart(Number(process.env.SEARCH_EVAL_SEED ?? DEFAULT_SEED));
const catalogue = loadCatalogue(kaart.document);
const nameOf = new Map(catalogue.offers.map((o) => [o.id, o.name]));
const heldOut = process.env.QUICK_SET === 'held-out';
const queries = heldOut ? heldOutQueries : mainQueries;
const only = heldOut ? undefined : process.argv[2];
const byCategory = new Map<string, { recall: number; rr: number }[]>();
const perQuery: string[] = [];
const started = performance.now();
for (const query of queries) {
  const relevant = relevantOffers(query, kaart);
  const ranked = catalogue.index.search(query.query, { limit: 20 }).map((h) => h.id);
  const recall = recallAt5(ranked, relevant);
  const rr = reciprocalRank(ranked, relevant);
  perQuery.push(`${recall.toFixed(2)} ${rr.toFixed(2)} ${query.category} ${query.query}`);
  byCategory.set(query.category, [...(byCategory.get(query.category) ?? []), { recall, rr }]);
  if (only && (query.category === only || query.query === only) && (recall < 1 || query.query === only)) {
    console.log(`"${query.query}" recall ${recall.toFixed(2)} rr ${rr.toFixed(2)}`);
    for (const id of ranked.slice(0, 8)) console.log(`   ${relevant.has(id) ? '+' : '-'} ${nameOf.get(id)} (${kaart.baseOf.get(id)})`);
  }
}
// QUICK_DUMP=file: one line per query, to compare two versions with diff.
if (process.env.QUICK_DUMP && !heldOut) writeFileSync(process.env.QUICK_DUMP, `${perQuery.join('\n')}\n`);
const ms = (performance.now() - started) / queries.length;
const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
const all = [...byCategory.values()].flat();
for (const [c, list] of byCategory) console.log(`${c.padEnd(12)} ${mean(list.map((s) => s.recall)).toFixed(3)} / ${mean(list.map((s) => s.rr)).toFixed(3)}`);
console.log(`ALL          ${mean(all.map((s) => s.recall)).toFixed(3)} / ${mean(all.map((s) => s.rr)).toFixed(3)}  ${ms.toFixed(2)} ms/query`);
