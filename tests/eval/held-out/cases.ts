import type { EvalCaseInput } from '../eval-case';

/*
 * HELD-OUT evaluation set: 30 case pages in layouts none of the five styles describes exactly
 * (a timeline of contact moments, a printed report with a table of contents, a referral message,
 * a half-translated form, a step-by-step wizard, a ZRM bar chart, collapsible sections, a
 * card-plus-notes app, a tile dashboard, a kitchen-table chat log, a spreadsheet-like overview).
 * Each case is tagged with the closest style. Judged by hand against the rules and the offers' own
 * conditions; used once to measure, never to tune. Every person, address and number is invented.
 *
 * The render helpers only lay out the texts written per case; every `expect` is written by hand.
 */

// ───────────────────────────── layout helpers ─────────────────────────────

type Pair = readonly [label: string, value: string];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const LEVEL: Record<number, string> = {
  1: 'acute problematiek',
  2: 'niet zelfredzaam',
  3: 'beperkt zelfredzaam',
  4: 'voldoende zelfredzaam',
  5: 'volledig zelfredzaam',
};

function chrome(o: { system: string; nav: string[]; user: string; body: string; footer: string; aside?: string }): string {
  return `
<header class="topbar">
  <div class="brand">${esc(o.system)}</div>
  <nav aria-label="Hoofdmenu"><ul>${o.nav.map((n) => `<li><a href="#">${esc(n)}</a></li>`).join('')}</ul></nav>
  <div class="user">Ingelogd: ${esc(o.user)} · <a href="#">Uitloggen</a></div>
</header>
<div class="layout">
${o.aside ? `  <aside class="sidebar">${o.aside}</aside>\n` : ''}  <main>
${o.body}
  </main>
</div>
<footer class="page-footer">${o.footer}</footer>`;
}

function recent(ids: string[]): string {
  return `<section aria-label="Recent bekeken"><h4>Recent bekeken</h4><ul>${ids
    .map((i) => `<li><a href="#">${esc(i)}</a></li>`)
    .join('')}</ul></section>`;
}

/** A timeline of contact moments; facts spread over the entries. */
function timeline(o: {
  system: string;
  title: string;
  keyLine: string;
  entries: { date: string; kind: string; html: string }[];
  recentIds: string[];
  user: string;
}): string {
  const body = `
    <h1>${esc(o.title)}</h1>
    <p class="meta">${o.keyLine}</p>
    <div class="toolbar"><button type="button">Nieuw contactmoment</button> <button type="button">Filter</button></div>
    <ol class="timeline">
${o.entries
  .map(
    (e) => `      <li class="tl-entry">
        <time>${esc(e.date)}</time>
        <h3>${esc(e.kind)}</h3>
        ${e.html}
      </li>`,
  )
  .join('\n')}
    </ol>`;
  return chrome({
    system: o.system,
    nav: ['Mijn werkvoorraad', 'Cliënten', 'Agenda', 'Rapportages'],
    user: o.user,
    aside: recent(o.recentIds),
    body,
    footer: `${esc(o.system)} · contactlog · alleen voor intern gebruik`,
  });
}

function zrmTable(rows: Pair[], caption = 'ZRM-scores'): string {
  return `<table class="zrm"><caption>${esc(caption)}</caption><tr><th>Domein</th><th>Score</th></tr>${rows
    .map(([d, s]) => `<tr><td>${esc(d)}</td><td>${esc(s)}</td></tr>`)
    .join('')}</table>`;
}

/** A printed, PDF-like report: header block, table of contents, numbered sections. */
function report(o: {
  org: string;
  title: string;
  headerBlock: Pair[];
  sections: { title: string; html: string }[];
  page: string;
}): string {
  return `
<div class="print-toolbar"><button type="button">Afdrukken</button> <button type="button">Download als PDF</button> <a href="#">Terug naar dossier</a></div>
<article class="printed-report">
  <div class="report-header">
    <div class="logo">${esc(o.org)}</div>
    <h1>${esc(o.title)}</h1>
    <table class="header-block">${o.headerBlock.map(([l, v]) => `<tr><td>${esc(l)}</td><td>${esc(v)}</td></tr>`).join('')}</table>
  </div>
  <nav class="toc" aria-label="Inhoudsopgave">
    <h2>Inhoud</h2>
    <ol>${o.sections.map((s) => `<li>${esc(s.title)}</li>`).join('')}</ol>
  </nav>
${o.sections.map((s, i) => `  <section><h2>${i + 1}. ${esc(s.title)}</h2>\n    ${s.html}\n  </section>`).join('\n')}
  <div class="report-footer">Vertrouwelijk · ${esc(o.page)}</div>
</article>`;
}

/** An incoming referral message shown inside a case: mail header, letter body. */
function message(o: {
  system: string;
  caseLine: string;
  mailHeader: Pair[];
  paragraphs: string[];
  extra?: string;
  user: string;
}): string {
  const body = `
    <div class="case-strip">${o.caseLine}</div>
    <h1>Inkomend bericht</h1>
    <div class="mail-header">${o.mailHeader.map(([l, v]) => `<div><b>${esc(l)}:</b> ${esc(v)}</div>`).join('')}</div>
    <div class="mail-body">
${o.paragraphs.map((p) => `      <p>${p}</p>`).join('\n')}
      ${o.extra ?? ''}
    </div>
    <div class="actions"><button type="button">Koppelen aan dossier</button> <button type="button">Beantwoorden</button></div>`;
  return chrome({
    system: o.system,
    nav: ['Postvak', 'Casussen', 'Teamoverleg', 'Sociale kaart'],
    user: o.user,
    body,
    footer: `${esc(o.system)} · berichten worden na 90 dagen gearchiveerd`,
  });
}

/** A half-translated form: English and Dutch labels side by side. */
function bilingualForm(o: {
  system: string;
  heading: string;
  fields: { label: string; html: string }[];
  zrm: { label: string; value: number }[];
  risks: { label: string; checked: boolean; note: string }[];
  textareas: { label: string; text: string }[];
  user: string;
}): string {
  let n = 0;
  const id = () => `f${++n}`;
  const fields = o.fields
    .map((f) => {
      const i = id();
      return `      <div class="row"><label for="${i}">${esc(f.label)}</label> ${f.html.replace('ID', i)}</div>`;
    })
    .join('\n');
  const zrm = o.zrm
    .map((z) => {
      const i = id();
      return `        <div class="row"><label for="${i}">${esc(z.label)}</label> <input id="${i}" type="number" min="1" max="5" value="${z.value}"></div>`;
    })
    .join('\n');
  const risks = o.risks
    .map((r) => {
      const i = id();
      return `        <div class="row"><input id="${i}" type="checkbox"${r.checked ? ' checked' : ''}> <label for="${i}">${esc(r.label)}</label> <span class="hint">${esc(r.note)}</span></div>`;
    })
    .join('\n');
  const tas = o.textareas
    .map((t) => {
      const i = id();
      return `      <div class="row"><label for="${i}">${esc(t.label)}</label><textarea id="${i}" rows="5">${esc(t.text)}</textarea></div>`;
    })
    .join('\n');
  const body = `
    <h1>${esc(o.heading)}</h1>
    <p class="notice">Translation in progress – sommige velden zijn nog niet vertaald.</p>
    <form class="intake">
      <fieldset><legend>Client details / Cliëntgegevens</legend>
${fields}
      </fieldset>
      <fieldset><legend>Self-sufficiency matrix / Zelfredzaamheidsmatrix (ZRM 2013)</legend>
${zrm}
      </fieldset>
      <fieldset><legend>Risks / Risico's</legend>
${risks}
      </fieldset>
${tas}
      <div class="buttons"><button type="button">Save / Opslaan</button> <button type="button">Cancel</button></div>
    </form>`;
  return chrome({
    system: o.system,
    nav: ['Dashboard', 'Clients', 'Cliënten zoeken', 'Reports', 'Help'],
    user: o.user,
    body,
    footer: `${esc(o.system)} · build 4.2.0-nl (partial translation)`,
  });
}

/** A step-by-step wizard form with radio buttons for the ZRM. */
function wizard(o: {
  system: string;
  step: string;
  fields: { label: string; html: string }[];
  zrm: { label: string; value: number }[];
  checks: { label: string; checked: boolean; note: string }[];
  textareas: { label: string; text: string }[];
  user: string;
}): string {
  let n = 0;
  const id = () => `w${++n}`;
  const fields = o.fields
    .map((f) => {
      const i = id();
      return `      <p><label for="${i}">${esc(f.label)}</label><br>${f.html.replace('ID', i)}</p>`;
    })
    .join('\n');
  const zrm = o.zrm
    .map((z, k) => {
      const radios = [1, 2, 3, 4, 5]
        .map((v) => {
          const i = id();
          return `<input type="radio" id="${i}" name="zrm${k}" value="${v}"${v === z.value ? ' checked' : ''}><label for="${i}" title="${LEVEL[v]}">${v}</label>`;
        })
        .join(' ');
      return `        <fieldset class="zrm-radio"><legend>${esc(z.label)}</legend>${radios}</fieldset>`;
    })
    .join('\n');
  const checks = o.checks
    .map((c) => {
      const i = id();
      return `        <p><input type="checkbox" id="${i}"${c.checked ? ' checked' : ''}> <label for="${i}">${esc(c.label)}</label> — <em>${esc(c.note)}</em></p>`;
    })
    .join('\n');
  const tas = o.textareas
    .map((t) => {
      const i = id();
      return `      <p><label for="${i}">${esc(t.label)}</label><br><textarea id="${i}" rows="4">${esc(t.text)}</textarea></p>`;
    })
    .join('\n');
  const body = `
    <ol class="steps"><li>Aanmelding</li><li>Personalia</li><li aria-current="step">Situatie</li><li>Afronden</li></ol>
    <h1>${esc(o.step)}</h1>
    <form>
      <fieldset><legend>Gegevens</legend>
${fields}
      </fieldset>
      <fieldset><legend>Zelfredzaamheid (1 = acute problematiek … 5 = volledig zelfredzaam)</legend>
${zrm}
      </fieldset>
      <fieldset><legend>Signalen</legend>
${checks}
      </fieldset>
${tas}
      <p><button type="button">Vorige</button> <button type="button">Volgende stap</button></p>
    </form>`;
  return chrome({
    system: o.system,
    nav: ['Start', 'Nieuwe aanmelding', 'Lopende trajecten', 'Archief'],
    user: o.user,
    body,
    footer: `${esc(o.system)} · concept wordt automatisch opgeslagen`,
  });
}

/** A dashboard with the ZRM as text bar chart lines. */
function barChart(o: {
  system: string;
  title: string;
  facts: Pair[];
  bars: { label: string; score: number }[];
  notes: { heading: string; text: string }[];
  user: string;
  recentIds?: string[];
}): string {
  const bar = (n: number) => `${'▮'.repeat(n)}${'□'.repeat(5 - n)}`;
  const body = `
    <h1>${esc(o.title)}</h1>
    <dl class="facts">${o.facts.map(([l, v]) => `<dt>${esc(l)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>
    <section class="zrm-chart" aria-label="ZRM grafiek">
      <h2>Zelfredzaamheid</h2>
      <ul>
${o.bars.map((b) => `        <li><span class="dom">${esc(b.label)}</span> <span class="bar" aria-hidden="true">${bar(b.score)}</span> <span class="num">${b.score}</span></li>`).join('\n')}
      </ul>
      <p class="legend">▮ = zelfredzaamheid op schaal 1–5</p>
    </section>
${o.notes.map((n) => `    <section><h2>${esc(n.heading)}</h2><p>${n.text}</p></section>`).join('\n')}`;
  return chrome({
    system: o.system,
    nav: ['Overzicht', 'Mijn cliënten', 'Metingen', 'Export'],
    user: o.user,
    aside: o.recentIds ? recent(o.recentIds) : undefined,
    body,
    footer: `${esc(o.system)} · grafieken tonen de laatste meting`,
  });
}

/** Collapsible sections (details/summary). */
function accordion(o: {
  system: string;
  facts: Pair[];
  zrmLines: string[];
  zrmTitle: string;
  sections: { summary: string; html: string }[];
  user: string;
}): string {
  const body = `
    <h1>Cliëntdossier</h1>
    <dl class="facts">${o.facts.map(([l, v]) => `<dt>${esc(l)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>
    <details open><summary>${esc(o.zrmTitle)}</summary>
      <ul class="zrm-lines">${o.zrmLines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>
    </details>
${o.sections.map((s) => `    <details open><summary>${esc(s.summary)}</summary>${s.html}</details>`).join('\n')}
    <details><summary>Documenten (3)</summary><ul><li>Toestemmingsformulier.pdf</li><li>Verslag huisbezoek.docx</li><li>Brief huisarts.pdf</li></ul></details>`;
  return chrome({
    system: o.system,
    nav: ['Home', 'Dossiers', 'Taken', 'Berichten (2)'],
    user: o.user,
    body,
    footer: `${esc(o.system)} · versie 11.3`,
  });
}

/** A single-page-app screen: a client card on the left, notes on the right. */
function cardNotes(o: {
  system: string;
  card: Pair[];
  zrm: Pair[];
  notes: { author: string; date: string; text: string }[];
  need: string;
  user: string;
}): string {
  const body = `
    <div class="two-col">
      <section class="client-card" aria-label="Cliëntkaart">
${o.card.map(([l, v]) => `        <div class="kv"><div class="k">${esc(l)}</div><div class="v">${esc(v)}</div></div>`).join('\n')}
        <div class="zrm-cards" aria-label="Zelfredzaamheid">
${o.zrm.map(([d, s]) => `          <div class="zrm-card"><div class="k">${esc(d)}</div><div class="v">${esc(s)}</div></div>`).join('\n')}
        </div>
      </section>
      <section class="notes" aria-label="Notities">
        <div class="need" aria-label="Hulpvraag"><div class="k">Hulpvraag</div><div class="v">${esc(o.need)}</div></div>
${o.notes.map((n) => `        <article class="note"><div class="note-meta">${esc(n.author)} · ${esc(n.date)}</div><div class="note-text">${n.text}</div></article>`).join('\n')}
        <div class="compose"><textarea aria-label="Nieuwe notitie" placeholder="Schrijf een notitie…"></textarea></div>
      </section>
    </div>`;
  return chrome({
    system: o.system,
    nav: ['Vandaag', 'Cliënten', 'Team', 'Instellingen'],
    user: o.user,
    body,
    footer: `${esc(o.system)} · synchronisatie actief`,
  });
}

/** A dashboard of tiles. */
function tiles(o: { system: string; tiles: { title: string; html: string }[]; user: string }): string {
  const body = `
    <h1>Cliëntoverzicht</h1>
    <div class="tile-grid">
${o.tiles.map((t) => `      <div class="tile"><div class="tile-title">${esc(t.title)}</div><div class="tile-body">${t.html}</div></div>`).join('\n')}
    </div>`;
  return chrome({
    system: o.system,
    nav: ['Overzicht', 'Planning', 'Cliënten', 'Rapporten'],
    user: o.user,
    body,
    footer: `${esc(o.system)} · tegels kunnen worden versleept`,
  });
}

/** A kitchen-table conversation written down as a chat log, with a facts table above it. */
function chatLog(o: {
  system: string;
  facts: Pair[];
  turns: { who: string; text: string }[];
  zrm: Pair[];
  zrmCaption: string;
  after: Pair[];
  user: string;
}): string {
  const body = `
    <h1>Verslag keukentafelgesprek</h1>
    <table class="facts">${o.facts.map(([l, v]) => `<tr><td>${esc(l)}</td><td>${esc(v)}</td></tr>`).join('')}</table>
    <section class="chat" aria-label="Gespreksverloop">
      <h2>Gespreksverloop</h2>
${o.turns.map((t) => `      <div class="turn"><span class="who">${esc(t.who)}:</span> <span class="said">${esc(t.text)}</span></div>`).join('\n')}
    </section>
    <table class="zrm"><caption>${esc(o.zrmCaption)}</caption>${o.zrm.map(([d, s]) => `<tr><td>${esc(d)}</td><td>${esc(s)}</td></tr>`).join('')}</table>
    <table class="afspraken">${o.after.map(([l, v]) => `<tr><td>${esc(l)}</td><td>${esc(v)}</td></tr>`).join('')}</table>`;
  return chrome({
    system: o.system,
    nav: ['Gesprekken', 'Cliënten', 'Planning', 'Handleiding'],
    user: o.user,
    body,
    footer: `${esc(o.system)} · verslag opgesteld na het gesprek`,
  });
}

/** A spreadsheet-like overview: a facts table, a ZRM grid and free-text rows. */
function sheet(o: {
  system: string;
  facts: Pair[];
  zrmHead: string[];
  zrmRows: string[][];
  textRows: Pair[];
  user: string;
}): string {
  const body = `
    <h1>Casusoverzicht</h1>
    <table class="facts">${o.facts.map(([l, v]) => `<tr><td>${esc(l)}</td><td>${esc(v)}</td></tr>`).join('')}</table>
    <table class="grid"><thead><tr>${o.zrmHead.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${o.zrmRows
      .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
      .join('')}</tbody></table>
    <table class="text-rows">${o.textRows.map(([l, v]) => `<tr><td>${esc(l)}</td><td>${esc(v)}</td></tr>`).join('')}</table>`;
  return chrome({
    system: o.system,
    nav: ['Overzichten', 'Casussen', 'Export naar Excel'],
    user: o.user,
    body,
    footer: `${esc(o.system)} · gegenereerd ${'23-11-2026'}`,
  });
}

const input = (value: string) => `<input id="ID" type="text" value="${esc(value)}">`;
const dateInput = (value: string) => `<input id="ID" type="date" value="${value}">`;
const select = (options: string[], selected: string) =>
  `<select id="ID">${options.map((x) => `<option${x === selected ? ' selected' : ''}>${esc(x)}</option>`).join('')}</select>`;

// ───────────────────────────── the cases ─────────────────────────────

export const cases: EvalCaseInput[] = [
  // 01 · timeline · lonely widow who moved from Oost to Noord; absence of risks stated
  {
    id: 'held-01',
    style: 'kop-alinea',
    html: timeline({
      system: 'WijkLogboek',
      user: 'S. Collega',
      title: 'Contactmomenten',
      keyLine: 'Dossiernummer: WL-26-3308 · Mevrouw J. Proefhuis-Smit · Voorbeeldhof 9, 4814 KD Demostad · Wijk: Noord',
      recentIds: ['WL-26-3291', 'WL-26-3120'],
      entries: [
        {
          date: '02-10-2026',
          kind: 'Aanmelding',
          html: '<p>Melding van de praktijkondersteuner: mevrouw zit sinds de verhuizing naar een seniorenflat veel alleen. In augustus verhuisd vanuit Oost (4817) naar Noord.</p>',
        },
        {
          date: '14-10-2026',
          kind: 'Huisbezoek',
          html: '<p>Mevrouw is geboren op 17-02-1944 en woont alleen. Man overleden in 2023. Dochter woont in Groningen en belt elke zondag. In de nieuwe flat kent ze nog niemand. Loopt goed, fietst niet meer.</p><p>Geen schulden: AOW en pensioen, de administratie doet ze zelf. Geen aanwijzingen voor huiselijk geweld of verwaarlozing.</p>',
        },
        {
          date: '28-10-2026',
          kind: 'ZRM-meting',
          html: zrmTable([
            ['Financiën', '4'],
            ['Dagbesteding', '3'],
            ['Huisvesting', '4'],
            ['Huiselijke relaties', '4'],
            ['Geestelijke gezondheid', '3'],
            ['Lichamelijke gezondheid', '4'],
            ['Verslaving', '5'],
            ['ADL-vaardigheden', '4'],
            ['Sociaal netwerk', '2'],
            ['Maatschappelijke participatie', '3'],
            ['Justitie', '5'],
          ]),
        },
        {
          date: '11-11-2026',
          kind: 'Telefonisch contact — hulpvraag',
          html: '<p><strong>Hulpvraag:</strong> mevrouw wil graag iemand die wekelijks langskomt voor een kop koffie en een praatje. Ze zou ook mee willen naar een activiteit in de buurt, maar de eerste keer niet alleen.</p>',
        },
      ],
    }),
    expect: {
      caseKey: 'WL-26-3308',
      age: 82,
      gender: 'female',
      postcode4: '4814',
      wijk: 'Noord',
      zrm: {
        finances: 4, daytime_activities: 3, housing: 4, domestic_relations: 4, mental_health: 3,
        physical_health: 4, addiction: 5, adl: 4, social_network: 2, participation: 3, justice: 5,
      },
      needIncludes: ['wekelijks langskomt voor een kop koffie', 'mee willen naar een activiteit in de buurt'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['humanitas-maatje-eenzaamheid', 'even-buurten-buurtgenoot'],
      never: ['buren-voor-buren-bezoek', 'zuid-helpt-koffieochtend', 'buur-en-co-buurtnetwerk'],
    },
    why: 'Eenzame 82-jarige in Noord zonder risico’s: een maatje of een buurtgenoot (70+, Noord) past. Buren voor Buren is alleen voor Oost, waar ze vandaan komt; Zuid- en West-initiatieven vallen buiten haar wijk.',
  },

  // 02 · card + notes · overburdened carer of husband with Parkinson
  {
    id: 'held-02',
    style: 'kaartjes',
    html: cardNotes({
      system: 'Samen Verder casus-app',
      user: 'R. Collega',
      card: [
        ['Registratienummer', 'SV-0071455'],
        ['Naam', 'Mevr. H. Demobeek'],
        ['Geboortejaar', '1952'],
        ['Geslacht', 'Vrouw'],
        ['Postcode', '4822 AT'],
        ['Wijk', 'Zuid'],
        ['Huishouden', 'Samenwonend met partner (zorgvrager)'],
      ],
      zrm: [
        ['Financiën', 'voldoende zelfredzaam'],
        ['Dagbesteding', 'niet zelfredzaam'],
        ['Huiselijke relaties', 'beperkt zelfredzaam'],
        ['Geestelijke gezondheid', 'niet zelfredzaam'],
        ['Lichamelijke gezondheid', 'beperkt zelfredzaam'],
        ['Sociaal netwerk', 'beperkt zelfredzaam'],
      ],
      need: 'Een vaste middag per week iemand bij haar man, zodat ze naar haar zus kan of even kan zwemmen. Geen nieuwe verplichtingen erbij.',
      notes: [
        {
          author: 'R. Collega',
          date: '09-11-2026',
          text: 'Mevrouw zorgt voor haar man (78), die de ziekte van Parkinson heeft. Hij valt regelmatig en is ’s nachts onrustig; zij slaapt slecht. Letterlijk: “ik ben op”. Mantelzorger is duidelijk overbelast.',
        },
        {
          author: 'R. Collega',
          date: '16-11-2026',
          text: 'Wassen en aankleden van meneer doet de thuiszorg; een vrijwilliger hoeft alleen aanwezig te zijn en gezelschap te bieden. Zoon woont in Demostad maar werkt fulltime.',
        },
      ],
    }),
    expect: {
      caseKey: 'SV-0071455',
      age: 74,
      gender: 'female',
      postcode4: '4822',
      wijk: 'Zuid',
      zrm: { finances: 4, daytime_activities: 2, domestic_relations: 3, mental_health: 2, physical_health: 3, social_network: 3 },
      needIncludes: ['vaste middag per week iemand bij haar man', 'even kan zwemmen'],
      flags: ['carer_overburdened'],
      refusals: [],
      wishes: [],
      isCarer: true,
      warnings: ['carer_overburdened'],
      networkPrompt: 'ask_network',
      top5: ['vhd-zorgzaam', 'handjehelpen-respijt'],
      never: ['zonnebloem-aangepaste-vakantie', 'tijd-voor-elkaar-ruilen'],
    },
    why: 'Overbelaste mantelzorger die een vaste middag vrij wil: respijt aan huis (Zorgzaam, Handjehelpen). De vakantieweek is volgeboekt en de ruilbeurs vraagt haar iets terug te doen, wat ze niet kan dragen.',
  },

  // 03 · printed report · schizophrenia, stable, FACT stays involved
  {
    id: 'held-03',
    style: 'kop-alinea',
    html: report({
      org: 'Wijkteam Demostad',
      title: 'Rapportage ondersteuningsplan',
      page: 'pagina 1 van 2',
      headerBlock: [
        ['Zaaknummer', 'Z/2026/04417'],
        ['Datum rapport', '18-11-2026'],
        ['Opgesteld door', 'T. Collega, wijkteam Oost'],
        ['Status', 'Concept'],
      ],
      sections: [
        { title: 'Personalia', html: '<p>Dhr. P. Fictievaart, geboren 30-06-1981. Proefsingel 40, 4818 EV Demostad. Alleenwonend.</p>' },
        {
          title: 'Aanleiding',
          html: '<p>Aanmelding via de ambulant begeleider van het FACT-team. Meneer heeft schizofrenie, is sinds ruim een jaar stabiel op depotmedicatie en woont zelfstandig. De begeleider van het FACT-team blijft betrokken en is bereikbaar voor afstemming.</p>',
        },
        {
          title: 'Zelfredzaamheid',
          html: zrmTable([
            ['Financiën', '3'],
            ['Dagbesteding', '2'],
            ['Huisvesting', '4'],
            ['Geestelijke gezondheid', '2'],
            ['ADL-vaardigheden', '4'],
            ['Sociaal netwerk', '2'],
            ['Maatschappelijke participatie', '3'],
          ], 'ZRM (meting 11-11-2026)'),
        },
        {
          title: 'Hulpvraag',
          html: '<p>Meneer wil zijn dagen weer vullen en mensen ontmoeten buiten de GGZ. Hij denkt aan een koor of een moestuinproject en wil dat iemand de eerste keren met hem meegaat.</p>',
        },
        {
          title: 'Risico’s en afspraken',
          html: '<ul><li>Ernstige psychiatrische problematiek; op dit moment geen crisis, signaleringsplan aanwezig.</li><li>Geen middelengebruik.</li><li>Geen schulden.</li></ul>',
        },
      ],
    }),
    expect: {
      caseKey: 'Z/2026/04417',
      age: 45,
      gender: 'male',
      postcode4: '4818',
      zrm: { finances: 3, daytime_activities: 2, housing: 4, mental_health: 2, adl: 4, social_network: 2, participation: 3 },
      needIncludes: ['dagen weer vullen', 'koor of een moestuinproject'],
      flags: ['psychiatric'],
      refusals: [],
      wishes: [],
      warnings: ['psychiatric_specialised'],
      networkPrompt: 'ask_network',
      top5: ['kwartiermaken-maatje-meedoen', 'kwartiermaken-vriendendienst'],
      never: ['humanitas-maatje-eenzaamheid', 'buddyhulp-ggz-buddy', 'nlvoorelkaar-hulpvraag'],
    },
    why: 'Ernstige maar stabiele psychiatrische problematiek met betrokken behandelaar: de Kwartiermaken-aanbieders zijn ervoor gemaakt (meegaan naar een koor, open ontmoeting). Het Humanitas-maatje sluit ernstige psychiatrie uit, de GGZ-buddy zit vol en ongescreende buurthelpers passen niet.',
  },

  // 04 · chat log · Arabic-speaking young mother, interpreter needed
  {
    id: 'held-04',
    style: 'tabel-verslag',
    html: chatLog({
      system: 'GesprekNotitie',
      user: 'M. Collega',
      facts: [
        ['Casus-ID', 'KT-88-1902'],
        ['Cliënt', 'Mevr. N. Testdochter'],
        ['Geboortedatum', '04-03-1997'],
        ['Adres', 'Demolaan 5-B, 4827 Demostad'],
        ['Wijk', 'West'],
        ['Taal', 'Arabisch; gesprek met telefoontolk'],
        ['Gezin', 'Partner (werkt fulltime), zoon 3 jaar, dochter 7 jaar'],
      ],
      turns: [
        { who: 'Consulent', text: 'Hoe gaat het sinds de verhuizing?' },
        { who: 'Mevrouw (via tolk)', text: 'Het huis is goed. Maar ik ken hier niemand. Mijn man is de hele dag aan het werk.' },
        { who: 'Consulent', text: 'Wat zou u helpen?' },
        { who: 'Mevrouw (via tolk)', text: 'Ik wil Nederlands praten, niet alleen in de les. En andere vrouwen leren kennen, moeders.' },
        { who: 'Consulent', text: 'U noemde ook brieven.' },
        { who: 'Mevrouw (via tolk)', text: 'Brieven van school en van de gemeente begrijp ik niet. Mijn man ook niet goed.' },
        { who: 'Consulent', text: 'Zijn er geldzorgen?' },
        { who: 'Mevrouw (via tolk)', text: 'Nee. Er zijn geen schulden, alles wordt betaald.' },
        { who: 'Notitie consulent', text: 'Mevrouw spreekt nog maar weinig Nederlands; zonder tolk was het gesprek niet gelukt.' },
      ],
      zrmCaption: 'ZRM 20-11-2026',
      zrm: [
        ['Financiën', '3'],
        ['Dagbesteding', '3'],
        ['Huiselijke relaties', '4'],
        ['Sociaal netwerk', '2'],
        ['Maatschappelijke participatie', '2'],
      ],
      after: [
        ['Hulpvraag', 'Nederlands oefenen in het dagelijks leven, andere vrouwen ontmoeten en uitleg bij brieven van school en gemeente.'],
        ['Vervolgafspraak', '04-12-2026, huisbezoek met tolk'],
      ],
    }),
    expect: {
      caseKey: 'KT-88-1902',
      age: 29,
      gender: 'female',
      language: 'ar',
      postcode4: '4827',
      wijk: 'West',
      zrm: { finances: 3, daytime_activities: 3, domestic_relations: 4, social_network: 2, participation: 2 },
      needIncludes: ['Nederlands oefenen in het dagelijks leven', 'andere vrouwen ontmoeten', 'brieven van school en gemeente'],
      flags: ['language_barrier'],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['al-amal-vrouwengroep', 'vc-taalmaatje'],
      never: [],
    },
    why: 'Arabischsprekende moeder die weinig Nederlands spreekt en vrouwen wil ontmoeten: de Al Amal-vrouwengroep en een taalmaatje liggen voor de hand; het Arabischtalige maatje en de brievenhulp passen ook. Geen risico’s.',
  },

  // 05 · half-translated form · administration mess after divorce, no debts, refuses the buurt
  {
    id: 'held-05',
    style: 'formulier',
    html: bilingualForm({
      system: 'CareDesk NL',
      user: 'J. Collega',
      heading: 'Intake / Intakeformulier',
      fields: [
        { label: 'Client ID / Cliëntnummer', html: input('CD-552913') },
        { label: 'Name / Naam', html: input('Dhr. W. Proefkonijn') },
        { label: 'Date of birth / Geboortedatum', html: dateInput('1968-09-14') },
        { label: 'Gender / Geslacht', html: select(['—', 'Man', 'Vrouw', 'Anders'], 'Man') },
        { label: 'Postal code', html: input('4811 RB') },
        { label: 'District / Wijk', html: select(['—', 'Centrum', 'Noord', 'Oost', 'Zuid', 'West'], 'Centrum') },
        { label: 'Preferred language', html: select(['Nederlands', 'English', 'Türkçe', 'العربية'], 'Nederlands') },
      ],
      zrm: [
        { label: 'Finances / Financiën', value: 3 },
        { label: 'Daytime activities / Dagbesteding', value: 4 },
        { label: 'Housing / Huisvesting', value: 4 },
        { label: 'Huiselijke relaties', value: 3 },
        { label: 'Mental health / Geestelijke gezondheid', value: 4 },
        { label: 'ADL', value: 4 },
        { label: 'Social network / Sociaal netwerk', value: 3 },
      ],
      risks: [
        { label: 'Debts / Schulden', checked: false, note: 'nee – geen achterstanden, wel chaos in de papieren' },
        { label: 'Domestic violence / Huiselijk geweld', checked: false, note: 'niet van toepassing' },
        { label: 'Crisis', checked: false, note: '' },
      ],
      textareas: [
        {
          label: 'Request for help / Hulpvraag',
          text: 'Sinds de scheiding in het voorjaar liggen de papieren overal; zijn ex-vrouw deed altijd de administratie. Meneer wil een systeem leren om zijn post bij te houden en weten welke brieven belangrijk zijn. Hij wil uitdrukkelijk niet dat iemand uit zijn straat of de buurt in zijn papieren meekijkt.',
        },
        { label: 'Notes', text: 'Zus belt regelmatig; verder redt meneer zich goed. Werkt fulltime bij de gemeente.' },
      ],
    }),
    expect: {
      caseKey: 'CD-552913',
      age: 58,
      gender: 'male',
      language: 'nl',
      postcode4: '4811',
      wijk: 'Centrum',
      zrm: { finances: 3, daytime_activities: 4, housing: 4, domestic_relations: 3, mental_health: 4, adl: 4, social_network: 3 },
      needIncludes: ['systeem leren om zijn post bij te houden', 'welke brieven belangrijk zijn'],
      flags: [],
      refusals: ['neighbours'],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vhd-postwijzer', 'humanitas-thuisadministratie'],
      never: ['nlvoorelkaar-hulpvraag', 'tijd-voor-elkaar-ruilen', 'wehelpen-hulp-in-de-buurt'],
    },
    why: 'Papierchaos zonder schulden: een getrainde administratievrijwilliger (Postwijzer, thuisadministratie) past. Meneer wil niemand uit de buurt in zijn papieren, dus geen buurtplatforms.',
  },

  // 06 · bar chart · January: widow needs tax return help and DigiD
  {
    id: 'held-06',
    style: 'zrm-lijst',
    now: '2027-01-12T09:30:00+01:00',
    html: barChart({
      system: 'Zelfredzaam Dashboard',
      user: 'E. Collega',
      title: 'Cliënt in beeld',
      recentIds: ['ZD-2027-0004', 'ZD-2026-0991'],
      facts: [
        ['Kenmerk', 'ZD-2027-0019'],
        ['Cliënt', 'Mevr. L. Testlinde'],
        ['Geb.', '22-08-1955'],
        ['Postcode', '4818'],
        ['Laatste contact', '08-01-2027'],
      ],
      bars: [
        { label: 'Financiën', score: 3 },
        { label: 'Huisvesting', score: 5 },
        { label: 'Geestelijke gezondheid', score: 4 },
        { label: 'Lichamelijke gezondheid', score: 4 },
        { label: 'ADL', score: 4 },
        { label: 'Sociaal netwerk', score: 4 },
        { label: 'Maatschappelijke participatie', score: 3 },
      ],
      notes: [
        {
          heading: 'Situatie',
          text: 'Echtgenoot is in juni overleden; hij deed altijd de belastingaangifte en de toeslagen. Mevrouw heeft nog geen DigiD. Geen schulden, AOW en een klein pensioen. Twee dochters in de buurt.',
        },
        {
          heading: 'Hulpvraag',
          text: 'Hulp bij de aangifte inkomstenbelasting over 2026 en bij het aanvragen van een DigiD; daarna wil ze zelf leren inloggen.',
        },
      ],
    }),
    expect: {
      caseKey: 'ZD-2027-0019',
      age: 71,
      gender: 'female',
      postcode4: '4818',
      zrm: { finances: 3, housing: 5, mental_health: 4, physical_health: 4, adl: 4, social_network: 4, participation: 3 },
      needIncludes: ['aangifte inkomstenbelasting over 2026', 'aanvragen van een DigiD'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vhd-belastingaangifte', 'vc-digihulp'],
      never: ['nlvoorelkaar-hulpvraag'],
    },
    why: 'In januari loopt de hulp bij de belastingaangifte (tot 1 april); DigiD-hulp hoort erbij. Geldzaken horen niet op een buurtplatform met ongescreende helpers.',
  },

  // 07 · bar chart · June: tax return and toeslag after the season
  {
    id: 'held-07',
    style: 'zrm-lijst',
    now: '2027-06-15T14:00:00+02:00',
    html: barChart({
      system: 'Zelfredzaam Dashboard',
      user: 'E. Collega',
      title: 'Cliënt in beeld',
      facts: [
        ['Kenmerk', 'ZD-2027-0311'],
        ['Cliënt', 'Dhr. K. Steekproefsma'],
        ['Geb.', '01-12-1960'],
        ['Postcode', '4823 HS'],
        ['Wijk', 'Zuid'],
      ],
      bars: [
        { label: 'Financiën', score: 2 },
        { label: 'Huisvesting', score: 4 },
        { label: 'Geestelijke gezondheid', score: 4 },
        { label: 'Sociaal netwerk', score: 4 },
        { label: 'Maatschappelijke participatie', score: 3 },
      ],
      notes: [
        {
          heading: 'Situatie',
          text: 'Meneer heeft de aangifte over 2026 niet gedaan en kreeg een herinnering van de Belastingdienst. De huurtoeslag is stopgezet omdat een inkomenswijziging niet is doorgegeven. Verder geen schulden; de vaste lasten worden betaald.',
        },
        {
          heading: 'Hulpvraag',
          text: 'Alsnog de aangifte over 2026 indienen, bezwaar maken tegen het stopzetten van de huurtoeslag en de toeslag opnieuw aanvragen.',
        },
      ],
    }),
    expect: {
      caseKey: 'ZD-2027-0311',
      age: 66,
      gender: 'male',
      postcode4: '4823',
      wijk: 'Zuid',
      zrm: { finances: 2, housing: 4, mental_health: 4, social_network: 4, participation: 3 },
      needIncludes: ['aangifte over 2026 indienen', 'bezwaar maken tegen het stopzetten van de huurtoeslag'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vhd-administratieve-ondersteuning'],
      never: ['vhd-belastingaangifte', 'nlvoorelkaar-hulpvraag'],
    },
    why: 'In juni draait de belastingaangiftehulp niet meer (alleen tot 1 april); voor bezwaar en toeslag is de administratieve ondersteuning er. Geldzaken niet via een buurtplatform.',
  },

  // 08 · printed report · crisis after a fire
  {
    id: 'held-08',
    style: 'kop-alinea',
    html: report({
      org: 'Sociaal Team Demostad',
      title: 'Spoedrapportage',
      page: 'pagina 1 van 1',
      headerBlock: [
        ['Kenmerk', 'CR-2026-1187'],
        ['Datum', '23-11-2026'],
        ['Medewerker', 'L. Collega (dienst)'],
      ],
      sections: [
        { title: 'Cliënt', html: '<p>Mevr. D. Oefenaar. Leeftijd: 38 jaar. Postcode 4824 BG. Twee kinderen (4 en 10 jaar).</p>' },
        {
          title: 'Aanleiding',
          html: '<p>Vannacht brand in de flat; de woning is onbewoonbaar verklaard. Mevrouw zit met de kinderen bij de balie en heeft geen slaapplek voor vannacht. Ze is erg aangeslagen en huilt veel.</p>',
        },
        {
          title: 'Zelfredzaamheid',
          html: zrmTable([
            ['Huisvesting', '1'],
            ['Financiën', '3'],
            ['Geestelijke gezondheid', '2'],
            ['Huiselijke relaties', '3'],
            ['Sociaal netwerk', '3'],
          ]),
        },
        {
          title: 'Hulpvraag',
          html: '<p>Acuut onderdak voor vannacht voor haar en de kinderen. Later hulp bij de inrichting van een nieuwe woning en iemand die meegaat naar instanties.</p>',
        },
        {
          title: 'Risico’s',
          html: '<p>Acute crisissituatie: crisisdienst en maatschappelijke opvang zijn gebeld. Geen huiselijk geweld bekend. Een zus woont in Tilburg.</p>',
        },
      ],
    }),
    expect: {
      caseKey: 'CR-2026-1187',
      age: 38,
      gender: 'female',
      postcode4: '4824',
      zrm: { housing: 1, finances: 3, mental_health: 2, domestic_relations: 3, social_network: 3 },
      needIncludes: ['onderdak voor vannacht', 'inrichting van een nieuwe woning'],
      flags: ['crisis'],
      refusals: [],
      wishes: [],
      warnings: ['crisis', 'acute_domain:housing'],
      networkPrompt: 'ask_network',
      top5: [],
      never: ['present-verhuis-en-inrichthulp', 'present-praktische-klus', 'buddyhulp-buddy'],
    },
    why: 'Acute crisis (geen dak vannacht): eerst crisisdienst en opvang, nu geen informele suggesties; inrichthulp komt later pas aan de orde.',
  },

  // 09 · wizard · court-ordered family supervision (OTS)
  {
    id: 'held-09',
    style: 'formulier',
    html: wizard({
      system: 'JeugdNet Gezinsdossier',
      user: 'P. Collega',
      step: 'Stap 3 van 4 — Situatie',
      fields: [
        { label: 'Gezinsnummer', html: input('GZ-70-4471') },
        { label: 'Ouder', html: input('Mevr. F. Demolijn') },
        { label: 'Geboortedatum ouder', html: dateInput('1993-04-02') },
        { label: 'Postcode', html: input('4819 PC') },
        { label: 'Wijk', html: select(['Centrum', 'Noord', 'Oost', 'Zuid', 'West'], 'Oost') },
      ],
      zrm: [
        { label: 'Financiën', value: 3 },
        { label: 'Dagbesteding', value: 3 },
        { label: 'Huiselijke relaties', value: 2 },
        { label: 'Geestelijke gezondheid', value: 3 },
        { label: 'Sociaal netwerk', value: 3 },
      ],
      checks: [
        { label: 'Gedwongen kader', checked: true, note: 'De kinderrechter heeft in september een ondertoezichtstelling uitgesproken voor beide kinderen (2 en 5 jaar); de gezinsvoogd van de GI is regiehouder.' },
        { label: 'Huiselijk geweld', checked: false, note: 'nee' },
        { label: 'Schulden', checked: false, note: 'nee' },
      ],
      textareas: [
        { label: 'Hulpvraag', text: 'Mevrouw wil graag een andere moeder om mee te praten over opvoeding en dagritme, en wil wel naar een ouderkamer.' },
      ],
    }),
    expect: {
      caseKey: 'GZ-70-4471',
      age: 33,
      gender: 'female',
      postcode4: '4819',
      wijk: 'Oost',
      zrm: { finances: 3, daytime_activities: 3, domestic_relations: 2, mental_health: 3, social_network: 3 },
      needIncludes: ['andere moeder om mee te praten over opvoeding', 'ouderkamer'],
      flags: ['coercive'],
      refusals: [],
      wishes: [],
      warnings: ['coercive_no_volunteers'],
      networkPrompt: 'ask_network',
      top5: [],
      never: ['humanitas-gezinsmaatje', 'divers-ouderkamer'],
    },
    why: 'Er loopt een door de rechter opgelegde ondertoezichtstelling: gedwongen kader, dus geen vrijwilligers voorstellen, ook niet het gezinsmaatje of de ouderkamer die inhoudelijk zouden passen.',
  },

  // 10 · card + notes · ex-partner threatens, his family passes information on
  {
    id: 'held-10',
    style: 'kaartjes',
    html: cardNotes({
      system: 'Buurtteam Werkplek',
      user: 'A. Collega',
      card: [
        ['Cliëntnr.', 'BW-31907'],
        ['Naam', 'Mevr. M. Fictiefberg'],
        ['Leeftijd', '41 jaar'],
        ['Postcode', '4816'],
        ['Gezin', 'Eenoudergezin: zoon 5, dochter 9'],
      ],
      zrm: [
        ['Financiën', '3 · beperkt zelfredzaam'],
        ['Dagbesteding', '3 · beperkt zelfredzaam'],
        ['Huiselijke relaties', '2 · niet zelfredzaam'],
        ['Geestelijke gezondheid', '3 · beperkt zelfredzaam'],
        ['Sociaal netwerk', '2 · niet zelfredzaam'],
      ],
      need: 'Iemand buiten haar eigen kring om mee te praten en wat afleiding; graag andere alleenstaande ouders leren kennen.',
      notes: [
        {
          author: 'A. Collega',
          date: '12-11-2026',
          text: 'Sinds de scheiding blijft de ex-partner mevrouw bedreigen; hij wacht haar op bij school. Veilig Thuis is betrokken en er is een contactverbod aangevraagd.',
        },
        {
          author: 'A. Collega',
          date: '19-11-2026',
          text: 'Zijn familie woont bij haar in de straat en geeft door wat ze doet. Mevrouw vertrouwt haar omgeving niet meer.',
        },
      ],
    }),
    expect: {
      caseKey: 'BW-31907',
      age: 41,
      gender: 'female',
      postcode4: '4816',
      zrm: { finances: 3, daytime_activities: 3, domestic_relations: 2, mental_health: 3, social_network: 2 },
      needIncludes: ['buiten haar eigen kring', 'andere alleenstaande ouders leren kennen'],
      flags: ['domestic_violence', 'unsafe_network'],
      refusals: [],
      wishes: [],
      warnings: ['unsafe_network'],
      networkPrompt: 'network_unsafe',
      top5: ['humanitas-maatje-eenzaamheid', 'zelfhulp-alleenstaande-ouders'],
      never: ['humanitas-gezinsmaatje', 'eigen-kracht-conferentie', 'vhd-netwerkcoach', 'wehelpen-hulpnetwerk', 'nlvoorelkaar-hulpvraag'],
    },
    why: 'Dreiging door de ex en een omgeving die informatie doorspeelt: niets met eigen netwerk of buren, en het gezinsmaatje sluit huiselijk geweld uit. Een maatje van buiten en de groep voor alleenstaande ouders passen wel.',
  },

  // 11 · wizard · acute finances plus debts, lonely
  {
    id: 'held-11',
    style: 'formulier',
    html: wizard({
      system: 'Aanmeldmodule Wijkteam',
      user: 'D. Collega',
      step: 'Stap 3 van 4 — Situatie en hulpvraag',
      fields: [
        { label: 'Registratienummer', html: input('RG-2026-7730') },
        { label: 'Naam', html: input('Dhr. A. Voorbeeldstra') },
        { label: 'Geboortejaar', html: input('1974') },
        { label: 'Postcode', html: input('4825 LM') },
      ],
      zrm: [
        { label: 'Financiën', value: 1 },
        { label: 'Dagbesteding', value: 3 },
        { label: 'Huisvesting', value: 3 },
        { label: 'Huiselijke relaties', value: 4 },
        { label: 'Geestelijke gezondheid', value: 3 },
        { label: 'Sociaal netwerk', value: 2 },
      ],
      checks: [
        { label: 'Schulden', checked: true, note: 'problematische schulden; deurwaarder legt beslag op zijn uitkering, energieleverancier dreigt af te sluiten' },
        { label: 'Crisis', checked: false, note: 'nee, wel urgent op geld' },
        { label: 'Huiselijk geweld', checked: false, note: 'nee' },
      ],
      textareas: [
        {
          label: 'Hulpvraag',
          text: 'Meneer schaamt zich en heeft zich sinds zijn ontslag teruggetrokken. Hij wil iemand om mee te wandelen of koffie mee te drinken, zodat hij weer onder de mensen komt. Voor de schulden is hij aangemeld bij de gemeentelijke schuldhulpverlening.',
        },
        { label: 'Netwerk', text: 'Broer woont in Eindhoven, contact is goed maar sporadisch.' },
      ],
    }),
    expect: {
      caseKey: 'RG-2026-7730',
      age: 52,
      gender: 'male',
      postcode4: '4825',
      zrm: { finances: 1, daytime_activities: 3, housing: 3, domestic_relations: 4, mental_health: 3, social_network: 2 },
      needIncludes: ['iemand om mee te wandelen of koffie mee te drinken', 'weer onder de mensen komt'],
      flags: ['debts'],
      refusals: [],
      wishes: [],
      warnings: ['acute_domain:finances', 'debts_anonymous'],
      networkPrompt: 'ask_network',
      top5: ['humanitas-maatje-eenzaamheid', 'maatjesproject-wandelmaatje'],
      never: ['vhd-budgetcoaching', 'humanitas-thuisadministratie', 'vhd-postwijzer', 'humanitas-schuldhulpmaatje', 'juvans-formulierenhulp'],
    },
    why: 'Financiën acuut (beslag, afsluiting dreigt) en schuldhulp net aangemeld: geen informele hulp op geld, budget- en administratiehulp sluiten een acute schuldencrisis uit en het schuldhulpmaatje zit vol. Voor zijn eenzaamheid passen een maatje of een wandelmaatje.',
  },

  // 12 · chat log · mother of a son who uses drugs; she does not
  {
    id: 'held-12',
    style: 'tabel-verslag',
    html: chatLog({
      system: 'GesprekNotitie',
      user: 'M. Collega',
      facts: [
        ['Zaaknummer', 'ZN-2026-00923'],
        ['Cliënt', 'Mevr. G. Proefsteen'],
        ['Geboren', '11-01-1978'],
        ['Woonplaats', '4829 Demostad'],
        ['Huishouden', 'Met zoon (19)'],
      ],
      turns: [
        { who: 'Consulent', text: 'Wat speelt er thuis?' },
        { who: 'Mevrouw', text: 'Mijn zoon gebruikt. Elke dag blowen en in het weekend ook cocaïne. Hij wil er niets over horen.' },
        { who: 'Consulent', text: 'En hoe is het met u zelf?' },
        { who: 'Mevrouw', text: 'Ik drink niet en ik gebruik niks. Maar ik slaap slecht, ik ben alleen nog met hem bezig.' },
        { who: 'Consulent', text: 'Is hij weleens agressief tegen u?' },
        { who: 'Mevrouw', text: 'Nee. Hij trekt zich terug, maar geweld is er niet.' },
        { who: 'Consulent', text: 'Wat zou u helpen?' },
        { who: 'Mevrouw', text: 'Praten met andere ouders die dit meemaken. Leren waar mijn grens ligt.' },
      ],
      zrmCaption: 'ZRM mevrouw (17-11-2026)',
      zrm: [
        ['Financiën', '4'],
        ['Huiselijke relaties', '2'],
        ['Geestelijke gezondheid', '3'],
        ['Verslaving', '5'],
        ['Sociaal netwerk', '3'],
      ],
      after: [
        ['Hulpvraag', 'Steun voor mevrouw als moeder van een zoon met een verslaving: praten met andere ouders die dit meemaken en leren grenzen te stellen.'],
        ['Afspraak', 'Zoon krijgt informatie over de jongerenpoli van de verslavingszorg'],
      ],
    }),
    expect: {
      caseKey: 'ZN-2026-00923',
      age: 48,
      gender: 'female',
      postcode4: '4829',
      zrm: { finances: 4, domestic_relations: 2, mental_health: 3, addiction: 5, social_network: 3 },
      needIncludes: ['moeder van een zoon met een verslaving', 'leren grenzen te stellen'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['zelfhulp-naasten-verslaving'],
      never: ['zelfhulp-verslaving', 'ismes-herstelmaatje', 'ismes-herstelinloop'],
    },
    why: 'De verslaving is van de zoon, niet van mevrouw (zij gebruikt niets, geen geweld): de groep voor naasten past. Aanbod voor wie zelf verslaafd is hoort niet bij haar.',
  },

  // 13 · referral message · carer in Hoogeloon, coping well
  {
    id: 'held-13',
    style: 'kop-alinea',
    html: message({
      system: 'Sociaal Team Kempen',
      user: 'H. Collega',
      caseLine: 'Casus <b>HGL-0419</b> · status: nieuw · toegewezen aan H. Collega',
      mailHeader: [
        ['Van', 'wijkverpleging De Kempen'],
        ['Aan', 'sociaal team Hoogeloon'],
        ['Onderwerp', 'Verwijzing dhr. E. Testbroek (ons kenmerk VW/5528/114)'],
        ['Ontvangen', '17-11-2026 10:42'],
      ],
      paragraphs: [
        'Beste collega’s,',
        'Dhr. E. Testbroek (80) woont met zijn vrouw aan de Kerkakker in Hoogeloon, postcode 5528. Mevrouw heeft alzheimer in een middelzwaar stadium. Meneer zorgt met veel liefde voor haar en houdt het goed vol, zegt hij, maar hij mist zijn biljartmiddag en komt nergens meer.',
        'Hij vraagt of zijn vrouw een paar dagen per week overdag ergens in het dorp terecht kan, zodat hij zijn eigen dingen kan doen. Zelf zou hij af en toe hulp bij de boodschappen fijn vinden.',
        'Met vriendelijke groet, N. Wijkverpleegkundige',
      ],
      extra: '<p><b>ZRM (meting wijkverpleging, meneer):</b> Sociaal netwerk 3 · Dagbesteding 3 · Huiselijke relaties 3 · ADL 4 · Lichamelijke gezondheid 4 · Financiën 5</p>',
    }),
    expect: {
      caseKey: 'HGL-0419',
      age: 80,
      gender: 'male',
      postcode4: '5528',
      wijk: 'Hoogeloon',
      zrm: { social_network: 3, daytime_activities: 3, domestic_relations: 3, adl: 4, physical_health: 4, finances: 5 },
      needIncludes: ['paar dagen per week overdag ergens in het dorp', 'hulp bij de boodschappen'],
      flags: [],
      refusals: [],
      wishes: [],
      isCarer: true,
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['hoogeloon-dagopvang', 'hoogeloon-dorpsondersteuning'],
      never: ['vhd-zorgzaam', 'handjehelpen-respijt', 'rodekruis-boodschappenhulp', 'mantelzorg-logeeropvang'],
    },
    why: 'Mantelzorger (vrouw met alzheimer) in Hoogeloon die het volhoudt: de dagopvang en dorpsondersteuning in het dorp passen. Respijt en boodschappenhulp van Demostad en de Rode Kruis-regio dekken Hoogeloon (5528) niet.',
  },

  // 14 · bar chart · young man with a learning disability, 24
  {
    id: 'held-14',
    style: 'zrm-lijst',
    html: barChart({
      system: 'Meedoen Monitor',
      user: 'K. Collega',
      title: 'Voortgang',
      facts: [
        ['Clientnr', 'MW-24-5561'],
        ['Naam', 'Dhr. S. Oefenhuis'],
        ['Leeftijd', '24 jaar'],
        ['Wijk', 'West'],
        ['Postcode', '4828 TT'],
      ],
      bars: [
        { label: 'Financiën', score: 3 },
        { label: 'Dagbesteding', score: 2 },
        { label: 'Huisvesting', score: 4 },
        { label: 'ADL', score: 4 },
        { label: 'Sociaal netwerk', score: 2 },
        { label: 'Maatschappelijke participatie', score: 3 },
      ],
      notes: [
        {
          heading: 'Achtergrond',
          text: 'Meneer heeft een licht verstandelijke beperking en woont sinds een half jaar zelfstandig met ambulante begeleiding; de MEE-consulent blijft aanspreekpunt. Hij is vriendelijk en niet agressief. Hij verveelt zich en zit veel te gamen.',
        },
        { heading: 'Hulpvraag', text: 'Hij wil graag voetballen of fitnessen met iemand erbij en vrienden maken buiten zijn begeleiders.' },
      ],
    }),
    expect: {
      caseKey: 'MW-24-5561',
      age: 24,
      gender: 'male',
      postcode4: '4828',
      wijk: 'West',
      zrm: { finances: 3, daytime_activities: 2, housing: 4, adl: 4, social_network: 2, participation: 3 },
      needIncludes: ['voetballen of fitnessen met iemand erbij', 'vrienden maken buiten zijn begeleiders'],
      flags: ['learning_disability'],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['mee-vrijetijdsmaatje', 'handjehelpen-vaste-vrijwilliger'],
      never: ['juvans-jongerenmaatje', 'handjehelpen-kindmaatje', 'eigen-kracht-jongeren'],
    },
    why: 'LVB, niet agressief, wil sporten en vrienden: het MEE-vrijetijdsmaatje is ervoor gemaakt, Handjehelpen ook. Met 24 jaar valt hij buiten de jongerenaanbieders (tot 23).',
  },

  // 15 · spreadsheet with start/now · drinks daily, does not want to stop
  {
    id: 'held-15',
    style: 'tabel-verslag',
    html: sheet({
      system: 'RegieOverzicht',
      user: 'F. Collega',
      facts: [
        ['Kenmerk', 'RO/26/0552'],
        ['Naam', 'Dhr. J. Demoveld'],
        ['Geb.datum', '19-07-1987'],
        ['Postcode / wijk', '4813 AK / Noord'],
        ['Casusregisseur', 'F. Collega'],
      ],
      zrmHead: ['Domein', 'Start (02-06-2026)', 'Nu (17-11-2026)'],
      zrmRows: [
        ['Financiën', '3', '3'],
        ['Dagbesteding', '2', '3'],
        ['Huisvesting', '3', '4'],
        ['Geestelijke gezondheid', '3', '3'],
        ['Verslaving', '2', '2'],
        ['Sociaal netwerk', '2', '2'],
      ],
      textRows: [
        ['Risico’s', 'Meneer drinkt dagelijks acht tot tien blikjes bier. Hij noemt het zijn manier om de avonden door te komen en wil nu niet stoppen; verslavingszorg houdt hij af. Niet agressief naar hulpverleners. Geen huiselijk geweld, woont alleen.'],
        ['Netwerk', 'Contact met een zus, beperkt.'],
        ['Hulpvraag', 'Meneer zit de hele dag thuis en wil iets omhanden hebben en iemand om af en toe mee op te trekken.'],
        ['Rol wijkteam', 'Wijkteam blijft betrokken als regisseur.'],
      ],
    }),
    expect: {
      caseKey: 'RO/26/0552',
      age: 39,
      gender: 'male',
      postcode4: '4813',
      wijk: 'Noord',
      zrm: { finances: 3, daytime_activities: 3, housing: 4, mental_health: 3, addiction: 2, social_network: 2 },
      needIncludes: ['iets omhanden hebben', 'iemand om af en toe mee op te trekken'],
      flags: ['active_addiction'],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['maatjesproject-maatje-meervoudige-problemen', 'buddyhulp-buddy'],
      never: ['kwartiermaken-vriendendienst', 'ismes-herstelinloop', 'ismes-herstelmaatje', 'zelfhulp-verslaving'],
    },
    why: 'Drinkt nu dagelijks en wil niet stoppen: herstel- en zelfhulpaanbod vraagt dat hij wil stoppen of nuchter komt, de open avond sluit alcohol uit. Een maatje samen met de betrokken professional past wel. Scores uit de kolom “Nu”.',
  },

  // 16 · half-translated form · declines all volunteer help
  {
    id: 'held-16',
    style: 'formulier',
    html: bilingualForm({
      system: 'CareDesk NL',
      user: 'J. Collega',
      heading: 'Follow-up / Vervolggesprek',
      fields: [
        { label: 'Case number / Zaaknummer', html: input('CDK-20931') },
        { label: 'Name / Naam', html: input('Mevr. O. Testveld') },
        { label: 'Date of birth / Geboortedatum', html: dateInput('1959-03-08') },
        { label: 'Gender / Geslacht', html: select(['—', 'Man', 'Vrouw', 'Anders'], 'Vrouw') },
        { label: 'Postal code', html: input('4815 GZ') },
        { label: 'District / Wijk', html: select(['—', 'Centrum', 'Noord', 'Oost', 'Zuid', 'West'], 'Noord') },
      ],
      zrm: [
        { label: 'Finances / Financiën', value: 4 },
        { label: 'Daytime activities / Dagbesteding', value: 3 },
        { label: 'Physical health / Lichamelijke gezondheid', value: 3 },
        { label: 'ADL', value: 3 },
        { label: 'Social network / Sociaal netwerk', value: 2 },
      ],
      risks: [
        { label: 'Debts / Schulden', checked: false, note: '' },
        { label: 'Domestic violence / Huiselijk geweld', checked: false, note: '' },
        { label: 'Crisis', checked: false, note: '' },
      ],
      textareas: [
        {
          label: 'Notes / Toelichting',
          text: 'Mevrouw heeft COPD en komt weinig buiten; ze is vaak alleen. Vrijwilligershulp besproken (bezoek, boodschappen, een maatje). Mevrouw wil dat uitdrukkelijk niet: “geen vrijwilligers, van welke club ook, ik red me met de thuiszorg en mijn zoon.” Zoon komt twee keer per week.',
        },
        { label: 'Request for help / Hulpvraag', text: 'Huishoudelijke hulp via de Wmo aanvragen; verder geen hulpvraag.' },
      ],
    }),
    expect: {
      caseKey: 'CDK-20931',
      age: 67,
      gender: 'female',
      postcode4: '4815',
      wijk: 'Noord',
      zrm: { finances: 4, daytime_activities: 3, physical_health: 3, adl: 3, social_network: 2 },
      needIncludes: ['Huishoudelijke hulp via de Wmo'],
      flags: ['declines_informal'],
      refusals: [],
      wishes: [],
      warnings: ['declines_informal'],
      networkPrompt: 'ask_network',
      top5: [],
      never: ['zonnebloem-huisbezoek', 'rodekruis-boodschappenhulp', 'humanitas-maatje-eenzaamheid', 'even-buurten-buurtgenoot'],
    },
    why: 'Mevrouw wijst elke vrijwilligershulp af; haar vraag is professionele huishoudelijke hulp. Dus niets voorstellen, hoe goed bezoek of boodschappenhulp inhoudelijk ook zou passen.',
  },

  // 17 · collapsible sections · low mood, wants a walking buddy, no group
  {
    id: 'held-17',
    style: 'zrm-lijst',
    html: accordion({
      system: 'Dossier+',
      user: 'B. Collega',
      facts: [
        ['Casus-ID', 'DP-2026-6120'],
        ['Naam', 'Dhr. V. Proefmeijer'],
        ['Geboortedatum', '27-12-1970'],
        ['Geslacht', 'man'],
        ['Postcode', '4821'],
        ['Wijk', 'Zuid'],
      ],
      zrmTitle: 'Zelfredzaamheid (ZRM, 10-11-2026)',
      zrmLines: [
        'Financiën: 4 – voldoende zelfredzaam',
        'Dagbesteding: 3 – beperkt zelfredzaam',
        'Huisvesting: 5 – volledig zelfredzaam',
        'Geestelijke gezondheid: 3 – beperkt zelfredzaam',
        'Lichamelijke gezondheid: 3 – beperkt zelfredzaam',
        'Sociaal netwerk: 2 – niet zelfredzaam',
      ],
      sections: [
        {
          summary: 'Situatie',
          html: '<p>Sinds een reorganisatie op zijn werk heeft meneer somberheidsklachten; hij zit in de ziektewet en loopt bij de POH-GGZ. Geen psychiatrische voorgeschiedenis. Na een knieoperatie beweegt hij weinig en is hij flink aangekomen. Getrouwd, de kinderen zijn het huis uit.</p>',
        },
        {
          summary: 'Hulpvraag',
          html: '<p>Iemand om wekelijks mee te wandelen en te praten. Een groep ziet hij niet zitten: “ik ga niet in een kring over mijn gevoelens praten.”</p>',
        },
      ],
    }),
    expect: {
      caseKey: 'DP-2026-6120',
      age: 55,
      gender: 'male',
      postcode4: '4821',
      wijk: 'Zuid',
      zrm: { finances: 4, daytime_activities: 3, housing: 5, mental_health: 3, physical_health: 3, social_network: 2 },
      needIncludes: ['wekelijks mee te wandelen en te praten', 'Een groep ziet hij niet zitten'],
      flags: [],
      refusals: ['group'],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['maatjesproject-wandelmaatje', 'humanitas-maatje-eenzaamheid'],
      never: ['zelfhulp-depressie-angst', 'vitras-huiskamer', 'kwartiermaken-vriendendienst'],
    },
    why: 'Lichte somberheid met POH-GGZ, wil een wandelmaatje: dat en een Humanitas-maatje passen. Hij wil geen groep, dus geen lotgenotengroep of inloop.',
  },

  // 18 · card + notes · Turkish-speaking single mother, family must not know, wants a woman
  {
    id: 'held-18',
    style: 'kaartjes',
    html: cardNotes({
      system: 'Samen Verder casus-app',
      user: 'R. Collega',
      card: [
        ['Dossiernr.', 'SV-0093318'],
        ['Naam', 'Mevr. Y. Demokaya'],
        ['Geboortedatum', '15-05-1992'],
        ['Taal', 'Turks (spreekt redelijk Nederlands)'],
        ['Postcode', '4817 RS'],
        ['Wijk', 'Oost'],
        ['Huishouden', 'Alleenstaand met dochter (4)'],
      ],
      zrm: [
        ['Financiën', 'voldoende zelfredzaam'],
        ['Huiselijke relaties', 'beperkt zelfredzaam'],
        ['Geestelijke gezondheid', 'beperkt zelfredzaam'],
        ['Sociaal netwerk', 'niet zelfredzaam'],
        ['Maatschappelijke participatie', 'beperkt zelfredzaam'],
      ],
      need: 'Een ervaren moeder die meedenkt over opvoeding en dagritme, en contact met andere ouders.',
      notes: [
        {
          author: 'R. Collega',
          date: '05-11-2026',
          text: 'Sinds de scheiding woont mevrouw met haar dochter in Oost. Ze twijfelt over de opvoeding en staat er alleen voor. Geen huiselijk geweld; de vader ziet de dochter om het weekend, volgens afspraak.',
        },
        {
          author: 'R. Collega',
          date: '18-11-2026',
          text: 'Haar familie keurt de scheiding af. Mevrouw wil absoluut niet dat familie of schoonfamilie hoort dat ze hulp krijgt; zij mogen er niet bij betrokken worden. Ze heeft het liefst een vrouw als vrijwilliger.',
        },
      ],
    }),
    expect: {
      caseKey: 'SV-0093318',
      age: 34,
      gender: 'female',
      language: 'tr',
      postcode4: '4817',
      wijk: 'Oost',
      zrm: { finances: 4, domestic_relations: 3, mental_health: 3, social_network: 2, participation: 3 },
      needIncludes: ['ervaren moeder die meedenkt over opvoeding', 'contact met andere ouders'],
      flags: [],
      refusals: ['own_network'],
      wishes: ['same_gender_volunteer'],
      warnings: [],
      networkPrompt: 'network_refused',
      top5: ['humanitas-gezinsmaatje', 'divers-ouderkamer'],
      never: ['eigen-kracht-conferentie', 'vhd-netwerkcoach', 'wehelpen-hulpnetwerk', 'al-amal-vrouwengroep'],
    },
    why: 'Moeder van een kind van 4, geen geweld: gezinsmaatje (ook in het Turks) en ouderkamer passen; een vrouwelijke vrijwilliger is een wens, geen uitsluiting. Familie mag niets weten, dus geen netwerkaanbod; de vrouwengroep is voor Arabischsprekenden.',
  },

  // 19 · chat log · lonely widower-in-effect, nobody in the house
  {
    id: 'held-19',
    style: 'tabel-verslag',
    html: chatLog({
      system: 'GesprekNotitie',
      user: 'M. Collega',
      facts: [
        ['Registratienr.', 'KTV-2611-077'],
        ['Cliënt', 'Dhr. N. Fictiefhout'],
        ['Leeftijd', '77'],
        ['Wijk', 'Zuid'],
        ['Datum gesprek', '20-11-2026'],
      ],
      turns: [
        { who: 'Consulent', text: 'U gaf aan dat u zich alleen voelt.' },
        { who: 'Meneer', text: 'Sinds mijn vrouw in het verpleeghuis zit, praat ik soms dagen met niemand.' },
        { who: 'Consulent', text: 'Zou u het fijn vinden als er iemand op bezoek komt?' },
        { who: 'Meneer', text: 'Nee, niemand over de vloer. Ik wil geen vreemden in mijn huis. Buiten afspreken wil ik wel.' },
        { who: 'Consulent', text: 'Wat doet u graag?' },
        { who: 'Meneer', text: 'Wandelen in het park, ik loop nog goed. En een kaartje leggen.' },
        { who: 'Notitie consulent', text: 'Kinderen wonen in het buitenland. Financiën op orde.' },
      ],
      zrmCaption: 'ZRM',
      zrm: [
        ['Dagbesteding', '3'],
        ['Geestelijke gezondheid', '3'],
        ['Lichamelijke gezondheid', '4'],
        ['ADL', '4'],
        ['Sociaal netwerk', '2'],
      ],
      after: [['Hulpvraag', 'Contact buiten de deur: samen wandelen of kaarten, geen bezoek aan huis.']],
    }),
    expect: {
      caseKey: 'KTV-2611-077',
      age: 77,
      gender: 'male',
      wijk: 'Zuid',
      zrm: { daytime_activities: 3, mental_health: 3, physical_health: 4, adl: 4, social_network: 2 },
      needIncludes: ['samen wandelen of kaarten', 'geen bezoek aan huis'],
      flags: [],
      refusals: ['home_visits'],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['maatjesproject-wandelmaatje', 'zuid-helpt-koffieochtend'],
      never: ['zonnebloem-huisbezoek', 'handjehelpen-vaste-vrijwilliger', 'buren-voor-buren-bezoek'],
    },
    why: 'Eenzaam, wil buiten afspreken maar niemand in huis: wandelmaatje en de koffieochtend in Zuid passen. Huisbezoek-aanbod valt af; Buren voor Buren is bovendien alleen Oost.',
  },

  // 20 · tiles · Arabic-speaking status holder (man), new empty house
  {
    id: 'held-20',
    style: 'kaartjes',
    html: tiles({
      system: 'ZorgRegie Wijk',
      user: 'G. Collega',
      tiles: [
        { title: 'Cliënt', html: '<div>Cliënt-ID: NK-2026-0640</div><div>Dhr. O. Voorbeeldi</div><div>Leeftijd: 42</div><div>Geslacht: man</div>' },
        { title: 'Adres', html: '<div>Postcode: 4819 KL</div><div>Wijk: Oost</div>' },
        { title: 'Taal', html: '<div>Arabisch (moedertaal)</div><div>Nederlands: A2, redt zich in eenvoudige gesprekken</div>' },
        {
          title: 'Zelfredzaamheid',
          html: '<ul><li>Financiën — beperkt zelfredzaam</li><li>Dagbesteding — beperkt zelfredzaam</li><li>Huisvesting — beperkt zelfredzaam</li><li>Sociaal netwerk — niet zelfredzaam</li><li>Maatschappelijke participatie — niet zelfredzaam</li></ul>',
        },
        {
          title: 'Situatie',
          html: '<p>Statushouder, sinds oktober in een eigen woning in Oost; de woning is nog vrijwel leeg. Vrouw en kinderen komen in het voorjaar via gezinshereniging.</p>',
        },
        {
          title: 'Hulpvraag',
          html: '<p>Hulp bij het inrichten van de woning voordat zijn gezin komt, en iemand die hem wegwijs maakt in de stad en met wie hij Nederlands kan oefenen.</p>',
        },
      ],
    }),
    expect: {
      caseKey: 'NK-2026-0640',
      age: 42,
      gender: 'male',
      language: 'ar',
      postcode4: '4819',
      wijk: 'Oost',
      zrm: { finances: 3, daytime_activities: 3, housing: 3, social_network: 2, participation: 2 },
      needIncludes: ['inrichten van de woning', 'wegwijs maakt in de stad', 'Nederlands kan oefenen'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['present-verhuis-en-inrichthulp', 'al-amal-maatje', 'vc-taalmaatje'],
      never: ['al-amal-vrouwengroep'],
    },
    why: 'Nieuwkomer met een lege woning: inrichthulp, een Arabischsprekend maatje en een taalmaatje. De Al Amal-groep is alleen voor vrouwen.',
  },

  // 21 · half-translated form · Polish woman who cannot read official letters
  {
    id: 'held-21',
    style: 'formulier',
    html: bilingualForm({
      system: 'CareDesk NL',
      user: 'J. Collega',
      heading: 'Intake / Intakeformulier',
      fields: [
        { label: 'Client no. / Cliëntnr.', html: input('CD-553071') },
        { label: 'Name / Naam', html: input('Mevr. K. Proefowska') },
        { label: 'Date of birth / Geboortedatum', html: dateInput('1990-10-30') },
        { label: 'Gender / Geslacht', html: select(['—', 'Man', 'Vrouw', 'Anders'], 'Vrouw') },
        { label: 'Postal code', html: input('4826 BN') },
        { label: 'District / Wijk', html: select(['—', 'Centrum', 'Noord', 'Oost', 'Zuid', 'West'], 'West') },
        { label: 'Preferred language / Voorkeurstaal', html: select(['Nederlands', 'English', 'Polski', 'Türkçe'], 'Polski') },
      ],
      zrm: [
        { label: 'Finances / Financiën', value: 3 },
        { label: 'Daytime activities / Dagbesteding', value: 4 },
        { label: 'Housing / Huisvesting', value: 4 },
        { label: 'Social network / Sociaal netwerk', value: 3 },
        { label: 'Participation / Maatschappelijke participatie', value: 3 },
      ],
      risks: [
        { label: 'Debts / Schulden', checked: false, note: 'nee' },
        { label: 'Domestic violence / Huiselijk geweld', checked: false, note: 'nee' },
        { label: 'Crisis', checked: false, note: '' },
      ],
      textareas: [
        {
          label: 'Request for help / Hulpvraag',
          text: 'Mevrouw krijgt brieven van de gemeente over kwijtschelding van de gemeentelijke belastingen en van de Belastingdienst over haar zorgtoeslag, die ze niet begrijpt. Ze wil uitleg en hulp bij het invullen van de formulieren.',
        },
        { label: 'Notes', text: 'Werkt in een distributiecentrum. Het gesprek ging in eenvoudig Nederlands, met af en toe een Engels woord.' },
      ],
    }),
    expect: {
      caseKey: 'CD-553071',
      age: 36,
      gender: 'female',
      language: 'pl',
      postcode4: '4826',
      wijk: 'West',
      zrm: { finances: 3, daytime_activities: 4, housing: 4, social_network: 3, participation: 3 },
      needIncludes: ['kwijtschelding van de gemeentelijke belastingen', 'hulp bij het invullen van de formulieren'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vhd-administratieve-ondersteuning', 'juvans-formulierenhulp'],
      never: ['al-amal-brievenhulp', 'al-amal-maatje'],
    },
    why: 'Poolse vrouw zonder schulden met formulieren over kwijtschelding en toeslag: administratieve ondersteuning of het formulierenspreekuur. De brievenhulp en het maatje van Al Amal zijn in het Arabisch, niet voor haar.',
  },

  // 22 · card + notes · lonely in Centrum, asks for someone from the buurt
  {
    id: 'held-22',
    style: 'kaartjes',
    html: cardNotes({
      system: 'Buurtteam Werkplek',
      user: 'A. Collega',
      card: [
        ['Cliëntnummer', 'SV-0104420'],
        ['Naam', 'Mevr. B. Testvogel'],
        ['Geb.', '02-02-1953'],
        ['Wijk', 'Centrum'],
        ['Woonsituatie', 'Alleen, appartement boven een winkel'],
      ],
      zrm: [
        ['Financiën', 'voldoende zelfredzaam'],
        ['Dagbesteding', 'beperkt zelfredzaam'],
        ['Lichamelijke gezondheid', 'beperkt zelfredzaam'],
        ['ADL', 'voldoende zelfredzaam'],
        ['Sociaal netwerk', 'niet zelfredzaam'],
      ],
      need: 'Mevrouw eet elke dag alleen en wil een paar keer per week met anderen aan tafel. Iemand uit de buurt die af en toe langskomt vindt ze ook fijn.',
      notes: [
        {
          author: 'A. Collega',
          date: '13-11-2026',
          text: 'Mevrouw heeft reuma en loopt moeizaam; met de rollator lukt een stukje. Haar vriendinnenkring is uitgedund. Haar zoon woont in Zuid en komt elke zondag.',
        },
      ],
    }),
    expect: {
      caseKey: 'SV-0104420',
      age: 73,
      gender: 'female',
      wijk: 'Centrum',
      zrm: { finances: 4, daytime_activities: 3, physical_health: 3, adl: 4, social_network: 2 },
      needIncludes: ['met anderen aan tafel', 'Iemand uit de buurt die af en toe langskomt'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vitras-samen-eten', 'humanitas-maatje-eenzaamheid'],
      never: ['even-buurten-buurtgenoot', 'zuid-helpt-koffieochtend', 'buren-voor-buren-bezoek'],
    },
    why: 'Eenzame 73-jarige in Centrum die samen wil eten: Samen eten (met ophaalservice) en een maatje. Buurtgenoten van Even Buurten zijn er niet in Centrum; Zuid (waar haar zoon woont) en Oost hebben eigen initiatieven die niet voor haar zijn.',
  },

  // 23 · spreadsheet with a score grid · debts under a settlement, wants anonymity
  {
    id: 'held-23',
    style: 'tabel-verslag',
    html: sheet({
      system: 'RegieOverzicht',
      user: 'F. Collega',
      facts: [
        ['Kenmerk', 'RO/26/0871'],
        ['Naam', 'Dhr. C. Oefenstein'],
        ['Geboortejaar', '1976'],
        ['Postcode / wijk', '4823 / Zuid'],
      ],
      zrmHead: ['Domein', '1', '2', '3', '4', '5'],
      zrmRows: [
        ['Financiën', '', '●', '', '', ''],
        ['Dagbesteding', '', '', '', '●', ''],
        ['Huisvesting', '', '', '', '●', ''],
        ['Geestelijke gezondheid', '', '', '●', '', ''],
        ['Sociaal netwerk', '', '', '●', '', ''],
      ],
      textRows: [
        ['Situatie', 'Meneer heeft ruim € 18.000 schulden bij de zorgverzekeraar, het energiebedrijf en de Belastingdienst. Sinds augustus loopt een schuldregeling via de Kredietbank, die ook het budgetbeheer doet. Er is geen acute dreiging van afsluiting of ontruiming.'],
        ['Hulpvraag', 'Meneer wil leren rondkomen van zijn leefgeld en zijn post bijhouden, zodat er geen nieuwe schulden ontstaan.'],
        ['Wensen cliënt', 'Alleen hulp van iemand die hem niet kent en niet uit de buurt komt, anoniem. Zijn broer en de buren mogen er niets van weten.'],
      ],
    }),
    expect: {
      caseKey: 'RO/26/0871',
      age: 50,
      gender: 'male',
      postcode4: '4823',
      wijk: 'Zuid',
      zrm: { finances: 2, daytime_activities: 4, housing: 4, mental_health: 3, social_network: 3 },
      needIncludes: ['leren rondkomen van zijn leefgeld', 'geen nieuwe schulden ontstaan'],
      flags: ['debts'],
      refusals: ['own_network', 'neighbours'],
      wishes: ['anonymous'],
      warnings: ['debts_anonymous'],
      networkPrompt: 'network_refused',
      top5: ['vhd-budgetcoaching'],
      never: ['humanitas-schuldhulpmaatje', 'nlvoorelkaar-hulpvraag', 'vhd-netwerkcoach', 'tijd-voor-elkaar-ruilen', 'zuid-helpt-boodschappen-en-klusjes'],
    },
    why: 'Schulden onder een lopende schuldregeling, geen acute crisis: budgetcoaching (anoniem, niet uit de buurt, ook naast of na een schuldhulptraject) past precies. Het schuldhulpmaatje zit vol; broer en buren mogen niets weten, dus geen netwerk- of buurtaanbod.',
  },

  // 24 · timeline · severe home neglect, nobody left
  {
    id: 'held-24',
    style: 'kop-alinea',
    html: timeline({
      system: 'WijkLogboek',
      user: 'S. Collega',
      title: 'Contactmomenten',
      keyLine: 'Dossiernummer: WL-26-3412 · Dhr. R. Demoschot · Geboortejaar 1956 · 4815 Demostad',
      recentIds: ['WL-26-3308', 'WL-26-3399'],
      entries: [
        { date: '20-10-2026', kind: 'Melding', html: '<p>Melding van de woningcorporatie: stankoverlast, buren klagen over ongedierte.</p>' },
        {
          date: '24-10-2026',
          kind: 'Huisbezoek met wijkagent',
          html: '<p>Woning ernstig vervuild: afval tot kniehoogte, ongedierte, keuken en toilet onbruikbaar. Meneer slaapt in zijn stoel. Hij is vriendelijk en niet agressief.</p>',
        },
        {
          date: '04-11-2026',
          kind: 'Gesprek',
          html: '<p>Meneer heeft geen familie meer en geen vrienden: “hier komt niemand.” Hij zegt geen alcohol te drinken; daar zijn ook geen aanwijzingen voor.</p>',
        },
        {
          date: '12-11-2026',
          kind: 'ZRM',
          html: zrmTable([
            ['Financiën', '3'],
            ['Huisvesting', '1'],
            ['Geestelijke gezondheid', '3'],
            ['Lichamelijke gezondheid', '3'],
            ['Verslaving', '5'],
            ['ADL-vaardigheden', '2'],
            ['Sociaal netwerk', '2'],
          ]),
        },
        {
          date: '19-11-2026',
          kind: 'Hulpvraag',
          html: '<p>Meneer wil dat het huis “een beetje opgeruimd” wordt en vindt het gezellig als er iemand langskomt.</p>',
        },
      ],
    }),
    expect: {
      caseKey: 'WL-26-3412',
      age: 70,
      gender: 'male',
      postcode4: '4815',
      zrm: { finances: 3, housing: 1, mental_health: 3, physical_health: 3, addiction: 5, adl: 2, social_network: 2 },
      needIncludes: ['een beetje opgeruimd', 'iemand langskomt'],
      flags: ['severe_neglect', 'no_network'],
      refusals: [],
      wishes: [],
      warnings: ['severe_neglect_no_volunteers', 'acute_domain:housing', 'long_isolation_supplement'],
      networkPrompt: 'network_exhausted',
      top5: [],
      never: ['present-praktische-klus', 'vhd-klussendienst', 'humanitas-maatje-eenzaamheid', 'buddyhulp-buddy'],
    },
    why: 'Ernstige woningvervuiling: eerst professionele aanpak, geen vrijwilligers (ook Present sluit dit uit). Geen familie of vrienden meer: netwerk uitgeput.',
  },

  // 25 · bar chart · closing a case, everything 4–5
  {
    id: 'held-25',
    style: 'zrm-lijst',
    html: barChart({
      system: 'Zelfredzaam Dashboard',
      user: 'E. Collega',
      title: 'Afsluiting traject',
      facts: [
        ['Kenmerk', 'ZD-2026-0988'],
        ['Cliënt', 'Mevr. I. Proefkamp'],
        ['Leeftijd', '62'],
        ['Postcode', '4812 CE'],
        ['Wijk', 'Centrum'],
      ],
      bars: [
        { label: 'Financiën', score: 4 },
        { label: 'Dagbesteding', score: 5 },
        { label: 'Huisvesting', score: 4 },
        { label: 'Huiselijke relaties', score: 4 },
        { label: 'Geestelijke gezondheid', score: 4 },
        { label: 'Lichamelijke gezondheid', score: 4 },
        { label: 'Verslaving', score: 5 },
        { label: 'ADL', score: 5 },
        { label: 'Sociaal netwerk', score: 4 },
        { label: 'Maatschappelijke participatie', score: 4 },
        { label: 'Justitie', score: 5 },
      ],
      notes: [
        {
          heading: 'Verloop',
          text: 'De huurachterstand is afgelost en mevrouw heeft weer werk (32 uur). Het contact met haar dochter is hersteld. Mevrouw geeft aan geen hulp meer nodig te hebben.',
        },
        { heading: 'Hulpvraag', text: 'Geen verdere hulpvraag; mevrouw wil het traject afsluiten.' },
      ],
    }),
    expect: {
      caseKey: 'ZD-2026-0988',
      age: 62,
      gender: 'female',
      postcode4: '4812',
      wijk: 'Centrum',
      zrm: {
        finances: 4, daytime_activities: 5, housing: 4, domestic_relations: 4, mental_health: 4,
        physical_health: 4, addiction: 5, adl: 5, social_network: 4, participation: 4, justice: 5,
      },
      needIncludes: ['traject afsluiten'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: [],
      never: ['buddyhulp-nazorgbuddy', 'vhd-budgetcoaching'],
    },
    why: 'Alle domeinen 4 of 5 en geen hulpvraag meer: niets voorstellen, ook geen nazorgbuddy of budgetcoach.',
  },

  // 26 · tiles · wound care and insulin asked of volunteers; lonely
  {
    id: 'held-26',
    style: 'kaartjes',
    html: tiles({
      system: 'ZorgRegie Wijk',
      user: 'G. Collega',
      tiles: [
        { title: 'Cliënt', html: '<div>Dossier: ZR-77120</div><div>Mevrouw A. Voorbeeldhoeve</div><div>Geboortedatum: 09-09-1941</div><div>Woont alleen</div>' },
        { title: 'Adres', html: '<div>Postcode: 4817 BD</div><div>Wijk: Oost</div>' },
        {
          title: 'ZRM',
          html: '<ul><li>Financiën: 4 (voldoende zelfredzaam)</li><li>Dagbesteding: 3 (beperkt zelfredzaam)</li><li>Geestelijke gezondheid: 4 (voldoende zelfredzaam)</li><li>Lichamelijke gezondheid: 2 (niet zelfredzaam)</li><li>ADL: 3 (beperkt zelfredzaam)</li><li>Sociaal netwerk: 2 (niet zelfredzaam)</li></ul>',
        },
        {
          title: 'Situatie',
          html: '<p>Diabetes met insuline en een open been dat dagelijks verbonden moet worden; de wijkverpleging komt twee keer per dag. Een buurvrouw haalt soms een boodschap.</p>',
        },
        {
          title: 'Hulpvraag',
          html: '<p>Mevrouw vraagt of een vrijwilliger in het weekend het insuline spuiten en het verbinden kan overnemen, omdat de wijkverpleging dan laat komt. Verder voelt ze zich eenzaam en zou ze graag af en toe iemand over de vloer hebben voor een praatje.</p>',
        },
      ],
    }),
    expect: {
      caseKey: 'ZR-77120',
      age: 85,
      gender: 'female',
      postcode4: '4817',
      wijk: 'Oost',
      zrm: { finances: 4, daytime_activities: 3, mental_health: 4, physical_health: 2, adl: 3, social_network: 2 },
      needIncludes: ['insuline spuiten en het verbinden', 'iemand over de vloer hebben voor een praatje'],
      flags: ['medical_care'],
      refusals: [],
      wishes: [],
      warnings: ['medical_not_volunteers'],
      networkPrompt: 'ask_network',
      top5: ['zonnebloem-huisbezoek', 'buren-voor-buren-bezoek'],
      never: [],
    },
    why: 'Insuline en wondzorg zijn verpleegkundige taken, nooit voor een vrijwilliger: waarschuwen. Voor de eenzaamheid passen huisbezoek van de Zonnebloem of een buurtgenoot in Oost.',
  },

  // 27 · referral message · former carer whose mother died, nobody left
  {
    id: 'held-27',
    style: 'kop-alinea',
    html: message({
      system: 'CasusNet',
      user: 'W. Collega',
      caseLine: 'Casusnummer: <b>CN-26-1450</b> · overdracht binnen het team',
      mailHeader: [
        ['Van', 'R. Collega'],
        ['Aan', 'team West'],
        ['Betreft', 'Overdracht dhr. T. Testerink, 61 jaar, 4828'],
        ['Datum', '16-11-2026'],
      ],
      paragraphs: [
        'Hoi allemaal,',
        'Meneer heeft jarenlang voor zijn moeder gezorgd. Sinds zij in september is overleden staat hij er helemaal alleen voor: geen broers of zussen, geen kinderen, het contact met oud-collega’s is verwaterd. Hij zegt zelf: “er is niemand meer.”',
        'Geen psychiatrische problematiek, geen verslaving, geen schulden. Niet agressief, wel wat wantrouwend in het begin.',
        '<b>Hulpvraag:</b> meneer wil iemand met wie hij wekelijks iets onderneemt, zoals vissen of naar de markt, en zoekt een zinvolle bezigheid voor een paar ochtenden in de week.',
        'Ik blijf de komende maanden betrokken. Groet, R.',
      ],
      extra: '<ul class="zrm-inline"><li>Financiën: 4</li><li>Dagbesteding: 2</li><li>Huisvesting: 4</li><li>Geestelijke gezondheid: 3</li><li>ADL: 4</li><li>Sociaal netwerk: 2</li><li>Maatschappelijke participatie: 3</li></ul>',
    }),
    expect: {
      caseKey: 'CN-26-1450',
      age: 61,
      gender: 'male',
      postcode4: '4828',
      zrm: { finances: 4, daytime_activities: 2, housing: 4, mental_health: 3, adl: 4, social_network: 2, participation: 3 },
      needIncludes: ['wekelijks iets onderneemt', 'zinvolle bezigheid voor een paar ochtenden'],
      flags: ['no_network'],
      refusals: [],
      wishes: [],
      isCarer: false,
      warnings: ['long_isolation_supplement'],
      networkPrompt: 'network_exhausted',
      top5: ['humanitas-maatje-eenzaamheid', 'vc-vrijwilligerswerk-dagbesteding'],
      never: ['eigen-kracht-conferentie', 'wehelpen-hulpnetwerk', 'mantelzorg-zorgrooster-familie'],
    },
    why: 'Geen netwerk meer na de dood van zijn moeder (hij zorgt nu voor niemand): een maatje en vrijwilligerswerk als daginvulling, naast de professional. Aanbod dat op familie en vrienden leunt werkt niet als er niemand is.',
  },

  // 28 · wizard · girl of 14 caring for her mother with MS
  {
    id: 'held-28',
    style: 'formulier',
    html: wizard({
      system: 'Jeugddossier Demostad',
      user: 'P. Collega',
      step: 'Stap 3 van 4 — Situatie jeugdige',
      fields: [
        { label: 'Dossiernummer', html: input('JD-2026-3317') },
        { label: 'Naam jeugdige', html: input('L. Proefbloem') },
        { label: 'Geboortedatum', html: dateInput('2012-03-21') },
        { label: 'Geslacht', html: select(['Jongen', 'Meisje', 'Anders'], 'Meisje') },
        { label: 'Postcode', html: input('4814 HA') },
        { label: 'Wijk', html: select(['Centrum', 'Noord', 'Oost', 'Zuid', 'West'], 'Noord') },
      ],
      zrm: [
        { label: 'Dagbesteding (school)', value: 3 },
        { label: 'Huiselijke relaties', value: 3 },
        { label: 'Geestelijke gezondheid', value: 3 },
        { label: 'Sociaal netwerk', value: 3 },
      ],
      checks: [
        { label: 'Jonge mantelzorger', checked: true, note: 'Moeder heeft multiple sclerose en zit sinds kort in een rolstoel; vader werkt in ploegendienst. L. doet na school de boodschappen, kookt en helpt haar moeder met aankleden.' },
        { label: 'Zorgen over veiligheid', checked: false, note: 'nee' },
      ],
      textareas: [
        { label: 'Toelichting', text: 'L. zegt dat het thuis goed gaat en dat ze het niet zwaar vindt, maar ze heeft haar hockeyclub opgezegd en mist haar vriendinnen.' },
        { label: 'Hulpvraag', text: 'L. wil graag praten met leeftijdgenoten die hetzelfde meemaken en weer iets leuks voor zichzelf doen.' },
      ],
    }),
    expect: {
      caseKey: 'JD-2026-3317',
      age: 14,
      gender: 'female',
      postcode4: '4814',
      wijk: 'Noord',
      zrm: { daytime_activities: 3, domestic_relations: 3, mental_health: 3, social_network: 3 },
      needIncludes: ['leeftijdgenoten die hetzelfde meemaken', 'iets leuks voor zichzelf doen'],
      flags: [],
      refusals: [],
      wishes: [],
      isCarer: true,
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['mantelzorg-jonge-mantelzorgers'],
      never: ['juvans-jongerenmaatje', 'eigen-kracht-jongeren', 'zelfhulp-naasten-verslaving'],
    },
    why: 'Jonge mantelzorger van 14 (moeder met MS): de groep voor jonge mantelzorgers past precies. Het jongerenmaatje en de jongerenconferentie beginnen bij 16; de naastengroep is voor verslaving en 16+.',
  },

  // 29 · chat log · three years clean, past aggression no longer current
  {
    id: 'held-29',
    style: 'tabel-verslag',
    html: chatLog({
      system: 'GesprekNotitie',
      user: 'M. Collega',
      facts: [
        ['Zaaknr.', 'ZN-2026-01187'],
        ['Cliënt', 'Dhr. D. Testmolen'],
        ['Geboortedatum', '05-12-1982'],
        ['Adres', '4820 Demostad (Zuid)'],
      ],
      turns: [
        { who: 'Consulent', text: 'Hoe lang ben je nu clean?' },
        { who: 'Meneer', text: 'In januari drie jaar. Geen drank, geen speed. Ik ga nog elke maand naar mijn nazorggesprek.' },
        { who: 'Consulent', text: 'In je dossier staat een aantekening over agressie.' },
        { who: 'Meneer', text: 'Dat was in 2019, toen ik nog gebruikte. Sindsdien nooit meer.' },
        { who: 'Notitie consulent', text: 'Sinds 2019 geen agressie gezien of gemeld; afspraken worden nagekomen. Geen schulden meer.' },
        { who: 'Consulent', text: 'Wat mis je?' },
        { who: 'Meneer', text: 'Mijn dagen zijn leeg. Mijn vrienden van vroeger gebruiken nog, daar blijf ik weg. Ik wil nieuwe mensen en iets nuttigs doen.' },
      ],
      zrmCaption: 'ZRM 18-11-2026',
      zrm: [
        ['Financiën', '4'],
        ['Dagbesteding', '2'],
        ['Verslaving', '3'],
        ['Sociaal netwerk', '2'],
        ['Maatschappelijke participatie', '3'],
        ['Justitie', '4'],
      ],
      after: [['Hulpvraag', 'Nieuwe contacten buiten het oude gebruikerscircuit en een zinvolle invulling van zijn dagen, zonder terug te vallen.']],
    }),
    expect: {
      caseKey: 'ZN-2026-01187',
      age: 43,
      gender: 'male',
      postcode4: '4820',
      wijk: 'Zuid',
      zrm: { finances: 4, daytime_activities: 2, addiction: 3, social_network: 2, participation: 3, justice: 4 },
      needIncludes: ['Nieuwe contacten buiten het oude gebruikerscircuit', 'zinvolle invulling van zijn dagen'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['ismes-herstelmaatje', 'ismes-herstelinloop', 'vc-vrijwilligerswerk-dagbesteding'],
      never: ['zelfhulp-naasten-verslaving'],
    },
    why: 'Al bijna drie jaar clean en de agressie is van 2019: geen actuele verslaving of agressie. Herstelmaatje, herstelinloop en vrijwilligerswerk passen; de naastengroep is voor familie van iemand met een verslaving.',
  },

  // 30 · collapsible sections, ZRM 2017 (13 domains) · village outside Demostad
  {
    id: 'held-30',
    style: 'zrm-lijst',
    html: accordion({
      system: 'Dossier+',
      user: 'B. Collega',
      facts: [
        ['Casus-ID', 'DP-2026-6388'],
        ['Naam', 'Mevr. W. Oefenhorst'],
        ['Geboortedatum', '13-06-1947'],
        ['Adres', 'Dorpsstraat 2, 4841 Eikelbeek'],
        ['Woonsituatie', 'alleenwonend'],
      ],
      zrmTitle: 'ZRM 2017 (meting 09-11-2026)',
      zrmLines: [
        'Financiën – 4 voldoende zelfredzaam',
        'Werk & opleiding – 4 voldoende zelfredzaam',
        'Tijdsbesteding – 3 beperkt zelfredzaam',
        'Huisvesting – 4 voldoende zelfredzaam',
        'Huiselijke relaties – 4 voldoende zelfredzaam',
        'Geestelijke gezondheid – 3 beperkt zelfredzaam',
        'Lichamelijke gezondheid – 2 niet zelfredzaam',
        'Middelengebruik – 5 volledig zelfredzaam',
        'Basale ADL – 4 voldoende zelfredzaam',
        'Instrumentele ADL – 2 niet zelfredzaam',
        'Sociaal netwerk – 3 beperkt zelfredzaam',
        'Maatschappelijke participatie – 3 beperkt zelfredzaam',
        'Justitie – 5 volledig zelfredzaam',
      ],
      sections: [
        {
          summary: 'Situatie',
          html: '<p>Mevrouw is in oktober geopereerd aan borstkanker en begint in december met bestraling in het ziekenhuis in Demostad: vijf keer per week, zes weken lang. Ze rijdt zelf geen auto. Ze loopt met een stok; een rolstoel heeft ze niet nodig. Haar buurman rijdt soms, maar kan niet elke dag.</p>',
        },
        {
          summary: 'Hulpvraag',
          html: '<p>Vervoer en begeleiding naar de bestralingen, en tijdelijk iemand die de boodschappen doet omdat ze na de behandelingen erg moe is.</p>',
        },
      ],
    }),
    expect: {
      caseKey: 'DP-2026-6388',
      age: 79,
      gender: 'female',
      postcode4: '4841',
      zrm: {
        finances: 4, daytime_activities: 3, housing: 4, domestic_relations: 4, mental_health: 3,
        physical_health: 2, addiction: 5, adl: 2, social_network: 3, participation: 3, justice: 5,
      },
      needIncludes: ['Vervoer en begeleiding naar de bestralingen', 'iemand die de boodschappen doet'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['rodekruis-boodschappenhulp'],
      never: ['vhd-ziekenhuisbegeleiding', 'rodekruis-rolstoelvervoer', 'hoogeloon-dorpsondersteuning'],
    },
    why: 'Woont in een dorp (4841) buiten Demostad: de Rode Kruis-boodschappenhulp werkt ook in de omliggende dorpen. Ziekenhuisbegeleiding is alleen voor Demostad, de rolstoelbus alleen voor wie in een rolstoel zit, en dorpsondersteuning alleen voor Hoogeloon.',
  },
];
