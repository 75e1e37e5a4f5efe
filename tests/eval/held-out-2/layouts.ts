/*
 * Page layouts of the second held-out set. Each helper only lays out texts written per case (the
 * case files hold every fact and every judgement); none of them is one of the evaluation's five
 * styles or a layout of the first held-out set. Every person, address and number is invented.
 */

/** [label, value] as the page prints it. */
export type Pair = readonly [label: string, value: string];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const LEVEL: Record<number, string> = {
  1: 'acute problematiek',
  2: 'niet zelfredzaam',
  3: 'beperkt zelfredzaam',
  4: 'voldoende zelfredzaam',
  5: 'volledig zelfredzaam',
};

function appShell(o: { system: string; nav: string[]; user: string; main: string; footer: string }): string {
  return `<header class="app-bar"><span class="logo">${esc(o.system)}</span><nav><ul>${o.nav
    .map((n) => `<li><a href="#">${esc(n)}</a></li>`)
    .join('')}</ul></nav><span class="who">${esc(o.user)}</span></header>
<main>
${o.main}
</main>
<footer class="app-foot">${o.footer}</footer>`;
}

/** A SOAP contact note: a client strip, then S/O/A/P paragraphs with bold letters. */
export function soapNote(o: {
  system: string;
  user: string;
  strip: string;
  meta: string;
  s: string;
  o: string;
  a: string;
  p: string;
  extra?: string;
}): string {
  return appShell({
    system: o.system,
    nav: ['Werkbak', 'Cliënten', 'Agenda', 'Notities'],
    user: o.user,
    main: `<div class="client-strip">${o.strip}</div>
<h1>Contactnotitie</h1>
<p class="note-meta">${o.meta}</p>
<div class="soap">
  <p><strong>S</strong> – ${o.s}</p>
  <p><strong>O</strong> – ${o.o}</p>
  <p><strong>A</strong> – ${o.a}</p>
  <p><strong>P</strong> – ${o.p}</p>
</div>
${o.extra ?? ''}
<div class="note-actions"><button type="button">Bewerken</button> <button type="button">Accorderen</button></div>`,
    footer: `${esc(o.system)} · notities zijn zichtbaar voor het hele team`,
  });
}

/**
 * A case page with tabs, of which only the active one is rendered; the others load when clicked
 * and are empty in the DOM.
 */
export function tabbedCase(o: {
  system: string;
  user: string;
  header: string;
  tabs: string[];
  active: string;
  panel: string;
}): string {
  const tabs = o.tabs
    .map((t) => `<button role="tab" id="tab-${t.toLowerCase().replace(/[^a-z]+/g, '-')}" aria-selected="${t === o.active}"${t === o.active ? ' class="active"' : ' tabindex="-1"'}>${esc(t)}</button>`)
    .join('');
  const panels = o.tabs
    .map((t) =>
      t === o.active
        ? `<div role="tabpanel" aria-labelledby="tab-${t.toLowerCase().replace(/[^a-z]+/g, '-')}">\n${o.panel}\n</div>`
        : `<div role="tabpanel" hidden aria-busy="true"><span class="spinner">Laden…</span></div>`,
    )
    .join('\n');
  return appShell({
    system: o.system,
    nav: ['Dashboard', 'Dossiers', 'Overleg', 'Rapportage'],
    user: o.user,
    main: `<section class="case-head">${o.header}</section>
<div role="tablist" aria-label="Dossieronderdelen">${tabs}</div>
${panels}`,
    footer: `${esc(o.system)} – sessie verloopt na 20 minuten zonder activiteit`,
  });
}

/** Divs whose only label is an aria-label (icons stand in for the labels on screen). */
export function ariaCard(o: {
  system: string;
  user: string;
  regions: { label: string; fields: Pair[] }[];
  zrm?: { edition: string; scores: Pair[] };
  notes: { label: string; html: string }[];
}): string {
  const regions = o.regions
    .map(
      (r) => `<div class="card" role="region" aria-label="${esc(r.label)}">
${r.fields.map(([l, v]) => `  <div class="f"><i class="ico" aria-hidden="true"></i><span aria-label="${esc(l)}">${esc(v)}</span></div>`).join('\n')}
</div>`,
    )
    .join('\n');
  const zrm = o.zrm
    ? `<div class="card zrm" role="list" aria-label="Zelfredzaamheidsmatrix ${esc(o.zrm.edition)}">
${o.zrm.scores.map(([d, s]) => `  <div role="listitem" aria-label="${esc(d)}"><i class="ico-domain" aria-hidden="true"></i><b>${esc(s)}</b></div>`).join('\n')}
</div>`
    : '';
  const notes = o.notes.map((n) => `<div class="card note" role="article" aria-label="${esc(n.label)}">${n.html}</div>`).join('\n');
  return appShell({
    system: o.system,
    nav: ['Home', 'Zoeken', 'Meldingen'],
    user: o.user,
    main: `${regions}\n${zrm}\n${notes}`,
    footer: '<span aria-label="Versie">v7.3.1</span>',
  });
}

/** ZRM as icons: every domain an image whose alt and title carry the score, no visible digits. */
export function iconCase(o: {
  system: string;
  user: string;
  header: string;
  zrm: { domain: string; score: number; words?: boolean }[];
  body: string;
}): string {
  const icons = o.zrm
    .map(({ domain, score, words }) => {
      const text = words === false ? `${domain} ${score}` : `${domain}: ${score} – ${LEVEL[score]}`;
      return `<li><img src="/img/zrm/${domain.toLowerCase().replace(/[^a-z]+/g, '-')}-${score}.svg" alt="${esc(text)}" title="${esc(text)}" width="32" height="32"></li>`;
    })
    .join('');
  return appShell({
    system: o.system,
    nav: ['Start', 'Casussen', 'Sociale kaart', 'Help'],
    user: o.user,
    main: `<section class="case-top">${o.header}</section>
<section class="zrm-icons" aria-label="ZRM"><h2>Zelfredzaamheid</h2><ul class="icon-row">${icons}</ul><p class="legend">Kleur: rood = acuut … groen = volledig zelfredzaam. Beweeg over een icoon voor de score.</p></section>
${o.body}`,
    footer: `${esc(o.system)} · iconen © demo`,
  });
}

/** A narrow phone layout: a burger menu, stacked cards with short labels, ZRM as dots. */
export function mobileCase(o: {
  title: string;
  rows: Pair[];
  zrm?: Pair[];
  cards: { title: string; html: string }[];
}): string {
  const dots = (s: string) => {
    const n = Number(s);
    return `<span class="dots" aria-label="${n} van 5">${'●'.repeat(n)}${'○'.repeat(5 - n)}</span>`;
  };
  return `<div class="m-top"><button type="button" aria-label="Menu">☰</button><span class="m-title">${esc(o.title)}</span><button type="button" aria-label="Zoeken">🔍</button></div>
<div class="m-card m-facts">
${o.rows.map(([k, v]) => `  <div class="m-row"><span class="k">${esc(k)}</span><span class="v">${esc(v)}</span></div>`).join('\n')}
</div>
${o.zrm ? `<div class="m-card m-zrm"><div class="m-card-title">ZRM</div>\n${o.zrm.map(([d, s]) => `  <div class="m-row"><span class="k">${esc(d)}</span>${dots(s)}</div>`).join('\n')}\n</div>` : ''}
${o.cards.map((c) => `<div class="m-card"><div class="m-card-title">${esc(c.title)}</div>${c.html}</div>`).join('\n')}
<nav class="m-tabbar"><a href="#">Home</a><a href="#">Dossiers</a><a href="#">Agenda</a><a href="#">Meer</a></nav>`;
}

/**
 * A print view: the page split into printed pages, each with a running header and a footer that
 * names the team's own address, the colleague who printed it and the page number.
 */
export function printView(o: {
  org: string;
  title: string;
  footer: string;
  pages: string[];
}): string {
  return `<div class="print-bar no-print"><button type="button">Afdrukken</button> <button type="button">Sluiten</button></div>
${o.pages
  .map(
    (p, i) => `<div class="print-page">
  <div class="print-head">${esc(o.org)} — ${esc(o.title)}</div>
${p}
  <div class="print-foot">${o.footer} · Pagina ${i + 1} van ${o.pages.length}</div>
</div>`,
  )
  .join('\n')}`;
}

/** A "Label ........ waarde" block as a print view shows it. */
export function dotted(rows: Pair[]): string {
  return `<pre class="kv">${rows.map(([l, v]) => `${esc(l)} ${'.'.repeat(Math.max(2, 26 - l.length))} ${esc(v)}`).join('\n')}</pre>`;
}

/** Minutes of a multidisciplinary meeting: who was there, then turns by initials, decisions, actions. */
export function mdoMinutes(o: {
  system: string;
  user: string;
  title: string;
  present: string;
  caseLine: string;
  turns: Pair[];
  decision: string;
  actions: Pair[];
  extra?: string;
}): string {
  return appShell({
    system: o.system,
    nav: ['Overleggen', 'Agenda', 'Dossiers'],
    user: o.user,
    main: `<h1>${esc(o.title)}</h1>
<p class="present"><em>Aanwezig:</em> ${o.present}</p>
<h2>Casus</h2>
<p>${o.caseLine}</p>
<h2>Bespreking</h2>
<dl class="turns">
${o.turns.map(([who, said]) => `  <dt>${esc(who)}</dt><dd>${said}</dd>`).join('\n')}
</dl>
${o.extra ?? ''}
<h2>Besluit</h2>
<p>${o.decision}</p>
<h2>Acties</h2>
<table class="actions"><tr><th>Wat</th><th>Wie</th></tr>${o.actions.map(([what, who]) => `<tr><td>${what}</td><td>${esc(who)}</td></tr>`).join('')}</table>`,
    footer: 'Verslag MDO · vastgesteld in het volgende overleg · niet doorsturen',
  });
}

/** A plan of action: a few header facts, the client's question, then a matrix per life domain. */
export function actionPlan(o: {
  system: string;
  user: string;
  title: string;
  facts: Pair[];
  question: string;
  rows: { domain: string; score: string; situation: string; goal: string; action: string; who: string }[];
  signed: string;
}): string {
  return appShell({
    system: o.system,
    nav: ['Mijn cliënten', 'Plannen', 'Evaluaties', 'Uitloggen'],
    user: o.user,
    main: `<h1>${esc(o.title)}</h1>
<ul class="facts">${o.facts.map(([l, v]) => `<li>${esc(l)}: <b>${esc(v)}</b></li>`).join('')}</ul>
<h2>Vraag van de cliënt</h2>
<p class="question">${o.question}</p>
<table class="plan">
<thead><tr><th>Leefgebied</th><th>ZRM</th><th>Situatie nu</th><th>Doel</th><th>Actie</th><th>Wie</th></tr></thead>
<tbody>
${o.rows.map((r) => `<tr><td>${esc(r.domain)}</td><td>${esc(r.score)}</td><td>${r.situation}</td><td>${r.goal}</td><td>${r.action}</td><td>${esc(r.who)}</td></tr>`).join('\n')}
</tbody>
</table>
<p class="signed">${o.signed}</p>`,
    footer: 'Plan van aanpak · besproken met cliënt · demo',
  });
}
