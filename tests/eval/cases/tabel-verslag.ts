import type { EvalCaseInput } from '../eval-case';

/*
 * Style 'tabel-verslag': an older, server-rendered case system. The frame is a layout table
 * (banner, menu on the left, content, footer); facts sit in two-column tables without <th>
 * (<td class="lbl">Label:</td><td>value</td>, sometimes the label in <b>), sometimes two such
 * tables side by side in a nested layout table; the ZRM is a start/now table in mixed editions
 * (2010/2013 with 11 leefgebieden, 2017 with 13), the score cells either "3" or
 * "3 - beperkt zelfredzaam", and in one case the current score stands left of the start score;
 * and there is a long free-text Verslag/Notities in which the professional discusses the need
 * and the risks (often their absence). About a fifth of the cases have no ZRM table.
 *
 * The render helpers below only lay out the texts written per case; every `expect` is written
 * by hand from what the page says, judged against shared/domain.md and the kaart's conditions.
 */

type Row = readonly [label: string, value: string];

interface Shell {
  systeem: string;
  team: string;
  gebruiker: string;
  menu: readonly string[];
  recent?: readonly string[];
  voet: string;
}

type Block =
  | { kop: string }
  | { gegevens: readonly Row[]; titel?: string; vet?: boolean }
  | { naast: readonly [readonly Block[], readonly Block[]] }
  | { zrm: readonly (readonly string[])[]; titel: string; kolommen: readonly string[]; th?: boolean }
  | { verslag: readonly string[]; titel: string; in: 'td' | 'div'; br?: boolean }
  | { html: string };

/** ZRM level words, for the editions that print them next to the number. */
const W = {
  1: '1 - acute problematiek',
  2: '2 - niet zelfredzaam',
  3: '3 - beperkt zelfredzaam',
  4: '4 - voldoende zelfredzaam',
  5: '5 - volledig zelfredzaam',
} as const;

function blok(b: Block): string {
  if ('kop' in b) return `<h2 class="dossierkop">${b.kop}</h2>`;
  if ('html' in b) return b.html;
  if ('gegevens' in b) {
    const rows = b.gegevens
      .map(([l, v]) => `<tr><td class="lbl" valign="top" width="170">${b.vet ? `<b>${l}</b>` : l}</td><td>${v}</td></tr>`)
      .join('\n');
    const titel = b.titel ? `<div class="sectie"><b>${b.titel}</b></div>\n` : '';
    return `${titel}<table class="gegevens" border="0" cellpadding="2" cellspacing="0">\n${rows}\n</table>`;
  }
  if ('naast' in b) {
    const [links, rechts] = b.naast;
    return `<table class="layout" width="100%" border="0" cellpadding="0" cellspacing="0"><tr>
<td valign="top" width="50%">${links.map(blok).join('\n')}</td>
<td valign="top">${rechts.map(blok).join('\n')}</td>
</tr></table>`;
  }
  if ('zrm' in b) {
    const kop = b.th
      ? `<tr>${b.kolommen.map((k) => `<th align="left">${k}</th>`).join('')}</tr>`
      : `<tr class="kop" bgcolor="#cccccc">${b.kolommen.map((k) => `<td><b>${k}</b></td>`).join('')}</tr>`;
    const rows = b.zrm.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
    return `<div class="sectie"><b>${b.titel}</b></div>
<table class="zrm" border="1" cellpadding="3" cellspacing="0" width="100%">
${kop}
${rows}
</table>`;
  }
  const tekst = b.br ? b.verslag.join('<br><br>\n') : b.verslag.map((p) => `<p>${p}</p>`).join('\n');
  if (b.in === 'td') {
    return `<table class="verslag" width="100%" border="1" cellpadding="6" cellspacing="0">
<tr><td bgcolor="#dddddd"><b>${b.titel}</b></td></tr>
<tr><td>${tekst}</td></tr>
</table>`;
  }
  return `<div class="verslag"><div class="verslag-kop"><b>${b.titel}</b></div>
${tekst}
</div>`;
}

function pagina(s: Shell, blocks: readonly Block[]): string {
  const menu = s.menu.map((m) => `<a href="#">${m}</a>`).join('<br>\n');
  const recent = s.recent?.length
    ? `<br><br><b>Recent bekeken</b><br>\n${s.recent.map((r) => `<a href="#">${r}</a>`).join('<br>\n')}`
    : '';
  return `<table class="frame" width="100%" border="0" cellspacing="0" cellpadding="4">
<tr>
<td class="banner" colspan="2" bgcolor="#1f3a5f"><font color="#ffffff"><b>${s.systeem}</b> &nbsp;|&nbsp; ${s.team}</font></td>
<td class="banner" align="right" bgcolor="#1f3a5f"><font color="#ffffff">Ingelogd: ${s.gebruiker} | <a href="#">Uitloggen</a></font></td>
</tr>
<tr>
<td class="menu" valign="top" width="160" bgcolor="#eeeeee">
${menu}${recent}
</td>
<td class="inhoud" valign="top" colspan="2">
${blocks.map(blok).join('\n<br>\n')}
</td>
</tr>
<tr><td class="voet" colspan="3"><font size="1">${s.voet}</font></td></tr>
</table>`;
}

const WIJKDOSSIER = {
  systeem: 'WijkDossier 2.4',
  menu: ['Start', 'Mijn caseload', 'Zoeken', 'Agenda', 'Rapportages', 'Help'],
  voet: 'WijkDossier 2.4.11 &copy; 2008-2026 &middot; Gemeente Demostad &middot; Vertrouwelijk: alleen voor gebruik binnen het wijkteam',
};
const MENSCENTRAAL = {
  systeem: 'MensCentraal 2009 (v7.1)',
  menu: ['Overzicht', 'Cliënten', 'Nieuwe melding', 'Overdrachten', 'Beheer'],
  voet: 'MensCentraal versie 7.1.3 | Servertijd 10:02 | Bij storingen: servicedesk ICT Demostad',
};
const ZORGPORTAAL = {
  systeem: 'Zorgportaal Wijkteams',
  menu: ['Home', 'Casussen', 'Meldingen', 'Sociale kaart', 'Mijn gegevens'],
  voet: 'Zorgportaal Wijkteams &middot; release 2019.4 &middot; Demo-omgeving',
};
const DOSSIERNET = {
  systeem: 'DossierNet 5',
  menu: ['Werkvoorraad', 'Zaken', 'Personen', 'Documenten', 'Uitloggen'],
  voet: 'DossierNet 5.0 build 2214 - Sociaal Domein Demostad - Gegevens zijn vertrouwelijk',
};

export const cases: EvalCaseInput[] = [
  // 01: lonely widow in Noord; risks discussed and absent; the need only in the verslag.
  {
    id: 'tabel-01',
    style: 'tabel-verslag',
    html: pagina({ ...WIJKDOSSIER, team: 'Wijkteam Noord', gebruiker: 'P. Collega-de Wit', recent: ['2026/01866', '2026/01790'] }, [
      { kop: 'Dossier mevrouw A. Voorbeeld-Pieters' },
      {
        naast: [
          [
            {
              titel: 'Persoonsgegevens',
              gegevens: [
                ['Naam:', 'Mevrouw A. Voorbeeld-Pieters'],
                ['Geboortedatum:', '14-02-1945'],
                ['Adres:', 'Testlaan 8'],
                ['Postcode/plaats:', '4814 CG Demostad'],
                ['Wijk:', 'Noord'],
                ['Woonsituatie:', 'alleenwonend, benedenwoning'],
              ],
            },
          ],
          [
            {
              titel: 'Dossier',
              gegevens: [
                ['Dossiernummer:', '2026/01873'],
                ['Aanmelddatum:', '02-10-2026'],
                ['Aangemeld door:', 'huisarts (POH-ouderen)'],
                ['Consulent:', 'P. Collega-de Wit'],
                ['Laatste contact:', '17-11-2026 (huisbezoek)'],
              ],
            },
          ],
        ],
      },
      {
        titel: 'Zelfredzaamheidsmatrix (ZRM 2010)',
        kolommen: ['Leefgebied', 'Startscore', 'Huidige score', 'Toelichting'],
        zrm: [
          ['Financiën', '4', '4', 'AOW en pensioen, alles automatisch'],
          ['Dagbesteding', '2', '3', 'Gaat sinds kort naar de bibliotheek'],
          ['Huisvesting', '4', '4', ''],
          ['Huiselijke relaties', '4', '4', ''],
          ['Geestelijke gezondheid', '3', '3', 'Somber sinds overlijden echtgenoot'],
          ['Lichamelijke gezondheid', '3', '3', 'Artrose, loopt met rollator'],
          ['Verslaving', '5', '5', ''],
          ['ADL', '4', '4', ''],
          ['Sociaal netwerk', '2', '2', 'Dochter komt op zondag, verder weinig contact'],
          ['Maatschappelijke participatie', '3', '3', ''],
          ['Justitie', '5', '5', ''],
        ],
      },
      {
        titel: 'Verslag huisbezoek 17-11-2026',
        in: 'td',
        verslag: [
          'Mevrouw ontvangt mij in de woonkamer. Ze is sinds anderhalf jaar weduwe en woont alleen. Ze loopt met een rollator en komt buiten voor de boodschappen bij de supermarkt op de hoek, verder nauwelijks. Haar dochter woont in Oost en komt iedere zondag; de dochter wil graag meedenken.',
          'Hulpvraag: mevrouw zou graag iemand hebben die wekelijks langskomt voor een kop koffie en een praatje, en die haar een keer meeneemt naar een activiteit in de buurt. Ze durft niet alleen naar iets nieuws toe.',
          'Risico\'s besproken. Geen aanwijzingen voor huiselijk geweld of ouderenmishandeling. Schulden: nee, de financiën zijn op orde. Geen alcoholgebruik van betekenis. Geen geheugenproblemen merkbaar; mevrouw is helder en weet goed wat ze wil.',
          'Afspraak: ik zoek een passend maatje of bezoekvrijwilliger en bel mevrouw begin december terug. Dochter wordt op de hoogte gehouden (mevrouw geeft toestemming).',
        ],
      },
    ]),
    expect: {
      caseKey: '2026/01873',
      age: 81,
      gender: 'female',
      postcode4: '4814',
      wijk: 'Noord',
      zrm: {
        finances: 4, daytime_activities: 3, housing: 4, domestic_relations: 4, mental_health: 3, physical_health: 3,
        addiction: 5, adl: 4, social_network: 2, participation: 3, justice: 5,
      },
      needIncludes: ['wekelijks langskomt voor een kop koffie', 'activiteit in de buurt'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['humanitas-maatje-eenzaamheid', 'even-buurten-buurtgenoot'],
      never: ['buren-voor-buren-bezoek', 'zuid-helpt-koffieochtend', 'buur-en-co-buurtnetwerk', 'hoogeloon-dagopvang'],
    },
    why: 'Eenzame 81-jarige in Noord die wekelijks bezoek wil: een Humanitas-maatje of een buurtgenoot van Even Buurten (70+, Noord) ligt voor de hand. De genoemde risico\'s zijn expliciet afwezig, dus geen waarschuwingen; buurtinitiatieven die alleen in Oost, Zuid, West of Hoogeloon werken vallen af.',
  },

  // 02: overburdened carer; her husband has Alzheimer's (someone else), she is the client.
  {
    id: 'tabel-02',
    style: 'tabel-verslag',
    html: pagina({ ...MENSCENTRAAL, team: 'Sociaal Wijkteam Zuid', gebruiker: 'R. Testcollega', recent: ['C-448199', 'C-447930'] }, [
      { kop: 'Cliëntkaart' },
      {
        vet: true,
        gegevens: [
          ['Cliëntnr.:', 'C-448210'],
          ['Naam:', 'Mevr. E. Proefstra-Bakker'],
          ['Leeftijd:', '74 jaar'],
          ['Adres:', 'Oefenstraat 31, 4821 KL Demostad'],
          ['Wijk:', 'Zuid'],
          ['Huishouden:', 'samenwonend met echtgenoot (78)'],
          ['Mantelzorg:', 'ja, voor echtgenoot'],
          ['Hulpvraag:', 'Mevrouw wil een vaste middag per week vrij van de zorg voor haar man en wil graag andere mantelzorgers spreken.'],
        ],
      },
      {
        titel: 'ZRM',
        kolommen: ['Leefgebied', 'Start', 'Nu', 'Toelichting'],
        th: true,
        zrm: [
          ['Financiën', W[4], W[4], ''],
          ['Dagbesteding', W[3], W[3], 'Geen tijd meer voor het koor'],
          ['Huisvesting', W[4], W[4], ''],
          ['Huiselijke relaties', W[3], W[3], 'Spanning door de ziekte van haar man'],
          ['Geestelijke gezondheid', W[3], W[2], 'Slaapt slecht, huilerig'],
          ['Lichamelijke gezondheid', W[3], W[3], 'Rugklachten'],
          ['Verslaving', W[5], W[5], ''],
          ['ADL', W[4], W[4], ''],
          ['Sociaal netwerk', W[3], W[3], 'Zoon komt op zaterdag'],
          ['Maatschappelijke participatie', W[4], W[3], ''],
          ['Justitie', W[5], W[5], ''],
        ],
      },
      {
        titel: 'Notities',
        in: 'div',
        verslag: [
          'Keukentafelgesprek met mevrouw op 12-11. Bij haar man (78) is vorig jaar de ziekte van Alzheimer vastgesteld. Hij gaat twee dagen per week naar de dagbesteding; de rest van de week zorgt mevrouw alleen voor hem. Hij loopt \'s avonds onrustig door het huis.',
          'Mevrouw geeft zelf aan dat ze op is. Ze slaapt slecht, heeft rugklachten en is gestopt met het koor. Ze is duidelijk overbelast. Extra afspraken of taken erbij ziet ze niet zitten.',
          'Zoon woont in Zuid en doet op zaterdag de boodschappen; dochter woont in Canada. Mevrouw vindt het goed als we met de zoon overleggen. Geen financiële problemen, geen signalen van ontsporing of geweld in de relatie.',
          'Afspraak: aanvraag respijt zodat een vrijwilliger een middag bij meneer kan zijn. Casemanager dementie is betrokken; overleg volgt.',
        ],
      },
    ]),
    expect: {
      caseKey: 'C-448210',
      age: 74,
      gender: 'female',
      postcode4: '4821',
      wijk: 'Zuid',
      zrm: {
        finances: 4, daytime_activities: 3, housing: 4, domestic_relations: 3, mental_health: 2, physical_health: 3,
        addiction: 5, adl: 4, social_network: 3, participation: 3, justice: 5,
      },
      needIncludes: ['vaste middag per week vrij', 'andere mantelzorgers spreken'],
      flags: ['carer_overburdened'],
      refusals: [],
      wishes: [],
      isCarer: true,
      warnings: ['carer_overburdened'],
      networkPrompt: 'ask_network',
      top5: ['vhd-zorgzaam', 'mantelzorg-mantelzorgcafe'],
      never: ['tijd-voor-elkaar-ruilen', 'buur-en-co-buurtnetwerk'],
    },
    why: 'De alzheimer is van haar man; mevrouw is de overbelaste mantelzorger. Respijt (Zorgzaam, met dementie in het aanbod) en het mantelzorgcafé passen; een ruilnetwerk dat om wederkerigheid vraagt belast haar extra, en Buur & Co werkt alleen in West.',
  },

  // 03: tax return in January (season open), no debts, no neighbours.
  {
    id: 'tabel-03',
    style: 'tabel-verslag',
    now: '2027-01-12T09:30:00+01:00',
    html: pagina({ ...ZORGPORTAAL, team: 'Wijkteam West', gebruiker: 'S. Voorbeeldcollega', recent: ['CAS-27-00029', 'CAS-26-01422'] }, [
      { kop: 'Casus' },
      {
        gegevens: [
          ['Casus-ID:', 'CAS-27-00031'],
          ['Cliënt:', 'Dhr. H. Rekenaar'],
          ['Leeftijd:', '69 jaar'],
          ['Postcode:', '4826'],
          ['Burgerlijke staat:', 'weduwnaar (sinds maart 2026)'],
          ['Taal:', 'Nederlands'],
          ['Aanmelding:', 'via het wijkpunt, 06-01-2027'],
          ['Medewerker:', 'S. Voorbeeldcollega'],
        ],
      },
      {
        titel: 'ZRM (2013) - relevante leefgebieden',
        kolommen: ['Leefgebied', 'Startscore', 'Huidige score', 'Toelichting'],
        zrm: [
          ['Financiën', '3', '3', 'Weet niet hoe de aangifte werkt'],
          ['Maatschappelijke participatie', '3', '3', 'Instanties en formulieren lastig'],
          ['Sociaal netwerk', '4', '4', 'Broer, kaartclub op dinsdag'],
          ['Geestelijke gezondheid', '4', '4', ''],
          ['ADL', '4', '4', ''],
        ],
      },
      {
        titel: 'Verslag',
        in: 'td',
        br: true,
        verslag: [
          'Meneer meldt zich op het wijkpunt met een plastic tas vol post. Zijn vrouw deed altijd de administratie; sinds haar overlijden in maart is er veel blijven liggen. Hij heeft een brief van de Belastingdienst dat hij aangifte moet doen over 2026.',
          'Hulpvraag: hulp bij de aangifte inkomstenbelasting over 2026, en daarna zijn post op orde brengen zodat hij het zelf kan bijhouden. Meneer wil leren hoe het moet, niet dat iemand het overneemt.',
          'Schulden: nee. Geen betalingsachterstanden, vaste lasten gaan automatisch. DigiD heeft hij; de machtiging van zijn vrouw moet nog worden stopgezet.',
          'Meneer wil uitdrukkelijk geen hulp van buren: "die hoeven niet te weten wat ik binnenkrijg". Een vrijwilliger van een organisatie is wel goed.',
        ],
      },
    ]),
    expect: {
      caseKey: 'CAS-27-00031',
      age: 69,
      gender: 'male',
      language: 'nl',
      postcode4: '4826',
      zrm: { finances: 3, participation: 3, social_network: 4, mental_health: 4, adl: 4 },
      needIncludes: ['aangifte inkomstenbelasting over 2026', 'post op orde brengen'],
      flags: [],
      refusals: ['neighbours'],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vhd-belastingaangifte', 'vhd-postwijzer'],
      never: ['buur-en-co-buurtnetwerk', 'bijspringer-buurthulp', 'tijd-voor-elkaar-ruilen', 'al-amal-brievenhulp'],
    },
    why: 'In januari loopt de belastinghulp van de VHD, en de Postwijzer past bij de stapel post; geen schulden, dus geen waarschuwing. Meneer wil geen buren, dus de buurtnetwerken in West vallen af, en de Arabische brievenhulp is niet voor een Nederlandstalige cliënt.',
  },

  // 04: tax letter in June: the tax-return service is out of season; forms help fits.
  {
    id: 'tabel-04',
    style: 'tabel-verslag',
    now: '2026-06-16T14:00:00+02:00',
    html: pagina({ ...DOSSIERNET, team: 'Wijkteam Oost', gebruiker: 'M. Collega', recent: ['Z2026-06-1180', 'Z2026-06-1102'] }, [
      { kop: 'Zaakoverzicht' },
      {
        vet: true,
        gegevens: [
          ['Zaaknummer', 'Z2026-06-1187'],
          ['Betreft', 'Mevrouw J. Proefhuis'],
          ['Geboortedatum', '30-09-1967'],
          ['Adres', 'Proefstraat 12, 4816 AB Demostad'],
          ['Contact', '09-06-2026, telefonisch en op kantoor'],
          ['Behandelaar', 'M. Collega'],
        ],
      },
      {
        titel: 'Zelfredzaamheid',
        kolommen: ['Domein', 'Score bij start', 'Score nu', 'Opmerking'],
        zrm: [
          ['Financiën', W[3], W[3], 'Brieven blijven liggen'],
          ['Dagbesteding', W[4], W[4], 'Werkt 20 uur in de thuiszorg'],
          ['Huisvesting', W[4], W[4], ''],
          ['Huiselijke relaties', W[4], W[4], ''],
          ['Geestelijke gezondheid', W[3], W[4], 'Minder stress sinds eerste gesprek'],
          ['Lichamelijke gezondheid', W[4], W[4], ''],
          ['Verslaving', W[5], W[5], ''],
          ['Activiteiten dagelijks leven', W[5], W[5], ''],
          ['Sociaal netwerk', W[4], W[4], ''],
          ['Maatschappelijke participatie', W[3], W[3], 'Vindt formulieren en instanties lastig'],
          ['Justitie', W[5], W[5], ''],
        ],
      },
      {
        titel: 'Verslag contact',
        in: 'div',
        verslag: [
          'Mevrouw komt langs met een herinnering van de Belastingdienst: ze heeft de aangifte over 2025 niet op tijd gedaan en moet die alsnog indienen. Ook is haar huurtoeslag stopgezet omdat een wijziging niet is doorgegeven. Ze begrijpt de brieven niet goed en durft de Belastingdienst niet te bellen.',
          'Hulpvraag: iemand die samen met haar de brieven doorneemt, het formulier voor de huurtoeslag invult en haar helpt de aangifte alsnog te doen.',
          'Geen schulden, wel een krappe maand door de gemiste toeslag. Geen crisis. Mevrouw is zelf gemotiveerd en wil het graag leren.',
        ],
      },
    ]),
    expect: {
      caseKey: 'Z2026-06-1187',
      age: 58,
      gender: 'female',
      postcode4: '4816',
      zrm: {
        finances: 3, daytime_activities: 4, housing: 4, domestic_relations: 4, mental_health: 4, physical_health: 4,
        addiction: 5, adl: 5, social_network: 4, participation: 3, justice: 5,
      },
      needIncludes: ['brieven doorneemt', 'formulier voor de huurtoeslag'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vhd-administratieve-ondersteuning', 'juvans-formulierenhulp'],
      never: ['vhd-belastingaangifte', 'al-amal-brievenhulp'],
    },
    why: 'Losse vragen over brieven, toeslag en een late aangifte: administratieve ondersteuning of de formulierenhulp. In juni draait de belastinghulp van de VHD niet (alleen tot 1 april), en de brievenhulp in het Arabisch is niet voor haar.',
  },

  // 05: Arabic-speaking newcomer (man), interpreter needed, wants a male volunteer.
  {
    id: 'tabel-05',
    style: 'tabel-verslag',
    html: pagina({ ...WIJKDOSSIER, team: 'Wijkteam Oost', gebruiker: 'L. Testcollega', recent: ['R 2026 3329', 'R 2026 3302'] }, [
      { kop: 'Cliëntdossier' },
      {
        naast: [
          [
            {
              titel: 'Cliënt',
              vet: true,
              gegevens: [
                ['Naam', 'Dhr. O. Voorbeeldzadeh'],
                ['Geboortedatum', '01-01-1992'],
                ['Geslacht', 'man'],
                ['Adres', 'Fictieflaan 40, 4817 EZ Demostad'],
                ['Wijk', 'Oost'],
              ],
            },
          ],
          [
            {
              titel: 'Registratie',
              vet: true,
              gegevens: [
                ['Registratienummer', 'R 2026 3341'],
                ['Taal', 'Arabisch (Nederlands: beginner)'],
                ['Tolk', 'ja, telefonische tolk bij gesprekken'],
                ['Gezin', 'gehuwd, twee kinderen (5 en 8)'],
                ['Status', 'statushouder sinds 2025, inburgering gestart'],
              ],
            },
          ],
        ],
      },
      {
        titel: 'ZRM (editie 2013)',
        kolommen: ['Leefgebied', 'Startscore', 'Huidige score', 'Toelichting'],
        zrm: [
          ['Financiën', '3', '3', 'Uitkering; weinig overzicht in brieven'],
          ['Dagbesteding', '3', '3', 'Inburgeringscursus twee ochtenden'],
          ['Huisvesting', '4', '4', ''],
          ['Huiselijke relaties', '4', '4', ''],
          ['Geestelijke gezondheid', '4', '4', ''],
          ['Lichamelijke gezondheid', '4', '4', ''],
          ['Verslaving', '5', '5', ''],
          ['ADL', '4', '4', ''],
          ['Sociaal netwerk', '2', '3', 'Kent een paar landgenoten'],
          ['Maatschappelijke participatie', '2', '2', 'Taal; weet niet hoe dingen hier werken'],
          ['Justitie', '5', '5', ''],
        ],
      },
      {
        titel: 'Verslag (gesprek met tolk)',
        in: 'td',
        verslag: [
          'Gesprek met meneer en een telefonische tolk. Meneer woont sinds een jaar met zijn vrouw en kinderen in Oost. Hij volgt de inburgeringscursus, maar buiten de les komt hij nauwelijks aan Nederlands praten toe.',
          'Hulpvraag: meneer wil buiten de les Nederlands oefenen met iemand, en iemand die hem wegwijs maakt in de wijk: huisarts, school van de kinderen, gemeente. Hij heeft liever een mannelijke vrijwilliger.',
          'Geen zorgen over de veiligheid in het gezin. Geen schulden. Zijn vrouw zoekt zelf contact met andere moeders via de school; voor haar is er nu geen hulpvraag.',
        ],
      },
    ]),
    expect: {
      caseKey: 'R 2026 3341',
      age: 34,
      gender: 'male',
      language: 'ar',
      postcode4: '4817',
      wijk: 'Oost',
      zrm: {
        finances: 3, daytime_activities: 3, housing: 4, domestic_relations: 4, mental_health: 4, physical_health: 4,
        addiction: 5, adl: 4, social_network: 3, participation: 2, justice: 5,
      },
      needIncludes: ['Nederlands oefenen', 'wegwijs maakt in de wijk'],
      flags: ['language_barrier'],
      refusals: [],
      wishes: ['same_gender_volunteer'],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vc-taalmaatje', 'al-amal-maatje'],
      never: ['al-amal-vrouwengroep'],
    },
    why: 'Arabischsprekende statushouder die Nederlands wil oefenen en wegwijs wil worden: taalmaatje en het Al Amal-maatje (dat ook een maatje van hetzelfde geslacht kan geven). De vrouwengroep van Al Amal is alleen voor vrouwen; dat zijn vrouw er misschien iets aan heeft, maakt het geen aanbod voor deze cliënt.',
  },

  // 06: mother of a son who gambles (someone else's addiction and debts); no ZRM.
  {
    id: 'tabel-06',
    style: 'tabel-verslag',
    html: pagina({ ...ZORGPORTAAL, team: 'Wijkteam Centrum', gebruiker: 'A. Collega-Smit', recent: ['WTC/26/0911', 'WTC/26/0899'] }, [
      { kop: 'Casusgegevens' },
      {
        gegevens: [
          ['Kenmerk:', 'WTC/26/0917'],
          ['Naam:', 'Mevrouw D. Proefvrouw'],
          ['Wijk:', 'Centrum'],
          ['Telefoon:', '(afgeschermd)'],
          ['Gezinssamenstelling:', 'mevrouw en zoon (19)'],
          ['Bron aanmelding:', 'mevrouw zelf, via het inloopspreekuur'],
          ['ZRM:', 'niet afgenomen (eerste gesprek)'],
        ],
      },
      {
        titel: 'Verslag eerste gesprek',
        in: 'div',
        verslag: [
          'Mevrouw (52) komt naar het inloopspreekuur. Haar zoon van 19 woont bij haar en gokt sinds een jaar online. Hij heeft schulden opgebouwd bij vrienden en bij een webwinkel; hij wil zelf (nog) geen hulp.',
          'Mevrouw is moe en piekert veel. Ze weet niet meer hoe ze met hem moet omgaan: geld geven of niet, grenzen stellen of niet. Hulpvraag: ze wil praten met andere ouders die dit ook meemaken en leren hoe ze grenzen stelt zonder het contact met haar zoon kwijt te raken.',
          'Mevrouw heeft zelf geen schulden; de schulden zijn van de zoon. Geen huiselijk geweld, de zoon is niet agressief. Mevrouw gebruikt zelf geen alcohol of middelen. Ze werkt 24 uur per week als doktersassistente.',
          'De zoon is welkom bij het wijkteam als hij wil; mevrouw geeft hem het nummer van de verslavingszorg mee.',
        ],
      },
    ]),
    expect: {
      caseKey: 'WTC/26/0917',
      age: 52,
      gender: 'female',
      wijk: 'Centrum',
      zrm: {},
      needIncludes: ['praten met andere ouders', 'grenzen stelt'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['zelfhulp-naasten-verslaving'],
      never: ['zelfhulp-verslaving', 'ismes-herstelmaatje', 'ismes-herstelinloop', 'humanitas-schuldhulpmaatje'],
    },
    why: 'De gokverslaving en de schulden zijn van de zoon, niet van mevrouw; zij is naaste en zoekt lotgenoten, dus de groep voor naasten. Het aanbod voor de verslaafde zelf en het (volle) schuldhulpmaatje horen niet bij haar.',
  },

  // 07: young man (19), school dropout; does not want his parents involved.
  {
    id: 'tabel-07',
    style: 'tabel-verslag',
    html: pagina({ ...MENSCENTRAAL, team: 'Sociaal Wijkteam Zuid', gebruiker: 'B. Voorbeeldcollega', recent: ['2026/02209', '2026/02188'] }, [
      { kop: 'Cliëntkaart' },
      {
        gegevens: [
          ['Dossiernummer:', '2026/02215'],
          ['Naam:', 'T. Testzoon'],
          ['Geslacht:', 'man'],
          ['Geboortedatum:', '11-12-2006'],
          ['Postcode:', '4822AC'],
          ['Wijk:', 'Zuid'],
          ['Woont:', 'bij moeder en stiefvader'],
          ['Opleiding:', 'mbo-2 Logistiek, gestopt in oktober'],
        ],
      },
      {
        titel: 'ZRM 2010',
        kolommen: ['Leefgebied', 'Huidige score', 'Startscore', 'Toelichting'],
        zrm: [
          ['Financiën', '3', '3', 'Geen inkomen, wat spaargeld van een bijbaan'],
          ['Dagbesteding', '2', '2', 'Zit thuis, dag-nachtritme omgedraaid'],
          ['Huisvesting', '4', '4', ''],
          ['Huiselijke relaties', '3', '2', 'Minder ruzie met stiefvader'],
          ['Geestelijke gezondheid', '4', '4', ''],
          ['Lichamelijke gezondheid', '5', '5', ''],
          ['Verslaving', '4', '4', 'Geen drugs'],
          ['ADL', '4', '4', ''],
          ['Sociaal netwerk', '3', '3', 'Paar vrienden, vooral online'],
          ['Maatschappelijke participatie', '3', '3', ''],
          ['Justitie', '5', '5', ''],
        ],
      },
      {
        titel: 'Verslag',
        in: 'td',
        verslag: [
          'Gesprek met T. alleen, op zijn verzoek op het wijkpunt. Hij is in oktober gestopt met zijn opleiding omdat hij "er niks aan vond". Sindsdien zit hij vooral thuis en gamet tot diep in de nacht.',
          'Hulpvraag: T. wil een maatje dat hem helpt een nieuwe opleiding of bijbaan te vinden en hem een beetje bij de les houdt. Tot de nieuwe opleiding begint zou hij ook wel iets nuttigs willen doen.',
          'T. wil niet dat zijn moeder en stiefvader bij de hulp betrokken worden; hij wil het "zelf regelen". Dat respecteren we, hij is 19.',
          'Geen drugsgebruik, geen politiecontacten. Geen aanwijzingen voor onveiligheid thuis; het is wel vaak gespannen met zijn stiefvader.',
        ],
      },
    ]),
    expect: {
      caseKey: '2026/02215',
      age: 19,
      gender: 'male',
      postcode4: '4822',
      wijk: 'Zuid',
      zrm: {
        finances: 3, daytime_activities: 2, housing: 4, domestic_relations: 3, mental_health: 4, physical_health: 5,
        addiction: 4, adl: 4, social_network: 3, participation: 3, justice: 5,
      },
      needIncludes: ['maatje dat hem helpt', 'opleiding of bijbaan'],
      flags: [],
      refusals: ['own_network'],
      wishes: [],
      warnings: [],
      networkPrompt: 'network_refused',
      top5: ['juvans-jongerenmaatje', 'vc-vrijwilligerswerk-dagbesteding'],
      never: ['eigen-kracht-jongeren', 'eigen-kracht-conferentie', 'vhd-netwerkcoach'],
    },
    why: 'Een 19-jarige zonder school die een maatje wil voor opleiding of bijbaan: het Juvans-jongerenmaatje, en vrijwilligerswerk als daginvulling. Hij wil zijn ouders er niet bij, dus geen Eigen Kracht-conferentie of netwerkcoach; drugs en justitie zijn uitdrukkelijk afwezig.',
  },

  // 08: domestic violence, unsafe in-laws; she wants grip on her own money.
  {
    id: 'tabel-08',
    style: 'tabel-verslag',
    html: pagina({ ...DOSSIERNET, team: 'Wijkteam West', gebruiker: 'K. Collega-Janssen', recent: ['771088', '770954'] }, [
      { kop: 'Persoon en zaak' },
      {
        naast: [
          [
            {
              titel: 'Cliënt',
              vet: true,
              gegevens: [
                ['Cliëntnummer:', '771093'],
                ['Naam:', 'Mevr. S. Fictief'],
                ['Leeftijd:', '36'],
                ['Adres:', 'Demostraat 5, 4827 RT Demostad'],
                ['Wijk:', 'West'],
                ['Kinderen:', '2 (3 en 7 jaar)'],
              ],
            },
          ],
          [
            {
              titel: 'Betrokken',
              vet: true,
              gegevens: [
                ['Veilig Thuis:', 'ja, sinds 28-10-2026'],
                ['Huisarts:', 'dr. Demo'],
                ['Regie:', 'wijkteam (K. Collega-Janssen)'],
              ],
            },
          ],
        ],
      },
      {
        titel: 'ZRM 2013',
        kolommen: ['Leefgebied', 'Start', 'Actueel', 'Toelichting'],
        zrm: [
          ['Financiën', W[3], W[3], 'Partner regelt alle geld; geen eigen rekening'],
          ['Dagbesteding', W[3], W[3], ''],
          ['Huisvesting', W[3], W[3], 'Huurhuis op naam van partner'],
          ['Huiselijke relaties', W[2], W[2], 'Huiselijk geweld, veiligheidsplan'],
          ['Geestelijke gezondheid', W[3], W[3], ''],
          ['Lichamelijke gezondheid', W[4], W[4], ''],
          ['Verslaving', W[5], W[5], ''],
          ['ADL', W[4], W[4], ''],
          ['Sociaal netwerk', W[2], W[2], 'Eigen familie ver weg, schoonfamilie dichtbij'],
          ['Maatschappelijke participatie', W[3], W[3], ''],
          ['Justitie', W[4], W[4], ''],
        ],
      },
      {
        titel: 'Notities',
        in: 'td',
        verslag: [
          'Mevrouw vertelt dat haar partner haar de afgelopen jaren meerdere keren heeft geslagen, het laatst in oktober, waar de oudste bij was. Na de melding van school is Veilig Thuis betrokken; er is een veiligheidsplan. De partner woont nog in huis.',
          'De schoonfamilie woont in dezelfde straat en staat volledig achter de partner. Mevrouw voelt zich door hen gecontroleerd. Haar eigen ouders en zus wonen in Friesland.',
          'Hulpvraag: mevrouw wil zicht krijgen op haar eigen geldzaken: een eigen rekening, weten welke toeslagen ze krijgt en wat er binnenkomt. Ze wil zich voorbereiden op zelfstandig wonen met de kinderen.',
          'Geen schulden voor zover bekend. Mevrouw gebruikt geen middelen.',
        ],
      },
    ]),
    expect: {
      caseKey: '771093',
      age: 36,
      gender: 'female',
      postcode4: '4827',
      wijk: 'West',
      zrm: {
        finances: 3, daytime_activities: 3, housing: 3, domestic_relations: 2, mental_health: 3, physical_health: 4,
        addiction: 5, adl: 4, social_network: 2, participation: 3, justice: 4,
      },
      needIncludes: ['zicht krijgen op haar eigen geldzaken', 'zelfstandig wonen met de kinderen'],
      flags: ['domestic_violence', 'unsafe_network'],
      refusals: [],
      wishes: [],
      warnings: ['unsafe_network'],
      networkPrompt: 'network_unsafe',
      top5: ['humanitas-thuisadministratie'],
      never: ['humanitas-gezinsmaatje', 'eigen-kracht-conferentie', 'vhd-netwerkcoach', 'buur-en-co-buurtnetwerk', 'wehelpen-hulpnetwerk'],
    },
    why: 'Huiselijk geweld en een controlerende schoonfamilie: niets via het eigen netwerk of de buren. Een getrainde vrijwilliger voor de thuisadministratie helpt haar grip te krijgen op het geld; het gezinsmaatje sluit huiselijk geweld zelf uit, ook al is er een kind van 3.',
  },

  // 09: crisis: eviction this week, acute finances and housing, debts.
  {
    id: 'tabel-09',
    style: 'tabel-verslag',
    html: pagina({ ...ZORGPORTAAL, team: 'Wijkteam West', gebruiker: 'F. Testcollega', recent: ['Z2026-11-2031', 'Z2026-11-1987'] }, [
      { kop: 'Casus - SPOED' },
      {
        vet: true,
        gegevens: [
          ['Zaaknr.:', 'Z2026-11-2044'],
          ['Naam:', 'Dhr. P. Casusman'],
          ['Leeftijd:', '45 jr'],
          ['Postcode:', '4825'],
          ['Wijk:', 'West'],
          ['Urgentie:', '<font color="#cc0000">hoog</font>'],
        ],
      },
      {
        titel: 'ZRM (intake 20-11-2026)',
        kolommen: ['Leefgebied', 'Startscore', 'Huidige score', 'Toelichting'],
        zrm: [
          ['Financiën', '1', '1', 'Huurachterstand ruim € 4.800, beslag op uitkering'],
          ['Huisvesting', '1', '1', 'Ontruiming aangezegd voor 27-11'],
          ['Geestelijke gezondheid', '2', '2', 'Paniek, slaapt niet'],
          ['Sociaal netwerk', '3', '3', 'Broer wil helpen'],
          ['Dagbesteding', '3', '3', ''],
          ['Verslaving', '4', '4', ''],
          ['Justitie', '5', '5', ''],
        ],
      },
      {
        titel: 'Verslag',
        in: 'div',
        verslag: [
          'Spoedmelding van de woningcorporatie: de ontruiming van meneer staat gepland op vrijdag 27 november. Meneer heeft een huurachterstand van ruim € 4.800 en er ligt beslag op zijn uitkering. Hij heeft zijn post maanden niet geopend.',
          'De situatie is acuut: crisis. Vandaag contact gehad met de corporatie en de schuldhulpverlening van de gemeente; we proberen de ontruiming op te schorten. Meneer is erg in paniek maar niet suïcidaal (navraag gedaan).',
          'Hulpvraag meneer: "dat ik in mijn huis kan blijven". Later ook hulp bij het op orde krijgen van zijn administratie.',
          'Broer wil helpen en mag betrokken worden. Geen huiselijk geweld.',
        ],
      },
    ]),
    expect: {
      caseKey: 'Z2026-11-2044',
      age: 45,
      gender: 'male',
      postcode4: '4825',
      wijk: 'West',
      zrm: { finances: 1, housing: 1, mental_health: 2, social_network: 3, daytime_activities: 3, addiction: 4, justice: 5 },
      needIncludes: ['in mijn huis kan blijven', 'op orde krijgen van zijn administratie'],
      flags: ['crisis', 'debts'],
      refusals: [],
      wishes: [],
      warnings: ['crisis', 'acute_domain:finances', 'acute_domain:housing', 'debts_anonymous'],
      networkPrompt: 'ask_network',
      top5: [],
      never: ['humanitas-thuisadministratie', 'vhd-budgetcoaching', 'vhd-postwijzer', 'present-verhuis-en-inrichthulp'],
    },
    why: 'Acute crisis met een ontruiming deze week: eerst professionals (corporatie, schuldhulp), geen informele suggesties. De administratiehulp kan later, als de crisis voorbij is; de broer mag wel betrokken worden.',
  },

  // 10: coercion: a Wvggz care order; mother asks for a volunteer.
  {
    id: 'tabel-10',
    style: 'tabel-verslag',
    html: pagina({ ...WIJKDOSSIER, team: 'Wijkteam Noord', gebruiker: 'P. Collega-de Wit', recent: ['N-26-0451', 'N-26-0440'] }, [
      { kop: 'Dossier' },
      {
        gegevens: [
          ['Casusnummer:', 'N-26-0458'],
          ['Naam:', 'Dhr. J. Oefenaar'],
          ['Geb.:', '23-11-1995'],
          ['Adres:', 'Testplein 2b, 4813 XP Demostad'],
          ['Wijk:', 'Noord'],
          ['Juridisch kader:', 'zorgmachtiging Wvggz (rechter, 14-09-2026), looptijd 6 maanden'],
          ['Behandelaar:', 'FACT-team Noord'],
        ],
      },
      {
        titel: 'ZRM',
        kolommen: ['Leefgebied', 'Startscore', 'Huidige score', 'Toelichting'],
        zrm: [
          ['Dagbesteding', '2', '2', 'Geen werk, geen dagbesteding'],
          ['Huisvesting', '3', '3', ''],
          ['Geestelijke gezondheid', '2', '2', 'Psychose in augustus, nu verplichte ambulante zorg'],
          ['Sociaal netwerk', '2', '2', 'Alleen contact met moeder'],
          ['Maatschappelijke participatie', '2', '2', ''],
          ['Verslaving', '4', '4', ''],
          ['Justitie', '4', '4', 'Geen strafzaak; de zorgmachtiging is civiel'],
        ],
      },
      {
        titel: 'Verslag MDO 18-11-2026',
        in: 'td',
        verslag: [
          'Meneer valt sinds september onder een zorgmachtiging (Wvggz). Het FACT-team voert de verplichte zorg uit: medicatie en wekelijks huisbezoek. Meneer werkt met tegenzin mee.',
          'Moeder vraagt of er een vrijwilliger kan komen die met meneer gaat wandelen of sporten, zodat hij overdag iets te doen heeft. Meneer zegt zelf dat hij "wel iemand om mee te praten" wil.',
          'Afspraak in het MDO: zolang de verplichte zorg loopt, zetten we geen vrijwilligers in. Evaluatie bij de herbeoordeling in maart.',
        ],
      },
    ]),
    expect: {
      caseKey: 'N-26-0458',
      age: 31,
      gender: 'male',
      postcode4: '4813',
      wijk: 'Noord',
      zrm: { daytime_activities: 2, housing: 3, mental_health: 2, social_network: 2, participation: 2, addiction: 4, justice: 4 },
      needIncludes: ['iets te doen heeft', 'iemand om mee te praten'],
      flags: ['coercive', 'psychiatric'],
      refusals: [],
      wishes: [],
      warnings: ['coercive_no_volunteers', 'psychiatric_specialised'],
      networkPrompt: 'ask_network',
      top5: [],
      never: ['kwartiermaken-maatje-meedoen', 'buddyhulp-buddy', 'humanitas-maatje-eenzaamheid', 'maatjesproject-wandelmaatje', 'vc-vrijwilligerswerk-dagbesteding'],
    },
    why: 'Een zorgmachtiging is een gedwongen kader: geen vrijwilligers, wat het MDO ook zo afspreekt. Daarnaast ernstige psychiatrische problematiek; zelfs de maatjes voor psychische kwetsbaarheid komen pas na de herbeoordeling in beeld.',
  },

  // 11: debts and shame; family and neighbours must not know; anonymous only; the debt buddy is full.
  {
    id: 'tabel-11',
    style: 'tabel-verslag',
    html: pagina({ ...DOSSIERNET, team: 'Wijkteam Oost', gebruiker: 'M. Collega', recent: ['OOST-2026-117', 'OOST-2026-109'] }, [
      { kop: 'Zaak' },
      {
        naast: [
          [
            {
              titel: 'Persoon',
              vet: true,
              gegevens: [
                ['Kenmerk:', 'OOST-2026-118'],
                ['Naam:', 'Mevrouw R. Proefmans-Dijk'],
                ['Geboortedatum:', '17-08-1985'],
                ['Postcode:', '4818 BB'],
                ['Wijk:', 'Oost'],
                ['Huishouden:', 'eenoudergezin, kinderen van 8 en 11'],
              ],
            },
          ],
          [
            {
              titel: 'Traject',
              gegevens: [
                ['Schuldhulpverlening:', 'aangemeld 03-11-2026 (gemeente)'],
                ['Inkomen:', 'bijstand'],
                ['Laatste contact:', '19-11-2026'],
              ],
            },
          ],
        ],
      },
      {
        titel: 'Zelfredzaamheidsmatrix 2017',
        kolommen: ['Leefgebied', 'Startscore', 'Huidige score', 'Toelichting'],
        th: true,
        zrm: [
          ['Financiën', '2', '2', 'Schulden ca. € 9.000, schuldhulp aangemeld'],
          ['Werk &amp; opleiding', '3', '3', 'Zoekt parttime werk'],
          ['Tijdsbesteding', '4', '4', ''],
          ['Huisvesting', '4', '4', ''],
          ['Huiselijke relaties', '4', '4', ''],
          ['Geestelijke gezondheid', '3', '3', 'Stress, schaamte'],
          ['Lichamelijke gezondheid', '4', '4', ''],
          ['Middelengebruik', '5', '5', ''],
          ['Basale ADL', '5', '5', ''],
          ['Instrumentele ADL', '3', '3', 'Post blijft ongeopend'],
          ['Sociaal netwerk', '3', '3', ''],
          ['Maatschappelijke participatie', '3', '3', ''],
          ['Justitie', '5', '5', ''],
        ],
      },
      {
        titel: 'Verslag',
        in: 'div',
        verslag: [
          'Mevrouw heeft sinds de scheiding twee jaar geleden schulden opgebouwd bij de zorgverzekeraar, het energiebedrijf en een paar webwinkels. Ze is aangemeld bij de schuldhulpverlening; het intakegesprek is op 2 december. Er loopt geen beslag en geen ontruiming.',
          'Ze schaamt zich enorm. Haar familie en de buren mogen er niets van weten; hulp van familie of van mensen uit de buurt wijst ze af. Ze wil alleen hulp van iemand die ze niet kent en die geheimhouding heeft: anoniem.',
          'Hulpvraag: een getrainde vrijwilliger die met haar de post opent, een overzicht maakt van inkomsten en uitgaven en haar helpt het vol te houden naast de schuldhulpverlening.',
          'Geen huiselijk geweld; de ex-partner is uit beeld. De kinderen gaan goed naar school.',
        ],
      },
    ]),
    expect: {
      caseKey: 'OOST-2026-118',
      age: 41,
      gender: 'female',
      postcode4: '4818',
      wijk: 'Oost',
      zrm: {
        finances: 2, daytime_activities: 3, housing: 4, domestic_relations: 4, mental_health: 3, physical_health: 4,
        addiction: 5, adl: 3, social_network: 3, participation: 3, justice: 5,
      },
      needIncludes: ['de post opent', 'overzicht maakt van inkomsten en uitgaven'],
      flags: ['debts'],
      refusals: ['own_network', 'neighbours'],
      wishes: ['anonymous'],
      warnings: ['debts_anonymous'],
      networkPrompt: 'network_refused',
      top5: ['vhd-budgetcoaching', 'humanitas-thuisadministratie'],
      never: ['humanitas-schuldhulpmaatje', 'buren-voor-buren-bezoek', 'tijd-voor-elkaar-ruilen', 'eigen-kracht-conferentie', 'vhd-netwerkcoach'],
    },
    why: 'Schulden met schaamte: anonieme, getrainde vrijwilligers naast de schuldhulp (budgetcoaching, thuisadministratie; er is geen acute schuldencrisis). Familie en buren wijst ze af, dus geen netwerk- of buurtaanbod; het schuldhulpmaatje zou passen maar neemt niemand aan.',
  },

  // 12: schizophrenia, stable with FACT; wants to join a club; no groups.
  {
    id: 'tabel-12',
    style: 'tabel-verslag',
    html: pagina({ ...MENSCENTRAAL, team: 'Sociaal Wijkteam Oost', gebruiker: 'R. Testcollega', recent: ['D-0066219', 'D-0066198'] }, [
      { kop: 'Cliëntkaart' },
      {
        vet: true,
        gegevens: [
          ['Dossier:', 'D-0066231'],
          ['Naam:', 'Dhr. W. Proefman'],
          ['Geboortejaar:', '1988'],
          ['Postcode:', '4817 MN'],
          ['Woonvorm:', 'zelfstandig, ambulante begeleiding (FACT)'],
          ['Behandelaar:', 'FACT-team Oost, H. Demo (SPV)'],
        ],
      },
      {
        titel: 'ZRM 2017',
        kolommen: ['Leefgebied', 'Startscore', 'Huidige score', 'Toelichting'],
        zrm: [
          ['Financiën', W[4], W[4], ''],
          ['Werk &amp; opleiding', W[2], W[2], 'Arbeidsongeschikt'],
          ['Tijdsbesteding', W[3], W[3], ''],
          ['Huisvesting', W[4], W[4], ''],
          ['Huiselijke relaties', W[4], W[4], ''],
          ['Geestelijke gezondheid', W[2], W[3], 'Schizofrenie, stabiel op medicatie'],
          ['Lichamelijke gezondheid', W[4], W[4], ''],
          ['Middelengebruik', W[4], W[4], 'Rookt, geen drugs'],
          ['Basale ADL', W[4], W[4], ''],
          ['Instrumentele ADL', W[3], W[3], ''],
          ['Sociaal netwerk', W[2], W[2], ''],
          ['Maatschappelijke participatie', W[2], W[2], ''],
          ['Justitie', W[5], W[5], ''],
        ],
      },
      {
        titel: 'Verslag',
        in: 'td',
        verslag: [
          'Meneer heeft schizofrenie en is sinds 2019 in zorg bij het FACT-team. Hij is al een jaar stabiel op medicatie; de SPV komt wekelijks en blijft betrokken. Er is een signaleringsplan.',
          'Hulpvraag: meneer wil weer ergens bij horen en denkt aan een sportclub of de volkstuinvereniging. Hij wil iemand die de eerste tijd met hem meegaat en hem helpt erin te komen.',
          'Een groep ziet hij niet zitten: "geen groepen, daar word ik onrustig van". Eén persoon om mee op pad te gaan is prima.',
          'Geen middelengebruik behalve roken. Niet agressief, ook niet in het verleden. Geen schulden.',
        ],
      },
    ]),
    expect: {
      caseKey: 'D-0066231',
      age: 38,
      gender: 'male',
      postcode4: '4817',
      zrm: {
        finances: 4, daytime_activities: 2, housing: 4, domestic_relations: 4, mental_health: 3, physical_health: 4,
        addiction: 4, adl: 3, social_network: 2, participation: 2, justice: 5,
      },
      needIncludes: ['sportclub of de volkstuinvereniging', 'eerste tijd met hem meegaat'],
      flags: ['psychiatric'],
      refusals: ['group'],
      wishes: [],
      warnings: ['psychiatric_specialised'],
      networkPrompt: 'ask_network',
      top5: ['kwartiermaken-maatje-meedoen'],
      never: ['humanitas-maatje-eenzaamheid', 'buddyhulp-ggz-buddy', 'door-en-voor-herstelgroep', 'zelfhulp-depressie-angst', 'vhd-zorgmaatje'],
    },
    why: 'Ernstige psychiatrische problematiek met een betrokken behandelaar: het Kwartiermaken-maatje is precies gemaakt om mee te gaan naar een club. Geen groepen (herstelgroep, zelfhulpgroep), geen maatjes zonder training voor complexe situaties, de Humanitas-maatjes sluiten ernstige psychiatrie uit en de GGZ-buddy zit vol.',
  },

  // 13: drinks daily and does not want to change it; acute finances; lonely.
  {
    id: 'tabel-13',
    style: 'tabel-verslag',
    html: pagina({ ...ZORGPORTAAL, team: 'Wijkteam Zuid', gebruiker: 'A. Collega-Smit', recent: ['26-Z-0729', '26-Z-0711'] }, [
      { kop: 'Casus' },
      {
        gegevens: [
          ['Registratienr.:', '26-Z-0732'],
          ['Cliënt:', 'Dhr. G. Testbeek'],
          ['Leeftijd:', '52'],
          ['Wijk:', 'Zuid'],
          ['Postcode:', '4823'],
          ['Woonsituatie:', 'alleen, sinds de scheiding (2024)'],
          ['Hulpvraag (kort):', 'Minder alleen zijn en overdag iets omhanden hebben.'],
        ],
      },
      {
        titel: 'ZRM 2010',
        kolommen: ['Leefgebied', 'Start', 'Huidig', 'Toelichting'],
        zrm: [
          ['Financiën', W[2], W[1], 'Uitkering stopgezet (formulier niet ingeleverd), afsluiting energie dreigt'],
          ['Dagbesteding', W[2], W[2], 'Geen werk sinds 2024'],
          ['Huisvesting', W[4], W[4], ''],
          ['Huiselijke relaties', W[3], W[3], 'Weinig contact met dochters'],
          ['Geestelijke gezondheid', W[3], W[3], 'Somber'],
          ['Lichamelijke gezondheid', W[3], W[3], 'Leverwaarden verhoogd (huisarts)'],
          ['Verslaving', W[2], W[2], 'Drinkt dagelijks'],
          ['ADL', W[3], W[3], ''],
          ['Sociaal netwerk', W[2], W[2], ''],
          ['Maatschappelijke participatie', W[3], W[3], ''],
          ['Justitie', W[5], W[5], ''],
        ],
      },
      {
        titel: 'Notities',
        in: 'div',
        verslag: [
          'Meneer drinkt dagelijks, naar eigen zeggen "een stuk of acht blikjes", en wil daar op dit moment niets aan veranderen. Hij weet dat de huisarts zich zorgen maakt. Een verwijzing naar de verslavingszorg heeft hij afgeslagen.',
          'Financieel is het acuut: zijn uitkering is in oktober stopgezet omdat hij een formulier niet heeft ingeleverd, er staan twee maanden huur open en de energieleverancier dreigt af te sluiten. Dit pakt het wijkteam deze week zelf op met UWV, corporatie en energieleverancier.',
          'Hij is sinds de scheiding veel alleen en verveelt zich. Met zijn dochters heeft hij sporadisch contact. Hij wil wel iemand om af en toe mee te praten en iets mee te ondernemen.',
          'Niet agressief, ook niet als hij gedronken heeft; bij huisbezoek altijd vriendelijk. Geen justitiecontacten. Het wijkteam blijft betrokken; over drie maanden opnieuw het gesprek over het drinken.',
        ],
      },
    ]),
    expect: {
      caseKey: '26-Z-0732',
      age: 52,
      gender: 'male',
      postcode4: '4823',
      wijk: 'Zuid',
      zrm: {
        finances: 1, daytime_activities: 2, housing: 4, domestic_relations: 3, mental_health: 3, physical_health: 3,
        addiction: 2, adl: 3, social_network: 2, participation: 3, justice: 5,
      },
      needIncludes: ['Minder alleen zijn', 'overdag iets omhanden hebben'],
      flags: ['active_addiction', 'debts'],
      refusals: [],
      wishes: [],
      warnings: ['acute_domain:finances', 'debts_anonymous'],
      networkPrompt: 'ask_network',
      top5: ['buddyhulp-buddy', 'maatjesproject-maatje-meervoudige-problemen'],
      never: ['ismes-herstelmaatje', 'ismes-herstelinloop', 'zelfhulp-verslaving', 'vhd-budgetcoaching', 'juvans-formulierenhulp', 'humanitas-thuisadministratie'],
    },
    why: 'Hij drinkt nu en wil niet stoppen, dus het herstelaanbod en de zelfhulpgroep (die willen stoppen of nuchter zijn) vallen af. Financiën staan op 1: het wijkteam regelt dat, dus geen vrijwilligers voor alleen geldzaken. Voor het alleen-zijn passen buddy\'s die complexe situaties aankunnen en met de professional samenwerken.',
  },

  // 14: aggression towards helpers; wants to get out of the house.
  {
    id: 'tabel-14',
    style: 'tabel-verslag',
    html: pagina({ ...DOSSIERNET, team: 'Wijkteam West', gebruiker: 'K. Collega-Janssen', recent: ['C-453361', 'C-453302'] }, [
      { kop: 'Persoon' },
      {
        vet: true,
        gegevens: [
          ['Cliëntnr.:', 'C-453377'],
          ['Naam:', 'Dhr. L. Voorbeeldt'],
          ['Postcode:', '4829 HA'],
          ['Wijk:', 'West'],
          ['Woonsituatie:', 'alleenwonend, portiekflat 3-hoog'],
          ['Let op:', '<b>veiligheid medewerkers: huisbezoek alleen met z\'n tweeën</b>'],
        ],
      },
      {
        titel: 'ZRM 2010',
        kolommen: ['Leefgebied', 'Startscore', 'Huidige score', 'Toelichting'],
        zrm: [
          ['Dagbesteding', '3', '3', ''],
          ['Huisvesting', '3', '3', 'Rommelig, geen vervuiling'],
          ['Huiselijke relaties', '4', '4', ''],
          ['Geestelijke gezondheid', '3', '3', 'Kort lontje, wantrouwig'],
          ['ADL', '3', '3', ''],
          ['Sociaal netwerk', '2', '2', ''],
          ['Maatschappelijke participatie', '3', '3', ''],
        ],
      },
      {
        titel: 'Verslag',
        in: 'td',
        verslag: [
          'Meneer (60) woont sinds zijn scheiding alleen en heeft nauwelijks contacten. Hij zegt zich "te pletter te vervelen" en wil eruit, maar weet niet waar hij moet beginnen.',
          'Let op: meneer is in het verleden dreigend geweest naar hulpverleners. In 2025 heeft hij een medewerker van de thuiszorg bedreigd; de thuiszorg is toen gestopt. Bij ons is hij wisselend: soms vriendelijk, soms kortaf en intimiderend. Huisbezoeken doen we met z\'n tweeën.',
          'Hulpvraag: iemand om mee naar buiten te gaan en wat structuur in de week. Meneer wil dat zelf ook.',
          'Geen alcohol- of drugsgebruik bekend. Geen schulden. De ambulant begeleider van het wijkteam blijft betrokken.',
        ],
      },
    ]),
    expect: {
      caseKey: 'C-453377',
      age: 60,
      gender: 'male',
      postcode4: '4829',
      wijk: 'West',
      zrm: { daytime_activities: 3, housing: 3, domestic_relations: 4, mental_health: 3, adl: 3, social_network: 2, participation: 3 },
      needIncludes: ['mee naar buiten te gaan', 'structuur in de week'],
      flags: ['aggression'],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['maatjesproject-maatje-meervoudige-problemen'],
      never: ['wehelpen-hulp-in-de-buurt', 'nlvoorelkaar-hulpvraag', 'tijd-voor-elkaar-ruilen', 'buur-en-co-buurtnetwerk', 'mee-vrijetijdsmaatje'],
    },
    why: 'Dreiging naar hulpverleners: geen ongescreende buren of vrijwilligers zonder professional erbij. Het maatje bij meervoudige problemen werkt met een maandelijks driegesprek samen met de begeleider die betrokken blijft; het MEE-maatje sluit agressie uitdrukkelijk uit (en is voor LVB).',
  },

  // 15: mild learning disability, 24: just over the age limit of two youth offers.
  {
    id: 'tabel-15',
    style: 'tabel-verslag',
    html: pagina({ ...WIJKDOSSIER, team: 'Wijkteam Noord', gebruiker: 'L. Testcollega', recent: ['2026/02298', '2026/02274'] }, [
      { kop: 'Cliëntdossier' },
      {
        naast: [
          [
            {
              gegevens: [
                ['Dossiernummer:', '2026/02301'],
                ['Naam:', 'Mevrouw N. Proefje'],
                ['Geboortedatum:', '09-07-2002'],
                ['Adres:', 'Oefenhof 14, 4813 DK Demostad'],
                ['Wijk:', 'Noord'],
              ],
            },
          ],
          [
            {
              gegevens: [
                ['Bijzonderheden:', 'licht verstandelijke beperking (onderzoek 2019)'],
                ['Betrokken:', 'MEE-consulent (blijft aanspreekpunt), bewindvoerder'],
                ['Laatste contact:', '16-11-2026'],
              ],
            },
          ],
        ],
      },
      {
        titel: 'ZRM 2013',
        kolommen: ['Leefgebied', 'Startscore', 'Huidige score', 'Toelichting'],
        zrm: [
          ['Financiën', '4', '4', 'Bewindvoering, loopt goed'],
          ['Dagbesteding', '2', '2', 'Geen werk of dagbesteding sinds de Entree-opleiding'],
          ['Huisvesting', '4', '4', ''],
          ['Huiselijke relaties', '4', '4', ''],
          ['Geestelijke gezondheid', '4', '4', ''],
          ['Lichamelijke gezondheid', '4', '4', ''],
          ['Verslaving', '5', '5', ''],
          ['ADL', '3', '4', 'Ambulante begeleiding twee keer per week'],
          ['Sociaal netwerk', '2', '2', 'Alleen contact met moeder'],
          ['Maatschappelijke participatie', '3', '3', ''],
          ['Justitie', '5', '5', ''],
        ],
      },
      {
        titel: 'Verslag',
        in: 'div',
        br: true,
        verslag: [
          'Mevrouw heeft een licht verstandelijke beperking en woont sinds een jaar zelfstandig met ambulante begeleiding. De MEE-consulent heeft haar bij het wijkteam aangemeld.',
          'Hulpvraag: mevrouw wil iemand om samen leuke dingen mee te doen in haar vrije tijd, zoals zwemmen of naar de film. Ze vindt het moeilijk om zelf vriendinnen te maken.',
          'Geen gedragsproblemen of agressie. Mevrouw is vrolijk en stemt zelf in met een maatje. Moeder is blij met het idee.',
        ],
      },
    ]),
    expect: {
      caseKey: '2026/02301',
      age: 24,
      gender: 'female',
      postcode4: '4813',
      wijk: 'Noord',
      zrm: {
        finances: 4, daytime_activities: 2, housing: 4, domestic_relations: 4, mental_health: 4, physical_health: 4,
        addiction: 5, adl: 4, social_network: 2, participation: 3, justice: 5,
      },
      needIncludes: ['samen leuke dingen mee te doen', 'zwemmen of naar de film'],
      flags: ['learning_disability'],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['mee-vrijetijdsmaatje'],
      never: ['handjehelpen-kindmaatje', 'juvans-jongerenmaatje'],
    },
    why: 'LVB met een MEE-consulent die aanspreekpunt blijft en een vrijetijdsvraag: het MEE-vrijetijdsmaatje. Ze is 24, dus het kind- en jongerenmaatje (tot en met 23) vallen af, hoe goed de woorden ook passen.',
  },

  // 16: lonely widower in Centrum who wants no one at home.
  {
    id: 'tabel-16',
    style: 'tabel-verslag',
    html: pagina({ ...ZORGPORTAAL, team: 'Wijkteam Centrum', gebruiker: 'F. Testcollega', recent: ['CEN-26-0204', 'CEN-26-0199'] }, [
      { kop: 'Casus' },
      {
        vet: true,
        gegevens: [
          ['Casus-ID', 'CEN-26-0210'],
          ['Naam', 'Dhr. B. Testhuis'],
          ['Leeftijd', '78 jaar'],
          ['Adres', 'Marktstraatje 3, 4811 AZ Demostad'],
          ['Wijk', 'Centrum'],
          ['Woont', 'alleen (weduwnaar)'],
        ],
      },
      {
        titel: 'ZRM - stand 20-11-2026',
        kolommen: ['Leefgebied', 'Startscore', 'Huidige score', 'Toelichting'],
        zrm: [
          ['Sociaal netwerk', W[2], W[2], 'Vrienden overleden, zoon in Australië'],
          ['Dagbesteding', W[3], W[3], 'Leest veel, verder weinig'],
          ['Lichamelijke gezondheid', W[3], W[3], 'COPD, loopt korte stukjes'],
          ['Geestelijke gezondheid', W[4], W[4], ''],
          ['ADL', W[4], W[4], ''],
          ['Financiën', W[5], W[5], ''],
          ['Huisvesting', W[4], W[4], ''],
        ],
      },
      {
        titel: 'Verslag',
        in: 'td',
        verslag: [
          'Meneer voelt zich eenzaam sinds zijn vriend van de biljartclub is overleden. De dagen zijn lang. Zijn zoon woont in Australië en belt eens per week.',
          'Hulpvraag: meneer wil buiten de deur mensen ontmoeten, het liefst dichtbij huis en op vaste momenten. Samen eten spreekt hem aan.',
          'Bezoek aan huis wil hij niet: "ik wil geen vreemden over de vloer". Hij gaat liever zelf ergens naartoe.',
          'Geen geheugenproblemen, geen schulden. Hij kan zelf de deur uit, korte afstanden.',
        ],
      },
    ]),
    expect: {
      caseKey: 'CEN-26-0210',
      age: 78,
      gender: 'male',
      postcode4: '4811',
      wijk: 'Centrum',
      zrm: { social_network: 2, daytime_activities: 3, physical_health: 3, mental_health: 4, adl: 4, finances: 5, housing: 4 },
      needIncludes: ['buiten de deur mensen ontmoeten', 'Samen eten'],
      flags: [],
      refusals: ['home_visits'],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vitras-huiskamer', 'vitras-samen-eten'],
      never: ['zonnebloem-huisbezoek', 'handjehelpen-vaste-vrijwilliger', 'even-buurten-buurtgenoot', 'buren-voor-buren-bezoek'],
    },
    why: 'Eenzame weduwnaar die zelf de deur uit wil en samen eten leuk vindt: de huiskamer en samen eten in de wijk. Bezoek aan huis weigert hij; Even Buurten werkt bovendien niet in Centrum en Buren voor Buren alleen in Oost.',
  },

  // 17: Hoogeloon; no ZRM; most practical offers do not reach the village.
  {
    id: 'tabel-17',
    style: 'tabel-verslag',
    html: pagina({ ...MENSCENTRAAL, team: 'Wijkteam Dorpen', gebruiker: 'B. Voorbeeldcollega', recent: ['HGL-2026-011', 'HGL-2026-009'] }, [
      { kop: 'Cliëntkaart' },
      {
        gegevens: [
          ['Kenmerk:', 'HGL-2026-014'],
          ['Naam:', 'Mevrouw C. Oefendorp'],
          ['Geb.datum:', '22-11-1943'],
          ['Adres:', 'Kerkpad 7, 5528 AK Hoogeloon'],
          ['Kern:', 'Hoogeloon'],
          ['Huisarts:', 'praktijk Hoogeloon'],
          ['Leefgebieden:', 'zie verslag'],
        ],
      },
      {
        titel: 'Verslag keukentafelgesprek',
        in: 'div',
        verslag: [
          'Mevrouw woont al zestig jaar in het dorp, sinds vier jaar alleen. Ze is goed van geest maar slecht ter been sinds een val in de zomer. De kinderen wonen in Eindhoven en Utrecht en komen om de week.',
          'Hulpvraag: iemand die af en toe de tuin bijhoudt en de boodschappen doet, liefst iemand uit het dorp. Ze mist ook de praatjes bij de bakker.',
          'Geen financiële zorgen, geen zorgen over de veiligheid. Huishoudelijke hulp via de Wmo is geregeld.',
        ],
      },
    ]),
    expect: {
      caseKey: 'HGL-2026-014',
      age: 83,
      gender: 'female',
      postcode4: '5528',
      wijk: 'Hoogeloon',
      zrm: {},
      needIncludes: ['tuin bijhoudt', 'boodschappen doet'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['hoogeloon-dorpsondersteuning'],
      never: ['present-praktische-klus', 'vhd-klussendienst', 'rodekruis-boodschappenhulp', 'zuid-helpt-boodschappen-en-klusjes', 'even-buurten-buurtgenoot'],
    },
    why: 'Tuin en boodschappen door iemand uit het dorp: de dorpsondersteuning van Hoogeloon. Postcode 5528 valt buiten Demostad en buiten de dorpen 4830-4859, dus klussendienst, Present, Rode Kruis en de wijkinitiatieven van de stad werken hier niet.',
  },

  // 18: escort to chemotherapy; also asks for nursing tasks from a volunteer.
  {
    id: 'tabel-18',
    style: 'tabel-verslag',
    html: pagina({ ...DOSSIERNET, team: 'Wijkteam Oost', gebruiker: 'M. Collega', recent: ['Z2026-11-2088', 'Z2026-11-2071'] }, [
      { kop: 'Zaakoverzicht' },
      {
        gegevens: [
          ['Zaaknummer:', 'Z2026-11-2090'],
          ['Betreft:', 'Mevrouw F. Proefkamp'],
          ['Geboortedatum:', '04-04-1955'],
          ['Adres:', 'Demohof 19, 4816 BD Demostad'],
          ['Huishouden:', 'alleenwonend'],
        ],
      },
      {
        titel: 'ZRM',
        kolommen: ['Leefgebied', 'Startscore', 'Huidige score', 'Toelichting'],
        th: true,
        zrm: [
          ['Lichamelijke gezondheid', '3', '2', 'Borstkanker, chemo tot februari'],
          ['ADL', '4', '3', 'Erg moe na de chemo'],
          ['Sociaal netwerk', '3', '3', 'Zus belt dagelijks, heeft geen auto'],
          ['Geestelijke gezondheid', '3', '3', ''],
          ['Financiën', '4', '4', ''],
          ['Dagbesteding', '3', '3', 'Ziektewet'],
        ],
      },
      {
        titel: 'Notities',
        in: 'td',
        verslag: [
          'Mevrouw krijgt tot februari om de drie weken chemotherapie in het ziekenhuis in Demostad. Ze heeft geen auto en kan na de behandeling niet zelf met de bus terug. De taxi is te duur.',
          'Hulpvraag: vervoer naar het ziekenhuis en iemand die meegaat naar de poli en de chemo. Mevrouw kan zelf in en uit een auto stappen.',
          'Mevrouw vroeg ook of een vrijwilliger haar steunkousen kan aantrekken en de wond bij de port-a-cath kan verzorgen. Dat is verpleegkundige zorg; wijkverpleging is aangevraagd.',
          'Geen schulden, verder geen zorgen. Haar zus belt dagelijks.',
        ],
      },
    ]),
    expect: {
      caseKey: 'Z2026-11-2090',
      age: 71,
      gender: 'female',
      postcode4: '4816',
      zrm: { physical_health: 2, adl: 3, social_network: 3, mental_health: 3, finances: 4, daytime_activities: 3 },
      needIncludes: ['vervoer naar het ziekenhuis', 'meegaat naar de poli'],
      flags: ['medical_care'],
      refusals: [],
      wishes: [],
      warnings: ['medical_not_volunteers'],
      networkPrompt: 'ask_network',
      top5: ['vhd-ziekenhuisbegeleiding'],
      never: [],
    },
    why: 'Vervoer en begeleiding naar de chemo is precies de ziekenhuisbegeleiding van de VHD (ze kan zelf in een auto stappen). Steunkousen en wondzorg vraagt ze ook, maar dat is verpleging en geen taak voor een vrijwilliger: daarvoor de waarschuwing.',
  },

  // 19: a 16-year-old girl whose mother is admitted with depression: a young carer.
  {
    id: 'tabel-19',
    style: 'tabel-verslag',
    html: pagina({ ...WIJKDOSSIER, team: 'Wijkteam Noord', gebruiker: 'P. Collega-de Wit', recent: ['2026/02318', '2026/02244'] }, [
      { kop: 'Dossier jeugd' },
      {
        naast: [
          [
            {
              titel: 'Jongere',
              gegevens: [
                ['Dossiernr.:', '2026/02330'],
                ['Naam:', 'L. Voorbeeldje'],
                ['Geslacht:', 'vrouw'],
                ['Geboortedatum:', '02-03-2010'],
                ['Wijk:', 'Noord'],
                ['School:', 'havo 4'],
              ],
            },
          ],
          [
            {
              titel: 'Gezin',
              gegevens: [
                ['Moeder:', 'depressie, opgenomen sinds september (GGZ-kliniek)'],
                ['Vader:', 'werkt fulltime, betrokken'],
                ['Broertje:', '9 jaar'],
              ],
            },
          ],
        ],
      },
      {
        titel: 'ZRM 2010 (jongere)',
        kolommen: ['Leefgebied', 'Startscore', 'Huidige score', 'Toelichting'],
        zrm: [
          ['Dagbesteding', '3', '3', 'Cijfers gaan achteruit'],
          ['Huiselijke relaties', '3', '3', 'Zorgt veel voor haar broertje'],
          ['Geestelijke gezondheid', '3', '3', 'Piekert, slaapt slecht'],
          ['Sociaal netwerk', '3', '3', 'Vriendinnen, maar vertelt niets'],
          ['Lichamelijke gezondheid', '5', '5', ''],
          ['Verslaving', '5', '5', ''],
        ],
      },
      {
        titel: 'Verslag',
        in: 'div',
        verslag: [
          'L. (16) is aangemeld door haar mentor. Haar moeder heeft een zware depressie en is sinds september opgenomen. Sindsdien zorgt L. na school voor haar broertje van 9, kookt ze vaak en doet ze de was. Vader werkt fulltime en doet wat hij kan.',
          'Hulpvraag: L. wil even niet de zorg hebben en praten met jongeren die hetzelfde meemaken. Ze zou graag weer iets voor zichzelf doen, zoals turnen.',
          'Geen zorgen over de veiligheid thuis; vader is betrokken en akkoord met de aanmelding. L. heeft zelf geen psychische diagnose. Geen middelengebruik.',
        ],
      },
    ]),
    expect: {
      caseKey: '2026/02330',
      age: 16,
      gender: 'female',
      wijk: 'Noord',
      zrm: { daytime_activities: 3, domestic_relations: 3, mental_health: 3, social_network: 3, physical_health: 5, addiction: 5 },
      needIncludes: ['praten met jongeren die hetzelfde meemaken', 'iets voor zichzelf doen'],
      flags: [],
      refusals: [],
      wishes: [],
      isCarer: true,
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['mantelzorg-jonge-mantelzorgers'],
      never: ['zelfhulp-depressie-angst', 'kwartiermaken-maatje-meedoen', 'buddyhulp-ggz-buddy'],
    },
    why: 'De depressie is van de moeder; L. is een jonge mantelzorger van 16 en dat aanbod is er precies voor. De groepen en maatjes voor psychische kwetsbaarheid zijn voor volwassenen (18+) die het zelf hebben, niet voor haar.',
  },

  // 20: Polish-speaking mother; the Arabic-language offers are not for her; no ZRM.
  {
    id: 'tabel-20',
    style: 'tabel-verslag',
    html: pagina({ ...ZORGPORTAAL, team: 'Wijkteam West', gebruiker: 'S. Voorbeeldcollega', recent: ['R 2026 3502', 'R 2026 3490'] }, [
      { kop: 'Casus' },
      {
        vet: true,
        gegevens: [
          ['Registratienummer:', 'R 2026 3518'],
          ['Naam:', 'Mevr. M. Testowska'],
          ['Leeftijd:', '39'],
          ['Postcode:', '4828 LK'],
          ['Wijk:', 'West'],
          ['Taal:', 'Pools (spreekt wat Engels, weinig Nederlands)'],
          ['Gezin:', 'alleenstaand, dochter van 9'],
          ['ZRM:', 'volgt na tweede gesprek'],
        ],
      },
      {
        titel: 'Verslag',
        in: 'td',
        verslag: [
          'Mevrouw woont sinds drie jaar in Nederland en werkt via een uitzendbureau in een distributiecentrum. Het gesprek ging in het Engels; er is een taalbarrière.',
          'Hulpvraag: mevrouw wil beter Nederlands leren spreken, zodat ze met de juf van haar dochter kan praten en brieven beter begrijpt. Sinds oktober volgt ze een avondcursus Nederlands bij de bibliotheek, maar ze mist iemand om mee te oefenen.',
          'Geen schulden, geen crisis. Mevrouw heeft een paar Poolse collega\'s als vriendinnen.',
        ],
      },
    ]),
    expect: {
      caseKey: 'R 2026 3518',
      age: 39,
      gender: 'female',
      language: 'pl',
      postcode4: '4828',
      wijk: 'West',
      zrm: {},
      needIncludes: ['beter Nederlands leren spreken', 'brieven beter begrijpt'],
      flags: ['language_barrier'],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['vc-taalmaatje'],
      never: ['al-amal-maatje', 'al-amal-brievenhulp'],
    },
    why: 'Een taalmaatje naast haar avondcursus is de voor de hand liggende hulp. Het maatje voor Arabischsprekende nieuwkomers en de brievenhulp in het Arabisch zijn voor een andere taalgroep, ook al gaat het over nieuwkomers en brieven.',
  },

  // 21: young family with two under-fives; the offers for children with a disability do not apply.
  {
    id: 'tabel-21',
    style: 'tabel-verslag',
    html: pagina({ ...MENSCENTRAAL, team: 'Sociaal Wijkteam Centrum', gebruiker: 'R. Testcollega', recent: ['C-455117', 'C-455098'] }, [
      { kop: 'Cliëntkaart' },
      {
        gegevens: [
          ['Cliëntnr.:', 'C-455120'],
          ['Naam:', 'Mevrouw Y. Proefgezin'],
          ['Geboortedatum:', '15-01-1999'],
          ['Postcode:', '4812'],
          ['Wijk:', 'Centrum'],
          ['Gezin:', 'partner (ploegendienst), zoon van 2 jaar en 7 mnd, dochter van 8 maanden'],
        ],
      },
      {
        titel: 'ZRM 2013',
        kolommen: ['Leefgebied', 'Startscore', 'Huidige score', 'Toelichting'],
        zrm: [
          ['Financiën', W[4], W[4], ''],
          ['Dagbesteding', W[3], W[3], 'Verlof, daarna 16 uur werken'],
          ['Huisvesting', W[4], W[4], ''],
          ['Huiselijke relaties', W[3], W[3], 'Vaak alleen met de kinderen'],
          ['Geestelijke gezondheid', W[3], W[3], 'Moe; geen depressie volgens huisarts'],
          ['Lichamelijke gezondheid', W[4], W[4], ''],
          ['Verslaving', W[5], W[5], ''],
          ['ADL', W[4], W[4], ''],
          ['Sociaal netwerk', W[2], W[2], 'Verhuisd uit Groningen, geen familie hier'],
          ['Maatschappelijke participatie', W[4], W[4], ''],
          ['Justitie', W[5], W[5], ''],
        ],
      },
      {
        titel: 'Verslag',
        in: 'div',
        verslag: [
          'Mevrouw is via het consultatiebureau bij ons gekomen. Het gezin is vorig jaar uit Groningen naar Demostad verhuisd voor het werk van haar partner. Hij werkt in ploegendienst; mevrouw staat vaak alleen voor de twee kleintjes.',
          'Hulpvraag: mevrouw zoekt iemand die een paar uur per week meekijkt en meehelpt met de kinderen en het dagritme, en met wie ze kan praten over de opvoeding. Ze kent hier nog bijna niemand.',
          'Geen huiselijk geweld, de relatie is goed. Geen schulden. De huisarts ziet geen postnatale depressie, wel vermoeidheid. De kinderen ontwikkelen zich goed en hebben geen beperking.',
        ],
      },
    ]),
    expect: {
      caseKey: 'C-455120',
      age: 27,
      gender: 'female',
      postcode4: '4812',
      wijk: 'Centrum',
      zrm: {
        finances: 4, daytime_activities: 3, housing: 4, domestic_relations: 3, mental_health: 3, physical_health: 4,
        addiction: 5, adl: 4, social_network: 2, participation: 4, justice: 5,
      },
      needIncludes: ['meehelpt met de kinderen en het dagritme', 'praten over de opvoeding'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['humanitas-gezinsmaatje'],
      never: ['mee-oudercontact', 'handjehelpen-kindmaatje', 'zelfhulp-alleenstaande-ouders'],
    },
    why: 'Jong gezin met kinderen onder de 6, geen familie in de buurt en een vraag om opvoedsteun: het Humanitas-gezinsmaatje. De risico\'s zijn expliciet afwezig. Het aanbod voor ouders van een kind met een beperking en de groep voor alleenstaande ouders vragen iets wat hier niet speelt.',
  },

  // 22: long isolation, no network at all.
  {
    id: 'tabel-22',
    style: 'tabel-verslag',
    html: pagina({ ...DOSSIERNET, team: 'Wijkteam Oost', gebruiker: 'K. Collega-Janssen', recent: ['OST-26-0381', 'OST-26-0377'] }, [
      { kop: 'Casus' },
      {
        naast: [
          [
            {
              vet: true,
              gegevens: [
                ['Casus-ID:', 'OST-26-0389'],
                ['Naam:', 'Dhr. V. Alleman'],
                ['Geboortedatum:', '30-06-1968'],
                ['Postcode:', '4819 TT'],
                ['Wijk:', 'Oost'],
              ],
            },
          ],
          [
            {
              vet: true,
              gegevens: [
                ['Netwerk:', 'geen (familie al jaren geen contact, geen vrienden)'],
                ['Aangemeld door:', 'woningcorporatie (huismeester)'],
                ['Eerste contact:', '05-11-2026'],
              ],
            },
          ],
        ],
      },
      {
        titel: 'Zelfredzaamheidsmatrix',
        kolommen: ['Leefgebied', 'Startscore', 'Huidige score', 'Toelichting'],
        zrm: [
          ['Financiën', '4', '4', ''],
          ['Dagbesteding', '2', '2', 'Arbeidsongeschikt sinds 2015'],
          ['Huisvesting', '4', '4', ''],
          ['Huiselijke relaties', '4', '4', 'Alleenstaand'],
          ['Geestelijke gezondheid', '3', '3', 'Somber, geen diagnose'],
          ['Lichamelijke gezondheid', '3', '3', 'Rugklachten'],
          ['Verslaving', '4', '4', ''],
          ['ADL', '4', '4', ''],
          ['Sociaal netwerk', '2', '2', 'Geen enkel contact'],
          ['Maatschappelijke participatie', '3', '3', 'Komt alleen buiten voor boodschappen'],
          ['Justitie', '5', '5', ''],
        ],
      },
      {
        titel: 'Verslag',
        in: 'td',
        verslag: [
          'De huismeester maakte zich zorgen: meneer krijgt nooit bezoek en groet niemand. Bij het huisbezoek bleek meneer vriendelijk en helder. Hij is al jaren alleen: met zijn broer en zus is het contact na het overlijden van hun moeder verbroken, vrienden heeft hij niet meer.',
          'Er is niemand in zijn omgeving die kan helpen; het netwerk is er gewoon niet. Meneer zegt zelf: "ik heb niemand".',
          'Hulpvraag: meneer wil iemand om wekelijks mee af te spreken, koffie te drinken of te wandelen. Hij wil weer een beetje onder de mensen komen, maar in kleine stapjes.',
          'Geen verslaving, geen psychiatrische voorgeschiedenis, geen schulden. Het wijkteam blijft voorlopig betrokken.',
        ],
      },
    ]),
    expect: {
      caseKey: 'OST-26-0389',
      age: 58,
      gender: 'male',
      postcode4: '4819',
      wijk: 'Oost',
      zrm: {
        finances: 4, daytime_activities: 2, housing: 4, domestic_relations: 4, mental_health: 3, physical_health: 3,
        addiction: 4, adl: 4, social_network: 2, participation: 3, justice: 5,
      },
      needIncludes: ['wekelijks mee af te spreken', 'onder de mensen komen'],
      flags: ['no_network'],
      refusals: [],
      wishes: [],
      warnings: ['long_isolation_supplement'],
      networkPrompt: 'network_exhausted',
      top5: ['humanitas-maatje-eenzaamheid', 'buddyhulp-buddy'],
      never: ['eigen-kracht-conferentie', 'wehelpen-hulpnetwerk', 'even-buurten-buurtgenoot'],
    },
    why: 'Jarenlang isolement zonder enig netwerk: een maatje of buddy als aanvulling, met het wijkteam erbij. Aanbod dat op het eigen netwerk leunt (Eigen Kracht-conferentie, een hulpnetwerk van familie en vrienden) werkt niet als er niemand is, en Even Buurten is pas vanaf 70.',
  },

  // 23: severe home neglect (hoarding, vermin): no volunteers.
  {
    id: 'tabel-23',
    style: 'tabel-verslag',
    html: pagina({ ...WIJKDOSSIER, team: 'Wijkteam Noord', gebruiker: 'L. Testcollega', recent: ['WTN/26/1097', 'WTN/26/1088'] }, [
      { kop: 'Dossier' },
      {
        vet: true,
        gegevens: [
          ['Kenmerk:', 'WTN/26/1102'],
          ['Naam:', 'Mevrouw I. Proefstapel'],
          ['Leeftijd:', '77'],
          ['Adres:', 'Testgracht 41, 4815 PR Demostad'],
          ['Wijk:', 'Noord'],
          ['Melder:', 'GGD, na klachten van buren over stank'],
        ],
      },
      {
        titel: 'ZRM 2010',
        kolommen: ['Leefgebied', 'Startscore', 'Huidige score', 'Toelichting'],
        zrm: [
          ['Huisvesting', W[2], W[2], 'Ernstige woningvervuiling, ongedierte'],
          ['ADL', W[2], W[2], 'Verzorgt zichzelf slecht'],
          ['Sociaal netwerk', W[2], W[2], ''],
          ['Lichamelijke gezondheid', W[3], W[3], ''],
          ['Geestelijke gezondheid', W[3], W[3], 'Geen diagnose, huisarts onderzoekt'],
          ['Financiën', W[4], W[4], ''],
        ],
      },
      {
        titel: 'Verslag huisbezoek met GGD',
        in: 'div',
        verslag: [
          'Samen met de GGD op huisbezoek. Er is sprake van ernstige woningvervuiling: de woning staat vol zakken afval en oude kranten, er zijn muizen en de keuken is niet meer te gebruiken. Mevrouw verzamelt al jaren spullen.',
          'Mevrouw ziet het probleem maar deels. Ze zegt wel dat ze eenzaam is en "best iemand wil die eens komt helpen opruimen".',
          'Hulpvraag (mevrouw): hulp bij opruimen en iemand om mee te praten. Er start een professioneel traject via de GGD met een gespecialiseerd schoonmaakbedrijf; de huisarts onderzoekt of er meer speelt.',
          'Geen schulden, de huur wordt betaald. Geen aanwijzingen voor misbruik door anderen.',
        ],
      },
    ]),
    expect: {
      caseKey: 'WTN/26/1102',
      age: 77,
      gender: 'female',
      postcode4: '4815',
      wijk: 'Noord',
      zrm: { housing: 2, adl: 2, social_network: 2, physical_health: 3, mental_health: 3, finances: 4 },
      needIncludes: ['hulp bij opruimen', 'iemand om mee te praten'],
      flags: ['severe_neglect'],
      refusals: [],
      wishes: [],
      warnings: ['severe_neglect_no_volunteers'],
      networkPrompt: 'ask_network',
      top5: [],
      never: ['present-praktische-klus', 'buddyhulp-buddy', 'vhd-klussendienst', 'even-buurten-buurtgenoot', 'humanitas-maatje-eenzaamheid'],
    },
    why: 'Ernstige woningvervuiling met ongedierte: eerst het professionele traject van GGD en schoonmaakbedrijf, geen vrijwilligers, ook niet voor het gezelschap dat ze vraagt. Present sluit het zelf ook uit, en de buddy die "vervuild huis" als trefwoord heeft hoort hier evenmin.',
  },

  // 24: recovering from alcohol, eight months sober; no ZRM, no area.
  {
    id: 'tabel-24',
    style: 'tabel-verslag',
    html: pagina({ ...ZORGPORTAAL, team: 'Wijkteam Zuid', gebruiker: 'A. Collega-Smit', recent: ['D-0066402', 'D-0066391'] }, [
      { kop: 'Casusgegevens' },
      {
        gegevens: [
          ['Dossier:', 'D-0066410'],
          ['Naam:', 'Dhr. E. Testherstel'],
          ['Geb.:', '12-12-1979'],
          ['Woonsituatie:', 'alleen, huurappartement'],
          ['Verwijzer:', 'kliniek verslavingszorg (nazorg)'],
          ['ZRM:', '-'],
        ],
      },
      {
        titel: 'Notities',
        in: 'td',
        br: true,
        verslag: [
          'Meneer is in maart ontslagen uit de kliniek na een opname voor zijn alcoholverslaving. Hij is sindsdien droog en gaat naar de nazorggroep van de kliniek, maar die stopt in december.',
          'Hulpvraag: meneer wil niet terugvallen en zoekt contact met mensen die ook gestopt zijn. Hij wil nieuwe mensen leren kennen die niet drinken; zijn oude vrienden zitten allemaal in de kroeg.',
          'Vroeger verslaafd, nu acht maanden droog; geen actueel gebruik (bevestigd door de kliniek). Geen schulden meer, geen justitie.',
        ],
      },
    ]),
    expect: {
      caseKey: 'D-0066410',
      age: 46,
      gender: 'male',
      zrm: {},
      needIncludes: ['niet terugvallen', 'mensen die ook gestopt zijn'],
      flags: [],
      refusals: [],
      wishes: [],
      warnings: [],
      networkPrompt: 'ask_network',
      top5: ['ismes-herstelmaatje', 'zelfhulp-verslaving'],
      never: ['zelfhulp-naasten-verslaving'],
    },
    why: 'Acht maanden droog en de nazorg stopt: een herstelmaatje of de zelfhulpgroep (ook de herstelinloop past) houdt hem op koers. Het is verslaving in het verleden, dus geen flag; de groep voor naasten is voor familie, niet voor hem.',
  },

  // 25: wants no informal help at all; only professional (Wmo) help.
  {
    id: 'tabel-25',
    style: 'tabel-verslag',
    html: pagina({ ...MENSCENTRAAL, team: 'Sociaal Wijkteam Zuid', gebruiker: 'B. Voorbeeldcollega', recent: ['Z2026-11-2107', 'Z2026-11-2099'] }, [
      { kop: 'Cliëntkaart' },
      {
        vet: true,
        gegevens: [
          ['Zaaknummer:', 'Z2026-11-2113'],
          ['Naam:', 'Mevrouw O. Testvrouw'],
          ['Leeftijd:', '63'],
          ['Postcode:', '4820 AL'],
          ['Wijk:', 'Zuid'],
          ['Aanleiding:', 'nieuwe heup (oktober), revalidatie afgerond'],
        ],
      },
      {
        titel: 'Verslag',
        in: 'div',
        verslag: [
          'Mevrouw heeft in oktober een nieuwe heup gekregen. Ze kan nog niet goed bukken of zwaar tillen. De administratie is in de tussentijd blijven liggen en de boodschappen zijn een probleem.',
          'Hulpvraag: hulp bij het huishouden en de boodschappen tot ze weer hersteld is, en iemand die even naar de stapel post kijkt.',
          'Mevrouw wil geen informele hulp, ook geen vrijwilligers. Ze wil het "netjes via de gemeente" geregeld hebben en is daar heel stellig in. De aanvraag Wmo huishoudelijke hulp is gedaan.',
          'Dochter helpt in het weekend. Geen schulden.',
        ],
      },
    ]),
    expect: {
      caseKey: 'Z2026-11-2113',
      age: 63,
      gender: 'female',
      postcode4: '4820',
      wijk: 'Zuid',
      zrm: {},
      needIncludes: ['huishouden en de boodschappen', 'stapel post'],
      flags: ['declines_informal'],
      refusals: [],
      wishes: [],
      warnings: ['declines_informal'],
      networkPrompt: 'ask_network',
      top5: [],
      never: ['rodekruis-boodschappenhulp', 'zuid-helpt-boodschappen-en-klusjes', 'vhd-postwijzer', 'humanitas-thuisadministratie'],
    },
    why: 'Boodschappen en post zouden goed bij vrijwilligers passen, maar mevrouw wil uitdrukkelijk geen informele hulp: niets voorstellen, alleen de waarschuwing. De dochter helpt al; het netwerk is niet geweigerd.',
  },
];
