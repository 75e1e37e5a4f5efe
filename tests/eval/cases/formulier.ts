import type { EvalCaseInput } from '../eval-case';

/*
 * Style `formulier`: the client file as an intake form in edit mode. Facts live in value="…"
 * attributes, selected <option>s, checked checkboxes and <textarea> content, grouped in
 * <fieldset>s with a <legend>. The ZRM (2013 wording, 11 domains) is a block of labelled <select>s
 * ("2 - Niet zelfredzaam" or only "Niet zelfredzaam") or labelled <input type="number">; some
 * domains are left unscored, some pages have no ZRM at all. Some labels wrap their control.
 *
 * The small render helpers below only turn what each case page shows into markup; every
 * `expect` is written by hand from reading that page, never computed from the same data.
 * All people, numbers and addresses are invented.
 */

// ───────────────────────────── markup helpers ─────────────────────────────

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

type Ctl = string;

/** A text-like input; `wrap` puts the control inside its label instead of using for=. */
function input(type: 'text' | 'number' | 'date', label: string, id: string, value: string, wrap = false, extra = ''): Ctl {
  const attrs = `type="${type}" id="${id}" name="${id}" value="${esc(value)}"${extra ? ' ' + extra : ''}`;
  return wrap
    ? `<div class="form-row"><label>${esc(label)} <input ${attrs}></label></div>`
    : `<div class="form-row"><label for="${id}">${esc(label)}</label> <input ${attrs}></div>`;
}
const text = (label: string, id: string, value: string, wrap = false, extra = ''): Ctl => input('text', label, id, value, wrap, extra);
const num = (label: string, id: string, value: string, wrap = false): Ctl => input('number', label, id, value, wrap);
const date = (label: string, id: string, value: string, wrap = false): Ctl => input('date', label, id, value, wrap);

/** A select; options are [value, text]; `selected` is the value of the chosen option (none: first shows). */
function select(label: string, id: string, options: [string, string][], selected: string | null, wrap = false): Ctl {
  const opts = options
    .map(([v, t]) => `<option value="${esc(v)}"${v === selected ? ' selected' : ''}>${esc(t)}</option>`)
    .join('');
  return wrap
    ? `<div class="form-row"><label>${esc(label)} <select id="${id}" name="${id}">${opts}</select></label></div>`
    : `<div class="form-row"><label for="${id}">${esc(label)}</label> <select id="${id}" name="${id}">${opts}</select></div>`;
}
const GESLACHT: [string, string][] = [['', '— kies —'], ['m', 'Man'], ['v', 'Vrouw'], ['x', 'Anders / onbekend']];
const WIJKEN: [string, string][] = [['', '— kies —'], ['centrum', 'Centrum'], ['noord', 'Noord'], ['oost', 'Oost'], ['zuid', 'Zuid'], ['west', 'West']];
const TALEN: [string, string][] = [
  ['', '— kies —'], ['nl', 'Nederlands'], ['en', 'Engels'], ['ar', 'Arabisch'], ['tr', 'Turks'],
  ['pl', 'Pools'], ['ti', 'Tigrinya'], ['so', 'Somalisch'], ['other', 'Anders'],
];
const JANEE: [string, string][] = [['', '—'], ['ja', 'Ja'], ['nee', 'Nee']];

function textarea(label: string, id: string, content: string, rows = 4): Ctl {
  return `<div class="form-row form-row--wide"><label for="${id}">${esc(label)}</label><br><textarea id="${id}" name="${id}" rows="${rows}" cols="70">${esc(content)}</textarea></div>`;
}

function checkbox(label: string, id: string, checked: boolean): Ctl {
  return `<div class="check-row"><input type="checkbox" id="${id}" name="signalen" value="${id}"${checked ? ' checked="checked"' : ''}> <label for="${id}">${esc(label)}</label></div>`;
}

function fieldset(legend: string, controls: Ctl[], cls = ''): string {
  return `<fieldset${cls ? ` class="${cls}"` : ''}><legend>${esc(legend)}</legend>\n${controls.join('\n')}\n</fieldset>`;
}

/** Signals as a fieldset of checkboxes: every label is shown, only `on` are ticked. */
function signals(legend: string, labels: string[], on: string[]): string {
  for (const o of on) if (!labels.includes(o)) throw new Error(`signal "${o}" not in list`);
  return fieldset(
    legend,
    labels.map((l, i) => checkbox(l, `sig-${i + 1}`, on.includes(l))),
    'signalen',
  );
}

const ZRM_LABELS = [
  'Financiën', 'Dagbesteding', 'Huisvesting', 'Huiselijke relaties', 'Geestelijke gezondheid',
  'Lichamelijke gezondheid', 'Verslaving', 'ADL-vaardigheden', 'Sociaal netwerk',
  'Maatschappelijke participatie', 'Justitie',
] as const;
const LEVELS = ['Acute problematiek', 'Niet zelfredzaam', 'Beperkt zelfredzaam', 'Voldoende zelfredzaam', 'Volledig zelfredzaam'];
const LEVEL_CODES = ['AP', 'NZ', 'BZ', 'VZ', 'VOZ'];

type Score = 1 | 2 | 3 | 4 | 5 | null;
interface ZrmBlock {
  legend: string;
  /** full: "2 - Niet zelfredzaam"; words: "Niet zelfredzaam" (value a digit); codes: words with letter codes as value; number: input type=number. */
  mode: 'full' | 'words' | 'codes' | 'number';
  /** In the order of ZRM_LABELS; null = left unscored. */
  scores: [Score, Score, Score, Score, Score, Score, Score, Score, Score, Score, Score];
  layout: 'rows' | 'table';
  wrap?: boolean;
  /** Extra controls at the top of the block (date of the measurement and so on). */
  head?: Ctl[];
}

function zrmControl(b: ZrmBlock, i: number): { label: string; id: string; control: string } {
  const label = ZRM_LABELS[i]!;
  const id = `zrm-${i + 1}`;
  const s = b.scores[i] ?? null;
  if (b.mode === 'number') {
    return { label, id, control: `<input type="number" id="${id}" name="${id}" min="1" max="5" value="${s ?? ''}">` };
  }
  const opts: string[] = [`<option value="">${b.mode === 'full' ? '— niet gescoord —' : '—'}</option>`];
  LEVELS.forEach((w, k) => {
    const v = b.mode === 'codes' ? LEVEL_CODES[k]! : String(k + 1);
    const t = b.mode === 'full' ? `${k + 1} - ${w}` : w;
    opts.push(`<option value="${v}"${s === k + 1 ? ' selected' : ''}>${t}</option>`);
  });
  return { label, id, control: `<select id="${id}" name="${id}">${opts.join('')}</select>` };
}

function zrm(b: ZrmBlock): string {
  const rows = ZRM_LABELS.map((_, i) => zrmControl(b, i));
  let body: string;
  if (b.layout === 'table') {
    body = `<table class="zrm"><thead><tr><th>Domein</th><th>Score</th></tr></thead><tbody>\n${rows
      .map((r) => `<tr><td><label for="${r.id}">${r.label}</label></td><td>${r.control}</td></tr>`)
      .join('\n')}\n</tbody></table>`;
  } else {
    body = rows
      .map((r) =>
        b.wrap
          ? `<div class="form-row"><label>${r.label} ${r.control}</label></div>`
          : `<div class="form-row"><label for="${r.id}">${r.label}</label> ${r.control}</div>`,
      )
      .join('\n');
  }
  return `<fieldset class="zrm"><legend>${esc(b.legend)}</legend>\n${(b.head ?? []).join('\n')}${b.head ? '\n' : ''}${body}\n</fieldset>`;
}

interface App {
  name: string;
  user: string;
  nav: string[];
  footer: string;
}
const WIJKDOSSIER: App = {
  name: 'Wijkdossier Online',
  user: 'Ingelogd als K. Collega (wijkteam)',
  nav: ['Mijn werkvoorraad', 'Cliënten', 'Agenda', 'Rapportages', 'Uitloggen'],
  footer: 'Wijkdossier Online 4.2 · Gemeente Demostad · Vertrouwelijk, niet printen',
};
const SDR: App = {
  name: 'Sociaal Domein Registratie',
  user: 'Medewerker: P. Tester',
  nav: ['Start', 'Zoeken', 'Dossiers', 'Beschikkingen', 'Overzichten', 'Help'],
  footer: 'SDR · versie 2026.3 · demo-omgeving',
};
const MIJNWIJKTEAM: App = {
  name: 'MijnWijkteam Registratie',
  user: 'S. Demo — Wijkteam Demostad',
  nav: ['Dashboard', 'Cliëntenlijst', 'Nieuwe aanmelding', 'Taken', 'Instellingen'],
  footer: '© MijnWijkteam · Privacyverklaring · Contact functioneel beheer',
};
const BUURTTEAM: App = {
  name: 'Buurtteam Dossier',
  user: 'Buurtteam Demostad · A. Medewerker',
  nav: ['Overzicht', 'Cliënten', 'Aanmeldingen', 'Sociale kaart', 'Afmelden'],
  footer: 'Buurtteam Dossier · Alleen voor intern gebruik',
};
const WRS: App = {
  name: 'WRS – Wijkteam Registratiesysteem',
  user: 'Gebruiker: M. Voorbeeld-Sterk',
  nav: ['Home', 'Zaken', 'Personen', 'Agenda', 'Rapporten', 'Uitloggen'],
  footer: 'WRS 7.1 · Demostad · Supportdesk toestel 4400',
};

interface Page {
  app: App;
  title: string;
  /** Sections of the form in the order shown. */
  parts: string[];
  /** Other clients in a "recent bekeken" sidebar (not this case). */
  recent?: string[];
  /** Form buttons. */
  buttons?: string[];
}

function page(p: Page): string {
  const nav = `<nav><ul>${p.app.nav.map((n) => `<li><a href="#">${esc(n)}</a></li>`).join('')}</ul></nav>`;
  const header = `<header><div class="logo">${esc(p.app.name)}</div><div class="user">${esc(p.app.user)}</div></header>`;
  const aside = p.recent?.length
    ? `<aside class="recent"><h3>Recent bekeken</h3><ul>${p.recent.map((r) => `<li><a href="#">${esc(r)}</a></li>`).join('')}</ul></aside>`
    : '';
  const buttons = (p.buttons ?? ['Opslaan', 'Annuleren']).map((b) => `<button type="button">${esc(b)}</button>`).join(' ');
  return [
    header,
    nav,
    `<div class="layout">`,
    aside,
    `<main>`,
    `<h1>${esc(p.title)}</h1>`,
    `<form class="dossier" method="post" action="#">`,
    ...p.parts,
    `<div class="form-actions">${buttons}</div>`,
    `</form>`,
    `</main>`,
    `</div>`,
    `<footer>${esc(p.app.footer)}</footer>`,
  ]
    .filter(Boolean)
    .join('\n');
}

// Signal lists per system, with the wording each system uses.
const SIG_A = ['Crisis', 'Huiselijk geweld', 'Onveilig netwerk', 'Schulden', 'Verslaving (actueel)', 'Psychiatrische problematiek', 'Agressie naar hulpverleners', 'LVB', 'Mantelzorger overbelast', 'Geen netwerk'];
const SIG_B = ['Acute crisis', 'Huiselijk geweld / kindermishandeling', 'Problematische schulden', 'Middelengebruik', 'Ernstige psychische problemen', 'Verpleegkundige zorg nodig', 'Mantelzorger overbelast', 'Gedwongen kader', 'Ernstige vervuiling / verwaarlozing', 'Wil geen informele hulp'];
const SIG_C = ['Crisis', 'Schulden', 'Huiselijk geweld', 'Verslaving', 'Agressie / dreiging', 'Taalbarrière', 'Psychiatrie', 'Geen sociaal netwerk'];
const SIG_D = ['Crisissituatie', 'Huiselijk geweld', 'Onveilig netwerk', 'Gedwongen kader (OTS, reclassering, RM)', 'Schulden', 'Verslaving', 'Taalbarrière', 'Licht verstandelijke beperking', 'Geen of uitgeput netwerk', 'Geen motivatie'];
const SIG_E = ['Crisis', 'Huiselijk geweld', 'Schulden', 'Actief middelengebruik', 'Psychiatrische problematiek', 'Agressie', 'Ernstige woningvervuiling', 'Verpleegkundige zorg', 'Cliënt wil geen vrijwilligers', 'Mantelzorger overbelast'];

// ───────────────────────────── the cases ─────────────────────────────

export const cases: EvalCaseInput[] = [
  // 01 — eenzame weduwe in Centrum: Even Buurten werkt niet in Centrum.
  {
    id: 'form-01',
    style: 'formulier',
    html: page({
      app: WIJKDOSSIER,
      title: 'Intake bewerken',
      recent: ['WD-2026-1179 · Dhr. T. Oefenman', 'WD-2026-1160 · Mevr. B. Nepstra'],
      parts: [
        fieldset('Casus', [
          text('Casus-ID', 'casus-id', 'WD-2026-1187', false, 'readonly'),
          text('Casusregisseur', 'regisseur', 'K. Collega'),
          date('Datum laatste contact', 'laatste-contact', '2026-11-17'),
        ]),
        fieldset('Persoonsgegevens', [
          text('Naam', 'naam', 'Mevrouw A. Voorbeeld-Kroon'),
          date('Geboortedatum', 'geboortedatum', '1948-02-09'),
          select('Geslacht', 'geslacht', GESLACHT, 'v'),
          text('Postcode', 'postcode', '4811 GK'),
          select('Wijk', 'wijk', WIJKEN, 'centrum'),
          select('Voorkeurstaal', 'taal', TALEN, 'nl'),
        ]),
        fieldset('Situatie en hulpvraag', [
          textarea('Aanleiding', 'aanleiding', 'Melding via de praktijkondersteuner van de huisarts: mevrouw huilde op het spreekuur en zei dat ze niemand meer ziet.'),
          textarea('Situatie', 'situatie', 'Weduwe sinds vorig jaar. Woont alleen in een appartement boven een winkel in het centrum, met lift. Dochter woont in Groningen en belt elke zondag. Loopt met een stok; korte stukjes lukken. Geen zorgen over geld of veiligheid.'),
          textarea('Hulpvraag', 'hulpvraag', 'Mevrouw zit sinds het overlijden van haar man vaak alleen thuis. Ze zou graag iemand hebben die eens per week langskomt voor een kop koffie en een praatje, en die af en toe met haar naar buiten gaat, bijvoorbeeld naar de markt.'),
        ]),
        zrm({
          legend: 'ZRM 2013 — beginmeting',
          mode: 'full',
          layout: 'table',
          head: [date('Datum meting', 'zrm-datum', '2026-11-17')],
          scores: [4, 3, 4, 4, 3, 3, 5, 4, 2, 3, 5],
        }),
        signals('Signalen', SIG_A, []),
      ],
    }),
    expect: {
      caseKey: 'WD-2026-1187',
      age: 78,
      gender: 'female',
      language: 'nl',
      postcode4: '4811',
      wijk: 'Centrum',
      zrm: { finances: 4, daytime_activities: 3, housing: 4, domestic_relations: 4, mental_health: 3, physical_health: 3, addiction: 5, adl: 4, social_network: 2, participation: 3, justice: 5 },
      needIncludes: ['vaak alleen thuis', 'kop koffie en een praatje'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['humanitas-maatje-eenzaamheid', 'vhd-zorgmaatje'],
      never: ['even-buurten-buurtgenoot', 'buren-voor-buren-bezoek', 'zuid-helpt-koffieochtend'],
    },
    why: 'Eenzame oudere zonder risico’s: een maatje voor bezoek en samen naar buiten past. Even Buurten zou qua leeftijd passen maar werkt niet in Centrum; Buren voor Buren (alleen Oost) en de koffieochtend (alleen Zuid) vallen buiten haar wijk.',
  },

  // 02 — overbelaste mantelzorger, zijn vrouw heeft alzheimer.
  {
    id: 'form-02',
    style: 'formulier',
    html: page({
      app: SDR,
      title: 'Dossier — intakeformulier (concept)',
      parts: [
        fieldset('Algemeen', [
          text('Dossiernummer', 'dossiernummer', 'SDR-40213', false, 'readonly'),
          text('Naam cliënt', 'naam', 'Dhr. K. Testman'),
          num('Leeftijd', 'leeftijd', '74', true),
          select('Geslacht', 'geslacht', GESLACHT, 'm', true),
          text('Postcode', 'postcode', '4823 PB', true),
          select('Mantelzorger', 'mantelzorger', JANEE, 'ja', true),
        ]),
        fieldset('Verslag intakegesprek', [
          textarea('Situatie', 'situatie', 'Meneer zorgt voor zijn vrouw (76), die twee jaar geleden de diagnose alzheimer kreeg. Zij gaat drie ochtenden per week naar de dagbesteding; de thuiszorg komt dagelijks voor de persoonlijke verzorging. Meneer slaapt slecht, is prikkelbaar en zegt dat hij het zo niet lang meer volhoudt. De kinderen wonen in het buitenland.'),
          textarea('Hulpvraag', 'hulpvraag', 'Meneer wil een vaste middag in de week voor zichzelf, zodat hij weer naar de biljartvereniging kan. Hij zoekt iemand die dan bij zijn vrouw blijft. Ook wil hij graag eens praten met andere mantelzorgers van iemand met dementie. Meer afspraken of verplichtingen kan hij er niet bij hebben.', 5),
        ]),
        signals('Risicosignalen', SIG_B, ['Mantelzorger overbelast']),
        zrm({
          legend: 'Zelfredzaamheidsmatrix (versie 2013)',
          mode: 'words',
          layout: 'rows',
          wrap: true,
          scores: [4, 3, 5, 3, 2, 3, null, 4, 3, 3, null],
        }),
      ],
    }),
    expect: {
      caseKey: 'SDR-40213',
      age: 74,
      gender: 'male',
      postcode4: '4823',
      isCarer: true,
      zrm: { finances: 4, daytime_activities: 3, housing: 5, domestic_relations: 3, mental_health: 2, physical_health: 3, adl: 4, social_network: 3, participation: 3 },
      needIncludes: ['vaste middag in de week voor zichzelf', 'iemand die dan bij zijn vrouw blijft', 'andere mantelzorgers'],
      flags: ['carer_overburdened'],
      refusals: [],
      wishes: [],
      warnings: ['carer_overburdened'],
      networkPrompt: 'ask_network',
      top5: ['vhd-zorgzaam', 'mantelzorg-mantelzorgcafe'],
      never: ['tijd-voor-elkaar-ruilen', 'buur-en-co-buurtnetwerk', 'zonnebloem-aangepaste-vakantie'],
    },
    why: 'De dementie is van zijn vrouw; meneer is een overbelaste mantelzorger die respijt vraagt (Zorgzaam) en lotgenotencontact (mantelzorgcafé). Ruilhulp en buren-netwerk vragen wederkerigheid van een huishouden dat op is (Buur & Co is bovendien alleen West), de vakantieweek is volgeboekt.',
  },

  // 03 — schulden met schaamte, anoniem, familie en buren mogen niets weten.
  {
    id: 'form-03',
    style: 'formulier',
    html: page({
      app: MIJNWIJKTEAM,
      title: 'Cliëntkaart bewerken',
      recent: ['C-778101', 'C-777964', 'C-778133'],
      buttons: ['Opslaan', 'Opslaan en sluiten', 'Annuleren'],
      parts: [
        fieldset('Cliënt', [
          text('Cliëntnr.', 'clientnr', 'C-778120', false, 'readonly'),
          text('Naam', 'naam', 'Mevrouw S. Proefmans'),
          text('Geb.', 'geb', '17-09-1981'),
          select('Geslacht', 'geslacht', GESLACHT, 'v'),
          text('Postcode', 'postcode', '4822 KL'),
          select('Wijk', 'wijk', WIJKEN, 'zuid'),
        ]),
        fieldset('ZRM (2013)', [
          ...ZRM_LABELS.map((l, i) => num(l, `zrm-${i + 1}`, String([2, 3, 3, 4, 3, 4, 5, 4, 3, 3, 5][i]))),
        ], 'zrm'),
        fieldset('Signalen', SIG_C.map((l, i) => checkbox(l, `sig-${i + 1}`, l === 'Schulden'))),
        fieldset('Vraag en afspraken', [
          textarea('Situatie', 'situatie', 'Alleenstaand, twee tieners thuis. Achterstanden bij energieleverancier en zorgverzekeraar, samen ongeveer € 6.000. Aanmelding bij de schuldhulpverlening van de gemeente is gedaan; intake over twee weken. Mevrouw schaamt zich erg.'),
          textarea('Hulpvraag', 'hulpvraag', 'Mevrouw wil overzicht in haar geldzaken en leren rondkomen van haar inkomen, zodat er geen nieuwe achterstanden ontstaan. Ze wil alleen hulp van iemand die ze niet kent en die anoniem blijft. Haar familie en de buren mogen er niets van weten.'),
        ]),
      ],
    }),
    expect: {
      caseKey: 'C-778120',
      age: 45,
      gender: 'female',
      postcode4: '4822',
      wijk: 'Zuid',
      zrm: { finances: 2, daytime_activities: 3, housing: 3, domestic_relations: 4, mental_health: 3, physical_health: 4, addiction: 5, adl: 4, social_network: 3, participation: 3, justice: 5 },
      needIncludes: ['overzicht in haar geldzaken', 'leren rondkomen van haar inkomen'],
      flags: ['debts'],
      refusals: ['own_network', 'neighbours'],
      wishes: ['anonymous'],
      warnings: ['debts_anonymous'],
      networkPrompt: 'network_refused',
      top5: ['vhd-budgetcoaching', 'humanitas-thuisadministratie'],
      never: ['humanitas-schuldhulpmaatje', 'vhd-netwerkcoach', 'eigen-kracht-conferentie', 'nlvoorelkaar-hulpvraag', 'tijd-voor-elkaar-ruilen'],
    },
    why: 'Schulden met schaamte, schuldhulp is aangevraagd maar er is geen acute crisis: anonieme getrainde vrijwilligers voor budget en administratie passen. Het schuldhulpmaatje neemt niemand aan; netwerkcoach en Eigen Kracht betrekken de familie die ze weigert, en buurt-/burenhulp is niets voor geldzaken en voor iemand die de buren erbuiten wil houden.',
  },

  // 04 — statushouder die Tigrinya spreekt: Al Amal is voor Arabischsprekenden.
  {
    id: 'form-04',
    style: 'formulier',
    html: page({
      app: BUURTTEAM,
      title: 'Aanmelding / intake',
      parts: [
        fieldset('Registratie', [
          text('Registratienummer', 'regnr', 'BT/2026/0934', false, 'readonly'),
          date('Datum aanmelding', 'datum-aanmelding', '2026-11-10'),
          text('Verwijzer', 'verwijzer', 'VluchtelingenWerk, M. Demo'),
        ]),
        fieldset('Cliënt', [
          text('Naam', 'naam', 'Dhr. Y. Fictief'),
          num('Geboortejaar', 'geboortejaar', '1997'),
          select('Geslacht', 'geslacht', GESLACHT, 'm'),
          select('Taal', 'taal', TALEN, 'ti'),
          text('Postcode', 'postcode', '4814 RT'),
          select('Wijk', 'wijk', WIJKEN, 'noord'),
        ]),
        fieldset('Inhoud', [
          textarea('Achtergrond', 'achtergrond', 'Statushouder sinds 2025, woont sinds vier maanden in een eigen appartement. Volgt de inburgeringscursus (niveau A1). Spreekt Tigrinya, een beetje Engels en een paar woorden Nederlands. Een neef woont ook in Demostad.'),
          textarea('Hulpvraag', 'hulpvraag', 'Meneer wil sneller Nederlands leren door het te oefenen in gewone gesprekken, naast zijn cursus. Hij wil wegwijs worden in de wijk en mensen leren kennen. Later wil hij graag in de techniek werken.'),
        ]),
        zrm({
          legend: 'ZRM-scores',
          mode: 'words',
          layout: 'table',
          scores: [3, 2, 4, 4, 4, 4, 5, 4, 2, 2, 5],
        }),
        signals('Aandachtspunten', SIG_D, ['Taalbarrière']),
      ],
    }),
    expect: {
      caseKey: 'BT/2026/0934',
      age: 29,
      gender: 'male',
      language: 'ti',
      postcode4: '4814',
      wijk: 'Noord',
      zrm: { finances: 3, daytime_activities: 2, housing: 4, domestic_relations: 4, mental_health: 4, physical_health: 4, addiction: 5, adl: 4, social_network: 2, participation: 2, justice: 5 },
      needIncludes: ['sneller Nederlands leren', 'wegwijs worden in de wijk'],
      flags: ['language_barrier'],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vc-taalmaatje'],
      never: ['al-amal-maatje', 'al-amal-brievenhulp', 'al-amal-vrouwengroep'],
    },
    why: 'Nieuwkomer die Nederlands wil oefenen naast de inburgering: het taalmaatje (ook in het Tigrinya) is de voor de hand liggende match. De Al Amal-aanbiedingen zijn voor Arabischsprekende nieuwkomers en de vrouwengroep alleen voor vrouwen; meneer spreekt Tigrinya.',
  },

  // 05 — schizofrenie, stabiel, FACT betrokken: alleen aanbod dat daarvoor is.
  {
    id: 'form-05',
    style: 'formulier',
    html: page({
      app: WRS,
      title: 'Zaak wijzigen — intake',
      recent: ['Z-2026-06598', 'Z-2026-06604'],
      parts: [
        fieldset('Zaakgegevens', [
          text('Zaaknummer', 'zaaknummer', 'Z-2026-06611', true, 'readonly'),
          text('Behandelaar wijkteam', 'behandelaar', 'M. Voorbeeld-Sterk', true),
        ]),
        fieldset('Betrokkene', [
          text('Naam', 'naam', 'Dhr. R. Steekproef', true),
          num('Leeftijd', 'leeftijd', '38', true),
          select('Geslacht', 'geslacht', GESLACHT, 'm', true),
          select('Wijk', 'wijk', WIJKEN, 'west', true),
        ]),
        zrm({
          legend: 'ZRM 2013',
          mode: 'full',
          layout: 'rows',
          scores: [3, 2, 4, null, 2, 4, 4, 3, 2, 2, null],
        }),
        fieldset('Beschrijving', [
          textarea('Situatie', 'situatie', 'Meneer heeft schizofrenie en is sinds anderhalf jaar stabiel op medicatie. De ambulant begeleider van het FACT-team komt wekelijks en blijft betrokken. Geen crisis op dit moment. Woont alleen, heeft wekelijks contact met zijn moeder.'),
          textarea('Hulpvraag', 'hulpvraag', 'Meneer wil ergens bij horen en iets buiten de deur doen. Hij denkt aan een sportclub of een vereniging, maar durft niet alleen te gaan. Iemand die de eerste tijd met hem meegaat zou helpen.'),
        ]),
        signals('Signalen', SIG_E, ['Psychiatrische problematiek']),
      ],
    }),
    expect: {
      caseKey: 'Z-2026-06611',
      age: 38,
      gender: 'male',
      wijk: 'West',
      zrm: { finances: 3, daytime_activities: 2, housing: 4, mental_health: 2, physical_health: 4, addiction: 4, adl: 3, social_network: 2, participation: 2 },
      needIncludes: ['ergens bij horen', 'sportclub of een vereniging'],
      flags: ['psychiatric'],
      refusals: [],
      wishes: [],
      warnings: ['psychiatric_specialised'],
      networkPrompt: 'ask_network',
      top5: ['kwartiermaken-maatje-meedoen'],
      never: ['buddyhulp-ggz-buddy', 'humanitas-maatje-eenzaamheid', 'vhd-zorgmaatje', 'maatjesproject-wandelmaatje', 'mee-vrijetijdsmaatje'],
    },
    why: 'Ernstige psychiatrische problematiek, stabiel en met een betrokken behandelaar: het Kwartiermaken-maatje is precies voor meedoen bij een vereniging. De GGZ-buddy is vol, het Humanitas-maatje sluit ernstige psychiatrie uit, zorgmaatje en wandelmaatje hebben geen getrainde vrijwilligers voor complexe situaties, en het MEE-maatje is voor een verstandelijke beperking.',
  },

  // 06 — huiselijk geweld door ex, familie kiest zijn kant.
  {
    id: 'form-06',
    style: 'formulier',
    html: page({
      app: WIJKDOSSIER,
      title: 'Intake bewerken',
      parts: [
        fieldset('Casus', [
          text('Kenmerk', 'kenmerk', 'WD-2026-1342', false, 'readonly'),
          text('Casusregisseur', 'regisseur', 'R. Fictief'),
        ]),
        fieldset('Persoonsgegevens', [
          text('Naam', 'naam', 'Mevrouw L. Fictief'),
          date('Geboortedatum', 'geboortedatum', '1992-06-30'),
          select('Geslacht', 'geslacht', GESLACHT, 'v'),
          text('Postcode', 'postcode', '4818 AZ'),
          select('Wijk', 'wijk', WIJKEN, 'oost'),
        ]),
        signals('Signalen', SIG_A, ['Huiselijk geweld', 'Onveilig netwerk']),
        fieldset('Situatie en hulpvraag', [
          textarea('Situatie', 'situatie', 'Mevrouw is vier maanden geleden met haar dochter (3) vertrokken bij haar ex-partner na herhaald huiselijk geweld. De ex zoekt nog steeds contact en dreigt. Veilig Thuis is betrokken, er is een veiligheidsplan. De familie van mevrouw kiest de kant van de ex.'),
          textarea('Hulpvraag', 'hulpvraag', 'Mevrouw wil er niet alleen voor staan in de opvoeding van haar dochter en zoekt contact met andere moeders. Ze wil ook iemand buiten haar eigen kring bij wie ze terechtkan. Haar nieuwe adres mag niet bekend worden bij de ex of zijn familie.'),
        ]),
        fieldset('ZRM (2013)', [
          ...ZRM_LABELS.map((l, i) => num(l, `zrm-${i + 1}`, String([3, 3, 3, 2, 3, 4, 5, 4, 2, 3, 4][i]))),
        ], 'zrm'),
      ],
    }),
    expect: {
      caseKey: 'WD-2026-1342',
      age: 34,
      gender: 'female',
      postcode4: '4818',
      wijk: 'Oost',
      zrm: { finances: 3, daytime_activities: 3, housing: 3, domestic_relations: 2, mental_health: 3, physical_health: 4, addiction: 5, adl: 4, social_network: 2, participation: 3, justice: 4 },
      needIncludes: ['niet alleen voor staan in de opvoeding', 'contact met andere moeders'],
      flags: ['domestic_violence', 'unsafe_network'],
      refusals: [],
      wishes: [],
      warnings: ['unsafe_network'],
      networkPrompt: 'network_unsafe',
      top5: ['zelfhulp-alleenstaande-ouders', 'divers-ouderkamer'],
      never: ['humanitas-gezinsmaatje', 'eigen-kracht-conferentie', 'vhd-netwerkcoach', 'wehelpen-hulpnetwerk', 'buren-voor-buren-bezoek'],
    },
    why: 'Huiselijk geweld en een onveilig netwerk: contact met andere ouders buiten haar kring (alleenstaande ouders, ouderkamer) kan. Het gezinsmaatje sluit huiselijk geweld uit, en alles wat het eigen netwerk of buren inschakelt (Eigen Kracht, netwerkcoach, WeHelpen-netwerk, Buren voor Buren) is hier onveilig.',
  },

  // 07 — crisis: ontruiming en suïcidale uitspraken.
  {
    id: 'form-07',
    style: 'formulier',
    html: page({
      app: SDR,
      title: 'Dossier — intakeformulier',
      recent: ['SDR-40371 · Dhr. A. Nepper'],
      parts: [
        fieldset('Algemeen', [
          text('Dossiernummer', 'dossiernummer', 'SDR-40377', false, 'readonly'),
          text('Naam cliënt', 'naam', 'Dhr. J. Oefenaar'),
          num('Leeftijd', 'leeftijd', '52'),
          select('Geslacht', 'geslacht', GESLACHT, 'm'),
          text('Postcode', 'postcode', '4827 HB'),
        ]),
        zrm({
          legend: 'Zelfredzaamheidsmatrix (versie 2013)',
          mode: 'full',
          layout: 'table',
          scores: [3, 3, 1, 3, 1, 3, 4, 3, 3, 3, 4],
        }),
        signals('Risicosignalen', SIG_B, ['Acute crisis']),
        fieldset('Verslag', [
          textarea('Situatie', 'situatie', 'Ontruiming van de woning staat gepland voor donderdag, na een langlopend conflict met de verhuurder over overlast. Meneer uitte vanochtend aan de telefoon suïcidale gedachten; de crisisdienst GGZ is ingeschakeld en de huisarts is op de hoogte. Collega’s S. Demo en P. Test zijn vandaag op huisbezoek geweest.'),
          textarea('Hulpvraag', 'hulpvraag', 'Op korte termijn: veiligheid van meneer en een oplossing voor de ontruiming. Later wil hij hulp bij het op orde brengen van zijn post en bij het inrichten van een nieuwe woning.'),
        ]),
      ],
    }),
    expect: {
      caseKey: 'SDR-40377',
      age: 52,
      gender: 'male',
      postcode4: '4827',
      zrm: { finances: 3, daytime_activities: 3, housing: 1, domestic_relations: 3, mental_health: 1, physical_health: 3, addiction: 4, adl: 3, social_network: 3, participation: 3, justice: 4 },
      needIncludes: ['veiligheid van meneer', 'oplossing voor de ontruiming'],
      flags: ['crisis'],
      refusals: [],
      wishes: [],
      warnings: ['crisis', 'acute_domain:housing', 'acute_domain:mental_health'],
      networkPrompt: 'ask_network',
      top5: [],
      never: ['present-verhuis-en-inrichthulp', 'vhd-postwijzer', 'humanitas-thuisadministratie', 'buur-en-co-buurtnetwerk'],
    },
    why: 'Acute crisis (ontruiming, suïcidale uitspraken, crisisdienst ingeschakeld) met ZRM 1 op huisvesting en geestelijke gezondheid: nu geen informele hulp. De latere wensen (post, inrichten) komen pas na de crisis aan bod.',
  },

  // 08 — OTS: gedwongen kader.
  {
    id: 'form-08',
    style: 'formulier',
    html: page({
      app: BUURTTEAM,
      title: 'Aanmelding / intake',
      parts: [
        fieldset('Registratie', [
          text('Registratienummer', 'regnr', 'BT/2026/1108', false, 'readonly'),
          text('Casusregie', 'casusregie', 'Gecertificeerde instelling, jeugdbeschermer L. Test'),
        ]),
        fieldset('Cliënt', [
          text('Naam', 'naam', 'Mevrouw D. Casusma'),
          date('Geboortedatum', 'geboortedatum', '1995-01-22'),
          select('Geslacht', 'geslacht', GESLACHT, 'v'),
          text('Postcode', 'postcode', '4816 CE'),
          select('Wijk', 'wijk', WIJKEN, 'oost'),
        ]),
        signals('Aandachtspunten', SIG_D, ['Gedwongen kader (OTS, reclassering, RM)']),
        fieldset('Inhoud', [
          textarea('Achtergrond', 'achtergrond', 'De kinderrechter heeft in september een ondertoezichtstelling uitgesproken voor beide kinderen (2 en 5 jaar). De jeugdbeschermer voert de regie; het buurtteam doet de praktische ondersteuning binnen het plan van de GI. Er is geen sprake van huiselijk geweld; de zorgen gaan over dagritme, schoolgang van de oudste en opvoeding.'),
          textarea('Hulpvraag', 'hulpvraag', 'Mevrouw wil hulp bij het dagritme met de kinderen en iemand met wie ze kan sparren over de opvoeding. Ze wil ook graag andere moeders leren kennen.'),
        ]),
        zrm({
          legend: 'ZRM-scores',
          mode: 'codes',
          layout: 'table',
          scores: [3, 3, 3, 2, 3, 4, 4, 3, 2, 3, 3],
        }),
      ],
    }),
    expect: {
      caseKey: 'BT/2026/1108',
      age: 31,
      gender: 'female',
      postcode4: '4816',
      wijk: 'Oost',
      zrm: { finances: 3, daytime_activities: 3, housing: 3, domestic_relations: 2, mental_health: 3, physical_health: 4, addiction: 4, adl: 3, social_network: 2, participation: 3, justice: 3 },
      needIncludes: ['dagritme met de kinderen', 'sparren over de opvoeding'],
      flags: ['coercive'],
      refusals: [],
      wishes: [],
      warnings: ['coercive_no_volunteers'],
      networkPrompt: 'ask_network',
      top5: [],
      never: ['humanitas-gezinsmaatje', 'divers-ouderkamer', 'zelfhulp-alleenstaande-ouders'],
    },
    why: 'Een ondertoezichtstelling is een gedwongen kader: geen vrijwilligers, ook al zou het gezinsmaatje inhoudelijk passen. Huiselijk geweld wordt uitdrukkelijk uitgesloten en telt niet.',
  },

  // 09 — ernstige woningvervuiling, geen ZRM op het formulier.
  {
    id: 'form-09',
    style: 'formulier',
    html: page({
      app: WRS,
      title: 'Zaak wijzigen — melding',
      parts: [
        fieldset('Zaakgegevens', [
          text('Zaaknummer', 'zaaknummer', 'Z-2026-07020', false, 'readonly'),
          text('Melder', 'melder', 'Woningcorporatie Demowonen, afdeling leefbaarheid'),
          date('Datum melding', 'datum-melding', '2026-11-12'),
        ]),
        fieldset('Betrokkene', [
          text('Naam', 'naam', 'Dhr. H. Voorbeeldt'),
          date('Geboortedatum', 'geboortedatum', '1959-10-03'),
          select('Geslacht', 'geslacht', GESLACHT, 'm'),
          text('Postcode', 'postcode', '4813 TT'),
          select('Wijk', 'wijk', WIJKEN, 'noord'),
        ]),
        signals('Signalen', SIG_E, ['Ernstige woningvervuiling']),
        fieldset('Beschrijving', [
          textarea('Situatie', 'situatie', 'Melding van de woningcorporatie. De GGD heeft de woning beoordeeld als zeer ernstig vervuild: verzamelwoede, de gang is onbegaanbaar, ongedierte in de keuken. Meneer verwaarloost ook zichzelf. Hij staat open voor contact met de wijkverpleegkundige. ZRM wordt na het eerste huisbezoek ingevuld.'),
          textarea('Hulpvraag', 'hulpvraag', 'De woning moet opgeruimd en schoongemaakt worden. Meneer wil graag dat iemand helpt met opruimen en daarna af en toe langskomt, zodat het niet opnieuw misgaat.'),
        ]),
      ],
    }),
    expect: {
      caseKey: 'Z-2026-07020',
      age: 67,
      gender: 'male',
      postcode4: '4813',
      wijk: 'Noord',
      zrm: {},
      needIncludes: ['opgeruimd en schoongemaakt', 'helpt met opruimen'],
      flags: ['severe_neglect'],
      refusals: [],
      wishes: [],
      warnings: ['severe_neglect_no_volunteers'],
      networkPrompt: 'ask_network',
      top5: [],
      never: ['present-praktische-klus', 'buddyhulp-buddy', 'vhd-klussendienst', 'bijspringer-buurthulp'],
    },
    why: 'Zeer ernstige woningvervuiling en zelfverwaarlozing: eerst een professionele aanpak, geen vrijwilligers. Present sluit ernstige vervuiling zelf uit; buddy, klussendienst en buurthulp horen hier nu niet.',
  },

  // 10 — ZRM 1 op financiën plus eenzaamheid na scheiding.
  {
    id: 'form-10',
    style: 'formulier',
    html: page({
      app: MIJNWIJKTEAM,
      title: 'Cliëntkaart bewerken',
      recent: ['C-779001', 'C-778990'],
      parts: [
        fieldset('Cliënt', [
          text('Cliëntnr.', 'clientnr', 'C-779034', true, 'readonly'),
          text('Naam', 'naam', 'Dhr. B. Testerink', true),
          num('Leeftijd', 'leeftijd', '49', true),
          select('Geslacht', 'geslacht', GESLACHT, 'm', true),
          text('Postcode', 'postcode', '4812 LM', true),
        ]),
        fieldset('Vraag en afspraken', [
          textarea('Situatie', 'situatie', 'Loonbeslag, de deurwaarder is twee keer aan de deur geweest en afsluiting van de energie dreigt. Aanmelding bij de Kredietbank is vandaag gedaan; collega schuldhulp F. Proef pakt het op. Meneer is sinds de scheiding vorig jaar veel alleen.'),
          textarea('Hulpvraag', 'hulpvraag', 'Eerst stabiliseren van de schulden via de Kredietbank. Daarnaast wil meneer iemand om mee te wandelen of een kop koffie mee te drinken, want hij zit veel alleen sinds zijn scheiding.'),
        ]),
        zrm({
          legend: 'ZRM (2013)',
          mode: 'full',
          layout: 'rows',
          wrap: true,
          scores: [1, 3, 3, 3, 3, 4, 5, 4, 2, 3, 4],
        }),
        fieldset('Signalen', SIG_C.map((l, i) => checkbox(l, `sig-${i + 1}`, l === 'Schulden'))),
      ],
    }),
    expect: {
      caseKey: 'C-779034',
      age: 49,
      gender: 'male',
      postcode4: '4812',
      zrm: { finances: 1, daytime_activities: 3, housing: 3, domestic_relations: 3, mental_health: 3, physical_health: 4, addiction: 5, adl: 4, social_network: 2, participation: 3, justice: 4 },
      needIncludes: ['stabiliseren van de schulden', 'iemand om mee te wandelen'],
      flags: ['debts'],
      refusals: [],
      wishes: [],
      warnings: ['acute_domain:finances', 'debts_anonymous'],
      networkPrompt: 'ask_network',
      top5: ['humanitas-maatje-eenzaamheid'],
      never: ['vhd-budgetcoaching', 'humanitas-thuisadministratie', 'vhd-postwijzer', 'humanitas-schuldhulpmaatje', 'vhd-belastingaangifte'],
    },
    why: 'Financiën staat op 1 (beslag, deurwaarder, afsluiting): dat is voor de schuldhulpverlening, geen vrijwilliger voor geld nu; budgetcoaching en belastinghulp zijn alleen financieel, thuisadministratie en Postwijzer sluiten acute of grote schulden zelf uit, het schuldhulpmaatje is vol. Voor de eenzaamheid (netwerk 2) mag een maatje wel.',
  },

  // 11 — de zoon is verslaafd en heeft schulden, niet mevrouw.
  {
    id: 'form-11',
    style: 'formulier',
    html: page({
      app: WIJKDOSSIER,
      title: 'Intake bewerken',
      recent: ['WD-2026-1398 · Dhr. K. Nepman', 'WD-2026-1377 · Mevr. O. Proef'],
      parts: [
        fieldset('Casus', [
          text('Casus-ID', 'casus-id', 'WD-2026-1401', true, 'readonly'),
          date('Datum laatste contact', 'laatste-contact', '2026-11-19', true),
        ]),
        fieldset('Persoonsgegevens', [
          text('Naam', 'naam', 'Mevrouw G. Demo-Bakker', true),
          num('Geboortejaar', 'geboortejaar', '1968', true),
          select('Geslacht', 'geslacht', GESLACHT, 'v', true),
          text('Postcode', 'postcode', '4825 NA', true),
        ]),
        fieldset('Situatie en hulpvraag', [
          textarea('Situatie', 'situatie', 'Zoon (24) woont weer bij mevrouw in huis. Hij gebruikt dagelijks cannabis, gokt online en heeft schulden; hij heeft een eigen hulpverlener bij de verslavingszorg. Mevrouw heeft zelf geen schulden en gebruikt niets. Er is geen sprake van huiselijk geweld, wel veel spanning en ruzie over geld.'),
          textarea('Hulpvraag', 'hulpvraag', 'Mevrouw wil leren hoe ze grenzen stelt aan haar zoon zonder het contact te verliezen. Ze wil praten met andere ouders die hetzelfde meemaken. Ze voelt zich schuldig en wil weer iets voor zichzelf doen.'),
        ]),
        signals('Signalen (cliënt)', SIG_A, []),
        zrm({
          legend: 'ZRM 2013 — beginmeting',
          mode: 'codes',
          layout: 'rows',
          scores: [4, 4, 4, 2, 3, 4, 5, 5, 3, 4, 5],
        }),
      ],
    }),
    expect: {
      caseKey: 'WD-2026-1401',
      age: 58,
      gender: 'female',
      postcode4: '4825',
      zrm: { finances: 4, daytime_activities: 4, housing: 4, domestic_relations: 2, mental_health: 3, physical_health: 4, addiction: 5, adl: 5, social_network: 3, participation: 4, justice: 5 },
      needIncludes: ['grenzen stelt aan haar zoon', 'andere ouders die hetzelfde meemaken'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['zelfhulp-naasten-verslaving'],
      never: ['zelfhulp-verslaving', 'ismes-herstelmaatje', 'ismes-herstelinloop', 'humanitas-schuldhulpmaatje'],
    },
    why: 'De verslaving en de schulden zijn van de zoon; mevrouw is naaste en vraagt lotgenotencontact, dus de groep voor naasten. Aanbod voor wie zelf verslaafd is of schulden heeft (zelfhulpgroep, herstelmaatje, herstelinloop, schuldhulpmaatje) is niet voor haar; huiselijk geweld wordt uitgesloten.',
  },

  // 12 — eindmeting, alles 4 of 5: geen suggesties.
  {
    id: 'form-12',
    style: 'formulier',
    html: page({
      app: SDR,
      title: 'Dossier — eindmeting en afsluiting',
      parts: [
        fieldset('Algemeen', [
          text('Dossiernummer', 'dossiernummer', 'SDR-39980', false, 'readonly'),
          text('Naam cliënt', 'naam', 'Dhr. P. Voorbeeld'),
          num('Leeftijd', 'leeftijd', '66'),
          select('Geslacht', 'geslacht', GESLACHT, 'm'),
          text('Postcode', 'postcode', '4820 RS'),
          date('Datum afsluiting', 'datum-afsluiting', '2026-11-30'),
        ]),
        fieldset('ZRM 2013 — eindmeting', [
          ...ZRM_LABELS.map((l, i) => num(l, `zrm-eind-${i + 1}`, String([4, 4, 5, 4, 4, 4, 5, 5, 4, 4, 5][i]))),
        ], 'zrm'),
        fieldset('Afsluiting', [
          textarea('Hulpvraag', 'hulpvraag', 'Geen openstaande hulpvraag. Meneer heeft weer een vaste daginvulling en ziet zijn broers wekelijks. Hij noemde dat hij later misschien vrijwilligerswerk wil doen, maar daar is nu geen vraag voor.'),
          textarea('Risico’s', 'risicos', 'Geen crisis, geen schulden, geen zorgen over veiligheid.'),
        ]),
        signals('Risicosignalen', SIG_B, []),
      ],
    }),
    expect: {
      caseKey: 'SDR-39980',
      age: 66,
      gender: 'male',
      postcode4: '4820',
      zrm: { finances: 4, daytime_activities: 4, housing: 5, domestic_relations: 4, mental_health: 4, physical_health: 4, addiction: 5, adl: 5, social_network: 4, participation: 4, justice: 5 },
      needIncludes: ['Geen openstaande hulpvraag', 'vaste daginvulling'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: [],
      never: ['vc-vrijwilligerswerk-dagbesteding'],
    },
    why: 'Eindmeting met alle domeinen op 4 of 5 en geen openstaande vraag: niets voorstellen. Het terloops genoemde vrijwilligerswerk is geen hulpvraag.',
  },

  // 13 — december: hulp bij de aangifte die in het voorjaar komt.
  {
    id: 'form-13',
    style: 'formulier',
    now: '2026-12-08T10:00:00+01:00',
    html: page({
      app: BUURTTEAM,
      title: 'Aanmelding / intake',
      parts: [
        fieldset('Registratie', [
          text('Kenmerk', 'kenmerk', 'BT/2026/1215', false, 'readonly'),
          date('Datum aanmelding', 'datum-aanmelding', '2026-12-03'),
        ]),
        fieldset('Cliënt', [
          text('Naam', 'naam', 'Mevrouw W. Proefhuis'),
          date('Geboortedatum', 'geboortedatum', '1958-07-19'),
          select('Geslacht', 'geslacht', GESLACHT, 'v'),
          select('Taal', 'taal', TALEN, 'nl'),
          text('Postcode', 'postcode', '4819 BD'),
          select('Wijk', 'wijk', WIJKEN, 'oost'),
        ]),
        zrm({
          legend: 'ZRM-scores',
          mode: 'words',
          layout: 'table',
          scores: [3, 4, 4, 4, 4, 3, 5, 4, 3, 3, 5],
        }),
        fieldset('Inhoud', [
          textarea('Achtergrond', 'achtergrond', 'Mevrouw is in het voorjaar weduwe geworden. Haar man deed de geldzaken en de belastingaangifte. Er zijn geen schulden; de vaste lasten gaan automatisch. DigiD is aangevraagd en werkt.'),
          textarea('Hulpvraag', 'hulpvraag', 'Mevrouw moet in het voorjaar voor het eerst zelf aangifte inkomstenbelasting doen en wil daar hulp bij. Ook wil ze dat iemand uitlegt welke toeslagen ze nu krijgt en of dat klopt.'),
        ]),
        signals('Aandachtspunten', SIG_D, []),
      ],
    }),
    expect: {
      caseKey: 'BT/2026/1215',
      age: 68,
      gender: 'female',
      language: 'nl',
      postcode4: '4819',
      wijk: 'Oost',
      zrm: { finances: 3, daytime_activities: 4, housing: 4, domestic_relations: 4, mental_health: 4, physical_health: 3, addiction: 5, adl: 4, social_network: 3, participation: 3, justice: 5 },
      needIncludes: ['aangifte inkomstenbelasting', 'welke toeslagen ze nu krijgt'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vhd-belastingaangifte', 'vhd-administratieve-ondersteuning'],
      never: ['al-amal-brievenhulp', 'humanitas-schuldhulpmaatje'],
    },
    why: 'In december is de belastinghulp (tot 1 april) de juiste keus voor een eerste eigen aangifte, met DigiD geregeld; voor de toeslagen past de administratieve ondersteuning. Geen schulden, dus geen schuldhulpmaatje (dat ook vol is); de brievenhulp in het Arabisch is niet voor een Nederlandstalige weduwe.',
  },

  // 14 — juni: belastinghulp is buiten het seizoen.
  {
    id: 'form-14',
    style: 'formulier',
    now: '2026-06-15T10:00:00+02:00',
    html: page({
      app: MIJNWIJKTEAM,
      title: 'Cliëntkaart bewerken',
      parts: [
        fieldset('Cliënt', [
          text('Cliëntnr.', 'clientnr', 'C-771455', false, 'readonly'),
          text('Naam', 'naam', 'Dhr. O. Fictiefsma'),
          text('Geb.', 'geb', '02-11-1979'),
          select('Geslacht', 'geslacht', GESLACHT, 'm'),
          text('Postcode', 'postcode', '4815 EV'),
          select('Wijk', 'wijk', WIJKEN, 'noord'),
        ]),
        fieldset('Vraag en afspraken', [
          textarea('Situatie', 'situatie', 'Meneer heeft de aangifte over 2025 niet op tijd gedaan en kreeg een herinnering van de Belastingdienst. Zijn huurtoeslag is stopgezet omdat hij een formulier niet heeft teruggestuurd. Geen schulden, geen huurachterstand.'),
          textarea('Hulpvraag', 'hulpvraag', 'Meneer wil hulp bij het invullen van de belastingaangifte en bij het opnieuw aanvragen van zijn huurtoeslag. Brieven van instanties vindt hij lastig te begrijpen.'),
        ]),
        zrm({
          legend: 'ZRM (2013)',
          mode: 'full',
          layout: 'table',
          scores: [3, 4, 4, 4, 4, 4, 4, 4, 4, 3, null],
        }),
        fieldset('Signalen', SIG_C.map((l, i) => checkbox(l, `sig-${i + 1}`, false))),
      ],
    }),
    expect: {
      caseKey: 'C-771455',
      age: 46,
      gender: 'male',
      postcode4: '4815',
      wijk: 'Noord',
      zrm: { finances: 3, daytime_activities: 4, housing: 4, domestic_relations: 4, mental_health: 4, physical_health: 4, addiction: 4, adl: 4, social_network: 4, participation: 3 },
      needIncludes: ['invullen van de belastingaangifte', 'opnieuw aanvragen van zijn huurtoeslag'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vhd-administratieve-ondersteuning', 'juvans-formulierenhulp'],
      never: ['vhd-belastingaangifte', 'humanitas-schuldhulpmaatje'],
    },
    why: 'In juni draait de belastinghulp niet (alleen tot 1 april); voor de te late aangifte en de huurtoeslag zijn administratieve ondersteuning en de formulierenhulp de plek. Er zijn geen schulden.',
  },

  // 15 — chronische pijn, wil geen vrijwilliger thuis.
  {
    id: 'form-15',
    style: 'formulier',
    html: page({
      app: WRS,
      title: 'Zaak wijzigen — intake',
      parts: [
        fieldset('Zaakgegevens', [
          text('Zaaknummer', 'zaaknummer', 'Z-2026-06893', false, 'readonly'),
          text('Behandelaar wijkteam', 'behandelaar', 'J. Demo'),
        ]),
        fieldset('Betrokkene', [
          text('Naam', 'naam', 'Mevrouw E. Testvrouw'),
          num('Leeftijd', 'leeftijd', '44', true),
          select('Geslacht', 'geslacht', GESLACHT, 'v'),
          text('Postcode', 'postcode', '4817 GN'),
          select('Mantelzorger', 'mantelzorger', JANEE, 'nee', true),
        ]),
        fieldset('Beschrijving', [
          textarea('Situatie', 'situatie', 'Mevrouw heeft fibromyalgie en is twee jaar geleden afgekeurd. Ze heeft weinig energie en komt weinig buiten; voor langere afstanden gebruikt ze een rolstoel. Fysiotherapeut en huisarts zijn betrokken. Geen verslaving, geen psychiatrische problematiek.'),
          textarea('Hulpvraag', 'hulpvraag', 'Mevrouw wil mensen ontmoeten die begrijpen hoe het is om met chronische pijn te leven. Ze wil geen vrijwilliger bij haar thuis; ze gaat liever zelf ergens naartoe, als het dichtbij en rolstoeltoegankelijk is.'),
        ]),
        fieldset('ZRM 2013', [
          ...ZRM_LABELS.map((l, i) => num(l, `zrm-${i + 1}`, String([4, 3, 4, 4, 3, 2, 5, 3, 3, 3, 5][i]), true)),
        ], 'zrm'),
        signals('Signalen', SIG_E, []),
      ],
    }),
    expect: {
      caseKey: 'Z-2026-06893',
      age: 44,
      gender: 'female',
      postcode4: '4817',
      isCarer: false,
      zrm: { finances: 4, daytime_activities: 3, housing: 4, domestic_relations: 4, mental_health: 3, physical_health: 2, addiction: 5, adl: 3, social_network: 3, participation: 3, justice: 5 },
      needIncludes: ['met chronische pijn te leven', 'rolstoeltoegankelijk'],
      flags: [],
      refusals: ['home_visits'],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['zelfhulp-chronische-pijn'],
      never: ['zonnebloem-huisbezoek', 'handjehelpen-vaste-vrijwilliger', 'buren-voor-buren-bezoek'],
    },
    why: 'Lotgenotencontact bij chronische pijn op een rolstoeltoegankelijke locatie is precies de lotgenotengroep. Ze wil geen vrijwilliger thuis, dus huisbezoek van de Zonnebloem, de vaste vrijwilliger aan huis van Handjehelpen en het wekelijkse bezoek van een buurtgenoot vallen af.',
  },

  // 16 — somber na ontslag, geen groepen.
  {
    id: 'form-16',
    style: 'formulier',
    html: page({
      app: WIJKDOSSIER,
      title: 'Intake bewerken',
      recent: ['WD-2026-1449 · Mevr. C. Nepperd'],
      parts: [
        fieldset('Casus', [
          text('Casus-ID', 'casus-id', 'WD-2026-1455', false, 'readonly'),
          text('Casusregisseur', 'regisseur', 'K. Collega'),
        ]),
        fieldset('Persoonsgegevens', [
          text('Naam', 'naam', 'Dhr. N. Oefening'),
          date('Geboortedatum', 'geboortedatum', '1971-04-08'),
          select('Geslacht', 'geslacht', GESLACHT, 'm'),
          text('Postcode', 'postcode', '4828 ZB'),
          select('Wijk', 'wijk', WIJKEN, 'west'),
        ]),
        zrm({
          legend: 'ZRM 2013 — beginmeting',
          mode: 'full',
          layout: 'table',
          scores: [3, 2, 4, 4, 3, 4, 5, 4, 3, 2, 5],
        }),
        fieldset('Situatie en hulpvraag', [
          textarea('Situatie', 'situatie', 'Meneer is in maart ontslagen na 22 jaar bij hetzelfde bedrijf en zit sindsdien veel thuis. Hij is somber; de POH-GGZ van de huisarts is betrokken. Er is geen sprake van een crisis of van ernstige psychiatrische problematiek. Geen verslaving, geen schulden (WW-uitkering).'),
          textarea('Hulpvraag', 'hulpvraag', 'Meneer wil weer iets zinvols doen met zijn dagen en een vast ritme krijgen, bijvoorbeeld als vrijwilliger in een werkplaats of in de techniek. Groepsbijeenkomsten of praatgroepen wil hij uitdrukkelijk niet.'),
        ]),
        signals('Signalen', SIG_A, []),
      ],
    }),
    expect: {
      caseKey: 'WD-2026-1455',
      age: 55,
      gender: 'male',
      postcode4: '4828',
      wijk: 'West',
      zrm: { finances: 3, daytime_activities: 2, housing: 4, domestic_relations: 4, mental_health: 3, physical_health: 4, addiction: 5, adl: 4, social_network: 3, participation: 2, justice: 5 },
      needIncludes: ['iets zinvols doen met zijn dagen', 'vast ritme'],
      flags: [],
      refusals: ['group'],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vc-vrijwilligerswerk-dagbesteding'],
      never: ['zelfhulp-depressie-angst', 'door-en-voor-herstelgroep', 'present-samen-op-pad'],
    },
    why: 'Somber na ontslag zonder crisis, verslaving of schulden: vrijwilligerswerk als daginvulling is de vraag zelf. Hij wil geen groepen, dus de zelfhulpgroep somberheid, de herstelgroep en het groepsuitje vallen af.',
  },

  // 17 — Arabischsprekende moeder, liefst een vrouw als vrijwilliger; geen ZRM.
  {
    id: 'form-17',
    style: 'formulier',
    html: page({
      app: BUURTTEAM,
      title: 'Aanmelding / intake',
      parts: [
        fieldset('Registratie', [
          text('Registratienummer', 'regnr', 'BT/2026/1187', true, 'readonly'),
          text('Verwijzer', 'verwijzer', 'Basisschool De Proeftuin, intern begeleider', true),
        ]),
        fieldset('Cliënt', [
          text('Naam', 'naam', 'Mevrouw R. Voorbeeldi', true),
          num('Leeftijd', 'leeftijd', '36', true),
          select('Geslacht', 'geslacht', GESLACHT, 'v', true),
          select('Taal', 'taal', TALEN, 'ar', true),
          text('Postcode', 'postcode', '4826 LP', true),
          select('Wijk', 'wijk', WIJKEN, 'west', true),
        ]),
        signals('Aandachtspunten', SIG_D, ['Taalbarrière']),
        fieldset('Inhoud', [
          textarea('Achtergrond', 'achtergrond', 'Mevrouw kwam twee jaar geleden uit Syrië via gezinshereniging. Drie kinderen van 4, 8 en 11 jaar; haar man werkt fulltime. Ze spreekt Arabisch en wat Nederlands, de inburgering loopt. Er is geen sprake van huiselijk geweld. ZRM nog niet afgenomen.'),
          textarea('Hulpvraag', 'hulpvraag', 'Mevrouw wil beter Nederlands spreken en andere vrouwen in de wijk leren kennen. Ze wil begrijpen hoe school en huisarts werken. Ze heeft liever een vrouw als vrijwilliger.'),
        ]),
      ],
    }),
    expect: {
      caseKey: 'BT/2026/1187',
      age: 36,
      gender: 'female',
      language: 'ar',
      postcode4: '4826',
      wijk: 'West',
      zrm: {},
      needIncludes: ['beter Nederlands spreken', 'andere vrouwen in de wijk', 'hoe school en huisarts werken'],
      flags: ['language_barrier'],
      refusals: [],
      wishes: ['same_gender_volunteer'],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['al-amal-maatje', 'al-amal-vrouwengroep', 'vc-taalmaatje'],
      never: [],
    },
    why: 'Arabischsprekende nieuwkomer die Nederlands wil leren, vrouwen wil ontmoeten en wegwijs wil worden: Al Amal (maatje, waar een vrouw als maatje kan, en de vrouwengroep) en het taalmaatje passen alle drie. Huiselijk geweld wordt uitgesloten.',
  },

  // 18 — jongvolwassene met LVB, weekend alleen op zijn kamer.
  {
    id: 'form-18',
    style: 'formulier',
    html: page({
      app: SDR,
      title: 'Dossier — intakeformulier',
      parts: [
        fieldset('Algemeen', [
          text('Dossiernummer', 'dossiernummer', 'SDR-40455', false, 'readonly'),
          text('Naam cliënt', 'naam', 'Dhr. D. Proefje'),
          date('Geboortedatum', 'geboortedatum', '2006-03-11'),
          select('Geslacht', 'geslacht', GESLACHT, 'm'),
          text('Postcode', 'postcode', '4821 WD'),
          select('Wijk', 'wijk', WIJKEN, 'zuid'),
        ]),
        fieldset('Verslag intakegesprek', [
          textarea('Situatie', 'situatie', 'Meneer heeft een lichte verstandelijke beperking (onderzoek 2022). Hij woont bij zijn ouders en werkt vier dagen op een leerwerkplek. De MEE-consulent is betrokken. In het weekend zit hij veel op zijn kamer te gamen. Geen probleemgedrag, geen agressie.'),
          textarea('Hulpvraag', 'hulpvraag', 'Meneer wil in het weekend iets leuks doen met iemand van zijn eigen leeftijd, zoals voetbal kijken, zwemmen of naar de film. Zijn ouders willen dat hij minder alleen op zijn kamer zit.'),
        ]),
        zrm({
          legend: 'Zelfredzaamheidsmatrix (versie 2013)',
          mode: 'number',
          layout: 'table',
          scores: [3, 2, 4, 4, 4, 5, 5, 3, 2, 3, 5],
        }),
        fieldset('Bijzonderheden', [
          checkbox('Licht verstandelijke beperking (LVB)', 'bijz-lvb', true),
          checkbox('Agressie / probleemgedrag', 'bijz-agressie', false),
          checkbox('Schulden', 'bijz-schulden', false),
          checkbox('Verslaving', 'bijz-verslaving', false),
          checkbox('Crisis', 'bijz-crisis', false),
        ]),
      ],
    }),
    expect: {
      caseKey: 'SDR-40455',
      age: 20,
      gender: 'male',
      postcode4: '4821',
      wijk: 'Zuid',
      zrm: { finances: 3, daytime_activities: 2, housing: 4, domestic_relations: 4, mental_health: 4, physical_health: 5, addiction: 5, adl: 3, social_network: 2, participation: 3, justice: 5 },
      needIncludes: ['iets leuks doen met iemand van zijn eigen leeftijd', 'minder alleen op zijn kamer'],
      flags: ['learning_disability'],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['mee-vrijetijdsmaatje'],
      never: [],
    },
    why: 'Jongvolwassene met LVB, zonder probleemgedrag, die vrijetijdscontact zoekt: het MEE-vrijetijdsmaatje is ervoor gemaakt en de MEE-consulent is al betrokken.',
  },

  // 19 — schoolverlater van 17 zonder beperking.
  {
    id: 'form-19',
    style: 'formulier',
    html: page({
      app: WRS,
      title: 'Zaak wijzigen — intake jeugd',
      recent: ['Z-2026-07149', 'Z-2026-07102'],
      parts: [
        fieldset('Zaakgegevens', [
          text('Zaaknummer', 'zaaknummer', 'Z-2026-07155', false, 'readonly'),
          text('Behandelaar wijkteam', 'behandelaar', 'M. Voorbeeld-Sterk'),
        ]),
        fieldset('Jongere', [
          text('Naam', 'naam', 'S. Testjongen'),
          date('Geboortedatum', 'geboortedatum', '2009-08-14'),
          select('Geslacht', 'geslacht', GESLACHT, 'm'),
          text('Postcode', 'postcode', '4813 PA'),
        ]),
        fieldset('Beschrijving', [
          textarea('Situatie', 'situatie', 'Jongen is in september gestopt met zijn mbo-opleiding (niveau 3) en zit sindsdien thuis. Geen verstandelijke beperking; zijn cijfers waren goed, de motivatie niet. Geen verslaving, geen contact met politie. Woont bij zijn moeder, de relatie is wisselend.'),
          textarea('Hulpvraag', 'hulpvraag', 'Hij wil een bijbaan en uitzoeken welke opleiding wel bij hem past. Een maatje dat hem helpt structuur aan te brengen en hem af en toe een schop onder zijn kont geeft, ziet hij zitten.'),
        ]),
        zrm({
          legend: 'ZRM 2013',
          mode: 'full',
          layout: 'rows',
          scores: [4, 2, 4, 3, 3, 5, 5, 4, 3, 3, 5],
        }),
        signals('Signalen', SIG_E, []),
      ],
    }),
    expect: {
      caseKey: 'Z-2026-07155',
      age: 17,
      gender: 'male',
      postcode4: '4813',
      zrm: { finances: 4, daytime_activities: 2, housing: 4, domestic_relations: 3, mental_health: 3, physical_health: 5, addiction: 5, adl: 4, social_network: 3, participation: 3, justice: 5 },
      needIncludes: ['een bijbaan', 'welke opleiding wel bij hem past', 'structuur aan te brengen'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['juvans-jongerenmaatje'],
      never: ['mee-vrijetijdsmaatje', 'handjehelpen-kindmaatje', 'buddyhulp-buddy'],
    },
    why: 'Schooluitvaller van 17 zonder beperking, verslaving of politiecontact: het jongerenmaatje bij school, werk en structuur past. Het MEE-maatje vraagt een verstandelijke beperking en het kindmaatje van Handjehelpen een beperking; de Buddyhulp-buddy is pas vanaf 18.',
  },

  // 20 — drinkt dagelijks en wil daar niet aan werken; vraag gaat over de post.
  {
    id: 'form-20',
    style: 'formulier',
    html: page({
      app: MIJNWIJKTEAM,
      title: 'Cliëntkaart bewerken',
      recent: ['C-780199', 'C-780207'],
      parts: [
        fieldset('Cliënt', [
          text('Cliëntnr.', 'clientnr', 'C-780212', false, 'readonly'),
          text('Naam', 'naam', 'Dhr. V. Casusman'),
          num('Leeftijd', 'leeftijd', '47'),
          select('Geslacht', 'geslacht', GESLACHT, 'm'),
          text('Postcode', 'postcode', '4824 HH'),
          select('Wijk', 'wijk', WIJKEN, 'zuid'),
        ]),
        fieldset('Signalen', SIG_C.map((l, i) => checkbox(l, `sig-${i + 1}`, l === 'Verslaving'))),
        zrm({
          legend: 'ZRM (2013)',
          mode: 'words',
          layout: 'rows',
          scores: [3, 3, 4, 3, 3, 3, 2, 3, 3, 3, 4],
        }),
        fieldset('Vraag en afspraken', [
          textarea('Situatie', 'situatie', 'Meneer drinkt dagelijks, vooral ’s avonds (ongeveer acht blikjes bier). Hij ziet dat zelf niet als probleem en wil er nu niet aan werken; de huisarts is op de hoogte. Niet agressief, afspraken komt hij na. Geen schulden, wel een grote stapel ongeopende post.'),
          textarea('Hulpvraag', 'hulpvraag', 'Meneer wil hulp om zijn stapel post te openen en te ordenen, zodat hij weet wat er betaald moet worden. Daarna wil hij het zelf bijhouden met een eenvoudig ordnersysteem.'),
        ]),
      ],
    }),
    expect: {
      caseKey: 'C-780212',
      age: 47,
      gender: 'male',
      postcode4: '4824',
      wijk: 'Zuid',
      zrm: { finances: 3, daytime_activities: 3, housing: 4, domestic_relations: 3, mental_health: 3, physical_health: 3, addiction: 2, adl: 3, social_network: 3, participation: 3, justice: 4 },
      needIncludes: ['stapel post te openen en te ordenen', 'eenvoudig ordnersysteem'],
      flags: ['active_addiction'],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vhd-postwijzer', 'humanitas-thuisadministratie'],
      never: ['zelfhulp-verslaving', 'ismes-herstelmaatje', 'ismes-herstelinloop'],
    },
    why: 'Hij drinkt nu en wil er niet aan werken, maar de vraag gaat over de post en daar is hij gemotiveerd voor: Postwijzer en thuisadministratie passen. De zelfhulpgroep en het herstelmaatje vragen dat hij zelf wil minderen of stoppen, de herstelinloop vraagt nuchterheid; de ZRM-2 op verslaving maakt die aanbiedingen nog niet passend.',
  },

  // 21 — LVB en agressie naar hulpverleners.
  {
    id: 'form-21',
    style: 'formulier',
    html: page({
      app: WIJKDOSSIER,
      title: 'Intake bewerken',
      parts: [
        fieldset('Casus', [
          text('Kenmerk', 'kenmerk', 'WD-2026-1490', false, 'readonly'),
          text('Casusregisseur', 'regisseur', 'A. Collega'),
          date('Datum laatste contact', 'laatste-contact', '2026-11-20'),
        ]),
        fieldset('Persoonsgegevens', [
          text('Naam', 'naam', 'Dhr. M. Fictiefberg'),
          num('Geboortejaar', 'geboortejaar', '1987'),
          select('Geslacht', 'geslacht', GESLACHT, 'm'),
          text('Postcode', 'postcode', '4829 KC'),
        ]),
        signals('Signalen', SIG_A, ['Agressie naar hulpverleners', 'LVB']),
        fieldset('Situatie en hulpvraag', [
          textarea('Situatie', 'situatie', 'Meneer heeft een lichte verstandelijke beperking en woont zelfstandig met ambulante begeleiding (twee uur per week). Hij wordt snel boos als iets niet lukt; vorige maand heeft hij een medewerker van de thuisbegeleiding bedreigd, waarna die organisatie is gestopt. De casusregisseur blijft betrokken en maakt samen met hem afspraken.'),
          textarea('Hulpvraag', 'hulpvraag', 'Meneer verveelt zich en wil iets omhanden hebben, bijvoorbeeld helpen op een kinderboerderij of fietsen repareren. Hij zou ook graag iemand hebben om mee naar het voetbal te gaan.'),
        ]),
        fieldset('ZRM (2013)', [
          ...ZRM_LABELS.map((l, i) => num(l, `zrm-${i + 1}`, String([3, 2, 3, 3, 3, 4, 4, 3, 2, 2, 4][i]))),
        ], 'zrm'),
      ],
    }),
    expect: {
      caseKey: 'WD-2026-1490',
      age: 39,
      gender: 'male',
      postcode4: '4829',
      zrm: { finances: 3, daytime_activities: 2, housing: 3, domestic_relations: 3, mental_health: 3, physical_health: 4, addiction: 4, adl: 3, social_network: 2, participation: 2, justice: 4 },
      needIncludes: ['iets omhanden hebben', 'mee naar het voetbal'],
      flags: ['learning_disability', 'aggression'],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['maatjesproject-maatje-meervoudige-problemen'],
      never: ['mee-vrijetijdsmaatje', 'humanitas-maatje-eenzaamheid', 'vhd-zorgmaatje', 'buur-en-co-buurtnetwerk', 'handjehelpen-vaste-vrijwilliger'],
    },
    why: 'LVB met recente bedreiging van een hulpverlener: alleen een getraind maatje dat samen met de betrokken professional werkt (maatjesproject, driegesprek). Het MEE-vrijetijdsmaatje sluit agressie zelf uit; gewone maatjes en vrijwilligers aan huis en ongescreende buren in West horen hier niet.',
  },

  // 22 — ruim twee jaar droog, wil dat blijven.
  {
    id: 'form-22',
    style: 'formulier',
    html: page({
      app: BUURTTEAM,
      title: 'Aanmelding / intake',
      parts: [
        fieldset('Registratie', [
          text('Registratienummer', 'regnr', 'BT/2026/1290', false, 'readonly'),
          date('Datum aanmelding', 'datum-aanmelding', '2026-11-16'),
        ]),
        fieldset('Cliënt', [
          text('Naam', 'naam', 'Mevrouw K. Proefstra'),
          text('Geboortedatum', 'geboortedatum', '01-12-1984'),
          select('Geslacht', 'geslacht', GESLACHT, 'v'),
          text('Postcode', 'postcode', '4812 AX'),
          select('Wijk', 'wijk', WIJKEN, 'centrum'),
          select('Mantelzorger', 'mantelzorger', JANEE, 'nee'),
        ]),
        fieldset('Inhoud', [
          textarea('Achtergrond', 'achtergrond', 'Mevrouw was tot 2024 verslaafd aan alcohol; na een klinische opname is ze nu ruim twee jaar droog. De nazorg van de verslavingszorg is afgesloten. Geen actueel gebruik. Haar oude vriendenkring bestond vooral uit drinkmaatjes; die contacten heeft ze verbroken.'),
          textarea('Hulpvraag', 'hulpvraag', 'Mevrouw wil droog blijven en zoekt contact met mensen die hetzelfde hebben meegemaakt. Ze wil overdag ook iets zinvols doen om niet terug te vallen in oude patronen.'),
        ]),
        zrm({
          legend: 'ZRM-scores',
          mode: 'full',
          layout: 'table',
          scores: [3, 2, 4, 3, 3, 4, 3, 4, 2, 3, null],
        }),
        signals('Aandachtspunten', SIG_D, []),
      ],
    }),
    expect: {
      caseKey: 'BT/2026/1290',
      age: 41,
      gender: 'female',
      postcode4: '4812',
      wijk: 'Centrum',
      isCarer: false,
      zrm: { finances: 3, daytime_activities: 2, housing: 4, domestic_relations: 3, mental_health: 3, physical_health: 4, addiction: 3, adl: 4, social_network: 2, participation: 3 },
      needIncludes: ['droog blijven', 'mensen die hetzelfde hebben meegemaakt'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['ismes-herstelinloop', 'ismes-herstelmaatje'],
      never: ['zelfhulp-naasten-verslaving'],
    },
    why: 'Herstel na alcoholverslaving, ruim twee jaar droog: geen actieve verslaving. Herstelinloop en herstelmaatje zijn voor wie gestopt wil blijven; de groep voor naasten is niet voor de persoon zelf.',
  },

  // 23 — wil geen vrijwilligers; geen ZRM.
  {
    id: 'form-23',
    style: 'formulier',
    html: page({
      app: WRS,
      title: 'Zaak wijzigen — intake',
      parts: [
        fieldset('Zaakgegevens', [
          text('Zaaknummer', 'zaaknummer', 'Z-2026-07241', true, 'readonly'),
          date('Datum melding', 'datum-melding', '2026-11-18', true),
        ]),
        fieldset('Betrokkene', [
          text('Naam', 'naam', 'Mevrouw J. Demostra', true),
          date('Geboortedatum', 'geboortedatum', '1949-05-02', true),
          select('Geslacht', 'geslacht', GESLACHT, 'v', true),
          text('Postcode', 'postcode', '4814 BC', true),
          select('Wijk', 'wijk', WIJKEN, 'noord', true),
        ]),
        signals('Signalen', SIG_E, ['Cliënt wil geen vrijwilligers']),
        fieldset('Beschrijving', [
          textarea('Situatie', 'situatie', 'Mevrouw is drie weken geleden gevallen en heeft een gebroken pols. Ze kan tijdelijk niet zelf boodschappen doen of koken. Huishoudelijke hulp via de Wmo is aangevraagd. Haar zoon komt twee keer per week.'),
          textarea('Hulpvraag', 'hulpvraag', 'Tijdelijk hulp bij boodschappen en maaltijden tot de pols hersteld is. Mevrouw wil geen hulp van vrijwilligers, dat is volgens haar ‘niets voor haar’; ze regelt het met haar zoon en de Wmo-hulp.'),
        ]),
      ],
    }),
    expect: {
      caseKey: 'Z-2026-07241',
      age: 77,
      gender: 'female',
      postcode4: '4814',
      wijk: 'Noord',
      zrm: {},
      needIncludes: ['hulp bij boodschappen en maaltijden', 'tot de pols hersteld is'],
      flags: ['declines_informal'],
      refusals: [],
      wishes: [],
      warnings: ['declines_informal'],
      networkPrompt: 'ask_network',
      top5: [],
      never: ['rodekruis-boodschappenhulp', 'even-buurten-buurtgenoot', 'bijspringer-buurthulp', 'vitras-samen-eten'],
    },
    why: 'Mevrouw wil geen vrijwilligershulp en regelt het met haar zoon en de Wmo: niets voorstellen, hoe goed boodschappenhulp of een buurtgenoot ook zou passen. Haar zoon is gewoon beschikbaar, dus het netwerk is niet op.',
  },

  // 24 — Hoogeloon, wondverzorging door de wijkverpleging.
  {
    id: 'form-24',
    style: 'formulier',
    html: page({
      app: SDR,
      title: 'Dossier — intakeformulier',
      parts: [
        fieldset('Algemeen', [
          text('Dossiernummer', 'dossiernummer', 'SDR-40502', false, 'readonly'),
          text('Naam cliënt', 'naam', 'Mevr. F. Oefenhof'),
          text('Postcode', 'postcode', '5528 AK'),
          text('Woonplaats', 'woonplaats', 'Hoogeloon'),
        ]),
        fieldset('Verslag intakegesprek', [
          textarea('Situatie', 'situatie', 'Mevrouw (84) woont alleen in Hoogeloon. Na een ziekenhuisopname heeft ze een open wond aan haar been; de wijkverpleging komt dagelijks voor de wondverzorging en de steunkousen. Ze kan niet zelf naar de winkel.'),
          textarea('Hulpvraag', 'hulpvraag', 'Mevrouw wil hulp bij de boodschappen en af en toe vervoer naar de huisarts. Ze zou het fijn vinden als iemand uit het dorp een oogje in het zeil houdt en een praatje komt maken.'),
        ]),
        signals('Risicosignalen', SIG_B, ['Verpleegkundige zorg nodig']),
        fieldset('Zelfredzaamheidsmatrix (versie 2013)', [
          ...ZRM_LABELS.map((l, i) => num(l, `zrm-${i + 1}`, String([4, 3, 4, 4, 4, 2, 5, 2, 3, 3, 5][i]), true)),
        ], 'zrm'),
      ],
    }),
    expect: {
      caseKey: 'SDR-40502',
      age: 84,
      gender: 'female',
      postcode4: '5528',
      zrm: { finances: 4, daytime_activities: 3, housing: 4, domestic_relations: 4, mental_health: 4, physical_health: 2, addiction: 5, adl: 2, social_network: 3, participation: 3, justice: 5 },
      needIncludes: ['hulp bij de boodschappen', 'vervoer naar de huisarts', 'oogje in het zeil'],
      flags: ['medical_care'],
      refusals: [],
      wishes: [],
      warnings: ['medical_not_volunteers'],
      networkPrompt: 'ask_network',
      top5: ['hoogeloon-dorpsondersteuning'],
      never: ['rodekruis-boodschappenhulp', 'humanitas-maatje-eenzaamheid', 'vhd-ziekenhuisbegeleiding', 'zuid-helpt-boodschappen-en-klusjes'],
    },
    why: 'De wondzorg blijft bij de wijkverpleging; voor boodschappen, vervoer en een oogje in het zeil is de dorpsondersteuning in Hoogeloon er precies voor. Rode Kruis, Humanitas en de VHD werken in Demostad en de dorpen 4830–4859, niet in Hoogeloon (5528); Zuid helpt alleen in Zuid.',
  },

  // 25 — langdurig geïsoleerd, geen netwerk meer.
  {
    id: 'form-25',
    style: 'formulier',
    html: page({
      app: BUURTTEAM,
      title: 'Aanmelding / intake',
      parts: [
        fieldset('Registratie', [
          text('Kenmerk', 'kenmerk', 'BT/2026/1322', false, 'readonly'),
          text('Behandelaar', 'behandelaar', 'A. Medewerker'),
        ]),
        fieldset('Cliënt', [
          text('Naam', 'naam', 'Dhr. G. Voorbeeldman'),
          num('Geboortejaar', 'geboortejaar', '1963'),
          select('Geslacht', 'geslacht', GESLACHT, 'm'),
          text('Postcode', 'postcode', '4819 KM'),
          select('Wijk', 'wijk', WIJKEN, 'oost'),
        ]),
        zrm({
          legend: 'ZRM-scores',
          mode: 'full',
          layout: 'rows',
          wrap: true,
          scores: [3, 2, 3, null, 3, 3, 4, 3, 2, 2, 5],
        }),
        signals('Aandachtspunten', SIG_D, ['Geen of uitgeput netwerk']),
        fieldset('Inhoud', [
          textarea('Achtergrond', 'achtergrond', 'Meneer woont al twintig jaar alleen en heeft geen contact meer met familie; zijn enige broer is overleden. De buren kent hij niet. Hij komt alleen buiten voor boodschappen. Een collega van het buurtteam komt sinds een half jaar tweewekelijks en blijft voorlopig betrokken. Geen crisis, niet agressief, geen psychiatrische diagnose.'),
          textarea('Hulpvraag', 'hulpvraag', 'Meneer wil graag iemand om af en toe mee te praten en mee naar buiten te gaan, bijvoorbeeld naar de markt. Het moet langzaam opgebouwd worden; hij is wantrouwig tegenover nieuwe mensen.'),
        ]),
      ],
    }),
    expect: {
      caseKey: 'BT/2026/1322',
      age: 63,
      gender: 'male',
      postcode4: '4819',
      wijk: 'Oost',
      zrm: { finances: 3, daytime_activities: 2, housing: 3, mental_health: 3, physical_health: 3, addiction: 4, adl: 3, social_network: 2, participation: 2, justice: 5 },
      needIncludes: ['iemand om af en toe mee te praten', 'langzaam opgebouwd'],
      flags: ['no_network'],
      refusals: [],
      wishes: [],
      warnings: ['long_isolation_supplement'],
      networkPrompt: 'network_exhausted',
      top5: ['humanitas-maatje-eenzaamheid', 'buddyhulp-buddy'],
      never: ['eigen-kracht-conferentie', 'wehelpen-hulpnetwerk'],
    },
    why: 'Langdurig geïsoleerd zonder netwerk, de professional blijft: een maatje of buddy die de tijd neemt vult aan. Een Eigen Kracht-conferentie werkt niet als er niemand in het netwerk is en WeHelpen vraagt twee of drie mensen die meedoen.',
  },
];
