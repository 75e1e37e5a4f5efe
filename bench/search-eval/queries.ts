import type { Place } from './generate-kaart';

/*
 * The search-quality evaluation over the generated kaart (bench/search-eval/generate-kaart.ts):
 * what professionals of a neighbourhood team type into the kaart's search box, each with the BASE
 * offers they expect near the top: demo offers (demo/sociale-kaart.json) or distractor families
 * (bench/search-eval/distractor-families.ts). A generated variant of a relevant base is relevant
 * too; for a query with a `place`, only offers whose service areas reach that place are.
 *
 * Written from the domain and the offers' purpose, before any search ran on them. An offer that
 * only mentions a word in passing is not relevant for it: the professional looks for an offer
 * whose purpose it is. Not edited to make a search pass; a judgement found wrong against the
 * domain is corrected in a commit of its own that says why.
 */

export type QueryCategory = 'word' | 'synonym' | 'compound' | 'misspelling' | 'english' | 'sentence' | 'place' | 'combined' | 'distractor';

export interface EvalQuery {
  query: string;
  category: QueryCategory;
  /** 1–4 base ids. */
  relevant: string[];
  /** For a place-qualified query: only offers serving it count. */
  place?: Place;
  why: string;
}

// Families of need that many queries share (at most four bases each).
const LONELY = ['humanitas-maatje-eenzaamheid', 'buren-voor-buren-bezoek', 'zonnebloem-huisbezoek', 'vitras-huiskamer'];
const BUDDY_COMPANY = ['humanitas-maatje-eenzaamheid', 'vhd-zorgmaatje', 'maatjesproject-wandelmaatje', 'buddyhulp-buddy'];
const DEBTS = ['humanitas-schuldhulpmaatje', 'vhd-budgetcoaching'];
const PAPERWORK = ['humanitas-thuisadministratie', 'vhd-postwijzer', 'divers-inloopspreekuur-administratie', 'vhd-administratieve-ondersteuning'];
const LETTERS = ['vhd-postwijzer', 'humanitas-thuisadministratie', 'divers-inloopspreekuur-administratie', 'al-amal-brievenhulp'];
const FORMS = ['vhd-administratieve-ondersteuning', 'juvans-formulierenhulp', 'al-amal-brievenhulp', 'divers-inloopspreekuur-administratie'];
const RESPITE = ['vhd-zorgzaam', 'handjehelpen-respijt', 'mantelzorg-logeeropvang', 'mantelzorg-mantelzorgcafe'];
const DEMENTIA_CARER = ['vhd-zorgzaam', 'mantelzorg-mantelzorgcafe', 'mantelzorg-logeeropvang'];
const ODD_JOBS = ['vhd-klussendienst', 'present-praktische-klus', 'zuid-helpt-boodschappen-en-klusjes', 'bijspringer-buurthulp'];
const SHOPPING = ['rodekruis-boodschappenhulp', 'zuid-helpt-boodschappen-en-klusjes', 'even-buurten-buurtgenoot', 'bijspringer-buurthulp'];
const ADDICTION = ['zelfhulp-verslaving', 'ismes-herstelmaatje', 'ismes-herstelinloop'];
const WHEELCHAIR = ['rodekruis-rolstoelvervoer', 'zonnebloem-uitstapjes', 'zonnebloem-aangepaste-vakantie'];
const PSYCH = ['buddyhulp-ggz-buddy', 'kwartiermaken-maatje-meedoen', 'door-en-voor-herstelgroep', 'zelfhulp-depressie-angst'];
const BUDDYHULP = ['buddyhulp-buddy', 'buddyhulp-ggz-buddy', 'buddyhulp-nazorgbuddy'];
const OLDER = ['even-buurten-buurtgenoot', 'buren-voor-buren-bezoek', 'rodekruis-telefooncirkel', 'hoogeloon-dagopvang'];
const NEWCOMER = ['vc-taalmaatje', 'al-amal-maatje', 'al-amal-vrouwengroep'];
const PARENTING = ['humanitas-gezinsmaatje', 'divers-ouderkamer', 'zelfhulp-alleenstaande-ouders'];
const NEIGHBOURS = ['buur-en-co-buurtnetwerk', 'tijd-voor-elkaar-ruilen', 'wehelpen-hulp-in-de-buurt', 'bijspringer-buurthulp'];
const ROUTE = ['vc-infolijn-informele-zorg', 'niz-hulplijn', 'nizu-ambassadeur-casusoverleg', 'nvz-coordinator-hulpvraag'];
const MEETING = ['vitras-huiskamer', 'zuid-helpt-koffieochtend', 'kwartiermaken-vriendendienst'];
const MEALS = ['vitras-samen-eten', 'hoogeloon-dagopvang', 'kwartiermaken-vriendendienst'];
const DAYTIME = ['vc-vrijwilligerswerk-dagbesteding', 'door-en-voor-eigen-ervaring', 'hoogeloon-dagopvang'];

export const queries: EvalQuery[] = [
  // Single words, as typed in the search box
  { query: 'eenzaam', category: 'word', relevant: LONELY, why: 'company or visits for someone who is lonely' },
  { query: 'maatje', category: 'word', relevant: BUDDY_COMPANY, why: 'a general buddy for company and activities' },
  { query: 'schulden', category: 'word', relevant: [...DEBTS, 'humanitas-thuisadministratie'], why: 'debt buddy, budget coaching, paperwork with debts' },
  { query: 'mantelzorg', category: 'word', relevant: RESPITE, why: 'support and respite for carers' },
  { query: 'klusjes', category: 'word', relevant: ODD_JOBS, why: 'odd-job services' },
  { query: 'boodschappen', category: 'word', relevant: SHOPPING, why: 'shopping help' },
  { query: 'rolstoel', category: 'word', relevant: WHEELCHAIR, why: 'wheelchair transport, outings and holidays' },
  { query: 'verslaving', category: 'word', relevant: [...ADDICTION, 'zelfhulp-naasten-verslaving'], why: 'addiction self-help and recovery' },
  { query: 'rouw', category: 'word', relevant: ['humanitas-steun-bij-verlies'], why: 'grief group' },
  { query: 'opvoeding', category: 'word', relevant: PARENTING, why: 'parenting support' },
  { query: 'administratie', category: 'word', relevant: PAPERWORK, why: 'help with paperwork' },
  { query: 'DigiD', category: 'word', relevant: ['vc-digihulp', 'vhd-administratieve-ondersteuning', 'vhd-belastingaangifte'], why: 'DigiD help' },
  { query: 'belastingaangifte', category: 'word', relevant: ['vhd-belastingaangifte'], why: 'tax return help' },
  { query: 'vervoer', category: 'word', relevant: ['rodekruis-rolstoelvervoer', 'vhd-ziekenhuisbegeleiding', 'zonnebloem-uitstapjes'], why: 'transport by volunteers' },
  { query: 'verhuizen', category: 'word', relevant: ['present-verhuis-en-inrichthulp'], why: 'moving help' },
  { query: 'voedselbank', category: 'word', relevant: ['voedselbank-pakket'], why: 'food bank' },
  { query: 'burenruzie', category: 'word', relevant: ['vitras-buurtbemiddeling'], why: 'neighbour mediation' },
  { query: 'respijt', category: 'word', relevant: ['vhd-zorgzaam', 'handjehelpen-respijt', 'mantelzorg-logeeropvang'], why: 'respite for carers' },
  { query: 'detentie', category: 'word', relevant: ['humanitas-maatje-na-detentie'], why: 'buddy after prison' },
  { query: 'ggz', category: 'word', relevant: ['buddyhulp-ggz-buddy', 'kwartiermaken-maatje-meedoen', 'door-en-voor-herstelgroep'], why: 'mental-health buddies and groups' },
  { query: 'inloop', category: 'word', relevant: ['vitras-huiskamer', 'divers-inloopspreekuur-administratie', 'ismes-herstelinloop', 'kwartiermaken-vriendendienst'], why: 'walk-in offers' },
  { query: 'dagbesteding', category: 'word', relevant: DAYTIME, why: 'meaningful daytime activity' },
  { query: 'vakantie', category: 'word', relevant: ['zonnebloem-aangepaste-vakantie'], why: 'adapted holiday' },
  { query: 'statushouder', category: 'word', relevant: ['vc-taalmaatje', 'al-amal-maatje', 'present-verhuis-en-inrichthulp'], why: 'offers for refugees with a residence permit' },
  { query: 'wandelen', category: 'word', relevant: ['maatjesproject-wandelmaatje'], why: 'walking buddy' },
  { query: 'buddy', category: 'word', relevant: BUDDYHULP, why: 'buddy offers' },
  { query: 'huisbezoek', category: 'word', relevant: ['zonnebloem-huisbezoek', 'buren-voor-buren-bezoek', 'humanitas-maatje-eenzaamheid'], why: 'home visits' },
  { query: 'ziekenhuis', category: 'word', relevant: ['vhd-ziekenhuisbegeleiding'], why: 'hospital escort' },
  { query: 'computer', category: 'word', relevant: ['vc-digihulp'], why: 'computer help (not a hobby computer club)' },
  { query: 'formulieren', category: 'word', relevant: FORMS, why: 'form-filling help' },
  { query: 'netwerk', category: 'word', relevant: ['vhd-netwerkcoach', 'eigen-kracht-conferentie', 'wehelpen-hulpnetwerk'], why: 'strengthening the own network' },
  { query: 'dementie', category: 'word', relevant: DEMENTIA_CARER, why: 'support around dementia' },
  { query: 'jongeren', category: 'word', relevant: ['juvans-jongerenmaatje', 'eigen-kracht-jongeren', 'mantelzorg-jonge-mantelzorgers'], why: 'youth offers' },
  { query: 'psychisch', category: 'word', relevant: PSYCH, why: 'mental-health offers' },
  { query: 'ouderen', category: 'word', relevant: OLDER, why: 'offers for older people' },
  { query: 'toeslagen', category: 'word', relevant: ['vhd-administratieve-ondersteuning', 'juvans-formulierenhulp', 'vhd-belastingaangifte', 'humanitas-thuisadministratie'], why: 'benefit applications' },
  { query: 'uitje', category: 'word', relevant: ['zonnebloem-uitstapjes', 'present-samen-op-pad'], why: 'outings' },

  // Synonyms and related words
  { query: 'alleen', category: 'synonym', relevant: LONELY, why: 'alone as a need: loneliness offers' },
  { query: 'weinig contact', category: 'synonym', relevant: LONELY, why: 'few contacts' },
  { query: 'isolement', category: 'synonym', relevant: ['buddyhulp-buddy', 'humanitas-maatje-eenzaamheid', 'maatjesproject-maatje-meervoudige-problemen'], why: 'social isolation' },
  { query: 'geldzorgen', category: 'synonym', relevant: DEBTS, why: 'money worries' },
  { query: 'geldproblemen', category: 'synonym', relevant: [...DEBTS, 'humanitas-thuisadministratie'], why: 'money problems' },
  { query: 'deurwaarder', category: 'synonym', relevant: ['humanitas-schuldhulpmaatje'], why: 'bailiff means debts' },
  { query: 'rondkomen', category: 'synonym', relevant: ['vhd-budgetcoaching', 'voedselbank-pakket'], why: 'making ends meet' },
  { query: 'armoede', category: 'synonym', relevant: ['voedselbank-pakket', 'vhd-budgetcoaching'], why: 'poverty' },
  { query: 'alcohol', category: 'synonym', relevant: ADDICTION, why: 'alcohol problems' },
  { query: 'drank', category: 'synonym', relevant: ADDICTION, why: 'drinking problems' },
  { query: 'gokken', category: 'synonym', relevant: ['zelfhulp-verslaving'], why: 'gambling addiction group' },
  { query: 'somber', category: 'synonym', relevant: ['zelfhulp-depressie-angst'], why: 'low mood group' },
  { query: 'depressief', category: 'synonym', relevant: ['zelfhulp-depressie-angst'], why: 'depression group' },
  { query: 'angstig', category: 'synonym', relevant: ['zelfhulp-depressie-angst'], why: 'anxiety group' },
  { query: 'overbelast', category: 'synonym', relevant: ['vhd-zorgzaam', 'handjehelpen-respijt', 'mantelzorg-mantelzorgcafe', 'mantelzorg-zorgrooster-familie'], why: 'overburdened carer' },
  { query: 'alzheimer', category: 'synonym', relevant: DEMENTIA_CARER, why: 'alzheimer is dementia' },
  { query: 'vergeetachtig', category: 'synonym', relevant: [...DEMENTIA_CARER, 'even-buurten-buurtgenoot'], why: 'forgetful: dementia support, buurtgenoot for memory problems' },
  { query: 'handicap', category: 'synonym', relevant: ['handjehelpen-vaste-vrijwilliger', 'handjehelpen-kindmaatje', 'zonnebloem-huisbezoek'], why: 'disability' },
  { query: 'nieuwkomer', category: 'synonym', relevant: NEWCOMER, why: 'newcomers' },
  { query: 'vluchteling', category: 'synonym', relevant: ['vc-taalmaatje', 'al-amal-maatje'], why: 'refugee' },
  { query: 'inburgering', category: 'synonym', relevant: ['vc-taalmaatje', 'al-amal-maatje', 'distractor-taalcafe'], why: 'civic integration: language practice' },
  { query: 'gevangenis', category: 'synonym', relevant: ['humanitas-maatje-na-detentie'], why: 'prison' },
  { query: 'ex-gedetineerde', category: 'synonym', relevant: ['humanitas-maatje-na-detentie'], why: 'former prisoner' },
  { query: 'senioren', category: 'synonym', relevant: ['even-buurten-buurtgenoot', 'buren-voor-buren-bezoek', 'rodekruis-telefooncirkel', 'distractor-wandelvoetbal'], why: 'seniors are older people; walking football for 60-plussers names them as its target group' },
  { query: 'bejaarde', category: 'synonym', relevant: OLDER, why: 'elderly' },
  { query: 'weduwe', category: 'synonym', relevant: ['humanitas-steun-bij-verlies'], why: 'widow: grief group' },
  { query: 'scheiding', category: 'synonym', relevant: ['zelfhulp-alleenstaande-ouders'], why: 'divorce: single parents group' },
  { query: 'eenoudergezin', category: 'synonym', relevant: ['zelfhulp-alleenstaande-ouders'], why: 'single-parent family' },
  { query: 'slecht ter been', category: 'synonym', relevant: ['rodekruis-boodschappenhulp', 'rodekruis-rolstoelvervoer', 'vhd-ziekenhuisbegeleiding'], why: 'poor mobility: shopping and transport' },
  { query: 'rollator', category: 'synonym', relevant: ['maatjesproject-wandelmaatje'], why: 'walking with a rollator' },
  { query: 'gezelschap', category: 'synonym', relevant: ['humanitas-maatje-eenzaamheid', 'zonnebloem-huisbezoek', 'handjehelpen-vaste-vrijwilliger', 'vhd-zorgmaatje'], why: 'company' },
  { query: 'praatje', category: 'synonym', relevant: ['vitras-huiskamer', 'zuid-helpt-koffieochtend', 'zonnebloem-huisbezoek', 'humanitas-maatje-eenzaamheid'], why: 'a chat' },
  { query: 'brieven', category: 'synonym', relevant: LETTERS, why: 'letters' },
  { query: 'post', category: 'synonym', relevant: LETTERS, why: 'mail' },
  { query: 'tuin', category: 'synonym', relevant: ['present-praktische-klus', 'vhd-klussendienst'], why: 'garden work as a job (not a community garden)' },
  { query: 'maaltijd', category: 'synonym', relevant: MEALS, why: 'meals together' },
  { query: 'zorgmijder', category: 'synonym', relevant: ['buddyhulp-buddy', 'maatjesproject-maatje-meervoudige-problemen'], why: 'care avoider' },
  { query: 'naasten verslaving', category: 'synonym', relevant: ['zelfhulp-naasten-verslaving'], why: 'relatives of addicts' },
  { query: 'autisme', category: 'synonym', relevant: ['handjehelpen-kindmaatje', 'mee-oudercontact'], why: 'autism' },
  { query: 'lvb', category: 'synonym', relevant: ['mee-vrijetijdsmaatje'], why: 'mild intellectual disability' },
  { query: 'verstandelijke beperking', category: 'synonym', relevant: ['mee-vrijetijdsmaatje'], why: 'intellectual disability' },
  { query: 'welke vrijwilligersorganisatie', category: 'synonym', relevant: ['vc-infolijn-informele-zorg', 'niz-hulplijn', 'nizu-ambassadeur-casusoverleg'], why: 'which volunteer organisation: referral lines' },
  { query: 'casusoverleg', category: 'synonym', relevant: ['nizu-ambassadeur-casusoverleg'], why: 'case consultation' },
  { query: 'familieberaad', category: 'synonym', relevant: ['eigen-kracht-conferentie', 'mantelzorg-zorgrooster-familie'], why: 'family conference' },
  { query: 'buren', category: 'synonym', relevant: NEIGHBOURS, why: 'neighbour help' },
  { query: 'hond uitlaten', category: 'synonym', relevant: ['wehelpen-hulp-in-de-buurt'], why: 'walking the dog for someone (not volunteering at a shelter)' },
  { query: 'videobellen', category: 'synonym', relevant: ['vc-digihulp'], why: 'video calling' },
  { query: 'smartphone', category: 'synonym', relevant: ['vc-digihulp'], why: 'phone help' },
  { query: 'kwijtschelding', category: 'synonym', relevant: ['juvans-formulierenhulp'], why: 'remission of municipal taxes' },
  { query: 'dagje uit', category: 'synonym', relevant: ['zonnebloem-uitstapjes', 'present-samen-op-pad'], why: 'day out' },
  { query: 'ervaringsdeskundige', category: 'synonym', relevant: ['door-en-voor-herstelgroep', 'door-en-voor-eigen-ervaring', 'ismes-herstelmaatje'], why: 'experts by experience' },
  { query: 'terugval', category: 'synonym', relevant: ['ismes-herstelmaatje', 'buddyhulp-nazorgbuddy', 'zelfhulp-verslaving'], why: 'relapse prevention' },
  { query: 'nazorg', category: 'synonym', relevant: ['buddyhulp-nazorgbuddy'], why: 'aftercare' },

  // Compounds and stems
  { query: 'schuldhulp', category: 'compound', relevant: DEBTS, why: 'debt help' },
  { query: 'schuldhulpverlening', category: 'compound', relevant: ['humanitas-schuldhulpmaatje'], why: 'alongside debt counselling' },
  { query: 'geldzaken', category: 'compound', relevant: ['humanitas-thuisadministratie', 'vhd-budgetcoaching'], why: 'money matters' },
  { query: 'budgetcoach', category: 'compound', relevant: ['vhd-budgetcoaching'], why: 'budget coach' },
  { query: 'thuisadministratie', category: 'compound', relevant: ['humanitas-thuisadministratie', 'vhd-postwijzer'], why: 'home administration' },
  { query: 'taalmaatje', category: 'compound', relevant: ['vc-taalmaatje'], why: 'language buddy' },
  { query: 'wandelmaatje', category: 'compound', relevant: ['maatjesproject-wandelmaatje'], why: 'walking buddy' },
  { query: 'mantelzorgers', category: 'compound', relevant: RESPITE, why: 'plural of mantelzorger' },
  { query: 'eenzaamheid', category: 'compound', relevant: LONELY, why: 'noun of eenzaam' },
  { query: 'klussen', category: 'compound', relevant: ODD_JOBS, why: 'jobs' },
  { query: 'boodschappenhulp', category: 'compound', relevant: ['rodekruis-boodschappenhulp', 'zuid-helpt-boodschappen-en-klusjes'], why: 'shopping help' },
  { query: 'rolstoelbus', category: 'compound', relevant: ['rodekruis-rolstoelvervoer'], why: 'wheelchair bus' },
  { query: 'ziekenhuisbezoek', category: 'compound', relevant: ['vhd-ziekenhuisbegeleiding'], why: 'hospital visit' },
  { query: 'respijtzorg', category: 'compound', relevant: ['vhd-zorgzaam', 'handjehelpen-respijt', 'mantelzorg-logeeropvang'], why: 'respite care' },
  { query: 'logeeropvang', category: 'compound', relevant: ['mantelzorg-logeeropvang'], why: 'respite stay' },
  { query: 'opvoedondersteuning', category: 'compound', relevant: ['humanitas-gezinsmaatje', 'divers-ouderkamer'], why: 'parenting support' },
  { query: 'burenhulp', category: 'compound', relevant: NEIGHBOURS, why: 'neighbour help' },
  { query: 'administratiehulp', category: 'compound', relevant: ['humanitas-thuisadministratie', 'vhd-postwijzer', 'divers-inloopspreekuur-administratie'], why: 'paperwork help' },
  { query: 'formulierenhulp', category: 'compound', relevant: ['juvans-formulierenhulp', 'vhd-administratieve-ondersteuning'], why: 'form help' },
  { query: 'rouwverwerking', category: 'compound', relevant: ['humanitas-steun-bij-verlies'], why: 'grief processing' },
  { query: 'vrijwilligerswerk', category: 'compound', relevant: ['vc-vrijwilligerswerk-dagbesteding', 'door-en-voor-eigen-ervaring'], why: 'voluntary work as daytime activity' },
  { query: 'jongerenmaatje', category: 'compound', relevant: ['juvans-jongerenmaatje'], why: 'youth buddy' },
  { query: 'mantelzorgondersteuning', category: 'compound', relevant: RESPITE, why: 'carer support' },
  { query: 'schuldenproblematiek', category: 'compound', relevant: DEBTS, why: 'debt problems' },
  { query: 'gezinsondersteuning', category: 'compound', relevant: ['humanitas-gezinsmaatje'], why: 'family support' },
  { query: 'huiskamerproject', category: 'compound', relevant: ['vitras-huiskamer'], why: 'living-room project' },
  { query: 'lotgenotengroep verslaving', category: 'compound', relevant: ['zelfhulp-verslaving', 'ismes-herstelinloop'], why: 'peer group addiction' },
  { query: 'verslavingsproblematiek', category: 'compound', relevant: ADDICTION, why: 'addiction problems' },
  { query: 'alleenstaand', category: 'compound', relevant: ['zelfhulp-alleenstaande-ouders', 'rodekruis-telefooncirkel'], why: 'without a partner: single parents, or a one-person household (the daily call for alleenwonenden); not loneliness as such' },

  // Misspellings
  { query: 'eenzaamheit', category: 'misspelling', relevant: LONELY, why: 'eenzaamheid' },
  { query: 'eenzam', category: 'misspelling', relevant: LONELY, why: 'eenzaam' },
  { query: 'mantelzrog', category: 'misspelling', relevant: RESPITE, why: 'mantelzorg' },
  { query: 'schuldhlup', category: 'misspelling', relevant: DEBTS, why: 'schuldhulp' },
  { query: 'adminstratie', category: 'misspelling', relevant: PAPERWORK, why: 'administratie' },
  { query: 'boodschapen', category: 'misspelling', relevant: SHOPPING, why: 'boodschappen' },
  { query: 'rolsteol', category: 'misspelling', relevant: WHEELCHAIR, why: 'rolstoel' },
  { query: 'verslavnig', category: 'misspelling', relevant: [...ADDICTION, 'zelfhulp-naasten-verslaving'], why: 'verslaving' },
  { query: 'buddie', category: 'misspelling', relevant: BUDDYHULP, why: 'buddy' },
  { query: 'wandelmatje', category: 'misspelling', relevant: ['maatjesproject-wandelmaatje'], why: 'wandelmaatje' },
  { query: 'taalmatje', category: 'misspelling', relevant: ['vc-taalmaatje'], why: 'taalmaatje' },
  { query: 'belastingaangfite', category: 'misspelling', relevant: ['vhd-belastingaangifte'], why: 'belastingaangifte' },
  { query: 'voedselbnak', category: 'misspelling', relevant: ['voedselbank-pakket'], why: 'voedselbank' },
  { query: 'klusjesdients', category: 'misspelling', relevant: ODD_JOBS, why: 'klusjesdienst' },
  { query: 'depresie', category: 'misspelling', relevant: ['zelfhulp-depressie-angst'], why: 'depressie' },
  { query: 'altzheimer', category: 'misspelling', relevant: DEMENTIA_CARER, why: 'alzheimer' },
  { query: 'vluchtelng', category: 'misspelling', relevant: ['vc-taalmaatje', 'al-amal-maatje'], why: 'vluchteling' },
  { query: 'dementei', category: 'misspelling', relevant: DEMENTIA_CARER, why: 'dementie' },
  { query: 'opvoedng', category: 'misspelling', relevant: PARENTING, why: 'opvoeding' },

  // English, as colleagues from elsewhere type it
  { query: 'loneliness', category: 'english', relevant: LONELY, why: 'eenzaamheid' },
  { query: 'lonely elderly', category: 'english', relevant: ['buren-voor-buren-bezoek', 'even-buurten-buurtgenoot', 'humanitas-maatje-eenzaamheid', 'zonnebloem-huisbezoek'], why: 'lonely older people' },
  { query: 'debt help', category: 'english', relevant: DEBTS, why: 'schuldhulp' },
  { query: 'respite care', category: 'english', relevant: ['vhd-zorgzaam', 'handjehelpen-respijt', 'mantelzorg-logeeropvang'], why: 'respijtzorg' },
  { query: 'carer support', category: 'english', relevant: RESPITE, why: 'mantelzorgondersteuning' },
  { query: 'addiction support group', category: 'english', relevant: ['zelfhulp-verslaving', 'ismes-herstelinloop'], why: 'zelfhulpgroep verslaving' },
  { query: 'grief', category: 'english', relevant: ['humanitas-steun-bij-verlies'], why: 'rouw' },
  { query: 'grocery shopping help', category: 'english', relevant: SHOPPING, why: 'boodschappenhulp' },
  { query: 'handyman', category: 'english', relevant: ['vhd-klussendienst', 'present-praktische-klus'], why: 'klussendienst' },
  { query: 'language buddy', category: 'english', relevant: ['vc-taalmaatje'], why: 'taalmaatje' },
  { query: 'food bank', category: 'english', relevant: ['voedselbank-pakket'], why: 'voedselbank' },
  { query: 'wheelchair transport', category: 'english', relevant: ['rodekruis-rolstoelvervoer'], why: 'rolstoelvervoer' },
  { query: 'paperwork help', category: 'english', relevant: PAPERWORK, why: 'administratie' },
  { query: 'tax return', category: 'english', relevant: ['vhd-belastingaangifte'], why: 'belastingaangifte' },
  { query: 'parenting support', category: 'english', relevant: ['humanitas-gezinsmaatje', 'divers-ouderkamer'], why: 'opvoedsteun' },
  { query: 'mental health buddy', category: 'english', relevant: ['buddyhulp-ggz-buddy', 'kwartiermaken-maatje-meedoen'], why: 'ggz-buddy' },
  { query: 'walking buddy', category: 'english', relevant: ['maatjesproject-wandelmaatje'], why: 'wandelmaatje' },
  { query: 'refugee', category: 'english', relevant: ['vc-taalmaatje', 'al-amal-maatje'], why: 'vluchteling' },
  { query: 'moving house', category: 'english', relevant: ['present-verhuis-en-inrichthulp'], why: 'verhuizen' },
  { query: 'neighbour dispute', category: 'english', relevant: ['vitras-buurtbemiddeling'], why: 'burenruzie' },

  // Whole sentences from case notes
  { query: 'zit de hele dag alleen thuis', category: 'sentence', relevant: ['humanitas-maatje-eenzaamheid', 'buren-voor-buren-bezoek', 'vitras-huiskamer', 'vhd-zorgmaatje'], why: 'alone at home all day: company' },
  { query: 'mevrouw komt de deur niet meer uit sinds haar man is overleden', category: 'sentence', relevant: ['humanitas-maatje-eenzaamheid', 'humanitas-steun-bij-verlies', 'vhd-zorgmaatje', 'buren-voor-buren-bezoek'], why: 'widowed and withdrawn' },
  { query: 'meneer heeft een stapel ongeopende post en durft de enveloppen niet open te maken', category: 'sentence', relevant: ['vhd-postwijzer', 'humanitas-thuisadministratie', 'divers-inloopspreekuur-administratie'], why: 'unopened mail' },
  { query: 'cliënt heeft schulden en krijgt aanmaningen van de deurwaarder', category: 'sentence', relevant: DEBTS, why: 'debts with reminders and bailiff' },
  { query: 'dochter zorgt voor haar vader met dementie en is overbelast', category: 'sentence', relevant: ['vhd-zorgzaam', 'mantelzorg-mantelzorgcafe', 'mantelzorg-logeeropvang', 'mantelzorg-zorgrooster-familie'], why: 'overburdened carer of someone with dementia' },
  { query: 'kan na de heupoperatie tijdelijk zelf geen boodschappen doen', category: 'sentence', relevant: SHOPPING, why: 'temporary shopping help' },
  { query: 'wil stoppen met drinken maar valt steeds terug', category: 'sentence', relevant: ADDICTION, why: 'alcohol and relapse' },
  { query: 'moeder met een baby en een peuter weet niet hoe ze het moet redden met de opvoeding', category: 'sentence', relevant: ['humanitas-gezinsmaatje', 'divers-ouderkamer'], why: 'young family' },
  { query: 'jongen van 17 dreigt uit te vallen op school', category: 'sentence', relevant: ['juvans-jongerenmaatje', 'eigen-kracht-jongeren'], why: 'school drop-out risk' },
  { query: 'net vrijgekomen uit de gevangenis en heeft geen netwerk', category: 'sentence', relevant: ['humanitas-maatje-na-detentie'], why: 'after prison' },
  { query: 'statushouder spreekt nog weinig Nederlands en wil oefenen', category: 'sentence', relevant: ['vc-taalmaatje', 'distractor-taalcafe', 'al-amal-maatje'], why: 'language practice' },
  { query: 'spreekt alleen Arabisch en begrijpt de brieven van de gemeente niet', category: 'sentence', relevant: ['al-amal-brievenhulp', 'al-amal-maatje'], why: 'letters explained in Arabic' },
  { query: 'er moet een lamp worden opgehangen en de kraan lekt', category: 'sentence', relevant: ['vhd-klussendienst'], why: 'small repairs in the house' },
  { query: 'de tuin is helemaal verwilderd en meneer kan het niet meer', category: 'sentence', relevant: ['present-praktische-klus', 'vhd-klussendienst'], why: 'overgrown garden' },
  { query: 'zit in een rolstoel en wil graag naar haar zus in een andere stad', category: 'sentence', relevant: ['rodekruis-rolstoelvervoer', 'zonnebloem-uitstapjes'], why: 'wheelchair transport to family' },
  { query: 'weet niet hoe DigiD werkt en kan niet internetbankieren', category: 'sentence', relevant: ['vc-digihulp'], why: 'digital help' },
  { query: 'ruzie met de bovenburen over geluidsoverlast', category: 'sentence', relevant: ['vitras-buurtbemiddeling'], why: 'noise dispute' },
  { query: 'voelt zich somber en piekert veel', category: 'sentence', relevant: ['zelfhulp-depressie-angst'], why: 'low mood and worry' },
  { query: 'psychische klachten, lang opgenomen geweest, zoekt iets zinvols om te doen', category: 'sentence', relevant: ['vc-vrijwilligerswerk-dagbesteding', 'door-en-voor-eigen-ervaring', 'kwartiermaken-maatje-meedoen', 'door-en-voor-herstelgroep'], why: 'meaningful activity after admission' },
  { query: 'zoon met autisme, de ouders kunnen wel wat lucht gebruiken', category: 'sentence', relevant: ['handjehelpen-kindmaatje', 'mee-oudercontact'], why: 'child with autism, parents need a break' },
  { query: 'staat er sinds de scheiding alleen voor met drie kinderen', category: 'sentence', relevant: ['zelfhulp-alleenstaande-ouders', 'humanitas-gezinsmaatje'], why: 'single parent' },
  { query: 'meisje van 14 zorgt thuis voor haar zieke moeder', category: 'sentence', relevant: ['mantelzorg-jonge-mantelzorgers'], why: 'young carer' },
  { query: 'heeft het contact met familie en vrienden verloren en wil dat herstellen', category: 'sentence', relevant: ['vhd-netwerkcoach', 'eigen-kracht-conferentie'], why: 'rebuilding the network' },
  { query: 'de begeleiding wordt afgesloten maar we zijn bang voor terugval', category: 'sentence', relevant: ['buddyhulp-nazorgbuddy'], why: 'aftercare buddy' },
  { query: 'woont alleen en is bang om te vallen zonder dat iemand het merkt', category: 'sentence', relevant: ['rodekruis-telefooncirkel'], why: 'daily check call' },
  { query: 'eet elke dag alleen en kookt niet meer', category: 'sentence', relevant: MEALS, why: 'eating alone' },
  { query: 'moet naar de poli in het ziekenhuis en kan daar niet alleen heen', category: 'sentence', relevant: ['vhd-ziekenhuisbegeleiding'], why: 'hospital escort' },
  { query: 'het geld is elke maand voor het einde op', category: 'sentence', relevant: ['vhd-budgetcoaching', 'voedselbank-pakket', 'humanitas-schuldhulpmaatje'], why: 'money runs out' },
  { query: 'moet verhuizen naar een kleinere woning en krijgt het huis niet leeg', category: 'sentence', relevant: ['present-verhuis-en-inrichthulp'], why: 'moving help' },
  { query: 'haar man drinkt en zij weet niet meer hoe ze ermee om moet gaan', category: 'sentence', relevant: ['zelfhulp-naasten-verslaving'], why: 'partner of a drinker' },
  { query: 'wil graag onder de mensen komen maar durft niet alleen naar een club', category: 'sentence', relevant: ['kwartiermaken-maatje-meedoen', 'vhd-zorgmaatje', 'mee-vrijetijdsmaatje'], why: 'buddy to go along' },
  { query: 'lukt niet om zelf de huurtoeslag aan te vragen', category: 'sentence', relevant: ['vhd-administratieve-ondersteuning', 'juvans-formulierenhulp'], why: 'benefit application' },
  { query: 'heeft geen eten in huis en geen geld', category: 'sentence', relevant: ['voedselbank-pakket'], why: 'food' },
  { query: 'zit in een rolstoel en wil een weekje weg', category: 'sentence', relevant: ['zonnebloem-aangepaste-vakantie'], why: 'adapted holiday' },
  { query: 'we zoeken een vrijwilliger maar weten niet bij welke organisatie', category: 'sentence', relevant: ROUTE, why: 'referral routes' },
  { query: 'vader heeft beginnende alzheimer en de kinderen willen de zorg verdelen', category: 'sentence', relevant: ['mantelzorg-zorgrooster-familie', 'wehelpen-hulpnetwerk', 'eigen-kracht-conferentie'], why: 'sharing care within the family' },
  { query: 'verloor vorig jaar haar man en heeft nog veel verdriet', category: 'sentence', relevant: ['humanitas-steun-bij-verlies'], why: 'grief' },
  { query: 'meneer vermijdt alle hulp en het huis is vervuild', category: 'sentence', relevant: ['buddyhulp-buddy', 'maatjesproject-maatje-meervoudige-problemen', 'present-praktische-klus'], why: 'care avoider with a neglected house' },

  // Place-qualified: only offers serving the place count
  { query: 'maatje in Kanaleneiland', category: 'place', place: { wijk: 'Kanaleneiland' }, relevant: BUDDY_COMPANY, why: 'buddy in the wijk' },
  { query: 'schuldhulp 3531', category: 'place', place: { postcode: '3531' }, relevant: DEBTS, why: 'debt help at a postcode in Lombok' },
  { query: 'boodschappen Overvecht', category: 'place', place: { wijk: 'Overvecht' }, relevant: SHOPPING, why: 'shopping help in Overvecht' },
  { query: 'eenzaam Zuilen', category: 'place', place: { wijk: 'Zuilen' }, relevant: LONELY, why: 'loneliness in Zuilen' },
  { query: 'klusjes Leidsche Rijn', category: 'place', place: { wijk: 'Leidsche Rijn' }, relevant: ODD_JOBS, why: 'odd jobs in Leidsche Rijn' },
  { query: 'taalmaatje Lombok', category: 'place', place: { wijk: 'Lombok' }, relevant: ['vc-taalmaatje'], why: 'language buddy in Lombok' },
  { query: 'hulp bij administratie in Hoograven', category: 'place', place: { wijk: 'Hoograven' }, relevant: PAPERWORK, why: 'paperwork in Hoograven' },
  { query: 'mantelzorgondersteuning Vleuten-De Meern', category: 'place', place: { wijk: 'Vleuten-De Meern' }, relevant: RESPITE, why: 'carer support in Vleuten-De Meern' },
  { query: 'inloop met koffie in Ondiep', category: 'place', place: { wijk: 'Ondiep' }, relevant: MEETING, why: 'walk-in in Ondiep' },
  { query: 'wandelmaatje 3563', category: 'place', place: { postcode: '3563' }, relevant: ['maatjesproject-wandelmaatje'], why: 'walking buddy at a postcode in Overvecht' },
  { query: 'buddy Overvecht', category: 'place', place: { wijk: 'Overvecht' }, relevant: BUDDYHULP, why: 'buddy in Overvecht' },
  { query: 'rolstoelvervoer Tuindorp', category: 'place', place: { wijk: 'Tuindorp' }, relevant: ['rodekruis-rolstoelvervoer'], why: 'wheelchair transport in Tuindorp' },
  { query: 'samen eten in Kanaleneiland', category: 'place', place: { wijk: 'Kanaleneiland' }, relevant: MEALS, why: 'meals in Kanaleneiland' },
  { query: 'voedselbank Lunetten', category: 'place', place: { wijk: 'Lunetten' }, relevant: ['voedselbank-pakket'], why: 'food bank in Lunetten' },
  { query: 'zelfhulpgroep verslaving Binnenstad', category: 'place', place: { wijk: 'Binnenstad' }, relevant: ['zelfhulp-verslaving', 'ismes-herstelinloop'], why: 'addiction group in the centre' },
  { query: 'steun bij opvoeding Transwijk', category: 'place', place: { wijk: 'Transwijk' }, relevant: PARENTING, why: 'parenting support in Transwijk' },
  { query: 'formulieren invullen 3526', category: 'place', place: { postcode: '3526' }, relevant: FORMS, why: 'form help at a postcode in Kanaleneiland' },
  { query: 'boodschappen 4822', category: 'place', place: { postcode: '4822' }, relevant: SHOPPING, why: 'shopping help in Demostad Zuid' },
  { query: 'koffieochtend 4821', category: 'place', place: { postcode: '4821' }, relevant: MEETING, why: 'coffee morning in Demostad Zuid' },
  { query: 'bezoek voor ouderen in Wittevrouwen', category: 'place', place: { wijk: 'Wittevrouwen' }, relevant: ['buren-voor-buren-bezoek', 'even-buurten-buurtgenoot', 'zonnebloem-huisbezoek', 'humanitas-maatje-eenzaamheid'], why: 'visits for older people in Wittevrouwen' },
  { query: 'rouwgroep Zuilen', category: 'place', place: { wijk: 'Zuilen' }, relevant: ['humanitas-steun-bij-verlies'], why: 'grief group in Zuilen' },
  { query: 'dagbesteding Oog in Al', category: 'place', place: { wijk: 'Oog in Al' }, relevant: DAYTIME, why: 'daytime activity in Oog in Al' },
  { query: 'digitale hulp Overvecht', category: 'place', place: { wijk: 'Overvecht' }, relevant: ['vc-digihulp'], why: 'digital help in Overvecht' },
  { query: 'respijt 3452', category: 'place', place: { postcode: '3452' }, relevant: ['vhd-zorgzaam', 'handjehelpen-respijt', 'mantelzorg-logeeropvang'], why: 'respite at a postcode in Vleuten-De Meern' },

  // Combined needs
  { query: 'eenzaam en schulden', category: 'combined', relevant: ['humanitas-schuldhulpmaatje', 'humanitas-maatje-eenzaamheid', 'buddyhulp-buddy'], why: 'a buddy that covers both' },
  { query: 'rolstoel uitje', category: 'combined', relevant: ['zonnebloem-uitstapjes', 'rodekruis-rolstoelvervoer'], why: 'outings in a wheelchair' },
  { query: 'mantelzorger dementie weekend weg', category: 'combined', relevant: ['mantelzorg-logeeropvang'], why: 'weekend respite stay' },
  { query: 'nieuwkomer brieven', category: 'combined', relevant: ['al-amal-brievenhulp'], why: 'letters for newcomers' },
  { query: 'oudere boodschappen en wandelen', category: 'combined', relevant: ['even-buurten-buurtgenoot'], why: 'buurtgenoot for 70+' },
  { query: 'psychisch kwetsbaar en eenzaam', category: 'combined', relevant: ['buddyhulp-ggz-buddy', 'kwartiermaken-vriendendienst', 'kwartiermaken-maatje-meedoen'], why: 'lonely with psychiatric vulnerability' },
  { query: 'jongere 18 zelfstandig plan', category: 'combined', relevant: ['eigen-kracht-jongeren'], why: 'plan for turning 18' },
  { query: 'alcohol herstel maatje', category: 'combined', relevant: ['ismes-herstelmaatje'], why: 'recovery buddy' },
  { query: 'ouders kind met beperking lotgenoten', category: 'combined', relevant: ['mee-oudercontact'], why: 'parents group' },
  { query: 'vrouwen Arabisch ontmoeting', category: 'combined', relevant: ['al-amal-vrouwengroep'], why: 'women group' },
  { query: 'lvb vrije tijd sport', category: 'combined', relevant: ['mee-vrijetijdsmaatje'], why: 'leisure buddy for LVB' },
  { query: 'chronische pijn lotgenoten', category: 'combined', relevant: ['zelfhulp-chronische-pijn'], why: 'chronic pain group' },
  { query: 'schulden en post op orde', category: 'combined', relevant: ['humanitas-thuisadministratie', 'humanitas-schuldhulpmaatje', 'vhd-postwijzer'], why: 'debts and paperwork' },
  { query: 'beperking vaste vrijwilliger aan huis', category: 'combined', relevant: ['handjehelpen-vaste-vrijwilliger', 'zonnebloem-huisbezoek'], why: 'home volunteer with disability' },

  // Other purposes in the kaart: found when asked for, and kept apart from informal help
  { query: 'repair café', category: 'distractor', relevant: ['distractor-repaircafe'], why: 'repair café' },
  { query: 'kapotte broodrooster laten maken', category: 'distractor', relevant: ['distractor-repaircafe'], why: 'repair' },
  { query: 'koor', category: 'distractor', relevant: ['distractor-koor'], why: 'choir' },
  { query: 'taalcafé', category: 'distractor', relevant: ['distractor-taalcafe'], why: 'language café' },
  { query: 'voorlezen aan kind', category: 'distractor', relevant: ['distractor-leesmaatje-kind'], why: 'reading to children' },
  { query: 'huiswerkbegeleiding', category: 'distractor', relevant: ['distractor-huiswerkklas'], why: 'homework help' },
  { query: 'moestuin', category: 'distractor', relevant: ['distractor-moestuin'], why: 'community garden' },
  { query: 'wandelvoetbal', category: 'distractor', relevant: ['distractor-wandelvoetbal'], why: 'walking football' },
  { query: 'zwemles volwassenen', category: 'distractor', relevant: ['distractor-zwemles'], why: 'swimming lessons' },
  { query: 'EHBO cursus', category: 'distractor', relevant: ['distractor-ehbo'], why: 'first aid course' },
  { query: 'schaken', category: 'distractor', relevant: ['distractor-schaakclub'], why: 'chess club' },
  { query: 'kookcursus', category: 'distractor', relevant: ['distractor-kookcursus'], why: 'cooking course' },
  { query: 'vrijwilligerswerk met dieren', category: 'distractor', relevant: ['distractor-dierenasiel'], why: 'volunteering with animals' },
];
