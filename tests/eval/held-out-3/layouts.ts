/*
 * Page layouts of the third held-out set. Each helper only lays out texts written per case (the
 * case files hold every fact and every judgement). None of them is one of the evaluation's five
 * styles or a layout of the first two held-out sets. Every person, address and number is invented.
 * Texts passed in as `html` are written by hand in the case files and may hold markup.
 */

/** [label, value] as the page prints it. */
export type Pair = readonly [label: string, value: string];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const LEVEL: Record<number, string> = {
  1: 'acute problematiek',
  2: 'niet zelfredzaam',
  3: 'beperkt zelfredzaam',
  4: 'voldoende zelfredzaam',
  5: 'volledig zelfredzaam',
};

/**
 * A letter to the client as the case system's document viewer shows it: a toolbar, the letterhead
 * with the team's own address, the addressee, the letter, sometimes an appendix with scores.
 */
export function clientLetter(o: {
  system: string;
  user: string;
  team: string[];
  addressee: string[];
  place: string;
  reference: string;
  subject: string;
  salutation: string;
  paragraphs: string[];
  appendix?: string;
  closing: string[];
}): string {
  return `<div class="doc-toolbar"><span class="app">${esc(o.system)}</span> <a href="#">← Terug naar dossier</a> <button type="button">Opslaan als PDF</button> <button type="button">Versturen</button> <span class="user">Ingelogd: ${esc(o.user)}</span></div>
<div class="doc-viewer">
  <div class="letterhead">${o.team.map((l) => `<div>${esc(l)}</div>`).join('')}</div>
  <div class="addressee">${o.addressee.map((l) => `<div>${esc(l)}</div>`).join('')}</div>
  <table class="letter-meta"><tr><td>Datum</td><td>${esc(o.place)}</td></tr><tr><td>Ons kenmerk</td><td>${esc(o.reference)}</td></tr><tr><td>Onderwerp</td><td>${esc(o.subject)}</td></tr></table>
  <p>${esc(o.salutation)}</p>
${o.paragraphs.map((p) => `  <p>${p}</p>`).join('\n')}
  <div class="closing">${o.closing.map((l) => `<div>${esc(l)}</div>`).join('')}</div>
${o.appendix ? `  <div class="appendix"><hr>${o.appendix}</div>` : ''}
</div>
<div class="doc-status">Concept · nog niet verzonden · sjabloon "Brief na keukentafelgesprek v3"</div>`;
}

/** An interview record: numbered questions and the client's answers, then the worker's summary. */
export function interview(o: {
  system: string;
  user: string;
  title: string;
  meta: Pair[];
  qa: Pair[];
  summary: string;
  extra?: string;
}): string {
  return `<header class="topbar"><b>${esc(o.system)}</b> <nav><a href="#">Mijn werk</a> | <a href="#">Gesprekken</a> | <a href="#">Zoeken</a></nav> <span class="me">${esc(o.user)} ▾</span></header>
<div class="page">
<h1>${esc(o.title)}</h1>
<p class="meta">${o.meta.map(([l, v]) => `<span><em>${esc(l)}:</em> ${esc(v)}</span>`).join(' · ')}</p>
<ol class="interview">
${o.qa.map(([q, a]) => `  <li><p class="vraag"><strong>V:</strong> ${q}</p><p class="antwoord"><strong>A:</strong> ${a}</p></li>`).join('\n')}
</ol>
${o.extra ?? ''}
<h2>Samenvatting gespreksvoerder</h2>
<p>${o.summary}</p>
</div>
<footer class="pagefoot">Gespreksverslag · vastleggen binnen 5 werkdagen · privacyreglement art. 4</footer>`;
}

export type Mail = { from: string; to: string; date: string; body: string };

/**
 * An e-mail thread as a webmail client shows it: folder list, the newest message open, the older
 * ones quoted below it with "Op … schreef …:" lines, signatures and a confidentiality footer.
 */
export function mailThread(o: { user: string; subject: string; messages: Mail[]; signature: string }): string {
  const [first, ...older] = o.messages;
  if (!first) throw new Error('a thread needs a message');
  const quoted = older.reduceRight(
    (inner, m) => `<blockquote class="quoted"><div class="q-head">Op ${esc(m.date)} schreef ${esc(m.from)}:</div>${m.body}${inner}</blockquote>`,
    '',
  );
  return `<div class="webmail"><aside class="folders"><div class="account">${esc(o.user)}</div><ul><li class="sel">Postvak IN (14)</li><li>Verzonden</li><li>Concepten</li><li>Archief</li></ul></aside>
<section class="message">
<h1 class="subject">${esc(o.subject)}</h1>
<table class="headers"><tr><th>Van</th><td>${esc(first.from)}</td></tr><tr><th>Aan</th><td>${esc(first.to)}</td></tr><tr><th>Datum</th><td>${esc(first.date)}</td></tr></table>
<div class="body">${first.body}
<div class="sig">${o.signature}</div>
${quoted}
</div>
<div class="mail-actions"><button type="button">Beantwoorden</button> <button type="button">Allen beantwoorden</button> <button type="button">Doorsturen</button></div>
</section></div>
<p class="disclaimer">Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder het dan en meld het aan de afzender.</p>`;
}

/**
 * A kanban board of one case: a client panel on the left, then columns (to do, doing, waiting,
 * done) of cards per action or life domain.
 */
export function caseBoard(o: {
  system: string;
  user: string;
  panel: Pair[];
  zrm?: string;
  columns: { title: string; cards: { title: string; body: string; tag?: string }[] }[];
}): string {
  return `<div class="bb-top"><span class="brand">${esc(o.system)}</span><input type="search" placeholder="Zoek casus of cliënt"><span class="bb-user">${esc(o.user)}</span></div>
<div class="bb-wrap">
<aside class="bb-panel">
${o.panel.map(([l, v]) => `  <div class="pf"><div class="pl">${esc(l)}</div><div class="pv">${esc(v)}</div></div>`).join('\n')}
${o.zrm ?? ''}
</aside>
<div class="bb-board">
${o.columns
  .map(
    (c) => `  <section class="bb-col"><h3>${esc(c.title)} <span class="count">${c.cards.length}</span></h3>
${c.cards.map((k) => `    <article class="bb-card">${k.tag ? `<span class="tag">${esc(k.tag)}</span>` : ''}<h4>${esc(k.title)}</h4><div class="bb-body">${k.body}</div></article>`).join('\n')}
  </section>`,
  )
  .join('\n')}
</div>
</div>
<div class="bb-foot">Bord bijgewerkt door ${esc(o.user)} · slepen om de status te wijzigen</div>`;
}

/**
 * A ZRM radar (spider) chart drawn in SVG: an axis per domain with a <text> label, the score as
 * a <text> next to its point, a polygon for the profile. Facts and notes around it.
 */
export function radarCase(o: {
  system: string;
  user: string;
  facts: Pair[];
  edition: string;
  scores: Pair[];
  notes: { title: string; html: string }[];
}): string {
  const n = o.scores.length;
  const cx = 160;
  const cy = 160;
  const pt = (i: number, r: number) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return [Math.round(cx + r * Math.cos(a)), Math.round(cy + r * Math.sin(a))] as const;
  };
  const axes = o.scores
    .map(([label], i) => {
      const [x, y] = pt(i, 120);
      const [lx, ly] = pt(i, 140);
      return `<line x1="${cx}" y1="${cy}" x2="${x}" y2="${y}" class="axis"/><text x="${lx}" y="${ly}" class="lbl">${esc(label)}</text>`;
    })
    .join('');
  const points = o.scores.map(([, s], i) => pt(i, (Number(s) / 5) * 120));
  const values = o.scores
    .map(([, s], i) => {
      const [x, y] = points[i]!;
      return `<circle cx="${x}" cy="${y}" r="3"/><text x="${x + 5}" y="${y - 5}" class="val">${esc(s)}</text>`;
    })
    .join('');
  const rings = [1, 2, 3, 4, 5].map((r) => `<circle cx="${cx}" cy="${cy}" r="${r * 24}" class="ring"/>`).join('');
  return `<nav class="rc-nav"><span class="logo">${esc(o.system)}</span><a href="#">Overzicht</a><a href="#">Cliënten</a><a href="#">Matrix</a><span class="acct">${esc(o.user)}</span></nav>
<div class="rc-main">
<dl class="rc-facts">${o.facts.map(([l, v]) => `<dt>${esc(l)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>
<figure class="rc-radar"><svg viewBox="0 0 320 320" width="320" height="320" role="img" aria-label="Zelfredzaamheidsmatrix ${esc(o.edition)}">${rings}${axes}<polygon points="${points.map(([x, y]) => `${x},${y}`).join(' ')}" class="profile"/>${values}</svg>
<figcaption>ZRM ${esc(o.edition)} – schaal 1 (acuut) tot 5 (volledig zelfredzaam)</figcaption></figure>
${o.notes.map((x) => `<section class="rc-note"><h2>${esc(x.title)}</h2>${x.html}</section>`).join('\n')}
</div>
<footer class="rc-foot">Grafiek gegenereerd ${esc(o.system)} · alleen voor intern gebruik</footer>`;
}

export type OutField = { label: string; value?: string; kind?: 'output' | 'input' | 'textarea'; placeholder?: string; title?: string };

/**
 * A read-only form: values sit in <output> elements and read-only inputs (value attribute only),
 * empty fields show only a placeholder, some have a title tooltip.
 */
export function readOnlyForm(o: { system: string; user: string; title: string; sections: { legend: string; fields: OutField[] }[] }): string {
  let n = 0;
  const field = (f: OutField) => {
    const id = `f${++n}`;
    const t = f.title ? ` title="${esc(f.title)}"` : '';
    const ph = f.placeholder ? ` placeholder="${esc(f.placeholder)}"` : '';
    const kind = f.kind ?? 'output';
    const control =
      kind === 'output'
        ? `<output id="${id}" name="${id}"${t}>${esc(f.value ?? '')}</output>`
        : kind === 'input'
          ? `<input id="${id}" type="text" readonly${f.value ? ` value="${esc(f.value)}"` : ''}${ph}${t}>`
          : `<textarea id="${id}" readonly rows="4"${ph}${t}>${esc(f.value ?? '')}</textarea>`;
    return `    <div class="ro-row"><label for="${id}">${esc(f.label)}</label>${control}</div>`;
  };
  return `<div class="ro-app"><header><span class="ro-logo">${esc(o.system)}</span> <span class="ro-crumbs">Cliënten › Dossier › Alleen lezen</span> <span class="ro-user">${esc(o.user)}</span></header>
<form class="ro-form" aria-readonly="true">
<h1>${esc(o.title)}</h1>
${o.sections.map((s) => `  <fieldset disabled><legend>${esc(s.legend)}</legend>\n${s.fields.map(field).join('\n')}\n  </fieldset>`).join('\n')}
<div class="ro-actions"><button type="button" disabled>Wijzigen</button> <button type="button">Afdrukken</button></div>
</form>
<footer>Alleen-lezen weergave · wijzigen kan alleen de casusregisseur</footer></div>`;
}

/**
 * A page built from custom elements in the light DOM, as a web-components front end renders it:
 * values in attributes and in the elements' own text.
 */
export function componentPage(o: {
  user: string;
  caseId: string;
  name: string;
  fields: Pair[];
  zrm?: { edition: string; scores: { domain: string; value: number; words?: boolean }[] };
  notes: { author: string; date: string; html: string }[];
  signals?: string;
}): string {
  const zrm = o.zrm
    ? `<zrm-panel edition="${esc(o.zrm.edition)}">
${o.zrm.scores.map((s) => `  <zrm-meter domain="${esc(s.domain)}" value="${s.value}" max="5">${s.words === false ? '' : esc(LEVEL[s.value] ?? '')}</zrm-meter>`).join('\n')}
</zrm-panel>`
    : '';
  return `<hr-app>
<hr-top-bar product="WijkWerk" user="${esc(o.user)}"><hr-menu-item href="#">Start</hr-menu-item><hr-menu-item href="#">Casussen</hr-menu-item><hr-menu-item href="#">Rapporten</hr-menu-item></hr-top-bar>
<client-header case-id="${esc(o.caseId)}" client-name="${esc(o.name)}"><span slot="title">${esc(o.name)}</span> <small slot="sub">Casus ${esc(o.caseId)}</small></client-header>
<hr-fields>
${o.fields.map(([l, v]) => `  <hr-field label="${esc(l)}">${esc(v)}</hr-field>`).join('\n')}
</hr-fields>
${zrm}
${o.signals ?? ''}
<case-notes>
${o.notes.map((x) => `  <case-note author="${esc(x.author)}" date="${esc(x.date)}">${x.html}</case-note>`).join('\n')}
</case-notes>
<hr-status-bar>Verbonden · laatst opgeslagen 2 minuten geleden</hr-status-bar>
</hr-app>`;
}

/** A terse diary: one paragraph per entry, "dd-mm initialen: tekst", no timeline widget. */
export function diary(o: { system: string; user: string; head: string; entries: readonly (readonly [string, string, string])[]; foot?: string }): string {
  return `<div class="menubar">${esc(o.system)} | Bestand | Dossier | Dagboek | Venster | Help</div>
<div class="userline">Gebruiker: ${esc(o.user)}</div>
<div class="dagboek">
<p class="kop">${o.head}</p>
${o.entries.map(([d, who, t]) => `<p><b>${esc(d)}</b> ${esc(who)}: ${t}</p>`).join('\n')}
${o.foot ? `<p class="voet">${o.foot}</p>` : ''}
</div>
<div class="statusbar">Gereed · NUM · ${esc(o.system)}</div>`;
}
