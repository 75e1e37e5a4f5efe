import type { EvalCaseInput } from '../eval-case';

/*
 * Style "zrm-lijst": a client summary in which the facts are definition lists (<dl><dt>…</dt><dd>…</dd>),
 * the need and notes sit in a <dd> or a <p>, and the ZRM (2017 edition, 13 domains) is written as a list
 * of lines: "Financiën: 2 (niet zelfredzaam)", "Sociaal netwerk — beperkt zelfredzaam" (the level's words
 * only) or "Huisvesting 4/5"; sometimes as plain lines with <br> inside one <p>, sometimes only the domains
 * that were scored. Signals come as a <ul> under "Signalen" or as prose.
 *
 * The render function below only lays out what each case writes out by hand; every `expect` (including
 * the ZRM mapped to the 11 domains, lower of each pair) is judged by hand from the page, not computed.
 */

type Domain2017 =
  | 'Financiën'
  | 'Werk & opleiding'
  | 'Tijdsbesteding'
  | 'Huisvesting'
  | 'Huiselijke relaties'
  | 'Geestelijke gezondheid'
  | 'Lichamelijke gezondheid'
  | 'Middelengebruik'
  | 'Basale ADL'
  | 'Instrumentele ADL'
  | 'Sociaal netwerk'
  | 'Maatschappelijke participatie'
  | 'Justitie';

/** How one ZRM line is written: "2 (niet zelfredzaam)", only the level's words, or "2/5". */
type Fmt = 'cijfer' | 'woorden' | 'breuk';
type ZrmLine = [Domain2017, 1 | 2 | 3 | 4 | 5 | 'n.v.t.', Fmt?];

interface Section {
  label: string;
  text: string;
}

interface Page {
  app: string;
  nav: string[];
  title: string;
  /** Small lines under the title: last contact, colleague, status. */
  meta?: string[];
  factsHeading: string;
  facts: [string, string][];
  /** The need; `in: 'dd'` puts it in a <dl>, `in: 'p'` under a heading as a paragraph. */
  need: Section & { in: 'dd' | 'p' };
  notes?: Section[];
  zrm?:
    | { heading: string; fmt: Fmt; wrap: 'ul' | 'br'; lines: ZrmLine[]; intro?: string }
    | { heading: string; none: string };
  signals?: { heading: string; items: string[] } | { heading: string; prose: string };
  /** Other clients' numbers in a "recent bekeken" box: not the case key. */
  recent?: string[];
  /** Sections in page order; default facts, need, zrm, signals. */
  order?: ('facts' | 'need' | 'zrm' | 'signals')[];
  footer: string;
}

const WORDS = {
  1: 'acute problematiek',
  2: 'niet zelfredzaam',
  3: 'beperkt zelfredzaam',
  4: 'voldoende zelfredzaam',
  5: 'volledig zelfredzaam',
} as const;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function zrmLine([domain, score, own]: ZrmLine, fmt: Fmt): string {
  if (score === 'n.v.t.') return `${esc(domain)}: n.v.t.`;
  switch (own ?? fmt) {
    case 'cijfer':
      return `${esc(domain)}: ${score} (${WORDS[score]})`;
    case 'woorden':
      return `${esc(domain)} — ${WORDS[score]}`;
    case 'breuk':
      return `${esc(domain)} ${score}/5`;
  }
}

function render(p: Page): string {
  const parts: Record<'facts' | 'need' | 'zrm' | 'signals', string> = { facts: '', need: '', zrm: '', signals: '' };
  parts.facts = `
    <section class="gegevens">
      <h2>${esc(p.factsHeading)}</h2>
      <dl>
${p.facts.map(([k, v]) => `        <dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('\n')}
      </dl>
    </section>`;
  const sections = [p.need, ...(p.notes ?? [])];
  parts.need =
    p.need.in === 'dd'
      ? `
    <section class="hulpvraag">
      <dl>
${sections.map((s) => `        <dt>${esc(s.label)}</dt>\n        <dd>${esc(s.text)}</dd>`).join('\n')}
      </dl>
    </section>`
      : sections
          .map(
            (s) => `
    <section>
      <h2>${esc(s.label)}</h2>
      <p>${esc(s.text)}</p>
    </section>`,
          )
          .join('');
  if (p.zrm) {
    const z = p.zrm;
    if ('none' in z) {
      parts.zrm = `
    <section class="zrm">
      <h2>${esc(z.heading)}</h2>
      <p>${esc(z.none)}</p>
    </section>`;
    } else {
      const lines = z.lines.map((l) => zrmLine(l, z.fmt));
      const body =
        z.wrap === 'ul'
          ? `<ul>\n${lines.map((l) => `        <li>${l}</li>`).join('\n')}\n      </ul>`
          : `<p>\n        ${lines.join('<br>\n        ')}\n      </p>`;
      parts.zrm = `
    <section class="zrm">
      <h2>${esc(z.heading)}</h2>${z.intro ? `\n      <p class="toelichting">${esc(z.intro)}</p>` : ''}
      ${body}
    </section>`;
    }
  }
  if (p.signals) {
    const s = p.signals;
    parts.signals =
      'items' in s
        ? `
    <section class="signalen">
      <h3>${esc(s.heading)}</h3>
      <ul>
${s.items.map((i) => `        <li>${esc(i)}</li>`).join('\n')}
      </ul>
    </section>`
        : `
    <section class="signalen">
      <h3>${esc(s.heading)}</h3>
      <p>${esc(s.prose)}</p>
    </section>`;
  }
  const order = p.order ?? ['facts', 'need', 'zrm', 'signals'];
  return `<header class="topbalk">
  <div class="logo">${esc(p.app)}</div>
  <nav>
    <ul>
${p.nav.map((n) => `      <li><a href="#">${esc(n)}</a></li>`).join('\n')}
    </ul>
  </nav>
</header>
<main>
  <article class="clientsamenvatting">
    <h1>${esc(p.title)}</h1>${(p.meta ?? []).map((m) => `\n    <p class="meta">${esc(m)}</p>`).join('')}${order.map((k) => parts[k]).join('')}
  </article>${
    p.recent
      ? `
  <aside class="recent">
    <h4>Recent bekeken</h4>
    <ul>
${p.recent.map((r) => `      <li><a href="#">${esc(r)}</a></li>`).join('\n')}
    </ul>
  </aside>`
      : ''
  }
</main>
<footer>${esc(p.footer)}</footer>`;
}

const NAV_A = ['Mijn werkvoorraad', 'Cliënten', 'Agenda', 'Rapportages', 'Uitloggen'];
const NAV_B = ['Start', 'Zoeken', 'Dossiers', 'Sociale kaart', 'Help'];
const NAV_C = ['Overzicht', 'Casussen', 'Overleggen', 'Instellingen'];

export const cases: EvalCaseInput[] = [
  // ── 01: lonely widow in Noord; absence of risks stated; wijk-bound offers elsewhere excluded ──
  {
    id: 'lijst-01',
    style: 'zrm-lijst',
    html: render({
      app: 'Wijkteam Demostad · Cliëntvolgsysteem',
      nav: NAV_A,
      title: 'Cliëntsamenvatting',
      meta: ['Laatste contact: 17-11-2026 (huisbezoek)', 'Medewerker: T. de Proef'],
      factsHeading: 'Persoonsgegevens',
      facts: [
        ['Cliëntnummer', 'WT-2026-08812'],
        ['Naam', 'Mevrouw A. Voorbeeld-Smit'],
        ['Geboortedatum', '14-02-1945'],
        ['Geslacht', 'vrouw'],
        ['Adres', 'Voorbeeldstraat 4, 4814 KD Demostad'],
        ['Wijk', 'Noord'],
        ['Huishouden', 'alleenwonend'],
        ['Taal', 'Nederlands'],
      ],
      need: {
        in: 'dd',
        label: 'Hulpvraag',
        text: 'Mevrouw is in maart weduwe geworden en zit sindsdien de meeste dagen alleen thuis. Ze mist iemand om mee te praten en zou graag wekelijks bezoek krijgen voor koffie of een korte wandeling. Naar de soos in het buurthuis durft ze niet alleen; als iemand de eerste keer meegaat wil ze het proberen.',
      },
      notes: [
        {
          label: 'Situatie',
          text: 'Loopt met rollator, doet zelf de boodschappen bij de supermarkt om de hoek. Dochter woont in Groningen en belt twee keer per week.',
        },
      ],
      zrm: {
        heading: 'ZRM (versie 2017), afgenomen 17-11-2026',
        fmt: 'cijfer',
        wrap: 'ul',
        lines: [
          ['Financiën', 4],
          ['Werk & opleiding', 'n.v.t.'],
          ['Tijdsbesteding', 2],
          ['Huisvesting', 4],
          ['Huiselijke relaties', 4],
          ['Geestelijke gezondheid', 3],
          ['Lichamelijke gezondheid', 3],
          ['Middelengebruik', 5],
          ['Basale ADL', 4],
          ['Instrumentele ADL', 3],
          ['Sociaal netwerk', 2],
          ['Maatschappelijke participatie', 3],
          ['Justitie', 5],
        ],
      },
      signals: {
        heading: 'Signalen',
        prose: 'Geen schulden, geen verslaving, geen zorgen over de veiligheid. Wel duidelijk rouw; de huisarts is op de hoogte.',
      },
      recent: ['WT-2026-08790 · Dhr. K. Testman', 'WT-2026-08804 · Mevr. L. Oefening'],
      footer: 'Wijkteam Demostad · vertrouwelijk · demo-omgeving',
    }),
    expect: {
      caseKey: 'WT-2026-08812',
      age: 81,
      gender: 'female',
      language: 'nl',
      postcode4: '4814',
      wijk: 'Noord',
      zrm: {
        finances: 4,
        daytime_activities: 2,
        housing: 4,
        domestic_relations: 4,
        mental_health: 3,
        physical_health: 3,
        addiction: 5,
        adl: 3,
        social_network: 2,
        participation: 3,
        justice: 5,
      },
      needIncludes: ['wekelijks bezoek krijgen', 'korte wandeling', 'de eerste keer meegaat'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['humanitas-maatje-eenzaamheid', 'even-buurten-buurtgenoot'],
      never: ['buren-voor-buren-bezoek', 'zuid-helpt-koffieochtend'],
    },
    why: 'Eenzame weduwe van 81 in Noord zonder risico’s: een maatje of een buurtgenoot voor 70-plussers (Noord hoort erbij) past precies. Het bezoek van Buren voor Buren is alleen voor Oost en de koffieochtend alleen voor Zuid.',
  },

  // ── 02: overburdened carer, wife has Parkinson (someone else's care needs); nothing that adds effort ──
  {
    id: 'lijst-02',
    style: 'zrm-lijst',
    html: render({
      app: 'KernRegistratie Sociaal Team',
      nav: NAV_B,
      title: 'Samenvatting dossier',
      meta: ['Casusregisseur: R. Steekproef', 'Laatst gewijzigd: 19-11-2026'],
      factsHeading: 'Cliënt',
      facts: [
        ['Dossiernummer', 'D-44107'],
        ['Cliënt', 'Dhr. H. Proefmans'],
        ['Leeftijd', '74 jaar'],
        ['Postcode', '4826 RT'],
        ['Wijk', 'West'],
        ['Gezinssituatie', 'samenwonend met echtgenote'],
        ['Mantelzorg', 'ja, voor echtgenote'],
      ],
      need: {
        in: 'p',
        label: 'Hulpvraag',
        text: 'Meneer zorgt al vier jaar voor zijn vrouw, die de ziekte van Parkinson heeft en sinds dit jaar ook geheugenproblemen. Hij slaapt slecht en zegt dat hij op is. Hij wil een of twee dagdelen per week iemand bij zijn vrouw, zodat hij naar zijn bridgeclub kan en even zijn hoofd leeg kan maken. Meer afspraken of taken erbij kan hij nu niet aan.',
      },
      notes: [
        {
          label: 'Situatie',
          text: 'De thuiszorg komt ochtend en avond voor de persoonlijke verzorging van mevrouw. Mevrouw kan een paar uur zonder professionele zorg. Zoon woont in Demostad en doet op zaterdag de boodschappen.',
        },
      ],
      zrm: {
        heading: 'Zelfredzaamheid (ZRM 2017)',
        fmt: 'woorden',
        wrap: 'ul',
        lines: [
          ['Financiën', 4],
          ['Werk & opleiding', 4],
          ['Tijdsbesteding', 3],
          ['Huisvesting', 4],
          ['Huiselijke relaties', 3],
          ['Geestelijke gezondheid', 2],
          ['Lichamelijke gezondheid', 3],
          ['Middelengebruik', 5],
          ['Basale ADL', 5],
          ['Instrumentele ADL', 4],
          ['Sociaal netwerk', 3],
          ['Maatschappelijke participatie', 3],
          ['Justitie', 5],
        ],
      },
      signals: { heading: 'Signalen', items: ['Mantelzorger overbelast'] },
      footer: 'KernRegistratie · demo · geen echte cliëntgegevens',
    }),
    expect: {
      caseKey: 'D-44107',
      age: 74,
      gender: 'male',
      postcode4: '4826',
      wijk: 'West',
      zrm: {
        finances: 4,
        daytime_activities: 3,
        housing: 4,
        domestic_relations: 3,
        mental_health: 2,
        physical_health: 3,
        addiction: 5,
        adl: 4,
        social_network: 3,
        participation: 3,
        justice: 5,
      },
      needIncludes: ['dagdelen per week iemand bij zijn vrouw', 'naar zijn bridgeclub', 'Meer afspraken of taken erbij'],
      flags: ['carer_overburdened'],
      refusals: [],
      wishes: [],
      isCarer: true,
      warnings: ['carer_overburdened'],
      networkPrompt: 'ask_network',
      top5: ['vhd-zorgzaam', 'handjehelpen-respijt'],
      never: ['buur-en-co-buurtnetwerk', 'tijd-voor-elkaar-ruilen', 'zonnebloem-aangepaste-vakantie'],
    },
    why: 'Overbelaste mantelzorger: respijt (Zorgzaam, Handjehelpen) is wat hij vraagt. Ruilnetwerken die vragen zelf iets terug te doen leggen meer op hem, en de aangepaste vakantieweek is volgeboekt. De thuiszorg en de ziekte zijn van zijn vrouw, niet van hem.',
  },

  // ── 03: debts with shame; family and neighbours must not know; only anonymous help ──
  {
    id: 'lijst-03',
    style: 'zrm-lijst',
    html: render({
      app: 'WijkWijzer',
      nav: NAV_C,
      title: 'Cliëntoverzicht',
      meta: ['Intake: 04-11-2026', 'Contactpersoon wijkteam: M. Testbeek'],
      factsHeading: 'Gegevens',
      facts: [
        ['Cliëntnr.', '2026-0317-K'],
        ['Naam', 'Mevr. S. Fictief'],
        ['Geboortejaar', '1992'],
        ['Geslacht', 'vrouw'],
        ['Postcode', '4817 BN'],
        ['Wijk', 'Oost'],
        ['Huishouden', 'alleenstaand, geen kinderen'],
        ['Werk', 'parttime kassamedewerker'],
      ],
      need: {
        in: 'dd',
        label: 'Vraag van cliënt',
        text: 'Mevrouw heeft sinds haar ontslag vorig jaar achterstanden bij de zorgverzekeraar en de energieleverancier (ongeveer 3.200 euro). Via de Kredietbank is een schuldhulptraject gestart; er ligt geen beslag. Ze wil leren haar post bij te houden en een weekbudget maken dat ze volhoudt. Ze wil niet dat haar ouders, vriendinnen of de buren hier iets van merken en wil alleen hulp van iemand die ze verder niet kent en die vertrouwelijk met haar gegevens omgaat.',
      },
      zrm: {
        heading: 'ZRM 2017 — gescoorde domeinen',
        fmt: 'breuk',
        wrap: 'ul',
        lines: [
          ['Financiën', 2],
          ['Werk & opleiding', 3],
          ['Tijdsbesteding', 4],
          ['Huisvesting', 4],
          ['Geestelijke gezondheid', 3],
          ['Sociaal netwerk', 3],
          ['Maatschappelijke participatie', 4],
        ],
      },
      signals: { heading: 'Signalen', items: ['Schulden (traject bij de Kredietbank loopt)', 'Schaamte'] },
      recent: ['2026-0301-K', '2026-0298-K'],
      footer: 'WijkWijzer demo — fictieve gegevens',
    }),
    expect: {
      caseKey: '2026-0317-K',
      age: 34,
      gender: 'female',
      postcode4: '4817',
      wijk: 'Oost',
      zrm: {
        finances: 2,
        daytime_activities: 3,
        housing: 4,
        mental_health: 3,
        social_network: 3,
        participation: 4,
      },
      needIncludes: ['haar post bij te houden', 'een weekbudget maken', 'vertrouwelijk met haar gegevens'],
      flags: ['debts'],
      refusals: ['own_network', 'neighbours'],
      wishes: ['anonymous'],
      warnings: ['debts_anonymous'],
      networkPrompt: 'network_refused',
      top5: ['humanitas-thuisadministratie', 'vhd-budgetcoaching', 'vhd-postwijzer'],
      never: ['humanitas-schuldhulpmaatje', 'vhd-netwerkcoach', 'eigen-kracht-conferentie', 'wehelpen-hulpnetwerk'],
    },
    why: 'Schulden met schaamte, schuldhulp loopt al: getrainde, anonieme vrijwilligers voor administratie en budget passen. Het schuldhulpmaatje neemt niemand aan, en alles wat familie, vrienden of buren erbij haalt wil ze uitdrukkelijk niet.',
  },

  // ── 04: Arabic-speaking newcomer mother; wish for a female volunteer ──
  {
    id: 'lijst-04',
    style: 'zrm-lijst',
    html: render({
      app: 'Sociaal Team Demostad — Registratie',
      nav: NAV_A,
      title: 'Samenvatting cliënt',
      meta: ['Gesprek gevoerd met telefonische tolk op 12-11-2026'],
      factsHeading: 'Basisgegevens',
      facts: [
        ['Registratienummer', 'R-77310'],
        ['Naam', 'mevrouw N. Testvrouw'],
        ['Geboortedatum', '02-07-1997'],
        ['Geslacht', 'V'],
        ['Adres', 'Proefpad 19, 4822 HL Demostad'],
        ['Wijk', 'Zuid'],
        ['Taal', 'Arabisch (spreekt een beetje Nederlands)'],
        ['Gezin', 'gehuwd, twee kinderen (2 en 5 jaar)'],
        ['Verblijfsstatus', 'statushouder sinds 2025'],
      ],
      need: {
        in: 'p',
        label: 'Hulpvraag',
        text: 'Mevrouw woont sinds ruim een jaar in Demostad. Haar man werkt in ploegendienst en zij is overdag alleen met de kinderen. Ze wil sneller Nederlands leren door te oefenen in gewone situaties, zoals bij de dokter of op school. Ze kent nog geen andere moeders in de wijk en wil graag vrouwen ontmoeten. Ze vraagt uitdrukkelijk om een vrouwelijke vrijwilliger.',
      },
      zrm: {
        heading: 'ZRM-scores (2017)',
        fmt: 'cijfer',
        wrap: 'ul',
        lines: [
          ['Financiën', 3],
          ['Werk & opleiding', 2],
          ['Tijdsbesteding', 3],
          ['Huisvesting', 4],
          ['Huiselijke relaties', 4],
          ['Sociaal netwerk', 2],
          ['Maatschappelijke participatie', 2],
        ],
      },
      signals: {
        heading: 'Signalen',
        prose: 'Taalbarrière. Geen zorgen over de veiligheid thuis.',
      },
      footer: 'Sociaal Team Demostad · demo',
    }),
    expect: {
      caseKey: 'R-77310',
      age: 29,
      gender: 'female',
      language: 'ar',
      postcode4: '4822',
      wijk: 'Zuid',
      zrm: {
        finances: 3,
        daytime_activities: 2,
        housing: 4,
        domestic_relations: 4,
        social_network: 2,
        participation: 2,
      },
      needIncludes: ['sneller Nederlands leren', 'vrouwen ontmoeten', 'vrouwelijke vrijwilliger'],
      flags: ['language_barrier'],
      refusals: [],
      wishes: ['same_gender_volunteer'],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['al-amal-maatje', 'al-amal-vrouwengroep', 'vc-taalmaatje'],
      never: [],
    },
    why: 'Arabischsprekende nieuwkomer die Nederlands wil oefenen en vrouwen wil ontmoeten: het Al Amal-maatje (ook van hetzelfde geslacht), de vrouwengroep en een taalmaatje passen alle drie. De wens voor een vrouw sluit niets uit.',
  },

  // ── 05: Polish-speaking man; help in Arabic is not for him ──
  {
    id: 'lijst-05',
    style: 'zrm-lijst',
    html: render({
      app: 'CasusNet Demostad',
      nav: NAV_C,
      title: 'Casusoverzicht',
      meta: ['Aangemeld via het inloopspreekuur, 10-11-2026'],
      factsHeading: 'Feiten',
      facts: [
        ['Casus-ID', 'CS-5120'],
        ['Cliënt', 'Dhr. M. Proefski'],
        ['Leeftijd', '41 jaar'],
        ['Postcode', '4812'],
        ['Wijk', 'Centrum'],
        ['Voertaal', 'Pools; redt zich in het Engels'],
        ['Woonsituatie', 'alleen, flat'],
      ],
      need: {
        in: 'dd',
        label: 'Hulpvraag',
        text: 'Meneer werkt sinds drie jaar via een uitzendbureau in een distributiecentrum. Hij kreeg een brief van de Belastingdienst dat hij zijn inkomen voor de huurtoeslag moet doorgeven en begrijpt niet wat er gevraagd wordt; zijn DigiD werkt niet meer. Hij wil de brief samen met iemand doornemen en het formulier invullen. Daarnaast wil hij beter Nederlands leren spreken, omdat hij buiten zijn werk bijna niemand spreekt.',
      },
      notes: [{ label: 'Financiën', text: 'Geen schulden, vaste huur en vaste lasten worden automatisch betaald.' }],
      zrm: {
        heading: 'ZRM 2017',
        fmt: 'woorden',
        wrap: 'br',
        lines: [
          ['Financiën', 3],
          ['Werk & opleiding', 4],
          ['Huisvesting', 4],
          ['Sociaal netwerk', 2],
          ['Maatschappelijke participatie', 3],
        ],
      },
      signals: { heading: 'Signalen', items: ['Taalbarrière'] },
      recent: ['CS-5117', 'CS-5109'],
      footer: 'CasusNet — demonstratieversie',
    }),
    expect: {
      caseKey: 'CS-5120',
      age: 41,
      gender: 'male',
      language: 'pl',
      postcode4: '4812',
      wijk: 'Centrum',
      zrm: {
        finances: 3,
        daytime_activities: 4,
        housing: 4,
        social_network: 2,
        participation: 3,
      },
      needIncludes: ['brief samen met iemand doornemen', 'beter Nederlands leren spreken'],
      flags: ['language_barrier'],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vc-taalmaatje', 'vhd-administratieve-ondersteuning'],
      never: ['al-amal-brievenhulp', 'al-amal-maatje'],
    },
    why: 'Een Poolse werknemer met een losse toeslagvraag en behoefte aan taaloefening: administratieve ondersteuning (ook in het Engels) en een taalmaatje. De brievenhulp en het maatje van Al Amal zijn voor Arabischsprekenden.',
  },

  // ── 06: season: January, tax return asked; no debts ──
  {
    id: 'lijst-06',
    style: 'zrm-lijst',
    now: '2027-01-12T09:30:00+01:00',
    html: render({
      app: 'Wijkteam Demostad · Cliëntvolgsysteem',
      nav: NAV_A,
      title: 'Cliëntsamenvatting',
      meta: ['Laatste contact: 08-01-2027 (telefonisch)'],
      factsHeading: 'Persoonsgegevens',
      facts: [
        ['Zaaknummer', 'Z-2027-00041'],
        ['Naam', 'Dhr. J. Casusma'],
        ['Geb.', '03-05-1958'],
        ['Adres', 'Oefenlaan 30, 4823 PB Demostad'],
        ['Wijk', 'Zuid'],
        ['Burgerlijke staat', 'weduwnaar'],
        ['Inkomen', 'AOW en een klein pensioen'],
      ],
      need: {
        in: 'p',
        label: 'Hulpvraag',
        text: 'Meneer verloor vorig voorjaar zijn vrouw; zij deed altijd de geldzaken. Hij moet dit jaar voor het eerst zelf de aangifte inkomstenbelasting doen en wil weten of hij recht heeft op huurtoeslag. Hij zoekt iemand die de aangifte samen met hem invult; DigiD heeft hij. Daarna wil hij leren zijn post zelf bij te houden.',
      },
      zrm: {
        heading: 'ZRM (2017)',
        fmt: 'breuk',
        wrap: 'ul',
        lines: [
          ['Financiën', 3],
          ['Werk & opleiding', 4],
          ['Tijdsbesteding', 3],
          ['Huisvesting', 5],
          ['Huiselijke relaties', 4],
          ['Geestelijke gezondheid', 3],
          ['Lichamelijke gezondheid', 4],
          ['Middelengebruik', 5],
          ['Basale ADL', 5],
          ['Instrumentele ADL', 3],
          ['Sociaal netwerk', 3],
          ['Maatschappelijke participatie', 4],
          ['Justitie', 5],
        ],
      },
      signals: { heading: 'Signalen', prose: 'Geen schulden en geen betalingsachterstanden. Verder geen risico’s gezien.' },
      footer: 'Wijkteam Demostad · vertrouwelijk · demo-omgeving',
    }),
    expect: {
      caseKey: 'Z-2027-00041',
      age: 68,
      gender: 'male',
      postcode4: '4823',
      wijk: 'Zuid',
      zrm: {
        finances: 3,
        daytime_activities: 3,
        housing: 5,
        domestic_relations: 4,
        mental_health: 3,
        physical_health: 4,
        addiction: 5,
        adl: 3,
        social_network: 3,
        participation: 4,
        justice: 5,
      },
      needIncludes: ['aangifte inkomstenbelasting', 'recht heeft op huurtoeslag', 'zijn post zelf bij te houden'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vhd-belastingaangifte', 'humanitas-thuisadministratie'],
      never: ['al-amal-brievenhulp'],
    },
    why: 'In januari loopt het aangifteseizoen: de belastinghulp past precies, de thuisadministratie voor daarna. Geen schulden, dus geen waarschuwing. De brievenhulp van Al Amal is in het Arabisch en niet voor hem.',
  },

  // ── 07: season: June, tax help asked but the tax-return service does not run; no ZRM ──
  {
    id: 'lijst-07',
    style: 'zrm-lijst',
    now: '2026-06-16T14:00:00+02:00',
    html: render({
      app: 'KernRegistratie Sociaal Team',
      nav: NAV_B,
      title: 'Samenvatting dossier',
      meta: ['Aangemaakt: 15-06-2026 door J. Oefenaar'],
      factsHeading: 'Cliënte',
      facts: [
        ['Kenmerk', 'KNM/26/1187'],
        ['Cliënte', 'Mevrouw L. Oefening'],
        ['geb.', '21-09-1953'],
        ['Wijk', 'Oost'],
        ['Woonsituatie', 'alleen, seniorenflat'],
      ],
      need: {
        in: 'dd',
        label: 'Hulpvraag',
        text: 'Mevrouw heeft de aangifte inkomstenbelasting over 2025 nog niet gedaan en kreeg een herinnering van de Belastingdienst. Ze vraagt hulp bij het invullen. Ook wil ze leren inloggen met DigiD op haar tablet, zodat ze haar zaken voortaan zelf kan regelen.',
      },
      zrm: { heading: 'ZRM', none: 'Nog niet afgenomen.' },
      signals: { heading: 'Signalen', items: ['Geen'] },
      footer: 'KernRegistratie · demo · geen echte cliëntgegevens',
    }),
    expect: {
      caseKey: 'KNM/26/1187',
      age: 72,
      gender: 'female',
      wijk: 'Oost',
      zrm: {},
      needIncludes: ['aangifte inkomstenbelasting over 2025', 'inloggen met DigiD'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vhd-administratieve-ondersteuning', 'vc-digihulp'],
      never: ['vhd-belastingaangifte'],
    },
    why: 'In juni draait de belastinghulp niet meer (alleen tot 1 april); een losse administratieve vraag en Digihulp voor DigiD passen wel.',
  },

  // ── 08: young man with LVB; his mother's debts are not his ──
  {
    id: 'lijst-08',
    style: 'zrm-lijst',
    html: render({
      app: 'WijkWijzer',
      nav: NAV_C,
      title: 'Cliëntoverzicht',
      meta: ['MEE-consulent betrokken: S. Demohof'],
      factsHeading: 'Gegevens jongere',
      facts: [
        ['Cliëntnummer', '300-5521'],
        ['Naam', 'D. Testjongen'],
        ['Leeftijd', '19 jaar'],
        ['Geslacht', 'man'],
        ['Postcode', '4821 AC'],
        ['Wijk', 'Zuid'],
        ['Woont bij', 'moeder en zusje'],
        ['Opleiding', 'entreeopleiding afgerond (2025)'],
      ],
      need: {
        in: 'p',
        label: 'Wat wil D.?',
        text: 'D. heeft een licht verstandelijke beperking en zit sinds de zomer veel thuis achter de computer. Hij wil graag sporten, het liefst voetbal of fitness, en nieuwe vrienden maken, maar durft niet alleen naar een club. Hij zoekt iemand die samen met hem op stap gaat en hem helpt de weg te vinden naar een vereniging.',
      },
      notes: [
        {
          label: 'Gezin',
          text: 'Moeder heeft zelf schulden en een bewindvoerder. D. heeft geen schulden en beheert zijn Wajong met hulp van moeder. Geen gedragsproblemen of agressie.',
        },
      ],
      zrm: {
        heading: 'ZRM 2017',
        fmt: 'cijfer',
        wrap: 'ul',
        lines: [
          ['Financiën', 3],
          ['Werk & opleiding', 2],
          ['Tijdsbesteding', 2],
          ['Huisvesting', 4],
          ['Huiselijke relaties', 4],
          ['Geestelijke gezondheid', 4],
          ['Lichamelijke gezondheid', 4],
          ['Middelengebruik', 5],
          ['Basale ADL', 4],
          ['Instrumentele ADL', 3],
          ['Sociaal netwerk', 2],
          ['Maatschappelijke participatie', 3],
          ['Justitie', 5],
        ],
      },
      signals: { heading: 'Signalen', items: ['Licht verstandelijke beperking (LVB)'] },
      recent: ['300-5518', '300-5490'],
      footer: 'WijkWijzer demo — fictieve gegevens',
    }),
    expect: {
      caseKey: '300-5521',
      age: 19,
      gender: 'male',
      postcode4: '4821',
      wijk: 'Zuid',
      zrm: {
        finances: 3,
        daytime_activities: 2,
        housing: 4,
        domestic_relations: 4,
        mental_health: 4,
        physical_health: 4,
        addiction: 5,
        adl: 3,
        social_network: 2,
        participation: 3,
        justice: 5,
      },
      needIncludes: ['sporten, het liefst voetbal of fitness', 'nieuwe vrienden maken', 'de weg te vinden naar een vereniging'],
      flags: ['learning_disability'],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['mee-vrijetijdsmaatje', 'handjehelpen-kindmaatje'],
      never: [],
    },
    why: 'Jongen van 19 met LVB die wil sporten en vrienden maken: het MEE-vrijetijdsmaatje is ervoor gemaakt (consulent is betrokken), het maatje van Handjehelpen (tot 23 jaar) past ook. De schulden zijn van zijn moeder, dus geen schuldenvlag.',
  },

  // ── 09: mother of a son who uses; the addiction is his, not hers ──
  {
    id: 'lijst-09',
    style: 'zrm-lijst',
    html: render({
      app: 'Sociaal Team Demostad — Registratie',
      nav: NAV_A,
      title: 'Samenvatting cliënt',
      factsHeading: 'Basisgegevens',
      facts: [
        ['Dossier', 'DS-2026-4410'],
        ['Naam', 'Mevrouw R. Steekproef-Bakker'],
        ['Leeftijd', '52'],
        ['Geslacht', 'vrouw'],
        ['Adres', 'Demoplein 8, 4815 GG Demostad'],
        ['Wijk', 'Noord'],
        ['Huishouden', 'met partner en zoon (24)'],
      ],
      need: {
        in: 'dd',
        label: 'Hulpvraag',
        text: 'Mevrouw maakt zich grote zorgen om haar zoon van 24, die al jaren cocaïne gebruikt en hulp weigert. Ze slaapt slecht en voelt zich machteloos. Ze wil praten met andere ouders die hetzelfde meemaken en leren hoe ze grenzen kan stellen zonder het contact met hem te verliezen.',
      },
      notes: [
        {
          label: 'Toelichting',
          text: 'Zoon woont nog thuis. Er is geen sprake van huiselijk geweld; de zoon is niet agressief. Mevrouw drinkt zelf niet en gebruikt geen middelen. Haar partner steunt haar.',
        },
      ],
      zrm: {
        heading: 'ZRM 2017 (mevrouw)',
        fmt: 'woorden',
        wrap: 'ul',
        lines: [
          ['Financiën', 4],
          ['Werk & opleiding', 4],
          ['Tijdsbesteding', 4],
          ['Huisvesting', 5],
          ['Huiselijke relaties', 3],
          ['Geestelijke gezondheid', 3],
          ['Lichamelijke gezondheid', 4],
          ['Middelengebruik', 5],
          ['Basale ADL', 5],
          ['Instrumentele ADL', 5],
          ['Sociaal netwerk', 4],
          ['Maatschappelijke participatie', 4],
          ['Justitie', 5],
        ],
      },
      footer: 'Sociaal Team Demostad · demo',
    }),
    expect: {
      caseKey: 'DS-2026-4410',
      age: 52,
      gender: 'female',
      postcode4: '4815',
      wijk: 'Noord',
      zrm: {
        finances: 4,
        daytime_activities: 4,
        housing: 5,
        domestic_relations: 3,
        mental_health: 3,
        physical_health: 4,
        addiction: 5,
        adl: 5,
        social_network: 4,
        participation: 4,
        justice: 5,
      },
      needIncludes: ['andere ouders die hetzelfde meemaken', 'grenzen kan stellen'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['zelfhulp-naasten-verslaving'],
      never: ['ismes-herstelmaatje', 'zelfhulp-verslaving', 'ismes-herstelinloop'],
    },
    why: 'De verslaving is van de zoon; mevrouw is naaste en vraagt lotgenoten: de groep voor naasten past. Herstelmaatje, herstelinloop en de zelfhulpgroep verslaving zijn voor de gebruiker zelf.',
  },

  // ── 10: crisis: eviction next week, ZRM 1 on finances and housing ──
  {
    id: 'lijst-10',
    style: 'zrm-lijst',
    html: render({
      app: 'CasusNet Demostad',
      nav: NAV_C,
      title: 'Casusoverzicht',
      meta: ['Spoed — melding woningcorporatie 20-11-2026', 'Behandelaar: P. Nepstra'],
      factsHeading: 'Feiten',
      facts: [
        ['Cliëntnr', '88-20931'],
        ['Naam', 'Dhr. T. Nepveld'],
        ['Geboortedatum', '30-10-1979'],
        ['Postcode', '4818 VX'],
        ['Wijk', 'Oost'],
        ['Huishouden', 'alleenstaand'],
      ],
      need: {
        in: 'p',
        label: 'Hulpvraag en afspraken',
        text: 'Het vonnis tot ontruiming is betekend; de woningcorporatie ontruimt maandag 30 november. Meneer heeft zeven maanden huurachterstand en het gas is afgesloten. Deze week moet er contact zijn met de corporatie en de schuldhulpverlening om de ontruiming op te schorten. Pas daarna kijken we naar inkomen en dagbesteding.',
      },
      signals: {
        heading: 'Signalen',
        items: ['Crisis: dreigende huisuitzetting', 'Schulden (huurachterstand, deurwaarder)'],
      },
      zrm: {
        heading: 'ZRM (2017) bij aanmelding',
        fmt: 'cijfer',
        wrap: 'ul',
        lines: [
          ['Financiën', 1],
          ['Werk & opleiding', 2],
          ['Tijdsbesteding', 2],
          ['Huisvesting', 1],
          ['Huiselijke relaties', 3],
          ['Geestelijke gezondheid', 2],
          ['Lichamelijke gezondheid', 3],
          ['Middelengebruik', 4],
          ['Basale ADL', 4],
          ['Instrumentele ADL', 2],
          ['Sociaal netwerk', 3],
          ['Maatschappelijke participatie', 2],
          ['Justitie', 4],
        ],
      },
      order: ['facts', 'signals', 'need', 'zrm'],
      recent: ['88-20925', '88-20874'],
      footer: 'CasusNet — demonstratieversie',
    }),
    expect: {
      caseKey: '88-20931',
      age: 47,
      gender: 'male',
      postcode4: '4818',
      wijk: 'Oost',
      zrm: {
        finances: 1,
        daytime_activities: 2,
        housing: 1,
        domestic_relations: 3,
        mental_health: 2,
        physical_health: 3,
        addiction: 4,
        adl: 2,
        social_network: 3,
        participation: 2,
        justice: 4,
      },
      needIncludes: ['vonnis tot ontruiming', 'ontruiming op te schorten'],
      flags: ['crisis', 'debts'],
      refusals: [],
      wishes: [],
      warnings: ['crisis', 'debts_anonymous', 'acute_domain:finances', 'acute_domain:housing'],
      networkPrompt: 'ask_network',
      top5: [],
      never: ['humanitas-thuisadministratie', 'vhd-budgetcoaching', 'vhd-postwijzer', 'vc-vrijwilligerswerk-dagbesteding'],
    },
    why: 'Acute crisis (ontruiming over een week, Financiën en Huisvesting op 1): eerst de professional, geen enkele informele suggestie. Administratie- en budgethulp of vrijwilligerswerk komen later pas in beeld.',
  },

  // ── 11: domestic violence, unsafe family network; practical help and peers still possible ──
  {
    id: 'lijst-11',
    style: 'zrm-lijst',
    html: render({
      app: 'Wijkteam Demostad · Cliëntvolgsysteem',
      nav: NAV_A,
      title: 'Cliëntsamenvatting',
      meta: ['Laatste contact: 20-11-2026', 'Medewerker: A. Proefhof (in overleg met Veilig Thuis)'],
      factsHeading: 'Persoonsgegevens',
      facts: [
        ['Registratienummer', '2026-0093-W'],
        ['Naam', 'Mevr. K. Demovrouw'],
        ['Leeftijd', '31 jaar'],
        ['Kinderen', 'zoon (7), dochter (3)'],
        ['Postcode', '4827'],
        ['Wijk', 'West'],
        ['Woonsituatie', 'sinds oktober in een nieuwe huurwoning, na verblijf in de opvang'],
      ],
      need: {
        in: 'dd',
        label: 'Hulpvraag',
        text: 'Mevrouw is na het verblijf in de vrouwenopvang met de kinderen in een lege woning getrokken. Ze heeft hulp nodig om meubels in elkaar te zetten, gordijnen op te hangen en de kinderkamers in te richten. Voor zichzelf zoekt ze contact met andere alleenstaande moeders.',
      },
      zrm: {
        heading: 'ZRM 2017 — alleen gescoorde domeinen',
        fmt: 'breuk',
        wrap: 'br',
        lines: [
          ['Financiën', 3],
          ['Huisvesting', 3],
          ['Huiselijke relaties', 2],
          ['Geestelijke gezondheid', 3],
          ['Sociaal netwerk', 2],
          ['Maatschappelijke participatie', 3],
          ['Justitie', 4],
        ],
      },
      signals: {
        heading: 'Signalen',
        items: [
          'Huiselijk geweld door ex-partner; Veilig Thuis betrokken, veiligheidsplan loopt',
          'Onveilig netwerk: haar familie en die van de ex staan aan zijn kant',
        ],
      },
      footer: 'Wijkteam Demostad · vertrouwelijk · demo-omgeving',
    }),
    expect: {
      caseKey: '2026-0093-W',
      age: 31,
      gender: 'female',
      postcode4: '4827',
      wijk: 'West',
      zrm: {
        finances: 3,
        housing: 3,
        domestic_relations: 2,
        mental_health: 3,
        social_network: 2,
        participation: 3,
        justice: 4,
      },
      needIncludes: ['meubels in elkaar te zetten', 'gordijnen op te hangen', 'andere alleenstaande moeders'],
      flags: ['domestic_violence', 'unsafe_network'],
      refusals: [],
      wishes: [],
      warnings: ['unsafe_network'],
      networkPrompt: 'network_unsafe',
      top5: ['present-verhuis-en-inrichthulp', 'zelfhulp-alleenstaande-ouders'],
      never: [
        'humanitas-gezinsmaatje',
        'eigen-kracht-conferentie',
        'vhd-netwerkcoach',
        'buur-en-co-buurtnetwerk',
        'wehelpen-hulpnetwerk',
      ],
    },
    why: 'Huiselijk geweld en een onveilig netwerk: niets met familie, eigen netwerk of buren, en het gezinsmaatje sluit huiselijk geweld zelf uit. Inrichthulp en een groep alleenstaande ouders buiten haar netwerk kunnen wel.',
  },

  // ── 12: serious psychiatric problems, stable, FACT involved; only the offers made for it ──
  {
    id: 'lijst-12',
    style: 'zrm-lijst',
    html: render({
      app: 'KernRegistratie Sociaal Team',
      nav: NAV_B,
      title: 'Samenvatting dossier',
      meta: ['Casusregisseur: R. Steekproef', 'Volgende evaluatie: 15-01-2027'],
      factsHeading: 'Cliënt',
      facts: [
        ['Cliëntnummer', 'WT-2026-09120'],
        ['Naam', 'Dhr. B. Voorbeeldman'],
        ['Geboortedatum', '11-11-1981'],
        ['Postcode', '4813 AL'],
        ['Wijk', 'Noord'],
        ['Behandelaar', 'FACT-team Noord (casemanager mw. De Proef)'],
        ['Woonvorm', 'zelfstandig, ambulante begeleiding twee keer per week'],
      ],
      need: {
        in: 'p',
        label: 'Hulpvraag',
        text: 'Meneer heeft schizofrenie en is sinds anderhalf jaar stabiel op medicatie. Hij zit veel thuis en wil weer ergens bij horen, bijvoorbeeld bij een koor of een tuinproject. De eerste stap zetten lukt hem alleen niet; hij zoekt iemand die de eerste keren meegaat. De casemanager blijft betrokken en stemt graag af met de vrijwilliger.',
      },
      zrm: {
        heading: 'ZRM 2017',
        fmt: 'cijfer',
        wrap: 'br',
        lines: [
          ['Financiën', 4],
          ['Werk & opleiding', 2],
          ['Tijdsbesteding', 2],
          ['Huisvesting', 4],
          ['Huiselijke relaties', 4],
          ['Geestelijke gezondheid', 2],
          ['Lichamelijke gezondheid', 3],
          ['Middelengebruik', 5],
          ['Basale ADL', 4],
          ['Instrumentele ADL', 3],
          ['Sociaal netwerk', 2],
          ['Maatschappelijke participatie', 2],
          ['Justitie', 5],
        ],
      },
      signals: {
        heading: 'Signalen',
        prose: 'Ernstige psychiatrische problematiek (schizofrenie), nu stabiel; geen crisis. Niet agressief, geen middelengebruik. Er is een signaleringsplan.',
      },
      footer: 'KernRegistratie · demo · geen echte cliëntgegevens',
    }),
    expect: {
      caseKey: 'WT-2026-09120',
      age: 45,
      gender: 'male',
      postcode4: '4813',
      wijk: 'Noord',
      zrm: {
        finances: 4,
        daytime_activities: 2,
        housing: 4,
        domestic_relations: 4,
        mental_health: 2,
        physical_health: 3,
        addiction: 5,
        adl: 3,
        social_network: 2,
        participation: 2,
        justice: 5,
      },
      needIncludes: ['ergens bij horen', 'een koor of een tuinproject', 'de eerste keren meegaat'],
      flags: ['psychiatric'],
      refusals: [],
      wishes: [],
      warnings: ['psychiatric_specialised'],
      networkPrompt: 'ask_network',
      top5: ['kwartiermaken-maatje-meedoen', 'kwartiermaken-vriendendienst'],
      never: ['humanitas-maatje-eenzaamheid', 'buddyhulp-ggz-buddy', 'vhd-zorgmaatje'],
    },
    why: 'Ernstige psychiatrische problematiek, stabiel en met behandelaar: het Kwartiermaken-maatje is precies voor mee doen bij een club, de open avond is voor deze groep gemaakt. Het Humanitas-maatje sluit ernstige psychiatrie uit, de GGZ-buddy is vol en het zorgmaatje heeft geen vrijwilligers voor complexe situaties.',
  },

  // ── 13: in recovery from alcohol (not active); wants a male buddy ──
  {
    id: 'lijst-13',
    style: 'zrm-lijst',
    html: render({
      app: 'WijkWijzer',
      nav: NAV_C,
      title: 'Cliëntoverzicht',
      meta: ['Overgedragen door de kliniek, 02-10-2026'],
      factsHeading: 'Gegevens',
      facts: [
        ['Dossiernummer', 'D-45880'],
        ['Naam', 'Dhr. W. Testhuis'],
        ['Leeftijd', '38 jaar'],
        ['Adres', 'Oefenstraat 2b, 4818 CJ Demostad'],
        ['Wijk', 'Oost'],
        ['Huishouden', 'alleenwonend'],
      ],
      need: {
        in: 'dd',
        label: 'Hulpvraag',
        text: 'Meneer is in juli na drie maanden kliniek gestopt met drinken en is sindsdien nuchter. Hij wil gestopt blijven en zoekt steun van mensen die weten hoe het is. Zijn oude vrienden drinken allemaal; hij wil een nieuwe kring opbouwen en weer een vaste dagindeling. Hij heeft liever een man als maatje.',
      },
      notes: [
        {
          label: 'Afspraken',
          text: 'Nazorg van de verslavingszorg loopt tot januari. Geen actief gebruik. Oude schulden zijn afgelost. Geen justitiële contacten.',
        },
      ],
      zrm: {
        heading: 'ZRM (2017)',
        fmt: 'woorden',
        wrap: 'ul',
        lines: [
          ['Financiën', 4],
          ['Werk & opleiding', 2],
          ['Tijdsbesteding', 3],
          ['Huisvesting', 4],
          ['Huiselijke relaties', 4],
          ['Geestelijke gezondheid', 3],
          ['Lichamelijke gezondheid', 3],
          ['Middelengebruik', 3],
          ['Basale ADL', 5],
          ['Instrumentele ADL', 4],
          ['Sociaal netwerk', 2],
          ['Maatschappelijke participatie', 3],
          ['Justitie', 5],
        ],
      },
      signals: { heading: 'Signalen', items: ['Verslavingsverleden (alcohol), in herstel'] },
      recent: ['D-45871', 'D-45702'],
      footer: 'WijkWijzer demo — fictieve gegevens',
    }),
    expect: {
      caseKey: 'D-45880',
      age: 38,
      gender: 'male',
      postcode4: '4818',
      wijk: 'Oost',
      zrm: {
        finances: 4,
        daytime_activities: 2,
        housing: 4,
        domestic_relations: 4,
        mental_health: 3,
        physical_health: 3,
        addiction: 3,
        adl: 4,
        social_network: 2,
        participation: 3,
        justice: 5,
      },
      needIncludes: ['gestopt blijven', 'een nieuwe kring opbouwen', 'liever een man als maatje'],
      flags: [],
      refusals: [],
      wishes: ['same_gender_volunteer'],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['ismes-herstelmaatje', 'zelfhulp-verslaving', 'ismes-herstelinloop'],
      never: ['zelfhulp-naasten-verslaving'],
    },
    why: 'Gestopt en in herstel, dus geen actieve verslaving: herstelmaatje, zelfhulpgroep en herstelinloop zijn ervoor gemaakt. De groep voor naasten is niet voor de persoon zelf. De wens voor een man sluit niets uit.',
  },

  // ── 14: drinks now and does not want to cut down, aggressive towards helpers, no network ──
  {
    id: 'lijst-14',
    style: 'zrm-lijst',
    html: render({
      app: 'CasusNet Demostad',
      nav: NAV_C,
      title: 'Casusoverzicht',
      meta: ['Huisbezoeken alleen met twee medewerkers', 'Laatste contact: 18-11-2026'],
      factsHeading: 'Feiten',
      facts: [
        ['Casus-ID', 'CS-6027'],
        ['Naam', 'Dhr. G. Proefhuizen'],
        ['Geboortejaar', '1969'],
        ['Postcode', '4812 MN'],
        ['Wijk', 'Centrum'],
        ['Huishouden', 'alleen'],
      ],
      need: {
        in: 'p',
        label: 'Hulpvraag',
        text: 'Meneer zit de hele dag thuis en zegt dat hij niemand meer heeft om mee te praten. Hij wil wel iemand die af en toe langskomt of met hem een kop koffie drinkt, zolang hij niet gepusht wordt. De ambulant begeleider van het wijkteam komt wekelijks en blijft betrokken.',
      },
      signals: {
        heading: 'Signalen',
        prose: 'Meneer drinkt dagelijks, vanaf de middag, en wil niet minderen; hij ziet het niet als probleem. Vorig jaar was hij verbaal agressief tegen een vrijwilliger en heeft hij een medewerker van de corporatie bedreigd. Contact met zijn broer is na een ruzie verbroken; er is geen familie of vriendenkring meer.',
      },
      zrm: {
        heading: 'ZRM 2017',
        fmt: 'breuk',
        wrap: 'ul',
        lines: [
          ['Financiën', 3],
          ['Tijdsbesteding', 2],
          ['Huisvesting', 3],
          ['Geestelijke gezondheid', 3],
          ['Lichamelijke gezondheid', 3],
          ['Middelengebruik', 2],
          ['Sociaal netwerk', 2],
          ['Maatschappelijke participatie', 2],
        ],
      },
      order: ['facts', 'need', 'signals', 'zrm'],
      footer: 'CasusNet — demonstratieversie',
    }),
    expect: {
      caseKey: 'CS-6027',
      age: 57,
      gender: 'male',
      postcode4: '4812',
      wijk: 'Centrum',
      zrm: {
        finances: 3,
        daytime_activities: 2,
        housing: 3,
        mental_health: 3,
        physical_health: 3,
        addiction: 2,
        social_network: 2,
        participation: 2,
      },
      needIncludes: ['niemand meer heeft om mee te praten', 'een kop koffie drinkt'],
      flags: ['active_addiction', 'aggression', 'no_network'],
      refusals: [],
      wishes: [],
      warnings: ['long_isolation_supplement'],
      networkPrompt: 'network_exhausted',
      top5: ['maatjesproject-maatje-meervoudige-problemen'],
      never: [
        'humanitas-maatje-eenzaamheid',
        'kwartiermaken-vriendendienst',
        'ismes-herstelinloop',
        'zelfhulp-verslaving',
        'ismes-herstelmaatje',
      ],
    },
    why: 'Drinkt nu en wil niet minderen, is agressief geweest tegen helpers en heeft geen netwerk: alleen een maatje dat samen met de professional werkt en op lastige cliënten is voorbereid. Een gewoon bezoekmaatje komt niet alleen bij hem thuis; herstelgroepen vragen nuchterheid of de wil om te stoppen.',
  },

  // ── 15: coercive setting (zorgmachtiging): no volunteers at all ──
  {
    id: 'lijst-15',
    style: 'zrm-lijst',
    html: render({
      app: 'Sociaal Team Demostad — Registratie',
      nav: NAV_A,
      title: 'Samenvatting cliënt',
      meta: ['Regie: FACT-team West; wijkteam volgt'],
      factsHeading: 'Basisgegevens',
      facts: [
        ['Zaaknummer', 'Z-2026-11873'],
        ['Naam', 'Dhr. F. Fictiefsma'],
        ['Leeftijd', '36 jaar'],
        ['Postcode', '4825 TT'],
        ['Wijk', 'West'],
        ['Juridisch kader', 'zorgmachtiging (Wvggz), loopt tot mei 2027'],
      ],
      need: {
        in: 'dd',
        label: 'Hulpvraag',
        text: 'Meneer is na een gedwongen opname terug in zijn woning, onder een zorgmachtiging met verplichte medicatie en begeleiding door het FACT-team. Hij is eenzaam en vraagt zelf om iemand om mee te wandelen. Het FACT-team wil de komende maanden eerst stabiliseren binnen het verplichte kader.',
      },
      zrm: {
        heading: 'ZRM (2017) — gescoord bij overdracht',
        fmt: 'cijfer',
        wrap: 'ul',
        lines: [
          ['Werk & opleiding', 2],
          ['Tijdsbesteding', 2],
          ['Huisvesting', 3],
          ['Geestelijke gezondheid', 2],
          ['Sociaal netwerk', 2],
          ['Justitie', 3],
        ],
      },
      signals: {
        heading: 'Signalen',
        items: ['Verplicht kader (zorgmachtiging Wvggz)', 'Ernstige psychiatrische problematiek (psychose)'],
      },
      footer: 'Sociaal Team Demostad · demo',
    }),
    expect: {
      caseKey: 'Z-2026-11873',
      age: 36,
      gender: 'male',
      postcode4: '4825',
      wijk: 'West',
      zrm: {
        daytime_activities: 2,
        housing: 3,
        mental_health: 2,
        social_network: 2,
        justice: 3,
      },
      needIncludes: ['iemand om mee te wandelen', 'binnen het verplichte kader'],
      flags: ['coercive', 'psychiatric'],
      refusals: [],
      wishes: [],
      warnings: ['coercive_no_volunteers', 'psychiatric_specialised'],
      networkPrompt: 'ask_network',
      top5: [],
      never: ['maatjesproject-wandelmaatje', 'kwartiermaken-maatje-meedoen', 'buddyhulp-buddy'],
    },
    why: 'Een zorgmachtiging is een verplicht kader: geen vrijwilligers, hoe begrijpelijk de wandelvraag ook is. Ook de maatjes voor psychische kwetsbaarheid wachten tot het kader voorbij is.',
  },

  // ── 16: severe home neglect (hoarding, vermin); no ZRM yet ──
  {
    id: 'lijst-16',
    style: 'zrm-lijst',
    html: render({
      app: 'Wijkteam Demostad · Cliëntvolgsysteem',
      nav: NAV_A,
      title: 'Cliëntsamenvatting',
      meta: ['Melding woningcorporatie, 13-11-2026', 'Medewerker: T. de Proef'],
      factsHeading: 'Persoonsgegevens',
      facts: [
        ['Cliëntnr.', '2026-1140-Z'],
        ['Naam', 'Mevrouw E. Oefenmaat'],
        ['Leeftijd', '71 jaar'],
        ['Adres', 'Testerweg 61, 4824 DR Demostad'],
        ['Wijk', 'Zuid'],
      ],
      need: {
        in: 'p',
        label: 'Hulpvraag',
        text: 'In de woning van mevrouw is sprake van ernstige woningvervuiling: kamers staan tot het plafond vol, er is ongedierte en de keuken is onbruikbaar. Mevrouw zegt dat ze wel wat hulp bij het opruimen wil en dat ze zich alleen voelt. Eerst volgt een traject met de GGD en een professionele schoonmaak.',
      },
      notes: [{ label: 'Netwerk', text: 'Dochter komt eens per maand; de buren hebben geklaagd bij de corporatie.' }],
      zrm: { heading: 'ZRM', none: 'Wordt bij het tweede huisbezoek afgenomen.' },
      signals: { heading: 'Signalen', items: ['Ernstige woningvervuiling / verwaarlozing'] },
      recent: ['2026-1138-Z', '2026-1102-Z'],
      footer: 'Wijkteam Demostad · vertrouwelijk · demo-omgeving',
    }),
    expect: {
      caseKey: '2026-1140-Z',
      age: 71,
      gender: 'female',
      postcode4: '4824',
      wijk: 'Zuid',
      zrm: {},
      needIncludes: ['ernstige woningvervuiling', 'hulp bij het opruimen'],
      flags: ['severe_neglect'],
      refusals: [],
      wishes: [],
      warnings: ['severe_neglect_no_volunteers'],
      networkPrompt: 'ask_network',
      top5: [],
      never: [
        'present-praktische-klus',
        'vhd-klussendienst',
        'zuid-helpt-boodschappen-en-klusjes',
        'humanitas-maatje-eenzaamheid',
      ],
    },
    why: 'Ernstige woningvervuiling met ongedierte: eerst GGD en professionele schoonmaak, geen vrijwilligers (Present sluit dit ook zelf uit). Ook het maatje tegen eenzaamheid wacht tot de woning veilig is.',
  },

  // ── 17: ZRM 1 on finances only, debts; loneliness can still be met ──
  {
    id: 'lijst-17',
    style: 'zrm-lijst',
    html: render({
      app: 'KernRegistratie Sociaal Team',
      nav: NAV_B,
      title: 'Samenvatting dossier',
      meta: ['Schuldhulpverlener: K. Demohuis (Kredietbank)'],
      factsHeading: 'Cliënt',
      facts: [
        ['Dossier', 'DS-2026-4522'],
        ['Naam', 'Mevr. I. Proefstra'],
        ['Geboortedatum', '08-12-1982'],
        ['Postcode', '4816 EW'],
        ['Wijk', 'Oost'],
        ['Huishouden', 'alleen; de kinderen wonen bij hun vader'],
      ],
      need: {
        in: 'dd',
        label: 'Hulpvraag',
        text: 'Mevrouw heeft loonbeslag en de energieleverancier heeft afsluiting aangekondigd voor volgende week. De schuldhulpverlener pakt dit deze week op met een spoedaanvraag. Mevrouw zit sinds de kinderen bij hun vader wonen de avonden en weekenden alleen en wil iemand om af en toe mee te wandelen of koffie te drinken. Ze zou ook graag een plek in de buurt weten waar ze gewoon kan binnenlopen.',
      },
      zrm: {
        heading: 'ZRM 2017',
        fmt: 'woorden',
        wrap: 'ul',
        lines: [
          ['Financiën', 1],
          ['Werk & opleiding', 4],
          ['Tijdsbesteding', 3],
          ['Huisvesting', 3],
          ['Huiselijke relaties', 3],
          ['Geestelijke gezondheid', 3],
          ['Lichamelijke gezondheid', 4],
          ['Middelengebruik', 5],
          ['Basale ADL', 5],
          ['Instrumentele ADL', 4],
          ['Sociaal netwerk', 2],
          ['Maatschappelijke participatie', 3],
          ['Justitie', 5],
        ],
      },
      signals: {
        heading: 'Signalen',
        prose: 'Schulden (ongeveer 18.000 euro, loonbeslag). Verder geen crisis: geen huiselijk geweld, geen verslaving.',
      },
      footer: 'KernRegistratie · demo · geen echte cliëntgegevens',
    }),
    expect: {
      caseKey: 'DS-2026-4522',
      age: 43,
      gender: 'female',
      postcode4: '4816',
      wijk: 'Oost',
      zrm: {
        finances: 1,
        daytime_activities: 3,
        housing: 3,
        domestic_relations: 3,
        mental_health: 3,
        physical_health: 4,
        addiction: 5,
        adl: 4,
        social_network: 2,
        participation: 3,
        justice: 5,
      },
      needIncludes: ['af en toe mee te wandelen of koffie te drinken', 'gewoon kan binnenlopen'],
      flags: ['debts'],
      refusals: [],
      wishes: [],
      warnings: ['debts_anonymous', 'acute_domain:finances'],
      networkPrompt: 'ask_network',
      top5: ['humanitas-maatje-eenzaamheid', 'vitras-huiskamer'],
      never: ['humanitas-thuisadministratie', 'vhd-budgetcoaching', 'vhd-postwijzer', 'juvans-formulierenhulp'],
    },
    why: 'Financiën staat op 1 (beslag, afsluiting): de geldkant is nu aan de schuldhulpverlener, en administratie- en budgethulp sluiten een acute schuldencrisis zelf uit. Haar eenzaamheid mag wel: een maatje of de huiskamer in de wijk.',
  },

  // ── 18: declines all informal help; family must not know; no ZRM ──
  {
    id: 'lijst-18',
    style: 'zrm-lijst',
    html: render({
      app: 'WijkWijzer',
      nav: NAV_C,
      title: 'Cliëntoverzicht',
      meta: ['Intake: 16-11-2026', 'Contactpersoon wijkteam: M. Testbeek'],
      factsHeading: 'Gegevens',
      facts: [
        ['Kenmerk', 'KNM/26/2231'],
        ['Naam', 'Dhr. O. Testmans'],
        ['Geboortedatum', '19-04-1960'],
        ['Postcode', '4829 KA'],
        ['Wijk', 'West'],
      ],
      need: {
        in: 'p',
        label: 'Hulpvraag',
        text: 'Meneer is sinds zijn scheiding de grip op zijn post kwijt en voelt zich eenzaam. Hij wil hulp bij het ordenen van zijn administratie, maar uitdrukkelijk alleen van het wijkteam: geen vrijwilligers of andere informele hulp. Zijn broer en zijn dochter mogen er niets van weten.',
      },
      zrm: { heading: 'Zelfredzaamheidsmatrix', none: 'Niet afgenomen (cliënt wilde dit niet).' },
      signals: { heading: 'Signalen', items: ['Wil geen vrijwilliger'] },
      recent: ['KNM/26/2230', 'KNM/26/2197'],
      footer: 'WijkWijzer demo — fictieve gegevens',
    }),
    expect: {
      caseKey: 'KNM/26/2231',
      age: 66,
      gender: 'male',
      postcode4: '4829',
      wijk: 'West',
      zrm: {},
      needIncludes: ['ordenen van zijn administratie', 'alleen van het wijkteam'],
      flags: ['declines_informal'],
      refusals: ['own_network'],
      wishes: [],
      warnings: ['declines_informal'],
      networkPrompt: 'network_refused',
      top5: [],
      never: ['humanitas-thuisadministratie', 'vhd-postwijzer', 'humanitas-maatje-eenzaamheid'],
    },
    why: 'Meneer wil uitdrukkelijk geen vrijwilligers of informele hulp, en familie mag niets weten: niets voorstellen, hoe goed administratiehulp of een maatje inhoudelijk ook zouden passen.',
  },

  // ── 19: no volunteer at home and no groups; the phone circle is 65+ ──
  {
    id: 'lijst-19',
    style: 'zrm-lijst',
    html: render({
      app: 'Sociaal Team Demostad — Registratie',
      nav: NAV_A,
      title: 'Samenvatting cliënt',
      meta: ['Laatste contact: 11-11-2026 (op het wijkpunt)'],
      factsHeading: 'Basisgegevens',
      facts: [
        ['Cliëntnummer', '300-6104'],
        ['Naam', 'Mevrouw Y. Steekproef'],
        ['Leeftijd', '58 jaar'],
        ['Postcode', '4811 HE'],
        ['Wijk', 'Centrum'],
        ['Gezondheid', 'fibromyalgie, chronische vermoeidheid'],
      ],
      need: {
        in: 'dd',
        label: 'Hulpvraag',
        text: 'Mevrouw komt steeds minder buiten; haar wereld is klein geworden sinds ze is afgekeurd. Ze wil weer wat meer bewegen en iemand hebben om buiten mee af te spreken, bijvoorbeeld een wekelijkse wandeling in het park (een half uur lukt, met pauzes). Ze wil geen vrijwilliger bij haar thuis over de vloer, en groepen of lotgenotenbijeenkomsten zijn niets voor haar.',
      },
      zrm: {
        heading: 'ZRM 2017 (gescoorde domeinen)',
        fmt: 'cijfer',
        wrap: 'ul',
        lines: [
          ['Financiën', 4],
          ['Werk & opleiding', 3],
          ['Tijdsbesteding', 2],
          ['Geestelijke gezondheid', 3],
          ['Lichamelijke gezondheid', 2],
          ['Sociaal netwerk', 2],
          ['Maatschappelijke participatie', 3],
        ],
      },
      footer: 'Sociaal Team Demostad · demo',
    }),
    expect: {
      caseKey: '300-6104',
      age: 58,
      gender: 'female',
      postcode4: '4811',
      wijk: 'Centrum',
      zrm: {
        finances: 4,
        daytime_activities: 2,
        mental_health: 3,
        physical_health: 2,
        social_network: 2,
        participation: 3,
      },
      needIncludes: ['wekelijkse wandeling in het park', 'geen vrijwilliger bij haar thuis'],
      flags: [],
      refusals: ['home_visits', 'group'],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['maatjesproject-wandelmaatje', 'vhd-zorgmaatje'],
      never: [
        'zelfhulp-chronische-pijn',
        'zonnebloem-huisbezoek',
        'handjehelpen-vaste-vrijwilliger',
        'rodekruis-telefooncirkel',
      ],
    },
    why: 'Ze wil buiten afspreken: een wandelmaatje of zorgmaatje dat met haar op pad gaat. Geen huisbezoek (Zonnebloem, Handjehelpen) en geen lotgenotengroep, dat weigert ze. De telefooncirkel is pas vanaf 65.',
  },

  // ── 20: Hoogeloon: only the village's own offers cover 5528; no ZRM ──
  {
    id: 'lijst-20',
    style: 'zrm-lijst',
    html: render({
      app: 'CasusNet Demostad',
      nav: NAV_C,
      title: 'Casusoverzicht',
      meta: ['Signaal van de huisarts, 09-11-2026'],
      factsHeading: 'Feiten',
      facts: [
        ['Registratienummer', 'R-80455'],
        ['Naam', 'Mevr. M. van Demo'],
        ['Geboortejaar', '1947'],
        ['Adres', 'Kerkstraatje 3, 5528 AT Hoogeloon'],
        ['Kern', 'Hoogeloon'],
      ],
      need: {
        in: 'p',
        label: 'Hulpvraag',
        text: 'Mevrouw woont alleen sinds haar man in het verpleeghuis is opgenomen. Ze rijdt geen auto meer en heeft vervoer nodig naar de huisarts en de fysiotherapeut, en iemand die een keer per week boodschappen meeneemt. Ze eet vaak alleen en zou graag een paar keer per week ergens samen eten.',
      },
      zrm: { heading: 'ZRM', none: 'Geen ZRM; kort adviesgesprek.' },
      signals: { heading: 'Signalen', prose: 'Geen bijzonderheden. Zoon woont in Eindhoven en belt dagelijks.' },
      footer: 'CasusNet — demonstratieversie',
    }),
    expect: {
      caseKey: 'R-80455',
      age: 79,
      gender: 'female',
      postcode4: '5528',
      wijk: 'Hoogeloon',
      zrm: {},
      needIncludes: ['vervoer nodig naar de huisarts', 'boodschappen meeneemt', 'ergens samen eten'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['hoogeloon-dorpsondersteuning', 'hoogeloon-dagopvang'],
      never: ['even-buurten-buurtgenoot', 'vitras-samen-eten', 'zuid-helpt-boodschappen-en-klusjes'],
    },
    why: 'Mevrouw woont in Hoogeloon: de dorpsondersteuning (vervoer, boodschappen) en de dagopvang met maaltijd in het dorpshuis passen. Even Buurten, Samen eten en de Zuid-hulp werken alleen in Demostad of een wijk daarvan.',
  },

  // ── 21: surrounding village (4843): only offers that cover the villages ──
  {
    id: 'lijst-21',
    style: 'zrm-lijst',
    html: render({
      app: 'Wijkteam Demostad · Cliëntvolgsysteem',
      nav: NAV_A,
      title: 'Cliëntsamenvatting',
      meta: ['Aanmelding via de ziekenhuistransferverpleegkundige, 02-11-2026'],
      factsHeading: 'Persoonsgegevens',
      facts: [
        ['Casus-ID', 'CS-6140'],
        ['Naam', 'Dhr. A. Oefenhoven'],
        ['Leeftijd', '83 jaar'],
        ['Adres', 'Dorpsweg 12, 4843 RB Voorbeeldhoven'],
        ['Huishouden', 'alleenwonend'],
      ],
      need: {
        in: 'dd',
        label: 'Hulpvraag',
        text: 'Meneer is drie weken geleden aan zijn heup geopereerd en mag de komende twee maanden niet fietsen of zwaar tillen. Hij zoekt tijdelijk iemand die wekelijks boodschappen voor hem doet. Ook moet de tuin nog winterklaar: de heg snoeien, bladeren ruimen en de schuur opruimen; dat lukt hem dit jaar niet.',
      },
      zrm: {
        heading: 'ZRM 2017 — gescoord',
        fmt: 'breuk',
        wrap: 'br',
        lines: [
          ['Huisvesting', 3],
          ['Lichamelijke gezondheid', 2],
          ['Basale ADL', 3],
          ['Instrumentele ADL', 2],
          ['Sociaal netwerk', 4],
        ],
      },
      signals: { heading: 'Signalen', items: ['Geen'] },
      recent: ['CS-6138', 'WT-2026-09001'],
      footer: 'Wijkteam Demostad · vertrouwelijk · demo-omgeving',
    }),
    expect: {
      caseKey: 'CS-6140',
      age: 83,
      gender: 'male',
      postcode4: '4843',
      zrm: {
        housing: 3,
        physical_health: 2,
        adl: 2,
        social_network: 4,
      },
      needIncludes: ['wekelijks boodschappen voor hem doet', 'tuin nog winterklaar'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['rodekruis-boodschappenhulp', 'present-praktische-klus'],
      never: ['vhd-klussendienst', 'zuid-helpt-boodschappen-en-klusjes', 'even-buurten-buurtgenoot'],
    },
    why: 'Meneer woont in een dorp buiten Demostad (4843): de tijdelijke boodschappenhulp van het Rode Kruis en een eenmalige tuinklus via Present werken ook in de omliggende dorpen. De klussendienst, Zuid helpt en Even Buurten alleen in (wijken van) Demostad.',
  },

  // ── 22: closing evaluation, every score 4 or 5: nothing to suggest ──
  {
    id: 'lijst-22',
    style: 'zrm-lijst',
    html: render({
      app: 'KernRegistratie Sociaal Team',
      nav: NAV_B,
      title: 'Samenvatting dossier',
      meta: ['Status: eindevaluatie', 'Casusregisseur: J. Oefenaar'],
      factsHeading: 'Cliënt',
      facts: [
        ['Zaaknummer', 'Z-2026-10492'],
        ['Naam', 'Mevrouw C. Testkamp'],
        ['Leeftijd', '39 jaar'],
        ['Postcode', '4820 BS'],
        ['Wijk', 'Zuid'],
      ],
      need: {
        in: 'p',
        label: 'Eindevaluatie',
        text: 'Mevrouw heeft haar administratie weer op orde; de oude schulden zijn afgelost en ze werkt sinds september 24 uur per week. Ze geeft aan dat ze geen hulpvraag meer heeft. Het traject wordt in december afgesloten.',
      },
      zrm: {
        heading: 'ZRM 2017 — eindmeting',
        fmt: 'cijfer',
        wrap: 'ul',
        lines: [
          ['Financiën', 4],
          ['Werk & opleiding', 4],
          ['Tijdsbesteding', 4],
          ['Huisvesting', 5],
          ['Huiselijke relaties', 4],
          ['Geestelijke gezondheid', 4],
          ['Lichamelijke gezondheid', 5],
          ['Middelengebruik', 5],
          ['Basale ADL', 5],
          ['Instrumentele ADL', 4],
          ['Sociaal netwerk', 4],
          ['Maatschappelijke participatie', 4],
          ['Justitie', 5],
        ],
      },
      footer: 'KernRegistratie · demo · geen echte cliëntgegevens',
    }),
    expect: {
      caseKey: 'Z-2026-10492',
      age: 39,
      gender: 'female',
      postcode4: '4820',
      wijk: 'Zuid',
      zrm: {
        finances: 4,
        daytime_activities: 4,
        housing: 5,
        domestic_relations: 4,
        mental_health: 4,
        physical_health: 5,
        addiction: 5,
        adl: 4,
        social_network: 4,
        participation: 4,
        justice: 5,
      },
      needIncludes: ['geen hulpvraag meer', 'traject wordt in december afgesloten'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: [],
      never: ['humanitas-thuisadministratie', 'vhd-postwijzer'],
    },
    why: 'Alle domeinen op 4 of 5 en geen hulpvraag meer: niets voorstellen. Het woord administratie in de evaluatie is geen vraag om administratiehulp.',
  },

  // ── 23: medical care by district nurses, no network; escort and shopping still fit ──
  {
    id: 'lijst-23',
    style: 'zrm-lijst',
    html: render({
      app: 'WijkWijzer',
      nav: NAV_C,
      title: 'Cliëntoverzicht',
      meta: ['Aangemeld door de wijkverpleging, 12-11-2026'],
      factsHeading: 'Gegevens',
      facts: [
        ['Cliëntnummer', 'WT-2026-09233'],
        ['Naam', 'Mevr. J. Nepstra'],
        ['Geboortedatum', '27-01-1949'],
        ['Adres', 'Centrumhof 5, 4811 AB Demostad'],
        ['Wijk', 'Centrum'],
        ['Netwerk', 'geen: geen kinderen, broers overleden'],
      ],
      need: {
        in: 'dd',
        label: 'Hulpvraag',
        text: 'Mevrouw wordt behandeld voor borstkanker en heeft de komende drie maanden elke week een afspraak in het ziekenhuis. Ze heeft niemand die mee kan en ziet op tegen de taxi alleen. Ze zoekt iemand die haar brengt, meeloopt naar de poli en weer thuisbrengt; in en uit de auto stappen lukt zelf. In de weken na de kuur lukt boodschappen doen niet.',
      },
      notes: [{ label: 'Zorg', text: 'Wijkverpleging komt dagelijks voor wondzorg en medicatie; dat blijft zo.' }],
      zrm: {
        heading: 'ZRM 2017',
        fmt: 'woorden',
        wrap: 'ul',
        lines: [
          ['Financiën', 4],
          ['Geestelijke gezondheid', 3],
          ['Lichamelijke gezondheid', 2],
          ['Basale ADL', 3],
          ['Instrumentele ADL', 2],
          ['Sociaal netwerk', 2],
        ],
      },
      signals: { heading: 'Signalen', items: ['Medische zorg (wijkverpleging)', 'Geen netwerk'] },
      recent: ['WT-2026-09230', 'WT-2026-09187'],
      footer: 'WijkWijzer demo — fictieve gegevens',
    }),
    expect: {
      caseKey: 'WT-2026-09233',
      age: 77,
      gender: 'female',
      postcode4: '4811',
      wijk: 'Centrum',
      zrm: {
        finances: 4,
        mental_health: 3,
        physical_health: 2,
        adl: 2,
        social_network: 2,
      },
      needIncludes: ['meeloopt naar de poli', 'boodschappen doen niet'],
      flags: ['medical_care', 'no_network'],
      refusals: [],
      wishes: [],
      warnings: ['medical_not_volunteers', 'long_isolation_supplement'],
      networkPrompt: 'network_exhausted',
      top5: ['vhd-ziekenhuisbegeleiding', 'rodekruis-boodschappenhulp'],
      never: ['even-buurten-buurtgenoot', 'wehelpen-hulpnetwerk', 'eigen-kracht-conferentie'],
    },
    why: 'De verpleging blijft bij de wijkverpleging; ziekenhuisbegeleiding en tijdelijke boodschappenhulp zijn gewone vrijwilligerstaken. Even Buurten werkt niet in Centrum, en hulpnetwerk of Eigen Kracht-conferentie hebben een netwerk nodig dat er niet is.',
  },

  // ── 24: single father with children of 2 and 5; absence stated; no ZRM ──
  {
    id: 'lijst-24',
    style: 'zrm-lijst',
    html: render({
      app: 'Sociaal Team Demostad — Registratie',
      nav: NAV_A,
      title: 'Samenvatting cliënt',
      meta: ['Aangemeld via het consultatiebureau, 05-11-2026'],
      factsHeading: 'Basisgegevens',
      facts: [
        ['Dossiernummer', 'D-46012'],
        ['Naam', 'Dhr. R. Voorbeeldvader'],
        ['Leeftijd', '33 jaar'],
        ['Postcode', '4814 TN'],
        ['Wijk', 'Noord'],
        ['Gezin', 'alleenstaande vader, dochter (2) en zoon (5)'],
      ],
      need: {
        in: 'p',
        label: 'Hulpvraag',
        text: 'Meneer heeft sinds de zomer de zorg voor zijn twee kinderen alleen; de moeder is naar het buitenland vertrokken. Hij loopt vast in het dagritme en weet niet goed hoe hij de driftbuien van zijn dochter moet aanpakken. Hij zou graag een ervaren ouder hebben die wekelijks meedenkt en wil andere alleenstaande ouders leren kennen.',
      },
      zrm: { heading: 'Zelfredzaamheidsmatrix', none: 'Niet ingevuld.' },
      signals: {
        heading: 'Signalen',
        prose: 'Geen huiselijk geweld, geen schulden. Meneer werkt 32 uur; de kinderopvang is geregeld.',
      },
      footer: 'Sociaal Team Demostad · demo',
    }),
    expect: {
      caseKey: 'D-46012',
      age: 33,
      gender: 'male',
      postcode4: '4814',
      wijk: 'Noord',
      zrm: {},
      needIncludes: ['ervaren ouder', 'andere alleenstaande ouders leren kennen'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['humanitas-gezinsmaatje', 'zelfhulp-alleenstaande-ouders'],
      never: ['al-amal-vrouwengroep'],
    },
    why: 'Vader met kinderen van 2 en 5, zonder risico’s: het gezinsmaatje (kind tot 6) en de groep voor alleenstaande ouders passen. De ontmoetingsgroep van Al Amal is alleen voor vrouwen.',
  },

  // ── 25: released from detention (sentence served, no supervision); youth offers are too young for him ──
  {
    id: 'lijst-25',
    style: 'zrm-lijst',
    html: render({
      app: 'CasusNet Demostad',
      nav: NAV_C,
      title: 'Casusoverzicht',
      meta: ['Aangemeld door de casemanager nazorg van de penitentiaire inrichting'],
      factsHeading: 'Feiten',
      facts: [
        ['Cliëntnr.', '2026-0388-K'],
        ['Naam', 'Dhr. E. Probeer'],
        ['Geboortedatum', '15-06-1997'],
        ['Postcode', '4828 LB'],
        ['Wijk', 'West'],
        ['Verblijf', 'slaapt tijdelijk bij zijn zus'],
      ],
      need: {
        in: 'dd',
        label: 'Hulpvraag',
        text: 'Meneer is drie weken geleden vrijgekomen na een straf van twee jaar voor inbraken. Hij slaapt tijdelijk bij zijn zus en zoekt een eigen kamer en een uitkering tot hij werk heeft. Hij wil uit zijn oude vriendenkring blijven en zoekt iemand die naast hem staat bij de eerste stappen.',
      },
      notes: [
        {
          label: 'Justitie',
          text: 'Straf volledig uitgezeten; geen reclasseringstoezicht of bijzondere voorwaarden. Geen openstaande boetes of schulden bekend.',
        },
      ],
      zrm: {
        heading: 'ZRM 2017',
        fmt: 'cijfer',
        wrap: 'ul',
        lines: [
          ['Financiën', 2],
          ['Werk & opleiding', 2, 'breuk'],
          ['Tijdsbesteding', 3],
          ['Huisvesting', 2, 'breuk'],
          ['Huiselijke relaties', 4],
          ['Geestelijke gezondheid', 4, 'breuk'],
          ['Lichamelijke gezondheid', 5],
          ['Middelengebruik', 4],
          ['Basale ADL', 5, 'breuk'],
          ['Instrumentele ADL', 3],
          ['Sociaal netwerk', 3, 'breuk'],
          ['Maatschappelijke participatie', 2],
          ['Justitie', 3],
        ],
      },
      signals: {
        heading: 'Signalen',
        items: ['Detentieverleden (vermogensdelicten, geen zedendelict)', 'Niet agressief, geen middelengebruik'],
      },
      footer: 'CasusNet — demonstratieversie',
    }),
    expect: {
      caseKey: '2026-0388-K',
      age: 29,
      gender: 'male',
      postcode4: '4828',
      wijk: 'West',
      zrm: {
        finances: 2,
        daytime_activities: 2,
        housing: 2,
        domestic_relations: 4,
        mental_health: 4,
        physical_health: 5,
        addiction: 4,
        adl: 3,
        social_network: 3,
        participation: 2,
        justice: 3,
      },
      needIncludes: ['een eigen kamer en een uitkering', 'uit zijn oude vriendenkring blijven'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['humanitas-maatje-na-detentie', 'buddyhulp-buddy'],
      never: ['juvans-jongerenmaatje', 'eigen-kracht-jongeren'],
    },
    why: 'Net vrij, straf uitgezeten en geen verplicht kader: het maatje na detentie is ervoor gemaakt (geen zedendelict), een buddy past ook. Jongerenmaatje en Eigen Kracht voor jongeren zijn tot 23 jaar; hij is 29.',
  },
];
