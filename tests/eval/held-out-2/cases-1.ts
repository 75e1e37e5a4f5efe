import type { EvalCaseInput } from '../eval-case';
import { ariaCard, iconCase, soapNote, tabbedCase } from './layouts';

/*
 * Held-out set 2, part 1: SOAP notes, tabbed pages with one tab shown, aria-labelled divs and ZRM
 * as icons. Judged by hand from shared/domain.md and each offer's own conditions in the demo kaart,
 * without running the matcher. Every person, address and number is invented.
 */

const ZORGDOSSIER = { system: 'ZorgDossier Wijk', user: 'K. Collega · wijkcoach' };
const TABS = { system: 'Dossier360 Demostad', user: 'Ingelogd: M. Proefcollega' };
const ARIA = { system: 'WijkApp', user: 'S. Teamlid' };
const ICON = { system: 'KompasZRM', user: 'R. Voorbeeld (buurtteam)' };

export const cases: EvalCaseInput[] = [
  // ───────────── soap-01 · lonely widower of 78 in Noord, risks stated absent ─────────────
  {
    id: 'soap-01',
    style: 'kop-alinea',
    html: soapNote({
      ...ZORGDOSSIER,
      strip: '<b>Dhr. H. Proefmans</b> · geb. 09-08-1948 · Dossier SW-26-0412 · Rozenpad 4, 4814 BK Demostad',
      meta: 'Huisbezoek 16-11-2026 · K. Collega (wijkcoach)',
      s: 'Meneer vertelt dat de dagen lang zijn sinds zijn vrouw in maart overleed. "Ik praat soms de hele dag met niemand." Zoon woont in Utrecht, komt eens per maand. Wil graag iemand om mee te wandelen en een bakkie te doen.',
      o: 'Verzorgd, woning netjes. Loopt met stok, kort stukje lukt goed. Geen geheugenproblemen, geen alcoholgebruik. Financien op orde (pensioen + AOW), geen schulden. ZRM: Financiën 4, Dagbesteding 2, Sociaal netwerk 2, Lichamelijke gezondheid 3, Geestelijke gezondheid 3.',
      a: 'Eenzaamheid na verlies partner, geen crisis. Meneer staat open voor contact, rouw lijkt normaal te verlopen.',
      p: 'Hulpvraag: iemand die 1x per week langskomt voor een wandeling en koffie. Besproken: buurtgenoot via Even Buurten of een maatje. Zoon vragen of hij vaker kan bellen. Evaluatie over 6 wkn.',
    }),
    expect: {
      caseKey: 'SW-26-0412',
      age: 78,
      gender: 'male',
      postcode4: '4814',
      zrm: { finances: 4, daytime_activities: 2, social_network: 2, physical_health: 3, mental_health: 3 },
      needIncludes: ['1x per week langskomt', 'wandeling en koffie'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['even-buurten-buurtgenoot', 'humanitas-maatje-eenzaamheid'],
      never: ['buren-voor-buren-bezoek', 'zuid-helpt-koffieochtend', 'buur-en-co-buurtnetwerk', 'ismes-herstelmaatje', 'zelfhulp-verslaving'],
    },
    why: 'Eenzame 78-jarige in Noord (4814) die wekelijks wil wandelen en koffie drinken: een buurtgenoot van Even Buurten (70+, Noord) en een Humanitas-maatje passen. Buurtaanbod voor Oost, Zuid of West valt af op gebied; "geen alcoholgebruik" is een ontkenning, dus verslavingsaanbod is onzin.',
  },

  // ───────────── soap-02 · wife of a man with early-onset alzheimer, overburdened ─────────────
  {
    id: 'soap-02',
    style: 'kop-alinea',
    html: soapNote({
      ...ZORGDOSSIER,
      strip: '<b>Mw. S. Testkamp-de Vries</b> · 15-03-1982 · Dossier SW-26-0388 · Kievitlaan 31, 4821 GT Demostad (Zuid)',
      meta: 'Gesprek op het wijkpunt 18-11-2026 · R. Teamlid',
      s: 'Haar man (52) heeft sinds vorig jaar de diagnose alzheimer (jonge dementie). Mw. regelt alles: medicatie klaarzetten, dagstructuur, s nachts dwaalt hij door het huis. "Ik ben op." Slaapt slecht, huilt veel, werkt nog 20 u per week. Kinderen (14 en 17) helpen wat mee, haar zus komt op zaterdag.',
      o: 'Mw. oogt moe en emotioneel. Zelf geen geheugenklachten. Geen financiele problemen. Dhr. heeft een casemanager dementie; geen wijkverpleging nodig, hij kan een middag zonder professionele zorg.',
      a: 'Overbelaste mantelzorger. ZRM (mw.): Huiselijke relaties 2, Geestelijke gezondheid 2, Sociaal netwerk 3, Financiën 4, Dagbesteding 3.',
      p: 'Hulpvraag: mw. wil een vaste middag per week vrij terwijl er iemand bij haar man is, en wil praten met andere mantelzorgers. Respijt aanvragen, info mantelzorgcafé meegegeven. Zus en kinderen niet nog meer belasten.',
    }),
    expect: {
      caseKey: 'SW-26-0388',
      age: 44,
      gender: 'female',
      postcode4: '4821',
      wijk: 'Zuid',
      zrm: { domestic_relations: 2, mental_health: 2, social_network: 3, finances: 4, daytime_activities: 3 },
      needIncludes: ['vaste middag per week vrij', 'praten met andere mantelzorgers'],
      flags: ['carer_overburdened'],
      refusals: [],
      wishes: [],
      isCarer: true,
      warnings: ['carer_overburdened'],
      networkPrompt: 'ask_network',
      top5: ['vhd-zorgzaam', 'mantelzorg-mantelzorgcafe'],
      never: ['hoogeloon-dagopvang', 'zonnebloem-aangepaste-vakantie', 'mantelzorg-jonge-mantelzorgers', 'even-buurten-buurtgenoot'],
    },
    why: 'De alzheimer is van haar man: zij is een overbelaste mantelzorger van 44. Respijt waarbij een vrijwilliger bij iemand met beginnende dementie blijft (Zorgzaam) en lotgenoten in het mantelzorgcafé passen. De dagopvang is alleen voor Hoogeloon, de vakantieweek is volgeboekt, jonge mantelzorgers is voor 8–24 en Even Buurten voor 70+.',
  },

  // ───────────── soap-03 · drinks every evening, does not want to stop, wants daytime work ─────────────
  {
    id: 'soap-03',
    style: 'kop-alinea',
    html: soapNote({
      ...ZORGDOSSIER,
      user: 'M. Proefcollega · wijkcoach',
      strip: '<b>Dhr. J. Fictief</b> · 35 jr · Dossier SW-26-0455 · wijk Centrum',
      meta: 'Huisbezoek 12-11-2026 samen met de woonconsulent · M. Proefcollega',
      s: 'Meneer drinkt elke avond 8 à 10 blikjes bier, ziet daar geen probleem in en wil niet minderen ("dat is mijn enige ontspanning"). Verveelt zich overdag sinds hij in juni zijn baan in het magazijn kwijtraakte. Broer woont in de stad, contact is goed.',
      o: 'Woning redelijk op orde. Vriendelijk, geen agressie. Geen schulden, wel krap bij kas. Huisarts kent het drinken; verwijzing naar verslavingszorg heeft hij afgeslagen.',
      a: 'Actief alcoholgebruik zonder stopwens, geen crisis. Dagbesteding ontbreekt. ZRM: Verslaving 2 · Dagbesteding 2 · Financiën 3 · Sociaal netwerk 3 · Maatschappelijke participatie 2',
      p: 'Hulpvraag: meneer wil overdag iets omhanden hebben, liefst vrijwilligerswerk met zijn handen, bijv. bij de kringloop. Wijkcoach blijft betrokken, drinken blijft onderwerp van gesprek.',
    }),
    expect: {
      caseKey: 'SW-26-0455',
      age: 35,
      gender: 'male',
      wijk: 'Centrum',
      zrm: { addiction: 2, daytime_activities: 2, finances: 3, social_network: 3, participation: 2 },
      needIncludes: ['overdag iets omhanden hebben', 'vrijwilligerswerk met zijn handen'],
      flags: ['active_addiction'],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vc-vrijwilligerswerk-dagbesteding'],
      never: ['ismes-herstelinloop', 'kwartiermaken-vriendendienst', 'zelfhulp-verslaving', 'ismes-herstelmaatje', 'juvans-jongerenmaatje'],
    },
    why: 'Hij drinkt nu en wil niet stoppen, maar wil zelf iets gaan doen: vrijwilligerswerk als daginvulling past en sluit actief gebruik niet uit. De herstelinloop en de ontmoetingsavond sluiten actief gebruik uit, zelfhulpgroep en herstelmaatje vragen een stopwens; het jongerenmaatje is voor 16–23 en sluit verslaving uit.',
  },

  // ───────────── soap-04 · Polish mother, little Dutch, wants to practise the language ─────────────
  {
    id: 'soap-04',
    style: 'kop-alinea',
    html: soapNote({
      ...ZORGDOSSIER,
      user: 'S. Collega · wijkcoach',
      strip: '<b>Mw. A. Nowak-Proef</b> · geb. 20-01-1997 · Dossier SW-26-0471 · Merelstraat 8, 4826 PL Demostad',
      meta: 'Intake 19-11-2026, met telefoontolk Pools · S. Collega',
      s: 'Mw. komt uit Polen, woont 2 jr in NL, haar man werkt in de kassen. Spreekt Pools en een beetje Engels, nauwelijks Nederlands. Voelt zich alleen, kent niemand in de straat. Kinderen (3 en 6 jaar) gaan naar de peuterspeelzaal en school.',
      o: 'Gesprek via tolk. Huis op orde, kinderen zien er goed verzorgd uit. Geen signalen van huiselijk geweld. Geen financiele problemen.',
      a: 'Taalbarrière en sociaal isolement. ZRM 2017: Sociaal netwerk 2; Maatschappelijke participatie 2; Financiën 4; Huiselijke relaties 4',
      p: 'Hulpvraag: mw. wil Nederlands leren in gewone situaties (school, winkel) en andere moeders leren kennen. Aanmelden taalmaatje; info over inburgering via de gemeente.',
    }),
    expect: {
      caseKey: 'SW-26-0471',
      age: 29,
      gender: 'female',
      language: 'pl',
      postcode4: '4826',
      zrm: { social_network: 2, participation: 2, finances: 4, domestic_relations: 4 },
      needIncludes: ['Nederlands leren in gewone situaties', 'andere moeders leren kennen'],
      flags: ['language_barrier'],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vc-taalmaatje'],
      never: ['al-amal-vrouwengroep', 'al-amal-maatje', 'al-amal-brievenhulp'],
    },
    why: 'Poolse moeder die Nederlands wil oefenen in gewone situaties: het taalmaatje (ook in het Pools) is precies dat. Al Amal is voor Arabischsprekenden; de vrouwengroep en het maatje passen niet bij een Poolse cliënt, hoe goed "moeders" en "nieuwkomer" ook klinken.',
  },

  // ───────────── soap-05 · left a violent partner, two small children ─────────────
  {
    id: 'soap-05',
    style: 'kop-alinea',
    html: soapNote({
      ...ZORGDOSSIER,
      user: 'J. Collega · wijkcoach',
      strip: '<b>Mw. L. Voorbeeld</b> · 30-07-1988 · Dossier SW-26-0502 · Vinkenlaan 2, 4817 AH Demostad',
      meta: 'Gesprek 20-11-2026 op kantoor · J. Collega, aandachtsfunctionaris huiselijk geweld aanwezig',
      s: 'Mw. is in september met de kinderen (2 en 5) vertrokken bij haar partner na jaren huiselijk geweld. Ex komt nog onaangekondigd langs en belt haar familie om haar onder druk te zetten; moeder en zus kiezen zijn kant. Mw. voelt zich alleen met de kinderen.',
      o: 'Veilig Thuis is betrokken, er is een veiligheidsplan. Mw. is rustig en helder. Geen middelengebruik.',
      a: 'Huiselijk geweld, netwerk is onveilig. Alleenstaande moeder. ZRM: Huiselijke relaties 2, Sociaal netwerk 2, Financiën 3, Geestelijke gezondheid 3.',
      p: 'Hulpvraag: mw. wil andere alleenstaande ouders ontmoeten en praten over opvoeden in haar eentje. Netwerk niet inzetten zolang de veiligheid niet gewaarborgd is (afspraak met Veilig Thuis).',
    }),
    expect: {
      caseKey: 'SW-26-0502',
      age: 38,
      gender: 'female',
      postcode4: '4817',
      zrm: { domestic_relations: 2, social_network: 2, finances: 3, mental_health: 3 },
      needIncludes: ['andere alleenstaande ouders ontmoeten', 'opvoeden in haar eentje'],
      flags: ['domestic_violence', 'unsafe_network'],
      refusals: [],
      wishes: [],
      warnings: ['unsafe_network'],
      networkPrompt: 'network_unsafe',
      top5: ['zelfhulp-alleenstaande-ouders'],
      never: ['humanitas-gezinsmaatje', 'eigen-kracht-conferentie', 'vhd-netwerkcoach', 'wehelpen-hulpnetwerk', 'mantelzorg-zorgrooster-familie'],
    },
    why: 'Huiselijk geweld en een familie die de kant van de ex kiest: geen aanbod dat het eigen netwerk inschakelt, en het gezinsmaatje sluit huiselijk geweld zelf uit. De groep voor alleenstaande ouders kent die uitsluiting niet en beantwoordt haar vraag precies.',
  },

  // ───────────── tabs-01 · tax return in February, widower in Centrum ─────────────
  {
    id: 'tabs-01',
    style: 'formulier',
    now: '2027-02-15T10:00:00+01:00',
    html: tabbedCase({
      ...TABS,
      header: '<h1>Dhr. W. Proefhuis</h1><p>Cliëntnr. 20-55871 · geboren 30-06-1952 · Kerkstraat 12a, 4811 KL Demostad · Wijk Centrum</p>',
      tabs: ['Persoonsgegevens', 'Hulpvraag', 'Leefgebieden', 'Netwerk', 'Documenten'],
      active: 'Hulpvraag',
      panel: `<h3>Aanmeldreden</h3>
<p>Dhr. belde zelf. Hij is sinds augustus weduwnaar; zijn vrouw deed altijd de papieren.</p>
<label for="hv">Hulpvraag in eigen woorden</label>
<textarea id="hv" readonly rows="4">Mijn vrouw deed altijd de belastingaangifte. Ik wil dat iemand mij helpt met de aangifte over 2026 en kijkt of mijn huurtoeslag nog klopt.</textarea>
<label for="bz">Bijzonderheden</label>
<textarea id="bz" readonly rows="3">DigiD is geregeld (dochter heeft geholpen). Geen schulden, geen betalingsachterstanden. Eenvoudige aangifte: AOW en een klein pensioen.</textarea>
<p class="hint">Laatst gewijzigd 09-02-2027 door M. Proefcollega</p>`,
    }),
    expect: {
      caseKey: '20-55871',
      age: 74,
      gender: 'male',
      postcode4: '4811',
      wijk: 'Centrum',
      zrm: {},
      needIncludes: ['helpt met de aangifte over 2026', 'huurtoeslag nog klopt'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vhd-belastingaangifte', 'vhd-administratieve-ondersteuning'],
      never: ['al-amal-brievenhulp', 'humanitas-schuldhulpmaatje'],
    },
    why: 'Half februari is het aangifteseizoen: de belastinghulp (tot 1 april, DigiD geregeld, eenvoudige aangifte) past precies, de huurtoeslag is een losse administratieve vraag. Geen schulden, dus geen schuldhulpmaatje (dat is bovendien vol); de brievenhulp in het Arabisch is niet voor hem.',
  },

  // ───────────── tabs-02 · letter about housing benefit in June: tax help is out of season ─────────────
  {
    id: 'tabs-02',
    style: 'formulier',
    now: '2026-06-10T10:00:00+02:00',
    html: tabbedCase({
      ...TABS,
      header: '<h1>Mw. E. Testveld</h1><p>Cliëntnr. 20-56102 · geb. 11-02-1956 · Zwaluwhof 3, 4815 EV Demostad · Noord</p>',
      tabs: ['Persoonsgegevens', 'Hulpvraag', 'Leefgebieden', 'Documenten'],
      active: 'Leefgebieden',
      panel: `<p class="intro">Hulpvraag (samengevat): <b>mw. wil hulp om een brief van de Belastingdienst over het terugbetalen van huurtoeslag te begrijpen en bezwaar te maken</b>.</p>
<div class="lg"><h4>Financiën <span class="badge">3</span></h4><p>Moet € 640 huurtoeslag over 2025 terugbetalen, snapt niet waarom. Ze heeft geen schulden en kan het bedrag in één keer betalen.</p></div>
<div class="lg"><h4>Huisvesting <span class="badge">4</span></h4><p>Huurwoning, geen achterstand.</p></div>
<div class="lg"><h4>Lichamelijke gezondheid <span class="badge">3</span></h4><p>Artrose in de handen, schrijven gaat moeizaam.</p></div>
<div class="lg"><h4>Sociaal netwerk <span class="badge">4</span></h4><p>Twee zonen in de buurt, kerkgenootschap.</p></div>
<div class="lg"><h4>Maatschappelijke participatie <span class="badge">3</span></h4><p>Geen computer, belt liever.</p></div>`,
    }),
    expect: {
      caseKey: '20-56102',
      age: 70,
      gender: 'female',
      postcode4: '4815',
      wijk: 'Noord',
      zrm: { finances: 3, housing: 4, physical_health: 3, social_network: 4, participation: 3 },
      needIncludes: ['brief van de Belastingdienst', 'bezwaar te maken'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vhd-administratieve-ondersteuning'],
      never: ['vhd-belastingaangifte', 'humanitas-schuldhulpmaatje'],
    },
    why: 'In juni helpt de belastinghulp niet (alleen tot 1 april, en het gaat niet om een aangifte); een brief over toeslagen en een bezwaar opstellen is precies een losse vraag voor de administratieve ondersteuning. Geen schulden, dus geen schuldhulpmaatje.',
  },

  // ───────────── tabs-03 · her son drinks and smokes weed; she is the naaste ─────────────
  {
    id: 'tabs-03',
    style: 'formulier',
    html: tabbedCase({
      ...TABS,
      user: 'Ingelogd: J. Proefcollega',
      header: '<h1>Mw. G. Fictief-Bakker</h1><p>Cliëntnr. 20-55930 · 04-04-1968 · Populierenlaan 40, 4828 CD Demostad</p>',
      tabs: ['Overzicht', 'Gespreksverslagen', 'Leefgebieden', 'Afspraken'],
      active: 'Gespreksverslagen',
      panel: `<article class="verslag"><h3>Gesprek 17-11-2026 (huisbezoek)</h3>
<p>Zoon Kevin (27) woont nog thuis, drinkt veel en blowt dagelijks, komt zijn afspraken niet na. Mw. maakt zich grote zorgen en ligt er wakker van. Zelf drinkt mw. niet. Er is geen geweld, wel veel spanning in huis. Zoon wil zelf geen hulp.</p>
<p><b>Hulpvraag:</b> mw. wil praten met andere ouders die dit meemaken en leren hoe ze grenzen stelt aan haar zoon.</p>
<table class="mini-zrm"><caption>Laatste ZRM (mw.)</caption><tr><td>Verslaving</td><td>5</td></tr><tr><td>Huiselijke relaties</td><td>2</td></tr><tr><td>Geestelijke gezondheid</td><td>3</td></tr><tr><td>Sociaal netwerk</td><td>3</td></tr></table>
</article>
<article class="verslag"><h3>Telefonisch 03-11-2026</h3><p>Aanmelding via de huisarts. Mw. belt terug voor een afspraak.</p></article>`,
    }),
    expect: {
      caseKey: '20-55930',
      age: 58,
      gender: 'female',
      postcode4: '4828',
      zrm: { addiction: 5, domestic_relations: 2, mental_health: 3, social_network: 3 },
      needIncludes: ['praten met andere ouders', 'grenzen stelt aan haar zoon'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['zelfhulp-naasten-verslaving'],
      never: ['zelfhulp-verslaving', 'ismes-herstelmaatje', 'ismes-herstelinloop'],
    },
    why: 'Het drinken en blowen is van haar zoon; zij drinkt zelf niet (Verslaving 5). Zij is een naaste: de groep voor naasten van iemand met een verslaving past, zonder huiselijk geweld. Aanbod voor wie zelf wil stoppen of in herstel is (zelfhulpgroep, herstelmaatje, herstelinloop) is niet voor haar.',
  },

  // ───────────── tabs-04 · 17-year-old under jeugdreclassering ─────────────
  {
    id: 'tabs-04',
    style: 'formulier',
    html: tabbedCase({
      ...TABS,
      header: '<h1>D. Proefjongen</h1><p>Cliëntnr. 20-56311 · geb. 05-05-2009 · jongen · Hazelaarstraat 7, 4823 KP Demostad</p>',
      tabs: ['Gezin', 'Leefgebieden', 'Kader', 'Plan'],
      active: 'Leefgebieden',
      panel: `<ul class="lg-list">
<li><b>Justitie</b> — 2 · Jeugdreclassering sinds augustus na uitspraak van de kinderrechter (verplicht traject, taakstraf loopt).</li>
<li><b>Dagbesteding</b> — 2 · Van school gestuurd, zit thuis.</li>
<li><b>Huiselijke relaties</b> — 3 · Woont bij moeder, veel ruzie over uitgaan, geen geweld.</li>
<li><b>Verslaving</b> — 4 · Experimenteert af en toe met blowen, geen dagelijks gebruik.</li>
<li><b>Sociaal netwerk</b> — 3 · Vrienden vooral uit de oude groep.</li>
</ul>
<p><b>Vraag van moeder en jongere:</b> een maatje dat hem helpt een opleiding of bijbaan te vinden en zijn afspraken na te komen.</p>
<p class="note">Jeugdreclasseerder (verplicht kader) coördineert; nieuwe hulp alleen in overleg met haar.</p>`,
    }),
    expect: {
      caseKey: '20-56311',
      age: 17,
      gender: 'male',
      postcode4: '4823',
      zrm: { justice: 2, daytime_activities: 2, domestic_relations: 3, addiction: 4, social_network: 3 },
      needIncludes: ['opleiding of bijbaan te vinden', 'afspraken na te komen'],
      flags: ['coercive'],
      refusals: [],
      wishes: [],
      warnings: ['coercive_no_volunteers'],
      networkPrompt: 'ask_network',
      top5: [],
      never: ['juvans-jongerenmaatje', 'eigen-kracht-jongeren', 'vc-vrijwilligerswerk-dagbesteding', 'humanitas-maatje-na-detentie'],
    },
    why: 'Jeugdreclassering na een uitspraak van de kinderrechter is een opgelegd kader: geen vrijwilligers, hoe precies het jongerenmaatje ook op de vraag past. Af en toe blowen is geen actieve verslaving; het maatje na detentie is voor 18+ en voor wie uit detentie komt.',
  },

  // ───────────── tabs-05 · 83, after a hip operation, groceries for a few weeks, Oost ─────────────
  {
    id: 'tabs-05',
    style: 'formulier',
    html: tabbedCase({
      ...TABS,
      header: '<h1>Mw. C. Proefstra</h1><p>Cliëntnr. 20-56377 · 12-09-1943 · Lijsterbeslaan 19, 4818 RN Demostad · Oost</p>',
      tabs: ['Aanmelding', 'Leefgebieden', 'Netwerk', 'Verslagen'],
      active: 'Aanmelding',
      panel: `<dl class="grid">
<dt>Aangemeld door</dt><dd>Transferverpleegkundige ziekenhuis</dd>
<dt>Datum</dt><dd>13-11-2026</dd>
<dt>Reden</dt><dd>Heupoperatie 5 november, thuis sinds 12 november. Loopt met rollator, fysiotherapie aan huis.</dd>
<dt>Hulpvraag</dt><dd>Mw. kan tijdelijk niet zelf boodschappen doen en wil dat iemand de komende weken wekelijks de boodschappen haalt. Ze wil daarna weer zelf, liefst met iemand erbij, naar de winkel.</dd>
<dt>Netwerk</dt><dd>Zoon woont in Canada. Buurvrouw kijkt af en toe, kan niet wekelijks.</dd>
<dt>Risico's</dt><dd>Geen geheugenproblemen, geen financiële zorgen.</dd>
</dl>`,
    }),
    expect: {
      caseKey: '20-56377',
      age: 83,
      gender: 'female',
      postcode4: '4818',
      wijk: 'Oost',
      zrm: {},
      needIncludes: ['wekelijks de boodschappen haalt', 'weer zelf'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['rodekruis-boodschappenhulp', 'even-buurten-buurtgenoot'],
      never: ['zuid-helpt-boodschappen-en-klusjes', 'bijspringer-buurthulp', 'hoogeloon-dorpsondersteuning', 'buur-en-co-buurtnetwerk'],
    },
    why: 'Tijdelijk geen boodschappen na een heupoperatie: de boodschappenhulp van het Rode Kruis is er precies voor (tot drie maanden), en een buurtgenoot van Even Buurten (83, Oost) kan daarna mee naar de winkel. Boodschappenhulp van buren in Zuid, Noord/West of Hoogeloon komt niet in Oost.',
  },

  // ───────────── aria-01 · lonely, likes to cook, no volunteer at home ─────────────
  {
    id: 'aria-01',
    style: 'kaartjes',
    html: ariaCard({
      ...ARIA,
      regions: [
        {
          label: 'Cliënt',
          fields: [
            ['Dossiernummer', 'AR-7713'],
            ['Naam', 'dhr. P. Voorbeeldman'],
            ['Geboortedatum', '14-02-1960'],
            ['Adres', 'Wilgenhof 22, 4826 JJ Demostad'],
            ['Wijk', 'West'],
          ],
        },
      ],
      zrm: { edition: '2017', scores: [['Sociaal netwerk', '2'], ['Dagbesteding', '3'], ['ADL', '4'], ['Financiën', '4'], ['Huisvesting', '4']] },
      notes: [
        { label: 'Hulpvraag', html: '<p>Meneer voelt zich eenzaam sinds hij met pensioen is. Hij kookt graag en zou het leuk vinden om samen met anderen te eten of ergens binnen te lopen voor koffie.</p>' },
        { label: 'Voorkeuren', html: '<p>Hij wil uitdrukkelijk geen vrijwilliger bij hem thuis over de vloer ("mijn huis is mijn huis"). Naar buiten gaan vindt hij prima.</p>' },
      ],
    }),
    expect: {
      caseKey: 'AR-7713',
      age: 66,
      gender: 'male',
      postcode4: '4826',
      wijk: 'West',
      zrm: { social_network: 2, daytime_activities: 3, adl: 4, finances: 4, housing: 4 },
      needIncludes: ['samen met anderen te eten', 'binnen te lopen voor koffie'],
      flags: [],
      refusals: ['home_visits'],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vitras-samen-eten', 'vitras-huiskamer'],
      never: ['humanitas-maatje-eenzaamheid', 'zonnebloem-huisbezoek', 'handjehelpen-vaste-vrijwilliger', 'buren-voor-buren-bezoek'],
    },
    why: 'Eenzaam, wil samen eten en binnenlopen, maar geen vrijwilliger thuis: samen eten in de wijk en de huiskamer passen precies. Bezoek aan huis (Humanitas-maatje, Zonnebloem, Handjehelpen, Buren voor Buren, dat bovendien alleen in Oost is) weigert hij.',
  },

  // ───────────── aria-02 · debts with shame, only anonymous help, no family or neighbours ─────────────
  {
    id: 'aria-02',
    style: 'kaartjes',
    html: ariaCard({
      ...ARIA,
      user: 'R. Teamlid',
      regions: [
        {
          label: 'Cliënt',
          fields: [
            ['Dossiernummer', 'AR-7790'],
            ['Naam', 'mw. H. Testers'],
            ['Geboortedatum', '02-10-1974'],
            ['Adres', 'Distelweg 5, 4823 BA Demostad'],
          ],
        },
      ],
      zrm: { edition: '2013', scores: [['Financiën', '2'], ['Geestelijke gezondheid', '3'], ['Sociaal netwerk', '3'], ['Huiselijke relaties', '4'], ['Dagbesteding', '4']] },
      notes: [
        { label: 'Situatie', html: '<p>Mw. heeft ongeveer € 9.000 schuld (energie, zorgverzekering, creditcard). Schuldhulpverlening van de gemeente loopt sinds oktober, er is een budgetplan; geen beslag, geen afsluiting.</p>' },
        { label: 'Hulpvraag', html: '<p>Mw. wil leren hoe ze met haar geld rondkomt en haar administratie zelf bijhoudt.</p>' },
        { label: 'Wensen', html: '<p>Ze schaamt zich diep. Familie en buren mogen het absoluut niet weten; hulp alleen van iemand die anoniem is en niet uit de buurt komt.</p>' },
      ],
    }),
    expect: {
      caseKey: 'AR-7790',
      age: 52,
      postcode4: '4823',
      gender: 'female',
      zrm: { finances: 2, mental_health: 3, social_network: 3, domestic_relations: 4, daytime_activities: 4 },
      needIncludes: ['met haar geld rondkomt', 'administratie zelf bijhoudt'],
      flags: ['debts'],
      refusals: ['own_network', 'neighbours'],
      wishes: ['anonymous'],
      warnings: ['debts_anonymous'],
      networkPrompt: 'network_refused',
      top5: ['vhd-budgetcoaching', 'humanitas-thuisadministratie'],
      never: ['humanitas-schuldhulpmaatje', 'eigen-kracht-conferentie', 'vhd-netwerkcoach', 'tijd-voor-elkaar-ruilen', 'nlvoorelkaar-hulpvraag', 'zuid-helpt-boodschappen-en-klusjes'],
    },
    why: 'Schulden met schaamte naast een lopend schuldhulptraject, geen acute schuldencrisis (Financiën 2): de anonieme, getrainde budgetcoach en thuisadministratie (niet uit de buurt) passen. Familie en buren weigert ze, dus geen netwerkcoach, Eigen Kracht of buurtplatforms; het schuldhulpmaatje neemt niemand aan.',
  },

  // ───────────── aria-03 · Arabic-speaking mother, only a female volunteer ─────────────
  {
    id: 'aria-03',
    style: 'kaartjes',
    html: ariaCard({
      ...ARIA,
      regions: [
        {
          label: 'Cliënt',
          fields: [
            ['Dossiernummer', 'AR-7802'],
            ['Naam', 'mw. R. Proef-Haddad'],
            ['Geboortedatum', '19-08-1992'],
            ['Adres', 'Akkerwinde 14, 4813 MS Demostad'],
            ['Taal', 'Arabisch (tolk nodig)'],
            ['Gezin', 'getrouwd, 2 kinderen (1 en 4 jaar)'],
          ],
        },
      ],
      zrm: { edition: '2017', scores: [['Sociaal netwerk', '2'], ['Maatschappelijke participatie', '2'], ['Huiselijke relaties', '4'], ['Financiën', '3']] },
      notes: [
        { label: 'Hulpvraag', html: '<p>Mw. zit veel thuis met de kinderen en kent weinig mensen. Ze wil graag andere vrouwen ontmoeten en iemand die haar wegwijs maakt in de buurt (consultatiebureau, bibliotheek).</p>' },
        { label: 'Voorkeur', html: '<p>Alleen een vrouwelijke vrijwilliger. Man werkt overdag en steunt de aanvraag.</p>' },
      ],
    }),
    expect: {
      caseKey: 'AR-7802',
      age: 34,
      gender: 'female',
      language: 'ar',
      postcode4: '4813',
      zrm: { social_network: 2, participation: 2, domestic_relations: 4, finances: 3 },
      needIncludes: ['andere vrouwen ontmoeten', 'wegwijs maakt in de buurt'],
      flags: ['language_barrier'],
      refusals: [],
      wishes: ['same_gender_volunteer'],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['al-amal-vrouwengroep', 'al-amal-maatje'],
      never: ['zelfhulp-alleenstaande-ouders', 'buur-en-co-buurtnetwerk'],
    },
    why: 'Arabischsprekende moeder die vrouwen wil ontmoeten en wegwijs wil worden, met een vrouwelijke vrijwilliger: de vrouwengroep van Al Amal en het Al Amal-maatje (maatje van hetzelfde geslacht op verzoek) passen. Ze is getrouwd, dus de groep voor alleenstaande ouders niet; het buurtnetwerk is alleen in West.',
  },

  // ───────────── aria-04 · schizophrenia, stable, wants to join a club ─────────────
  {
    id: 'aria-04',
    style: 'kaartjes',
    html: ariaCard({
      ...ARIA,
      user: 'J. Teamlid',
      regions: [
        {
          label: 'Cliënt',
          fields: [
            ['Dossiernummer', 'AR-7815'],
            ['Naam', 'dhr. T. Proefkamp'],
            ['Geboortedatum', '03-03-1995'],
            ['Adres', 'Torenstraat 9b, 4812 AZ Demostad'],
          ],
        },
        { label: 'Betrokken hulpverlening', fields: [['FACT-team', 'behandelaar en ambulant begeleider'], ['Huisarts', 'praktijk De Linde']] },
      ],
      zrm: {
        edition: '2017',
        scores: [['Geestelijke gezondheid', '3'], ['Maatschappelijke participatie', '2'], ['Sociaal netwerk', '2'], ['Verslaving', '5'], ['Dagbesteding', '2']],
      },
      notes: [
        { label: 'Achtergrond', html: '<p>Meneer heeft schizofrenie en is sinds twee jaar stabiel op medicatie. Het FACT-team blijft betrokken. Geen middelengebruik, geen crisis.</p>' },
        { label: 'Hulpvraag', html: '<p>Hij wil weer ergens bij horen: een koor of een sportclub. De eerste keer alleen gaan durft hij niet.</p>' },
      ],
    }),
    expect: {
      caseKey: 'AR-7815',
      age: 31,
      gender: 'male',
      postcode4: '4812',
      zrm: { mental_health: 3, participation: 2, social_network: 2, addiction: 5, daytime_activities: 2 },
      needIncludes: ['ergens bij horen', 'koor of een sportclub'],
      flags: ['psychiatric'],
      refusals: [],
      wishes: [],
      warnings: ['psychiatric_specialised'],
      networkPrompt: 'ask_network',
      top5: ['kwartiermaken-maatje-meedoen'],
      never: ['humanitas-maatje-eenzaamheid', 'buddyhulp-ggz-buddy', 'humanitas-steun-bij-verlies', 'zelfhulp-verslaving'],
    },
    why: 'Ernstige psychiatrische aandoening, stabiel, met een betrokken behandelaar: het Kwartiermaken-maatje dat helpt een plek in een club te vinden en de eerste keren meegaat is er precies voor. Het Humanitas-maatje sluit ernstige psychiatrische problematiek zelf uit, de GGZ-buddy is vol; geen middelengebruik.',
  },

  // ───────────── aria-05 · wife (79) of a man with alzheimer, copes well ─────────────
  {
    id: 'aria-05',
    style: 'kaartjes',
    html: ariaCard({
      ...ARIA,
      regions: [
        {
          label: 'Cliënt',
          fields: [
            ['Dossiernummer', 'AR-7831'],
            ['Naam', 'mw. B. Fictief-Jansen'],
            ['Geboortedatum', '06-06-1947'],
            ['Adres', 'Goudsbloemstraat 2, 4813 PE Demostad'],
            ['Wijk', 'Noord'],
          ],
        },
      ],
      zrm: { edition: '2017', scores: [['Huiselijke relaties', '3'], ['Sociaal netwerk', '4'], ['Lichamelijke gezondheid', '4']] },
      notes: [
        { label: 'Situatie', html: '<p>Haar man heeft alzheimer (diagnose 2025) en kan niet meer alleen thuis blijven. Mw. zorgt voor hem en houdt het goed vol; dochter woont om de hoek en springt bij. Mw. zelf is gezond en heeft geen geheugenklachten.</p>' },
        { label: 'Hulpvraag', html: '<p>Mw. wil één middag per week iets voor zichzelf doen (bridgeclub) terwijl er iemand bij haar man is. Ook wil ze graag ervaringen uitwisselen met andere mantelzorgers.</p>' },
      ],
    }),
    expect: {
      caseKey: 'AR-7831',
      age: 79,
      gender: 'female',
      postcode4: '4813',
      wijk: 'Noord',
      zrm: { domestic_relations: 3, social_network: 4, physical_health: 4 },
      needIncludes: ['één middag per week iets voor zichzelf', 'ervaringen uitwisselen met andere mantelzorgers'],
      flags: [],
      refusals: [],
      wishes: [],
      isCarer: true,
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vhd-zorgzaam', 'mantelzorg-mantelzorgcafe'],
      never: ['hoogeloon-dagopvang', 'zonnebloem-aangepaste-vakantie'],
    },
    why: 'De alzheimer is van haar man; zij is mantelzorger, niet overbelast, en heeft zelf geen geheugenklachten. Respijt van Zorgzaam (ook bij dementie) en het mantelzorgcafé passen. De dagopvang is alleen voor Hoogeloon en de vakantieweek is volgeboekt.',
  },

  // ───────────── icoon-01 · eviction in days, no money for food: acute crisis ─────────────
  {
    id: 'icoon-01',
    style: 'kaartjes',
    html: iconCase({
      ...ICON,
      header: '<h1>Mw. R. Testvrouw</h1><p>Casus C-2026-1187 · 44 jaar · Beukenstraat 5, 4827 HL Demostad · 2 kinderen (8 en 11)</p>',
      zrm: [
        { domain: 'Financiën', score: 1 },
        { domain: 'Huisvesting', score: 1 },
        { domain: 'Huiselijke relaties', score: 3 },
        { domain: 'Geestelijke gezondheid', score: 2 },
        { domain: 'Sociaal netwerk', score: 3 },
      ],
      body: `<section><h2>Situatie</h2><p>Vonnis ontruiming, de deurwaarder komt 27 november. Huurachterstand 7 maanden. Energie wordt volgende week afgesloten. Mw. heeft geen geld voor eten voor de kinderen. <b>Acute crisis</b>: schuldhulp, corporatie en wijkteam schakelen vandaag.</p></section>
<section><h2>Hulpvraag</h2><p>Mw. wil dat de ontruiming wordt tegengehouden en hulp bij haar geldzaken.</p></section>
<section><h2>Netwerk</h2><p>Broer helpt waar hij kan, heeft zelf ook weinig.</p></section>`,
    }),
    expect: {
      caseKey: 'C-2026-1187',
      age: 44,
      gender: 'female',
      postcode4: '4827',
      zrm: { finances: 1, housing: 1, domestic_relations: 3, mental_health: 2, social_network: 3 },
      needIncludes: ['ontruiming wordt tegengehouden', 'hulp bij haar geldzaken'],
      flags: ['crisis', 'debts'],
      refusals: [],
      wishes: [],
      warnings: ['crisis', 'acute_domain:finances', 'acute_domain:housing', 'debts_anonymous'],
      networkPrompt: 'ask_network',
      top5: [],
      never: ['humanitas-thuisadministratie', 'vhd-budgetcoaching', 'vhd-postwijzer', 'present-verhuis-en-inrichthulp', 'juvans-formulierenhulp'],
    },
    why: 'Ontruiming over enkele dagen en afsluiting: een acute crisis met Financiën en Huisvesting op 1. Eerst de professionals, geen enkele informele suggestie; administratie-, budget- en formulierenhulp sluiten acute schulden zelf uit en komen pas na de crisis.',
  },

  // ───────────── icoon-02 · page that states every risk absent, small jobs and coffee in Zuid ─────────────
  {
    id: 'icoon-02',
    style: 'kaartjes',
    html: iconCase({
      ...ICON,
      header: '<h1>Dhr. A. Proefboer</h1><p>Casus C-2026-1203 · geb. 10-01-1956 · Ooievaarstraat 21, 4822 ZK Demostad · woont alleen</p>',
      zrm: [
        { domain: 'Financiën', score: 4 },
        { domain: 'Huisvesting', score: 4 },
        { domain: 'Lichamelijke gezondheid', score: 3 },
        { domain: 'Verslaving', score: 5 },
        { domain: 'ADL', score: 3 },
        { domain: 'Sociaal netwerk', score: 3 },
      ],
      body: `<section><h2>Risico's</h2><p>Geen schulden. Ontkent alcoholgebruik; huisarts ziet ook geen aanwijzingen. Geen huiselijk geweld. Geen psychiatrische voorgeschiedenis. Geen crisis.</p></section>
<section><h2>Hulpvraag</h2><p>Meneer wil hulp bij kleine klusjes in huis: een lamp ophangen en een lekkende kraan. Daarnaast zou hij graag eens per week ergens koffie drinken met andere mensen.</p></section>`,
    }),
    expect: {
      caseKey: 'C-2026-1203',
      age: 70,
      gender: 'male',
      postcode4: '4822',
      zrm: { finances: 4, housing: 4, physical_health: 3, addiction: 5, adl: 3, social_network: 3 },
      needIncludes: ['kleine klusjes in huis', 'koffie drinken met andere mensen'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vhd-klussendienst', 'zuid-helpt-boodschappen-en-klusjes', 'zuid-helpt-koffieochtend'],
      never: ['bijspringer-buurthulp', 'buur-en-co-buurtnetwerk', 'ismes-herstelmaatje', 'zelfhulp-verslaving', 'humanitas-schuldhulpmaatje'],
    },
    why: 'Elk risico staat er als afwezig ("geen", "ontkent"): geen waarschuwing en geen schulden- of verslavingsaanbod. Kleine klusjes en koffie in Zuid (4822): de klussendienst en de twee Zuid-initiatieven passen; de Bijspringers en het buurtnetwerk werken niet in Zuid.',
  },

  // ───────────── icoon-03 · 19, mild learning disability, wants a buddy for sport ─────────────
  {
    id: 'icoon-03',
    style: 'kaartjes',
    html: iconCase({
      ...ICON,
      header: '<h1>S. Testzoon</h1><p>Casus C-2026-1219 · geb. 22-04-2007 · man · Esdoornlaan 11, 4816 GB Demostad · woont bij ouders</p>',
      zrm: [
        { domain: 'Sociaal netwerk', score: 2, words: false },
        { domain: 'Dagbesteding', score: 3, words: false },
        { domain: 'Maatschappelijke participatie', score: 3, words: false },
        { domain: 'Huiselijke relaties', score: 4, words: false },
      ],
      body: `<section><h2>Achtergrond</h2><p>Jongeman met een licht verstandelijke beperking (IQ rond 65), volgt een entree-opleiding. Rustige jongen, geen agressie of probleemgedrag.</p></section>
<section><h2>Hulpvraag</h2><p>Hij wil graag een maatje om mee te sporten of naar de film te gaan; buiten school heeft hij geen vrienden.</p></section>
<section><h2>Toestemming</h2><p>Jongere en ouders stemmen in met de aanmelding.</p></section>`,
    }),
    expect: {
      caseKey: 'C-2026-1219',
      age: 19,
      gender: 'male',
      postcode4: '4816',
      zrm: { social_network: 2, daytime_activities: 3, participation: 3, domestic_relations: 4 },
      needIncludes: ['maatje om mee te sporten', 'naar de film'],
      flags: ['learning_disability'],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['mee-vrijetijdsmaatje'],
      never: ['buddyhulp-ggz-buddy', 'even-buurten-buurtgenoot', 'rodekruis-telefooncirkel'],
    },
    why: 'LVB, geen agressie, instemming van jongere en ouders: het MEE-vrijetijdsmaatje (sporten, film) is precies zijn vraag. De GGZ-buddy is vol en voor psychiatrie; Even Buurten (70+) en de telefooncirkel (65+) vallen op leeftijd af.',
  },

  // ───────────── icoon-04 · severe home neglect; asks for help clearing garden and shed ─────────────
  {
    id: 'icoon-04',
    style: 'kaartjes',
    html: iconCase({
      ...ICON,
      header: '<h1>Dhr. K. Proefvogel</h1><p>Casus C-2026-1230 · geb. 05-05-1958 · Marktsteeg 3, 4811 BR Demostad</p>',
      zrm: [
        { domain: 'Huisvesting', score: 1 },
        { domain: 'ADL', score: 2 },
        { domain: 'Lichamelijke gezondheid', score: 3 },
        { domain: 'Sociaal netwerk', score: 2 },
      ],
      body: `<section><h2>Melding</h2><p>Melding van de woningcorporatie: ernstige woningvervuiling, stank in het portiek, ongedierte. Meneer verzamelt kranten en afval, de keuken is onbruikbaar. Zus belt af en toe.</p></section>
<section><h2>Hulpvraag</h2><p>Meneer zegt zelf dat hij hulp wil met het opruimen van de tuin en de schuur; de woning zelf wil hij niemand laten zien.</p></section>
<section><h2>Plan</h2><p>Eerst bemoeizorg en professionele schoonmaak via GGD en corporatie.</p></section>`,
    }),
    expect: {
      caseKey: 'C-2026-1230',
      age: 68,
      gender: 'male',
      postcode4: '4811',
      zrm: { housing: 1, adl: 2, physical_health: 3, social_network: 2 },
      needIncludes: ['opruimen van de tuin en de schuur'],
      flags: ['severe_neglect'],
      refusals: [],
      wishes: [],
      warnings: ['severe_neglect_no_volunteers', 'acute_domain:housing'],
      networkPrompt: 'ask_network',
      top5: [],
      never: ['present-praktische-klus', 'vhd-klussendienst', 'buddyhulp-buddy', 'maatjesproject-maatje-meervoudige-problemen'],
    },
    why: 'Ernstige woningvervuiling (Huisvesting 1): eerst bemoeizorg en professionele schoonmaak, geen vrijwilligers. Present sluit ernstige vervuiling zelf uit; klussendienst en buddy passen op de woorden maar horen hier nu niet.',
  },

  // ───────────── icoon-05 · MS, wheelchair, wants to get out; outings out of season ─────────────
  {
    id: 'icoon-05',
    style: 'kaartjes',
    html: iconCase({
      ...ICON,
      header: '<h1>Mw. N. Voorbeeld-Kok</h1><p>Casus C-2026-1241 · geb. 18-06-1985 · Schelpenpad 6, 4820 AV Demostad</p>',
      zrm: [
        { domain: 'Lichamelijke gezondheid', score: 2 },
        { domain: 'ADL', score: 2 },
        { domain: 'Dagbesteding', score: 2 },
        { domain: 'Sociaal netwerk', score: 3 },
        { domain: 'Maatschappelijke participatie', score: 2 },
      ],
      body: `<section><h2>Situatie</h2><p>Mw. heeft MS en zit sinds 2024 in een rolstoel. Woont met haar partner, die fulltime werkt. Geen kinderen.</p></section>
<section><h2>Hulpvraag</h2><p>Mw. wil weer eens de deur uit: naar de verjaardag van haar zus aan de andere kant van de stad, en af en toe een uitje met iemand erbij.</p></section>`,
    }),
    expect: {
      caseKey: 'C-2026-1241',
      age: 41,
      gender: 'female',
      postcode4: '4820',
      zrm: { physical_health: 2, adl: 2, daytime_activities: 2, social_network: 3, participation: 2 },
      needIncludes: ['verjaardag van haar zus', 'af en toe een uitje'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['rodekruis-rolstoelvervoer', 'handjehelpen-vaste-vrijwilliger'],
      never: ['zonnebloem-uitstapjes', 'zonnebloem-aangepaste-vakantie'],
    },
    why: 'In een rolstoel naar een verjaardag: de rolstoelbus van het Rode Kruis is er precies voor; een vaste vrijwilliger van Handjehelpen (chronische ziekte, uitjes) past bij de uitjes. Eind november zijn de Zonnebloem-uitstapjes buiten het seizoen (april–oktober, opent pas over ruim vier maanden) en de vakantieweek is volgeboekt.',
  },
];
