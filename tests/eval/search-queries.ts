/*
 * The search evaluation: what professionals type into the kaart's search box, each with the offers
 * of demo/sociale-kaart.json that a professional would expect near the top. The judgement comes from
 * the offers' names, descriptions and purpose, never from what the code returns, and was written
 * down before the search was tuned. It is not edited to make the code pass; a query found judged
 * wrong is corrected in a commit of its own that says why.
 *
 * An offer that merely mentions a word in a condition ("not for ...", "first go to ...") is not
 * relevant for that word: the professional looks for an offer whose purpose it is.
 */

export interface SearchQuery {
  query: string;
  /** 1–4 offer ids a professional expects near the top. */
  relevant: string[];
  why: string;
}

export const queries: SearchQuery[] = [
  // Loneliness and company
  {
    query: 'eenzaam',
    relevant: ['humanitas-maatje-eenzaamheid', 'buren-voor-buren-bezoek', 'zonnebloem-huisbezoek', 'vhd-zorgmaatje'],
    why: 'maatje or regular visit for someone who feels lonely',
  },
  {
    query: 'eenzaamheit',
    relevant: ['humanitas-maatje-eenzaamheid', 'buren-voor-buren-bezoek', 'zonnebloem-huisbezoek', 'vhd-zorgmaatje'],
    why: 'typo of eenzaamheid',
  },
  {
    query: 'loneliness',
    relevant: ['humanitas-maatje-eenzaamheid', 'buren-voor-buren-bezoek', 'zonnebloem-huisbezoek', 'vhd-zorgmaatje'],
    why: 'English word a colleague types for eenzaamheid',
  },
  {
    query: 'oudere eenzaam',
    relevant: ['buren-voor-buren-bezoek', 'even-buurten-buurtgenoot', 'humanitas-maatje-eenzaamheid', 'zonnebloem-huisbezoek'],
    why: 'visits and company for lonely older people',
  },
  {
    query: 'vrijwilliger voor eenzame oudere',
    relevant: ['buren-voor-buren-bezoek', 'humanitas-maatje-eenzaamheid', 'vhd-zorgmaatje', 'even-buurten-buurtgenoot'],
    why: 'generic word plus content word: ranked by eenzaam/oudere',
  },
  {
    query: 'maatje',
    relevant: ['humanitas-maatje-eenzaamheid', 'vhd-zorgmaatje', 'maatjesproject-wandelmaatje', 'maatjesproject-maatje-meervoudige-problemen'],
    why: 'a general buddy for company and activities',
  },
  {
    query: 'buddy',
    relevant: ['buddyhulp-buddy', 'buddyhulp-ggz-buddy', 'buddyhulp-nazorgbuddy', 'humanitas-maatje-eenzaamheid'],
    why: 'Buddyhulp offers are named buddy; maatje is the Dutch word',
  },
  {
    query: 'wandelen',
    relevant: ['maatjesproject-wandelmaatje'],
    why: 'wandelmaatje is an offer whose purpose is walking together',
  },
  {
    query: 'iemand om mee te wandelen',
    relevant: ['maatjesproject-wandelmaatje', 'vhd-zorgmaatje'],
    why: 'only wandelen carries the need',
  },
  {
    query: 'dagelijks telefoontje',
    relevant: ['rodekruis-telefooncirkel'],
    why: 'daily phone call for people living alone',
  },
  {
    query: 'ontmoeting',
    relevant: ['vitras-huiskamer', 'zuid-helpt-koffieochtend', 'kwartiermaken-vriendendienst', 'hoogeloon-dagopvang'],
    why: 'low-threshold meeting places',
  },
  {
    query: 'inloop koffie',
    relevant: ['vitras-huiskamer', 'zuid-helpt-koffieochtend'],
    why: 'walk-in living room and coffee morning',
  },
  {
    query: 'samen eten',
    relevant: ['vitras-samen-eten', 'hoogeloon-dagopvang'],
    why: 'shared meals in the neighbourhood or village house',
  },
  // Dementia and memory
  {
    query: 'dementie',
    relevant: ['vhd-zorgzaam', 'mantelzorg-logeeropvang', 'mantelzorg-mantelzorgcafe', 'even-buurten-buurtgenoot'],
    why: 'respite for carers of someone with dementia, carer café with dementia information',
  },
  {
    query: 'alzheimer',
    relevant: ['vhd-zorgzaam', 'mantelzorg-logeeropvang', 'mantelzorg-mantelzorgcafe', 'even-buurten-buurtgenoot'],
    why: 'alzheimer is the most common dementia; no offer names it',
  },
  {
    query: 'geheugen',
    relevant: ['even-buurten-buurtgenoot', 'vhd-zorgzaam', 'mantelzorg-logeeropvang', 'mantelzorg-mantelzorgcafe'],
    why: 'memory problems: Even Buurten names geheugen, dementia offers fit',
  },
  {
    query: 'hulp bij dementie',
    relevant: ['vhd-zorgzaam', 'mantelzorg-logeeropvang', 'mantelzorg-mantelzorgcafe', 'even-buurten-buurtgenoot'],
    why: 'generic hulp plus dementie: ranked by dementie',
  },
  {
    query: 'mantelzorger van man met alzheimer',
    relevant: ['vhd-zorgzaam', 'mantelzorg-logeeropvang', 'mantelzorg-mantelzorgcafe'],
    why: 'carer of someone with dementia: respite and carer support',
  },
  // Carers
  {
    query: 'mantelzorg',
    relevant: ['vhd-zorgzaam', 'handjehelpen-respijt', 'mantelzorg-mantelzorgcafe', 'mantelzorg-logeeropvang'],
    why: 'carer support offers',
  },
  {
    query: 'mantelzorger overbelast',
    relevant: ['vhd-zorgzaam', 'handjehelpen-respijt', 'mantelzorg-logeeropvang', 'mantelzorg-zorgrooster-familie'],
    why: 'respite and sharing the care',
  },
  {
    query: 'respijtzorg',
    relevant: ['vhd-zorgzaam', 'handjehelpen-respijt', 'mantelzorg-logeeropvang'],
    why: 'respite care offers',
  },
  {
    query: 'respite care',
    relevant: ['vhd-zorgzaam', 'handjehelpen-respijt', 'mantelzorg-logeeropvang'],
    why: 'English for respijtzorg',
  },
  {
    query: 'jonge mantelzorger',
    relevant: ['mantelzorg-jonge-mantelzorgers'],
    why: 'support for young carers',
  },
  {
    query: 'zorg verdelen familie',
    relevant: ['mantelzorg-zorgrooster-familie', 'wehelpen-hulpnetwerk'],
    why: 'care roster among family and friends',
  },
  // Practical help
  {
    query: 'klusjes',
    relevant: ['vhd-klussendienst', 'zuid-helpt-boodschappen-en-klusjes', 'present-praktische-klus', 'bijspringer-buurthulp'],
    why: 'odd-jobs services',
  },
  {
    query: 'odd jobs',
    relevant: ['vhd-klussendienst', 'zuid-helpt-boodschappen-en-klusjes', 'present-praktische-klus'],
    why: 'English for klusjes',
  },
  {
    query: 'tuin opknappen',
    relevant: ['present-praktische-klus', 'vhd-klussendienst'],
    why: 'one-off garden job by a group, or small garden jobs',
  },
  {
    query: 'boodschappen',
    relevant: ['rodekruis-boodschappenhulp', 'zuid-helpt-boodschappen-en-klusjes', 'hoogeloon-dorpsondersteuning', 'bijspringer-buurthulp'],
    why: 'shopping help',
  },
  {
    query: 'groceries',
    relevant: ['rodekruis-boodschappenhulp', 'zuid-helpt-boodschappen-en-klusjes'],
    why: 'English for boodschappen',
  },
  {
    query: 'boodschappen slecht ter been',
    relevant: ['rodekruis-boodschappenhulp'],
    why: 'shopping for someone who cannot walk to the shop',
  },
  {
    query: 'verhuizen',
    relevant: ['present-verhuis-en-inrichthulp'],
    why: 'moving and furnishing a new home',
  },
  {
    query: 'hond uitlaten',
    relevant: ['wehelpen-hulp-in-de-buurt'],
    why: 'WeHelpen names walking the dog',
  },
  {
    query: 'vervuild huis',
    relevant: ['buddyhulp-buddy'],
    why: 'Buddyhulp takes clients with a neglected home; Present only mentions it as an exclusion',
  },
  // Transport, hospital, disability
  {
    query: 'rolstoel',
    relevant: ['rodekruis-rolstoelvervoer', 'zonnebloem-uitstapjes', 'zonnebloem-huisbezoek', 'zonnebloem-aangepaste-vakantie'],
    why: 'wheelchair bus, outings and visits with wheelchair',
  },
  {
    query: 'wheelchair',
    relevant: ['rodekruis-rolstoelvervoer', 'zonnebloem-uitstapjes', 'zonnebloem-huisbezoek', 'zonnebloem-aangepaste-vakantie'],
    why: 'English for rolstoel',
  },
  {
    query: 'vervoer',
    relevant: ['rodekruis-rolstoelvervoer', 'vhd-ziekenhuisbegeleiding', 'zonnebloem-uitstapjes'],
    why: 'transport offers',
  },
  {
    query: 'begeleiding naar ziekenhuis',
    relevant: ['vhd-ziekenhuisbegeleiding'],
    why: 'hospital escort',
  },
  {
    query: 'beperking',
    relevant: ['handjehelpen-vaste-vrijwilliger', 'zonnebloem-huisbezoek', 'mee-vrijetijdsmaatje', 'handjehelpen-kindmaatje'],
    why: 'offers for people with a limitation',
  },
  {
    query: 'handicap',
    relevant: ['handjehelpen-vaste-vrijwilliger', 'handjehelpen-kindmaatje', 'zonnebloem-huisbezoek', 'zonnebloem-uitstapjes'],
    why: 'synonym of beperking',
  },
  {
    query: 'verstandelijke beperking',
    relevant: ['mee-vrijetijdsmaatje', 'handjehelpen-vaste-vrijwilliger'],
    why: 'MEE for people with an intellectual disability',
  },
  {
    query: 'lvb',
    relevant: ['mee-vrijetijdsmaatje'],
    why: 'abbreviation of licht verstandelijke beperking',
  },
  {
    query: 'kind met autisme',
    relevant: ['handjehelpen-kindmaatje', 'mee-oudercontact'],
    why: 'buddy for a child with a limitation, parents group',
  },
  {
    query: 'chronische pijn',
    relevant: ['zelfhulp-chronische-pijn'],
    why: 'self-help group chronic pain',
  },
  {
    query: 'chronisch ziek',
    relevant: ['zelfhulp-chronische-pijn', 'handjehelpen-vaste-vrijwilliger', 'zonnebloem-huisbezoek'],
    why: 'chronic illness',
  },
  {
    query: 'vakantie',
    relevant: ['zonnebloem-aangepaste-vakantie'],
    why: 'adapted holiday week',
  },
  {
    query: 'uitje',
    relevant: ['zonnebloem-uitstapjes', 'present-samen-op-pad'],
    why: 'outings',
  },
  // Administration and money
  {
    query: 'administratie',
    relevant: ['vhd-postwijzer', 'humanitas-thuisadministratie', 'divers-inloopspreekuur-administratie', 'vhd-administratieve-ondersteuning'],
    why: 'home administration help',
  },
  {
    query: 'admnistratie',
    relevant: ['vhd-postwijzer', 'humanitas-thuisadministratie', 'divers-inloopspreekuur-administratie', 'vhd-administratieve-ondersteuning'],
    why: 'typo of administratie',
  },
  {
    query: 'hulp bij administratie',
    relevant: ['vhd-postwijzer', 'humanitas-thuisadministratie', 'divers-inloopspreekuur-administratie', 'vhd-administratieve-ondersteuning'],
    why: 'generic hulp plus administratie: ranked by administratie',
  },
  {
    query: 'stapel post',
    relevant: ['vhd-postwijzer', 'humanitas-thuisadministratie'],
    why: 'sorting piles of post',
  },
  {
    query: 'formulieren',
    relevant: ['vhd-administratieve-ondersteuning', 'juvans-formulierenhulp', 'al-amal-brievenhulp', 'divers-inloopspreekuur-administratie'],
    why: 'help filling in forms',
  },
  {
    query: 'formulieren invullen',
    relevant: ['vhd-administratieve-ondersteuning', 'juvans-formulierenhulp', 'al-amal-brievenhulp'],
    why: 'help filling in forms',
  },
  {
    query: 'DigiD',
    relevant: ['vc-digihulp', 'vhd-administratieve-ondersteuning', 'vhd-belastingaangifte'],
    why: 'setting up and using DigiD',
  },
  {
    query: 'toeslagen aanvragen',
    relevant: ['vhd-administratieve-ondersteuning', 'humanitas-thuisadministratie', 'juvans-formulierenhulp'],
    why: 'applying for allowances',
  },
  {
    query: 'kwijtschelding',
    relevant: ['juvans-formulierenhulp'],
    why: 'forms for remission of municipal taxes',
  },
  {
    query: 'belastingaangifte',
    relevant: ['vhd-belastingaangifte'],
    why: 'tax return help',
  },
  {
    query: 'schulden',
    relevant: ['humanitas-schuldhulpmaatje', 'vhd-budgetcoaching', 'humanitas-thuisadministratie'],
    why: 'debt buddy and budget coaching',
  },
  {
    query: 'debts',
    relevant: ['humanitas-schuldhulpmaatje', 'vhd-budgetcoaching', 'humanitas-thuisadministratie'],
    why: 'English for schulden',
  },
  {
    query: 'schuldhulpverlening',
    relevant: ['humanitas-schuldhulpmaatje', 'vhd-budgetcoaching'],
    why: 'offers that work next to debt counselling; others only refer to it in a condition',
  },
  {
    query: 'geldzorgen',
    relevant: ['vhd-budgetcoaching', 'humanitas-schuldhulpmaatje', 'humanitas-thuisadministratie'],
    why: 'money worries',
  },
  {
    query: 'armoede',
    relevant: ['voedselbank-pakket', 'vhd-budgetcoaching'],
    why: 'food bank and budget help',
  },
  {
    query: 'voedselbank',
    relevant: ['voedselbank-pakket'],
    why: 'named offer',
  },
  // Language and newcomers
  {
    query: 'taal',
    relevant: ['vc-taalmaatje', 'al-amal-maatje'],
    why: 'language buddy',
  },
  {
    query: 'Nederlands leren',
    relevant: ['vc-taalmaatje'],
    why: 'practise Dutch',
  },
  {
    query: 'Arabisch',
    relevant: ['al-amal-maatje', 'al-amal-brievenhulp', 'al-amal-vrouwengroep'],
    why: 'Arabic-speaking volunteers',
  },
  {
    query: 'statushouder',
    relevant: ['al-amal-maatje', 'vc-taalmaatje', 'present-verhuis-en-inrichthulp'],
    why: 'refugees with a residence permit',
  },
  {
    query: 'refugee',
    relevant: ['al-amal-maatje', 'vc-taalmaatje'],
    why: 'English for vluchteling',
  },
  {
    query: 'brieven in het Arabisch',
    relevant: ['al-amal-brievenhulp'],
    why: 'letters explained in Arabic',
  },
  // Mental health and addiction
  {
    query: 'psychisch',
    relevant: ['buddyhulp-ggz-buddy', 'kwartiermaken-maatje-meedoen', 'door-en-voor-herstelgroep', 'zelfhulp-depressie-angst'],
    why: 'offers for psychological vulnerability',
  },
  {
    query: 'psychiatrisch',
    relevant: ['buddyhulp-ggz-buddy', 'kwartiermaken-maatje-meedoen', 'kwartiermaken-vriendendienst', 'door-en-voor-herstelgroep'],
    why: 'offers for a psychiatric background; Humanitas only excludes it',
  },
  {
    query: 'ggz',
    relevant: ['buddyhulp-ggz-buddy', 'kwartiermaken-maatje-meedoen', 'door-en-voor-herstelgroep'],
    why: 'mental health care',
  },
  {
    query: 'depressie',
    relevant: ['zelfhulp-depressie-angst'],
    why: 'self-help group for low mood and anxiety',
  },
  {
    query: 'somber',
    relevant: ['zelfhulp-depressie-angst', 'maatjesproject-wandelmaatje'],
    why: 'low mood',
  },
  {
    query: 'angst',
    relevant: ['zelfhulp-depressie-angst'],
    why: 'anxiety',
  },
  {
    query: 'verslaving',
    relevant: ['zelfhulp-verslaving', 'ismes-herstelmaatje', 'ismes-herstelinloop', 'zelfhulp-naasten-verslaving'],
    why: 'addiction offers',
  },
  {
    query: 'addiction',
    relevant: ['zelfhulp-verslaving', 'ismes-herstelmaatje', 'ismes-herstelinloop'],
    why: 'English for verslaving',
  },
  {
    query: 'alcohol',
    relevant: ['zelfhulp-verslaving', 'ismes-herstelmaatje', 'ismes-herstelinloop'],
    why: 'alcohol addiction',
  },
  {
    query: 'partner verslaafd',
    relevant: ['zelfhulp-naasten-verslaving'],
    why: 'group for relatives of an addict',
  },
  {
    query: 'zelfhulpgroep',
    relevant: ['zelfhulp-verslaving', 'zelfhulp-depressie-angst', 'zelfhulp-chronische-pijn', 'zelfhulp-alleenstaande-ouders'],
    why: 'self-help groups',
  },
  // Family, youth, grief
  {
    query: 'opvoeding',
    relevant: ['humanitas-gezinsmaatje', 'divers-ouderkamer', 'zelfhulp-alleenstaande-ouders'],
    why: 'parenting support',
  },
  {
    query: 'alleenstaande moeder',
    relevant: ['zelfhulp-alleenstaande-ouders'],
    why: 'single parents group',
  },
  {
    query: 'scheiding',
    relevant: ['zelfhulp-alleenstaande-ouders'],
    why: 'single parents after a divorce',
  },
  {
    query: 'jongeren',
    relevant: ['juvans-jongerenmaatje', 'eigen-kracht-jongeren', 'mantelzorg-jonge-mantelzorgers', 'handjehelpen-kindmaatje'],
    why: 'offers for young people',
  },
  {
    query: 'jongere dreigt uit te vallen op school',
    relevant: ['juvans-jongerenmaatje'],
    why: 'youth buddy for school and work',
  },
  {
    query: 'rouw',
    relevant: ['humanitas-steun-bij-verlies'],
    why: 'bereavement group',
  },
  {
    query: 'partner overleden',
    relevant: ['humanitas-steun-bij-verlies'],
    why: 'bereavement',
  },
  {
    query: 'weduwe',
    relevant: ['humanitas-steun-bij-verlies'],
    why: 'bereavement',
  },
  // Justice, aftercare, complex cases
  {
    query: 'detentie',
    relevant: ['humanitas-maatje-na-detentie'],
    why: 'buddy after prison',
  },
  {
    query: 'uit de gevangenis',
    relevant: ['humanitas-maatje-na-detentie'],
    why: 'buddy after prison',
  },
  {
    query: 'nazorg',
    relevant: ['buddyhulp-nazorgbuddy'],
    why: 'aftercare buddy after professional help ends',
  },
  {
    query: 'zorgmijder',
    relevant: ['buddyhulp-buddy', 'maatjesproject-maatje-meervoudige-problemen'],
    why: 'clients who avoid care',
  },
  {
    query: 'multiproblematiek',
    relevant: ['maatjesproject-maatje-meervoudige-problemen', 'buddyhulp-buddy'],
    why: 'buddy next to the professional in complex cases',
  },
  // Network and neighbours
  {
    query: 'netwerk versterken',
    relevant: ['vhd-netwerkcoach', 'eigen-kracht-conferentie', 'wehelpen-hulpnetwerk'],
    why: 'strengthening the own network',
  },
  {
    query: 'eigen kracht',
    relevant: ['eigen-kracht-conferentie', 'eigen-kracht-jongeren'],
    why: 'Eigen Kracht-conferentie',
  },
  {
    query: 'burenhulp',
    relevant: ['buur-en-co-buurtnetwerk', 'tijd-voor-elkaar-ruilen', 'wehelpen-hulp-in-de-buurt', 'buren-voor-buren-bezoek'],
    why: 'neighbours helping neighbours',
  },
  {
    query: 'burenruzie',
    relevant: ['vitras-buurtbemiddeling'],
    why: 'neighbour mediation',
  },
  {
    query: 'overlast van de buren',
    relevant: ['vitras-buurtbemiddeling'],
    why: 'neighbour mediation',
  },
  // Daytime activities, digital
  {
    query: 'dagbesteding',
    relevant: ['vc-vrijwilligerswerk-dagbesteding', 'hoogeloon-dagopvang', 'door-en-voor-eigen-ervaring'],
    why: 'meaningful daytime activity',
  },
  {
    query: 'vrijwilligerswerk',
    relevant: ['vc-vrijwilligerswerk-dagbesteding', 'door-en-voor-eigen-ervaring', 'kwartiermaken-maatje-meedoen'],
    why: 'volunteering as the client\'s own activity',
  },
  {
    query: 'computer',
    relevant: ['vc-digihulp'],
    why: 'digital skills help',
  },
  {
    query: 'smartphone',
    relevant: ['vc-digihulp'],
    why: 'digital skills help',
  },
  // Generic words only
  {
    query: 'vrijwilliger',
    relevant: ['handjehelpen-vaste-vrijwilliger', 'vc-infolijn-informele-zorg', 'niz-hulplijn', 'nvz-coordinator-hulpvraag'],
    why: 'a generic word alone: a volunteer at home, or where to find one',
  },
  {
    query: 'volunteer',
    relevant: ['handjehelpen-vaste-vrijwilliger', 'vc-infolijn-informele-zorg', 'niz-hulplijn', 'nvz-coordinator-hulpvraag'],
    why: 'English for vrijwilliger',
  },
  {
    query: 'vrijwilliger zoeken',
    relevant: ['vc-infolijn-informele-zorg', 'niz-hulplijn', 'nvz-coordinator-hulpvraag', 'nlvoorelkaar-hulpvraag'],
    why: 'where to find a volunteer for a request',
  },
  {
    query: 'hulp',
    relevant: ['wehelpen-hulp-in-de-buurt', 'tijd-voor-elkaar-ruilen', 'niz-hulplijn', 'vc-infolijn-informele-zorg'],
    why: 'a generic word alone: general help in the neighbourhood or the help line that refers on',
  },
  {
    query: 'welke organisatie past',
    relevant: ['vc-infolijn-informele-zorg', 'niz-hulplijn', 'nizu-ambassadeur-casusoverleg'],
    why: 'referral and advice on which organisation fits',
  },
  {
    query: 'casus bespreken',
    relevant: ['nizu-ambassadeur-casusoverleg'],
    why: 'case discussion with an ambassador',
  },
];
