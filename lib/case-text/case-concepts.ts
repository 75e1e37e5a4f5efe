import type { CaseFlag } from '../contracts/case-context';
import type { ConceptDef } from './context-algorithm';
import { phraseWords } from './sentences';

/*
 * The concepts we look for in what a professional wrote, in the words they use. Each is a case
 * flag, or a fact about care: that the client is a carer, or that someone has an illness that
 * makes the person caring for them a carer ("haar man heeft alzheimer"). Phrases that contain a
 * negation themselves ("geen netwerk", "spreekt geen Nederlands") are concepts whole, so their
 * "geen" negates nothing. A trailing * matches any ending.
 */

export type CaseConcept =
  | { type: 'flag'; flag: CaseFlag }
  | { type: 'carer' }
  | { type: 'care_need' }
  | { type: 'overburdened' }
  | { type: 'wish_anonymous' }
  | { type: 'wish_stop_using' }
  | { type: 'wheelchair' }
  | { type: 'wish_same_gender' }
  | { type: 'safe_network' }
  | { type: 'network_used_up' };

const FLAG_PHRASES: Record<CaseFlag, string> = {
  domestic_violence: `huiselijk geweld|geslagen|slaat|sloeg|heeft geslagen|gewelddadig tegen haar|gewelddadig tegen hem|gewelddadig tegen mevrouw|gewelddadig tegen meneer|slaat hem|slaat mevrouw|slaat meneer|partnergeweld|kindermishandeling|mishandeling|mishandelt|mishandeld|ouderenmishandeling|geweld in het gezin
    |geweld thuis|geweld door partner|geweld door haar partner|geweld door zijn partner|geweld door de partner|eergerelateerd geweld|slaat haar|sloeg haar
    |veilig thuis melding|melding bij veilig thuis|melding veilig thuis|gemeld bij veilig thuis|veilig thuis is betrokken|veilig thuis betrokken
    |veilig thuis is ingeschakeld|veilig thuis ingeschakeld|contact met veilig thuis|advies bij veilig thuis|advies gevraagd bij veilig thuis
    |huisverbod|tijdelijk huisverbod|contactverbod|straatverbod|gebiedsverbod
    |bedreigt haar|bedreigt hem|bedreigt mevrouw|bedreigt meneer|haar bedreigen|hem bedreigen|mevrouw bedreigen|meneer bedreigen
    |wordt bedreigd|werd bedreigd|wordt door hem bedreigd|wordt door haar bedreigd|bedreigingen van|bedreigingen door`,
  unsafe_network: `onveilig netwerk|netwerk is onveilig|netwerk onveilig|onveilige thuissituatie|negatief netwerk|onveilige situatie thuis|thuis niet veilig|niet veilig thuis
    |financiele uitbuiting|uitbuiting|stalking|gestalkt|bedreigd door|voelt zich gecontroleerd|gecontroleerd door|staat achter de partner|staan achter de partner
    |staat volledig achter de partner|staat aan zijn kant|staan aan zijn kant|staat aan haar kant|staan aan haar kant|kiest de kant van
    |vertrouwt haar omgeving niet|vertrouwt zijn omgeving niet|vertrouwt de omgeving niet|vertrouwt haar familie niet|vertrouwt zijn familie niet
    |vertrouwt niemand in haar omgeving|vertrouwt niemand in zijn omgeving|geeft door wat ze doet|geeft door wat hij doet|geven door wat ze doet
    |geven door wat hij doet|houdt haar in de gaten|houdt hem in de gaten|houden haar in de gaten|houden hem in de gaten|wordt in de gaten gehouden`,
  no_network: `geen netwerk|geen of uitgeput netwerk|geen sociaal netwerk|netwerk uitgeput|netwerk is uitgeput|uitgeput netwerk|netwerk is op|geen familie of vrienden
    |geen familie meer|geen familie of vrienden meer|heeft geen familie meer|geen familie of vriendenkring|geen vriendenkring
    |niemand om op terug te vallen|niemand om op te steunen|geen mensen om zich heen|geen naasten|geen steunend netwerk|geen vrienden
    |niemand die hij kan|niemand die zij kan|niemand die ze kan|niemand op wie|niemand meer die|niemand die hem helpt|niemand die haar helpt`,
  carer_overburdened: 'mantelzorger overbelast|overbelaste mantelzorger|overbelaste mantelzorg|mantelzorger is overbelast|overbelasting mantelzorger',
  crisis: 'crisis|acute crisis|crisissituatie|crisisopname|crisisinterventie|crisisdienst|in crisis|suicidaal|suicidale|suicidepoging|suicidegedachten|acuut gevaar|acute psychose',
  debts: `schulden|schuld|betalingsachterstand*|huurachterstand|achterstanden|deurwaarder|incassobureau*|beslaglegging|loonbeslag|schuldhulpverlening
    |schuldhulp|schuldsanering|wsnp|aanmaningen|schuldeisers|geldzorgen|problematische schulden|energieachterstand
    |huurschuld|achterstallige huur|huur open|huur staat open|maanden huur open|openstaande rekeningen|openstaande rekening
    |dreigt af te sluiten|dreigende afsluiting|afsluiting dreigt|rekeningen niet betalen|kan de rekeningen niet betalen`,
  psychiatric: `psychiatrische problematiek|psychiatrisch*|psychose|psychotisch*|schizofre*|bipolair*|manisch|borderline|persoonlijkheidsstoornis
    |ernstige psychische problemen|ernstige psychische problematiek|ernstige psychische klachten`,
  coercive: `verplicht kader|gedwongen kader|verplichte zorg|verplichte ambulante zorg|ondertoezichtstelling|ots|rechterlijke machtiging|zorgmachtiging|crisismaatregel|jeugdreclassering
    |wvggz|onder toezicht gesteld|reclasseringstoezicht`,
  severe_neglect: 'ernstige vervuiling|woningvervuiling|vervuilde woning|vervuiling|vervuild|sterk vervuild|verwaarlozing|verwaarloost|verwaarloosd|hoarding|verzamelwoede|verloedering',
  medical_care: 'medische zorg|verpleegkundige zorg|verpleging|wondzorg|sondevoeding|insuline|medicatie toedienen|medische handelingen|verpleegkundige handelingen',
  no_motivation: `geen motivatie|niet gemotiveerd|ongemotiveerd|zorgmijd*|zorgmijder|staat niet open voor hulp|ziet geen reden om iets te veranderen
    |ziet het nut van hulp niet|ziet het nut niet|ziet geen nut in hulp|heb niemand nodig|heeft niemand nodig|ziet geen probleem|ziet geen problemen
    |ziet het probleem niet|vindt dat er geen probleem is|laat me met rust|laat mij met rust|wil met rust gelaten worden`,
  // Read from a refusal of volunteers (REFUSAL_TARGETS.informal_help), so that "no volunteer at home" stays a refusal of home visits.
  declines_informal: '',
  language_barrier: `taalbarriere|tolk nodig|tolk|telefoontolk|tolkentelefoon|met een tolk|via een tolk|spreekt geen nederlands|spreekt nauwelijks nederlands
    |spreekt weinig nederlands|beperkt nederlands|nederlandse taal niet machtig|spreekt geen woord nederlands|verstaat geen nederlands
    |een paar woorden nederlands|nauwelijks nederlands|weinig nederlands|nog geen nederlands|spreekt gebrekkig nederlands|gebrekkig nederlands
    |nederlands gaan moeizaam|nederlands gaat moeizaam|nederlands is nog beperkt|nederlands nog beperkt|nederlands is beperkt|moeizaam in het nederlands
    |very little dutch|little dutch|no dutch|hardly any dutch|limited dutch|does not speak dutch|doesn t speak dutch|needs an interpreter|through an interpreter`,
  active_addiction: `verslaafd|verslaving|alcoholverslaving|drugsverslaving|gokverslaving|alcoholprobleem|alcoholproblemen|alcoholmisbruik|drankprobleem
    |drankproblemen|drugsgebruik|gebruikt drugs|cannabis|blowen|speed|xtc|ghb|drinkt te veel|drinkt veel|drinkt dagelijks|drinkt overmatig|drinkt weer|middelengebruik|blowt|cocaine
    |heroine|gokt|gokproblemen|verslavingsproblematiek|problematisch alcoholgebruik|actief alcoholgebruik|overmatig alcoholgebruik|fors alcoholgebruik
    |dagelijks alcoholgebruik|actief middelengebruik|actief gebruik|problematisch drankgebruik|drinkt elke avond|drinkt iedere avond|drinkt elke dag
    |drinkt iedere dag|blikjes bier|flessen wijn per|fles wijn per dag|een fles wijn|fles wijn of meer|flessen wijn|fles sterke drank|fles drank|glazen wijn per
    |blikken bier|kratje bier|krat bier|liter bier per|liter wijn per`,
  aggression: 'agressie|agressief|verbaal agressief|dreigend|bedreigend|bedreigt|intimiderend|geweld tegen hulpverleners|gewelddadig',
  learning_disability: `lvb|licht verstandelijke beperking|licht verstandelijk beperkt|verstandelijke beperking|verstandelijk beperkt|zwakbegaafd*
    |laag iq|verstandelijk gehandicapt`,
};

const OTHER_PHRASES: [string, CaseConcept][] = [
  [
    `mantelzorger|mantelzorg|mantelzorgt|zorgt voor|verzorgt|mantelzorgtaken|zorgtaken|zorg voor haar|zorg voor zijn|jonge mantelzorger
    |zorgt veel voor|zorgt dagelijks voor|zorgt vaak voor|zorgt ook voor|zorgt thuis voor|zorgt alleen voor|zorgt al jaren voor
    |zorgt mee voor|helpt met de zorg|helpt veel met de zorg|helpt mee met de zorg|helpt mee in de zorg|helpt in de zorg`,
    { type: 'carer' },
  ],
  [
    `dementie|dement|alzheimer|parkinson|multiple sclerose|cva|herseninfarct|beroerte|hersenletsel|nah|kanker|terminaal|terminaal ziek
    |bedlegerig|ernstig ziek|chronisch ziek|zorgbehoevend|rolstoelafhankelijk|beperking|gehandicapt|autisme|hulpbehoevend`,
    { type: 'care_need' },
  ],
  [
    `overbelast|overbelasting|overbelaste|tandvlees|kan het niet meer aan|zwaar belast|uitgeput|burn out|opgebrand|valt bijna om|ik kan niet meer
    |ik kan het niet meer|trek het niet meer|trek het niet|hou het niet meer vol|houd het niet meer vol|zo goed als op|zga op|helemaal op|is op|ben op|is kapot|ben kapot`,
    { type: 'overburdened' },
  ],
  ['rolstoel|in een rolstoel|rolstoelgebruiker|rolstoelafhankelijk|rolstoelgebonden|elektrische rolstoel', { type: 'wheelchair' }],
  [
    `wil stoppen|wil minderen|wil minder drinken|wil minder gebruiken|wil stoppen met drinken|wil stoppen met gebruiken|wil van de drank af
    |wil afkicken|wil clean worden|wil nuchter blijven|wil niet meer drinken|wil niet meer gebruiken|gemotiveerd om te stoppen|wil ermee stoppen
    |wil er vanaf|wil ervan af|wil ermee ophouden|wil het drinken|wil zijn drankgebruik|wil haar drankgebruik|wil minder blowen|wil stoppen met blowen
    |wil niet terugvallen|terugval voorkomen|wil gestopt blijven|gestopt blijven|droog blijven|clean blijven|nuchter blijven|maanden droog|jaar droog
    |jaren droog|weken droog|maanden clean|jaar clean|jaren clean|maanden nuchter|jaar nuchter|jaren nuchter`,
    // Staying stopped ("acht maanden droog", "wil niet terugvallen") is the same wish: help for recovery is for them.
    { type: 'wish_stop_using' },
  ],
  [
    `anoniem|anonieme|anoniemer|anonimiteit|discreet|discrete|niemand mag het weten|niemand mag weten|iemand die ze niet kent|iemand die hij niet kent
    |iemand die zij niet kent|niet uit haar wijk|niet uit zijn wijk|niet uit de wijk|niet uit de buurt|niet uit haar buurt|niet uit zijn buurt
    |van buiten de wijk|van buiten de buurt|buiten de eigen buurt|een onbekende`,
    { type: 'wish_anonymous' },
  ],
  [
    `vrouwelijke vrijwilliger|vrouwelijk maatje|mannelijke vrijwilliger|mannelijk maatje|hetzelfde geslacht|zelfde geslacht|een vrouw als vrijwilliger
    |een man als vrijwilliger|een vrouw als maatje|een man als maatje|liever een vrouw|liever een man|alleen een vrouw|alleen een man
    |geen man als vrijwilliger|geen man als maatje|geen mannelijke vrijwilliger|geen vrouw als vrijwilliger|geen vrouw als maatje|geen vrouwelijke vrijwilliger`,
    { type: 'wish_same_gender' },
  ],
  // A network that is there but has no stretch left (domain.md, 003): ask it for nothing more.
  // "No network" (nobody there) stays a flag of its own, with its isolation warning.
  [
    `netwerk op|netwerk raakt op|netwerk is overvraagd|overvraagd netwerk|geen rek meer|rek is eruit|de rek is eruit|kunnen niks meer|kunnen niets meer
    |wil ze niet nog meer vragen|wil hen niet nog meer vragen|wil niemand meer vragen`,
    { type: 'network_used_up' },
  ],
  // Safety stated positively: denied ("Is het netwerk veilig? nee", "de thuissituatie is niet
  // veilig") it is an unsafe network; affirmed or only asked it says nothing.
  [
    `netwerk veilig|netwerk is veilig|veilig netwerk|netwerk wel veilig|thuissituatie veilig|thuissituatie is veilig|veilige thuissituatie|situatie thuis veilig
    |situatie thuis is veilig|omgeving veilig|omgeving is veilig|veilige omgeving|thuis veilig|is het thuis veilig`,
    { type: 'safe_network' },
  ],
];

const split = (phrases: string) => phrases.split('|').map((p) => p.trim()).filter(Boolean);

export const CASE_CONCEPTS: readonly ConceptDef<CaseConcept>[] = [
  ...(Object.entries(FLAG_PHRASES) as [CaseFlag, string][]).flatMap(([flag, phrases]) =>
    split(phrases).map((p) => ({ words: phraseWords(p), concept: { type: 'flag', flag } as CaseConcept })),
  ),
  ...OTHER_PHRASES.flatMap(([phrases, concept]) => split(phrases).map((p) => ({ words: phraseWords(p), concept }))),
];

/** Risks that stay risks when they lie in the past: violence and threats once shown are a reason for care now. */
export const LASTING_FLAGS: ReadonlySet<CaseFlag> = new Set(['domestic_violence', 'unsafe_network', 'aggression']);

/** Flags about the household's relations: whoever is "other" in the sentence, they concern the client. */
export const RELATIONAL_FLAGS: ReadonlySet<CaseFlag> = new Set(['domestic_violence', 'unsafe_network', 'aggression', 'no_network', 'carer_overburdened']);

/** What a refusal can be about, in the words of the note: "wil niet dat familie of buren het weten". */
export const REFUSAL_TARGETS: Record<'own_network' | 'neighbours' | 'home_visits' | 'group' | 'informal_help' | 'any_help', string> = {
  own_network: `familie|familieleden|schoonfamilie|netwerk|eigen netwerk|kinderen|zoon|dochter|broer|zus|broers|zussen|vrienden|vriendinnen|kennissen
    |omgeving|naasten|ouders|moeder|vader|stiefvader|stiefmoeder|schoonouders|eigen kring|vriendenkring|kennissenkring|familiekring|family|friends`,
  neighbours: 'buren|buurman|buurvrouw|buurtbewoners|buurtgenoten|buurtgenoot|buurt|dorpsgenoten|dorp|straat|mensen uit de buurt|neighbours|neighbors',
  home_visits: 'aan huis|thuis|over de vloer|in huis|huisbezoek*|bezoek aan huis|aan de deur|in zijn huis|in haar huis|in mijn huis|bij mij thuis|bij mij aan huis|mijn huis in|at home|home visits|into her home|into his home',
  // "In een kring mijn verhaal doen" is a group; "haar eigen kring" is her own network (above).
  group: `lotgenoten*|groep|groepen|groepsactiviteit*|groepsbijeenkomst*|inloop|inloopochtend|bijeenkomst*|lotgenotengroep|gespreksgroep|groepje|groepjes
    |groepsgesprek*|groepsmens|een kring|club|clubs|clubje|spreekuur|spreekuren|inloopspreekuur*|group|groups|group thing|walk-in`,
  // Help as such, with nothing said about who gives it or where: refused alone, it is no motivation for any help.
  any_help: 'hulp|hulpverlening|bemoeienis|ondersteuning|begeleiding|zorg|help',
  informal_help: 'vrijwilliger*|informele hulp|informele zorg|maatje|buddy|vrijwilligershulp|vrijwilligerswerk hulp|hulp van vrijwilligers|volunteer|volunteers',
};
export const REFUSAL_TARGET_PHRASES = Object.fromEntries(
  Object.entries(REFUSAL_TARGETS).map(([k, v]) => [k, split(v).map(phraseWords)]),
) as Record<keyof typeof REFUSAL_TARGETS, string[][]>;
