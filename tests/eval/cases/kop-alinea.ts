import type { EvalCaseInput } from '../eval-case';

/*
 * Style "kop-alinea": case reports (Overdrachtsverslag, Gespreksverslag, Plan van aanpak, Afsluitverslag)
 * in which facts and texts sit under headings, followed by paragraphs and lists. ZRM scores, when the
 * page has them, are an HTML table in the 2010 wording. Every person, address and number is invented.
 *
 * The helpers below only build the page chrome (menu, "recent bekeken", footer) and the ZRM table;
 * the report text is written out per case, and every `expect` is written by hand.
 */

type Chrome = {
  app: string;
  user: string;
  nav: string[];
  crumbs?: string[];
  recent?: string[];
  footer: string;
};

const CASENET: Omit<Chrome, 'recent' | 'crumbs'> = {
  app: 'CaseNet · Sociaal Wijkteam Demostad',
  user: 'Ingelogd als: S. Collega (wijkcoach)',
  nav: ['Mijn werkvoorraad', 'Cliënten', 'Agenda', 'Rapportages', 'Sociale kaart'],
  footer: '© 2026 CaseNet (demo-omgeving) · versie 4.2 · <a href="#">Privacyverklaring</a>',
};

const WIJKPORTAAL: Omit<Chrome, 'recent' | 'crumbs'> = {
  app: 'WijkPortaal Demostad',
  user: 'M. Proefcollega · Team Zuid/West',
  nav: ['Start', 'Dossiers', 'Verslagen', 'Overleggen', 'Uitloggen'],
  footer: 'WijkPortaal is een demo-applicatie. Gegevens zijn fictief. · <a href="#">Help</a> · <a href="#">Contact functioneel beheer</a>',
};

const BUURTTEAM: Omit<Chrome, 'recent' | 'crumbs'> = {
  app: 'Buurtteam Demostad – Verslaglegging',
  user: 'Gebruiker: R. Teamlid',
  nav: ['Overzicht', 'Nieuw verslag', 'Zoeken', 'Instellingen'],
  footer: 'Buurtteam Demostad · demo · Vragen? Bel de applicatiebeheerder, toestel 1234',
};

function page(chrome: Chrome, body: string): string {
  const nav = chrome.nav.map((n) => `<li><a href="#">${n}</a></li>`).join('');
  const crumbs = chrome.crumbs
    ? `<div class="breadcrumbs">${chrome.crumbs.map((c) => `<a href="#">${c}</a>`).join(' &rsaquo; ')}</div>`
    : '';
  const recent = chrome.recent
    ? `<aside class="recent"><h4>Recent bekeken</h4><ul>${chrome.recent.map((r) => `<li><a href="#">${r}</a></li>`).join('')}</ul></aside>`
    : '';
  return `<header class="app-header"><div class="brand">${chrome.app}</div><div class="user">${chrome.user}</div></header>
<nav class="main-nav"><ul>${nav}</ul></nav>
${crumbs}
<main class="verslag">
${body.trim()}
</main>
${recent}
<footer class="app-footer">${chrome.footer}</footer>`;
}

const LEVEL: Record<number, string> = {
  1: 'acute problematiek',
  2: 'niet zelfredzaam',
  3: 'beperkt zelfredzaam',
  4: 'voldoende zelfredzaam',
  5: 'volledig zelfredzaam',
};

/** A ZRM table as the page shows it: a header row and one row per domain, scores as digits or "3 – beperkt zelfredzaam". */
function zrmTable(head: string[], rows: [string, ...number[]][], words = false): string {
  const cell = (n: number) => (words ? `${n} – ${LEVEL[n]}` : String(n));
  const th = head.map((h) => `<th>${h}</th>`).join('');
  const trs = rows.map(([label, ...scores]) => `<tr><td>${label}</td>${scores.map((s) => `<td>${cell(s)}</td>`).join('')}</tr>`).join('\n');
  return `<table class="zrm">
<thead><tr>${th}</tr></thead>
<tbody>
${trs}
</tbody>
</table>`;
}

export const cases: EvalCaseInput[] = [
  // ─────────────────────────────── kop-01: eenzame weduwe in Oost, risico's expliciet afwezig ───────────────────────────────
  {
    id: 'kop-01',
    style: 'kop-alinea',
    html: page(
      { ...CASENET, crumbs: ['Cliënten', 'Dossier WT-2026-0815'], recent: ['WT-2026-0811 – K. Testveld', 'WT-2026-0790 – A. Demo'] },
      `
<h1>Overdrachtsverslag</h1>
<p class="meta">Dossiernummer: WT-2026-0815 · Laatste contact: 12-11-2026 · Wijkcoach: P. Collega</p>
<h2>Cliënt</h2>
<ul>
  <li>Naam: Mevrouw T. Voorbeeld-Oud</li>
  <li>Geboortedatum: 02-03-1945</li>
  <li>Adres: Proeflaan 17, 4817 CE Demostad</li>
  <li>Wijk: Oost</li>
  <li>Woonsituatie: alleenwonend, benedenwoning</li>
</ul>
<h2>Aanleiding</h2>
<p>Melding via de praktijkondersteuner van de huisarts. Mevrouw vertelde op het spreekuur dat ze soms dagen niemand spreekt.</p>
<h2>Situatie</h2>
<p>Mevrouw is sinds anderhalf jaar weduwe. Twee dochters, beiden wonen buiten de regio en bellen wekelijks. Loopt met rollator, doet zelf de kleine boodschappen. Huishoudelijke hulp via de Wmo, twee uur per week.</p>
<h2>Zelfredzaamheid (ZRM)</h2>
${zrmTable(['Leefgebied', 'Score'], [
  ['Financiën', 4],
  ['Dagbesteding', 3],
  ['Huisvesting', 4],
  ['Huiselijke relaties', 4],
  ['Geestelijke gezondheid', 3],
  ['Lichamelijke gezondheid', 3],
  ['Verslaving', 5],
  ['ADL', 4],
  ['Sociaal netwerk', 2],
  ['Maatschappelijke participatie', 3],
  ['Justitie', 5],
])}
<h2>Hulpvraag</h2>
<p>Mevrouw wil graag dat er één keer per week iemand langskomt voor koffie en een praatje. Samen een stukje wandelen in het park vindt ze ook fijn, als het tempo rustig blijft.</p>
<h2>Risico's</h2>
<p>Er is geen sprake van crisis of van geheugenproblemen. Geen financiële zorgen. Mevrouw is helder en wil zelf graag contact.</p>
<h2>Afspraken</h2>
<ol>
  <li>Wijkcoach zoekt een vaste bezoeker of maatje.</li>
  <li>Evaluatie over zes weken.</li>
</ol>`,
    ),
    expect: {
      caseKey: 'WT-2026-0815',
      age: 81,
      gender: 'female',
      postcode4: '4817',
      wijk: 'Oost',
      zrm: {
        finances: 4, daytime_activities: 3, housing: 4, domestic_relations: 4, mental_health: 3,
        physical_health: 3, addiction: 5, adl: 4, social_network: 2, participation: 3, justice: 5,
      },
      needIncludes: ['één keer per week iemand langskomt', 'koffie en een praatje'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['humanitas-maatje-eenzaamheid', 'buren-voor-buren-bezoek'],
      never: ['zuid-helpt-koffieochtend', 'buur-en-co-buurtnetwerk', 'hoogeloon-dagopvang'],
    },
    why: 'Eenzame oudere in Oost met netwerk 2 die wekelijks bezoek wil: het Humanitas-maatje en het wekelijkse buurtbezoek in Oost passen precies; de afwezigheid van crisis en geheugenproblemen geeft geen waarschuwing. Aanbod alleen voor Zuid, West of Hoogeloon valt af op gebied.',
  },

  // ─────────────────────────────── kop-02: post op orde, uitdrukkelijk geen schulden ───────────────────────────────
  {
    id: 'kop-02',
    style: 'kop-alinea',
    html: page(
      { ...WIJKPORTAAL, crumbs: ['Dossiers', 'Cliëntnr. 448120', 'Gespreksverslag'] },
      `
<h1>Gespreksverslag</h1>
<p>Cliëntnr. 448120<br>Dhr. R. Proefpersoon<br>Leeftijd: 58 jaar<br>Steekproefstraat 9, 4821 LM Demostad</p>
<p><em>Gesprek op het wijkpunt, 17-11-2026, met M. Proefcollega.</em></p>
<h2>Aanleiding</h2>
<p>Meneer kwam zelf naar het wijkpunt met een plastic tas vol post. Hij is sinds februari gescheiden; zijn ex-vrouw deed altijd de administratie.</p>
<h2>Vraag van cliënt</h2>
<p>Meneer wil weer grip op zijn post en papieren. Er ligt een stapel ongeopende brieven. Hij wil dat iemand een paar keer met hem de post sorteert en uitlegt hoe hij een ordner bijhoudt, zodat hij het daarna zelf kan.</p>
<h2>ZRM</h2>
${zrmTable(['Leefgebied', 'Score'], [
  ['Financiën', 3],
  ['Dagbesteding', 4],
  ['Huisvesting', 4],
  ['Geestelijke gezondheid', 4],
  ['ADL', 3],
  ['Sociaal netwerk', 4],
])}
<h2>Bijzonderheden</h2>
<p>Schulden zijn er niet: de vaste lasten gaan via automatische incasso en er zijn geen aanmaningen. Geen verslaving, geen crisis. Meneer werkt fulltime bij een transportbedrijf.</p>
<h3>Vervolg</h3>
<ul><li>Aanmelden voor hulp bij de administratie.</li><li>Telefonisch contact over drie weken.</li></ul>`,
    ),
    expect: {
      caseKey: '448120',
      age: 58,
      gender: 'male',
      postcode4: '4821',
      zrm: { finances: 3, daytime_activities: 4, housing: 4, mental_health: 4, adl: 3, social_network: 4 },
      needIncludes: ['grip op zijn post en papieren', 'hoe hij een ordner bijhoudt'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vhd-postwijzer', 'humanitas-thuisadministratie'],
      never: ['humanitas-schuldhulpmaatje'],
    },
    why: 'Een stapel post zonder schulden: de Postwijzer (kort, sorteren en een ordner) en de thuisadministratie passen; "schulden zijn er niet" geeft geen debts-vlag. Het schuldhulpmaatje is vol en past ook niet zonder schulden.',
  },

  // ─────────────────────────────── kop-03: overbelaste mantelzorger, netwerk op ───────────────────────────────
  {
    id: 'kop-03',
    style: 'kop-alinea',
    html: page(
      { ...BUURTTEAM, recent: ['MZ/2026/0088', 'MZ/2026/0091'] },
      `
<h1>Plan van aanpak</h1>
<h2>Gegevens</h2>
<ul>
  <li>Kenmerk: MZ/2026/0093</li>
  <li>Naam: Mevrouw J. Oefening-Bakker</li>
  <li>Geboortejaar: 1952</li>
  <li>Wijk: Zuid (postcode 4822)</li>
  <li>Huishouden: samenwonend met echtgenoot</li>
</ul>
<h2>Situatie</h2>
<p>Meneer (78) heeft de ziekte van Parkinson en sinds dit voorjaar beginnende dementie. Mevrouw zorgt dag en nacht voor hem. Ze slaapt slecht, heeft rugklachten en zegt dat ze "op" is. Wij schatten haar in als overbelast.</p>
<p>Het netwerk is uitgeput: hun enige zoon woont in Canada, haar zus is zelf ziek. Er is verder niemand die kan inspringen.</p>
<h2>ZRM mevrouw</h2>
${zrmTable(['Domein', 'Begin', 'Huidig'], [
  ['Financiën', 4, 4],
  ['Dagbesteding', 3, 3],
  ['Huisvesting', 4, 4],
  ['Huiselijke relaties', 3, 3],
  ['Geestelijke gezondheid', 3, 2],
  ['Lichamelijke gezondheid', 3, 3],
  ['Verslaving', 5, 5],
  ['ADL', 4, 4],
  ['Sociaal netwerk', 3, 2],
  ['Maatschappelijke participatie', 3, 3],
  ['Justitie', 5, 5],
])}
<p><strong>Hulpvraag</strong></p>
<p>Mevrouw wil een vaste middag in de week vrij, zodat ze kan zwemmen of even niets hoeft. Iemand moet dan bij haar man zijn: geen verzorging, wel toezicht en gezelschap. Ze wil ook graag praten met andere mantelzorgers die hetzelfde meemaken.</p>
<h2>Veiligheid</h2>
<p>Geen huiselijk geweld, geen financiële problemen. Wel een reëel risico dat mevrouw als mantelzorger uitvalt. Nieuwe taken of afspraken erbij kan ze nu niet hebben.</p>`,
    ),
    expect: {
      caseKey: 'MZ/2026/0093',
      age: 74,
      gender: 'female',
      postcode4: '4822',
      wijk: 'Zuid',
      zrm: {
        finances: 4, daytime_activities: 3, housing: 4, domestic_relations: 3, mental_health: 2,
        physical_health: 3, addiction: 5, adl: 4, social_network: 2, participation: 3, justice: 5,
      },
      needIncludes: ['vaste middag in de week vrij', 'andere mantelzorgers'],
      flags: ['carer_overburdened', 'no_network'],
      refusals: [],
      wishes: [],
      isCarer: true,
      warnings: ['carer_overburdened', 'long_isolation_supplement'],
      networkPrompt: 'network_exhausted',
      top5: ['vhd-zorgzaam', 'mantelzorg-mantelzorgcafe'],
      never: ['tijd-voor-elkaar-ruilen', 'zonnebloem-aangepaste-vakantie', 'mantelzorg-zorgrooster-familie', 'wehelpen-hulpnetwerk', 'eigen-kracht-conferentie'],
    },
    why: 'Overbelaste mantelzorger van een man met Parkinson en beginnende dementie, netwerk uitgeput: respijt (Zorgzaam) en lotgenoten in het mantelzorgcafé. Niets dat meer vraagt (ruilen in de buurt) of een netwerk veronderstelt dat er niet is (zorgrooster, hulpnetwerk, Eigen Kracht); de vakantieweek is volgeboekt. De huidige ZRM-kolom telt.',
  },

  // ─────────────────────────────── kop-04: nieuwkomer Tigrinya, Al Amal is voor Arabischsprekenden ───────────────────────────────
  {
    id: 'kop-04',
    style: 'kop-alinea',
    html: page(
      { ...CASENET, crumbs: ['Cliënten', 'Intake nieuwkomers'] },
      `
<h1>Gespreksverslag intake</h1>
<p>Registratienummer: 2026-NK-0214</p>
<h2>Persoonsgegevens</h2>
<ul>
  <li>Mevrouw S. Fictief</li>
  <li>geb. 14-02-1997</li>
  <li>Adres: Voorbeeldstraat 4, 4813 AB Demostad</li>
  <li>Taal: Tigrinya; spreekt een paar woorden Nederlands</li>
  <li>Kinderen: zoon (9) en dochter (7), beiden op basisschool De Proeftuin</li>
</ul>
<p>Het gesprek is gevoerd met een telefoontolk Tigrinya. Mevrouw woont sinds zeven maanden met haar man en kinderen in Demostad; de inburgeringscursus is in september gestart.</p>
<h2>Zelfredzaamheid</h2>
${zrmTable(['Domein', 'Score'], [
  ['Financiën', 3],
  ['Dagbesteding', 3],
  ['Huisvesting', 4],
  ['Huiselijke relaties', 4],
  ['Geestelijke gezondheid', 4],
  ['Lichamelijke gezondheid', 4],
  ['Verslaving', 5],
  ['ADL', 4],
  ['Sociaal netwerk', 2],
  ['Maatschappelijke participatie', 2],
  ['Justitie', 5],
], true)}
<h2>Wat wil mevrouw?</h2>
<p>Mevrouw wil Nederlands oefenen in gewone situaties, zoals bij de kassa en bij het oudergesprek op school. Ze kent nog bijna niemand en zou graag andere moeders in de buurt leren kennen.</p>
<h2>Bijzonderheden</h2>
<p>Geen.</p>`,
    ),
    expect: {
      caseKey: '2026-NK-0214',
      age: 29,
      gender: 'female',
      language: 'ti',
      postcode4: '4813',
      zrm: {
        finances: 3, daytime_activities: 3, housing: 4, domestic_relations: 4, mental_health: 4,
        physical_health: 4, addiction: 5, adl: 4, social_network: 2, participation: 2, justice: 5,
      },
      needIncludes: ['Nederlands oefenen in gewone situaties', 'andere moeders in de buurt'],
      flags: ['language_barrier'],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vc-taalmaatje'],
      never: ['al-amal-maatje', 'al-amal-vrouwengroep', 'al-amal-brievenhulp', 'humanitas-gezinsmaatje'],
    },
    why: 'Nieuwkomer die Tigrinya spreekt en Nederlands wil oefenen: het taalmaatje (ook in het Tigrinya) past. De Al Amal-aanbiedingen zijn voor Arabischsprekenden, en het gezinsmaatje vraagt een kind tot en met 6 jaar; haar kinderen zijn 7 en 9.',
  },

  // ─────────────────────────────── kop-05: jongere, wil ouders er niet bij ───────────────────────────────
  {
    id: 'kop-05',
    style: 'kop-alinea',
    html: page(
      { ...WIJKPORTAAL, recent: ['JT-2026-109', 'JT-2026-121'] },
      `
<h2>Casusbespreking jongerenteam</h2>
<h3>Gegevens jongere</h3>
<ul>
  <li>Casus-ID: JT-2026-117</li>
  <li>Naam: D. Testman (meneer)</li>
  <li>Leeftijd: 19 jaar</li>
  <li>Wijk: Noord</li>
  <li>Woont: bij ouders</li>
</ul>
<h3>Achtergrond</h3>
<p>Gestopt met de mbo-opleiding Installatietechniek in het eerste jaar. Slaapt overdag, gamet 's nachts. Heeft geen inkomen behalve wat klusjes voor een oom.</p>
<h3>ZRM (afgenomen 04-11-2026)</h3>
${zrmTable(['Leefgebied', 'Score'], [
  ['Financiën', 3],
  ['Dagbesteding', 2],
  ['Huisvesting', 4],
  ['Huiselijke relaties', 3],
  ['Geestelijke gezondheid', 4],
  ['Lichamelijke gezondheid', 5],
  ['Verslaving', 5],
  ['ADL', 4],
  ['Sociaal netwerk', 3],
  ['Maatschappelijke participatie', 3],
  ['Justitie', 5],
])}
<h3>Hulpvraag</h3>
<p>D. wil weer iets te doen hebben en uit bed komen. Hij denkt aan een opleiding in de techniek of eerst een bijbaan. Hij wil iemand die hem helpt afspraken na te komen en zijn geld beter te beheren.</p>
<h3>Netwerk</h3>
<p>De relatie met zijn ouders is gespannen, maar niet onveilig. D. wil uitdrukkelijk niet dat zijn ouders of andere familie bij de hulp betrokken worden.</p>
<h3>Risico's</h3>
<p>Geen middelengebruik, geen politiecontacten, geen crisis.</p>
<p><small>Besproken in het jongerenoverleg van 18-11-2026 (aanwezig: M. Proefcollega, T. Demo-Jansen).</small></p>`,
    ),
    expect: {
      caseKey: 'JT-2026-117',
      age: 19,
      gender: 'male',
      wijk: 'Noord',
      zrm: {
        finances: 3, daytime_activities: 2, housing: 4, domestic_relations: 3, mental_health: 4,
        physical_health: 5, addiction: 5, adl: 4, social_network: 3, participation: 3, justice: 5,
      },
      needIncludes: ['weer iets te doen hebben', 'afspraken na te komen'],
      flags: [],
      refusals: ['own_network'],
      wishes: [],
      warnings: [],
      networkPrompt: 'network_refused',
      top5: ['juvans-jongerenmaatje'],
      never: ['eigen-kracht-jongeren', 'eigen-kracht-conferentie', 'vhd-netwerkcoach'],
    },
    why: 'Schoolverlater van 19 die structuur, een opleiding of bijbaan en hulp met geld zoekt: het jongerenmaatje past precies. Hij wil zijn familie er niet bij, dus geen Eigen Kracht-conferentie en geen netwerkcoach, hoewel die op papier bij zijn leeftijd passen.',
  },

  // ─────────────────────────────── kop-06: jonge moeder, geen huiselijk geweld ───────────────────────────────
  {
    id: 'kop-06',
    style: 'kop-alinea',
    html: page(
      { ...CASENET, crumbs: ['Cliënten', 'Z-26-03318'] },
      `
<h1>Gespreksverslag</h1>
<table class="kop">
  <tr><td>Zaaknummer</td><td>Z-26-03318</td></tr>
  <tr><td>Datum gesprek</td><td>10-11-2026</td></tr>
</table>
<h2>Over mevrouw</h2>
<p>Mevrouw L. Voorbeeld, geb. 19-12-1998, woont met haar zoon van 2 jaar op Oefenerf 31, 4827 BX (wijk West). Taal: Nederlands. Ze werkt twee ochtenden per week in een bakkerij; haar zoon gaat dan naar de opvang.</p>
<h2>ZRM</h2>
${zrmTable(['Leefgebied', 'Score'], [
  ['Financiën', 3],
  ['Dagbesteding', 3],
  ['Huiselijke relaties', 3],
  ['Geestelijke gezondheid', 4],
  ['Sociaal netwerk', 2],
  ['Maatschappelijke participatie', 3],
])}
<h2>Wat wil mevrouw?</h2>
<p>Mevrouw wil iemand die af en toe meekijkt bij de opvoeding en het dagritme van haar zoon. Ze gaat alleen naar het consultatiebureau en zou het fijn vinden als iemand meegaat.</p>
<p>Ook wil ze andere alleenstaande ouders ontmoeten, want haar vriendinnen hebben nog geen kinderen.</p>
<h2>Risico's</h2>
<p>Er is geen sprake van huiselijk geweld. De vader van het kind is uit beeld; er is geen contact en geen dreiging. Geen schulden, wel een krap budget.</p>`,
    ),
    expect: {
      caseKey: 'Z-26-03318',
      age: 27,
      gender: 'female',
      language: 'nl',
      postcode4: '4827',
      wijk: 'West',
      zrm: { finances: 3, daytime_activities: 3, domestic_relations: 3, mental_health: 4, social_network: 2, participation: 3 },
      needIncludes: ['meekijkt bij de opvoeding', 'andere alleenstaande ouders ontmoeten'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['humanitas-gezinsmaatje', 'zelfhulp-alleenstaande-ouders'],
      never: ['mee-oudercontact', 'al-amal-vrouwengroep'],
    },
    why: 'Alleenstaande moeder van een tweejarige die opvoedsteun en contact met andere alleenstaande ouders zoekt: gezinsmaatje (kind tot 6, geen geweld) en de ontmoetingsgroep passen. De oudercontactgroep is voor een kind met een beperking, de vrouwengroep van Al Amal voor Arabischsprekende vrouwen.',
  },

  // ─────────────────────────────── kop-07: ziekenhuisbegeleiding, 68 jaar in Centrum, geen ZRM ───────────────────────────────
  {
    id: 'kop-07',
    style: 'kop-alinea',
    html: page(
      { ...BUURTTEAM, recent: ['2026-1139', '2026-1147', '2026-1101'] },
      `
<h1>Gespreksverslag (telefonisch)</h1>
<p><strong>Dossiernr. 2026-1142</strong> — Dhr. H. Demo</p>
<h2>Personalia</h2>
<ul>
  <li>Leeftijd: 68 jaar</li>
  <li>Adres: Nepgracht 2, 4811 AK Demostad</li>
  <li>Wijk: Centrum</li>
</ul>
<h2>Situatie</h2>
<p>Meneer heeft chronische nierschade en staat onder controle bij de nefroloog. Zijn vrouw is vorig jaar overleden; zij reed altijd. Hij loopt met een stok, kan zelf in en uit een auto stappen en gebruikt geen rolstoel. Verpleegkundige hulp is niet nodig.</p>
<h2>Hulpvraag</h2>
<p>Meneer moet elke zes weken naar het ziekenhuis voor controle en in december voor een onderzoek. Hij heeft geen auto meer en durft niet alleen met de bus. Hij zoekt iemand die hem brengt, meeloopt naar de poli en weer thuisbrengt.</p>
<h2>Risico's</h2>
<p>Geen.</p>
<p class="signature">Genoteerd door R. Teamlid, 19-11-2026.</p>`,
    ),
    expect: {
      caseKey: '2026-1142',
      age: 68,
      gender: 'male',
      postcode4: '4811',
      wijk: 'Centrum',
      zrm: {},
      needIncludes: ['meeloopt naar de poli', 'weer thuisbrengt'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vhd-ziekenhuisbegeleiding'],
      never: ['even-buurten-buurtgenoot', 'bijspringer-buurthulp', 'rodekruis-rolstoelvervoer', 'hoogeloon-dorpsondersteuning'],
    },
    why: 'Vervoer en begeleiding naar de poli voor iemand die zelf in een auto kan stappen: de ziekenhuisbegeleiding past. Even Buurten is voor 70-plussers en niet in Centrum, Bijspringers alleen in Noord en West, de dorpsondersteuning alleen in Hoogeloon, en de rolstoelbus is voor wie in een rolstoel zit.',
  },

  // ─────────────────────────────── kop-08: herstel na verslaving, geen actief gebruik ───────────────────────────────
  {
    id: 'kop-08',
    style: 'kop-alinea',
    html: page(
      { ...CASENET, crumbs: ['Cliënten', 'C-0077412'], recent: ['C-0077398', 'C-0077420'] },
      `
<h1>Overdrachtsverslag</h1>
<p>Overdracht van het verslavingszorgteam naar het wijkteam.</p>
<h2>Cliënt</h2>
<ul>
  <li>Cliëntnummer: C-0077412</li>
  <li>Dhr. M. Proefmans</li>
  <li>geb. 11-08-1982</li>
  <li>Postcode: 4818</li>
</ul>
<h2>Voorgeschiedenis</h2>
<p>Jarenlang alcoholafhankelijk. Meneer is in juli ontslagen uit de verslavingskliniek na een opname van drie maanden. Nazorg bij de verslavingszorg loopt tot het voorjaar.</p>
<h2>ZRM</h2>
${zrmTable(['Domein', 'Begin', 'Huidig'], [
  ['Financiën', 3, 3],
  ['Dagbesteding', 2, 2],
  ['Huisvesting', 3, 4],
  ['Huiselijke relaties', 3, 3],
  ['Geestelijke gezondheid', 3, 3],
  ['Lichamelijke gezondheid', 3, 4],
  ['Verslaving', 2, 3],
  ['ADL', 4, 4],
  ['Sociaal netwerk', 2, 2],
  ['Maatschappelijke participatie', 3, 3],
  ['Justitie', 5, 5],
])}
<h2>Hulpvraag</h2>
<p>Meneer wil nuchter blijven en zoekt iemand die het zelf heeft meegemaakt. Hij wil een nieuwe dagstructuur opbouwen en contacten buiten het oude circuit.</p>
<h2>Risico's</h2>
<p>Meneer drinkt sinds de opname niet meer; er is geen sprake van actief gebruik. Geen huiselijk geweld. Geen schulden: het budgetbeheer is in oktober afgesloten.</p>
<h3>Contactmomenten</h3>
<table class="contacten">
<thead><tr><th>Datum</th><th>Soort</th><th>Medewerker</th></tr></thead>
<tbody>
<tr><td>02-10-2026</td><td>Warme overdracht kliniek</td><td>S. Collega</td></tr>
<tr><td>06-11-2026</td><td>Huisbezoek</td><td>S. Collega</td></tr>
</tbody>
</table>`,
    ),
    expect: {
      caseKey: 'C-0077412',
      age: 44,
      gender: 'male',
      postcode4: '4818',
      zrm: {
        finances: 3, daytime_activities: 2, housing: 4, domestic_relations: 3, mental_health: 3,
        physical_health: 4, addiction: 3, adl: 4, social_network: 2, participation: 3, justice: 5,
      },
      needIncludes: ['nuchter blijven', 'nieuwe dagstructuur opbouwen'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['ismes-herstelmaatje', 'ismes-herstelinloop'],
      never: ['zelfhulp-naasten-verslaving'],
    },
    why: 'Net gestopt na een klinische opname en wil nuchter blijven met iemand die het zelf kent: het herstelmaatje en de herstelinloop zijn ervoor gemaakt. Geen actief gebruik, dus geen vlag; de groep voor naasten is niet voor de persoon zelf.',
  },

  // ─────────────────────────────── kop-09: psychiatrische kwetsbaarheid, geen groep ───────────────────────────────
  {
    id: 'kop-09',
    style: 'kop-alinea',
    html: page(
      { ...WIJKPORTAAL, crumbs: ['Dossiers', 'GGZW-2026-051', 'Plan van aanpak'] },
      `
<h1>Plan van aanpak</h1>
<p>Kenmerk: GGZW-2026-051 · Opgesteld door M. Proefcollega in overleg met het FACT-team</p>
<h2>Cliënt</h2>
<ul>
  <li>Naam: Mevrouw K. Casus-Smit</li>
  <li>Geslacht: vrouw</li>
  <li>Leeftijd: 36</li>
  <li>Woonplaats: Demostad, 4824 (Zuid)</li>
</ul>
<h2>Situatie</h2>
<p>Mevrouw heeft schizofrenie en woont zelfstandig. Ze wordt begeleid door het FACT-team; haar ambulant begeleider is bereikbaar en wil betrokken blijven. Ze is stabiel op medicatie, de laatste opname was in 2023. Er is een signaleringsplan.</p>
<h2>ZRM</h2>
${zrmTable(['Leefgebied', 'Score'], [
  ['Financiën', 3],
  ['Dagbesteding', 2],
  ['Huisvesting', 4],
  ['Huiselijke relaties', 4],
  ['Geestelijke gezondheid', 2],
  ['Lichamelijke gezondheid', 4],
  ['Verslaving', 5],
  ['ADL', 3],
  ['Sociaal netwerk', 2],
  ['Maatschappelijke participatie', 2],
  ['Justitie', 5],
], true)}
<h2>Doel</h2>
<p>Mevrouw wil weer ergens bij horen en iets doen met dieren, bijvoorbeeld vrijwilligerswerk op de kinderboerderij. Ze zoekt iemand die de eerste keren met haar meegaat en daarna af en toe contact houdt.</p>
<p>Groepen wil ze niet: geen lotgenotengroep en geen inloop, want in een groep raakt ze overprikkeld.</p>
<h2>Risico's</h2>
<p>Op dit moment geen acute psychose of crisis. Bij signalen van terugval schakelt de begeleider het FACT-team in.</p>`,
    ),
    expect: {
      caseKey: 'GGZW-2026-051',
      age: 36,
      gender: 'female',
      postcode4: '4824',
      wijk: 'Zuid',
      zrm: {
        finances: 3, daytime_activities: 2, housing: 4, domestic_relations: 4, mental_health: 2,
        physical_health: 4, addiction: 5, adl: 3, social_network: 2, participation: 2, justice: 5,
      },
      needIncludes: ['weer ergens bij horen', 'eerste keren met haar meegaat'],
      flags: ['psychiatric'],
      refusals: ['group'],
      wishes: [],
      warnings: ['psychiatric_specialised'],
      networkPrompt: 'ask_network',
      top5: ['kwartiermaken-maatje-meedoen', 'buddyhulp-buddy'],
      never: ['buddyhulp-ggz-buddy', 'humanitas-maatje-eenzaamheid', 'door-en-voor-herstelgroep', 'zelfhulp-depressie-angst', 'kwartiermaken-vriendendienst'],
    },
    why: 'Stabiele schizofrenie met een betrokken FACT-begeleider: een getraind maatje voor complexe situaties dat meegaat naar een plek (Kwartiermaken) of de Buddyhulp-buddy. De GGZ-buddy is vol, het Humanitas-maatje sluit ernstige psychiatrie uit, en groepen en inloop wijst ze zelf af.',
  },

  // ─────────────────────────────── kop-10: LVB, 24 jaar, te oud voor jongerenaanbod ───────────────────────────────
  {
    id: 'kop-10',
    style: 'kop-alinea',
    html: page(
      { ...BUURTTEAM },
      `
<h1>Overdrachtsverslag</h1>
<h2>Algemeen</h2>
<ul>
  <li>Dossiernr.: 26/0571</li>
  <li>Cliënt: Dhr. T. Oefenaar</li>
  <li>Geboortedatum: 05-11-2002</li>
  <li>Adres: Testakker 8b, 4828 RS, wijk West</li>
  <li>Bijzonderheden: licht verstandelijke beperking; een consulent van MEE is betrokken en blijft aanspreekpunt</li>
</ul>
<h2>Situatie</h2>
<p>T. woont sinds een jaar zelfstandig in een studio en werkt vier ochtenden bij een groenvoorziening. De middagen en weekenden zit hij veel alleen achter de computer.</p>
<h2>ZRM</h2>
${zrmTable(['Leefgebied', 'Score'], [
  ['Financiën', 3],
  ['Dagbesteding', 2],
  ['Geestelijke gezondheid', 4],
  ['ADL', 3],
  ['Sociaal netwerk', 2],
  ['Maatschappelijke participatie', 3],
])}
<h2>Vraag van cliënt</h2>
<p>T. wil vrienden maken en in het weekend iets leuks doen, zoals samen sporten of naar de film. Hij wil leren zelf met de bus naar een club te gaan.</p>
<h2>Veiligheid</h2>
<p>T. is niet agressief en er is geen probleemgedrag. Geen middelengebruik.</p>`,
    ),
    expect: {
      caseKey: '26/0571',
      age: 24,
      gender: 'male',
      postcode4: '4828',
      wijk: 'West',
      zrm: { finances: 3, daytime_activities: 2, mental_health: 4, adl: 3, social_network: 2, participation: 3 },
      needIncludes: ['vrienden maken', 'samen sporten of naar de film'],
      flags: ['learning_disability'],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['mee-vrijetijdsmaatje'],
      never: ['juvans-jongerenmaatje', 'handjehelpen-kindmaatje'],
    },
    why: 'Jongvolwassene met een LVB die vrije tijd en vrienden zoekt, MEE blijft betrokken: het vrijetijdsmaatje van MEE is ervoor gemaakt. Het jongerenmaatje (tot 23) en het kindmaatje (tot 23) vallen af op leeftijd; "niet agressief" en "geen middelengebruik" geven geen vlag.',
  },

  // ─────────────────────────────── kop-11: Hoogeloon, klusjes, aanbod voor Demostad valt af ───────────────────────────────
  {
    id: 'kop-11',
    style: 'kop-alinea',
    html: page(
      { ...CASENET, crumbs: ['Cliënten', 'Hoogeloon'], recent: ['HL-0029', 'HL-0031'] },
      `
<h1>Gespreksverslag huisbezoek</h1>
<p>Registratienummer: HL-0032<br>Huisbezoek 16-11-2026, A. Dorpscoach</p>
<h2>Cliënt en woonsituatie</h2>
<p>Mevrouw A. Testhoeve (79) woont alleen in een vrijstaand huis met tuin aan de Proefdreef 3, 5528 KT Hoogeloon. Wijk/kern: Hoogeloon. Haar man is drie jaar geleden overleden. Ze fietst niet meer sinds een val in het voorjaar.</p>
<h2>ZRM</h2>
${zrmTable(['Leefgebied', 'Score'], [
  ['Financiën', 4],
  ['Huisvesting', 3],
  ['Lichamelijke gezondheid', 3],
  ['ADL', 3],
  ['Sociaal netwerk', 4],
])}
<h2>Hulpvraag</h2>
<p>Mevrouw wil in haar eigen huis blijven wonen. Ze zoekt iemand die de heg knipt en de tuin een beetje bijhoudt, en af en toe een lamp vervangt. De zware boodschappen, zoals water en kattenbakkorrels, zou ze graag laten meenemen.</p>
<h2>Bijzonderheden</h2>
<p>Geen zorgen over veiligheid. Mevrouw betaalt graag een kleine bijdrage.</p>`,
    ),
    expect: {
      caseKey: 'HL-0032',
      age: 79,
      gender: 'female',
      postcode4: '5528',
      wijk: 'Hoogeloon',
      zrm: { finances: 4, housing: 3, physical_health: 3, adl: 3, social_network: 4 },
      needIncludes: ['in haar eigen huis blijven wonen', 'de heg knipt'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['hoogeloon-dorpsondersteuning'],
      never: ['vhd-klussendienst', 'present-praktische-klus', 'zuid-helpt-boodschappen-en-klusjes', 'rodekruis-boodschappenhulp'],
    },
    why: 'Oudere in Hoogeloon met klusjes en zware boodschappen: de dorpsondersteuning door dorpsgenoten past. De klussendienst werkt alleen in Demostad, Present en de Rode Kruis-boodschappenhulp in Demostad en de dorpen 4830–4859, Zuid Helpt alleen in Zuid; 5528 valt overal buiten.',
  },

  // ─────────────────────────────── kop-12: belastingaangifte in januari (seizoen open) ───────────────────────────────
  {
    id: 'kop-12',
    style: 'kop-alinea',
    now: '2027-01-12T10:00:00+01:00',
    html: page(
      { ...WIJKPORTAAL, crumbs: ['Dossiers', '2027-00041'] },
      `
<h1>Gespreksverslag</h1>
<p>Zaaknummer: 2027-00041 · Spreekuur wijkpunt Oost, 12-01-2027</p>
<h2>Cliënt</h2>
<p>Dhr. W. Probeer, geb. 20-09-1954. Adres: Mockuplaan 66, 4819 ZB Demostad, wijk Oost. Weduwnaar, AOW en een klein pensioen.</p>
<h2>Hulpvraag</h2>
<p>Meneer wil hulp bij de aangifte inkomstenbelasting over 2026 en wil laten nakijken of zijn huurtoeslag en zorgtoeslag kloppen. DigiD heeft hij, maar hij durft niet alleen in te loggen.</p>
<h2>Risico's</h2>
<p>Geen schulden en geen betalingsachterstanden. Verder geen bijzonderheden.</p>
<h3>Afspraak</h3>
<p>Wijkcoach meldt meneer aan; meneer neemt zijn jaaropgaven mee.</p>`,
    ),
    expect: {
      caseKey: '2027-00041',
      age: 72,
      gender: 'male',
      postcode4: '4819',
      wijk: 'Oost',
      zrm: {},
      needIncludes: ['aangifte inkomstenbelasting', 'huurtoeslag en zorgtoeslag kloppen'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vhd-belastingaangifte', 'vhd-administratieve-ondersteuning'],
      never: [],
    },
    why: 'In januari vraagt een gepensioneerde met DigiD hulp bij de aangifte en de toeslagen: de belastingaangiftehulp loopt tot 1 april en hoort bovenaan, de administratieve ondersteuning voor de toeslagen ernaast.',
  },

  // ─────────────────────────────── kop-13: belastingvraag in juni (seizoen dicht) ───────────────────────────────
  {
    id: 'kop-13',
    style: 'kop-alinea',
    now: '2026-06-16T09:30:00+02:00',
    html: page(
      { ...BUURTTEAM, recent: ['WT26-0611', 'WT26-0598'] },
      `
<h1>Gespreksverslag</h1>
<h2>Gegevens</h2>
<ul>
  <li>Casusnummer: WT26-0620</li>
  <li>Mevrouw N. Proef</li>
  <li>geb. 22-09-1960</li>
  <li>Demopad 12, 4814 HG, Noord</li>
</ul>
<h2>ZRM</h2>
${zrmTable(['Leefgebied', 'Score'], [
  ['Financiën', 3],
  ['Dagbesteding', 4],
  ['Huisvesting', 4],
  ['Huiselijke relaties', 4],
  ['Geestelijke gezondheid', 4],
  ['Lichamelijke gezondheid', 3],
  ['Verslaving', 5],
  ['ADL', 4],
  ['Sociaal netwerk', 4],
  ['Maatschappelijke participatie', 3],
  ['Justitie', 5],
])}
<h2>Hulpvraag</h2>
<p>Mevrouw heeft een brief van de Belastingdienst gekregen: de aangifte over 2025 is nog niet binnen. Ze wil hulp bij het invullen en bij het aanvragen van huurtoeslag.</p>
<h2>Bijzonderheden</h2>
<p>Mevrouw is sinds een half jaar met vroegpensioen. Geen schulden.</p>`,
    ),
    expect: {
      caseKey: 'WT26-0620',
      age: 65,
      gender: 'female',
      postcode4: '4814',
      wijk: 'Noord',
      zrm: {
        finances: 3, daytime_activities: 4, housing: 4, domestic_relations: 4, mental_health: 4,
        physical_health: 3, addiction: 5, adl: 4, social_network: 4, participation: 3, justice: 5,
      },
      needIncludes: ['aangifte over 2025', 'aanvragen van huurtoeslag'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vhd-administratieve-ondersteuning'],
      never: ['vhd-belastingaangifte'],
    },
    why: 'In juni is het aangifteseizoen van de belastinghulp voorbij (tot 1 april), dus die valt af ondanks de woorden; de administratieve ondersteuning helpt met de Belastingdienst en de huurtoeslag.',
  },

  // ─────────────────────────────── kop-14: moeder van een verslaafde zoon (iemand anders) ───────────────────────────────
  {
    id: 'kop-14',
    style: 'kop-alinea',
    html: page(
      { ...CASENET, crumbs: ['Cliënten', 'Z-26-04410'] },
      `
<h1>Gespreksverslag</h1>
<p>Zaaknummer: Z-26-04410</p>
<h2>Wie</h2>
<p>Mevr. B. Voorbeeldt, Leeftijd: 57 jaar, woont in wijk Oost met haar zoon.</p>
<h2>Situatie</h2>
<p>Haar zoon (26) woont bij mevrouw in en gebruikt dagelijks cocaïne en alcohol. Hij wil zelf geen hulp. Mevrouw drinkt niet en gebruikt niets. Ze ligt er 's nachts wakker van en schaamt zich tegenover haar collega's.</p>
<p><strong>Wat wil mevrouw?</strong></p>
<p>Mevrouw wil leren grenzen te stellen aan haar zoon zonder het contact te verliezen. Ze wil praten met andere ouders die hetzelfde meemaken.</p>
<h2>Risico's</h2>
<p>Er is geen sprake van geweld; de zoon is niet agressief naar mevrouw, wel onrustig 's nachts. Geen schulden.</p>`,
    ),
    expect: {
      caseKey: 'Z-26-04410',
      age: 57,
      gender: 'female',
      wijk: 'Oost',
      zrm: {},
      needIncludes: ['grenzen te stellen aan haar zoon', 'andere ouders die hetzelfde meemaken'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['zelfhulp-naasten-verslaving'],
      never: ['zelfhulp-verslaving', 'ismes-herstelmaatje', 'ismes-herstelinloop'],
    },
    why: 'De verslaving is van de zoon, niet van mevrouw: zij krijgt geen verslavingsvlag en de groep voor naasten past. Aanbod voor wie zelf wil stoppen of herstellen (zelfhulpgroep, herstelmaatje, herstelinloop) is niet voor haar.',
  },

  // ─────────────────────────────── kop-15: vader van een kind met autisme (iemand anders) ───────────────────────────────
  {
    id: 'kop-15',
    style: 'kop-alinea',
    html: page(
      { ...WIJKPORTAAL, recent: ['513360', '513391'] },
      `
<h1>Overdrachtsverslag</h1>
<h2>Gegevens ouder</h2>
<ul>
  <li>Cliëntnr.: 513377</li>
  <li>Naam: Dhr. P. Fictief</li>
  <li>Geslacht: man</li>
  <li>geb. 30-01-1984</li>
  <li>Postcode: 4825 (West)</li>
</ul>
<h2>Gezin</h2>
<p>Meneer en zijn vrouw hebben twee kinderen. Bij zoon Daan (9) is autisme vastgesteld; er is geen verstandelijke beperking. Daan zit op speciaal basisonderwijs. Beide ouders werken, de weekenden zijn zwaar.</p>
<h2>ZRM vader</h2>
${zrmTable(['Leefgebied', 'Score'], [
  ['Financiën', 4],
  ['Dagbesteding', 4],
  ['Huisvesting', 4],
  ['Huiselijke relaties', 3],
  ['Geestelijke gezondheid', 3],
  ['Lichamelijke gezondheid', 4],
  ['Verslaving', 5],
  ['ADL', 4],
  ['Sociaal netwerk', 3],
  ['Maatschappelijke participatie', 4],
  ['Justitie', 5],
])}
<h2>Hulpvraag</h2>
<p>Vader wil dat Daan een vast maatje krijgt om buiten de deur iets leuks mee te doen, zoals zwemmen of naar de kinderboerderij. Daarnaast zoekt hij contact met andere ouders van een kind met autisme.</p>
<h2>Bijzonderheden</h2>
<p>Daan heeft geen ernstig probleemgedrag; hij raakt wel snel overprikkeld in drukte.</p>`,
    ),
    expect: {
      caseKey: '513377',
      age: 42,
      gender: 'male',
      postcode4: '4825',
      wijk: 'West',
      zrm: {
        finances: 4, daytime_activities: 4, housing: 4, domestic_relations: 3, mental_health: 3,
        physical_health: 4, addiction: 5, adl: 4, social_network: 3, participation: 4, justice: 5,
      },
      needIncludes: ['vast maatje krijgt', 'andere ouders van een kind met autisme'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['handjehelpen-kindmaatje', 'mee-oudercontact'],
      never: ['mee-vrijetijdsmaatje'],
    },
    why: 'De vraag gaat over de zoon van 9 met autisme: het kindmaatje (4–23, voor het kind, ouders krijgen lucht) en de oudercontactgroep passen; de leeftijdsgrens van het kindmaatje geldt het kind, niet de vader. Het MEE-vrijetijdsmaatje vraagt een verstandelijke beperking en begint bij 12.',
  },

  // ─────────────────────────────── kop-16: schulden en schaamte, niemand mag het weten ───────────────────────────────
  {
    id: 'kop-16',
    style: 'kop-alinea',
    html: page(
      { ...BUURTTEAM, recent: ['FIN-2026-0281', 'FIN-2026-0290'] },
      `
<h1>Plan van aanpak</h1>
<p>Kenmerk: FIN-2026-0288<br>Regievoerder: R. Teamlid · schuldhulpverlener: K. Demo-Visser</p>
<h2>Cliënt</h2>
<ul>
  <li>Mevrouw E. Demo-Kaya</li>
  <li>Geboortejaar 1985</li>
  <li>Postcode 4826</li>
  <li>Huishouden: alleenstaand met twee kinderen (10 en 13)</li>
</ul>
<h2>Financiële situatie</h2>
<p>Schulden van ongeveer € 14.000 bij de zorgverzekeraar, het energiebedrijf en de Belastingdienst. De aanmelding bij de schuldhulpverlening is rond en de stabilisatiefase loopt. Er dreigt op dit moment geen afsluiting of uitzetting.</p>
<h2>ZRM</h2>
${zrmTable(['Leefgebied', 'Score'], [
  ['Financiën', 2],
  ['Dagbesteding', 3],
  ['Huisvesting', 4],
  ['Huiselijke relaties', 4],
  ['Geestelijke gezondheid', 3],
  ['Lichamelijke gezondheid', 4],
  ['Verslaving', 5],
  ['ADL', 4],
  ['Sociaal netwerk', 3],
  ['Maatschappelijke participatie', 3],
  ['Justitie', 5],
], true)}
<h2>Hulpvraag</h2>
<p>Mevrouw wil leren rondkomen van haar budget en overzicht houden over post en rekeningen, zodat er geen nieuwe schulden bijkomen.</p>
<h2>Wensen en grenzen</h2>
<p>Mevrouw schaamt zich. Haar familie en de buren mogen er niets van weten; hulp van mensen uit de buurt wil ze niet. Alleen iemand die ze niet kent en die vertrouwelijk met haar gegevens omgaat.</p>
<h2>Risico's</h2>
<p>Geen huiselijk geweld, geen verslaving.</p>`,
    ),
    expect: {
      caseKey: 'FIN-2026-0288',
      age: 41,
      gender: 'female',
      postcode4: '4826',
      zrm: {
        finances: 2, daytime_activities: 3, housing: 4, domestic_relations: 4, mental_health: 3,
        physical_health: 4, addiction: 5, adl: 4, social_network: 3, participation: 3, justice: 5,
      },
      needIncludes: ['leren rondkomen van haar budget', 'geen nieuwe schulden bijkomen'],
      flags: ['debts'],
      refusals: ['own_network', 'neighbours'],
      wishes: ['anonymous'],
      warnings: ['debts_anonymous'],
      networkPrompt: 'network_refused',
      top5: ['vhd-budgetcoaching', 'humanitas-thuisadministratie'],
      never: ['humanitas-schuldhulpmaatje', 'buur-en-co-buurtnetwerk', 'nlvoorelkaar-hulpvraag', 'wehelpen-hulp-in-de-buurt', 'vhd-netwerkcoach', 'eigen-kracht-conferentie'],
    },
    why: 'Schulden met schaamte, schuldhulp loopt en er is geen acute crisis: een anonieme, getrainde budgetcoach of thuisadministratie (vrijwilliger niet uit de buurt). Familie en buren mogen het niet weten, dus geen buurtnetwerk, buurtplatforms, netwerkcoach of Eigen Kracht; het schuldhulpmaatje is vol.',
  },

  // ─────────────────────────────── kop-17: geen vrijwilliger thuis, netwerk is er niet ───────────────────────────────
  {
    id: 'kop-17',
    style: 'kop-alinea',
    html: page(
      { ...CASENET, crumbs: ['Cliënten', 'WT-2026-0902'], recent: ['WT-2026-0815', 'WT-2026-0899'] },
      `
<h1>Gespreksverslag</h1>
<p>Dossiernummer: WT-2026-0902 · Huisbezoek 09-11-2026 · P. Collega</p>
<h2>Cliënt</h2>
<ul>
  <li>Dhr. J. Testpersoon</li>
  <li>Leeftijd: 66</li>
  <li>Adres: Nepstraat 40, 4813 KL Demostad (Noord)</li>
</ul>
<h2>Situatie</h2>
<p>Meneer heeft COPD, loopt korte stukjes en gebruikt een scootmobiel. Zijn ouders en zijn enige broer zijn overleden, kinderen heeft hij niet, oud-collega's zijn uit beeld. Er is niemand die hij kan bellen.</p>
<h2>ZRM</h2>
${zrmTable(['Leefgebied', 'Score'], [
  ['Financiën', 4],
  ['Dagbesteding', 2],
  ['Huisvesting', 4],
  ['Huiselijke relaties', 4],
  ['Geestelijke gezondheid', 3],
  ['Lichamelijke gezondheid', 3],
  ['Verslaving', 5],
  ['ADL', 4],
  ['Sociaal netwerk', 2],
  ['Maatschappelijke participatie', 3],
  ['Justitie', 5],
])}
<h2>Hulpvraag</h2>
<p>Meneer wil onder de mensen komen, het liefst ergens waar hij zonder afspraak binnen kan lopen voor een kop koffie. Af en toe samen eten lijkt hem ook wel wat.</p>
<p>Hij wil uitdrukkelijk geen vrijwilliger bij hem thuis: "mijn huis is mijn huis".</p>
<h2>Risico's</h2>
<p>Geen crisis, geen verslaving, geen schulden.</p>`,
    ),
    expect: {
      caseKey: 'WT-2026-0902',
      age: 66,
      gender: 'male',
      postcode4: '4813',
      wijk: 'Noord',
      zrm: {
        finances: 4, daytime_activities: 2, housing: 4, domestic_relations: 4, mental_health: 3,
        physical_health: 3, addiction: 5, adl: 4, social_network: 2, participation: 3, justice: 5,
      },
      needIncludes: ['onder de mensen komen', 'zonder afspraak binnen kan lopen'],
      flags: ['no_network'],
      refusals: ['home_visits'],
      wishes: [],
      warnings: ['long_isolation_supplement'],
      networkPrompt: 'network_exhausted',
      top5: ['vitras-huiskamer', 'vitras-samen-eten'],
      never: ['zonnebloem-huisbezoek', 'handjehelpen-vaste-vrijwilliger', 'buren-voor-buren-bezoek', 'even-buurten-buurtgenoot'],
    },
    why: 'Geïsoleerde man zonder netwerk die een inloop en samen eten wil, maar niemand over de vloer: de huiskamer in de wijk en samen eten passen. Huisbezoek (Zonnebloem, Handjehelpen) weigert hij; het buurtbezoek is bovendien alleen in Oost en Even Buurten is voor 70-plussers.',
  },

  // ─────────────────────────────── kop-18: Arabischsprekende statushouder, wil een man als maatje ───────────────────────────────
  {
    id: 'kop-18',
    style: 'kop-alinea',
    html: page(
      { ...WIJKPORTAAL, crumbs: ['Dossiers', 'NK-2026-0311'] },
      `
<h2>Gespreksverslag kennismaking</h2>
<h3>Gegevens</h3>
<ul>
  <li>Casus-ID: NK-2026-0311</li>
  <li>Dhr. S. Voorbeeld</li>
  <li>Leeftijd: 45 jaar</li>
  <li>Taal: Arabisch (spreekt nog weinig Nederlands)</li>
  <li>Adres: Schijnweg 5, 4823 TT Demostad, wijk Zuid</li>
</ul>
<h3>Situatie</h3>
<p>Statushouder uit Syrië, sinds september in een eigen woning. Zijn vrouw en drie kinderen komen via gezinshereniging naar verwachting in het voorjaar. De inburgering is gestart. Gesprek gevoerd met een tolk Arabisch.</p>
<h3>Hulpvraag</h3>
<p>Meneer wil wegwijs worden in Demostad: waar is de huisarts, hoe werkt de school straks voor de kinderen. Hij wil Nederlands oefenen en begrijpen wat er in brieven van instanties staat.</p>
<p>Meneer heeft liever een mannelijke vrijwilliger.</p>
<h3>Bijzonderheden</h3>
<p>Geen.</p>`,
    ),
    expect: {
      caseKey: 'NK-2026-0311',
      age: 45,
      gender: 'male',
      language: 'ar',
      postcode4: '4823',
      wijk: 'Zuid',
      zrm: {},
      needIncludes: ['wegwijs worden in Demostad', 'Nederlands oefenen'],
      flags: ['language_barrier'],
      refusals: [],
      wishes: ['same_gender_volunteer'],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['al-amal-maatje', 'vc-taalmaatje'],
      never: ['al-amal-vrouwengroep'],
    },
    why: 'Arabischsprekende nieuwkomer die wegwijs wil worden en Nederlands wil oefenen: het Al Amal-maatje (Arabisch, maatje van hetzelfde geslacht mogelijk) en het taalmaatje passen. De ontmoetingsgroep van Al Amal is alleen voor vrouwen.',
  },

  // ─────────────────────────────── kop-19: huiselijk geweld, onveilig netwerk ───────────────────────────────
  {
    id: 'kop-19',
    style: 'kop-alinea',
    html: page(
      { ...BUURTTEAM },
      `
<h1>Plan van aanpak</h1>
<h2>Algemeen</h2>
<p>Zaaknr: VT-26-0190 · Mevrouw D. Casus · geb. 07-07-1988 · Tijdelijk adres: Proefhof 1, 4815 PR, wijk Noord (niet delen met familie)</p>
<h2>Situatie</h2>
<p>Mevrouw is in augustus met haar dochter (4) bij haar partner weggegaan na langdurig huiselijk geweld. Veilig Thuis is betrokken, er is een veiligheidsplan en een contactverbod.</p>
<p>De familie van de ex-partner woont in dezelfde wijk en zoekt contact; ook haar eigen moeder staat aan zijn kant. Het netwerk is onveilig.</p>
<h2>ZRM</h2>
${zrmTable(['Domein', 'Score'], [
  ['Financiën', 3],
  ['Dagbesteding', 3],
  ['Huisvesting', 3],
  ['Huiselijke relaties', 2],
  ['Geestelijke gezondheid', 3],
  ['Lichamelijke gezondheid', 4],
  ['Verslaving', 5],
  ['ADL', 4],
  ['Sociaal netwerk', 2],
  ['Maatschappelijke participatie', 3],
  ['Justitie', 4],
])}
<h2>Wat wil mevrouw?</h2>
<p>Mevrouw wil iemand buiten haar eigen kring bij wie ze af en toe haar verhaal kwijt kan. Ze wil weer onder de mensen komen, op plekken waar de familie van haar ex niet komt.</p>
<h2>Veiligheid</h2>
<p>Huiselijk geweld door de ex-partner; het veiligheidsplan loopt via Veilig Thuis. Het adres wordt niet gedeeld met familie of buren.</p>`,
    ),
    expect: {
      caseKey: 'VT-26-0190',
      age: 38,
      gender: 'female',
      postcode4: '4815',
      wijk: 'Noord',
      zrm: {
        finances: 3, daytime_activities: 3, housing: 3, domestic_relations: 2, mental_health: 3,
        physical_health: 4, addiction: 5, adl: 4, social_network: 2, participation: 3, justice: 4,
      },
      needIncludes: ['iemand buiten haar eigen kring', 'haar verhaal kwijt kan'],
      flags: ['domestic_violence', 'unsafe_network'],
      refusals: [],
      wishes: [],
      warnings: ['unsafe_network'],
      networkPrompt: 'network_unsafe',
      top5: ['humanitas-maatje-eenzaamheid'],
      never: ['humanitas-gezinsmaatje', 'vhd-netwerkcoach', 'eigen-kracht-conferentie', 'wehelpen-hulpnetwerk', 'nlvoorelkaar-hulpvraag', 'tijd-voor-elkaar-ruilen'],
    },
    why: 'Huiselijk geweld en een onveilig netwerk: een getraind, gescreend maatje van buiten haar kring past; niets met het eigen netwerk of buren (netwerkcoach, Eigen Kracht, hulpnetwerk, buurtplatforms). Het gezinsmaatje zou bij een kind van 4 passen, maar sluit huiselijk geweld uit.',
  },

  // ─────────────────────────────── kop-20: acute crisis, ontruiming ───────────────────────────────
  {
    id: 'kop-20',
    style: 'kop-alinea',
    html: page(
      { ...CASENET, crumbs: ['Cliënten', '700215'], recent: ['700198', '700224'] },
      `
<h1>Gespreksverslag</h1>
<p>Cliëntnr. 700215 · Dhr. F. Probeersel · Leeftijd: 51 jaar · 4820 GD, wijk Zuid</p>
<h2>Situatie</h2>
<p>Huurachterstand van zes maanden; de ontruiming staat gepland voor donderdag 26 november. De deurwaarder heeft beslag gelegd op het loon. Meneer slaapt nauwelijks en zit er doorheen.</p>
<h2>ZRM</h2>
${zrmTable(['Leefgebied', 'Score'], [
  ['Financiën', 1],
  ['Dagbesteding', 3],
  ['Huisvesting', 1],
  ['Huiselijke relaties', 4],
  ['Geestelijke gezondheid', 2],
  ['Lichamelijke gezondheid', 3],
  ['Verslaving', 4],
  ['ADL', 4],
  ['Sociaal netwerk', 3],
  ['Maatschappelijke participatie', 3],
  ['Justitie', 5],
])}
<h2>Hulpvraag</h2>
<p>Meneer wil in zijn woning blijven en wil hulp om zijn geldzaken op orde te krijgen. Daarna wil hij graag iemand die hem helpt de post bij te houden.</p>
<h2>Risico's</h2>
<p>Acute crisis: dreigende huisuitzetting binnen een week. Crisisinterventie door de wijkcoach, schuldhulpverlening met spoed ingeschakeld. Geen huiselijk geweld.</p>`,
    ),
    expect: {
      caseKey: '700215',
      age: 51,
      gender: 'male',
      postcode4: '4820',
      wijk: 'Zuid',
      zrm: {
        finances: 1, daytime_activities: 3, housing: 1, domestic_relations: 4, mental_health: 2,
        physical_health: 3, addiction: 4, adl: 4, social_network: 3, participation: 3, justice: 5,
      },
      needIncludes: ['in zijn woning blijven', 'geldzaken op orde te krijgen'],
      flags: ['crisis', 'debts'],
      refusals: [],
      wishes: [],
      warnings: ['crisis', 'debts_anonymous', 'acute_domain:finances', 'acute_domain:housing'],
      networkPrompt: 'ask_network',
      top5: [],
      never: ['humanitas-thuisadministratie', 'vhd-postwijzer', 'vhd-budgetcoaching', 'buddyhulp-buddy', 'maatjesproject-maatje-meervoudige-problemen'],
    },
    why: 'Een ontruiming binnen een week is een acute crisis: eerst de professional en de schuldhulp, geen enkele informele suggestie. De administratie- en budgethulp waar de woorden naar wijzen, komt pas later.',
  },

  // ─────────────────────────────── kop-21: gedwongen kader (ondertoezichtstelling) ───────────────────────────────
  {
    id: 'kop-21',
    style: 'kop-alinea',
    html: page(
      { ...WIJKPORTAAL, recent: ['JG-2026-0439', 'JG-2026-0450'] },
      `
<h1>Overdrachtsverslag</h1>
<h2>Gegevens</h2>
<ul>
  <li>Dossiernummer: JG-2026-0447</li>
  <li>Moeder: Mevrouw I. Oefen, geb. 12-12-1994</li>
  <li>Kinderen: twee, 3 en 6 jaar</li>
  <li>Gezinsvoogd: J. Voogd-Test (Gecertificeerde Instelling)</li>
</ul>
<h2>ZRM moeder</h2>
${zrmTable(['Leefgebied', 'Score'], [
  ['Financiën', 3],
  ['Dagbesteding', 3],
  ['Huisvesting', 4],
  ['Huiselijke relaties', 2],
  ['Geestelijke gezondheid', 3],
  ['Sociaal netwerk', 3],
  ['Maatschappelijke participatie', 3],
])}
<h2>Hulpvraag</h2>
<p>Mevrouw wil steun bij de opvoeding en iemand die meedenkt over het dagritme van de kinderen. Ze wil graag andere moeders ontmoeten.</p>
<h2>Risico's</h2>
<p>Sinds maart loopt een ondertoezichtstelling, uitgesproken door de kinderrechter: gedwongen kader. De gezinsvoogd bepaalt mee welke hulp wordt ingezet. Geen huiselijk geweld.</p>`,
    ),
    expect: {
      caseKey: 'JG-2026-0447',
      age: 31,
      gender: 'female',
      zrm: { finances: 3, daytime_activities: 3, housing: 4, domestic_relations: 2, mental_health: 3, social_network: 3, participation: 3 },
      needIncludes: ['steun bij de opvoeding', 'dagritme van de kinderen'],
      flags: ['coercive'],
      refusals: [],
      wishes: [],
      warnings: ['coercive_no_volunteers'],
      networkPrompt: 'ask_network',
      top5: [],
      never: ['humanitas-gezinsmaatje', 'zelfhulp-alleenstaande-ouders', 'divers-ouderkamer'],
    },
    why: 'Een door de kinderrechter opgelegde ondertoezichtstelling is een gedwongen kader: geen vrijwilligers, ook niet het gezinsmaatje of de oudergroepen die op de opvoedvraag zouden passen.',
  },

  // ─────────────────────────────── kop-22: drinkt nu, agressie naar hulpverleners ───────────────────────────────
  {
    id: 'kop-22',
    style: 'kop-alinea',
    html: page(
      { ...BUURTTEAM, recent: ['2026-0729', '2026-0741'] },
      `
<h1>Gespreksverslag</h1>
<p><strong>Registratienummer: 2026-0733</strong></p>
<h2>Cliënt</h2>
<ul>
  <li>Naam: Dhr. G. Nepmans</li>
  <li>Geboortejaar: 1971</li>
  <li>Adres: Demosingel 14-3, 4812 NB Demostad (Centrum)</li>
  <li>Woont alleen</li>
</ul>
<h2>Situatie</h2>
<p>Meneer drinkt dagelijks, vanaf de middag. Hij wil op dit moment niet minderen of stoppen. Vorige maand heeft hij de thuiszorgmedewerker bedreigd; sindsdien gaan wij met z'n tweeën op huisbezoek.</p>
<p>De wijkcoach blijft betrokken en wil met een vrijwilliger als duo werken.</p>
<h2>ZRM</h2>
${zrmTable(['Leefgebied', 'Score'], [
  ['Financiën', 3],
  ['Dagbesteding', 2],
  ['Huisvesting', 3],
  ['Huiselijke relaties', 4],
  ['Geestelijke gezondheid', 3],
  ['Lichamelijke gezondheid', 3],
  ['Verslaving', 2],
  ['ADL', 3],
  ['Sociaal netwerk', 2],
  ['Maatschappelijke participatie', 2],
  ['Justitie', 4],
])}
<h2>Vraag van cliënt</h2>
<p>Meneer zegt dat hij zich verveelt en niemand meer ziet. Hij wil iemand om mee naar buiten te gaan, bijvoorbeeld naar de markt of om boodschappen te doen.</p>
<h2>Risico's</h2>
<p>Actief alcoholgebruik. Agressie richting hulpverleners (bedreiging thuiszorg, oktober). Geen huiselijk geweld.</p>`,
    ),
    expect: {
      caseKey: '2026-0733',
      age: 55,
      gender: 'male',
      postcode4: '4812',
      wijk: 'Centrum',
      zrm: {
        finances: 3, daytime_activities: 2, housing: 3, domestic_relations: 4, mental_health: 3,
        physical_health: 3, addiction: 2, adl: 3, social_network: 2, participation: 2, justice: 4,
      },
      needIncludes: ['niemand meer ziet', 'mee naar buiten te gaan'],
      flags: ['active_addiction', 'aggression'],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['maatjesproject-maatje-meervoudige-problemen'],
      never: ['ismes-herstelmaatje', 'ismes-herstelinloop', 'zelfhulp-verslaving', 'kwartiermaken-vriendendienst', 'humanitas-maatje-eenzaamheid', 'vhd-zorgmaatje'],
    },
    why: 'Drinkt nu en wil niet stoppen, en heeft een hulpverlener bedreigd: alleen een voorbereid maatje dat als duo met de betrokken wijkcoach werkt past. Herstelaanbod en alcoholvrije inloop vragen nuchterheid of stopwens; een gewoon maatje alleen bij hem thuis is bij agressie niet verantwoord.',
  },

  // ─────────────────────────────── kop-23: ZRM 1 op financiën, vraag is contact ───────────────────────────────
  {
    id: 'kop-23',
    style: 'kop-alinea',
    html: page(
      { ...CASENET, crumbs: ['Cliënten', 'WT/C/2026/118'] },
      `
<h1>Plan van aanpak</h1>
<p>Kenmerk: WT/C/2026/118 · Wijk: Centrum · Laatste contact 20-11-2026 (S. Collega)</p>
<h2>Cliënt</h2>
<p>Dhr. C. Voorbeeldsma. Leeftijd: 63. Alleenstaand, uitkering sinds zijn ontslag in 2025.</p>
<h2>Situatie</h2>
<p>Meneer is sinds zijn ontslag veel alleen. Er zijn schulden bij de energieleverancier en de zorgverzekeraar; er ligt beslag op de uitkering en afsluiting van de energie dreigt. De schuldhulpverlening heeft een spoedtraject gestart en regelt het contact met de schuldeisers.</p>
<h2>ZRM</h2>
${zrmTable(['Leefgebied', 'Score'], [
  ['Financiën', 1],
  ['Dagbesteding', 3],
  ['Huisvesting', 4],
  ['Huiselijke relaties', 4],
  ['Geestelijke gezondheid', 3],
  ['Lichamelijke gezondheid', 4],
  ['Verslaving', 5],
  ['ADL', 4],
  ['Sociaal netwerk', 2],
  ['Maatschappelijke participatie', 3],
  ['Justitie', 5],
], true)}
<h2>Hulpvraag</h2>
<p>Meneer wil weer iemand om mee te praten en een vaste afspraak in de week, bijvoorbeeld samen wandelen of koffie drinken. Over geld wil hij met een vrijwilliger liever niet praten; dat loopt via de schuldhulp.</p>
<h2>Risico's</h2>
<p>Financiën acuut. Verder is er geen crisis: de woning is niet in gevaar, geen huiselijk geweld, geen verslaving.</p>`,
    ),
    expect: {
      caseKey: 'WT/C/2026/118',
      age: 63,
      gender: 'male',
      wijk: 'Centrum',
      zrm: {
        finances: 1, daytime_activities: 3, housing: 4, domestic_relations: 4, mental_health: 3,
        physical_health: 4, addiction: 5, adl: 4, social_network: 2, participation: 3, justice: 5,
      },
      needIncludes: ['iemand om mee te praten', 'vaste afspraak in de week'],
      flags: ['debts'],
      refusals: [],
      wishes: [],
      warnings: ['acute_domain:finances', 'debts_anonymous'],
      networkPrompt: 'ask_network',
      top5: ['humanitas-maatje-eenzaamheid'],
      never: ['vhd-budgetcoaching', 'humanitas-thuisadministratie', 'juvans-formulierenhulp', 'humanitas-schuldhulpmaatje', 'divers-inloopspreekuur-administratie'],
    },
    why: 'Financiën staan op 1 en de schuldhulp heeft het met spoed opgepakt: geen informele hulp op geld (budgetcoaching en thuisadministratie sluiten een acute schuldencrisis uit, het spreekuur verwijst dan door, het schuldhulpmaatje is vol). De vraag naar contact mag wel: een maatje tegen eenzaamheid.',
  },

  // ─────────────────────────────── kop-24: wil geen informele hulp ───────────────────────────────
  {
    id: 'kop-24',
    style: 'kop-alinea',
    html: page(
      { ...WIJKPORTAAL, crumbs: ['Dossiers', 'OU-2026-0061'] },
      `
<h1>Gespreksverslag herindicatie</h1>
<p>Dossier-ID: OU-2026-0061</p>
<h2>Situatie</h2>
<p>Dhr. L. Demoman. Meneer (84) woont alleen in wijk Oost sinds het overlijden van zijn vrouw in 2024. Zijn dochter komt twee keer per week, de huishoudelijke hulp via de Wmo één ochtend.</p>
<h2>Vraag van cliënt</h2>
<p>Meneer vraagt verlenging van de huishoudelijke hulp. Hij voelt zich soms alleen, vooral in het weekend.</p>
<h2>Informele hulp</h2>
<p>Meneer wil geen vrijwilliger en ook geen andere informele hulp: "ik heb mijn dochter en de thuishulp, dat is genoeg." Het aanbod van een maatje of bezoek heb ik toegelicht; hij blijft erbij.</p>
<h2>Bijzonderheden</h2>
<p>Geen crisis, geen geheugenproblemen.</p>`,
    ),
    expect: {
      caseKey: 'OU-2026-0061',
      age: 84,
      gender: 'male',
      wijk: 'Oost',
      zrm: {},
      needIncludes: ['verlenging van de huishoudelijke hulp', 'soms alleen'],
      flags: ['declines_informal'],
      refusals: [],
      wishes: [],
      warnings: ['declines_informal'],
      networkPrompt: 'ask_network',
      top5: [],
      never: ['humanitas-maatje-eenzaamheid', 'even-buurten-buurtgenoot', 'buren-voor-buren-bezoek'],
    },
    why: 'Meneer wijst elke vrijwilliger en informele hulp af, ook na uitleg: niets voorstellen, ook niet het bezoek dat bij een eenzame 84-jarige in Oost anders voor de hand ligt. Zijn dochter helpt, dus het netwerk is er en hij weigert het niet.',
  },

  // ─────────────────────────────── kop-25: afsluiting, alles 4 of 5 ───────────────────────────────
  {
    id: 'kop-25',
    style: 'kop-alinea',
    html: page(
      { ...BUURTTEAM, recent: ['WT26-0180', 'WT26-0192'] },
      `
<h1>Afsluitverslag</h1>
<h2>Gegevens</h2>
<ul>
  <li>Casusnummer: WT26-0187</li>
  <li>Mevrouw H. Proefbuis</li>
  <li>Geboortedatum 01-04-1981</li>
</ul>
<h2>Verloop</h2>
<p>Mevrouw meldde zich vorig jaar na het overlijden van haar partner, zonder werk en met een stapel onbetaalde rekeningen. Ze heeft de rouwgroep gevolgd, de administratie is op orde en sinds september werkt ze weer.</p>
<h2>ZRM</h2>
${zrmTable(['Domein', 'Begin', 'Huidig'], [
  ['Financiën', 3, 4],
  ['Dagbesteding', 2, 4],
  ['Huisvesting', 4, 5],
  ['Huiselijke relaties', 4, 4],
  ['Geestelijke gezondheid', 2, 4],
  ['Lichamelijke gezondheid', 4, 4],
  ['Verslaving', 5, 5],
  ['ADL', 4, 5],
  ['Sociaal netwerk', 3, 4],
  ['Maatschappelijke participatie', 3, 4],
  ['Justitie', 5, 5],
])}
<h2>Doel</h2>
<p>Traject afsluiten. Mevrouw werkt weer drie dagen per week, heeft de rouwgroep afgerond en gaat op eigen initiatief naar de huiskamer in het wijkcentrum. Ze heeft geen hulpvraag meer.</p>
<h2>Bijzonderheden</h2>
<p>Geen risico's. Mevrouw weet het wijkteam te vinden als dat nodig is.</p>`,
    ),
    expect: {
      caseKey: 'WT26-0187',
      age: 45,
      gender: 'female',
      zrm: {
        finances: 4, daytime_activities: 4, housing: 5, domestic_relations: 4, mental_health: 4,
        physical_health: 4, addiction: 5, adl: 5, social_network: 4, participation: 4, justice: 5,
      },
      needIncludes: ['Traject afsluiten', 'geen hulpvraag meer'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: [],
      never: ['humanitas-steun-bij-verlies', 'buddyhulp-nazorgbuddy', 'vitras-huiskamer'],
    },
    why: 'Bij afsluiting staan alle huidige scores op 4 of 5 en is er geen hulpvraag meer: geen suggesties, ook niet de rouwgroep, nazorgbuddy of huiskamer waar de woorden in het verslag naar wijzen. De beginkolom telt niet.',
  },
];
