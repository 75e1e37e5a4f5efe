/*
 * `npm run bench:kaart`: the sociale kaart at the size of a region and a country (issue 15).
 * Generated kaarts of 10,000 and 50,000 offers (bench/scale-kaart.ts); for each: parsing, building
 * the search index (time, heap), its kept JSON (size, loading it vs building), search p50/p95 for
 * ours and Fuse.js on the search evaluation's queries (ours also in CPU time on a fresh index), matchCase p50/p95 on the evaluation's cases,
 * and a delta of 100 changed offers (bytes, gzip bytes) with the index changed in place vs rebuilt.
 * Figures go to bench/RESULTS.md between the markers below. Run with --expose-gc for heap figures.
 */
import 'fake-indexeddb/auto';
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { gzipSync } from 'node:zlib';
import { pickAdapter } from '../lib/adapters/registry';
import { readCase } from '../lib/adapters/read-whole-case';
import { loadCatalogue } from '../lib/catalogue/catalogue-state';
import { checkedCatalogue } from '../lib/catalogue/checked-catalogue';
import { currentCatalogue } from '../lib/catalogue/current-catalogue';
import { openDatabase } from '../lib/store/database';
import { putStoredCatalogue } from '../lib/store/stored-catalogue';
import { parseCatalogue } from '../lib/catalogue/parse-catalogue';
import { createSearchIndex } from '../lib/catalogue/search-index';
import { needForSearch } from '../lib/case-text/read-case-text';
import { matchCase } from '../lib/matching/match-case';
import type { CaseContext } from '../lib/contracts/case-context';
import { EVAL_CASES } from '../tests/eval/cases/index';
import { evalDocument } from '../tests/eval/pipeline';
import { libAt } from './baseline-lib';
import { scaledKaart } from './scale-kaart';
import { FUSE_OPTIONS, fuseSearch } from './search-eval/baselines';
import { queries } from './search-eval/queries';
import { writeResultsSection } from './results-section';

const RESULTS = fileURLToPath(new URL('./RESULTS.md', import.meta.url));
const START = '<!-- kaart scale: start -->';
const END = '<!-- kaart scale: end -->';
const SIZES = (process.env.BENCH_KAART_SIZES ?? '10000,50000').split(',').map(Number);
/**
 * Fuse.js scans every offer per query (seconds per query at 10,000 offers): it runs this many
 * queries, and only up to FUSE_MAX_OFFERS offers; ours is compared on the same queries.
 */
const FUSE_QUERIES = 20;
/** Freshly loaded indexes the search is measured on again, each once. */
const FRESH_RUNS = 5;
const FUSE_MAX_OFFERS = 10_000;
const NOW = new Date('2026-03-10T10:00:00Z');
/** The last commit before matching looked up words and areas only for the suggestions it shows. */
const BEFORE_MATCH_CUT = 'bfa3116';
const before = libAt(BEFORE_MATCH_CUT);
/** matchCase as it was: every hit's words and every candidate's area (run on today's index, whose hits find their words when read). */
const { matchCase: matchCaseBefore } = (await before.load('lib/matching/match-case.ts')) as { matchCase: typeof matchCase };
/** The background's kaart as it was: checked against the contract again in every worker life. */
const { currentCatalogue: currentCatalogueBefore } = (await before.load('lib/catalogue/current-catalogue.ts')) as { currentCatalogue: typeof currentCatalogue };
/** Cold starts are measured up to this size (each takes seconds, both ways, several times). */
const COLD_MAX_OFFERS = 10_000;
const COLD_RUNS = 3;

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const value = f();
  return [value, performance.now() - t];
};
const pct = (list: number[], q: number) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))]!;
const median = (list: number[]) => pct(list, 0.5);
const ms = (x: number) => (x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(x >= 10 ? 1 : 2)} ms`);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

function timings(list: readonly string[], run: (q: string) => unknown): number[] {
  for (const q of list.slice(0, 5)) run(q);
  return list.map((q) => time(() => run(q))[1]);
}

/** Process CPU time in ms: on a shared machine a query that is preempted counts only what it used. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The same as `timings`, in CPU time. */
function cpuTimings(list: readonly string[], run: (q: string) => unknown): number[] {
  for (const q of list.slice(0, 5)) run(q);
  return list.map((q) => {
    const t = cpuMs();
    run(q);
    return cpuMs() - t;
  });
}

const contexts: CaseContext[] = EVAL_CASES.map((c) => {
  const page = evalDocument(c);
  return readCase(page, pickAdapter(page.URL), { now: NOW });
}).filter((c): c is CaseContext => c !== null);
const searchQueries = queries.map((q) => q.query);

interface Row {
  size: number;
  kaartBytes: number;
  kaartGzip: number;
  parse: number;
  build: number;
  heap: number;
  json: number;
  jsonGzip: number;
  toJson: number;
  load: number;
  ours: number[];
  oursCpu: number[];
  /** p50 and p95 on each of FRESH_RUNS freshly loaded indexes, the code already run. */
  oursFresh: { p50: number; p95: number }[];
  fuse: number[];
  oursOnFuseQueries: number[];
  match: number[];
  matchBefore: number[];
  /** A woken worker's first suggestion: the kaart from IndexedDB (kept index), then matchCase; now vs before. */
  cold: number[];
  coldBefore: number[];
  /** Cases whose result differs between the two ways (0: the same suggestions, order, reasons and left-out offers). */
  matchDiffers: number;
  matchSearch: number[];
  deltaBytes: number;
  deltaGzip: number;
  inPlace: number;
  rebuild: number;
}

/**
 * A woken service worker's first suggestion, the way the background makes it: the kaart (and its
 * kept index) read from IndexedDB (fake-indexeddb here), then the first case matched. Today's
 * reads the kaart as checked when it arrived; the way before checks it again. Taken in turn.
 */
async function coldStarts(document: ReturnType<typeof scaledKaart>): Promise<{ cold: number[]; coldBefore: number[] }> {
  const db = await openDatabase(`bench-cold-${document.version}`);
  const envelope = { ...document, municipality: 'Utrecht', updatedAt: '2026-03-01T10:00:00.000Z' };
  await putStoredCatalogue(db, { catalogue: envelope as never, etag: `"${document.version}"`, fetchedAt: '2026-03-01T10:00:00.000Z' }, checkedCatalogue(envelope, `"${document.version}"`));
  const context = contexts[0]!;
  const wake = async (current: typeof currentCatalogue, match: typeof matchCase) => {
    const t = performance.now();
    const catalogue = await current(async () => db, async () => ({})).get();
    match({ context, offers: catalogue.offers, index: catalogue.index, gazetteer: catalogue.gazetteer, now: NOW });
    return performance.now() - t;
  };
  await wake(currentCatalogue, matchCase); // builds and keeps the index, as the first worker life after a sync does
  const cold: number[] = [];
  const coldBefore: number[] = [];
  for (let run = 0; run < COLD_RUNS; run++) {
    coldBefore.push(await wake(currentCatalogueBefore, matchCaseBefore));
    cold.push(await wake(currentCatalogue, matchCase));
  }
  db.close();
  indexedDB.deleteDatabase(db.name);
  return { cold, coldBefore };
}

async function measure(size: number): Promise<Row> {
  const document = scaledKaart(size);
  const kaartJson = JSON.stringify(document);
  const [parsed, parse] = time(() => parseCatalogue(document));
  const offers = parsed.offers;
  const before = heap();
  const [index, build] = time(() => createSearchIndex(offers));
  const heapUsed = heap() - before;
  const [json, toJson] = time(() => index.toJSON());
  const [, load] = time(() => createSearchIndex(offers, { saved: json }));

  const ours = timings(searchQueries, (q) => index.search(q, { limit: 10 }));
  // Again on a fresh index, so its queries too are each a first use of their words.
  const fresh = createSearchIndex(offers, { saved: json });
  const oursCpu = cpuTimings(searchQueries, (q) => fresh.search(q, { limit: 10 }));
  // The first measurement above is the code's first run too (compiled as it goes) and follows the
  // build's garbage; a worker that has searched before runs compiled code on a kaart whose words are
  // each searched for the first time: a freshly loaded index per run, no query repeated on it.
  const oursFresh = Array.from({ length: FRESH_RUNS }, () => {
    const again = createSearchIndex(offers, { saved: json });
    const list = searchQueries.map((q) => time(() => again.search(q, { limit: 10 }))[1]);
    return { p50: median(list), p95: pct(list, 0.95) };
  });
  const fuseQueries = size <= FUSE_MAX_OFFERS ? searchQueries.slice(0, FUSE_QUERIES) : [];
  const fuse = fuseQueries.length ? fuseSearch(offers, FUSE_OPTIONS) : () => [];
  const fuseTimes = timings(fuseQueries, (q) => fuse(q, 10));
  const oursOnFuseQueries = timings(fuseQueries, (q) => index.search(q, { limit: 10 }));

  const catalogue = loadCatalogue(document);
  const matchSearch = timings(
    contexts.map((c) => needForSearch(c.needText).text).filter(Boolean),
    (q) => catalogue.index.search(q, { limit: catalogue.offers.length }),
  );
  // Both ways case by case in turn, so a busy moment of the shared machine falls on both.
  const matchInput = (context: CaseContext) => ({ context, offers: catalogue.offers, index: catalogue.index, gazetteer: catalogue.gazetteer, now: NOW });
  for (const context of contexts.slice(0, 5)) [matchCase, matchCaseBefore].forEach((f) => f(matchInput(context)));
  const match: number[] = [];
  const matchBefore: number[] = [];
  let matchDiffers = 0;
  for (const context of contexts) {
    const [before, tBefore] = time(() => matchCaseBefore(matchInput(context)));
    const [after, tAfter] = time(() => matchCase(matchInput(context)));
    matchBefore.push(tBefore);
    match.push(tAfter);
    if (!isDeepStrictEqual(before, after)) matchDiffers++;
  }

  const { cold, coldBefore } = size <= COLD_MAX_OFFERS ? await coldStarts(document) : { cold: [], coldBefore: [] };

  // 100 offers changed by the kaart keeper, spread over the kaart: what GET /catalogue?since= sends.
  const step = Math.floor(offers.length / 100);
  const changedIds = new Set(offers.filter((_, i) => i % step === 0).slice(0, 100).map((o) => o.id));
  const services = (document.services as { id: string; description: string }[]).map((s) =>
    changedIds.has(s.id) ? { ...s, description: `${s.description} Nu ook op zaterdag, samen met een vrijwilliger uit de buurt.` } : s,
  );
  const delta = { delta: true, version: document.version, total: services.length, organizations: [], removed: [], services: services.filter((s) => changedIds.has(s.id)) };
  const deltaJson = JSON.stringify(delta);
  const next = parseCatalogue({ ...document, services }).offers;
  const [, rebuild] = time(() => createSearchIndex(next));
  const [, inPlace] = time(() => index.withChanges(next));

  return {
    size,
    kaartBytes: Buffer.byteLength(kaartJson),
    kaartGzip: gzipSync(kaartJson).length,
    parse,
    build,
    heap: heapUsed,
    json: Buffer.byteLength(json),
    jsonGzip: gzipSync(json).length,
    toJson,
    load,
    ours,
    oursCpu,
    oursFresh,
    fuse: fuseTimes,
    oursOnFuseQueries,
    match,
    matchBefore,
    cold,
    coldBefore,
    matchDiffers,
    matchSearch,
    deltaBytes: Buffer.byteLength(deltaJson),
    deltaGzip: gzipSync(deltaJson).length,
    inPlace,
    rebuild,
  };
}

async function main() {
  const started = performance.now();
  const rows: Row[] = [];
  for (const size of SIZES) {
    const row = await measure(size);
    rows.push(row);
    console.log(`kaart ${size}: build ${ms(row.build)}, load ${ms(row.load)}, search p95 ${ms(pct(row.ours, 0.95))} (CPU ${ms(pct(row.oursCpu, 0.95))}, fresh ${row.oursFresh.map((x) => ms(x.p95)).join(' ')}), matchCase p50 ${ms(pct(row.match, 0.5))} (before ${ms(pct(row.matchBefore, 0.5))}), differing ${row.matchDiffers}, cold ${row.cold.length ? ms(pct(row.cold, 0.5)) : '-'} (before ${row.coldBefore.length ? ms(pct(row.coldBefore, 0.5)) : '-'})`);
  }
  const cell = (f: (r: Row) => string) => rows.map(f).join(' | ');
  const section = [
    START,
    '## Kaart at scale (issue 15)',
    '',
    `Generated by \`npm run bench:kaart\` (bench/kaart-scale.ts) on ${new Date().toISOString().slice(0, 19)}Z, ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}; ${((performance.now() - started) / 1000).toFixed(0)} s.` +
      ` Kaarts generated by bench/scale-kaart.ts (the search evaluation's generator, one seed after another). ${searchQueries.length} search queries (bench/search-eval/queries.ts), ${contexts.length} case pages (tests/eval/cases). The machine is shared: timings vary between runs.`,
    '',
    `| | ${cell((r) => `${r.size.toLocaleString('en')} offers`)} |`,
    `|---|${rows.map(() => '---').join('|')}|`,
    `| kaart JSON (gzip) | ${cell((r) => `${mb(r.kaartBytes)} (${mb(r.kaartGzip)})`)} |`,
    `| parse and check (zod) | ${cell((r) => ms(r.parse))} |`,
    `| index build | ${cell((r) => ms(r.build))} |`,
    `| index heap | ${cell((r) => (gc ? mb(r.heap) : 'run with --expose-gc'))} |`,
    `| kept index JSON (gzip) | ${cell((r) => `${mb(r.json)} (${mb(r.jsonGzip)})`)} |`,
    `| kept index: serialise / load | ${cell((r) => `${ms(r.toJson)} / ${ms(r.load)}`)} |`,
    `| search p50 / p95 (ours) | ${cell((r) => `${ms(pct(r.ours, 0.5))} / ${ms(pct(r.ours, 0.95))}`)} |`,
    `| search p50 / p95 with the code run before, on ${FRESH_RUNS} freshly loaded indexes (every query a first use of its words): median (lowest–highest p95) | ${cell((r) => `${ms(median(r.oursFresh.map((x) => x.p50)))} / ${ms(median(r.oursFresh.map((x) => x.p95)))} (${ms(Math.min(...r.oursFresh.map((x) => x.p95)))}–${ms(Math.max(...r.oursFresh.map((x) => x.p95)))})`)} |`,
    `| the same in CPU time (a fresh index) | ${cell((r) => `${ms(pct(r.oursCpu, 0.5))} / ${ms(pct(r.oursCpu, 0.95))}`)} |`,
    `| first ${FUSE_QUERIES} queries p50 / p95: Fuse.js vs ours | ${cell((r) => (r.fuse.length ? `${ms(pct(r.fuse, 0.5))} / ${ms(pct(r.fuse, 0.95))} vs ${ms(pct(r.oursOnFuseQueries, 0.5))} / ${ms(pct(r.oursOnFuseQueries, 0.95))}` : `not run (Fuse.js above ${FUSE_MAX_OFFERS.toLocaleString('en')} offers: seconds per query)`))} |`,
    `| Fuse.js p50 ÷ ours p50 (same queries) | ${cell((r) => (r.fuse.length ? `${(pct(r.fuse, 0.5) / pct(r.oursOnFuseQueries, 0.5)).toFixed(0)}×` : '–'))} |`,
    `| matchCase p50 / p95: words and areas of the shown only (now) vs of every hit and candidate (before, ${BEFORE_MATCH_CUT}) | ${cell((r) => `${ms(pct(r.match, 0.5))} / ${ms(pct(r.match, 0.95))} vs ${ms(pct(r.matchBefore, 0.5))} / ${ms(pct(r.matchBefore, 0.95))}`)} |`,
    `| cases whose result differs between the two ways | ${cell((r) => `${r.matchDiffers} of ${contexts.length}`)} |`,
    `| woken worker's first suggestion (kaart and kept index from IndexedDB, first matchCase), median of ${COLD_RUNS}: kept checked (now) vs checked again (before) | ${cell((r) => (r.cold.length ? `${ms(pct(r.cold, 0.5))} vs ${ms(pct(r.coldBefore, 0.5))}` : `not run (above ${COLD_MAX_OFFERS.toLocaleString('en')} offers)`))} |`,
    `| the need's search (all hits, words not read) p50 / p95 | ${cell((r) => `${ms(pct(r.matchSearch, 0.5))} / ${ms(pct(r.matchSearch, 0.95))}`)} |`,
    `| delta of 100 changed offers: JSON (gzip) | ${cell((r) => `${kb(r.deltaBytes)} (${kb(r.deltaGzip)})`)} |`,
    `| index after the delta: in place / rebuilt | ${cell((r) => `${ms(r.inPlace)} / ${ms(r.rebuild)}`)} |`,
    '',
    END,
  ].join('\n');
  writeResultsSection(RESULTS, START, END, section);
  console.log(`wrote ${RESULTS}`);
}

await main();
