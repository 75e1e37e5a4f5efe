import type { EvalCaseInput } from '../eval-case';

/*
 * Style `kaartjes`: a modern web app's client dashboard built of <div>s. Cards (<section class="card">)
 * with a title, fields as label/value divs (class names differ per case system), chips for signals,
 * ZRM as cards or a grid of tiles with the level's words only (mixed editions, sometimes with a
 * caption), the need in a card of its own. Everything is fictitious.
 *
 * The render function below only lays out what each case writes down; the expectations are written
 * by hand, judged against domain.md and the offers' own conditions, never computed from the page.
 */

// ───────────────────────────── rendering ─────────────────────────────

type FieldStyle = 'field' | 'veld' | 'lblval' | 'bem' | 'gen' | 'span';
type Pair = readonly [label: string, value: string];

interface Shell {
  app: string;
  nav: string[];
  user: string;
  /** "Recent bekeken": other clients' numbers, never the case key. */
  recent?: Pair[];
  footer: string;
}

interface Card {
  title: string;
  paras?: string[];
  fields?: Pair[];
}

interface Page {
  shell: Shell;
  heading: string;
  status?: string;
  fieldStyle: FieldStyle;
  titleTag: 'h3' | 'div';
  aria?: boolean;
  person: Card;
  chips?: { style: 'chip' | 'tag' | 'badge'; items: string[] };
  cards: Card[];
  need: { title: string; text: string };
  /** The need card before the ZRM (default) or after it. */
  needAfterZrm?: boolean;
  zrm?: { layout: 'cards' | 'tiles'; title: string; caption?: string; dots?: boolean; rows: Pair[] };
  /** Shown instead of a ZRM when there is none. */
  zrmNote?: string;
}

// The level words, as the pages print them.
const ACUTE = 'Acute problematiek';
const NIET = 'Niet zelfredzaam';
const BEPERKT = 'Beperkt zelfredzaam';
const VOLDOENDE = 'Voldoende zelfredzaam';
const VOLLEDIG = 'Volledig zelfredzaam';

const DOT: Record<string, string> = {
  [ACUTE]: 'red',
  [NIET]: 'orange',
  [BEPERKT]: 'yellow',
  [VOLDOENDE]: 'lightgreen',
  [VOLLEDIG]: 'green',
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function fieldHtml(style: FieldStyle, [label, value]: Pair): string {
  const l = esc(label);
  const v = esc(value);
  switch (style) {
    case 'field':
      return `<div class="field"><div class="field-label">${l}</div><div class="field-value">${v}</div></div>`;
    case 'veld':
      return `<div class="veld"><div class="veld-naam">${l}</div><div class="veld-waarde">${v}</div></div>`;
    case 'lblval':
      return `<div class="row"><div class="lbl">${l}</div><div class="val">${v}</div></div>`;
    case 'bem':
      return `<div class="c-field"><div class="c-field__label">${l}</div><div class="c-field__value">${v}</div></div>`;
    case 'gen':
      return `<div class="x7f-r"><div class="x7f-lab">${l}</div><div class="x7f-val">${v}</div></div>`;
    case 'span':
      return `<div class="pair"><span>${l}</span><span>${v}</span></div>`;
  }
}

function titleHtml(p: Page, title: string): string {
  return p.titleTag === 'h3' ? `<h3>${esc(title)}</h3>` : `<div class="card-title">${esc(title)}</div>`;
}

function cardHtml(p: Page, c: Card, extraClass = ''): string {
  const attrs = p.aria ? ` role="group" aria-label="${esc(c.title)}"` : '';
  const body = [
    ...(c.fields ?? []).map((f) => fieldHtml(p.fieldStyle, f)),
    ...(c.paras ?? []).map((t) => `<p>${esc(t)}</p>`),
  ].join('\n    ');
  return `<section class="card${extraClass ? ' ' + extraClass : ''}"${attrs}>\n    ${titleHtml(p, c.title)}\n    ${body}\n  </section>`;
}

function chipsHtml(p: Page): string {
  if (!p.chips) return '';
  const { style, items } = p.chips;
  if (style === 'tag') return `<ul class="tags" aria-label="Signalen">${items.map((i) => `<li class="tag">${esc(i)}</li>`).join('')}</ul>`;
  if (style === 'badge') return `<div class="badges">${items.map((i) => `<span class="badge badge--warn">${esc(i)}</span>`).join(' ')}</div>`;
  return `<div class="chips">${items.map((i) => `<span class="chip">${esc(i)}</span>`).join(' ')}</div>`;
}

function zrmHtml(p: Page): string {
  if (!p.zrm) {
    return p.zrmNote ? `<section class="card card--muted">\n    ${titleHtml(p, 'Zelfredzaamheid')}\n    <p class="muted">${esc(p.zrmNote)}</p>\n  </section>` : '';
  }
  const z = p.zrm;
  const caption = z.caption ? `<p class="caption">${esc(z.caption)}</p>` : '';
  const level = (w: string) => (z.dots ? `<span class="dot dot--${DOT[w] ?? 'grey'}" aria-hidden="true"></span> ${esc(w)}` : esc(w));
  if (z.layout === 'tiles') {
    const tiles = z.rows
      .map(([d, w]) => `<div class="zrm-tile" role="listitem"><div class="zrm-tile__domain">${esc(d)}</div><div class="zrm-tile__level">${level(w)}</div></div>`)
      .join('\n      ');
    return `<section class="card card--zrm"${p.aria ? ' aria-label="Zelfredzaamheid"' : ''}>\n    ${titleHtml(p, z.title)}\n    ${caption}\n    <div class="zrm-grid" role="list">\n      ${tiles}\n    </div>\n  </section>`;
  }
  const cards = z.rows
    .map(([d, w]) => `<section class="card card--sm zrm-domain">${titleHtml(p, d)}<div class="zrm-level">${level(w)}</div></section>`)
    .join('\n      ');
  return `<div class="zrm-block">\n    <h2 class="block-title">${esc(z.title)}</h2>\n    ${caption}\n    <div class="zrm-cards">\n      ${cards}\n    </div>\n  </div>`;
}

function render(p: Page): string {
  const s = p.shell;
  const nav = s.nav.map((n, i) => `<a href="#"${i === 1 ? ' aria-current="page"' : ''}>${esc(n)}</a>`).join(' ');
  const recent = s.recent
    ? `<aside class="sidebar">\n  <div class="sidebar-title">Recent bekeken</div>\n  <ul>${s.recent.map(([k, n]) => `<li><a href="#">${esc(k)}</a> <span class="muted">${esc(n)}</span></li>`).join('')}</ul>\n</aside>\n`
    : '';
  const need = cardHtml(p, { title: p.need.title, paras: [p.need.text] }, 'card--need');
  const zrm = zrmHtml(p);
  const person = cardHtml(p, p.person, 'card--person');
  const chips = chipsHtml(p);
  const others = p.cards.map((c) => cardHtml(p, c)).join('\n  ');
  const middle = p.needAfterZrm ? [zrm, need] : [need, zrm];
  return `<header class="app-header">
  <div class="logo">${esc(s.app)}</div>
  <nav class="main-nav" aria-label="Hoofdmenu">${nav}</nav>
  <div class="user-menu">${esc(s.user)}</div>
</header>
<div class="layout">
${recent}<main class="content">
<div class="page-head"><h1>${esc(p.heading)}</h1>${p.status ? ` <span class="status-pill">${esc(p.status)}</span>` : ''}</div>
${chips}
<div class="card-grid">
  ${[person, others, ...middle].filter(Boolean).join('\n  ')}
</div>
</main>
</div>
<footer class="app-footer">${esc(s.footer)}</footer>`;
}

// ───────────────────────────── shells ─────────────────────────────

const wijkwerk = (recent?: Pair[]): Shell => ({
  app: 'Wijkwerk Online',
  nav: ['Mijn werkvoorraad', 'Cliënten', 'Agenda', 'Sociale kaart', 'Rapportages'],
  user: 'Ingelogd als I. Collega',
  recent,
  footer: 'Wijkwerk Online 5.3 · Sociaal Wijkteam Demostad · Privacyverklaring · Help',
});
const klantbeeld = (recent?: Pair[]): Shell => ({
  app: 'KlantBeeld',
  nav: ['Start', 'Dossiers', 'Taken', 'Berichten'],
  user: 'M. Teamgenoot ▾',
  recent,
  footer: '© 2026 KlantBeeld · Wijkteams Demostad · Support: servicedesk (intern)',
});
const casus360 = (recent?: Pair[]): Shell => ({
  app: 'Casus360',
  nav: ['Dashboard', 'Casussen', 'Overleggen', 'Zoeken'],
  user: 'R. Werker (wijkcoach)',
  recent,
  footer: 'Casus360 · omgeving Demostad · build 2026.10',
});
const teamportaal = (recent?: Pair[]): Shell => ({
  app: 'Teamportaal Sociaal',
  nav: ['Overzicht', 'Zaken', 'Planning', 'Kennisbank', 'Uitloggen'],
  user: 'S. Voorbeeldcollega',
  recent,
  footer: 'Teamportaal Sociaal · Gemeente Demostad · versie 2.8.1',
});
const buurtteam = (recent?: Pair[]): Shell => ({
  app: 'Buurtteam Dashboard',
  nav: ['Home', 'Cliënten', 'Signalen', 'Wachtlijst', 'Instellingen'],
  user: 'T. Collega-Demo',
  recent,
  footer: 'Buurtteam Dashboard · alleen voor intern gebruik · Demostad',
});

// ───────────────────────────── cases ─────────────────────────────

export const cases: EvalCaseInput[] = [
  // 01 Eenzame weduwnaar in Oost; neighbourhood offers of other wijken are out.
  {
    id: 'kaart-01',
    style: 'kaartjes',
    html: render({
      shell: wijkwerk([['WW-2026-3379', 'Mw. Q. Anders'], ['WW-2026-3290', 'Dhr. Z. Ander']]),
      heading: 'Cliëntdashboard',
      status: 'Actief',
      fieldStyle: 'field',
      titleTag: 'h3',
      person: {
        title: 'Persoonsgegevens',
        fields: [
          ['Cliëntnr.', 'WW-2026-3381'],
          ['Naam', 'Dhr. H. Voorbeeld'],
          ['Geboortedatum', '02-03-1948'],
          ['Geslacht', 'man'],
          ['Adres', 'Testlaan 14, 4817 KT Demostad'],
          ['Wijk', 'Oost'],
          ['Woonsituatie', 'alleenwonend'],
        ],
      },
      cards: [
        {
          title: 'Situatie',
          paras: [
            'Meneer is sinds anderhalf jaar weduwnaar. Loopt met een stok, een half uur wandelen gaat goed. Zoon woont in Groningen en belt wekelijks. Geen schulden, geen sprake van huiselijk geweld.',
          ],
        },
        { title: 'Contact', fields: [['Laatste contact', '16-11-2026, huisbezoek'], ['Wijkcoach', 'I. Collega']] },
      ],
      need: {
        title: 'Hulpvraag',
        text: 'Meneer zit veel alleen thuis en mist de gesprekken met zijn vrouw. Hij wil graag iemand die eens per week langskomt voor koffie en een praatje. Ook wil hij weer vaker naar buiten, bijvoorbeeld samen een rondje wandelen in het park.',
      },
      zrm: {
        layout: 'tiles',
        title: 'Zelfredzaamheid',
        caption: 'ZRM 2013 · beginmeting 16-11-2026',
        dots: true,
        rows: [
          ['Financiën', VOLDOENDE],
          ['Dagbesteding', BEPERKT],
          ['Huisvesting', VOLLEDIG],
          ['Huiselijke relaties', VOLDOENDE],
          ['Geestelijke gezondheid', BEPERKT],
          ['Lichamelijke gezondheid', BEPERKT],
          ['Verslaving', VOLLEDIG],
          ['ADL', VOLDOENDE],
          ['Sociaal netwerk', NIET],
          ['Maatschappelijke participatie', BEPERKT],
          ['Justitie', VOLLEDIG],
        ],
      },
    }),
    expect: {
      caseKey: 'WW-2026-3381',
      age: 78,
      gender: 'male',
      postcode4: '4817',
      wijk: 'Oost',
      zrm: {
        finances: 4, daytime_activities: 3, housing: 5, domestic_relations: 4, mental_health: 3, physical_health: 3,
        addiction: 5, adl: 4, social_network: 2, participation: 3, justice: 5,
      },
      needIncludes: ['eens per week langskomt', 'samen een rondje wandelen'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['humanitas-maatje-eenzaamheid', 'maatjesproject-wandelmaatje'],
      never: ['zuid-helpt-koffieochtend', 'buur-en-co-buurtnetwerk', 'bijspringer-buurthulp'],
    },
    why: 'Plain loneliness of an older man who can walk: a maatje against loneliness and a wandelmaatje fit. The neighbourhood offers for Zuid, West and Noord/West do not cover a client in Oost (4817).',
  },

  // 02 Overbelaste mantelzorger; husband has Parkinson; she does not want her children involved.
  {
    id: 'kaart-02',
    style: 'kaartjes',
    html: render({
      shell: klantbeeld([['KB-55118', 'Dhr. V. Overig']]),
      heading: 'Dossier KB-55120',
      fieldStyle: 'veld',
      titleTag: 'div',
      person: {
        title: 'Cliënt',
        fields: [
          ['Dossiernummer', 'KB-55120'],
          ['Naam', 'Mevr. R. Proefhuis'],
          ['Leeftijd', '71 jaar'],
          ['Geslacht', 'vrouw'],
          ['Postcode', '4822'],
          ['Huishouden', 'gehuwd, woont met echtgenoot'],
          ['Mantelzorger', 'ja, voor partner'],
        ],
      },
      chips: { style: 'chip', items: ['Mantelzorger overbelast'] },
      cards: [
        {
          title: 'Situatie',
          paras: [
            'Echtgenoot (76) heeft de ziekte van Parkinson. De wijkverpleging komt elke ochtend voor zijn persoonlijke verzorging; ’s middags kan meneer een paar uur zonder zorg. Mevrouw doet al het overige, slaapt slecht en zegt dat ze op is.',
          ],
        },
      ],
      need: {
        title: 'Vraag',
        text: 'Mevrouw wil een vaste middag in de week voor zichzelf, om naar haar zangvereniging te gaan, terwijl er iemand bij haar man is. Ze wil ook wel eens praten met andere mantelzorgers. Haar kinderen wil ze er niet bij betrekken: die hebben drukke banen en jonge gezinnen en ze wil niet dat zij zich zorgen maken.',
      },
      needAfterZrm: true,
      zrm: {
        layout: 'cards',
        title: 'ZRM mevrouw',
        caption: 'ZRM 2017 (13 domeinen)',
        rows: [
          ['Financiën', VOLDOENDE],
          ['Werk & opleiding', VOLDOENDE],
          ['Tijdsbesteding', BEPERKT],
          ['Huisvesting', VOLLEDIG],
          ['Huiselijke relaties', BEPERKT],
          ['Geestelijke gezondheid', NIET],
          ['Lichamelijke gezondheid', BEPERKT],
          ['Middelengebruik', VOLLEDIG],
          ['Basale ADL', VOLLEDIG],
          ['Instrumentele ADL', VOLDOENDE],
          ['Sociaal netwerk', BEPERKT],
          ['Maatschappelijke participatie', BEPERKT],
          ['Justitie', VOLLEDIG],
        ],
      },
    }),
    expect: {
      caseKey: 'KB-55120',
      age: 71,
      gender: 'female',
      postcode4: '4822',
      zrm: {
        finances: 4, daytime_activities: 3, housing: 5, domestic_relations: 3, mental_health: 2, physical_health: 3,
        addiction: 5, adl: 4, social_network: 3, participation: 3, justice: 5,
      },
      needIncludes: ['vaste middag in de week voor zichzelf', 'praten met andere mantelzorgers'],
      flags: ['carer_overburdened'],
      refusals: ['own_network'],
      wishes: [],
      isCarer: true,
      warnings: ['carer_overburdened'],
      networkPrompt: 'network_refused',
      top5: ['vhd-zorgzaam', 'mantelzorg-mantelzorgcafe'],
      never: ['mantelzorg-zorgrooster-familie', 'wehelpen-hulpnetwerk', 'eigen-kracht-conferentie', 'tijd-voor-elkaar-ruilen'],
    },
    why: 'An overburdened carer asks for respite and contact with other carers: Zorgzaam and the mantelzorgcafé. She will not involve her children, so family rosters, the own-network app and a family conference are out; an exchange that asks her to give something back adds load. The nursing care is her husband’s, not hers.',
  },

  // 03 Jonge moeder met schulden; family and neighbours must not know; wants anonymous help.
  {
    id: 'kaart-03',
    style: 'kaartjes',
    html: render({
      shell: casus360([['C360-00870', 'Mw. P. Anderszins'], ['C360-00866', 'Dhr. N. Nogiemand']]),
      heading: 'Casusoverzicht',
      status: 'In behandeling',
      fieldStyle: 'bem',
      titleTag: 'h3',
      aria: true,
      person: {
        title: 'Basisgegevens',
        fields: [
          ['Casus-ID', 'C360-00871'],
          ['Naam', 'Mw. S. Fictief'],
          ['Geb.datum', '17-09-1997'],
          ['Geslacht', 'vrouw'],
          ['Postcode', '4826 RD'],
          ['Wijk', 'West'],
          ['Huishouden', 'eenoudergezin, 2 kinderen (3 en 5 jr)'],
        ],
      },
      chips: { style: 'chip', items: ['Schulden', 'Schaamte'] },
      cards: [
        {
          title: 'Situatie',
          paras: [
            'Na de scheiding zijn achterstanden ontstaan bij zorgverzekeraar, energie en huur (samen ca. € 4.800). Aanvraag schuldhulpverlening bij de gemeente is ingediend, intake over drie weken. Geen beslag, geen afsluiting aangekondigd. De post blijft ongeopend liggen.',
          ],
        },
      ],
      need: {
        title: 'Hulpvraag',
        text: 'Mevrouw wil weer grip op haar post en haar geld en een weekbudget waarmee ze rondkomt. Ze wil hulp van iemand die ze niet kent en die niet uit haar wijk komt; haar familie en de buren mogen niets van de schulden weten. Ze is gemotiveerd en wil het zelf leren.',
      },
      zrm: {
        layout: 'tiles',
        title: 'Zelfredzaamheidsmatrix',
        caption: 'ZRM 2010',
        rows: [
          ['Financiën', NIET],
          ['Dagbesteding', BEPERKT],
          ['Huisvesting', VOLDOENDE],
          ['Huiselijke relaties', BEPERKT],
          ['Geestelijke gezondheid', BEPERKT],
          ['Lichamelijke gezondheid', VOLDOENDE],
          ['Verslaving', VOLLEDIG],
          ['ADL-vaardigheden', VOLDOENDE],
          ['Sociaal netwerk', BEPERKT],
          ['Maatschappelijke participatie', BEPERKT],
          ['Justitie', VOLLEDIG],
        ],
      },
    }),
    expect: {
      caseKey: 'C360-00871',
      age: 29,
      gender: 'female',
      postcode4: '4826',
      wijk: 'West',
      zrm: {
        finances: 2, daytime_activities: 3, housing: 4, domestic_relations: 3, mental_health: 3, physical_health: 4,
        addiction: 5, adl: 4, social_network: 3, participation: 3, justice: 5,
      },
      needIncludes: ['grip op haar post en haar geld', 'een weekbudget'],
      flags: ['debts'],
      refusals: ['own_network', 'neighbours'],
      wishes: ['anonymous'],
      warnings: ['debts_anonymous'],
      networkPrompt: 'network_refused',
      top5: ['humanitas-thuisadministratie', 'vhd-budgetcoaching'],
      never: ['humanitas-schuldhulpmaatje', 'buur-en-co-buurtnetwerk', 'bijspringer-buurthulp', 'nlvoorelkaar-hulpvraag', 'eigen-kracht-conferentie'],
    },
    why: 'Debts with shame, no acute crisis, schuldhulp already requested: trained anonymous volunteers for administration and budget. The schuldhulpmaatje would fit but takes nobody now; buurt and own-network help are refused and wrong for money matters.',
  },

  // 04 Acute crisis: eviction this week.
  {
    id: 'kaart-04',
    style: 'kaartjes',
    html: render({
      shell: teamportaal([['ZK-2026-11870', 'Mw. E. Elders']]),
      heading: 'Zaak ZK-2026-11873',
      status: 'Spoed',
      fieldStyle: 'lblval',
      titleTag: 'div',
      person: {
        title: 'Cliëntgegevens',
        fields: [
          ['Zaaknummer', 'ZK-2026-11873'],
          ['Cliënt', 'Dhr. P. Testman'],
          ['Leeftijd', '44 jaar'],
          ['Geslacht', 'man'],
          ['Adres', 'Oefenstraat 9b, 4819 AL Demostad'],
        ],
      },
      chips: { style: 'badge', items: ['⚠ Crisis', 'Huisuitzetting'] },
      cards: [
        {
          title: 'Situatie',
          paras: [
            'Acute crisissituatie. Ontruiming wegens huurschuld (€ 6.200) is aangezegd voor donderdag. Meneer heeft geen geld meer voor eten en slaapt nauwelijks. Vandaag huisbezoek met collega van schuldhulp; noodopvang is aangevraagd.',
          ],
        },
        { title: 'Betrokkenen', fields: [['Casusregisseur', 'S. Voorbeeldcollega'], ['Schuldhulp', 'K. Collega (gemeente)']] },
      ],
      need: {
        title: 'Hulpvraag',
        text: 'Eerst onderdak en veiligheid: ontruiming afwenden of noodopvang regelen, voedselhulp voor deze week. Meneer vraagt ook om hulp bij het ordenen van zijn post en wil later weer iets te doen hebben. Dat komt pas als de situatie stabiel is.',
      },
      zrm: {
        layout: 'cards',
        title: 'ZRM',
        rows: [
          ['Financiën', ACUTE],
          ['Huisvesting', ACUTE],
          ['Dagbesteding', NIET],
          ['Geestelijke gezondheid', NIET],
          ['Sociaal netwerk', NIET],
          ['Justitie', VOLDOENDE],
        ],
      },
    }),
    expect: {
      caseKey: 'ZK-2026-11873',
      age: 44,
      gender: 'male',
      postcode4: '4819',
      zrm: { finances: 1, housing: 1, daytime_activities: 2, mental_health: 2, social_network: 2, justice: 4 },
      needIncludes: ['ontruiming afwenden', 'ordenen van zijn post'],
      flags: ['crisis', 'debts'],
      refusals: [],
      wishes: [],
      warnings: ['crisis', 'acute_domain:finances', 'acute_domain:housing', 'debts_anonymous'],
      networkPrompt: 'ask_network',
      top5: [],
      never: ['humanitas-thuisadministratie', 'vhd-postwijzer', 'present-verhuis-en-inrichthulp', 'vc-vrijwilligerswerk-dagbesteding'],
    },
    why: 'Eviction in days and no money for food is an acute crisis: professionals first and no informal suggestions at all, however well the administration or daytime offers would fit later.',
  },

  // 05 Huiselijk geweld, moeder met twee kinderen in een nieuwe woning.
  {
    id: 'kaart-05',
    style: 'kaartjes',
    html: render({
      shell: buurtteam(),
      heading: 'Cliënt',
      fieldStyle: 'span',
      titleTag: 'h3',
      aria: true,
      person: {
        title: 'Gegevens',
        fields: [
          ['Registratienummer', 'BT-7741-22'],
          ['Naam', 'Mevrouw L. Demotest'],
          ['Geboren', '11-01-1992'],
          ['Postcode', '4814 GB'],
          ['Wijk', 'Noord'],
          ['Kinderen', 'dochter (4), zoon (7)'],
        ],
      },
      chips: { style: 'tag', items: ['⚠ Huiselijk geweld', 'Veilig Thuis betrokken'] },
      cards: [
        {
          title: 'Situatie',
          paras: [
            'Mevrouw is drie maanden geleden met de kinderen vanuit de vrouwenopvang naar een eigen huurwoning in Noord verhuisd. Ex-partner heeft een contactverbod na huiselijk geweld; Veilig Thuis is betrokken en er ligt een veiligheidsplan. Familie van de ex woont in de buurt en geeft informatie aan hem door.',
          ],
        },
      ],
      need: {
        title: 'Hulpvraag',
        text: 'De woning is nog grotendeels leeg: mevrouw wil hulp bij het ophangen van gordijnen en het in elkaar zetten van bedden en kasten. Verder wil ze andere moeders ontmoeten die er alleen voor staan. Haar eigen familie en de buren wil ze er nadrukkelijk niet bij, te veel lijntjes naar haar ex.',
      },
      needAfterZrm: true,
      zrm: {
        layout: 'tiles',
        title: 'ZRM',
        caption: 'ZRM 2013',
        dots: true,
        rows: [
          ['Financiën', BEPERKT],
          ['Dagbesteding', BEPERKT],
          ['Huisvesting', BEPERKT],
          ['Huiselijke relaties', NIET],
          ['Geestelijke gezondheid', BEPERKT],
          ['Lichamelijke gezondheid', VOLDOENDE],
          ['Verslaving', VOLLEDIG],
          ['ADL-vaardigheden', VOLDOENDE],
          ['Sociaal netwerk', NIET],
          ['Maatschappelijke participatie', BEPERKT],
          ['Justitie', VOLDOENDE],
        ],
      },
    }),
    expect: {
      caseKey: 'BT-7741-22',
      age: 34,
      gender: 'female',
      postcode4: '4814',
      wijk: 'Noord',
      zrm: {
        finances: 3, daytime_activities: 3, housing: 3, domestic_relations: 2, mental_health: 3, physical_health: 4,
        addiction: 5, adl: 4, social_network: 2, participation: 3, justice: 4,
      },
      needIncludes: ['ophangen van gordijnen', 'andere moeders ontmoeten'],
      flags: ['domestic_violence', 'unsafe_network'],
      refusals: ['own_network', 'neighbours'],
      wishes: [],
      warnings: ['unsafe_network'],
      networkPrompt: 'network_unsafe',
      top5: ['present-verhuis-en-inrichthulp', 'zelfhulp-alleenstaande-ouders'],
      never: ['humanitas-gezinsmaatje', 'eigen-kracht-conferentie', 'vhd-netwerkcoach', 'wehelpen-hulpnetwerk', 'bijspringer-buurthulp', 'nlvoorelkaar-hulpvraag'],
    },
    why: 'Domestic violence with an ex whose family feeds him information: nothing through the own network or the buurt (she refuses both too). Practical help with furnishing and a group for single parents fit. The gezinsmaatje would fit a child of 4 but excludes domestic violence.',
  },

  // 06 Jongere onder ondertoezichtstelling: coercive framework.
  {
    id: 'kaart-06',
    style: 'kaartjes',
    html: render({
      shell: wijkwerk([['WW-2026-3402', 'Mw. H. Anderen']]),
      heading: 'Jeugddossier',
      fieldStyle: 'gen',
      titleTag: 'div',
      person: {
        title: 'Jeugdige',
        fields: [
          ['Kenmerk', 'JG/2026/0457'],
          ['Naam', 'K. Voorbeeldzoon'],
          ['Geslacht', 'man'],
          ['Geboortedatum', '30-06-2010'],
          ['Postcode', '4825 PP'],
        ],
      },
      chips: { style: 'chip', items: ['OTS', 'Gezinsvoogd GI'] },
      cards: [
        {
          title: 'Situatie',
          paras: [
            'De kinderrechter heeft in september een ondertoezichtstelling van een jaar uitgesproken. De gezinsvoogd van de gecertificeerde instelling voert de regie; het wijkteam ondersteunt moeder. K. spijbelt, is van school gestuurd en hangt ’s middags op straat met oudere jongens.',
          ],
        },
        { title: 'Laatste contact', fields: [['Datum', '19-11-2026'], ['Met', 'moeder en gezinsvoogd']] },
      ],
      need: {
        title: 'Vraag',
        text: 'Moeder vraagt om een maatje dat K. helpt met school en een bijbaantje, en om iets zinvols voor de middagen. Binnen het gedwongen kader eerst afstemmen met de gezinsvoogd; geen inzet buiten het plan van de GI om.',
      },
      zrmNote: 'Geen ZRM afgenomen (jeugd).',
    }),
    expect: {
      caseKey: 'JG/2026/0457',
      age: 16,
      gender: 'male',
      postcode4: '4825',
      zrm: {},
      needIncludes: ['helpt met school en een bijbaantje', 'iets zinvols voor de middagen'],
      flags: ['coercive'],
      refusals: [],
      wishes: [],
      warnings: ['coercive_no_volunteers'],
      networkPrompt: 'ask_network',
      top5: [],
      never: ['juvans-jongerenmaatje', 'eigen-kracht-jongeren', 'vc-vrijwilligerswerk-dagbesteding'],
    },
    why: 'A court-ordered supervision (OTS) is a coercive framework: no volunteers at all, even though a jongerenmaatje would otherwise be the obvious answer to the mother’s question.',
  },

  // 07 Arabischsprekende nieuwkomer; wishes a female volunteer.
  {
    id: 'kaart-07',
    style: 'kaartjes',
    html: render({
      shell: wijkwerk(),
      heading: 'Cliëntdashboard',
      status: 'Actief',
      fieldStyle: 'field',
      titleTag: 'h3',
      person: {
        title: 'Persoonsgegevens',
        fields: [
          ['Cliëntnummer', 'WW-2026-3412'],
          ['Naam', 'Mevrouw N. Proefvrouw'],
          ['Geboortedatum', '08-02-1995'],
          ['Taal', 'Arabisch (spreekt een beetje Nederlands)'],
          ['Postcode', '4818 CS'],
          ['Wijk', 'Oost'],
          ['Gezin', 'gehuwd, 2 kinderen (8 en 10)'],
        ],
      },
      chips: { style: 'chip', items: ['Statushouder', 'Taal'] },
      cards: [
        {
          title: 'Situatie',
          paras: [
            'Mevrouw komt uit Syrië en woont sinds een jaar met haar man en kinderen in Demostad. Ze volgt de inburgeringscursus (A1), maar buiten de les spreekt ze weinig Nederlands en gesprekken gaan met een tolk. Haar man werkt; zij is overdag veel alleen thuis.',
          ],
        },
      ],
      need: {
        title: 'Hulpvraag',
        text: 'Mevrouw wil sneller Nederlands leren door te oefenen in het dagelijks leven en andere vrouwen leren kennen. Ze heeft liever een vrouwelijke vrijwilliger. Later wil ze graag vrijwilligerswerk doen.',
      },
      zrm: {
        layout: 'cards',
        title: 'Zelfredzaamheid',
        caption: 'ZRM 2013',
        dots: true,
        rows: [
          ['Financiën', BEPERKT],
          ['Dagbesteding', NIET],
          ['Huisvesting', VOLDOENDE],
          ['Huiselijke relaties', VOLDOENDE],
          ['Geestelijke gezondheid', VOLDOENDE],
          ['Lichamelijke gezondheid', VOLDOENDE],
          ['Verslaving', VOLLEDIG],
          ['ADL', VOLDOENDE],
          ['Sociaal netwerk', NIET],
          ['Maatschappelijke participatie', NIET],
          ['Justitie', VOLLEDIG],
        ],
      },
    }),
    expect: {
      caseKey: 'WW-2026-3412',
      age: 31,
      gender: 'female',
      language: 'ar',
      postcode4: '4818',
      wijk: 'Oost',
      zrm: {
        finances: 3, daytime_activities: 2, housing: 4, domestic_relations: 4, mental_health: 4, physical_health: 4,
        addiction: 5, adl: 4, social_network: 2, participation: 2, justice: 5,
      },
      needIncludes: ['sneller Nederlands leren', 'andere vrouwen leren kennen'],
      flags: ['language_barrier'],
      refusals: [],
      wishes: ['same_gender_volunteer'],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vc-taalmaatje', 'al-amal-vrouwengroep', 'al-amal-maatje'],
      never: [],
    },
    why: 'An Arabic-speaking newcomer who wants to practise Dutch and meet women: the taalmaatje, the Al Amal women’s group and the Al Amal maatje (which can match a woman) all fit plainly.',
  },

  // 08 Poolse arbeidsmigrant: letters and Dutch; Arabic-language offers are not for him.
  {
    id: 'kaart-08',
    style: 'kaartjes',
    html: render({
      shell: klantbeeld([['KB-55160', 'Mevr. O. Iemand']]),
      heading: 'Dossier',
      fieldStyle: 'lblval',
      titleTag: 'div',
      person: {
        title: 'Cliënt',
        fields: [
          ['Dossiernr.', 'KB-55164'],
          ['Naam', 'Dhr. T. Nepowski'],
          ['Leeftijd', '41'],
          ['Moedertaal', 'Pools; spreekt redelijk Engels, weinig Nederlands'],
          ['Adres', 'Fictieflaan 3, 4823 BX Demostad'],
          ['Wijk', 'Zuid'],
        ],
      },
      cards: [
        {
          title: 'Achtergrond',
          paras: [
            'Meneer werkt sinds februari via een uitzendbureau in een distributiecentrum en huurt een kamer. Zijn vrouw en dochter komen in het voorjaar over. Hij krijgt brieven van de Belastingdienst en de zorgverzekeraar die hij niet begrijpt. Geen schulden; hij betaalt alles op tijd.',
          ],
        },
      ],
      need: {
        title: 'Vraag',
        text: 'Meneer wil hulp bij het lezen en beantwoorden van brieven van instanties en wil zorgtoeslag aanvragen. Daarnaast wil hij Nederlands leren voordat zijn gezin komt.',
      },
      zrmNote: 'Leefgebieden niet gescoord.',
    }),
    expect: {
      caseKey: 'KB-55164',
      age: 41,
      gender: 'male',
      language: 'pl',
      postcode4: '4823',
      wijk: 'Zuid',
      zrm: {},
      needIncludes: ['lezen en beantwoorden van brieven', 'zorgtoeslag aanvragen', 'Nederlands leren'],
      flags: ['language_barrier'],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vhd-administratieve-ondersteuning', 'vc-taalmaatje'],
      never: ['al-amal-brievenhulp', 'al-amal-maatje'],
    },
    why: 'Loose questions about letters and an allowance, in English if need be, and learning Dutch: administrative support and a taalmaatje. The Al Amal letter help and maatje are for Arabic speakers, not for a Polish client.',
  },

  // 09 Season: January, tax return; opens later but should be suggested.
  {
    id: 'kaart-09',
    style: 'kaartjes',
    now: '2027-01-12T10:00:00+01:00',
    html: render({
      shell: teamportaal([['TS-88207', 'Dhr. U. Derde'], ['TS-88199', 'Mw. Y. Vierde']]),
      heading: 'Overzicht cliënt',
      fieldStyle: 'veld',
      titleTag: 'h3',
      person: {
        title: 'Cliënt',
        fields: [
          ['Registratienr.', 'TS-88213'],
          ['Naam', 'Dhr. W. Steekproef'],
          ['Geb.', '14-08-1952'],
          ['Geslacht', 'man'],
          ['Wijk', 'Centrum'],
        ],
      },
      cards: [
        {
          title: 'Situatie',
          paras: [
            'Meneer is in oktober weduwnaar geworden; zijn vrouw deed altijd de papieren. Er zijn geen schulden en geen betalingsachterstanden. DigiD heeft hij, maar hij is onzeker in het gebruik.',
          ],
        },
        { title: 'Afspraken', fields: [['Volgend contact', '26-01-2027'], ['Wijkcoach', 'S. Voorbeeldcollega']] },
      ],
      need: {
        title: 'Hulpvraag',
        text: 'Meneer moet dit voorjaar voor het eerst zelf aangifte inkomstenbelasting doen en wil iemand die dat samen met hem doet. Daarna wil hij leren de post en de rekeningen zelf bij te houden.',
      },
      needAfterZrm: true,
      zrm: {
        layout: 'tiles',
        title: 'ZRM (ingevulde domeinen)',
        rows: [
          ['Financiën', BEPERKT],
          ['Maatschappelijke participatie', BEPERKT],
          ['Sociaal netwerk', VOLDOENDE],
          ['Lichamelijke gezondheid', VOLDOENDE],
          ['ADL', VOLDOENDE],
        ],
      },
    }),
    expect: {
      caseKey: 'TS-88213',
      age: 74,
      gender: 'male',
      wijk: 'Centrum',
      zrm: { finances: 3, participation: 3, social_network: 4, physical_health: 4, adl: 4 },
      needIncludes: ['aangifte inkomstenbelasting', 'de post en de rekeningen zelf bij te houden'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vhd-belastingaangifte', 'humanitas-thuisadministratie'],
      never: [],
    },
    why: 'In January a simple tax return for a widower without debts is exactly what the aangifte service is for (it runs until 1 April); learning to keep up his post fits the thuisadministratie.',
  },

  // 10 Season: June, a missed tax return; the aangifte service has closed.
  {
    id: 'kaart-10',
    style: 'kaartjes',
    now: '2026-06-15T10:00:00+02:00',
    html: render({
      shell: casus360([['C360-00640', 'Dhr. B. Weeranders']]),
      heading: 'Casus',
      status: 'Lopend',
      fieldStyle: 'gen',
      titleTag: 'div',
      person: {
        title: 'Cliënt',
        fields: [
          ['Casusnummer', 'C360-00644'],
          ['Naam', 'Mw. J. Oefening'],
          ['Leeftijd', '66 jaar'],
          ['Geslacht', 'vrouw'],
          ['Postcode', '4812 HN'],
          ['Wijk', 'Centrum'],
        ],
      },
      cards: [
        {
          title: 'Situatie',
          paras: [
            'Mevrouw heeft na een beroerte vorig jaar moeite met overzicht houden. Haar man woont sinds januari in een verpleeghuis. Geen schulden, wel een stapel ongeopende post. Geen verslaving, geen zorgen over veiligheid.',
          ],
        },
      ],
      need: {
        title: 'Hulpvraag',
        text: 'Mevrouw heeft de belastingaangifte over vorig jaar gemist en kreeg een herinnering. Ze wil haar administratie weer op orde krijgen en leren werken met een eenvoudig ordnersysteem.',
      },
      zrm: {
        layout: 'cards',
        title: 'ZRM',
        caption: 'ZRM 2017',
        rows: [
          ['Financiën', NIET],
          ['Werk & opleiding', VOLDOENDE],
          ['Tijdsbesteding', VOLDOENDE],
          ['Huisvesting', VOLDOENDE],
          ['Huiselijke relaties', VOLDOENDE],
          ['Geestelijke gezondheid', VOLDOENDE],
          ['Lichamelijke gezondheid', BEPERKT],
          ['Middelengebruik', VOLLEDIG],
          ['Basale ADL', VOLLEDIG],
          ['Instrumentele ADL', BEPERKT],
          ['Sociaal netwerk', VOLDOENDE],
          ['Maatschappelijke participatie', BEPERKT],
          ['Justitie', VOLLEDIG],
        ],
      },
    }),
    expect: {
      caseKey: 'C360-00644',
      age: 66,
      gender: 'female',
      postcode4: '4812',
      wijk: 'Centrum',
      zrm: {
        finances: 2, daytime_activities: 4, housing: 4, domestic_relations: 4, mental_health: 4, physical_health: 3,
        addiction: 5, adl: 3, social_network: 4, participation: 3, justice: 5,
      },
      needIncludes: ['belastingaangifte over vorig jaar gemist', 'administratie weer op orde'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vhd-postwijzer', 'humanitas-thuisadministratie'],
      never: ['vhd-belastingaangifte'],
    },
    why: 'Getting post and administration in order after a stroke: Postwijzer or Humanitas thuisadministratie. In June the aangifte service does not run (until 1 April only), so it must not be suggested despite the word belastingaangifte.',
  },

  // 11 Schizofrenie, stable with FACT; no groups.
  {
    id: 'kaart-11',
    style: 'kaartjes',
    html: render({
      shell: wijkwerk([['WW-2026-3395', 'Dhr. C. Nietdeze']]),
      heading: 'Cliëntdashboard',
      fieldStyle: 'bem',
      titleTag: 'h3',
      person: {
        title: 'Persoon',
        fields: [
          ['Cliëntnr.', 'WW-2026-3398'],
          ['Naam', 'Dhr. M. Demodijk'],
          ['Geboortedatum', '23-12-1981'],
          ['Geslacht', 'man'],
          ['Postcode', '4816'],
          ['Wijk', 'Oost'],
        ],
      },
      chips: { style: 'chip', items: ['Psychiatrie', 'FACT'] },
      cards: [
        {
          title: 'Situatie',
          paras: [
            'Meneer heeft schizofrenie en woont zelfstandig met ambulante begeleiding. Het FACT-team (psychiater en verpleegkundige) is betrokken; laatste opname in 2023, sindsdien stabiel op depotmedicatie. Er is een signaleringsplan. Geen middelengebruik van betekenis.',
          ],
        },
      ],
      need: {
        title: 'Hulpvraag',
        text: 'Meneer wil iets zinvols doen met zijn dagen en af en toe met iemand de stad in, naar de bibliotheek of een voetbalwedstrijd. Groepen vindt hij te druk, daar wil hij niet heen. De ambulant begeleider wil contact houden met een eventuele vrijwilliger.',
      },
      zrm: {
        layout: 'tiles',
        title: 'Zelfredzaamheid',
        caption: 'ZRM 2010',
        dots: true,
        rows: [
          ['Financiën', BEPERKT],
          ['Dagbesteding', NIET],
          ['Huisvesting', VOLDOENDE],
          ['Huiselijke relaties', BEPERKT],
          ['Geestelijke gezondheid', NIET],
          ['Lichamelijke gezondheid', BEPERKT],
          ['Verslaving', VOLDOENDE],
          ['ADL-vaardigheden', BEPERKT],
          ['Sociaal netwerk', NIET],
          ['Maatschappelijke participatie', NIET],
          ['Justitie', VOLLEDIG],
        ],
      },
    }),
    expect: {
      caseKey: 'WW-2026-3398',
      age: 44,
      gender: 'male',
      postcode4: '4816',
      wijk: 'Oost',
      zrm: {
        finances: 3, daytime_activities: 2, housing: 4, domestic_relations: 3, mental_health: 2, physical_health: 3,
        addiction: 4, adl: 3, social_network: 2, participation: 2, justice: 5,
      },
      needIncludes: ['iets zinvols doen met zijn dagen', 'met iemand de stad in'],
      flags: ['psychiatric'],
      refusals: ['group'],
      wishes: [],
      warnings: ['psychiatric_specialised'],
      networkPrompt: 'ask_network',
      top5: ['kwartiermaken-maatje-meedoen', 'buddyhulp-buddy'],
      never: ['humanitas-maatje-eenzaamheid', 'buddyhulp-ggz-buddy', 'door-en-voor-herstelgroep', 'zelfhulp-depressie-angst', 'present-samen-op-pad'],
    },
    why: 'Serious psychiatric illness, stable, with a treating team that stays involved: trained buddies for complex cases (Kwartiermaken, Buddyhulp). The Humanitas maatje excludes severe psychiatric problems, the GGZ-buddy is full, and he refuses groups.',
  },

  // 12 Somberheid na burn-out, explicitly no crisis; no volunteer at home.
  {
    id: 'kaart-12',
    style: 'kaartjes',
    html: render({
      shell: buurtteam([['BT-7788-14', 'Dhr. I. Weeriemand']]),
      heading: 'Cliëntkaart',
      fieldStyle: 'field',
      titleTag: 'div',
      aria: true,
      person: {
        title: 'Persoonsgegevens',
        fields: [
          ['Dossiernummer', 'BT-7790-03'],
          ['Naam', 'Mevrouw D. Casusvrouw'],
          ['Leeftijd', '38 jaar'],
          ['Postcode', '4819 VK'],
          ['Wijk', 'Oost'],
          ['Woonsituatie', 'alleen, geen kinderen'],
        ],
      },
      cards: [
        {
          title: 'Situatie',
          paras: [
            'Mevrouw is na een burn-out uit haar werk geraakt en heeft sombere klachten; ze heeft gesprekken bij de POH-GGZ. Geen crisis, geen suïcidaliteit, geen ernstige psychiatrische problematiek. Vriendinnen zijn uit beeld geraakt.',
          ],
        },
      ],
      need: {
        title: 'Doelen',
        text: 'Mevrouw wil uit haar isolement en haar dagen weer vullen, bijvoorbeeld met een paar uur vrijwilligerswerk per week. Ze wil graag praten met mensen die ook somber zijn geweest. Ze wil uitdrukkelijk geen vrijwilliger bij haar thuis; afspreken buiten de deur vindt ze prima.',
      },
      zrm: {
        layout: 'cards',
        title: 'ZRM — domeinen met aandacht',
        rows: [
          ['Geestelijke gezondheid', BEPERKT],
          ['Sociaal netwerk', NIET],
          ['Dagbesteding', NIET],
          ['Maatschappelijke participatie', BEPERKT],
          ['Financiën', VOLDOENDE],
        ],
      },
    }),
    expect: {
      caseKey: 'BT-7790-03',
      age: 38,
      gender: 'female',
      postcode4: '4819',
      wijk: 'Oost',
      zrm: { mental_health: 3, social_network: 2, daytime_activities: 2, participation: 3, finances: 4 },
      needIncludes: ['paar uur vrijwilligerswerk per week', 'mensen die ook somber zijn geweest'],
      flags: [],
      refusals: ['home_visits'],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['zelfhulp-depressie-angst', 'vc-vrijwilligerswerk-dagbesteding'],
      never: ['buren-voor-buren-bezoek', 'buddyhulp-ggz-buddy'],
    },
    why: 'Mild gloom with a POH-GGZ and the page denies crisis and serious psychiatric problems, so no warnings: a self-help group and volunteer work fit. She wants nobody at home, which rules out a weekly home visit; the GGZ-buddy is full.',
  },

  // 13 Actief alcoholgebruik, no wish to stop; explicitly not aggressive, no debts.
  {
    id: 'kaart-13',
    style: 'kaartjes',
    html: render({
      shell: teamportaal(),
      heading: 'Zaakoverzicht',
      fieldStyle: 'span',
      titleTag: 'h3',
      person: {
        title: 'Cliënt',
        fields: [
          ['Zaaknr.', 'ZK-2026-11902'],
          ['Cliënt', 'Dhr. G. Proefmans'],
          ['Geboortejaar', '1974'],
          ['Adres', 'Demosingel 40, 4811 ER'],
          ['Wijk', 'Centrum'],
        ],
      },
      chips: { style: 'chip', items: ['Alcohol', 'Isolement'] },
      cards: [
        {
          title: 'Situatie',
          paras: [
            'Meneer drinkt dagelijks, naar eigen zeggen een krat per twee dagen. Hij wil nu niet stoppen of minderen en wil geen verslavingszorg. Hij is nooit agressief geweest naar hulpverleners en komt afspraken na. Geen schulden; de huur gaat via bewindvoering. Een broer komt eens per maand langs. De wijkcoach blijft betrokken.',
          ],
        },
      ],
      need: {
        title: 'Hulpvraag',
        text: 'Meneer verveelt zich en zit de hele dag binnen. Hij wil iemand om mee te praten en samen iets te ondernemen, en hij zou graag een vaste plek hebben waar hij ’s middags naartoe kan.',
      },
      zrm: {
        layout: 'tiles',
        title: 'ZRM',
        caption: 'ZRM 2013',
        dots: true,
        rows: [
          ['Financiën', BEPERKT],
          ['Dagbesteding', NIET],
          ['Huisvesting', BEPERKT],
          ['Huiselijke relaties', BEPERKT],
          ['Geestelijke gezondheid', BEPERKT],
          ['Lichamelijke gezondheid', BEPERKT],
          ['Verslaving', NIET],
          ['ADL', BEPERKT],
          ['Sociaal netwerk', NIET],
          ['Maatschappelijke participatie', NIET],
          ['Justitie', VOLDOENDE],
        ],
      },
    }),
    expect: {
      caseKey: 'ZK-2026-11902',
      age: 52,
      gender: 'male',
      postcode4: '4811',
      wijk: 'Centrum',
      zrm: {
        finances: 3, daytime_activities: 2, housing: 3, domestic_relations: 3, mental_health: 3, physical_health: 3,
        addiction: 2, adl: 3, social_network: 2, participation: 2, justice: 4,
      },
      needIncludes: ['iemand om mee te praten', 'vaste plek'],
      flags: ['active_addiction'],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['maatjesproject-maatje-meervoudige-problemen', 'buddyhulp-buddy'],
      never: ['ismes-herstelmaatje', 'ismes-herstelinloop', 'zelfhulp-verslaving'],
    },
    why: 'He drinks now and does not want to stop, so the recovery maatje, the sober recovery walk-in and the self-help group (all for people who want to stop) are out. Trained buddies for multiple problems with the wijkcoach involved fit; aggression and debts are explicitly absent.',
  },

  // 14 Clean for three years: recovery offers fit.
  {
    id: 'kaart-14',
    style: 'kaartjes',
    html: render({
      shell: casus360([['C360-00899', 'Mw. G. Anderecasus']]),
      heading: 'Casusoverzicht',
      fieldStyle: 'veld',
      titleTag: 'div',
      person: {
        title: 'Basisgegevens',
        fields: [
          ['Casus-ID', 'C360-00902'],
          ['Naam', 'Dhr. R. Voorbeeldt'],
          ['Leeftijd', '47'],
          ['Geslacht', 'man'],
          ['Postcode', '4828 KL'],
          ['Wijk', 'West'],
        ],
      },
      cards: [
        {
          title: 'Achtergrond',
          paras: [
            'Meneer was tot 2023 verslaafd aan cocaïne en alcohol en is sinds bijna drie jaar clean, na een klinische opname. Het schuldhulptraject is afgerond; er zijn geen schulden meer. Zijn oude vriendenkring bestond vooral uit gebruikers, die mijdt hij.',
          ],
        },
      ],
      need: {
        title: 'Doelen',
        text: 'Meneer wil clean blijven en zoekt contact met mensen die hetzelfde hebben meegemaakt. Hij wil weer structuur: een paar dagdelen vrijwilligerswerk, bijvoorbeeld in een groenproject, als opstap naar werk.',
      },
      needAfterZrm: true,
      zrm: {
        layout: 'cards',
        title: 'Zelfredzaamheid',
        caption: 'ZRM 2017',
        rows: [
          ['Financiën', VOLDOENDE],
          ['Werk & opleiding', NIET],
          ['Tijdsbesteding', BEPERKT],
          ['Huisvesting', VOLDOENDE],
          ['Huiselijke relaties', VOLDOENDE],
          ['Geestelijke gezondheid', BEPERKT],
          ['Lichamelijke gezondheid', VOLDOENDE],
          ['Middelengebruik', BEPERKT],
          ['Basale ADL', VOLLEDIG],
          ['Instrumentele ADL', VOLDOENDE],
          ['Sociaal netwerk', BEPERKT],
          ['Maatschappelijke participatie', BEPERKT],
          ['Justitie', VOLDOENDE],
        ],
      },
    }),
    expect: {
      caseKey: 'C360-00902',
      age: 47,
      gender: 'male',
      postcode4: '4828',
      wijk: 'West',
      zrm: {
        finances: 4, daytime_activities: 2, housing: 4, domestic_relations: 4, mental_health: 3, physical_health: 4,
        addiction: 3, adl: 4, social_network: 3, participation: 3, justice: 4,
      },
      needIncludes: ['clean blijven', 'een paar dagdelen vrijwilligerswerk'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['ismes-herstelmaatje', 'ismes-herstelinloop', 'vc-vrijwilligerswerk-dagbesteding'],
      never: ['zelfhulp-naasten-verslaving'],
    },
    why: 'Formerly addicted, three years clean: no addiction or debts flag. A recovery maatje or the recovery walk-in and volunteer work for structure fit; the group for relatives of addicts is not for the person himself.',
  },

  // 15 Someone else: the son uses; the mother asks for support. No ZRM.
  {
    id: 'kaart-15',
    style: 'kaartjes',
    html: render({
      shell: klantbeeld(),
      heading: 'Dossier',
      fieldStyle: 'gen',
      titleTag: 'h3',
      person: {
        title: 'Aanmelder / cliënt',
        fields: [
          ['Dossiernummer', 'KB-55201'],
          ['Naam', 'Mevr. A. Proefhuis-Demo'],
          ['Geboortedatum', '19-07-1968'],
          ['Postcode', '4813 AZ'],
          ['Wijk', 'Noord'],
        ],
      },
      cards: [
        {
          title: 'Aanleiding',
          paras: [
            'Mevrouw meldt zich over haar zoon (24), die bij haar inwoont en dagelijks cannabis en af en toe cocaïne gebruikt. De zoon heeft zelf geen hulpvraag. Mevrouw gebruikt zelf niets en heeft geen schulden. Er is geen geweld in huis en de zoon is niet agressief. Ze slaapt slecht van de zorgen.',
          ],
        },
        { title: 'Contact', fields: [['Laatste contact', '20-11-2026, telefonisch'], ['Behandelaar', 'M. Teamgenoot']] },
      ],
      need: {
        title: 'Hulpvraag',
        text: 'Mevrouw wil weten hoe ze met het gebruik van haar zoon kan omgaan zonder hem het huis uit te zetten, en ze wil praten met andere ouders die dit meemaken.',
      },
      zrmNote: 'ZRM nog niet afgenomen.',
    }),
    expect: {
      caseKey: 'KB-55201',
      age: 58,
      gender: 'female',
      postcode4: '4813',
      wijk: 'Noord',
      zrm: {},
      needIncludes: ['met het gebruik van haar zoon', 'praten met andere ouders'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['zelfhulp-naasten-verslaving'],
      never: ['zelfhulp-verslaving', 'ismes-herstelmaatje', 'ismes-herstelinloop'],
    },
    why: 'The addiction is the son’s; the client is the mother, without flags. The group for relatives of someone with an addiction is the plain fit; offers for the addicted person himself are not for her.',
  },

  // 16 LVB, young man in Zuid, wants free-time company.
  {
    id: 'kaart-16',
    style: 'kaartjes',
    html: render({
      shell: buurtteam([['BT-7799-02', 'Mw. J. Weerandere']]),
      heading: 'Cliënt',
      status: 'Actief',
      fieldStyle: 'lblval',
      titleTag: 'h3',
      person: {
        title: 'Gegevens',
        fields: [
          ['Cliëntnummer', 'BT-7802-11'],
          ['Naam', 'Dhr. J. Testman jr.'],
          ['Leeftijd', '22 jaar'],
          ['Geslacht', 'man'],
          ['Postcode', '4821'],
          ['Wijk', 'Zuid'],
          ['Bijzonderheden', 'licht verstandelijke beperking, MEE-consulent betrokken'],
        ],
      },
      chips: { style: 'chip', items: ['LVB'] },
      cards: [
        {
          title: 'Situatie',
          paras: [
            'Meneer woont sinds kort zelfstandig in een studio, met ambulante begeleiding twee keer per week. Hij werkt drie dagen op een zorgboerderij. Geen probleemgedrag, geen agressie. In het weekend zit hij alleen en gamet hij tot diep in de nacht.',
          ],
        },
      ],
      need: {
        title: 'Vraag',
        text: 'Meneer wil in het weekend iets leuks doen met iemand van zijn leeftijd, zoals zwemmen, naar de film of een wedstrijd kijken. Hij wil graag vrienden maken.',
      },
      zrm: {
        layout: 'tiles',
        title: 'Zelfredzaamheid',
        caption: 'ZRM 2013',
        rows: [
          ['Financiën', BEPERKT],
          ['Dagbesteding', BEPERKT],
          ['Huisvesting', VOLDOENDE],
          ['Huiselijke relaties', VOLDOENDE],
          ['Geestelijke gezondheid', VOLDOENDE],
          ['Lichamelijke gezondheid', VOLLEDIG],
          ['Verslaving', VOLLEDIG],
          ['ADL', BEPERKT],
          ['Sociaal netwerk', NIET],
          ['Maatschappelijke participatie', BEPERKT],
          ['Justitie', VOLLEDIG],
        ],
      },
    }),
    expect: {
      caseKey: 'BT-7802-11',
      age: 22,
      gender: 'male',
      postcode4: '4821',
      wijk: 'Zuid',
      zrm: {
        finances: 3, daytime_activities: 3, housing: 4, domestic_relations: 4, mental_health: 4, physical_health: 5,
        addiction: 5, adl: 3, social_network: 2, participation: 3, justice: 5,
      },
      needIncludes: ['iets leuks doen met iemand van zijn leeftijd', 'vrienden maken'],
      flags: ['learning_disability'],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['mee-vrijetijdsmaatje'],
      never: [],
    },
    why: 'A young man with a mild learning disability, no problem behaviour, MEE involved, who wants free-time company: the MEE vrijetijdsmaatje is made for this.',
  },

  // 17 Alleenstaande vader; finances acute (ZRM 1) with debts; children too old for the gezinsmaatje.
  {
    id: 'kaart-17',
    style: 'kaartjes',
    html: render({
      shell: teamportaal([['TS-88238', 'Mw. L. Nogeen']]),
      heading: 'Zaak',
      fieldStyle: 'field',
      titleTag: 'div',
      person: {
        title: 'Cliënt',
        fields: [
          ['Kenmerk', 'TS-88240'],
          ['Naam', 'Dhr. B. Fictiefvader'],
          ['Geboortedatum', '02-10-1985'],
          ['Geslacht', 'man'],
          ['Postcode', '4824 TD'],
          ['Wijk', 'Zuid'],
          ['Gezin', 'alleenstaande vader, zoon 9, dochter 12'],
        ],
      },
      chips: { style: 'badge', items: ['Schulden', '⚠ Afsluiting energie'] },
      cards: [
        {
          title: 'Situatie',
          paras: [
            'Sinds het vertrek van moeder vorig jaar zorgt meneer alleen voor de kinderen en werkt hij fulltime. Er ligt beslag op zijn loon en de energieleverancier heeft afsluiting aangekondigd per 1 december. Collega schuldhulpverlening is vandaag ingeschakeld voor een spoedaanvraag.',
          ],
        },
      ],
      need: {
        title: 'Hulpvraag',
        text: 'Naast het oplossen van de geldproblemen wil meneer andere ouders ontmoeten die er alleen voor staan, om ervaringen en tips uit te wisselen. Hij voelt zich de enige vader op het schoolplein.',
      },
      zrm: {
        layout: 'cards',
        title: 'ZRM',
        caption: 'ZRM 2010',
        dots: true,
        rows: [
          ['Financiën', ACUTE],
          ['Dagbesteding', VOLDOENDE],
          ['Huisvesting', BEPERKT],
          ['Huiselijke relaties', BEPERKT],
          ['Geestelijke gezondheid', BEPERKT],
          ['Lichamelijke gezondheid', VOLDOENDE],
          ['Verslaving', VOLLEDIG],
          ['ADL-vaardigheden', BEPERKT],
          ['Sociaal netwerk', BEPERKT],
          ['Maatschappelijke participatie', VOLDOENDE],
          ['Justitie', VOLLEDIG],
        ],
      },
    }),
    expect: {
      caseKey: 'TS-88240',
      age: 41,
      gender: 'male',
      postcode4: '4824',
      wijk: 'Zuid',
      zrm: {
        finances: 1, daytime_activities: 4, housing: 3, domestic_relations: 3, mental_health: 3, physical_health: 4,
        addiction: 5, adl: 3, social_network: 3, participation: 4, justice: 5,
      },
      needIncludes: ['andere ouders ontmoeten die er alleen voor staan', 'ervaringen en tips'],
      flags: ['debts'],
      refusals: [],
      wishes: [],
      warnings: ['acute_domain:finances', 'debts_anonymous'],
      networkPrompt: 'ask_network',
      top5: ['zelfhulp-alleenstaande-ouders'],
      never: ['humanitas-gezinsmaatje', 'vhd-budgetcoaching', 'humanitas-thuisadministratie', 'vhd-postwijzer', 'humanitas-schuldhulpmaatje', 'juvans-formulierenhulp'],
    },
    why: 'Finances are acute (wage garnishment, energy cut-off): money matters go to professional schuldhulp first, so no budget or administration volunteers now. His social need still fits the single-parents group. The gezinsmaatje needs a child up to 6; his are 9 and 12.',
  },

  // 18 Eritrese jongere (20), Tigrinya: youth maatje and taalmaatje; Al Amal is not for him.
  {
    id: 'kaart-18',
    style: 'kaartjes',
    html: render({
      shell: wijkwerk([['WW-2026-3418', 'Mw. F. Anderman']]),
      heading: 'Cliëntdashboard',
      fieldStyle: 'gen',
      titleTag: 'h3',
      person: {
        title: 'Persoonsgegevens',
        fields: [
          ['Cliëntnr.', 'WW-2026-3420'],
          ['Naam', 'Dhr. A. Voorbeeldgirma'],
          ['Geb.', '15-03-2006'],
          ['Taal', 'Tigrinya; Nederlands op A2-niveau'],
          ['Postcode', '4827 AS'],
          ['Wijk', 'West'],
        ],
      },
      chips: { style: 'tag', items: ['Statushouder', 'Jongere'] },
      cards: [
        {
          title: 'Situatie',
          paras: [
            'Meneer kwam als alleenstaande minderjarige naar Nederland en woont sinds een half jaar zelfstandig in een studio. De inburgering loopt; gesprekken in het Nederlands gaan moeizaam. Hij is gestopt met de entree-opleiding op het mbo.',
          ],
        },
      ],
      need: {
        title: 'Hulpvraag',
        text: 'Meneer wil zijn Nederlands verbeteren en een opleiding of werk vinden. Hij zoekt iemand die met hem meedenkt over school en werk en hem helpt zijn weg te vinden in Demostad.',
      },
      needAfterZrm: true,
      zrm: {
        layout: 'tiles',
        title: 'ZRM',
        rows: [
          ['Financiën', BEPERKT],
          ['Dagbesteding', NIET],
          ['Huisvesting', VOLDOENDE],
          ['Huiselijke relaties', VOLDOENDE],
          ['Geestelijke gezondheid', VOLDOENDE],
          ['Lichamelijke gezondheid', VOLLEDIG],
          ['Verslaving', VOLLEDIG],
          ['ADL', VOLDOENDE],
          ['Sociaal netwerk', BEPERKT],
          ['Maatschappelijke participatie', NIET],
          ['Justitie', VOLLEDIG],
        ],
      },
    }),
    expect: {
      caseKey: 'WW-2026-3420',
      age: 20,
      gender: 'male',
      language: 'ti',
      postcode4: '4827',
      wijk: 'West',
      zrm: {
        finances: 3, daytime_activities: 2, housing: 4, domestic_relations: 4, mental_health: 4, physical_health: 5,
        addiction: 5, adl: 4, social_network: 3, participation: 2, justice: 5,
      },
      needIncludes: ['Nederlands verbeteren', 'meedenkt over school en werk'],
      flags: ['language_barrier'],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['juvans-jongerenmaatje', 'vc-taalmaatje'],
      never: ['al-amal-maatje', 'al-amal-vrouwengroep'],
    },
    why: 'A 20-year-old newcomer who wants school or work and better Dutch: the jongerenmaatje (16–23) and a taalmaatje. The Al Amal offers are for Arabic speakers, and the women’s group is for women.',
  },

  // 19 Weduwe in a surrounding village, no network left; only offers that reach the villages.
  {
    id: 'kaart-19',
    style: 'kaartjes',
    html: render({
      shell: klantbeeld([['KB-55230', 'Dhr. W. Buiten']]),
      heading: 'Dossier KB-55233',
      fieldStyle: 'bem',
      titleTag: 'h3',
      person: {
        title: 'Cliënt',
        fields: [
          ['Dossiernr.', 'KB-55233'],
          ['Naam', 'Mevrouw H. Oefendorp'],
          ['Leeftijd', '82 jaar'],
          ['Adres', 'Kerkpad 2, 4846 ZX Klein-Demoveld'],
          ['Woonsituatie', 'alleenwonend'],
        ],
      },
      cards: [
        {
          title: 'Netwerk',
          paras: [
            'Geen kinderen; haar zus is vorig jaar overleden en andere familie is er niet. Met de buren is nauwelijks contact. Een oud-collega van de kerk heeft een reservesleutel, maar is zelf 88 en komt niet meer langs. Netwerk is op.',
          ],
        },
        {
          title: 'Situatie',
          paras: ['Mevrouw rijdt sinds de winter geen auto meer; de bus komt twee keer per dag. Ze kan goed met de telefoon overweg.'],
        },
      ],
      need: {
        title: 'Hulpvraag',
        text: 'Mevrouw wil graag dat iemand regelmatig contact met haar heeft, zodat ze weet dat er iemand aan haar denkt. Boodschappen doen lukt lastig sinds ze niet meer rijdt; daar wil ze een tijdje hulp bij.',
      },
      zrm: {
        layout: 'cards',
        title: 'Zelfredzaamheid',
        caption: 'ZRM 2013',
        rows: [
          ['Financiën', VOLDOENDE],
          ['Dagbesteding', BEPERKT],
          ['Huisvesting', VOLDOENDE],
          ['Huiselijke relaties', VOLDOENDE],
          ['Geestelijke gezondheid', BEPERKT],
          ['Lichamelijke gezondheid', BEPERKT],
          ['Verslaving', VOLLEDIG],
          ['ADL', BEPERKT],
          ['Sociaal netwerk', NIET],
          ['Maatschappelijke participatie', BEPERKT],
          ['Justitie', VOLLEDIG],
        ],
      },
    }),
    expect: {
      caseKey: 'KB-55233',
      age: 82,
      gender: 'female',
      postcode4: '4846',
      zrm: {
        finances: 4, daytime_activities: 3, housing: 4, domestic_relations: 4, mental_health: 3, physical_health: 3,
        addiction: 5, adl: 3, social_network: 2, participation: 3, justice: 5,
      },
      needIncludes: ['regelmatig contact met haar heeft', 'Boodschappen doen lukt lastig'],
      flags: ['no_network'],
      refusals: [],
      wishes: [],
      warnings: ['long_isolation_supplement'],
      networkPrompt: 'network_exhausted',
      top5: ['rodekruis-telefooncirkel', 'rodekruis-boodschappenhulp'],
      never: ['humanitas-maatje-eenzaamheid', 'even-buurten-buurtgenoot', 'vhd-zorgmaatje', 'buren-voor-buren-bezoek', 'zuid-helpt-boodschappen-en-klusjes'],
    },
    why: 'She lives in a surrounding village (4846): only offers that cover 4830–4859 apply, and the Rode Kruis daily call and shopping help fit her need. The Demostad-only maatjes and the wijk-bound neighbour offers do not reach her. No network left: informal help supplements, the professional stays.',
  },

  // 20 Hoogeloon, only the wijk given; needs nursing care (not from volunteers); age only in prose.
  {
    id: 'kaart-20',
    style: 'kaartjes',
    html: render({
      shell: buurtteam(),
      heading: 'Cliënt',
      fieldStyle: 'span',
      titleTag: 'div',
      person: {
        title: 'Gegevens',
        fields: [
          ['Registratienummer', 'BT-7815-40'],
          ['Naam', 'Mevr. C. Dorpsvoorbeeld'],
          ['Wijk', 'Hoogeloon'],
          ['Woonvorm', 'seniorenwoning, alleen'],
        ],
      },
      cards: [
        {
          title: 'Situatie',
          paras: [
            'Mevrouw (83) heeft diabetes en een open been; de wijkverpleging komt dagelijks voor insuline en wondzorg. Haar dochter woont in Eindhoven en komt in het weekend.',
          ],
        },
        { title: 'Contact', fields: [['Laatste contact', '12-11-2026'], ['Met', 'mevrouw en wijkverpleegkundige']] },
      ],
      need: {
        title: 'Hulpvraag',
        text: 'Mevrouw zit doordeweeks veel alleen en eet slecht als ze voor zichzelf moet koken. Ze zou graag een paar keer per week met anderen eten. Daarnaast zijn er kleine klusjes: een lamp vervangen, de kliko aan de weg zetten.',
      },
      zrmNote: 'Geen ZRM beschikbaar.',
    }),
    expect: {
      caseKey: 'BT-7815-40',
      age: 83,
      gender: 'female',
      wijk: 'Hoogeloon',
      zrm: {},
      needIncludes: ['met anderen eten', 'kleine klusjes'],
      flags: ['medical_care'],
      refusals: [],
      wishes: [],
      warnings: ['medical_not_volunteers'],
      networkPrompt: 'ask_network',
      top5: ['hoogeloon-dagopvang', 'hoogeloon-dorpsondersteuning'],
      never: ['vitras-samen-eten', 'vhd-klussendienst', 'present-praktische-klus', 'zuid-helpt-boodschappen-en-klusjes'],
    },
    why: 'In Hoogeloon the village’s own dagopvang with a shared meal and the dorpsondersteuning fit; the Demostad offers for meals and odd jobs do not cover the village. The insulin and wound care stay with the wijkverpleging.',
  },

  // 21 Declines any informal help. No ZRM, no postcode or wijk.
  {
    id: 'kaart-21',
    style: 'kaartjes',
    html: render({
      shell: casus360([['C360-00915', 'Mw. K. Nietdie']]),
      heading: 'Casus',
      fieldStyle: 'field',
      titleTag: 'h3',
      person: {
        title: 'Cliënt',
        fields: [
          ['Casus-ID', 'C360-00917'],
          ['Naam', 'Dhr. O. Testbeer'],
          ['Leeftijd', '67 jaar'],
          ['Woonplaats', 'Demostad'],
        ],
      },
      cards: [
        {
          title: 'Aanmelding',
          paras: [
            'Verwezen door de huisarts vanwege eenzaamheid en somberheid. Meneer is sinds zijn pensioen veel alleen; zijn vrouw overleed drie jaar geleden. Geen psychiatrische voorgeschiedenis.',
          ],
        },
      ],
      need: {
        title: 'Vraag',
        text: 'Meneer wil wel verder praten met de huisarts en de POH, maar wil uitdrukkelijk geen vrijwilliger of maatje: ‘ik ben geen liefdadigheidsgeval’. Informele hulp in welke vorm ook wijst hij af. Afgesproken: over zes weken opnieuw bellen.',
      },
      zrmNote: 'ZRM niet ingevuld.',
    }),
    expect: {
      caseKey: 'C360-00917',
      age: 67,
      gender: 'male',
      zrm: {},
      needIncludes: ['geen vrijwilliger of maatje', 'over zes weken opnieuw bellen'],
      flags: ['declines_informal'],
      refusals: [],
      wishes: [],
      warnings: ['declines_informal'],
      networkPrompt: 'ask_network',
      top5: [],
      never: ['humanitas-maatje-eenzaamheid', 'vhd-zorgmaatje', 'vitras-huiskamer'],
    },
    why: 'Lonely and gloomy, which would normally call for a maatje, but he declines every form of informal help: nothing is suggested, the warning explains why.',
  },

  // 22 Closure: every score 4 or 5.
  {
    id: 'kaart-22',
    style: 'kaartjes',
    html: render({
      shell: teamportaal([['ZK-2026-11650', 'Dhr. S. Weereen']]),
      heading: 'Zaak',
      status: 'Afsluiting',
      fieldStyle: 'veld',
      titleTag: 'div',
      person: {
        title: 'Cliëntgegevens',
        fields: [
          ['Zaaknummer', 'ZK-2026-11655'],
          ['Naam', 'Mw. F. Afsluitsma'],
          ['Geboortedatum', '30-01-1964'],
          ['Postcode', '4813 PK'],
        ],
      },
      cards: [],
      need: {
        title: 'Doelen',
        text: 'Doelen behaald: mevrouw houdt haar administratie weer zelf bij en gaat twee ochtenden per week naar de inloop in het buurthuis. Geen nieuwe hulpvraag; afsluiten na het eindgesprek.',
      },
      zrm: {
        layout: 'tiles',
        title: 'Eindmeting',
        caption: 'ZRM 2013',
        dots: true,
        rows: [
          ['Financiën', VOLDOENDE],
          ['Dagbesteding', VOLDOENDE],
          ['Huisvesting', VOLLEDIG],
          ['Huiselijke relaties', VOLDOENDE],
          ['Geestelijke gezondheid', VOLDOENDE],
          ['Lichamelijke gezondheid', VOLDOENDE],
          ['Verslaving', VOLLEDIG],
          ['ADL', VOLLEDIG],
          ['Sociaal netwerk', VOLDOENDE],
          ['Maatschappelijke participatie', VOLDOENDE],
          ['Justitie', VOLLEDIG],
        ],
      },
    }),
    expect: {
      caseKey: 'ZK-2026-11655',
      age: 62,
      gender: 'female',
      postcode4: '4813',
      zrm: {
        finances: 4, daytime_activities: 4, housing: 5, domestic_relations: 4, mental_health: 4, physical_health: 4,
        addiction: 5, adl: 5, social_network: 4, participation: 4, justice: 5,
      },
      needIncludes: ['Doelen behaald', 'Geen nieuwe hulpvraag'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: [],
      never: ['humanitas-thuisadministratie', 'vitras-huiskamer'],
    },
    why: 'A closing case where every score is 4 or 5 and there is no new question: nothing to suggest, even though the text mentions administration and a walk-in.',
  },

  // 23 Severe home neglect.
  {
    id: 'kaart-23',
    style: 'kaartjes',
    html: render({
      shell: wijkwerk([['WW-2026-3299', 'Mw. D. Tweede']]),
      heading: 'Cliëntdashboard',
      status: 'Zorgmelding',
      fieldStyle: 'lblval',
      titleTag: 'h3',
      person: {
        title: 'Persoonsgegevens',
        fields: [
          ['Cliëntnummer', 'WW-2026-3301'],
          ['Naam', 'Dhr. L. Opstapel'],
          ['Leeftijd', '70'],
          ['Geslacht', 'man'],
          ['Adres', 'Proeflaan 61, 4820 BB'],
          ['Wijk', 'Zuid'],
        ],
      },
      chips: { style: 'badge', items: ['⚠ Woningvervuiling', 'GGD'] },
      cards: [
        {
          title: 'Bevindingen huisbezoek',
          paras: [
            'Ernstige woningvervuiling aangetroffen: afval en etensresten tot kniehoogte, ongedierte, geen werkend toilet. Meneer verzamelt spullen. Melding bij het Meldpunt Zorg en Overlast (GGD) gedaan. Meneer is vriendelijk en stemt in met de aanpak.',
          ],
        },
      ],
      need: {
        title: 'Hulpvraag',
        text: 'Eerst professionele ontruiming en schoonmaak via het GGD-traject. Daarna zoekt meneer iemand die hem helpt het huis bij te houden en hem af en toe gezelschap houdt.',
      },
      zrm: {
        layout: 'cards',
        title: 'ZRM',
        rows: [
          ['Huisvesting', NIET],
          ['ADL', NIET],
          ['Lichamelijke gezondheid', BEPERKT],
          ['Sociaal netwerk', NIET],
          ['Geestelijke gezondheid', BEPERKT],
        ],
      },
    }),
    expect: {
      caseKey: 'WW-2026-3301',
      age: 70,
      gender: 'male',
      postcode4: '4820',
      wijk: 'Zuid',
      zrm: { housing: 2, adl: 2, physical_health: 3, social_network: 2, mental_health: 3 },
      needIncludes: ['helpt het huis bij te houden', 'gezelschap'],
      flags: ['severe_neglect'],
      refusals: [],
      wishes: [],
      warnings: ['severe_neglect_no_volunteers'],
      networkPrompt: 'ask_network',
      top5: [],
      never: ['present-praktische-klus', 'vhd-klussendienst', 'zuid-helpt-boodschappen-en-klusjes', 'even-buurten-buurtgenoot', 'maatjesproject-maatje-meervoudige-problemen'],
    },
    why: 'Severe home neglect: no volunteers at all until professional cleaning is done; Present itself says so. The odd-jobs, buurt and maatje offers that match the words must wait.',
  },

  // 24 LVB and aggression towards helpers.
  {
    id: 'kaart-24',
    style: 'kaartjes',
    html: render({
      shell: klantbeeld([['KB-55247', 'Mevr. R. Eenander']]),
      heading: 'Dossier',
      fieldStyle: 'gen',
      titleTag: 'h3',
      aria: true,
      person: {
        title: 'Cliënt',
        fields: [
          ['Dossiernummer', 'KB-55250'],
          ['Naam', 'Dhr. D. Testvoorbeeld'],
          ['Leeftijd', '31 jaar'],
          ['Postcode', '4818 NM'],
          ['Wijk', 'Oost'],
        ],
      },
      chips: { style: 'tag', items: ['LVB', '⚠ Agressie naar hulpverleners'] },
      cards: [
        {
          title: 'Situatie',
          paras: [
            'Meneer heeft een licht verstandelijke beperking en woont alleen. De vorige thuisbegeleider is gestopt na bedreigingen; een buurtbewoner die hielp werd uitgescholden en bedreigd. Gesprekken met het wijkteam alleen op kantoor of met twee collega’s. Aanmelding bij een specialistische LVB-aanbieder loopt.',
          ],
        },
      ],
      need: {
        title: 'Hulpvraag',
        text: 'Meneer wil gewoon een maat om mee te gamen en naar voetbal te gaan. Hij verveelt zich en zoekt dan ruzie in de buurt.',
      },
      needAfterZrm: true,
      zrm: {
        layout: 'tiles',
        title: 'Zelfredzaamheid',
        caption: 'ZRM 2017',
        rows: [
          ['Financiën', BEPERKT],
          ['Werk & opleiding', NIET],
          ['Tijdsbesteding', NIET],
          ['Huisvesting', BEPERKT],
          ['Huiselijke relaties', BEPERKT],
          ['Geestelijke gezondheid', BEPERKT],
          ['Lichamelijke gezondheid', VOLDOENDE],
          ['Middelengebruik', VOLDOENDE],
          ['Basale ADL', VOLDOENDE],
          ['Instrumentele ADL', BEPERKT],
          ['Sociaal netwerk', NIET],
          ['Maatschappelijke participatie', BEPERKT],
          ['Justitie', BEPERKT],
        ],
      },
    }),
    expect: {
      caseKey: 'KB-55250',
      age: 31,
      gender: 'male',
      postcode4: '4818',
      wijk: 'Oost',
      zrm: {
        finances: 3, daytime_activities: 2, housing: 3, domestic_relations: 3, mental_health: 3, physical_health: 4,
        addiction: 4, adl: 3, social_network: 2, participation: 3, justice: 3,
      },
      needIncludes: ['een maat om mee te gamen', 'naar voetbal'],
      flags: ['learning_disability', 'aggression'],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['maatjesproject-maatje-meervoudige-problemen'],
      never: ['mee-vrijetijdsmaatje', 'handjehelpen-vaste-vrijwilliger', 'buren-voor-buren-bezoek', 'nlvoorelkaar-hulpvraag', 'tijd-voor-elkaar-ruilen'],
    },
    why: 'He threatens helpers: only a maatje that works as a duo with a professional and is prepared for difficult clients. The MEE vrijetijdsmaatje would otherwise be the LVB answer but excludes aggression; home volunteers and unscreened neighbours are unsafe here.',
  },

  // 25 Hospital escort and odd jobs, Centrum, 69: explicitly no debts, DV or addiction; the son has debts.
  {
    id: 'kaart-25',
    style: 'kaartjes',
    html: render({
      shell: buurtteam([['BT-7830-01', 'Dhr. E. Vorigecasus']]),
      heading: 'Cliëntkaart',
      fieldStyle: 'bem',
      titleTag: 'h3',
      person: {
        title: 'Persoonsgegevens',
        fields: [
          ['Kenmerk', 'BT-7833-09'],
          ['Naam', 'Mevrouw M. Testheup'],
          ['Geboortedatum', '09-12-1956'],
          ['Postcode', '4812 AC'],
          ['Wijk', 'Centrum'],
        ],
      },
      cards: [
        {
          title: 'Situatie',
          paras: [
            'Mevrouw heeft in oktober een nieuwe heup gekregen en loopt met krukken. Ze woont alleen op een tweede etage met lift. In en uit een auto stappen lukt haar zelf. Geen schulden, geen huiselijk geweld, geen verslaving. Haar zoon heeft zelf schulden en woont in Rotterdam; een buurvrouw doet de boodschappen.',
          ],
        },
      ],
      need: {
        title: 'Hulpvraag',
        text: 'Mevrouw moet de komende maanden vier keer naar het ziekenhuis in Eindhoven voor controle en heeft geen vervoer; ze zoekt iemand die haar brengt en meegaat. Daarnaast een paar kleine klussen: een lamp ophangen en de keukenkastjes omruimen zodat ze niet hoeft te bukken.',
      },
      zrm: {
        layout: 'cards',
        title: 'Zelfredzaamheid',
        caption: 'ZRM 2010',
        dots: true,
        rows: [
          ['Financiën', VOLLEDIG],
          ['Dagbesteding', VOLDOENDE],
          ['Huisvesting', BEPERKT],
          ['Huiselijke relaties', VOLLEDIG],
          ['Geestelijke gezondheid', VOLDOENDE],
          ['Lichamelijke gezondheid', NIET],
          ['Verslaving', VOLLEDIG],
          ['ADL-vaardigheden', BEPERKT],
          ['Sociaal netwerk', BEPERKT],
          ['Maatschappelijke participatie', VOLDOENDE],
          ['Justitie', VOLLEDIG],
        ],
      },
    }),
    expect: {
      caseKey: 'BT-7833-09',
      age: 69,
      gender: 'female',
      postcode4: '4812',
      wijk: 'Centrum',
      zrm: {
        finances: 5, daytime_activities: 4, housing: 3, domestic_relations: 5, mental_health: 4, physical_health: 2,
        addiction: 5, adl: 3, social_network: 3, participation: 4, justice: 5,
      },
      needIncludes: ['naar het ziekenhuis', 'haar brengt en meegaat', 'kleine klussen'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vhd-ziekenhuisbegeleiding', 'vhd-klussendienst'],
      never: ['even-buurten-buurtgenoot', 'zuid-helpt-boodschappen-en-klusjes', 'bijspringer-buurthulp'],
    },
    why: 'Hospital escort and small jobs after a hip operation: the VHD ziekenhuisbegeleiding and klussendienst. Even Buurten is for 70+ and not in Centrum (she is 69 until December); the buurt offers of Zuid and Noord/West do not reach Centrum. The son’s debts are not hers.',
  },
];
