/*
 * HELD-OUT set 5: the eight page layouts. Each function builds a page's <body> inner HTML from the
 * case's own content (written per case in cases-1.ts and cases-2.ts). No scripts; fictitious people.
 */

const ZRM_ORDER = [
  'Financiën',
  'Dagbesteding',
  'Huisvesting',
  'Huiselijke relaties',
  'Geestelijke gezondheid',
  'Lichamelijke gezondheid',
  'Verslaving',
  'Activiteiten dagelijks leven',
  'Sociaal netwerk',
  'Maatschappelijke participatie',
  'Justitie',
] as const;
export type ZrmLabel = (typeof ZRM_ORDER)[number];

const LEVEL_WORDS = ['acute problematiek', 'niet zelfredzaam', 'beperkt zelfredzaam', 'voldoende zelfredzaam', 'volledig zelfredzaam'];
const HEAT = ['#d7301f', '#fc8d59', '#fdcc8a', '#b8e186', '#4dac26'];

/* ---------- 1. gezplan-: a "1Gezin1Plan" family plan with goals per family member ---------- */

export interface GezinPlan {
  planNr: string;
  datum: string;
  regisseur: string;
  /** One line about where the family lives, or absent. */
  adres?: string;
  hoofdpersoon: string;
  leden: { naam: string; rol: string; leeftijd: string; bijzonderheden: string }[];
  /** What the family says it wants, in its own words. */
  gezinsdoel: string;
  /** Goals per family member: who, the goal, what is done, by whom. */
  doelen: { wie: string; doel: string; acties: string[]; door: string }[];
  veiligheid: string;
  netwerk: string;
  /** ZRM of the hoofdpersoon as label → score (2013 numbers), or absent. */
  zrm?: [ZrmLabel, number][];
  afspraken: string;
}

export function gezinPlan(p: GezinPlan): string {
  const leden = p.leden
    .map((l) => `<tr><td>${l.naam}</td><td>${l.rol}</td><td>${l.leeftijd}</td><td>${l.bijzonderheden}</td></tr>`)
    .join('');
  const doelen = p.doelen
    .map(
      (d) => `<section class="gezinslid">
  <h3>${d.wie}</h3>
  <table class="doel"><tbody>
    <tr><th>Doel</th><td>${d.doel}</td></tr>
    <tr><th>Wat gaan we doen</th><td><ul>${d.acties.map((a) => `<li>${a}</li>`).join('')}</ul></td></tr>
    <tr><th>Wie</th><td>${d.door}</td></tr>
  </tbody></table>
</section>`,
    )
    .join('\n');
  const zrm = p.zrm
    ? `<h2>Zelfredzaamheid ${p.hoofdpersoon} (ZRM 2013)</h2>
<table class="zrm"><thead><tr><th>Domein</th><th>Score</th></tr></thead><tbody>${p.zrm
        .map(([d, s]) => `<tr><td>${d}</td><td>${s}</td></tr>`)
        .join('')}</tbody></table>`
    : '';
  return `<header class="plan-kop">
  <div class="logo">1Gezin1Plan</div>
  <p>Plannummer <strong>${p.planNr}</strong> · vastgesteld ${p.datum} · gezinsregisseur ${p.regisseur}</p>
</header>
<main>
<h1>Gezinsplan</h1>
${p.adres ? `<p class="adres">${p.adres}</p>` : ''}
<p class="hoofd">Hoofdpersoon van dit plan: <strong>${p.hoofdpersoon}</strong></p>
<h2>Wie horen bij het gezin</h2>
<table class="gezin"><thead><tr><th>Naam</th><th>Rol</th><th>Leeftijd</th><th>Bijzonderheden</th></tr></thead><tbody>${leden}</tbody></table>
<h2>Wat wil het gezin bereiken?</h2>
<blockquote>${p.gezinsdoel}</blockquote>
<h2>Doelen per gezinslid</h2>
${doelen}
<h2>Veiligheid</h2>
<p>${p.veiligheid}</p>
<h2>Netwerk rond het gezin</h2>
<p>${p.netwerk}</p>
${zrm}
<h2>Afspraken en evaluatie</h2>
<p>${p.afspraken}</p>
</main>`;
}

/* ---------- 2. faq-: a question-and-answer intake in open <details>/<summary> blocks ---------- */

export interface VraagAntwoord {
  titel: string;
  dossier: string;
  kop: string;
  vragen: [string, string][];
  /** ZRM as a line of "domein: score" in the answer block, or absent. */
  zrm?: [ZrmLabel, number][];
  voet: string;
}

export function vraagAntwoord(p: VraagAntwoord): string {
  const blokken = p.vragen
    .map(([v, a]) => `<details open class="qa"><summary>${v}</summary><div class="antwoord">${a}</div></details>`)
    .join('\n');
  const zrm = p.zrm
    ? `<details open class="qa"><summary>Hoe scoort de cliënt op de ZRM?</summary><div class="antwoord"><p>${p.zrm
        .map(([d, s]) => `${d}: ${s}`)
        .join(' · ')}</p></div></details>`
    : '';
  return `<nav class="kruimel">Dossiers › ${p.dossier} › Intake</nav>
<h1>${p.titel}</h1>
<p class="intro">${p.kop}</p>
<section class="faq">
${blokken}
${zrm}
</section>
<footer><small>${p.voet}</small></footer>`;
}

/* ---------- 3. tel-: a telephone intake note in terse abbreviations, one <pre> block ---------- */

export interface TelefoonNotitie {
  regels: string[];
}

export function telefoonNotitie(p: TelefoonNotitie): string {
  return `<div class="notitie-kader">
<p class="bron">Telefoonnotitie (platte tekst, overgenomen uit de telefooncentrale)</p>
<pre>${p.regels.join('\n')}</pre>
</div>`;
}

/* ---------- 4. casus-: minutes of a "casusoverleg" with numbered decisions ---------- */

export interface Casusoverleg {
  kop: string;
  datum: string;
  aanwezig: string[];
  casusNr: string;
  inbreng: string[];
  bespreking: string[];
  zrm?: string;
  besluiten: string[];
  acties: [string, string, string][];
}

export function casusoverleg(p: Casusoverleg): string {
  return `<article class="verslag">
<h1>${p.kop}</h1>
<p class="meta">Datum: ${p.datum} · Casusnummer: ${p.casusNr}</p>
<p class="meta">Aanwezig: ${p.aanwezig.join(', ')}</p>
<h2>Inbreng casushouder</h2>
${p.inbreng.map((t) => `<p>${t}</p>`).join('\n')}
<h2>Bespreking</h2>
${p.bespreking.map((t) => `<p>${t}</p>`).join('\n')}
${p.zrm ? `<p class="zrm">${p.zrm}</p>` : ''}
<h2>Besluiten</h2>
<ol class="besluiten">${p.besluiten.map((b) => `<li>${b}</li>`).join('')}</ol>
<h2>Actiepunten</h2>
<table class="acties"><thead><tr><th>Wat</th><th>Wie</th><th>Wanneer</th></tr></thead><tbody>${p.acties
    .map(([w, wie, wanneer]) => `<tr><td>${w}</td><td>${wie}</td><td>${wanneer}</td></tr>`)
    .join('')}</tbody></table>
</article>`;
}

/* ---------- 5. grid-: labels and values in separate CSS-grid columns of <span>s ---------- */

export interface SpanRaster {
  titel: string;
  /** Label and value; the page puts all labels first, then all values, placed by grid-row. */
  velden: [string, string][];
  /** ZRM in the same way, the value as "3 – beperkt zelfredzaam", or absent. */
  zrm?: [ZrmLabel, number][];
  notitie: string[];
}

function raster(prefix: string, velden: [string, string][]): string {
  const labels = velden
    .map(([l], i) => `<span class="lbl" id="${prefix}-l${i}" style="grid-column:1;grid-row:${i + 1}">${l}</span>`)
    .join('');
  const waarden = velden
    .map(([, v], i) => `<span class="val" aria-describedby="${prefix}-l${i}" style="grid-column:2;grid-row:${i + 1}">${v}</span>`)
    .join('');
  return `<div class="raster" style="display:grid;grid-template-columns:14rem 1fr;gap:.25rem 1rem">${labels}${waarden}</div>`;
}

export function spanRaster(p: SpanRaster): string {
  const zrm = p.zrm
    ? `<h2>Zelfredzaamheid</h2>${raster(
        'z',
        p.zrm.map(([d, s]) => [d, `${s} – ${LEVEL_WORDS[s - 1]}`]),
      )}`
    : '';
  return `<h1>${p.titel}</h1>
<h2>Gegevens</h2>
${raster('g', p.velden)}
${zrm}
<h2>Notitie</h2>
${p.notitie.map((t) => `<p>${t}</p>`).join('\n')}`;
}

/* ---------- 6. heat-: the ZRM as a heat-map grid of coloured cells with title attributes ---------- */

export interface HeatMap {
  kop: string;
  feiten: [string, string][];
  /** Scored domains; the others show "niet gescoord". */
  zrm: Partial<Record<ZrmLabel, number>>;
  datumScore: string;
  toelichting: string[];
}

export function heatMap(p: HeatMap): string {
  const head = `<tr><th scope="col">Domein</th>${LEVEL_WORDS.map((w, i) => `<th scope="col" title="${w}">${i + 1}</th>`).join('')}</tr>`;
  const rows = ZRM_ORDER.map((d) => {
    const s = p.zrm[d];
    if (s === undefined) return `<tr><th scope="row">${d}</th><td colspan="5" class="leeg" title="${d}: niet gescoord"></td></tr>`;
    const cells = [1, 2, 3, 4, 5]
      .map((n) => {
        const on = n === s;
        return `<td class="cel${on ? ' actief' : ''}" style="background:${on ? HEAT[n - 1] : '#f2f2f2'}" title="${d}: ${n} – ${LEVEL_WORDS[n - 1]}${on ? ' (huidige score)' : ''}">${on ? '●' : ''}</td>`;
      })
      .join('');
    return `<tr><th scope="row">${d}</th>${cells}</tr>`;
  }).join('');
  return `<h1>${p.kop}</h1>
<ul class="feiten">${p.feiten.map(([l, v]) => `<li><b>${l}</b> ${v}</li>`).join('')}</ul>
<h2>Zelfredzaamheidsmatrix — stand ${p.datumScore}</h2>
<table class="heatmap"><thead>${head}</thead><tbody>${rows}</tbody></table>
<p class="legenda"><small>Gekleurd vak = huidige score (rood 1 – groen 5). Grijze rij = niet gescoord.</small></p>
<h2>Toelichting</h2>
${p.toelichting.map((t) => `<p>${t}</p>`).join('\n')}`;
}

/* ---------- 7. ontslag-: a discharge letter from a hospital or GGZ, forwarded to the team ---------- */

export interface Ontslagbrief {
  doorsturen: { van: string; aan: string; datum: string; onderwerp: string; tekst: string[] };
  afzender: string;
  betreft: string;
  secties: [string, string][];
  ondertekening: string;
}

export function ontslagbrief(p: Ontslagbrief): string {
  const d = p.doorsturen;
  return `<div class="mail-kop">
<table><tbody>
<tr><td>Van:</td><td>${d.van}</td></tr>
<tr><td>Aan:</td><td>${d.aan}</td></tr>
<tr><td>Datum:</td><td>${d.datum}</td></tr>
<tr><td>Onderwerp:</td><td>${d.onderwerp}</td></tr>
</tbody></table>
</div>
<div class="mail-tekst">${d.tekst.map((t) => `<p>${t}</p>`).join('\n')}</div>
<hr>
<p class="fw">---------- Doorgestuurd bericht ----------</p>
<div class="brief">
<p class="briefhoofd">${p.afzender}</p>
<p class="betreft"><strong>Betreft:</strong> ${p.betreft}</p>
${p.secties.map(([k, t]) => `<h3>${k}</h3><p>${t}</p>`).join('\n')}
<p class="groet">${p.ondertekening}</p>
</div>`;
}

/* ---------- 8. radio-: a questionnaire of radio groups; only the checked ones count ---------- */

export interface Vragenlijst {
  titel: string;
  kop: [string, string][];
  /** Question, the options, and the index of the checked option (-1: none). */
  vragen: { vraag: string; opties: string[]; gekozen: number; toelichting?: string }[];
  /** ZRM as one radio group of 1–5 per domain, or absent. */
  zrm?: [ZrmLabel, number][];
  opmerkingen: string;
}

let radioSeq = 0;
function groep(name: string, opties: string[], gekozen: number): string {
  return opties
    .map((o, i) => {
      const id = `${name}-${i}-${radioSeq++}`;
      return `<input type="radio" disabled name="${name}" id="${id}" value="${i}"${i === gekozen ? ' checked' : ''}><label for="${id}">${o}</label>`;
    })
    .join(' ');
}

export function vragenlijst(p: Vragenlijst): string {
  const kop = p.kop.map(([l, v]) => `<tr><th>${l}</th><td>${v}</td></tr>`).join('');
  const vragen = p.vragen
    .map(
      (v, i) => `<fieldset class="vraag"><legend>${i + 1}. ${v.vraag}</legend>${groep(`v${i}`, v.opties, v.gekozen)}${
        v.toelichting ? `<p class="toel">Toelichting: ${v.toelichting}</p>` : ''
      }</fieldset>`,
    )
    .join('\n');
  const zrm = p.zrm
    ? `<h2>Zelfredzaamheid (ZRM, 1 = acute problematiek … 5 = volledig zelfredzaam)</h2>
${p.zrm
  .map(([d, s], i) => `<fieldset class="zrm"><legend>${d}</legend>${groep(`zrm${i}`, ['1', '2', '3', '4', '5'], s - 1)}</fieldset>`)
  .join('\n')}`
    : '';
  return `<form class="vragenlijst">
<h1>${p.titel}</h1>
<table class="kop"><tbody>${kop}</tbody></table>
${vragen}
${zrm}
<h2>Opmerkingen</h2>
<p>${p.opmerkingen}</p>
</form>`;
}
