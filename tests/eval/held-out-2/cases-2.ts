import type { EvalCaseInput } from '../eval-case';
import { actionPlan, dotted, mdoMinutes, mobileCase, printView } from './layouts';

/*
 * Held-out set 2, part 2: phone layouts, print views with a running footer, minutes of a
 * multidisciplinary meeting and plans of action per life domain. Judged by hand from
 * shared/domain.md and each offer's own conditions in the demo kaart, without running the matcher.
 * Every person, address and number is invented.
 */

const MDO = { system: 'OverlegNet', user: 'Notulist: W. Teamlid' };
const PLAN = { system: 'PlanMaat Wijkteams', user: 'E. Collega' };

export const cases: EvalCaseInput[] = [
  // ───────────── mobiel-01 · girl of 15 who cares for her mother with MS ─────────────
  {
    id: 'mobiel-01',
    style: 'kaartjes',
    html: mobileCase({
      title: 'Dossier MB-4410',
      rows: [
        ['Naam', 'L. Proefmeisje'],
        ['Geb.', '14-03-2011'],
        ['Gesl.', 'V'],
        ['Adres', 'Kastanjelaan 8, 4819 TW Demostad'],
        ['School', '3 havo'],
      ],
      zrm: [['Huiselijke relaties', '3'], ['Dagbesteding', '3'], ['Sociaal netwerk', '3'], ['Geestelijke gezondheid', '3']],
      cards: [
        { title: 'Situatie', html: '<p>Moeder heeft MS en ligt veel op bed, vader werkt in ploegendienst. L. doet na school het huishouden, kookt en helpt haar broertje (8) met huiswerk. Ze houdt het redelijk vol maar mist tijd voor zichzelf en ziet haar vriendinnen weinig.</p>' },
        { title: 'Hulpvraag', html: '<p>L. wil af en toe iets leuks doen met leeftijdsgenoten die hetzelfde meemaken, en iemand om mee te praten.</p>' },
        { title: 'Toestemming', html: '<p>Vader en moeder geven toestemming voor de aanmelding. ✔</p>' },
      ],
    }),
    expect: {
      caseKey: 'MB-4410',
      age: 15,
      gender: 'female',
      postcode4: '4819',
      zrm: { domestic_relations: 3, daytime_activities: 3, social_network: 3, mental_health: 3 },
      needIncludes: ['iets leuks doen met leeftijdsgenoten', 'iemand om mee te praten'],
      flags: [],
      refusals: [],
      wishes: [],
      isCarer: true,
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['mantelzorg-jonge-mantelzorgers'],
      never: ['juvans-jongerenmaatje', 'eigen-kracht-jongeren', 'zelfhulp-naasten-verslaving'],
    },
    why: 'De MS is van haar moeder; zij is een jonge mantelzorger van 15 met toestemming van haar ouders: de steun voor jonge mantelzorgers (8–24) is precies haar vraag. Jongerenmaatje en Eigen Kracht voor jongeren beginnen bij 16; de naastengroep is voor naasten van iemand met een verslaving.',
  },

  // ───────────── mobiel-02 · lonely after divorce, no groups ─────────────
  {
    id: 'mobiel-02',
    style: 'kaartjes',
    html: mobileCase({
      title: 'MB-4422 · dhr. F. Testbeek',
      rows: [
        ['Geb.', '09-09-1971'],
        ['Adres', 'Havenstraat 30, 4812 HB Demostad'],
        ['Wijk', 'Centrum'],
        ['Huish.', 'alleen'],
      ],
      zrm: [['Sociaal netwerk', '2'], ['Geestelijke gezondheid', '3'], ['Dagbesteding', '3'], ['Financiën', '3']],
      cards: [
        { title: 'Notitie 21-11', html: '<p>Sinds scheiding (2025) alleen, kinderen volwassen, zien hem weinig. Voelt zich eenzaam, somber maar geen depressie volgens POH. Groepen zijn niks voor hem: "ik ga niet in een kringetje zitten".</p>' },
        { title: 'Hulpvraag', html: '<p>Een vaste maat om mee te wandelen of een terrasje te pakken, één op één.</p>' },
      ],
    }),
    expect: {
      caseKey: 'MB-4422',
      age: 55,
      gender: 'male',
      postcode4: '4812',
      wijk: 'Centrum',
      zrm: { social_network: 2, mental_health: 3, daytime_activities: 3, finances: 3 },
      needIncludes: ['vaste maat om mee te wandelen', 'terrasje te pakken'],
      flags: [],
      refusals: ['group'],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['humanitas-maatje-eenzaamheid', 'maatjesproject-wandelmaatje'],
      never: ['vitras-huiskamer', 'kwartiermaken-vriendendienst', 'vitras-samen-eten', 'zelfhulp-depressie-angst', 'even-buurten-buurtgenoot'],
    },
    why: 'Eenzaam na een scheiding, wil één op één wandelen of een terras: een Humanitas-maatje of een wandelmaatje. Groepen weigert hij (huiskamer, ontmoetingsavond, samen eten, zelfhulpgroep); Even Buurten is voor 70+ en niet in Centrum.',
  },

  // ───────────── mobiel-03 · only the wijk Zuid on the page, groceries and coffee ─────────────
  {
    id: 'mobiel-03',
    style: 'kaartjes',
    html: mobileCase({
      title: 'Dossier MB-4429',
      rows: [
        ['Naam', 'Mw. I. Proefzee'],
        ['Lft', '76'],
        ['Adres', 'Meeuwenlaan 12'],
        ['Wijk', 'Zuid'],
      ],
      zrm: [['ADL', '3'], ['Sociaal netwerk', '2'], ['Lichamelijke gezondheid', '3']],
      cards: [
        { title: 'Hulpvraag', html: '<p>Mw. kan zware boodschappen niet meer dragen en wil hulp bij de boodschappen. Daarnaast wil ze graag ergens koffie drinken met leeftijdgenoten; ze moet dan wel opgehaald worden, lopen gaat slecht.</p>' },
        { title: 'Netwerk', html: '<p>Zoon in Rotterdam, komt eens per maand. Contact met buren is goed.</p>' },
      ],
    }),
    expect: {
      caseKey: 'MB-4429',
      age: 76,
      gender: 'female',
      wijk: 'Zuid',
      zrm: { adl: 3, social_network: 2, physical_health: 3 },
      needIncludes: ['hulp bij de boodschappen', 'koffie drinken met leeftijdgenoten'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['zuid-helpt-boodschappen-en-klusjes', 'zuid-helpt-koffieochtend', 'even-buurten-buurtgenoot'],
      never: ['buren-voor-buren-bezoek', 'buur-en-co-buurtnetwerk', 'bijspringer-buurthulp', 'hoogeloon-dorpsondersteuning'],
    },
    why: 'Alleen de wijk Zuid staat op de pagina, geen postcode: de boodschappenhulp en de koffieochtend (met ophalen) van Zuid helpt en een buurtgenoot van Even Buurten (76) passen. Aanbod dat alleen in Oost, West, Noord/West of Hoogeloon werkt, dekt Zuid niet.',
  },

  // ───────────── mobiel-04 · 72, lives in a surrounding village, after a heart attack ─────────────
  {
    id: 'mobiel-04',
    style: 'kaartjes',
    html: mobileCase({
      title: 'Dossier MB-4437',
      rows: [
        ['Naam', 'dhr. G. Proefdorp'],
        ['Lft', '72'],
        ['Adres', 'Dorpsstraat 41, 4845 BE Steendorp'],
        ['Tel', '06-00000000'],
      ],
      zrm: [['Lichamelijke gezondheid', '2'], ['ADL', '2'], ['Sociaal netwerk', '3']],
      cards: [
        { title: 'Situatie', html: '<p>Na hartinfarct 3 wk geleden weer thuis. Woont alleen, dochter woont in Demostad, komt in het weekend en heeft een sleutel. Mag voorlopig niet tillen of fietsen.</p>' },
        { title: 'Hulpvraag', html: '<p>Iemand die de komende tijd de boodschappen doet. Hij wil ook elke ochtend gebeld worden, zodat er iemand weet dat het goed gaat.</p>' },
      ],
    }),
    expect: {
      caseKey: 'MB-4437',
      age: 72,
      gender: 'male',
      postcode4: '4845',
      zrm: { physical_health: 2, adl: 2, social_network: 3 },
      needIncludes: ['boodschappen doet', 'elke ochtend gebeld worden'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['rodekruis-boodschappenhulp', 'rodekruis-telefooncirkel'],
      never: ['even-buurten-buurtgenoot', 'humanitas-maatje-eenzaamheid', 'tijd-voor-elkaar-ruilen', 'hoogeloon-dorpsondersteuning', 'zuid-helpt-boodschappen-en-klusjes'],
    },
    why: 'Hij woont in een omliggend dorp (4845): alleen aanbod dat 4830–4859 dekt. De boodschappenhulp en de dagelijkse telefooncirkel (65+, contactpersoon met sleutel: de dochter) van het Rode Kruis passen precies. Aanbod voor Demostad zelf, een wijk of Hoogeloon komt niet in zijn dorp.',
  },

  // ───────────── mobiel-05 · burn-out, declines all informal help ─────────────
  {
    id: 'mobiel-05',
    style: 'kaartjes',
    html: mobileCase({
      title: 'Dossier MB-4450',
      rows: [
        ['Naam', 'Mw. D. Testhout'],
        ['Geb.', '02-02-1977'],
        ['Adres', 'Iepenlaan 1, 4825 AK Demostad'],
      ],
      zrm: [['Geestelijke gezondheid', '2'], ['Dagbesteding', '2'], ['Sociaal netwerk', '3'], ['Financiën', '4']],
      cards: [
        { title: 'Situatie', html: '<p>Burn-out, thuis sinds mei. Weinig contacten buiten het gezin. Geen schulden.</p>' },
        { title: 'Hulpvraag', html: '<p>Mw. wil hulp om weer structuur in haar dag te krijgen.</p>' },
        { title: 'Afspraak', html: '<p>Mw. wil geen vrijwilligers of lotgenoten: "dat is geen echte hulp, ik wil een professional". Informele hulp besproken en afgewezen. Verwezen naar POH-GGZ.</p>' },
      ],
    }),
    expect: {
      caseKey: 'MB-4450',
      age: 49,
      gender: 'female',
      postcode4: '4825',
      zrm: { mental_health: 2, daytime_activities: 2, social_network: 3, finances: 4 },
      needIncludes: ['structuur in haar dag'],
      flags: ['declines_informal'],
      refusals: [],
      wishes: [],
      warnings: ['declines_informal'],
      networkPrompt: 'ask_network',
      top5: [],
      never: ['vc-vrijwilligerswerk-dagbesteding', 'zelfhulp-depressie-angst', 'humanitas-maatje-eenzaamheid', 'buur-en-co-buurtnetwerk'],
    },
    why: 'Ze ziet informele hulp niet als echte hulp en wijst vrijwilligers en lotgenoten af: niets voorstellen, de waarschuwing legt uit waarom, hoe goed vrijwilligerswerk of een zelfhulpgroep anders zou passen. Haar gezin is er, dus het netwerk is niet op.',
  },

  // ───────────── afdruk-01 · 80 in West; the printing team's address is in Centrum ─────────────
  {
    id: 'afdruk-01',
    style: 'tabel-verslag',
    html: printView({
      org: 'Wijkteam Centrum',
      title: 'Dossieroverzicht',
      footer: 'Wijkteam Centrum · Markt 1, 4811 AA Demostad · afgedrukt 20-11-2026 09:14 door T. Collega · VERTROUWELIJK',
      pages: [
        `<h2>Cliënt</h2>
${dotted([
  ['Dossiernummer', 'WT/2026/0933'],
  ['Naam', 'dhr. O. Proefboom'],
  ['Geboortedatum', '01-05-1946'],
  ['Adres', 'Platanenstraat 15, 4826 CS Demostad'],
  ['Wijk', 'West'],
  ['Huishouden', 'alleenwonend, weduwnaar'],
])}
<h2>ZRM (2013)</h2>
${dotted([
  ['Financiën', '4'],
  ['Huisvesting', '3'],
  ['ADL', '3'],
  ['Lichamelijke gezondheid', '3'],
  ['Sociaal netwerk', '2'],
  ['Dagbesteding', '3'],
])}`,
        `<h2>Hulpvraag</h2>
<p>Meneer wil hulp bij kleine dingen in en om het huis (de kliko aan de straat zetten, een lampje vervangen) en zou graag wat meer buren leren kennen om af en toe koffie mee te drinken.</p>
<h2>Netwerk</h2>
<p>Kinderen wonen ver weg. Goede buurvrouw aan de ene kant, verder kent hij weinig mensen in de straat.</p>`,
      ],
    }),
    expect: {
      caseKey: 'WT/2026/0933',
      age: 80,
      gender: 'male',
      postcode4: '4826',
      wijk: 'West',
      zrm: { finances: 4, housing: 3, adl: 3, physical_health: 3, social_network: 2, daytime_activities: 3 },
      needIncludes: ['kleine dingen in en om het huis', 'meer buren leren kennen'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['buur-en-co-buurtnetwerk', 'bijspringer-buurthulp'],
      never: ['buren-voor-buren-bezoek', 'zuid-helpt-boodschappen-en-klusjes', 'zuid-helpt-koffieochtend', 'hoogeloon-dorpsondersteuning'],
    },
    why: 'Hij woont in West (4826); de postcode in de voettekst is die van het team in Centrum. Kleine klusjes en buren leren kennen: het buurtnetwerk van West en de Bijspringers (Noord en West) zijn er precies voor; een buurtgenoot van Even Buurten (80, West) mag ook. Aanbod voor Oost, Zuid of Hoogeloon dekt West niet.',
  },

  // ───────────── afdruk-02 · domestic violence, refuses her (in-)laws, forms and other single mothers ─────────────
  {
    id: 'afdruk-02',
    style: 'tabel-verslag',
    html: printView({
      org: 'Buurtteam Zuid/West',
      title: 'Verslag intake',
      footer: 'Buurtteam Zuid/West · Lindeplein 3, 4826 AB Demostad · afgedrukt door H. Proefcollega op 18-11-2026',
      pages: [
        `${dotted([
  ['Dossiernummer', 'BZW-26-0741'],
  ['Naam', 'mw. K. Fictief'],
  ['Geboortedatum', '15-01-1993'],
  ['Adres', 'Reigerstraat 27, 4824 DN Demostad'],
  ['Gezin', 'alleenstaand, 2 kinderen (7 en 10)'],
])}
<h2>ZRM</h2>
${dotted([
  ['Huiselijke relaties', '2'],
  ['Financiën', '3'],
  ['Sociaal netwerk', '2'],
  ['Geestelijke gezondheid', '3'],
])}
<h2>Veiligheid</h2>
<p>Mw. heeft in juli haar partner verlaten na huiselijk geweld; er loopt een contactverbod. Zijn familie woont in dezelfde straat en houdt haar in de gaten. Veilig Thuis is betrokken.</p>`,
        `<h2>Wat wil mw.</h2>
<p>Ze wil absoluut niet dat haar familie of schoonfamilie erbij betrokken wordt.</p>
<h2>Hulpvraag</h2>
<p>Mw. wil andere alleenstaande moeders ontmoeten en hulp bij het invullen van formulieren voor toeslagen en kwijtschelding. Geen schulden, wel een laag inkomen.</p>`,
      ],
    }),
    expect: {
      caseKey: 'BZW-26-0741',
      age: 33,
      gender: 'female',
      postcode4: '4824',
      zrm: { domestic_relations: 2, finances: 3, social_network: 2, mental_health: 3 },
      needIncludes: ['andere alleenstaande moeders ontmoeten', 'formulieren voor toeslagen en kwijtschelding'],
      flags: ['domestic_violence', 'unsafe_network'],
      refusals: ['own_network'],
      wishes: [],
      warnings: ['unsafe_network'],
      networkPrompt: 'network_unsafe',
      top5: ['zelfhulp-alleenstaande-ouders', 'juvans-formulierenhulp'],
      never: ['humanitas-gezinsmaatje', 'eigen-kracht-conferentie', 'vhd-netwerkcoach', 'wehelpen-hulpnetwerk', 'mantelzorg-zorgrooster-familie'],
    },
    why: 'Huiselijk geweld, een onveilige schoonfamilie en een uitdrukkelijke weigering van familie: niets dat het eigen netwerk erbij haalt, en het gezinsmaatje sluit huiselijk geweld uit (haar kinderen zijn bovendien ouder dan 6). De groep voor alleenstaande ouders en de formulierenhulp (kwijtschelding, toeslagen; geen schulden) passen.',
  },

  // ───────────── afdruk-03 · drinks at weekends, wants to cut down ─────────────
  {
    id: 'afdruk-03',
    style: 'tabel-verslag',
    html: printView({
      org: 'Wijkteam Oost',
      title: 'Gespreksverslag',
      footer: 'Wijkteam Oost · Vinkenplein 2, 4817 CC Demostad · afgedrukt 19-11-2026 door A. Teamlid',
      pages: [
        `${dotted([
  ['Dossiernummer', 'WO-2026-318'],
  ['Naam', 'dhr. B. Proefwerker'],
  ['Geboortedatum', '08-08-1979'],
  ['Adres', 'Spechtstraat 4, 4819 LK Demostad'],
])}
<h2>ZRM-scores</h2>
${dotted([
  ['Verslaving', '2'],
  ['Huiselijke relaties', '3'],
  ['Financiën', '3'],
  ['Dagbesteding', '4'],
  ['Sociaal netwerk', '3'],
])}
<h2>Verslaving</h2>
<p>Meneer drinkt in het weekend te veel (vrijdag en zaterdag 15+ glazen), doordeweeks niet. Hij wil minderen; zijn vrouw heeft een ultimatum gesteld. Volgens de huisarts geen lichamelijke afhankelijkheid. Aangemeld bij de verslavingszorg (wachtlijst 8 weken).</p>`,
        `<h2>Hulpvraag</h2>
<p>Meneer wil in de tussentijd steun bij het minderen: praten met mensen die hetzelfde hebben meegemaakt.</p>
<h2>Overig</h2>
<p>Werkt fulltime als installateur. Geen agressie, ook niet onder invloed volgens zijn vrouw.</p>`,
      ],
    }),
    expect: {
      caseKey: 'WO-2026-318',
      age: 47,
      gender: 'male',
      postcode4: '4819',
      zrm: { addiction: 2, domestic_relations: 3, finances: 3, daytime_activities: 4, social_network: 3 },
      needIncludes: ['steun bij het minderen', 'hetzelfde hebben meegemaakt'],
      flags: ['active_addiction'],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['zelfhulp-verslaving'],
      never: ['ismes-herstelinloop', 'kwartiermaken-vriendendienst', 'zelfhulp-naasten-verslaving'],
    },
    why: 'Hij drinkt nu maar wil minderen, zonder lichamelijke afhankelijkheid: de zelfhulpgroep (voor wie wil minderen of stoppen) past; het herstelmaatje vraagt dat hij wil stoppen, niet minderen, en is dus geen zekere keus. De herstelinloop en de ontmoetingsavond sluiten actief gebruik uit; de naastengroep is uitdrukkelijk niet voor de persoon met de verslaving zelf.',
  },

  // ───────────── afdruk-04 · 86 in Centrum, insulin and wound care, wants visits ─────────────
  {
    id: 'afdruk-04',
    style: 'tabel-verslag',
    html: printView({
      org: 'Wijkteam West',
      title: 'Overdracht',
      footer: 'Wijkteam West · Lindeplein 3, 4826 AB Demostad · afgedrukt door P. Voorbeeld, 17-11-2026',
      pages: [
        `${dotted([
  ['Dossiernummer', 'WW-26-1177'],
  ['Naam', 'mw. F. Proefoud'],
  ['Geboortedatum', '10-10-1940'],
  ['Adres', 'Begijnhof 6, 4811 DG Demostad'],
  ['Wijk', 'Centrum'],
])}
<h2>Gezondheid</h2>
<p>Diabetes: insuline 2x daags en wondzorg aan het onderbeen door de wijkverpleging. Slechtziend. Loopt met rollator binnenshuis.</p>`,
        `<h2>Hulpvraag</h2>
<p>Mw. zit de hele dag alleen en wil graag dat er regelmatig iemand op bezoek komt voor een praatje of om voor te lezen.</p>
<h2>Netwerk</h2>
<p>Geen kinderen. Een nicht belt eens per maand.</p>
<p><i>Overgedragen aan wijkteam Centrum i.v.m. verhuizing van mw. in oktober.</i></p>`,
      ],
    }),
    expect: {
      caseKey: 'WW-26-1177',
      age: 86,
      gender: 'female',
      postcode4: '4811',
      wijk: 'Centrum',
      zrm: {},
      needIncludes: ['regelmatig iemand op bezoek komt', 'om voor te lezen'],
      flags: ['medical_care'],
      refusals: [],
      wishes: [],
      warnings: ['medical_not_volunteers'],
      networkPrompt: 'ask_network',
      top5: ['zonnebloem-huisbezoek', 'humanitas-maatje-eenzaamheid'],
      never: ['even-buurten-buurtgenoot', 'buren-voor-buren-bezoek', 'buur-en-co-buurtnetwerk', 'bijspringer-buurthulp'],
    },
    why: 'Insuline en wondzorg blijven bij de wijkverpleging; bezoek voor een praatje of voorlezen is gewoon vrijwilligerswerk: Zonnebloem-huisbezoek (langdurige ziekte, aan huis gebonden) en een Humanitas-maatje. Ze woont in Centrum: Even Buurten werkt daar niet, en het wijkaanbod van Oost, West en Noord/West evenmin — de voettekst met het adres van wijkteam West is niet haar adres.',
  },

  // ───────────── afdruk-05 · aftercare when the case closes; born in December ─────────────
  {
    id: 'afdruk-05',
    style: 'tabel-verslag',
    html: printView({
      org: 'Wijkteam Noord',
      title: 'Afsluitverslag (concept)',
      footer: 'Wijkteam Noord · Zwanenplein 10, 4814 AA Demostad · afgedrukt door R. Collega · concept, niet verspreiden',
      pages: [
        `${dotted([
  ['Dossiernummer', 'WN-2025-0099'],
  ['Naam', 'dhr. E. Proefstart'],
  ['Geboortedatum', '20-12-1968'],
  ['Adres', 'Klaproosstraat 2, 4815 RT Demostad'],
])}
<h2>ZRM eindmeting</h2>
${dotted([
  ['Huisvesting', '4'],
  ['Verslaving', '4'],
  ['Dagbesteding', '4'],
  ['Financiën', '3'],
  ['Sociaal netwerk', '3'],
])}
<h2>Voorgeschiedenis</h2>
<p>Dakloos geweest 2023–2024, via beschermd wonen sinds een jaar zelfstandig. Gebruikte vroeger drugs, is sinds 2023 clean. Stabiel, werkt drie ochtenden bij de kringloop.</p>`,
        `<h2>Afsluiting</h2>
<p>Het traject wordt op 31-12-2026 afgesloten.</p>
<h2>Hulpvraag</h2>
<p>Meneer wil na de afsluiting iemand houden bij wie hij terecht kan en die de vinger aan de pols houdt, zodat hij niet terugvalt.</p>`,
      ],
    }),
    expect: {
      caseKey: 'WN-2025-0099',
      age: 57,
      gender: 'male',
      postcode4: '4815',
      zrm: { housing: 4, addiction: 4, daytime_activities: 4, finances: 3, social_network: 3 },
      needIncludes: ['na de afsluiting iemand houden', 'niet terugvalt'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['buddyhulp-nazorgbuddy'],
      never: ['juvans-jongerenmaatje', 'eigen-kracht-jongeren', 'buddyhulp-ggz-buddy'],
    },
    why: 'Het traject sluit af en hij wil iemand die de vinger aan de pols houdt: de nazorgbuddy (aanmelden vóór afsluiting) is er precies voor. Hij is clean sinds 2023, dus geen actieve verslaving; 57 (jarig in december). Jongerenaanbod (16–23) valt af, de GGZ-buddy is vol.',
  },

  // ───────────── mdo-01 · wife (81) of a man with alzheimer, exhausted, no network left ─────────────
  {
    id: 'mdo-01',
    style: 'kop-alinea',
    html: mdoMinutes({
      ...MDO,
      title: 'Verslag MDO ouderen 18-11-2026',
      present: 'HA (huisarts), CM (casemanager dementie), OA (ouderenadviseur), WT (wijkteam, notulen)',
      caseLine: 'Dossier MDO-26-118 · mw. D. Proefvrouw (81), Kerkpad 2, 4816 AL Demostad, mantelzorger van haar man (84).',
      turns: [
        ['HA', 'Mw. komt steeds vaker op het spreekuur met hoofdpijn en slapeloosheid. Ze is op, zegt ze zelf.'],
        ['CM', 'Dhr. heeft alzheimer, matig stadium. Hij loopt weg als ze even boodschappen doet. Hij kan wel enkele uren met iemand anders thuis blijven en kan een nacht zonder haar; een proefnacht in een logeerhuis ging goed.'],
        ['OA', 'Het echtpaar heeft geen kinderen, broers en zussen zijn overleden. Buren groeten, meer niet. Er is niemand om de zorg mee te delen.'],
        ['WT', 'Mw. zelf heeft geen geheugenproblemen. Ze wil zelf graag een middag per week en af en toe een weekend vrij.'],
      ],
      decision: 'Respijt inzetten voor mw. Niet meer van haar vragen; het netwerk is op.',
      actions: [
        ['Aanmelden respijtzorg met een vrijwilliger aan huis', 'WT'],
        ['Logeeropvang (weekend) aanvragen', 'CM'],
        ['Mw. uitnodigen voor het mantelzorgcafé', 'OA'],
      ],
    }),
    expect: {
      caseKey: 'MDO-26-118',
      age: 81,
      gender: 'female',
      postcode4: '4816',
      zrm: {},
      needIncludes: ['middag per week', 'weekend vrij'],
      flags: ['carer_overburdened', 'no_network'],
      refusals: [],
      wishes: [],
      isCarer: true,
      warnings: ['carer_overburdened', 'long_isolation_supplement'],
      networkPrompt: 'network_exhausted',
      top5: ['vhd-zorgzaam', 'mantelzorg-logeeropvang'],
      never: ['mantelzorg-zorgrooster-familie', 'wehelpen-hulpnetwerk', 'eigen-kracht-conferentie', 'hoogeloon-dagopvang'],
    },
    why: 'Zij (81) is de overbelaste mantelzorger; de alzheimer en de 84 jaar zijn van haar man. Geen kinderen of familie meer: respijt met een vrijwilliger (Zorgzaam, ook bij dementie) en weekendlogeren passen. Zorgrooster, hulpnetwerk en Eigen Kracht werken niet zonder netwerk; de dagopvang is alleen in Hoogeloon.',
  },

  // ───────────── mdo-02 · single mother of a one- and a three-year-old ─────────────
  {
    id: 'mdo-02',
    style: 'kop-alinea',
    html: mdoMinutes({
      ...MDO,
      title: 'MDO jeugd & gezin — 12 november 2026',
      present: 'JGZ (jeugdverpleegkundige consultatiebureau), MW (maatschappelijk werk), WT (wijkcoach)',
      caseLine: 'Dossier MDO-26-131 · mw. S. Proefdochter, 27 jr, Bremstraat 6, 4817 VB Demostad · alleenstaande moeder van twee kinderen (1 en 3 jaar).',
      turns: [
        ['JGZ', 'Kinderen groeien goed. Moeder is onzeker, weet niet goed hoe ze met de driftbuien van de oudste om moet gaan. Geen signalen van huiselijk geweld of verwaarlozing.'],
        ['MW', 'Vader van de kinderen is uit beeld sinds de zomer. Financieel krap maar ze redt het; geen schulden.'],
        ['WT', 'Mw. vraagt zelf om iemand die af en toe meekijkt en haar steunt bij de opvoeding. Haar eigen moeder woont in het buitenland; een vriendin past soms op.'],
      ],
      decision: 'Gezinsmaatje aanvragen; informatie over een groep voor alleenstaande ouders meegeven.',
      actions: [
        ['Aanmelding gezinsmaatje', 'WT'],
        ['Volgende afspraak consultatiebureau', 'JGZ'],
      ],
    }),
    expect: {
      caseKey: 'MDO-26-131',
      age: 27,
      gender: 'female',
      postcode4: '4817',
      zrm: {},
      needIncludes: ['iemand die af en toe meekijkt', 'steunt bij de opvoeding'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['humanitas-gezinsmaatje', 'zelfhulp-alleenstaande-ouders'],
      never: ['mee-oudercontact', 'handjehelpen-kindmaatje', 'humanitas-schuldhulpmaatje'],
    },
    why: 'Jonge alleenstaande moeder van kinderen van 1 en 3, zonder huiselijk geweld, die zelf om opvoedsteun vraagt: het gezinsmaatje (kind tot en met 6) en de groep voor alleenstaande ouders passen. De oudergroep en het kindmaatje zijn voor een kind met een beperking, die hier niet is; geen schulden.',
  },

  // ───────────── mdo-03 · psychosis, compulsory care order: no volunteers ─────────────
  {
    id: 'mdo-03',
    style: 'kop-alinea',
    html: mdoMinutes({
      ...MDO,
      title: 'Verslag MDO GGZ-wijk 20-11-2026',
      present: 'PF (psychiater FACT), AB (ambulant begeleider), WT (wijkcoach); ouders bij deel 2',
      caseLine: 'Dossier MDO-26-140 · dhr. M. Proefzoon, 24 jr, woont op kamers, Tulpstraat 3b, 4825 CE Demostad.',
      turns: [
        ['PF', 'Na de psychose in oktober heeft de rechter een zorgmachtiging afgegeven; meneer krijgt verplichte ambulante zorg en depotmedicatie.'],
        ['AB', 'Hij zit de hele dag op zijn kamer en gamet s nachts. Hij wil "iets met muziek" gaan doen en zou een maatje willen.'],
        ['WT', 'Ouders zijn betrokken en steunend. Geen middelengebruik meer sinds de opname.'],
      ],
      decision: 'Geen vrijwilligers zolang de zorgmachtiging loopt; herbeoordeling in maart. Dagbesteding via het FACT-team.',
      actions: [
        ['Dagbesteding muziek verkennen binnen de GGZ', 'AB'],
        ['Herbeoordeling zorgmachtiging agenderen', 'PF'],
      ],
    }),
    expect: {
      caseKey: 'MDO-26-140',
      age: 24,
      gender: 'male',
      postcode4: '4825',
      zrm: {},
      needIncludes: ['iets met muziek', 'zou een maatje willen'],
      flags: ['coercive', 'psychiatric'],
      refusals: [],
      wishes: [],
      warnings: ['coercive_no_volunteers', 'psychiatric_specialised'],
      networkPrompt: 'ask_network',
      top5: [],
      never: ['kwartiermaken-maatje-meedoen', 'door-en-voor-herstelgroep', 'vc-vrijwilligerswerk-dagbesteding', 'juvans-jongerenmaatje', 'humanitas-maatje-eenzaamheid'],
    },
    why: 'Een zorgmachtiging met verplichte zorg is een gedwongen kader: geen vrijwilligers, zoals het MDO ook besluit, ook niet de maatjes en groepen voor psychische kwetsbaarheid die op zijn wens zouden passen. Geen middelengebruik meer.',
  },

  // ───────────── mdo-04 · threatened corporation staff; wants outdoor volunteer work ─────────────
  {
    id: 'mdo-04',
    style: 'kop-alinea',
    html: mdoMinutes({
      ...MDO,
      title: 'Veiligheidsoverleg / MDO 10-11-2026',
      present: 'WT (twee wijkcoaches), WA (wijkagent), WC (woonconsulent corporatie)',
      caseLine: 'Dossier MDO-26-147 · dhr. R. Testkerk, 50 jr, Zeilmakerstraat 19, 4829 GK Demostad.',
      turns: [
        ['WA', 'Twee meldingen van bedreiging van een medewerker van de corporatie in september.'],
        ['WC', 'Woning is op orde, geen huurachterstand.'],
        ['WT', 'Huisbezoeken alleen met z\'n tweeën. Op kantoor is meneer rustig. Hij wil zelf graag vrijwilligerswerk doen, buiten en met zijn handen, bijvoorbeeld in het groen.'],
      ],
      decision: 'Geen vrijwilligers bij hem thuis. Vrijwilligerswerk buiten de deur via de consulent; de wijkcoach gaat mee naar het eerste gesprek.',
      actions: [
        ['Aanmelden bij de vrijwilligerscentrale (vrijwilligerswerk)', 'WT'],
        ['Terugkoppeling incidenten', 'WA'],
      ],
    }),
    expect: {
      caseKey: 'MDO-26-147',
      age: 50,
      gender: 'male',
      postcode4: '4829',
      zrm: {},
      needIncludes: ['vrijwilligerswerk doen, buiten en met zijn handen'],
      flags: ['aggression'],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vc-vrijwilligerswerk-dagbesteding'],
      never: ['vhd-klussendienst', 'tijd-voor-elkaar-ruilen', 'buur-en-co-buurtnetwerk', 'mee-vrijetijdsmaatje', 'vitras-buurtbemiddeling'],
    },
    why: 'Bedreiging van hulpverleners: geen vrijwilliger of ongescreende buur alleen bij hem thuis (klussendienst, ruilen, buurtnetwerk in West), en het MEE-maatje sluit agressie uit. Vrijwilligerswerk buiten de deur, met de wijkcoach bij het eerste gesprek, is wat het MDO besluit. Buurtbemiddeling is stopgezet.',
  },

  // ───────────── mdo-05 · Arabic-speaking father: letters and a buddy; his wife avoids groups ─────────────
  {
    id: 'mdo-05',
    style: 'kop-alinea',
    html: mdoMinutes({
      ...MDO,
      title: 'MDO nieuwkomers 16-11-2026',
      present: 'WT (wijkcoach), TC (taalcoach gemeente), VW (VluchtelingenWerk)',
      caseLine: 'Dossier MDO-26-152 · dhr. Y. Proef-Hassan, 39 jr, Valkenstraat 13, 4821 NP Demostad · statushouder uit Syrië sinds 2025, spreekt Arabisch, nog weinig Nederlands. Vrouw en drie kinderen (5, 9 en 12) sinds augustus herenigd.',
      turns: [
        ['VW', 'Veel post van de Belastingdienst en de gemeente over toeslagen; hij begrijpt de brieven niet. Geen schulden, de betalingen lopen.'],
        ['TC', 'Inburgering loopt, niveau A1.'],
        ['WT', 'Hij vraagt om iemand die in het Arabisch uitlegt wat er in de brieven staat, en een maatje dat het gezin wegwijs maakt (school, sportclub voor de kinderen). Zijn vrouw wil liever niet naar een groep.'],
      ],
      decision: 'Aanmelden bij Al Amal voor brievenhulp en een maatje.',
      actions: [
        ['Aanmelden brievenhulp en maatje', 'WT'],
        ['Taalaanbod voor mw. verkennen', 'TC'],
      ],
    }),
    expect: {
      caseKey: 'MDO-26-152',
      age: 39,
      gender: 'male',
      language: 'ar',
      postcode4: '4821',
      zrm: {},
      needIncludes: ['in het Arabisch uitlegt', 'maatje dat het gezin wegwijs maakt'],
      flags: ['language_barrier'],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['al-amal-brievenhulp', 'al-amal-maatje'],
      never: ['al-amal-vrouwengroep', 'humanitas-schuldhulpmaatje'],
    },
    why: 'Arabischsprekende vader die brieven uitgelegd wil krijgen en een maatje voor het gezin zoekt: de brievenhulp en het maatje van Al Amal passen (geen schulden). De vrouwengroep is alleen voor vrouwen. Dat zijn vrouw liever niet naar een groep gaat, is haar wens, niet een weigering van de cliënt.',
  },

  // ───────────── plan-01 · single mother, a pile of post, no debts ─────────────
  {
    id: 'plan-01',
    style: 'tabel-verslag',
    html: actionPlan({
      ...PLAN,
      title: 'Plan van aanpak',
      facts: [
        ['Cliëntnummer', 'PL-3301'],
        ['Naam', 'mw. J. Proefmoeder'],
        ['Geboortedatum', '17-05-1990'],
        ['Adres', 'Lavendelstraat 9, 4814 HS Demostad'],
        ['Gezin', 'alleenstaand, 2 kinderen (8 en 11)'],
      ],
      question: '"Ik wil weer overzicht in mijn post en rekeningen. Alles ligt op een stapel en ik durf de enveloppen niet meer open te maken."',
      rows: [
        { domain: 'Financiën', score: '3', situation: 'Stapel ongeopende post. Geen betalingsachterstanden: vaste lasten via automatische incasso, geen schulden.', goal: 'Overzicht in de administratie', action: 'Aanmelden Postwijzer of thuisadministratie', who: 'Wijkcoach' },
        { domain: 'Huiselijke relaties', score: '4', situation: 'Kinderen gaan goed op school.', goal: '-', action: '-', who: '-' },
        { domain: 'Sociaal netwerk', score: '4', situation: 'Zus en vriendinnen dichtbij.', goal: '-', action: '-', who: '-' },
        { domain: 'Dagbesteding', score: '4', situation: 'Werkt 24 uur in de thuiszorg.', goal: '-', action: '-', who: '-' },
      ],
      signed: 'Besproken en akkoord, 19-11-2026 · E. Collega',
    }),
    expect: {
      caseKey: 'PL-3301',
      age: 36,
      gender: 'female',
      postcode4: '4814',
      zrm: { finances: 3, domestic_relations: 4, social_network: 4, daytime_activities: 4 },
      needIncludes: ['overzicht in mijn post en rekeningen', 'enveloppen niet meer open'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vhd-postwijzer', 'humanitas-thuisadministratie'],
      never: ['humanitas-schuldhulpmaatje', 'humanitas-gezinsmaatje', 'al-amal-brievenhulp'],
    },
    why: 'Een stapel post zonder schulden: de Postwijzer (sorteren, ordner) en thuisadministratie passen. "Geen schulden" is een ontkenning; het schuldhulpmaatje is bovendien vol. Haar kinderen zijn 8 en 11, dus geen gezinsmaatje; de brievenhulp is in het Arabisch.',
  },

  // ───────────── plan-02 · widower in Oost, grief, does not want neighbours involved ─────────────
  {
    id: 'plan-02',
    style: 'tabel-verslag',
    html: actionPlan({
      ...PLAN,
      title: 'Plan van aanpak — eerste versie',
      facts: [
        ['Cliëntnummer', 'PL-3318'],
        ['Naam', 'dhr. V. Proefweduwnaar'],
        ['Geboortedatum', '30-03-1954'],
        ['Adres', 'Lindelaan 77, 4818 JC Demostad'],
        ['Wijk', 'Oost'],
      ],
      question: '"Sinds mijn vrouw in mei is overleden weet ik me geen raad. Ik wil praten met mensen die ook iemand verloren hebben, en misschien iemand die af en toe langskomt."',
      rows: [
        { domain: 'Geestelijke gezondheid', score: '3', situation: 'Somber en verdrietig, slaapt slecht. Huisarts: normale rouw, geen depressie.', goal: 'Verdriet een plek geven', action: 'Gespreksgroep rouw', who: 'Wijkcoach' },
        { domain: 'Sociaal netwerk', score: '2', situation: 'Twee dochters, bellen vaak. De buren wil hij er niet bij hebben ("die hoeven niet alles te weten").', goal: 'Meer contact', action: 'Maatje zoeken', who: 'Wijkcoach' },
        { domain: 'Dagbesteding', score: '3', situation: 'Zat altijd met zijn vrouw in de tuin; nu weinig omhanden.', goal: '-', action: '-', who: '-' },
        { domain: 'Lichamelijke gezondheid', score: '4', situation: 'Redelijk fit, fietst nog.', goal: '-', action: '-', who: '-' },
      ],
      signed: 'Opgesteld 20-11-2026 · E. Collega',
    }),
    expect: {
      caseKey: 'PL-3318',
      age: 72,
      gender: 'male',
      postcode4: '4818',
      wijk: 'Oost',
      zrm: { mental_health: 3, social_network: 2, daytime_activities: 3, physical_health: 4 },
      needIncludes: ['praten met mensen die ook iemand verloren hebben', 'af en toe langskomt'],
      flags: [],
      refusals: ['neighbours'],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['humanitas-steun-bij-verlies', 'humanitas-maatje-eenzaamheid'],
      never: ['buren-voor-buren-bezoek', 'even-buurten-buurtgenoot', 'zuid-helpt-koffieochtend', 'buddyhulp-ggz-buddy'],
    },
    why: 'Weduwnaar sinds zes maanden, normale rouw: de gespreksgroep bij verlies (minstens drie maanden na het verlies, geen ernstige depressie) en een Humanitas-maatje passen. De buren wil hij erbuiten houden, dus geen bezoek door een buurtgenoot (Buren voor Buren, Even Buurten), hoe goed Oost en 72 daar anders bij passen.',
  },

  // ───────────── plan-03 · Eritrean newcomer, Tigrinya, just got a house ─────────────
  {
    id: 'plan-03',
    style: 'tabel-verslag',
    html: actionPlan({
      ...PLAN,
      user: 'F. Collega',
      title: 'Plan van aanpak (opgesteld met tolk Tigrinya)',
      facts: [
        ['Cliëntnummer', 'PL-3325'],
        ['Naam', 'dhr. A. Proef-Tesfay'],
        ['Geboortedatum', '01-01-2000'],
        ['Adres', 'Kwartelstraat 8, 4822 BM Demostad'],
        ['Taal', 'Tigrinya, een beetje Engels'],
      ],
      question: '"Ik heb net een huis gekregen en heb hulp nodig om het in te richten. Ik wil ook sneller Nederlands leren."',
      rows: [
        { domain: 'Huisvesting', score: '3', situation: 'Sinds 1 november een lege huurwoning; meubels via de kringloop besteld.', goal: 'Woning ingericht', action: 'Vrijwilligers voor inrichten aanvragen; wijkcoach is op de dag bereikbaar', who: 'Wijkcoach' },
        { domain: 'Maatschappelijke participatie', score: '2', situation: 'Inburgering start in januari.', goal: 'Nederlands oefenen', action: 'Taalmaatje', who: 'Wijkcoach' },
        { domain: 'Sociaal netwerk', score: '2', situation: 'Kent een paar landgenoten.', goal: '-', action: '-', who: '-' },
        { domain: 'Financiën', score: '3', situation: 'Uitkering loopt, geen schulden.', goal: '-', action: '-', who: '-' },
      ],
      signed: 'Akkoord cliënt, 13-11-2026',
    }),
    expect: {
      caseKey: 'PL-3325',
      age: 26,
      gender: 'male',
      language: 'ti',
      postcode4: '4822',
      zrm: { housing: 3, participation: 2, social_network: 2, finances: 3 },
      needIncludes: ['hulp nodig om het in te richten', 'sneller Nederlands leren'],
      flags: ['language_barrier'],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['present-verhuis-en-inrichthulp', 'vc-taalmaatje'],
      never: ['al-amal-maatje', 'al-amal-brievenhulp', 'al-amal-vrouwengroep'],
    },
    why: 'Statushouder die net een woning kreeg en Nederlands wil oefenen: de inricht-hulp van Present (met de wijkcoach bereikbaar) en het taalmaatje (ook in het Tigrinya) passen. Al Amal is voor Arabischsprekenden, en de vrouwengroep bovendien alleen voor vrouwen.',
  },

  // ───────────── plan-04 · finances acute, wants to walk with someone ─────────────
  {
    id: 'plan-04',
    style: 'tabel-verslag',
    html: actionPlan({
      ...PLAN,
      title: 'Plan van aanpak',
      facts: [
        ['Cliëntnummer', 'PL-3340'],
        ['Naam', 'mw. M. Testlicht'],
        ['Geboortedatum', '30-11-1986'],
        ['Adres', 'Kamperfoelie 4, 4827 AC Demostad'],
      ],
      question: '"Ik wil er weer eens uit. Ik zit de hele dag binnen met mijn zorgen; samen wandelen zou me goed doen."',
      rows: [
        { domain: 'Financiën', score: '1', situation: 'Loonbeslag en een dreigende afsluiting van de energie; de schuldhulp heeft het met spoed opgepakt.', goal: 'Afsluiting voorkomen', action: 'Spoedtraject schuldhulp', who: 'Schuldhulpverlener' },
        { domain: 'Geestelijke gezondheid', score: '3', situation: 'Piekert veel, slaapt slecht; geen psychiatrische klachten.', goal: 'Meer rust', action: 'Wandelen met iemand', who: 'Wijkcoach' },
        { domain: 'Sociaal netwerk', score: '2', situation: 'Weinig contact sinds de verhuizing; moeder belt wekelijks.', goal: 'Meer contact', action: 'Maatje', who: 'Wijkcoach' },
        { domain: 'Lichamelijke gezondheid', score: '4', situation: 'Gezond.', goal: '-', action: '-', who: '-' },
      ],
      signed: 'Besproken 21-11-2026 · E. Collega',
    }),
    expect: {
      caseKey: 'PL-3340',
      age: 39,
      gender: 'female',
      postcode4: '4827',
      zrm: { finances: 1, mental_health: 3, social_network: 2, physical_health: 4 },
      needIncludes: ['er weer eens uit', 'samen wandelen'],
      flags: ['debts'],
      refusals: [],
      wishes: [],
      warnings: ['acute_domain:finances', 'debts_anonymous'],
      networkPrompt: 'ask_network',
      top5: ['maatjesproject-wandelmaatje', 'humanitas-maatje-eenzaamheid'],
      never: ['vhd-budgetcoaching', 'humanitas-thuisadministratie', 'vhd-postwijzer', 'juvans-formulierenhulp', 'humanitas-schuldhulpmaatje'],
    },
    why: 'Financiën op 1 (beslag, afsluiting) ligt bij de schuldhulp: geen vrijwilligers voor geld nu, en budget-, administratie- en formulierenhulp sluiten acute schulden zelf uit; het schuldhulpmaatje is vol. Haar vraag om samen te wandelen mag wel: een wandelmaatje of een maatje. Ze is 39 (jarig op 30 november).',
  },

  // ───────────── plan-05 · mother of a nine-year-old with autism, married ─────────────
  {
    id: 'plan-05',
    style: 'tabel-verslag',
    html: actionPlan({
      ...PLAN,
      title: 'Plan van aanpak gezin',
      facts: [
        ['Cliëntnummer', 'PL-3352'],
        ['Naam', 'mw. H. Proefouder'],
        ['Geboortedatum', '25-02-1985'],
        ['Adres', 'Hyacintweg 15, 4813 CV Demostad'],
        ['Gezin', 'getrouwd, dochter (9)'],
      ],
      question: '"Ik wil andere ouders spreken die ook een kind met autisme hebben, om tips te krijgen over school en regelingen."',
      rows: [
        { domain: 'Huiselijke relaties', score: '3', situation: 'Dochter (9) heeft autisme, veel driftbuien thuis; mw. en haar partner doen samen de opvoeding.', goal: 'Rust in huis', action: 'Oudercontactgroep', who: 'Wijkcoach' },
        { domain: 'Sociaal netwerk', score: '3', situation: 'Vriendinnen begrijpen het niet goed.', goal: 'Lotgenoten', action: 'Idem', who: '-' },
        { domain: 'Lichamelijke gezondheid', score: '5', situation: 'Mw. zelf is gezond.', goal: '-', action: '-', who: '-' },
        { domain: 'Dagbesteding', score: '4', situation: 'Werkt drie dagen per week.', goal: '-', action: '-', who: '-' },
      ],
      signed: 'Besproken met beide ouders, 16-11-2026',
    }),
    expect: {
      caseKey: 'PL-3352',
      age: 41,
      gender: 'female',
      postcode4: '4813',
      zrm: { domestic_relations: 3, social_network: 3, physical_health: 5, daytime_activities: 4 },
      needIncludes: ['andere ouders spreken', 'kind met autisme'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['mee-oudercontact'],
      never: ['zelfhulp-alleenstaande-ouders', 'mee-vrijetijdsmaatje', 'humanitas-gezinsmaatje'],
    },
    why: 'De autisme is van haar dochter van 9; zij zoekt andere ouders: de oudercontactgroep voor ouders van een kind met een beperking past precies. Ze is getrouwd (geen groep voor alleenstaande ouders), heeft zelf geen verstandelijke beperking (geen MEE-maatje) en haar kind is ouder dan 6 (geen gezinsmaatje).',
  },
];
