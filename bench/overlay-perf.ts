/*
 * `npm run bench:overlay`: what the extension's content script costs a case page, measured in
 * Debian's Chromium with playwright-core (never a downloaded browser), side by side in one run:
 *
 * - none:   the demo case systems without any extension;
 * - before: the extension built from commit 7aef2ae (before issue 11), unpacked with `git archive`
 *           into bench/.baseline/ (ignored by git) and built there with the project's node_modules;
 * - after:  the extension built from this tree.
 *
 * Loads are interleaved (none, before, after for each system, round after round) so a noisy
 * neighbour on the machine hits all three alike. Per load: the load event, long tasks, the
 * layout-shift score (CLS, shifts without recent input) until the panel has settled, and the time
 * from navigation start to the first suggestion card in the panel. On the single-page app it also
 * switches cases and measures how long the suggestion list stood empty. Figures go to
 * bench/RESULTS.md between the `overlay` markers. OVERLAY_RUNS sets the loads per system (30).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { findChromium, INSTALL_HINT } from '../demo/launch/find-chromium';
import { CHROMIUM_ARGS, EXTENSION_DIR, launchWithExtension } from '../demo/launch/launch-extension';
import { startDemoServer } from '../demo/server';
import { writeResultsSection } from './results-section';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = fileURLToPath(new URL('./RESULTS.md', import.meta.url));
const START = '<!-- overlay: start -->';
const END = '<!-- overlay: end -->';
const BEFORE_COMMIT = '7aef2ae';
const RUNS = Number(process.env.OVERLAY_RUNS ?? 30);
const SPA_SWITCHES = Number(process.env.OVERLAY_SWITCHES ?? 10);
/** After the first suggestion (or the load event on a page without one), shifts are still counted this long. */
const SETTLE_MS = 600;
const FIRST_SUGGESTION_TIMEOUT_MS = 15_000;

const SYSTEMS = [
  { id: 'klassiek', path: '/klassiek/dossier/KD-2026-0412' },
  { id: 'keukentafel', path: '/keukentafel/verslag/KTG-10431' },
  { id: 'spa', path: '/spa/clienten/CL-30517' },
  { id: 'onbekend', path: '/onbekend/client/884120' },
] as const;

type VariantId = 'none' | 'before' | 'after';
const VARIANTS: VariantId[] = ['none', 'before', 'after'];

const log = (line: string) => console.log(`[overlay ${new Date().toISOString().slice(11, 19)}] ${line}`);

/** Builds commit 7aef2ae's extension once into bench/.baseline/, reusing the project's node_modules when the lockfile is the same. */
function buildBefore(): string {
  const dir = fileURLToPath(new URL(`./.baseline/overlay-${BEFORE_COMMIT}/`, import.meta.url));
  const out = join(dir, '.output/chrome-mv3');
  if (existsSync(join(out, 'manifest.json'))) return out;
  mkdirSync(dir, { recursive: true });
  const archive = execFileSync('git', ['archive', BEFORE_COMMIT], { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  const sameLock = readFileSync(join(dir, 'package-lock.json'), 'utf8') === readFileSync(join(ROOT, 'package-lock.json'), 'utf8');
  if (sameLock) symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  else execFileSync('npm', ['ci', '--ignore-scripts'], { cwd: dir, stdio: 'inherit' });
  execFileSync('npx', ['wxt', 'build'], { cwd: dir, stdio: 'inherit' });
  return out;
}

/** The demo build (it suggests from the bundled demo kaart without a server), the one EXTENSION_DIR names. */
function buildAfter(): string {
  execFileSync('npx', ['wxt', 'build', '--mode', 'demo'], { cwd: ROOT, stdio: 'inherit' });
  return EXTENSION_DIR;
}

interface Size {
  file: string;
  raw: number;
  gzip: number;
}

function contentScriptSizes(extensionDir: string): Size[] {
  const dir = join(extensionDir, 'content-scripts');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
  // Chunks a content script loads lazily (texts of the other language) are counted apart.
  const chunks = existsSync(join(extensionDir, 'chunks')) ? readdirSync(join(extensionDir, 'chunks')).filter((f) => f.startsWith('overlay-')) : [];
  return [...files.map((f) => join(dir, f)), ...chunks.map((f) => join(extensionDir, 'chunks', f))].map((path) => {
    const bytes = readFileSync(path);
    return { file: path.slice(extensionDir.length + 1), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

/*
 * Runs in the page before its own scripts. Watches the panel from the page's side: with the
 * closed shadow root of issue 11 the bench profile opens it through the extension's test-only
 * storage switch (a page script cannot set it), so both builds are watched the same way.
 */
// A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
const PROBE = `(() => {
  const perf = { cls: 0, longTasks: [], first: null, emptyMs: 0, emptySince: null };
  window.__hrPerf = perf;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) perf.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) perf.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const check = (root) => {
    const cards = root.querySelectorAll('section[aria-labelledby="hr-suggestions-title"] .hr-card').length;
    const now = performance.now();
    if (cards > 0 && perf.first === null) perf.first = now;
    if (perf.first === null) return;
    if (cards === 0 && perf.emptySince === null) perf.emptySince = now;
    if (cards > 0 && perf.emptySince !== null) {
      perf.emptyMs += now - perf.emptySince;
      perf.emptySince = null;
    }
  };
  let watched = false;
  const watch = () => {
    if (watched) return;
    const root = document.querySelector('handreiking-panel')?.shadowRoot;
    if (!root) return;
    watched = true;
    new MutationObserver(() => check(root)).observe(root, { childList: true, subtree: true });
    check(root);
  };
  new MutationObserver(watch).observe(document, { childList: true, subtree: true });
})();`;

interface LoadSample {
  load: number;
  first: number | null;
  cls: number;
  longTasks: number;
  longTaskMs: number;
}

interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

async function launch(variant: VariantId, extensionDir: string | null): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const profile = mkdtempSync(join(tmpdir(), `handreiking-bench-${variant}-`));
  let context: BrowserContext;
  if (extensionDir) {
    const launched = await launchWithExtension({ userDataDir: profile, headless: true, extensionDir });
    context = launched.context;
    const [worker] = context.serviceWorkers();
    // The test-only switch that leaves the panel's shadow root open; the old build ignores it.
    await worker!.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ testOpenShadowRoot: true }));
  } else {
    context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1400, height: 900 } });
  }
  await context.addInitScript({ content: PROBE });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function measureLoad(browser: Browser, url: string, withPanel: boolean): Promise<LoadSample> {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  if (withPanel) await page.waitForFunction(() => (window as unknown as { __hrPerf: { first: number | null } }).__hrPerf.first !== null, undefined, { timeout: FIRST_SUGGESTION_TIMEOUT_MS, polling: 50 });
  await page.waitForTimeout(SETTLE_MS);
  const sample = await page.evaluate(() => {
    const perf = (window as unknown as { __hrPerf: { cls: number; first: number | null; longTasks: { duration: number }[] } }).__hrPerf;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { load: nav.loadEventStart, first: perf.first, cls: perf.cls, longTasks: perf.longTasks.length, longTaskMs: perf.longTasks.reduce((s, t) => s + t.duration, 0) };
  });
  await page.close();
  return sample;
}

/** Switches cases in the single-page app and measures how long the suggestion list stood empty, and until the new list showed. */
async function measureSpaSwitches(browser: Browser, base: string): Promise<{ emptyMs: number[]; switchMs: number[] }> {
  const page: Page = await browser.context.newPage();
  await page.goto(`${base}/spa/clienten/CL-30517`, { waitUntil: 'load' });
  await page.waitForFunction(() => (window as unknown as { __hrPerf: { first: number | null } }).__hrPerf.first !== null, undefined, { timeout: FIRST_SUGGESTION_TIMEOUT_MS });
  const ids = ['CL-30556', 'CL-30517'];
  const emptyMs: number[] = [];
  const switchMs: number[] = [];
  for (let i = 0; i < SPA_SWITCHES; i++) {
    const id = ids[i % 2]!;
    const firstCard = () => page.evaluate(() => (document.querySelector('handreiking-panel')?.shadowRoot?.querySelector('section[aria-labelledby="hr-suggestions-title"] .hr-card') as HTMLElement | null)?.dataset.serviceId ?? null);
    const before = await firstCard();
    await page.evaluate(() => {
      const perf = (window as unknown as { __hrPerf: { emptyMs: number; emptySince: number | null } }).__hrPerf;
      perf.emptyMs = 0;
      perf.emptySince = null;
    });
    const clicked = Date.now();
    await page.locator(`#r1-list a[data-id="${id}"]`).click();
    await page.waitForFunction((old) => {
      const card = document.querySelector('handreiking-panel')?.shadowRoot?.querySelector('section[aria-labelledby="hr-suggestions-title"] .hr-card') as HTMLElement | null;
      const updating = document.querySelector('handreiking-panel')?.shadowRoot?.querySelector('[aria-busy="true"]');
      return card !== null && card.dataset.serviceId !== old && !updating;
    }, before, { timeout: FIRST_SUGGESTION_TIMEOUT_MS, polling: 10 });
    switchMs.push(Date.now() - clicked);
    emptyMs.push(await page.evaluate(() => (window as unknown as { __hrPerf: { emptyMs: number } }).__hrPerf.emptyMs));
    await page.waitForTimeout(300);
  }
  await page.close();
  return { emptyMs, switchMs };
}

const quantile = (xs: number[], q: number) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};
const ms = (x: number) => (Number.isFinite(x) ? `${Math.round(x)} ms` : '–');
const kb = (x: number) => `${(x / 1024).toFixed(1)} KB`;

async function main() {
  const began = performance.now();
  log(`building the extension of ${BEFORE_COMMIT} (cached in bench/.baseline/) and of this tree`);
  const dirs: Record<VariantId, string | null> = { none: null, before: buildBefore(), after: buildAfter() };
  const sizes = { before: contentScriptSizes(dirs.before!), after: contentScriptSizes(dirs.after!) };

  const demo = await startDemoServer(0);
  const browsers = {} as Record<VariantId, Browser>;
  for (const v of VARIANTS) browsers[v] = await launch(v, dirs[v]);
  const samples: Record<string, LoadSample[]> = {};
  try {
    // One unmeasured load per browser and system: the first start of a service worker and the disk cache.
    for (const v of VARIANTS) for (const s of SYSTEMS) await measureLoad(browsers[v], `${demo.url}${s.path}`, v !== 'none');
    for (let round = 0; round < RUNS; round++) {
      for (const s of SYSTEMS) {
        for (const v of round % 2 ? [...VARIANTS].reverse() : VARIANTS) {
          (samples[`${v}/${s.id}`] ??= []).push(await measureLoad(browsers[v], `${demo.url}${s.path}`, v !== 'none'));
        }
      }
      log(`round ${round + 1}/${RUNS}`);
    }
    const spa = { before: await measureSpaSwitches(browsers.before, demo.url), after: await measureSpaSwitches(browsers.after, demo.url) };
    write({ before: dirs.before!, after: dirs.after! }, sizes, samples, spa, (performance.now() - began) / 1000);
  } finally {
    for (const v of VARIANTS) await browsers[v]?.close();
    await demo.close();
  }
}

function write(dirs: Record<'before' | 'after', string>, sizes: Record<'before' | 'after', Size[]>, samples: Record<string, LoadSample[]>, spa: Record<'before' | 'after', { emptyMs: number[]; switchMs: number[] }>, seconds: number) {
  const chromiumVersion = execFileSync(findChromium()!, ['--version']).toString().trim();
  const lines: string[] = [
    START,
    '## Content script on the case page (bench/overlay-perf.ts)',
    '',
    `Generated by \`npm run bench:overlay\`; rewritten on every run.`,
    '',
    `- Date: ${new Date().toISOString().slice(0, 19)}Z`,
    `- Machine: ${cpus()[0]?.model.trim()}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM; Node ${process.version}; ${chromiumVersion}, headless`,
    `- Before: the build of commit ${BEFORE_COMMIT}; after: this tree. ${RUNS} loads per system and variant, interleaved (none, before, after, reversed every other round) in one run of ${seconds.toFixed(0)} s; one unmeasured load per browser and system first.`,
    `- Load: \`loadEventStart\` from navigation start. First suggestion: navigation start to the first suggestion card in the panel. CLS: layout shifts without recent input until ${SETTLE_MS} ms after the first suggestion. Long tasks: over 50 ms on the page's main thread (the extension's content script runs there).`,
    '',
    '### Content-script size',
    '',
    '| file | before: raw | gzip | after: raw | gzip |',
    '|---|---|---|---|---|',
  ];
  const files = [...new Set([...sizes.before, ...sizes.after].map((s) => s.file.replace(/-[\w-]{8}\.js$/, '.js')))];
  for (const f of files) {
    const b = sizes.before.find((s) => s.file.replace(/-[\w-]{8}\.js$/, '.js') === f);
    const a = sizes.after.find((s) => s.file.replace(/-[\w-]{8}\.js$/, '.js') === f);
    lines.push(`| ${f} | ${b ? kb(b.raw) : '–'} | ${b ? kb(b.gzip) : '–'} | ${a ? kb(a.raw) : '–'} | ${a ? kb(a.gzip) : '–'} |`);
  }
  // What runs while the page loads (the manifest's content scripts) apart from what is injected after its load event.
  const atStart = (dir: string) => new Set((JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] }).content_scripts?.flatMap((c) => c.js ?? []) ?? []);
  const sum = (list: Size[], key: 'raw' | 'gzip') => kb(list.reduce((n, x) => n + x[key], 0));
  const js = (variant: 'before' | 'after', loading: boolean) => {
    const manifest = atStart(dirs[variant]);
    return sizes[variant].filter((x) => x.file.startsWith('content-scripts/') && x.file.endsWith('.js') && manifest.has(x.file) === loading);
  };
  for (const [label, loading] of [['in the page while it loads (manifest, js)', true], ['injected after the load event (js)', false]] as const) {
    lines.push(`| **${label}** | ${sum(js('before', loading), 'raw')} | **${sum(js('before', loading), 'gzip')}** | ${sum(js('after', loading), 'raw')} | **${sum(js('after', loading), 'gzip')}** |`);
  }
  lines.push('', 'Goal: under 40 KB gzipped. The panel (Preact, the adapters, the ICU runtime; its language\'s texts come from the background) is injected after the load event (lib/panel-injection), so while the page loads only what the manifest lists is in it (today a stylesheet that makes the panel\'s room, no script).', '', '### Per demo system', '');
  lines.push('| system | load p50: none | before | after | extra p50: before | after | first suggestion p50 / p95: before | after | CLS p50 / max: before | after | long tasks (per load, ms total p95): none | before | after |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const s of SYSTEMS) {
    const get = (v: VariantId) => samples[`${v}/${s.id}`] ?? [];
    const loadP50 = (v: VariantId) => quantile(get(v).map((x) => x.load), 0.5);
    const extra = (v: VariantId) => `${(100 * (loadP50(v) / loadP50('none') - 1)).toFixed(0)}%`;
    const first = (v: VariantId) => {
      const xs = get(v).flatMap((x) => (x.first === null ? [] : [x.first]));
      return `${ms(quantile(xs, 0.5))} / ${ms(quantile(xs, 0.95))}`;
    };
    const cls = (v: VariantId) => `${quantile(get(v).map((x) => x.cls), 0.5).toFixed(3)} / ${Math.max(...get(v).map((x) => x.cls)).toFixed(3)}`;
    const lt = (v: VariantId) => {
      const xs = get(v);
      const n = xs.reduce((sum, x) => sum + x.longTasks, 0) / Math.max(1, xs.length);
      return `${n.toFixed(2)} (${ms(quantile(xs.map((x) => x.longTaskMs), 0.95))})`;
    };
    lines.push(`| ${s.id} | ${ms(loadP50('none'))} | ${ms(loadP50('before'))} | ${ms(loadP50('after'))} | ${extra('before')} | ${extra('after')} | ${first('before')} | ${first('after')} | ${cls('before')} | ${cls('after')} | ${lt('none')} | ${lt('before')} | ${lt('after')} |`);
  }
  lines.push('', 'Goals: under 10% extra load time and no long task from the extension; first suggestion p95 under 300 ms; CLS under 0.1. The single-page app shows its case only after its own data call (400 ms on purpose, demo/systems/spa/app.js), so its first suggestion cannot come sooner. On pages that load in 30-60 ms, a few milliseconds are already 10%.', '');
  lines.push('### Case switch in the single-page app', '');
  lines.push(`${SPA_SWITCHES} switches between CL-30517 and CL-30556 by clicking the app's own list (pushState, no reload).`, '');
  lines.push('| | list empty during a switch: p50 | max | click to new list: p50 | p95 |', '|---|---|---|---|---|');
  for (const v of ['before', 'after'] as const) {
    lines.push(`| ${v} | ${ms(quantile(spa[v].emptyMs, 0.5))} | ${ms(Math.max(...spa[v].emptyMs))} | ${ms(quantile(spa[v].switchMs, 0.5))} | ${ms(quantile(spa[v].switchMs, 0.95))} |`);
  }
  lines.push('', END);
  const section = lines.join('\n');
  writeResultsSection(RESULTS, START, END, section);
  console.log(section);
}

await main();
