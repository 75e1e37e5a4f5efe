import { Hono } from 'hono';
import { findCaseById } from '../cases/cases';
import { fakeBsn, formatDateNl, languageName } from '../cases/format';
import { ZRM_DOMAIN_LABELS_NL } from '../../lib/contracts/zrm';
import { DEMO_ZRM_DOMAINS, type DemoCase } from '../cases/schema';
import { householdKlassiek } from './klassiek';
import { DEMO_FOOTER_TEXT, html, trusted, type SafeHtml } from './html';

/*
 * "ZorgDossier Plus": a case system the extension has NO adapter config for. Only the generic
 * fallback can read it: labelled <div class="field"><span class="label">X:</span> <span>value</span></div>
 * rows and a plain two-column score table.
 */

/** ZorgDossier Plus numbers → the demo case shown under that number. */
export const UNKNOWN_SYSTEM_CASES: Record<string, string> = {
  '884120': 'KD-2026-0412',
  '884133': 'KTG-10431',
};

const CSS = trusted(`
  body { margin: 0; font: 13px Arial, Helvetica, sans-serif; background: #fff; color: #222; }
  .zp-head { background: #e8701a; color: #fff; padding: 10px 16px; display: flex; align-items: baseline; gap: 14px; }
  .zp-head b { font-size: 20px; font-style: italic; }
  .zp-menu { background: #fbe3cf; padding: 6px 16px; border-bottom: 1px solid #e8701a; }
  .zp-menu a { margin-right: 14px; color: #7a3300; }
  .zp-content { padding: 14px 16px; max-width: 900px; }
  .zp-actions { float: right; }
  .zp-actions button { font: bold 12px Arial, sans-serif; background: #e8701a; color: #fff; border: 0; padding: 6px 12px; margin-left: 6px; cursor: pointer; }
  .field { padding: 4px 0; border-bottom: 1px solid #f1e4d8; }
  .field .label { display: inline-block; width: 130px; color: #7a3300; font-weight: bold; }
  table { border-collapse: collapse; margin-top: 6px; }
  td, th { border: 1px solid #ccc; padding: 3px 10px; text-align: left; }
  .zp-foot { margin-top: 24px; font-size: 11px; color: #888; border-top: 1px solid #eee; padding: 8px 16px; }
`);

function renderClient(number: string, c: DemoCase): SafeHtml {
  const field = (label: string, value: string) =>
    html`<div class="field"><span class="label">${label}:</span> <span>${value}</span></div>`;
  return html`<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><title>ZorgDossier Plus - Client ${number}</title><style>${CSS}</style></head>
<body>
<div class="zp-head"><b>ZorgDossier Plus</b><span>Zorg- en welzijnsregistratie</span></div>
<div class="zp-menu"><a href="/onbekend/client/${number}">Clienten</a><a href="/onbekend/client/${number}#taken">Taken</a><a href="/onbekend/client/${number}#instellingen">Instellingen</a></div>
<div class="zp-content">
  <div class="zp-actions"><button type="button">Nieuwe notitie</button><button type="button">Opslaan</button></div>
  <h2>Clientkaart</h2>
  ${field('Clientnummer', number)}
  ${field('Naam', c.name)}
  ${field('Geboortedatum', formatDateNl(c.birthDate))}
  ${field('BSN', fakeBsn(c))}
  ${field('Adres', `${c.address.street} ${c.address.houseNumber}`)}
  ${field('Postcode', c.address.postcode)}
  ${field('Woonplaats', c.address.city)}
  ${field('Leefsituatie', householdKlassiek(c))}
  ${field('Taal', languageName(c.language))}
  <h3>Zelfredzaamheid</h3>
  <table>
    <tr><th>Domein</th><th>Score</th></tr>
    ${DEMO_ZRM_DOMAINS.map((d) => html`<tr><td>${ZRM_DOMAIN_LABELS_NL[d]}</td><td>${c.zrm.scores[d]}</td></tr>`)}
  </table>
  <h3>Vraag</h3>
  ${field('Hulpvraag', c.need)}
  ${field('Bijzonderheden', c.signals.length > 0 ? c.signals.join(', ') : 'Geen')}
</div>
<div class="zp-foot">ZorgDossier Plus 2.0 - ${DEMO_FOOTER_TEXT}</div>
</body>
</html>`;
}

export function unknownRoutes(): Hono {
  const app = new Hono({ strict: false });
  app.get('/client/:id', (c) => {
    const number = c.req.param('id');
    const caseId = UNKNOWN_SYSTEM_CASES[number];
    const found = caseId ? findCaseById(caseId) : undefined;
    if (!found) return c.html(html`<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>ZorgDossier Plus</title></head><body><p>Client niet gevonden.</p><p>${DEMO_FOOTER_TEXT}</p></body></html>`.value, 404);
    return c.html(renderClient(number, found).value);
  });
  return app;
}
