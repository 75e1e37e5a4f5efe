import { casesOf, findCaseById } from '../cases/cases';
import { DEMO_SYSTEMS, type DemoSystem } from '../cases/schema';
import { DEMO_FOOTER_TEXT, html, trusted, type SafeHtml } from './html';
import { renderPageStylesSection } from './page-styles';
import { UNKNOWN_SYSTEM_CASES } from './unknown';

const SYSTEM_INFO: Record<DemoSystem, { title: string; product: string; list: string; href: (id: string) => string }> = {
  klassiek: {
    title: 'Klassiek dossier',
    product: 'CliëntVolg 7 – server-gerenderde tabellen',
    list: '/klassiek/',
    href: (id) => `/klassiek/dossier/${encodeURIComponent(id)}`,
  },
  keukentafel: {
    title: 'Keukentafelverslag',
    product: 'Keukentafel Online – formulier met velden',
    list: '/keukentafel/',
    href: (id) => `/keukentafel/verslag/${encodeURIComponent(id)}`,
  },
  spa: {
    title: 'Single-page app',
    product: 'CasusFlow – laadt gegevens na ~400 ms, wisselt zonder herladen',
    list: '/spa/',
    href: (id) => `/spa/clienten/${encodeURIComponent(id)}`,
  },
};

const CSS = trusted(`
  body { margin: 0; font: 15px/1.5 system-ui, sans-serif; color: #1f2937; background: #f9fafb; }
  main { max-width: 980px; margin: 0 auto; padding: 24px; }
  h1 { margin: 0 0 4px; }
  .intro { color: #4b5563; margin-top: 0; }
  section { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: 12px 18px; margin: 16px 0; }
  h2 { font-size: 18px; margin: 4px 0; }
  .product { color: #6b7280; font-size: 13px; margin: 0 0 8px; }
  table { width: 100%; border-collapse: collapse; }
  td, th { text-align: left; padding: 5px 8px; border-bottom: 1px solid #f3f4f6; vertical-align: top; }
  th { font-size: 12px; color: #6b7280; }
  code { font-size: 13px; }
  footer { text-align: center; color: #6b7280; font-size: 13px; padding: 16px; }
`);

export function renderIndexPage(): SafeHtml {
  return html`<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Handreiking demo</title><style>${CSS}</style></head>
<body>
<main>
  <h1>Handreiking demo</h1>
  <p class="intro">Drie verzonnen casussystemen waarop de Handreiking-extensie draait, plus een paar speciale testpagina's.
  Alle personen, adressen en nummers zijn verzonnen.</p>
  ${DEMO_SYSTEMS.map((system) => {
    const info = SYSTEM_INFO[system];
    return html`<section>
      <h2>${info.title} (<code>${system}</code>)</h2>
      <p class="product">${info.product} · <a href="${info.list}">overzicht</a></p>
      <table>
        <thead><tr><th>Id</th><th>Naam</th><th>Situatie</th><th>Wijk</th></tr></thead>
        <tbody>
          ${casesOf(system).map(
            (c) => html`<tr><td><a href="${info.href(c.id)}">${c.id}</a></td><td>${c.name}</td><td>${c.scenario}</td><td>${c.wijk}</td></tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  })}
  <section>
    <h2>Speciale pagina's</h2>
    <ul>
      <li><a href="/klassiek/agenda">Agenda in CliëntVolg</a> – pagina van een bekend systeem zonder casusgegevens</li>
      ${Object.entries(UNKNOWN_SYSTEM_CASES).map(([number, caseId]) => {
        const c = findCaseById(caseId);
        return html`<li><a href="/onbekend/client/${number}">ZorgDossier Plus, cliënt ${number}</a> – onbekend systeem zonder configuratie (${c ? c.scenario : caseId})</li>`;
      })}
      <li><a href="/ingebouwd/">ZorgRegie, met Handreiking ingebouwd</a> – een casussysteem dat Handreiking zelf inbouwt: geen extensie nodig (start met <code>npm start</code>)</li>
      <li><a href="/test/vijandig">Vijandige pagina</a> – scripts als tekst, bidi-tekens, emoji, mojibake, hulpvraag van ~300 KB</li>
      <li><a href="/formulier/demo-aanbod">Demo-aanmeldformulier</a> – waar een aanbod naar doorlinkt</li>
    </ul>
  </section>
  ${renderPageStylesSection()}
</main>
<footer>${DEMO_FOOTER_TEXT} – Handreiking demo</footer>
</body>
</html>`;
}
