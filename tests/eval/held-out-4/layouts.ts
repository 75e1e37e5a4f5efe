/*
 * Page layouts of the fourth held-out set. Each helper only lays out texts written per case (the
 * case files hold every fact and every judgement). None of them is one of the evaluation's five
 * styles or a layout of the first three held-out sets. Every person, address and number is
 * invented. Texts passed in as `html` are written by hand in the case files and may hold markup.
 */

/** [label, value] as the page prints it. */
export type Pair = readonly [label: string, value: string];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A "signalering" (risk checklist) page: client facts as labelled inputs, then groups of
 * checkboxes; only the ticked ones hold, an unticked box may carry a remark ("uitgevraagd").
 */
export function checklist(o: {
  system: string;
  user: string;
  title: string;
  facts: Pair[];
  groups: { legend: string; items: { label: string; checked: boolean; note?: string }[] }[];
  zrm?: string;
  notes: string;
}): string {
  let n = 0;
  const facts = o.facts
    .map(([l, v]) => {
      const id = `sg${++n}`;
      return `  <div class="sg-row"><label for="${id}">${esc(l)}</label><input id="${id}" type="text" value="${esc(v)}" readonly></div>`;
    })
    .join('\n');
  const groups = o.groups
    .map(
      (g) => `<fieldset class="sg-group"><legend>${esc(g.legend)}</legend>
${g.items
  .map((it) => {
    const id = `cb${++n}`;
    return `  <div class="sg-item"><input type="checkbox" id="${id}"${it.checked ? ' checked' : ''} disabled> <label for="${id}">${esc(it.label)}</label>${it.note ? ` <span class="sg-note">${esc(it.note)}</span>` : ''}</div>`;
  })
  .join('\n')}
</fieldset>`,
    )
    .join('\n');
  return `<div class="sg-bar"><b>${esc(o.system)}</b> · Signaleringsinstrument · <span>${esc(o.user)}</span></div>
<main class="sg">
<h1>${esc(o.title)}</h1>
<section class="sg-facts">
${facts}
</section>
${groups}
${o.zrm ?? ''}
<section class="sg-toelichting"><h2>Toelichting</h2>${o.notes}</section>
<p class="sg-legend">Alleen aangevinkte signalen zijn van toepassing. Niet aangevinkt = niet gesignaleerd.</p>
</main>`;
}

/**
 * A transposed table: the labels run across the top row (<th>), the values sit in one row below,
 * as a case system's "export per regel" shows them; a second transposed table may hold the ZRM.
 */
export function transposed(o: { system: string; user: string; title: string; head: Pair[]; zrmCaption?: string; zrm?: Pair[]; text: { title: string; html: string }[] }): string {
  const row = (pairs: Pair[]) =>
    `<table class="tr-table"><thead><tr>${pairs.map(([l]) => `<th>${esc(l)}</th>`).join('')}</tr></thead><tbody><tr>${pairs.map(([, v]) => `<td>${esc(v)}</td>`).join('')}</tr></tbody></table>`;
  return `<header class="tr-head"><span class="tr-app">${esc(o.system)}</span> <span>Export: één regel per dossier</span> <span class="tr-user">${esc(o.user)}</span></header>
<div class="tr-page">
<h1>${esc(o.title)}</h1>
<div class="tr-scroll">${row(o.head)}</div>
${o.zrm ? `<h2>${esc(o.zrmCaption ?? 'ZRM')}</h2><div class="tr-scroll">${row(o.zrm)}</div>` : ''}
${o.text.map((t) => `<h2>${esc(t.title)}</h2><div class="tr-text">${t.html}</div>`).join('\n')}
</div>
<footer class="tr-foot">Horizontaal scrollen om alle kolommen te zien</footer>`;
}

/**
 * A "perspectiefplan": per life area the client's own words (in quotes, in a blockquote) beside
 * the professional's view and the agreed step, in two columns.
 */
export function perspective(o: {
  system: string;
  user: string;
  title: string;
  header: Pair[];
  areas: { area: string; client: string; worker: string; step?: string }[];
  zrm?: string;
  closing?: string;
}): string {
  return `<nav class="pp-nav"><span class="pp-logo">${esc(o.system)}</span> <a href="#">Dossier</a> <a href="#">Plannen</a> <span class="pp-user">${esc(o.user)}</span></nav>
<article class="pp">
<h1>${esc(o.title)}</h1>
<p class="pp-header">${o.header.map(([l, v]) => `<span><b>${esc(l)}</b> ${esc(v)}</span>`).join(' | ')}</p>
${o.areas
  .map(
    (a) => `<section class="pp-area"><h2>${esc(a.area)}</h2>
  <div class="pp-cols"><div class="pp-client"><h3>Wat ik zelf zeg</h3><blockquote>“${a.client}”</blockquote></div><div class="pp-worker"><h3>Wat de professional ziet</h3><p>${a.worker}</p></div></div>
  ${a.step ? `<p class="pp-step"><b>Volgende stap:</b> ${a.step}</p>` : ''}
</section>`,
  )
  .join('\n')}
${o.zrm ?? ''}
${o.closing ? `<section class="pp-closing">${o.closing}</section>` : ''}
</article>`;
}

/** A handover note ("overdracht") from one colleague to another, as a note in the case file. */
export function handover(o: { system: string; user: string; from: string; to: string; date: string; reference: string; blocks: { title: string; html: string }[]; zrm?: string; sign: string }): string {
  return `<div class="od-top">${esc(o.system)} › Dossier › Notities <span class="od-user">${esc(o.user)}</span></div>
<div class="od-note">
<div class="od-meta"><div><span>Type notitie</span> Overdracht collega</div><div><span>Van</span> ${esc(o.from)}</div><div><span>Aan</span> ${esc(o.to)}</div><div><span>Datum</span> ${esc(o.date)}</div><div><span>Dossier</span> ${esc(o.reference)}</div></div>
${o.blocks.map((b) => `<h3>${esc(b.title)}</h3>${b.html}`).join('\n')}
${o.zrm ?? ''}
<p class="od-sign">${o.sign}</p>
</div>
<div class="od-actions"><button type="button">Gelezen</button> <button type="button">Reageren</button></div>`;
}

export type NetPerson = { name: string; relation: string; circle: 'gezin' | 'familie' | 'vrienden en buren' | 'professioneel' | 'overig'; help: string; status: 'helpt' | 'kan helpen' | 'kan niet' | 'onveilig' | 'geen contact' };

/**
 * A network map ("ecogram/netwerkkaart") written out as a list: the people around the client per
 * circle with their relation, what they do and whether they can help.
 */
export function networkMap(o: { system: string; user: string; client: Pair[]; people: NetPerson[]; zrm?: string; conclusion: string }): string {
  const circles = ['gezin', 'familie', 'vrienden en buren', 'professioneel', 'overig'] as const;
  return `<header class="nk-head"><b>${esc(o.system)}</b> · Netwerkkaart <span class="nk-user">${esc(o.user)}</span></header>
<div class="nk">
<div class="nk-client">${o.client.map(([l, v]) => `<div class="nk-f"><span class="nk-l">${esc(l)}</span><span class="nk-v">${esc(v)}</span></div>`).join('')}</div>
${circles
  .filter((c) => o.people.some((p) => p.circle === c))
  .map(
    (c) => `<section class="nk-circle"><h2>Cirkel: ${esc(c)}</h2><ul>
${o.people
  .filter((p) => p.circle === c)
  .map((p) => `  <li class="nk-person" data-status="${esc(p.status)}"><span class="nk-name">${esc(p.name)}</span> <span class="nk-rel">(${esc(p.relation)})</span> <span class="nk-help">${esc(p.help)}</span> <span class="nk-status">[${esc(p.status)}]</span></li>`)
  .join('\n')}
</ul></section>`,
  )
  .join('\n')}
${o.zrm ?? ''}
<section class="nk-concl"><h2>Conclusie netwerk</h2>${o.conclusion}</section>
</div>`;
}

/** A "keukentafelgesprek" report structured by numbered Wmo questions, each with an answer. */
export function kitchenTable(o: { system: string; user: string; title: string; meta: Pair[]; answers: Pair[]; zrm?: string; conclusion: string }): string {
  return `<div class="kt-app"><div class="kt-brand">${esc(o.system)}</div><div class="kt-user">${esc(o.user)}</div></div>
<div class="kt">
<h1>${esc(o.title)}</h1>
<table class="kt-meta">${o.meta.map(([l, v]) => `<tr><td>${esc(l)}</td><td>${esc(v)}</td></tr>`).join('')}</table>
${o.answers.map(([q, a], i) => `<div class="kt-q"><h2>${i + 1}. ${esc(q)}</h2><div class="kt-a">${a}</div></div>`).join('\n')}
${o.zrm ?? ''}
<div class="kt-concl"><h2>Conclusie en afspraken</h2>${o.conclusion}</div>
</div>
<footer class="kt-foot">Verslag keukentafelgesprek · Wmo 2015 art. 2.3.2 · cliënt ontvangt een kopie</footer>`;
}

/** Facts in a sidebar <aside>; the main column is a long log of dated entries. */
export function sidebarLog(o: { system: string; user: string; aside: Pair[]; asideExtra?: string; title: string; log: { date: string; who: string; html: string }[] }): string {
  return `<div class="sl-top">${esc(o.system)} <input type="search" aria-label="Zoeken" placeholder="Zoeken in journaal"> <span>${esc(o.user)}</span></div>
<div class="sl-wrap">
<aside class="sl-aside"><h2>Cliëntgegevens</h2><dl>${o.aside.map(([l, v]) => `<dt>${esc(l)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>${o.asideExtra ?? ''}</aside>
<main class="sl-main"><h1>${esc(o.title)}</h1>
${o.log.map((e) => `<article class="sl-entry"><header><time>${esc(e.date)}</time> · <span class="sl-who">${esc(e.who)}</span></header>${e.html}</article>`).join('\n')}
<p class="sl-more"><a href="#">Oudere journaalregels laden…</a></p>
</main>
</div>`;
}

/**
 * An accessible data table: <caption>, column headers with scope="col", one row header per
 * line (scope="row"); free text below.
 */
export function dataTable(o: { system: string; user: string; title: string; tables: { caption: string; cols: string[]; rows: string[][] }[]; text: { title: string; html: string }[] }): string {
  return `<header class="dt-head" role="banner">${esc(o.system)} <span class="dt-user">${esc(o.user)}</span></header>
<main class="dt" role="main">
<h1>${esc(o.title)}</h1>
${o.tables
  .map(
    (t) => `<table class="dt-table">
<caption>${esc(t.caption)}</caption>
<thead><tr>${t.cols.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead>
<tbody>
${t.rows.map(([h, ...cells]) => `<tr><th scope="row">${esc(h ?? '')}</th>${cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n')}
</tbody>
</table>`,
  )
  .join('\n')}
${o.text.map((t) => `<h2>${esc(t.title)}</h2>${t.html}`).join('\n')}
</main>`;
}
