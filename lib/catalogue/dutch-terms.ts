import { stemmer } from '@orama/stemmers/dutch';

/**
 * Words that carry no need: function words, pronouns, auxiliaries, the everyday verbs and time
 * words that fill a professional's notes ("mevrouw voelt zich erg eenzaam sinds…", "hij wil graag
 * iemand die elke week…") and vague adjectives. Left in, they match every offer a little, push the
 * real words down and show up as the reason for a suggestion. The need text of a case is searched
 * through the same list, so it holds no word that can be a need on its own: "alleen" (alone or
 * only) is read in context; "buiten", "thuis", "werk", "geld", "lopen", "stoppen" and "vrij" stay
 * words. "wonen" goes: notes use it for where people live ("de kinderen wonen ver weg"), and the
 * offers that are about housing say "woning", "zelfstandig", "verhuizen".
 */
const FILLER_WORDS = new Set(
  `de het een der des den t
  aan achter af bij binnen boven door in langs met na naar naast om onder op over per rond sinds te ter tegen tijdens tot
  tussen uit van vanaf vanuit vanwege via voor zonder behalve volgens
  mee en of maar want dus omdat doordat zodat terwijl als dan dat die dit deze wie wat waar wanneer hoe waarom welk welke
  hoewel indien mits noch toch echter bovendien daarom namelijk
  ik me mij mijn jij je jou jouw u uw hij hem zijn zij ze haar wij we ons onze jullie hun hen zich zichzelf mezelf
  hemzelf haarzelf elkaar men iemand niemand iets niets alles alle iedereen ieder elk elke iedere sommige andere ander anderen
  er erop ervan ermee erover erin eraan ernaar daar hier daarbij hierbij waarbij daardoor hierdoor waardoor daarna
  daarnaast daarvoor waarvoor hiervoor
  ben bent is was waren geweest wees heb hebt heeft hebben had hadden gehad word wordt worden werd werden geworden
  kan kun kunt kunnen kon konden gekund wil wilt willen wilde wilden wou mag mogen mocht moet moeten moest zal zult
  zullen zou zouden ga gaat gaan ging gingen gegaan kom komt komen kwam kwamen gekomen doe doet doen deed deden gedaan
  zie ziet zien zag zagen gezien weet weten wist geweten zeg zegt zeggen zei gezegd vind vindt vinden vond gevonden
  geef geeft geven gaf gegeven krijg krijgt krijgen kreeg gekregen maak maakt maken maakte gemaakt laat laten liet
  gelaten neem neemt nemen nam genomen houd houdt houden hield sta staat staan stond lig ligt liggen lag zit zitten zat
  voel voelt voelen voelde gevoeld spreek spreekt spreken sprak gesproken woon woont wonen woonde leeft leefde loopt liep
  lukt lukken lukte gelukt probeert proberen probeerde geprobeerd durft durven durfde denkt denken dacht gedacht
  vraagt vroeg gevraagd vragen vraag zoek zoekt zoeken zocht gezocht hoopt hopen vertelt vertellen vertelde verteld merkt merken
  kijkt kijken blijft blijven bleef gebleven raakt raken raakte geraakt heet noemt noemen begint beginnen begon
  gebruikt gebruiken werkt werkte kent kennen kende wacht wachten wachtte aangeeft aangegeven benoemt benoemd
  lijkt lijken leek speelt spelen ervaart ervaren dreigt dreigen
  niet geen nooit altijd wel ook nog al weer even eens nu toen straks later eerder laatst meteen direct steeds
  vaak soms zelden zeer erg heel best zo zoals eigenlijk gewoon vooral ongeveer inmiddels nauwelijks bijna
  helemaal hele geheel echt zeker graag liever misschien mogelijk waarschijnlijk vrijwel ja nee oke
  veel weinig meer minder meest beetje paar enkele aantal twee drie vier vijf zes eerste tweede derde
  goed beter slechter groot grote klein kleine lang lange kort korte nieuw nieuwe oud oude moeilijk lastig zwaar
  makkelijk belangrijk duidelijk prima fijn leuk zelf eigen verder net reeds
  dag dagen week weken maand maanden jaar jaren tijd tijden moment momenten uur uren keer keren morgen vandaag
  gisteren ochtend middag maandag dinsdag woensdag donderdag vrijdag zaterdag zondag periode
  mevrouw meneer mevr mw dhr hr client cliente clienten betrokkene klant situatie gesprek gesprekken nodig
  problemen probleem punt punten kwestie manier sprake aangaande betreft been toe open vast vaste weg`.split(/\s+/),
);

/**
 * Words of the field that nearly every offer carries: "vrijwilliger", "hulp", "zorg". A query of
 * only such words is still answered by them ("vrijwilliger" finds offers named after one); next to
 * a word that says what the help is for, they are left out so that word decides the order.
 */
const GENERIC_WORDS = new Set(
  `vrijwilliger vrijwilligers vrijwillige vrijwillig vrijwilligster volunteer volunteers
  hulp help helpen helpt hielp geholpen helper helpers hulpverlening hulpverlener hulpverleners
  steun steunen ondersteuning ondersteunen support zorg zorgen zorgt care samen mensen mens persoon personen
  begeleiding begeleiden begeleider begeleiders
  aanbod`.split(/\s+/),
);

/**
 * Words that end compounds of the field without saying what they are about: in
 * "schuldenproblematiek", "opvoedondersteuning" or "boodschappenhulp" the first part carries.
 */
const WEAK_PARTS = new Set(
  `problematiek problemen probleem ondersteuning hulp hulpverlening begeleiding steun zorg vragen vraag
  project traject dienst dienstverlening aanbod`.split(/\s+/),
);

/** A word that, as the end of a compound, says little ("problematiek", "ondersteuning"). */
export function isWeakPart(word: string): boolean {
  return WEAK_PARTS.has(foldWord(word));
}

/** A word that carries no meaning of its own in a query or an offer. */
export function isFillerWord(word: string): boolean {
  return FILLER_WORDS.has(foldWord(word));
}

/** A word of the field that nearly every offer carries ("vrijwilliger", "hulp"). */
export function isGenericWord(word: string): boolean {
  return GENERIC_WORDS.has(foldWord(word));
}

/** Lower case, no accents: "Financiën" and "financien" are one word. */
export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The form words are compared in: folded, and "ij" as "y" as the index writes it. */
export function compareForm(word: string): string {
  return foldWord(word).replace(/ij/g, 'y');
}

/**
 * The index's term for a word: folded, filler words dropped, Dutch snowball stem, and "ij"
 * written as "y", since people type "respyt" for "respijt" as often as not. Generic words are
 * indexed: a query of only generic words is answered by them.
 */
export function indexTerm(word: string): string | null {
  const known = TERMS.get(word);
  if (known !== undefined) return known;
  const folded = foldWord(word);
  const term = folded.length < 2 || FILLER_WORDS.has(folded) ? null : (STEM_EXCEPTIONS.get(folded) ?? stemmer(folded)).replace(/ij/g, 'y');
  // A kaart repeats its words thousands of times; the stemmer is what building its index costs.
  if (TERMS.size >= MAX_REMEMBERED_TERMS) TERMS.clear();
  TERMS.set(word, term);
  return term;
}

/** Index terms of words already seen; bounded, since query words arrive without end. */
const TERMS = new Map<string, string | null>();
const MAX_REMEMBERED_TERMS = 200_000;

/**
 * Words the stemmer would merge with a word of another meaning: "ouderen" (older people) and
 * "ouders" (parents) both become "ouder".
 */
const STEM_EXCEPTIONS = new Map([
  ['ouderen', 'oudere'],
  ['oudere', 'oudere'],
]);

/** Splits text into words: letters and digits, so "mantelzorg/respijt" gives two words. */
export function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

