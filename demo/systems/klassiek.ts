import { Hono } from 'hono';
import { casesOf, findCase } from '../cases/cases';
import { fakeBsn, formatDateNl, languageName, startScores } from '../cases/format';
import { DEMO_ZRM_DOMAINS, ZRM_LABELS, type DemoCase } from '../cases/schema';
import { DEMO_FOOTER_TEXT, html, trusted, type SafeHtml } from './html';

/*
 * "CliëntVolg 7": a classic server-rendered case system, tables everywhere, Verdana, a grey-blue
 * toolbar. Markup that adapters read:
 *   table.gegevens  <tr><th>Label</th><td>value</td></tr>
 *   table#zrm       caption "Zelfredzaamheidsmatrix (ZRM <edition>)", columns Leefgebied | Startscore | Huidige score
 *   div#hulpvraag   the need text
 *   ul.signalen li  one signal per item
 */

/** Everything the dossier page shows, as text. The hostile test page fills it with nasty strings. */
export interface KlassiekView {
  dossiernummer: string;
  naam: string;
  geboortedatum: string;
  bsn?: string;
  adres: string;
  postcode: string;
  woonplaats: string;
  wijk: string;
  huishouden: string;
  voorkeurstaal: string;
  zrmEdition: string;
  zrm: { leefgebied: string; start: string; huidig: string }[];
  hulpvraag: string;
  signalen: string[];
  notities: { datum: string; auteur: string; tekst: string }[];
  recent: { dossiernummer: string; naam: string }[];
}

const CSS = trusted(`
  body { margin: 0; font: 12px/1.45 Verdana, Geneva, Tahoma, sans-serif; background: #dfe5ec; color: #1b1b1b; }
  a { color: #1f4e79; }
  .cv-top { background: linear-gradient(#2e6da4, #1f4e79); color: #fff; padding: 6px 12px; display: flex; align-items: center; gap: 16px; border-bottom: 2px solid #173a5c; }
  .cv-logo { font: bold 18px Georgia, serif; letter-spacing: .5px; }
  .cv-logo small { font: 10px Verdana, sans-serif; opacity: .8; margin-left: 6px; }
  .cv-user { margin-left: auto; font-size: 11px; }
  .cv-user a { color: #cfe3f7; }
  .cv-menu { background: #c9d4e0; border-bottom: 1px solid #9fb3c8; padding: 0 8px; display: flex; }
  .cv-menu a { padding: 6px 14px; text-decoration: none; color: #17324f; border-right: 1px solid #b0c0d2; }
  .cv-menu a.actief { background: #fff; font-weight: bold; }
  .cv-wrap { display: flex; gap: 12px; padding: 12px; align-items: flex-start; }
  .cv-side { width: 190px; background: #f4f6f9; border: 1px solid #9fb3c8; padding: 8px; font-size: 11px; }
  .cv-side h3 { margin: 0 0 6px; font-size: 11px; text-transform: uppercase; color: #4a5d72; }
  .cv-side ul { margin: 0; padding-left: 14px; }
  .cv-main { flex: 1; background: #fff; border: 1px solid #9fb3c8; padding: 10px 14px 16px; min-width: 0; }
  .cv-toolbar { display: flex; gap: 6px; padding: 6px; background: #eef2f6; border: 1px solid #c3cfdc; margin-bottom: 10px; }
  .knop { font: 12px Verdana, sans-serif; padding: 3px 10px; background: linear-gradient(#fdfdfd, #dde4ec); border: 1px solid #8ea3ba; border-radius: 2px; cursor: pointer; }
  .knop.primair { background: linear-gradient(#5b9bd5, #2e6da4); color: #fff; border-color: #1f4e79; font-weight: bold; }
  .cv-tabs { display: flex; gap: 2px; border-bottom: 1px solid #9fb3c8; margin-bottom: 10px; }
  .cv-tabs a { padding: 4px 10px; background: #e7edf3; border: 1px solid #9fb3c8; border-bottom: none; text-decoration: none; color: #17324f; }
  .cv-tabs a.actief { background: #fff; font-weight: bold; position: relative; top: 1px; }
  h1 { font-size: 16px; margin: 4px 0 10px; color: #1f4e79; }
  h2 { font-size: 13px; margin: 16px 0 6px; padding: 3px 6px; background: #e7edf3; border-left: 4px solid #2e6da4; }
  table { border-collapse: collapse; }
  table.gegevens th { text-align: left; width: 150px; background: #f1f4f8; font-weight: normal; color: #4a5d72; }
  table.gegevens th, table.gegevens td, #zrm th, #zrm td, .lijst th, .lijst td { border: 1px solid #c3cfdc; padding: 3px 8px; vertical-align: top; }
  #zrm caption { text-align: left; font-weight: bold; padding: 4px 0; color: #1f4e79; }
  #zrm thead th, .lijst thead th { background: #d9e2ec; text-align: left; }
  #zrm td.score { text-align: center; width: 90px; }
  #zrm td.laag { background: #fbe3e3; }
  #hulpvraag { border: 1px solid #c3cfdc; background: #fffef4; padding: 6px 10px; max-width: 760px; overflow-wrap: anywhere; }
  ul.signalen { margin: 4px 0; padding-left: 18px; }
  ul.signalen li { color: #8a1c1c; font-weight: bold; }
  .notitie { border-bottom: 1px dotted #9fb3c8; padding: 4px 0; overflow-wrap: anywhere; }
  .notitie .meta { color: #4a5d72; font-size: 11px; }
  .leeg { color: #6b7b8c; font-style: italic; }
  .cv-foot { padding: 6px 12px; font-size: 10px; color: #4a5d72; border-top: 1px solid #9fb3c8; background: #c9d4e0; }
  .agenda td { height: 34px; width: 140px; }
  .agenda .afspraak { background: #dbe9f7; border-left: 3px solid #2e6da4; padding: 2px 4px; font-size: 11px; }
`);

function layout(title: string, active: 'start' | 'clienten' | 'agenda', side: SafeHtml | string, body: SafeHtml): SafeHtml {
  const item = (key: typeof active | 'rapportages' | 'beheer', href: string, label: string) =>
    html`<a href="${href}" class="${key === active ? 'actief' : ''}">${label}</a>`;
  return html`<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>${title} – CliëntVolg 7</title>
<style>${CSS}</style>
</head>
<body>
<div class="cv-top">
  <span class="cv-logo">CliëntVolg<small>versie 7.4.2</small></span>
  <span>Gemeente Demostad – Sociaal Wijkteam</span>
  <span class="cv-user">Ingelogd als: J. de Demo (Wijkteam Noord) | <a href="/klassiek/">Uitloggen</a></span>
</div>
<nav class="cv-menu">
  ${item('start', '/klassiek/', 'Start')}
  ${item('clienten', '/klassiek/', 'Cliënten')}
  ${item('agenda', '/klassiek/agenda', 'Agenda')}
  ${item('rapportages', '/klassiek/agenda#rapportages', 'Rapportages')}
  ${item('beheer', '/klassiek/agenda#beheer', 'Beheer')}
</nav>
<div class="cv-wrap">
  <aside class="cv-side">${side}</aside>
  <main class="cv-main">${body}</main>
</div>
<div class="cv-foot">CliëntVolg 7 © Demo Software BV – ${DEMO_FOOTER_TEXT}: alle personen en dossiers op deze pagina zijn verzonnen.</div>
</body>
</html>`;
}

function toolbar(): SafeHtml {
  return html`<div class="cv-toolbar">
    <button type="button" class="knop primair">Opslaan</button>
    <button type="button" class="knop">Nieuwe notitie</button>
    <button type="button" class="knop">Afdrukken</button>
    <button type="button" class="knop">Dossier sluiten</button>
  </div>`;
}

export function householdKlassiek(c: DemoCase): string {
  const h = c.household;
  let text: string;
  switch (h.situation) {
    case 'alleenwonend':
      text = 'Alleenstaand';
      break;
    case 'samenwonend':
      text = 'Samenwonend (2 personen)';
      break;
    case 'samenwonend_kinderen':
      text = `Samenwonend met partner en ${h.children} thuiswonende kinderen`;
      break;
    case 'eenoudergezin':
      text = `Eenoudergezin, ${h.children} thuiswonende kinderen`;
      break;
    case 'inwonend_ouders':
      text = 'Inwonend bij ouder(s)';
      break;
  }
  if (h.isCarer) text += `; mantelzorger voor ${h.caresFor ?? 'naaste'}`;
  return text;
}

export function klassiekViewFromCase(c: DemoCase): KlassiekView {
  const start = startScores(c);
  const others = casesOf('klassiek').filter((o) => o.id !== c.id).slice(0, 3);
  return {
    dossiernummer: c.id,
    naam: c.name,
    geboortedatum: formatDateNl(c.birthDate),
    bsn: fakeBsn(c),
    adres: `${c.address.street} ${c.address.houseNumber}`,
    postcode: c.address.postcode,
    woonplaats: c.address.city,
    wijk: c.wijk,
    huishouden: householdKlassiek(c),
    voorkeurstaal: languageName(c.language),
    zrmEdition: c.zrm.edition,
    zrm: DEMO_ZRM_DOMAINS.map((d) => ({
      leefgebied: ZRM_LABELS[d],
      start: String(start[d]),
      huidig: String(c.zrm.scores[d]),
    })),
    hulpvraag: c.need,
    signalen: c.signals,
    notities: [
      { datum: '12-11-2026', auteur: 'J. de Demo', tekst: c.situation },
      { datum: '03-11-2026', auteur: 'Aanmelding', tekst: c.reason },
    ],
    recent: others.map((o) => ({ dossiernummer: o.id, naam: o.name })),
  };
}

export function renderKlassiekDossier(v: KlassiekView): SafeHtml {
  const row = (label: string, value: string) => html`<tr><th>${label}</th><td>${value}</td></tr>`;
  const side = html`<h3>Recent geopend</h3>
    <ul>${v.recent.map((r) => html`<li><a href="/klassiek/dossier/${encodeURIComponent(r.dossiernummer)}">${r.dossiernummer}</a><br>${r.naam}</li>`)}</ul>
    <h3 style="margin-top:10px">Snelkoppelingen</h3>
    <ul><li><a href="/klassiek/agenda">Mijn agenda</a></li><li><a href="/klassiek/">Cliëntenoverzicht</a></li></ul>`;
  const body = html`
  ${toolbar()}
  <h1>Dossier ${v.dossiernummer} – ${v.naam}</h1>
  <div class="cv-tabs">
    <a href="#persoonsgegevens" class="actief">Persoonsgegevens</a>
    <a href="#zelfredzaamheid">Zelfredzaamheid</a>
    <a href="#vraag">Hulpvraag</a>
    <a href="#notities">Notities</a>
    <a href="#documenten">Documenten</a>
  </div>

  <h2 id="persoonsgegevens">Persoonsgegevens</h2>
  <table class="gegevens">
    <tbody>
      ${row('Dossiernummer', v.dossiernummer)}
      ${row('Naam', v.naam)}
      ${row('Geboortedatum', v.geboortedatum)}
      ${v.bsn !== undefined ? row('BSN (testnummer)', v.bsn) : ''}
      ${row('Adres', v.adres)}
      ${row('Postcode', v.postcode)}
      ${row('Woonplaats', v.woonplaats)}
      ${row('Wijk', v.wijk)}
      ${row('Huishouden', v.huishouden)}
      ${row('Voorkeurstaal', v.voorkeurstaal)}
    </tbody>
  </table>

  <h2 id="zelfredzaamheid">Zelfredzaamheid</h2>
  <table id="zrm">
    <caption>Zelfredzaamheidsmatrix (ZRM ${v.zrmEdition})</caption>
    <thead><tr><th>Leefgebied</th><th>Startscore</th><th>Huidige score</th></tr></thead>
    <tbody>
      ${v.zrm.map(
        (r) =>
          html`<tr><td>${r.leefgebied}</td><td class="score">${r.start}</td><td class="score${Number(r.huidig) <= 2 ? ' laag' : ''}">${r.huidig}</td></tr>`,
      )}
    </tbody>
  </table>
  <p class="leeg">Startmeting 03-11-2026 · laatste meting 12-11-2026 · 1 = acute problematiek, 5 = volledig zelfredzaam</p>

  <h2 id="vraag">Hulpvraag</h2>
  <div id="hulpvraag"><p>${v.hulpvraag}</p></div>

  <h2>Signalen</h2>
  <ul class="signalen">${v.signalen.map((s) => html`<li>${s}</li>`)}</ul>
  ${v.signalen.length === 0 ? html`<p class="leeg">Geen signalen geregistreerd.</p>` : ''}

  <h2 id="notities">Notities</h2>
  ${v.notities.map(
    (n) => html`<div class="notitie"><div class="meta">${n.datum} – ${n.auteur}</div><div>${n.tekst}</div></div>`,
  )}

  <h2 id="documenten">Documenten</h2>
  <p class="leeg">Geen documenten.</p>
  ${toolbar()}`;
  return layout(`Dossier ${v.dossiernummer}`, 'clienten', side, body);
}

function renderList(): SafeHtml {
  const cases = casesOf('klassiek');
  const body = html`
  <div class="cv-toolbar">
    <button type="button" class="knop primair">Nieuwe cliënt</button>
    <button type="button" class="knop">Zoeken</button>
  </div>
  <h1>Cliëntenoverzicht</h1>
  <table class="lijst">
    <thead><tr><th>Dossiernummer</th><th>Naam</th><th>Geboortedatum</th><th>Wijk</th><th>Status</th></tr></thead>
    <tbody>
      ${cases.map(
        (c) => html`<tr>
          <td><a href="/klassiek/dossier/${encodeURIComponent(c.id)}">${c.id}</a></td>
          <td>${c.name}</td><td>${formatDateNl(c.birthDate)}</td><td>${c.wijk}</td><td>Actief</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
  return layout('Cliënten', 'clienten', html`<h3>Filters</h3><ul><li>Mijn dossiers</li><li>Alle actieve dossiers</li></ul>`, body);
}

/** An agenda page: part of the same system, with no case data on it at all. */
function renderAgenda(): SafeHtml {
  const days = ['Maandag 23-11', 'Dinsdag 24-11', 'Woensdag 25-11', 'Donderdag 26-11', 'Vrijdag 27-11'];
  const slots: Record<string, (string | undefined)[]> = {
    '09:00': ['Teamoverleg Wijkteam Noord', undefined, 'Teamoverleg Wijkteam Noord', undefined, 'Intervisie'],
    '10:30': [undefined, 'Huisbezoek', undefined, 'Huisbezoek', undefined],
    '13:00': ['Casusbespreking met ambassadeur informele zorg', undefined, 'Spreekuur wijkpunt', undefined, undefined],
    '15:00': [undefined, 'Overleg huisartsenpraktijk', undefined, 'Scholing meldcode', 'Administratie'],
  };
  const body = html`
  <div class="cv-toolbar">
    <button type="button" class="knop primair">Nieuwe afspraak</button>
    <button type="button" class="knop">Vorige week</button>
    <button type="button" class="knop">Volgende week</button>
  </div>
  <h1>Agenda – week 48</h1>
  <table class="lijst agenda">
    <thead><tr><th>Tijd</th>${days.map((d) => html`<th>${d}</th>`)}</tr></thead>
    <tbody>
      ${Object.entries(slots).map(
        ([time, items]) =>
          html`<tr><th>${time}</th>${items.map((it) => html`<td>${it ? html`<div class="afspraak">${it}</div>` : ''}</td>`)}</tr>`,
      )}
    </tbody>
  </table>
  <h2 id="rapportages">Rapportages</h2>
  <p class="leeg">Rapportages zijn in deze demo niet beschikbaar.</p>`;
  return layout('Agenda', 'agenda', html`<h3>Agenda's</h3><ul><li>Mijn agenda</li><li>Wijkteam Noord</li></ul>`, body);
}

export function klassiekRoutes(): Hono {
  const app = new Hono({ strict: false });
  app.get('/', (c) => c.html(renderList().value));
  app.get('/agenda', (c) => c.html(renderAgenda().value));
  app.get('/dossier/:id', (c) => {
    const found = findCase('klassiek', c.req.param('id'));
    if (!found) return c.html(layout('Niet gevonden', 'clienten', '', html`<h1>Dossier niet gevonden</h1><p><a href="/klassiek/">Terug naar het overzicht</a></p>`).value, 404);
    return c.html(renderKlassiekDossier(klassiekViewFromCase(found)).value);
  });
  return app;
}
