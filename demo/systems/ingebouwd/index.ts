import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { PLUGIN_PATH } from '../../../lib/contracts/plugin-messages';
import { PLUGIN_DIR } from '../../../server/plugin/plugin-pages';
import { findCaseById } from '../../cases/cases';
import type { DemoCase } from '../../cases/schema';
import { DEMO_FOOTER_TEXT, html, trusted } from '../html';
import { caseFactsOf } from './case-facts';
import { launchBackend, type ZorgRegieVendor } from './launch-backend';

/*
 * "ZorgRegie, met Handreiking ingebouwd": the sixth demo case system, which needs no extension. It
 * embeds the vendor plugin the API serves (docs/plugin.md) with one script tag and one element, and
 * hands it the open case as data through `setCase` (host.js, the integration guide's example). Its
 * backend (launch-backend.ts) gets a launch token, so the professional is signed in without a code.
 */

export const EMBEDDED_CASES = ['KD-2026-0412', 'KD-2026-0418', 'KD-2026-0431'] as const;

const HOST_SCRIPT = readFileSync(join(import.meta.dirname, 'host.js'), 'utf8');

const CSS = trusted(`
  body { margin: 0; font: 14px 'Segoe UI', Arial, sans-serif; color: #1d2733; background: #f3f5f8; }
  .zr-head { background: #274b7a; color: #fff; padding: 10px 16px; }
  .zr-layout { display: flex; gap: 12px; padding: 12px; height: calc(100vh - 80px); box-sizing: border-box; }
  .zr-cases { width: 200px; display: grid; align-content: start; gap: 6px; }
  .zr-cases button { font: inherit; text-align: left; padding: 6px 8px; border: 1px solid #9fb3cc; background: #fff; cursor: pointer; }
  .zr-cases button[aria-current='true'] { background: #dbe7f6; border-color: #274b7a; }
  .zr-case { flex: 1; background: #fff; padding: 12px 16px; overflow: auto; }
  handreiking-panel { height: 100%; }
  .zr-foot { font-size: 11px; color: #666; padding: 0 16px; }
`);

function integrity(): string | null {
  try {
    return (JSON.parse(readFileSync(join(PLUGIN_DIR, 'integrity.json'), 'utf8')) as Record<string, string>)['loader.js'] ?? null;
  } catch {
    return null;
  }
}

function details(c: DemoCase) {
  return html`<section data-case-details="${c.id}" hidden>
    <h2>Dossier ${c.id}</h2>
    <p><strong>${c.name}</strong> — ${c.scenario}</p>
    <h3>Hulpvraag</h3><p>${c.need}</p>
  </section>`;
}

export function embeddedRoutes(apiUrl: string | null, vendor: () => ZorgRegieVendor | null = () => null): Hono {
  const app = new Hono();
  app.route('/', launchBackend(vendor));
  app.get('/host.js', (c) => c.body(HOST_SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8' }));
  app.get('/', (c) => {
    const year = new Date().getFullYear();
    const cases = EMBEDDED_CASES.map((id) => findCaseById(id)!);
    const facts = JSON.stringify(Object.fromEntries(cases.map((k) => [k.id, caseFactsOf(k, year)]))).replace(/</g, '\\u003c');
    const sri = integrity();
    const loader = apiUrl && sri
      ? html`<script src="${apiUrl}${PLUGIN_PATH}loader.js" integrity="${sri}" crossorigin="anonymous"></script>`
      : html`<script>document.addEventListener('DOMContentLoaded', () => { document.querySelector('handreiking-panel').textContent = 'Handreiking is niet gebouwd of niet ingesteld: npm run build:plugin, en start met npm start.'; });</script>`;
    return c.html(
      html`<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><title>ZorgRegie – casussen</title><style>${CSS}</style>${loader}</head>
<body>
<header class="zr-head"><strong>ZorgRegie</strong> · met Handreiking ingebouwd (demo)</header>
<div class="zr-layout">
  <nav class="zr-cases" aria-label="Casussen">${cases.map((k) => html`<button type="button" data-case="${k.id}">${k.id}<br><small>${k.scenario}</small></button>`)}</nav>
  <main class="zr-case">${cases.map(details)}
    <h3>Wat Handreiking ons liet weten</h3><ul id="handreiking-events"></ul>
  </main>
  <handreiking-panel></handreiking-panel>
</div>
<p class="zr-foot">${DEMO_FOOTER_TEXT}</p>
<script type="application/json" id="case-facts">${trusted(facts)}</script>
<script src="/ingebouwd/host.js"></script>
</body></html>`.value,
    );
  });
  return app;
}
