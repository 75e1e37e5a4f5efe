import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { casesOf, findCase } from '../../cases/cases';
import { ageOn, languageName } from '../../cases/format';
import { DEMO_ZRM_DOMAINS, ZRM_LABELS, type DemoCase } from '../../cases/schema';
import { DEMO_FOOTER_TEXT, html, trusted } from '../html';
import { SPA_CSS } from './style';

/*
 * "CasusFlow": a single-page app. The server only serves an empty shell and a JSON API; the
 * browser module app.js fetches the data ~400 ms later and renders it, and switches cases with
 * history.pushState. Adapters must wait for the render and notice route changes without reloads.
 */

const APP_JS = readFileSync(new URL('./app.js', import.meta.url), 'utf8');

/** JSON for the list: no address, no need text. */
export interface SpaListItem {
  id: string;
  naam: string;
  leeftijd: number;
  wijk: string;
}

export interface SpaCaseDetail {
  id: string;
  naam: string;
  leeftijd: number;
  /** "4813BK": four digits and two letters, no space. */
  postcode: string;
  wijk: string;
  huishouden: string;
  taal: string;
  zrm: { editie: string; scores: { leefgebied: string; score: number }[] };
  hulpvraag: string;
  signalen: string[];
  tijdlijn: { datum: string; titel: string; tekst: string }[];
}

export function householdSpa(c: DemoCase): string {
  const h = c.household;
  const base = {
    alleenwonend: 'Eenpersoonshuishouden',
    samenwonend: 'Samenwonend (paar)',
    samenwonend_kinderen: `Gezin, ${h.children} kinderen`,
    eenoudergezin: `Eenoudergezin, ${h.children} kinderen`,
    inwonend_ouders: 'Inwonend bij ouders',
  }[h.situation];
  return h.isCarer ? `${base} · mantelzorger (${h.caresFor ?? 'naaste'})` : base;
}

export function spaDetail(c: DemoCase): SpaCaseDetail {
  return {
    id: c.id,
    naam: c.name,
    leeftijd: ageOn(c.birthDate),
    postcode: c.address.postcode.replace(' ', ''),
    wijk: c.wijk,
    huishouden: householdSpa(c),
    taal: `${languageName(c.language)} (${c.language})`,
    zrm: {
      editie: c.zrm.edition,
      scores: DEMO_ZRM_DOMAINS.map((d) => ({ leefgebied: ZRM_LABELS[d], score: c.zrm.scores[d] })),
    },
    hulpvraag: c.need,
    signalen: c.signals,
    tijdlijn: [
      { datum: '12 nov 2026', titel: 'Huisbezoek', tekst: c.situation },
      { datum: '3 nov 2026', titel: 'Aanmelding', tekst: c.reason },
    ],
  };
}

function shell(): string {
  return html`<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CasusFlow</title>
<style>${trusted(SPA_CSS)}</style>
</head>
<body>
<div id="root" class="r1-app">
  <header class="r1-top">
    <span class="r1-logo"><span class="r1-mark">◆</span> CasusFlow</span>
    <nav class="r1-nav"><a href="/spa/" class="r1-on">Cliënten</a><a href="/spa/#taken">Taken</a><a href="/spa/#overleg">Overleg</a><a href="/spa/#rapportage">Rapportage</a></nav>
    <input class="r1-search" type="search" placeholder="Zoek cliënt of casus…" aria-label="Zoeken">
    <span class="r1-me" title="Wijkteam Zuid">MV</span>
  </header>
  <div class="r1-body">
    <nav class="r1-side" aria-label="Cliëntenlijst">
      <div class="r1-side-h">Mijn cliënten</div>
      <ul id="r1-list" class="r1-list"><li class="r1-muted">Laden…</li></ul>
    </nav>
    <main id="r1-main" class="r1-main" aria-live="polite"><p class="r1-muted">Laden…</p></main>
  </div>
  <button type="button" class="r1-fab" aria-label="Nieuwe notitie">+ Nieuwe notitie</button>
  <footer class="r1-foot">CasusFlow 2026.11 · ${DEMO_FOOTER_TEXT}, verzonnen personen</footer>
</div>
<script type="module" src="/spa/app.js"></script>
</body>
</html>`.value;
}

export function spaRoutes(): Hono {
  const app = new Hono({ strict: false });
  const page = shell();
  app.get('/', (c) => c.html(page));
  app.get('/clienten/:id', (c) => c.html(page));
  app.get('/app.js', (c) => c.body(APP_JS, 200, { 'content-type': 'text/javascript; charset=utf-8' }));
  app.get('/api/cases', (c) => {
    const list: SpaListItem[] = casesOf('spa').map((x) => ({ id: x.id, naam: x.name, leeftijd: ageOn(x.birthDate), wijk: x.wijk }));
    return c.json(list, 200, { 'cache-control': 'no-store' });
  });
  app.get('/api/cases/:id', (c) => {
    const found = findCase('spa', c.req.param('id'));
    if (!found) return c.json({ error: 'niet gevonden' }, 404);
    return c.json(spaDetail(found), 200, { 'cache-control': 'no-store' });
  });
  return app;
}
