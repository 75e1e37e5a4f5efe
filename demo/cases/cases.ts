import { DemoCaseSchema, type DemoCase, type DemoCaseInput, type DemoSystem } from './schema';

/*
 * Fictitious cases for the demo case systems. Every name, address and id is invented; the names are
 * deliberately silly ("Voorbeeld", "Testman") so nobody mistakes them for real people. Texts are
 * written the way a wijkteam professional would note them.
 *
 * ZRM score order in the comments: fin dag huisv relaties ggz lich versl adl netwerk partic justitie.
 */

const input: DemoCaseInput[] = [
  // ───────────────────────────── klassiek (CliëntVolg 7), ZRM 2017 ─────────────────────────────
  {
    id: 'KD-2026-0412',
    system: 'klassiek',
    scenario: 'Eenzame oudere, alleenwonend',
    name: 'Mevrouw T. Voorbeeld-Jansen',
    birthDate: '1946-01-14',
    birthYear: 1946,
    address: { street: 'Voorbeeldlaan', houseNumber: '12', postcode: '4813 BK', city: 'Demostad' },
    wijk: 'Noord',
    household: { situation: 'alleenwonend', livesAlone: true, children: 0, isCarer: false },
    language: 'nl',
    zrm: {
      edition: '2017',
      // fin dag huisv rel ggz lich versl adl netw partic just
      scores: {
        finances: 4, daytime_activities: 2, housing: 4, domestic_relations: 4, mental_health: 3,
        physical_health: 3, addiction: 5, adl: 3, social_network: 2, participation: 2, justice: 5,
      },
    },
    reason: 'Melding via de huisarts: mevrouw gaf bij het spreekuur aan zich erg eenzaam te voelen.',
    situation:
      'Mevrouw is weduwe sinds twee jaar en woont zelfstandig in een benedenwoning. Haar zoon woont in het buitenland, haar dochter op twee uur rijden. Ze loopt met een rollator en komt alleen buiten voor de boodschappen bij de supermarkt om de hoek.',
    need:
      'Mevrouw is sinds het overlijden van haar man veel alleen en vindt de dagen lang. Haar kinderen wonen ver weg en komen hooguit eens per maand langs. Ze zou graag iemand hebben die wekelijks op bezoek komt om een kopje koffie te drinken of samen een korte wandeling te maken. Ze staat er ook voor open om een keer mee te gaan naar een activiteit in de buurt, als iemand haar de eerste keer meeneemt.',
    signals: [],
  },
  {
    id: 'KD-2026-0418',
    system: 'klassiek',
    scenario: 'Huiselijk geweld, moeder met twee kinderen',
    name: 'Mevr. C. Fictief-de Vries',
    birthDate: '1988-01-09',
    birthYear: 1988,
    address: { street: 'Proefstraat', houseNumber: '7a', postcode: '4816 HT', city: 'Demostad' },
    wijk: 'Oost',
    household: { situation: 'samenwonend_kinderen', livesAlone: false, children: 2, isCarer: false },
    language: 'nl',
    zrm: {
      edition: '2017',
      scores: {
        finances: 3, daytime_activities: 3, housing: 3, domestic_relations: 2, mental_health: 2,
        physical_health: 4, addiction: 4, adl: 4, social_network: 2, participation: 3, justice: 4,
      },
    },
    reason: 'Doorverwijzing door Veilig Thuis na een melding van de school van de oudste zoon.',
    situation:
      'Mevrouw woont met haar partner en twee kinderen (6 en 9 jaar). Er is sprake van huiselijk geweld door de partner; Veilig Thuis is betrokken en er loopt een veiligheidsplan. De familie van de partner woont in dezelfde straat en houdt mevrouw in de gaten.',
    need:
      'Mevrouw wil rust en veiligheid voor haar kinderen en wil op termijn op zichzelf gaan wonen. Ze durft haar eigen familie en de schoonfamilie niet te betrekken, omdat die de partner steunen. Ze zou het fijn vinden als de kinderen een vaste plek buiten huis hebben waar ze kunnen spelen of sporten. Voor zichzelf zoekt ze iemand buiten haar omgeving bij wie ze haar verhaal kwijt kan.',
    signals: ['Huiselijk geweld', 'Onveilig netwerk'],
  },
  {
    id: 'KD-2026-0423',
    system: 'klassiek',
    scenario: 'Psychiatrische problematiek, zoekt structuur',
    name: 'Dhr. B. Demodijk',
    birthDate: '1979-01-21',
    birthYear: 1979,
    address: { street: 'Demoweg', houseNumber: '143', postcode: '4817 NR', city: 'Demostad' },
    wijk: 'Oost',
    household: { situation: 'alleenwonend', livesAlone: true, children: 0, isCarer: false },
    language: 'nl',
    zrm: {
      edition: '2017',
      scores: {
        finances: 3, daytime_activities: 2, housing: 3, domestic_relations: 3, mental_health: 2,
        physical_health: 3, addiction: 3, adl: 3, social_network: 2, participation: 2, justice: 4,
      },
    },
    reason: 'Aanmelding door het FACT-team: meneer heeft naast de behandeling behoefte aan ondersteuning in de wijk.',
    situation:
      'Meneer heeft een bipolaire stoornis en is vorig jaar opgenomen geweest. Hij is nu stabiel op medicatie en wordt begeleid door het FACT-team. Hij heeft zijn baan verloren en zit veel thuis, met een omgekeerd dag-nachtritme.',
    need:
      'Meneer wil meer structuur in zijn week en weer onder de mensen komen. Hij denkt aan een paar vaste dagdelen vrijwilligerswerk of een inloop waar hij zonder verplichtingen kan binnenlopen. Hij vindt het spannend om alleen te gaan en zou willen dat iemand de eerste weken met hem meegaat. De behandelaar van het FACT-team wil graag betrokken blijven bij de afstemming.',
    signals: ['Psychiatrische problematiek'],
  },
  {
    id: 'KD-2026-0431',
    system: 'klassiek',
    scenario: 'Overbelaste mantelzorger van partner met dementie',
    name: 'Mevr. E. Steekproef',
    birthDate: '1961-01-05',
    birthYear: 1961,
    address: { street: 'Testerhof', houseNumber: '3', postcode: '4820 GD', city: 'Demostad' },
    wijk: 'Zuid',
    household: {
      situation: 'samenwonend',
      livesAlone: false,
      children: 0,
      isCarer: true,
      caresFor: 'partner met dementie',
    },
    language: 'nl',
    zrm: {
      edition: '2017',
      scores: {
        finances: 4, daytime_activities: 3, housing: 4, domestic_relations: 3, mental_health: 2,
        physical_health: 3, addiction: 5, adl: 4, social_network: 3, participation: 3, justice: 5,
      },
    },
    reason: 'Mevrouw belde zelf het wijkteam: ze kan de zorg voor haar man niet meer alleen aan.',
    situation:
      'Mevrouw zorgt dag en nacht voor haar man, bij wie twee jaar geleden alzheimer is vastgesteld. Hij gaat twee dagen per week naar de dagbesteding. Mevrouw slaapt slecht, heeft rugklachten en is haar eigen hobby’s en vriendinnen kwijtgeraakt.',
    need:
      'Mevrouw is op en wil even op adem komen zonder zich zorgen te maken over haar man. Ze zoekt iemand die een middag per week bij hem kan zijn, zodat zij naar haar koor kan of een vriendin kan opzoeken. Ze wil ook graag praten met andere mantelzorgers die hetzelfde meemaken. Extra taken of afspraken erbij ziet ze op dit moment niet zitten.',
    signals: ['Mantelzorger overbelast'],
  },
  {
    id: 'KD-2026-0437',
    system: 'klassiek',
    scenario: 'Hulp bij belastingaangifte en administratie',
    name: 'Dhr. F. Casus',
    birthDate: '1958-01-11',
    birthYear: 1958,
    address: { street: 'Fictiefplein', houseNumber: '21', postcode: '4821 PL', city: 'Demostad' },
    wijk: 'Zuid',
    household: { situation: 'alleenwonend', livesAlone: true, children: 0, isCarer: false },
    language: 'nl',
    zrm: {
      edition: '2017',
      scores: {
        finances: 3, daytime_activities: 4, housing: 4, domestic_relations: 4, mental_health: 4,
        physical_health: 3, addiction: 5, adl: 4, social_network: 3, participation: 4, justice: 5,
      },
    },
    reason: 'Meneer kwam naar het wijkpunt met een tas vol ongeopende post.',
    situation:
      'Meneer is vorig jaar weduwnaar geworden. Zijn vrouw deed altijd de administratie en hij weet niet goed hoe het werkt. Er zijn geen schulden, maar wel een paar betalingsherinneringen en een brief van de Belastingdienst.',
    need:
      'Meneer moet de aangifte inkomstenbelasting over het afgelopen jaar voor 1 april indienen en weet niet hoe dat moet. Hij wil hulp van iemand die de aangifte samen met hem invult en de toeslagen controleert. Daarnaast wil hij leren zijn post zelf bij te houden, met een eenvoudig ordnersysteem. Hij heeft liever geen hulp van de buren, omdat hij zijn financiën privé wil houden.',
    signals: [],
  },
  {
    id: 'KD-2026-0440',
    system: 'klassiek',
    scenario: 'Ouder echtpaar met klusjes in en om huis (Hoogeloon)',
    name: 'Dhr. en mevr. G. Oefenberg',
    birthDate: '1942-01-17',
    birthYear: 1942,
    address: { street: 'Demo-akker', houseNumber: '3', postcode: '5528 ZZ', city: 'Hoogeloon' },
    wijk: 'Hoogeloon',
    household: { situation: 'samenwonend', livesAlone: false, children: 0, isCarer: false },
    language: 'nl',
    zrm: {
      edition: '2017',
      scores: {
        finances: 4, daytime_activities: 4, housing: 3, domestic_relations: 4, mental_health: 4,
        physical_health: 3, addiction: 5, adl: 3, social_network: 3, participation: 4, justice: 5,
      },
    },
    reason: 'Signaal van de Zorgcoöperatie: het echtpaar redt het klusjeswerk rond het huis niet meer.',
    situation:
      'Meneer (84) en mevrouw (81) wonen al vijftig jaar in een vrijstaand huis met een grote tuin aan de rand van het dorp. Meneer heeft na een heupoperatie moeite met bukken en trappen lopen. De kinderen wonen in het westen van het land.',
    need:
      'Het echtpaar wil zo lang mogelijk in hun eigen huis blijven wonen. De tuin is overwoekerd, de dakgoot zit vol bladeren en er moeten een paar lampen en een deurklink vervangen worden. Ze zoeken iemand uit het dorp die af en toe een klusje kan doen, het liefst vast dezelfde persoon. Een kleine vergoeding betalen is geen probleem.',
    signals: [],
  },

  // ───────────────────────────── keukentafel (Keukentafel Online), ZRM 2013 ─────────────────────────────
  {
    id: 'KTG-10431',
    system: 'keukentafel',
    scenario: 'Jonge moeder met schulden en schaamte',
    name: 'Mevr. A. Proefmans',
    birthDate: '1999-01-08',
    birthYear: 1999,
    address: { street: 'Nepkade', houseNumber: '88', postcode: '4826 AB', city: 'Demostad' },
    wijk: 'West',
    household: { situation: 'eenoudergezin', livesAlone: false, children: 2, isCarer: false },
    language: 'nl',
    zrm: {
      edition: '2013',
      scores: {
        finances: 2, daytime_activities: 3, housing: 3, domestic_relations: 3, mental_health: 3,
        physical_health: 4, addiction: 5, adl: 4, social_network: 3, participation: 3, justice: 5,
      },
    },
    reason: 'Mevrouw meldde zich via het consultatiebureau nadat ze een aanmaning van een deurwaarder kreeg.',
    situation:
      'Mevrouw is alleenstaand met twee kinderen van 2 en 4 jaar en heeft een bijstandsuitkering. Na de scheiding zijn er betalingsachterstanden ontstaan bij de zorgverzekeraar en het energiebedrijf. Ze opent haar post niet meer en schaamt zich voor de situatie.',
    need:
      'Mevrouw wil weer overzicht over haar geldzaken en van de deurwaarder af. Ze schaamt zich erg en wil niet dat haar familie of de buren van de schulden weten. Ze staat open voor hulp van een getrainde vrijwilliger die met haar de post opent, een budgetplan maakt en met haar meegaat naar de schuldhulpverlening. Daarnaast zou een paar uur per week opvang voor de kinderen haar lucht geven.',
    signals: ['Schulden'],
  },
  {
    id: 'KTG-10447',
    system: 'keukentafel',
    scenario: 'Acute crisis: dreigende huisuitzetting',
    name: 'Dhr. D. Nepveld',
    birthDate: '1984-01-19',
    birthYear: 1984,
    address: { street: 'Schijnbaan', houseNumber: '5-2', postcode: '4811 CD', city: 'Demostad' },
    wijk: 'Centrum',
    household: { situation: 'alleenwonend', livesAlone: true, children: 0, isCarer: false },
    language: 'nl',
    zrm: {
      edition: '2013',
      scores: {
        finances: 2, daytime_activities: 2, housing: 1, domestic_relations: 3, mental_health: 2,
        physical_health: 3, addiction: 3, adl: 3, social_network: 2, participation: 2, justice: 4,
      },
    },
    reason: 'Melding van de woningcorporatie: de ontruiming staat gepland voor volgende week.',
    situation:
      'Meneer heeft vijf maanden huurachterstand en het vonnis tot ontruiming is betekend. Hij heeft zijn baan in de bouw verloren na een blessure en heeft nog geen uitkering aangevraagd. Het gas is afgesloten.',
    need:
      'Meneer moet binnen een week een oplossing hebben, anders staat hij op straat. Er is direct contact nodig met de woningcorporatie en de schuldhulpverlening om de ontruiming op te schorten. Meneer wil daarna hulp bij het aanvragen van een uitkering. Op dit moment gaat alle aandacht naar het behoud van de woning.',
    signals: ['Crisis', 'Schulden'],
  },
  {
    id: 'KTG-10452',
    system: 'keukentafel',
    scenario: 'Nieuwkomer met taalbarrière (Tigrinya)',
    name: 'Mevr. L. Proefnaam',
    birthDate: '1992-01-25',
    birthYear: 1992,
    address: { street: 'Mockupsingel', houseNumber: '40', postcode: '4818 KL', city: 'Demostad' },
    wijk: 'Oost',
    household: { situation: 'samenwonend_kinderen', livesAlone: false, children: 3, isCarer: false },
    language: 'ti',
    zrm: {
      edition: '2013',
      scores: {
        finances: 3, daytime_activities: 2, housing: 4, domestic_relations: 4, mental_health: 3,
        physical_health: 4, addiction: 5, adl: 4, social_network: 2, participation: 2, justice: 5,
      },
    },
    reason: 'Doorverwijzing door VluchtelingenWerk na afloop van de eerste begeleidingsperiode.',
    situation:
      'Mevrouw is statushouder en woont sinds een jaar met haar man en drie kinderen in Demostad. Het gesprek is gevoerd met een telefonische tolk. Haar man werkt in ploegendienst; mevrouw is veel alleen thuis met de jongste en volgt een inburgeringscursus.',
    need:
      'Mevrouw begrijpt de brieven van school en de gemeente niet en wil daar hulp bij. Ze wil sneller Nederlands leren en zoekt iemand om mee te oefenen in gewone gesprekken. Ze kent nog bijna niemand in de wijk en zou graag andere moeders ontmoeten. Ze vraagt ook hulp om de kinderen bij een sportclub aan te melden.',
    signals: ['Taalbarrière'],
  },
  {
    id: 'KTG-10460',
    system: 'keukentafel',
    scenario: 'Alleenstaande vader met opvoedstress',
    name: 'Dhr. K. Testman',
    birthDate: '1987-01-03',
    birthYear: 1987,
    address: { street: 'Oefenpad', houseNumber: '16', postcode: '4814 RT', city: 'Demostad' },
    wijk: 'Noord',
    household: { situation: 'eenoudergezin', livesAlone: false, children: 3, isCarer: false },
    language: 'nl',
    zrm: {
      edition: '2013',
      scores: {
        finances: 3, daytime_activities: 3, housing: 4, domestic_relations: 2, mental_health: 3,
        physical_health: 4, addiction: 4, adl: 4, social_network: 3, participation: 3, justice: 5,
      },
    },
    reason: 'Meneer vroeg via de schoolmaatschappelijk werker om opvoedondersteuning.',
    situation:
      'Meneer is sinds een jaar gescheiden en heeft de drie kinderen (4, 7 en 10 jaar) grotendeels bij zich. De middelste heeft ADHD en er zijn dagelijks ruzies bij het naar bed gaan. Meneer werkt vier dagen en voelt zich uitgeput.',
    need:
      'Meneer wil meer rust in huis en handvatten voor de opvoeding. Hij zoekt een ervaren ouder of vrijwilliger die een dagdeel per week meekijkt in het gezin en hem tips geeft. Hij zou het fijn vinden als iemand de oudste twee kinderen wekelijks naar hun sport kan brengen. Contact met andere alleenstaande ouders spreekt hem ook aan.',
    signals: [],
  },
  {
    id: 'KTG-10468',
    system: 'keukentafel',
    scenario: 'Ernstige vervuiling in een verplicht kader',
    name: 'Dhr. H. Schijnhout',
    birthDate: '1966-01-28',
    birthYear: 1966,
    address: { street: 'Placeholderstraat', houseNumber: '9', postcode: '4823 XW', city: 'Demostad' },
    wijk: 'Zuid',
    household: { situation: 'alleenwonend', livesAlone: true, children: 0, isCarer: false },
    language: 'nl',
    zrm: {
      edition: '2013',
      scores: {
        finances: 2, daytime_activities: 2, housing: 2, domestic_relations: 3, mental_health: 2,
        physical_health: 2, addiction: 2, adl: 2, social_network: 2, participation: 2, justice: 3,
      },
    },
    reason: 'Melding van de GGD na klachten van buren over stank en ongedierte.',
    situation:
      'De woning van meneer is ernstig vervuild en er is ongedierte aangetroffen. Er is een zorgmachtiging afgegeven en de GGZ heeft een behandelplan opgesteld dat de woningcorporatie en de GGD volgen. Meneer drinkt dagelijks en wijst bemoeienis af.',
    need:
      'De woning moet binnen zes weken gereinigd zijn, onder regie van de GGD en de woningcorporatie. Meneer zelf ziet geen probleem en wil geen hulp, zeker niet van vrijwilligers. Het wijkteam houdt contact en stemt af met de GGZ-behandelaar. Er is geen rol voor buren of vrijwilligers zolang het verplichte kader loopt.',
    signals: ['Verplicht kader', 'Ernstige vervuiling', 'Geen motivatie', 'Wil geen vrijwilliger'],
  },

  // ───────────────────────────── spa (CasusFlow), ZRM 2013 / 2017 ─────────────────────────────
  {
    id: 'CL-30517',
    system: 'spa',
    scenario: 'Langdurig geïsoleerd, geen netwerk',
    name: 'Dhr. M. Fantoom',
    birthDate: '1970-01-16',
    birthYear: 1970,
    address: { street: 'Voorbeeldlaan', houseNumber: '201', postcode: '4827 EV', city: 'Demostad' },
    wijk: 'West',
    household: { situation: 'alleenwonend', livesAlone: true, children: 0, isCarer: false },
    language: 'nl',
    zrm: {
      edition: '2017',
      scores: {
        finances: 3, daytime_activities: 2, housing: 3, domestic_relations: 3, mental_health: 3,
        physical_health: 3, addiction: 4, adl: 3, social_network: 2, participation: 2, justice: 5,
      },
    },
    reason: 'Signaal van de wijkagent: meneer wordt al maanden niet gezien en reageert niet op aanbellen.',
    situation:
      'Meneer woont al vijftien jaar alleen en heeft geen contact met familie. Hij heeft geen vrienden of kennissen en komt alleen buiten voor boodschappen in de vroege ochtend. De ambulant begeleider komt sinds drie maanden wekelijks en heeft langzaam contact opgebouwd.',
    need:
      'Meneer heeft na lang aandringen aangegeven dat hij het wel prettig zou vinden om iemand te hebben om mee te praten. Hij wil dit heel rustig opbouwen en alleen met één vaste persoon. Een gezamenlijke interesse is vissen en oude radio’s. De ambulant begeleider blijft betrokken en wil het eerste contact samen met de vrijwilliger leggen.',
    signals: ['Geen netwerk'],
  },
  {
    id: 'CL-30522',
    system: 'spa',
    scenario: 'Jongere zonder dagbesteding (19)',
    name: 'Dhr. R. Oefenaar',
    birthDate: '2007-01-12',
    birthYear: 2007,
    address: { street: 'Oefenpad', houseNumber: '2', postcode: '4815 AL', city: 'Demostad' },
    wijk: 'Noord',
    household: { situation: 'inwonend_ouders', livesAlone: false, children: 0, isCarer: false },
    language: 'nl',
    zrm: {
      edition: '2013',
      scores: {
        finances: 3, daytime_activities: 2, housing: 4, domestic_relations: 3, mental_health: 3,
        physical_health: 4, addiction: 3, adl: 4, social_network: 3, participation: 2, justice: 4,
      },
    },
    reason: 'Moeder belde het wijkteam: haar zoon zit sinds de zomer thuis en gamet tot diep in de nacht.',
    situation:
      'R. is 19 jaar en woont bij zijn moeder en stiefvader. Hij is gestopt met zijn mbo-opleiding autotechniek en heeft geen werk of opleiding. Hij blowt af en toe en heeft weinig contact met leeftijdsgenoten buiten het gamen.',
    need:
      'Hij wil wel iets doen, maar weet niet waar hij moet beginnen. Hij is handig met brommers en fietsen en zou dat graag ergens kunnen doen. Een coach of maatje van ongeveer zijn leeftijd die hem helpt een ritme te vinden en samen kijkt naar werk of een nieuwe opleiding spreekt hem aan. Hij wil niet dat zijn moeder bij elk gesprek zit.',
    signals: [],
  },
  {
    id: 'CL-30534',
    system: 'spa',
    scenario: 'Chronisch zieke, begeleiding naar ziekenhuis',
    name: 'Mevr. I. Model-Bakker',
    birthDate: '1953-01-07',
    birthYear: 1953,
    address: { street: 'Proefstraat', houseNumber: '64', postcode: '4819 BV', city: 'Demostad' },
    wijk: 'Oost',
    household: { situation: 'alleenwonend', livesAlone: true, children: 0, isCarer: false },
    language: 'nl',
    zrm: {
      edition: '2017',
      scores: {
        finances: 4, daytime_activities: 3, housing: 4, domestic_relations: 4, mental_health: 3,
        physical_health: 2, addiction: 5, adl: 3, social_network: 3, participation: 3, justice: 5,
      },
    },
    reason: 'Aanvraag via de wijkverpleegkundige: mevrouw mist ziekenhuisafspraken omdat vervoer en begeleiding ontbreken.',
    situation:
      'Mevrouw heeft ernstige COPD en wordt behandeld voor darmkanker. De wijkverpleging komt dagelijks voor de stomazorg en medicatie. Haar dochter werkt fulltime en kan niet bij elke afspraak zijn.',
    need:
      'Mevrouw heeft de komende maanden elke twee weken een afspraak in het ziekenhuis en ziet op tegen de reis. Ze zoekt iemand die haar ophaalt, meegaat naar de afspraak en meeluistert wat de arts zegt. Verpleegkundige handelingen blijven bij de wijkverpleging. Verder zou ze het fijn vinden als iemand af en toe een boodschap voor haar doet als ze een slechte week heeft.',
    signals: ['Medische zorg nodig'],
  },
  {
    id: 'CL-30541',
    system: 'spa',
    scenario: 'Goed functionerend, weinig te adviseren',
    name: 'Dhr. W. Welgemoed',
    birthDate: '1975-01-30',
    birthYear: 1975,
    address: { street: 'Fictiefplein', houseNumber: '4', postcode: '4812 JC', city: 'Demostad' },
    wijk: 'Centrum',
    household: { situation: 'samenwonend_kinderen', livesAlone: false, children: 2, isCarer: false },
    language: 'nl',
    zrm: {
      edition: '2017',
      scores: {
        finances: 5, daytime_activities: 5, housing: 4, domestic_relations: 5, mental_health: 4,
        physical_health: 5, addiction: 5, adl: 5, social_network: 4, participation: 5, justice: 5,
      },
    },
    reason: 'Meneer meldde zich met een informatievraag over een traplift voor zijn moeder.',
    situation:
      'Meneer werkt fulltime, woont met zijn partner en twee tieners en heeft een groot netwerk. De vraag gaat over woningaanpassing bij zijn moeder, die in een andere gemeente woont.',
    need:
      'Meneer wilde weten waar zijn moeder een trapliftaanvraag kan indienen. Hij is doorverwezen naar het Wmo-loket van haar woonplaats. Verder zijn er geen hulpvragen en het dossier wordt na dit adviesgesprek afgesloten.',
    signals: [],
  },
  {
    id: 'CL-30556',
    system: 'spa',
    scenario: 'Nieuwkomer met taalbarrière (Arabisch), zoekt werk',
    name: 'Dhr. Y. Testnaam',
    birthDate: '1981-01-22',
    birthYear: 1981,
    address: { street: 'Nepkade', houseNumber: '12b', postcode: '4822 MN', city: 'Demostad' },
    wijk: 'Zuid',
    household: { situation: 'samenwonend_kinderen', livesAlone: false, children: 4, isCarer: false },
    language: 'ar',
    zrm: {
      edition: '2017',
      scores: {
        finances: 3, daytime_activities: 2, housing: 3, domestic_relations: 4, mental_health: 3,
        physical_health: 4, addiction: 5, adl: 4, social_network: 2, participation: 2, justice: 5,
      },
    },
    reason: 'Meneer kwam met zijn oudste dochter als tolk naar het spreekuur met vragen over brieven.',
    situation:
      'Meneer woont twee jaar in Nederland met zijn vrouw en vier kinderen. Hij was elektricien in zijn land van herkomst en zit nu in de bijstand. Zijn Nederlands is nog beperkt; gesprekken lopen via zijn dochter van 15 of een tolk.',
    need:
      'Meneer wil graag werken en zijn gezin zelf onderhouden. Hij zoekt iemand die hem helpt met brieven van instanties, zodat zijn dochter dat niet steeds hoeft te doen. Hij wil zijn Nederlands verbeteren met een taalmaatje en zou als vrijwilliger bij een technische klus willen meehelpen om werkervaring op te doen. Het huis is te klein en vochtig; daarover loopt al een gesprek met de corporatie.',
    signals: ['Taalbarrière'],
  },
  {
    id: 'CL-30563',
    system: 'spa',
    scenario: 'Arbeidsmigrant met alcoholgebruik en schulden',
    name: 'Dhr. O. Oefenmeester',
    birthDate: '1968-01-09',
    birthYear: 1968,
    address: { street: 'Schijnbaan', houseNumber: '77', postcode: '4828 TT', city: 'Demostad' },
    wijk: 'West',
    household: { situation: 'alleenwonend', livesAlone: true, children: 0, isCarer: false },
    language: 'pl',
    zrm: {
      edition: '2013',
      scores: {
        finances: 2, daytime_activities: 2, housing: 3, domestic_relations: 3, mental_health: 3,
        physical_health: 3, addiction: 2, adl: 4, social_network: 2, participation: 2, justice: 4,
      },
    },
    reason: 'Verwijzing door de verslavingszorg na een intake bij het alcoholspreekuur.',
    situation:
      'Meneer kwam acht jaar geleden uit Polen om in de logistiek te werken en verloor vorig jaar zijn baan. Hij drinkt dagelijks en heeft een achterstand bij de huur en de zorgverzekering. Hij spreekt redelijk Engels en een beetje Nederlands.',
    need:
      'Meneer wil minder drinken en zijn dagen anders invullen. De verslavingszorg begeleidt hem bij het minderen; hij zoekt daarnaast iets om overdag te doen, bij voorkeur buiten of met zijn handen. Voor de schulden wil hij hulp van iemand die de brieven met hem doorneemt, omdat hij het Nederlandse systeem niet begrijpt. Hij staat open voor een zelfhulpgroep als die in het Pools of Engels is.',
    signals: ['Schulden'],
  },
];

/** All demo cases, validated at load time so a typo in the data fails loudly. */
export const DEMO_CASES: readonly DemoCase[] = input.map((c) => DemoCaseSchema.parse(c));

/** The same list under the short name other demo scripts use. */
export const cases = DEMO_CASES;

{
  const ids = new Set<string>();
  for (const c of DEMO_CASES) {
    if (ids.has(c.id)) throw new Error(`duplicate demo case id ${c.id}`);
    ids.add(c.id);
  }
}

export function casesOf(system: DemoSystem): DemoCase[] {
  return DEMO_CASES.filter((c) => c.system === system);
}

export function findCase(system: DemoSystem, id: string): DemoCase | undefined {
  return DEMO_CASES.find((c) => c.system === system && c.id === id);
}

/** Any demo case by id, whatever its system (used by the "unknown" system and the index page). */
export function findCaseById(id: string): DemoCase | undefined {
  return DEMO_CASES.find((c) => c.id === id);
}
