import { Hono } from 'hono';
import { ZRM_DOMAIN_LABELS_NL } from '../../lib/contracts/zrm';
import { casesOf, findCase } from '../cases/cases';
import { languageName } from '../cases/format';
import {
  DEMO_SIGNALS,
  DEMO_ZRM_DOMAINS,
  WIJK_NAMES,
  ZRM_LEVELS,
  type DemoCase,
  type Woonsituatie,
} from '../cases/schema';
import { DEMO_FOOTER_TEXT, html, slug, trusted, type SafeHtml } from './html';

/*
 * "Keukentafel Online": an intake report (keukentafelgesprek) as an editable form. Everything is a
 * <label for> + <input value>/<textarea>/<select>; ZRM is one <select> per leefgebied inside
 * <fieldset><legend>ZRM-scores (2013)</legend>; signals are checkboxes.
 */

const WOONSITUATIE_LABELS: Record<Woonsituatie, string> = {
  alleenwonend: 'Alleenwonend',
  samenwonend: 'Samenwonend, geen kinderen',
  samenwonend_kinderen: 'Samenwonend met kinderen',
  eenoudergezin: 'Eenoudergezin',
  inwonend_ouders: 'Inwonend bij ouders/familie',
};

/** This system prints the ADL domain without the abbreviation. */

const CSS = trusted(`
  * { box-sizing: border-box; }
  body { margin: 0; font: 15px/1.5 "Segoe UI", system-ui, -apple-system, Roboto, sans-serif; background: #f3f7f6; color: #1d2b2a; padding-bottom: 80px; }
  header.kt-head { background: #0f766e; color: #fff; display: flex; align-items: center; gap: 24px; padding: 0 24px; height: 56px; }
  .kt-brand { font-weight: 700; font-size: 18px; display: flex; align-items: center; gap: 10px; }
  .kt-brand .kt-dot { width: 26px; height: 26px; border-radius: 50%; background: #fbbf24; display: inline-block; box-shadow: inset -6px -4px 0 #f59e0b; }
  header nav a { color: #d1fae5; text-decoration: none; margin-right: 18px; font-size: 14px; }
  header nav a.on { color: #fff; border-bottom: 2px solid #fbbf24; padding-bottom: 16px; }
  .kt-who { margin-left: auto; font-size: 13px; opacity: .9; }
  .kt-page { max-width: 980px; margin: 24px auto; padding: 0 16px; }
  .kt-crumb { font-size: 13px; color: #4b6361; margin-bottom: 8px; }
  h1 { font-size: 24px; margin: 0 0 4px; }
  .kt-sub { color: #4b6361; margin: 0 0 20px; }
  .kt-card { background: #fff; border-radius: 10px; box-shadow: 0 1px 3px rgba(0,0,0,.08); padding: 20px 24px; margin-bottom: 18px; }
  .kt-card h2 { font-size: 17px; margin: 0 0 14px; color: #0f766e; }
  .kt-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 14px 24px; }
  .kt-field { display: flex; flex-direction: column; gap: 4px; }
  .kt-field.wide { grid-column: 1 / -1; }
  label { font-size: 13px; font-weight: 600; color: #334947; }
  input[type=text], input[type=number], input[type=date], select, textarea { font: inherit; padding: 8px 10px; border: 1px solid #b7cbc8; border-radius: 6px; background: #fbfdfd; width: 100%; }
  textarea { min-height: 96px; resize: vertical; }
  input[readonly] { background: #eef3f2; color: #4b6361; }
  fieldset { border: 1px solid #cfe0dd; border-radius: 8px; padding: 12px 16px 16px; margin: 0; }
  legend { font-weight: 700; color: #0f766e; padding: 0 6px; }
  .kt-zrm { display: grid; grid-template-columns: 1fr 1fr; gap: 10px 24px; }
  .kt-checks { display: grid; grid-template-columns: repeat(3, 1fr); gap: 6px 16px; }
  .kt-check { display: flex; gap: 8px; align-items: center; }
  .kt-check label { font-weight: 400; }
  .kt-inline { display: flex; gap: 8px; align-items: center; }
  .kt-inline label { font-weight: 400; }
  .kt-bar { position: fixed; left: 0; right: 0; bottom: 0; background: #fff; border-top: 1px solid #cfe0dd; padding: 12px 24px; display: flex; gap: 10px; justify-content: flex-end; box-shadow: 0 -2px 6px rgba(0,0,0,.06); }
  .kt-btn { font: inherit; font-weight: 600; padding: 9px 18px; border-radius: 6px; border: 1px solid #0f766e; background: #fff; color: #0f766e; cursor: pointer; }
  .kt-btn.kt-primary { background: #0f766e; color: #fff; }
  .kt-list { width: 100%; border-collapse: collapse; }
  .kt-list th, .kt-list td { text-align: left; padding: 10px 8px; border-bottom: 1px solid #e2ecea; }
  .kt-list th { font-size: 13px; color: #4b6361; }
  footer.kt-foot { text-align: center; font-size: 12px; color: #4b6361; margin: 24px 0 8px; }
`);

function layout(title: string, active: 'gesprekken' | 'nieuw', body: SafeHtml, bar: SafeHtml | string = ''): SafeHtml {
  return html`<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Keukentafel Online</title>
<style>${CSS}</style>
</head>
<body>
<header class="kt-head">
  <span class="kt-brand"><span class="kt-dot"></span>Keukentafel Online</span>
  <nav>
    <a href="/keukentafel/" class="${active === 'gesprekken' ? 'on' : ''}">Gesprekken</a>
    <a href="/keukentafel/" class="${active === 'nieuw' ? 'on' : ''}">Nieuw gesprek</a>
    <a href="/keukentafel/#planning">Planning</a>
    <a href="/keukentafel/#handleiding">Handleiding</a>
  </nav>
  <span class="kt-who">Consulent: S. Proef · Team West</span>
</header>
<div class="kt-page">
${body}
<footer class="kt-foot">Keukentafel Online 3.2 · ${DEMO_FOOTER_TEXT} – geen echte personen</footer>
</div>
${bar}
</body>
</html>`;
}

function field(id: string, label: string, control: SafeHtml, wide = false): SafeHtml {
  return html`<div class="kt-field${wide ? ' wide' : ''}"><label for="${id}">${label}</label>${control}</div>`;
}

function textInput(id: string, value: string | number, type: 'text' | 'number' | 'date' = 'text', readonly = false): SafeHtml {
  return html`<input type="${type}" id="${id}" name="${id}" value="${value}"${readonly ? html` readonly` : ''}>`;
}

function select(id: string, options: { value: string; label: string }[], selected: string): SafeHtml {
  return html`<select id="${id}" name="${id}">
    <option value="">– kies –</option>
    ${options.map((o) => html`<option value="${o.value}"${o.value === selected ? html` selected` : ''}>${o.label}</option>`)}
  </select>`;
}

function renderVerslag(c: DemoCase): SafeHtml {
  const zrmOptions = ([1, 2, 3, 4, 5] as const).map((n) => ({ value: String(n), label: `${n} - ${ZRM_LEVELS[n]}` }));
  const body = html`
  <div class="kt-crumb"><a href="/keukentafel/">Gesprekken</a> › Verslag ${c.id}</div>
  <h1>Verslag keukentafelgesprek</h1>
  <p class="kt-sub">Gesprek gevoerd op 12 november 2026 bij de cliënt thuis · status: concept</p>
  <form id="verslag" method="post" action="/keukentafel/verslag/${encodeURIComponent(c.id)}">
    <section class="kt-card">
      <h2>Gegevens cliënt</h2>
      <div class="kt-grid">
        ${field('registratienummer', 'Registratienummer', textInput('registratienummer', c.id, 'text', true))}
        ${field('gespreksdatum', 'Datum gesprek', textInput('gespreksdatum', '2026-11-12', 'date'))}
        ${field('naam', 'Naam cliënt', textInput('naam', c.name))}
        ${field('geboortejaar', 'Geboortejaar', textInput('geboortejaar', c.birthYear, 'number'))}
        ${field('adres', 'Straat en huisnummer', textInput('adres', `${c.address.street} ${c.address.houseNumber}`))}
        ${field('postcode', 'Postcode', textInput('postcode', c.address.postcode))}
        ${field('woonplaats', 'Woonplaats', textInput('woonplaats', c.address.city))}
        ${field('wijk', 'Wijk', select('wijk', WIJK_NAMES.map((w) => ({ value: w, label: w })), c.wijk))}
        ${field(
          'woonsituatie',
          'Woonsituatie',
          select(
            'woonsituatie',
            Object.entries(WOONSITUATIE_LABELS).map(([value, label]) => ({ value, label })),
            c.household.situation,
          ),
        )}
        ${field('kinderen', 'Aantal thuiswonende kinderen', textInput('kinderen', c.household.children, 'number'))}
        <div class="kt-field">
          <span class="kt-inline"><input type="checkbox" id="mantelzorger" name="mantelzorger" value="ja"${c.household.isCarer ? html` checked` : ''}><label for="mantelzorger">Cliënt is mantelzorger</label></span>
          <label for="mantelzorg-voor">Mantelzorg voor</label>
          ${textInput('mantelzorg-voor', c.household.caresFor ?? '')}
        </div>
        ${field('taal', 'Gesproken taal', textInput('taal', languageName(c.language)))}
      </div>
    </section>

    <section class="kt-card">
      <h2>Gesprek</h2>
      <div class="kt-grid">
        ${field('aanleiding', 'Aanleiding', html`<textarea id="aanleiding" name="aanleiding">${c.reason}</textarea>`, true)}
        ${field('situatie', 'Situatie', html`<textarea id="situatie" name="situatie">${c.situation}</textarea>`, true)}
        ${field('doel', 'Wat wil de cliënt bereiken?', html`<textarea id="doel" name="doel">${c.need}</textarea>`, true)}
      </div>
    </section>

    <section class="kt-card">
      <fieldset>
        <legend>ZRM-scores (${c.zrm.edition})</legend>
        <div class="kt-zrm">
          ${DEMO_ZRM_DOMAINS.map((d) => {
            const id = `zrm-${slug(ZRM_DOMAIN_LABELS_NL[d])}`;
            return field(id, ZRM_DOMAIN_LABELS_NL[d], select(id, zrmOptions, String(c.zrm.scores[d])));
          })}
        </div>
      </fieldset>
    </section>

    <section class="kt-card">
      <fieldset>
        <legend>Signalen</legend>
        <div class="kt-checks">
          ${DEMO_SIGNALS.map((s) => {
            const id = `signaal-${slug(s)}`;
            const on = c.signals.includes(s);
            return html`<span class="kt-check"><input type="checkbox" id="${id}" name="signalen" value="${s}"${on ? html` checked` : ''}><label for="${id}">${s}</label></span>`;
          })}
        </div>
      </fieldset>
    </section>
  </form>`;
  const bar = html`<div class="kt-bar">
    <button type="button" class="kt-btn">Nieuwe notitie</button>
    <button type="button" class="kt-btn">Opslaan als concept</button>
    <button type="button" class="kt-btn kt-primary">Opslaan</button>
  </div>`;
  return layout(`Verslag ${c.id}`, 'gesprekken', body, bar);
}

function renderList(): SafeHtml {
  const body = html`
  <h1>Mijn gesprekken</h1>
  <p class="kt-sub">Verslagen van keukentafelgesprekken van Team West</p>
  <section class="kt-card">
    <table class="kt-list">
      <thead><tr><th>Registratienummer</th><th>Cliënt</th><th>Wijk</th><th>Gesprek</th><th>Status</th></tr></thead>
      <tbody>
        ${casesOf('keukentafel').map(
          (c) => html`<tr>
            <td><a href="/keukentafel/verslag/${encodeURIComponent(c.id)}">${c.id}</a></td>
            <td>${c.name}</td><td>${c.wijk}</td><td>12-11-2026</td><td>Concept</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </section>
  <section class="kt-card" id="planning"><h2>Planning</h2><p>Geen geplande gesprekken deze week.</p></section>`;
  const bar = html`<div class="kt-bar"><button type="button" class="kt-btn kt-primary">Nieuw gesprek</button></div>`;
  return layout('Gesprekken', 'gesprekken', body, bar);
}

export function keukentafelRoutes(): Hono {
  const app = new Hono({ strict: false });
  app.get('/', (c) => c.html(renderList().value));
  app.get('/verslag/:id', (c) => {
    const found = findCase('keukentafel', c.req.param('id'));
    if (!found) {
      return c.html(layout('Niet gevonden', 'gesprekken', html`<h1>Verslag niet gevonden</h1><p><a href="/keukentafel/">Terug</a></p>`).value, 404);
    }
    return c.html(renderVerslag(found).value);
  });
  return app;
}
