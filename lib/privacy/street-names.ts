/*
 * Street names without a house number ("woont aan de Kerkstraat"), for the personal-data guard
 * (personal-data.ts). A street is a capitalised name joined to a street ending ("Kerkstraat",
 * "Amsterdamsestraatweg"), a titled or multi-word name ending so ("Burgemeester de Withstraat",
 * "de Nieuwe Gracht") or "Laan van …"; the ordinary word is not ("de weg kwijt", "op de markt",
 * "wandelen in het park"), and neither is a common compound ("Supermarkt", "Onderweg").
 *
 * Wijk and town names share some endings ("Tolsteeg", "de Reeshof", "Oosterpark", "Zaandam"), and
 * a wijk is allowed (it is not an address). So the endings that also name parks, courts and places
 * count only where a street is meant ("aan het Wilhelminapark", "woont op de Testerhof"), and any
 * name right after "in", "naar" or "wijk" without an article is a place ("in Tolsteeg"), as is the
 * name the wijk field starts with. A wijk that is named like a street in the task text ("de
 * Nieuwmarkt", "het Zuidplein") is still refused: the professional can write "wijk Nieuwmarkt".
 */

/** Endings that make a capitalised name a street wherever it stands. */
const STREET_ENDINGS = ['straat', 'laan', 'weg', 'gracht', 'kade', 'singel', 'dreef', 'dijk', 'plein', 'markt', 'pad'];
/** Endings that name parks, courts, wijken and towns as often as streets: a street only after "aan". */
const PLACE_ENDINGS = ['hof', 'park', 'steeg', 'baan', 'akker', 'ring', 'erf', 'veld', 'wal', 'burg', 'haven', 'dam', 'plantsoen'];

/** Ordinary compounds with a street ending, capitalised at the start of a sentence or in a title. */
const COMMON_WORDS = new Set(
  [
    ...['supermarkt', 'arbeidsmarkt', 'woningmarkt', 'huizenmarkt', 'weekmarkt', 'jaarmarkt', 'kerstmarkt', 'rommelmarkt'],
    ...['vlooienmarkt', 'boerenmarkt', 'boekenmarkt', 'zaterdagmarkt', 'vrijmarkt', 'warenmarkt'],
    ...['onderweg', 'omweg', 'uitweg', 'overweg', 'snelweg', 'zijweg', 'rijweg', 'fietsweg', 'wandelweg', 'halfweg'],
    ...['toegangsweg', 'levensweg', 'autoweg', 'spoorweg', 'waterweg', 'zijstraat', 'winkelstraat', 'woonstraat'],
    ...['eenrichtingsstraat', 'oprijlaan', 'schoolplein', 'speelplein', 'fietspad', 'wandelpad', 'voetpad', 'jaagpad'],
    ...['tuinpad', 'zandpad', 'looppad', 'pieterpad', 'stadsgracht', 'slotgracht', 'aanlegkade'],
    // the verb slaan: "Opslaan", "Overslaan"
    ...['op', 'over', 'af', 'aan', 'om', 'door', 'uit', 'in', 'toe', 'neer', 'terug', 'dicht', 'vast', 'los'].map((p) => `${p}slaan`),
  ],
);

const ENDING = `(?:${[...STREET_ENDINGS, ...PLACE_ENDINGS].join('|')})`;
const WORD_END = String.raw`(?![\p{L}\d'-])`;
const PARTICLE = String.raw`(?:van|de|der|den|het|'t|ter|ten|la|le)`;
// Titles and adjectives that open a multi-word street name: "Burgemeester de With…", "Nieuwe …".
const OPENER = String.raw`(?:Burgemeester|Burg\.|Dokter|Dr\.|Generaal|Graaf|Gravin|Hertog|Jonkheer|Koning|Koningin|Prins|Prinses|Professor|Prof\.|Pastoor|Pater|Sint|St\.|Van|\p{Lu}\p{Ll}{2,}e)`;
const OPENED = String.raw`${OPENER}\s+(?:(?:\p{Lu}[\p{L}'-]*|${PARTICLE})\s+)*`;
const CAPITALISED_ENDING = `(?:${[...STREET_ENDINGS, ...PLACE_ENDINGS].map((e) => e[0]!.toUpperCase() + e.slice(1)).join('|')})`;

const STREET = new RegExp(
  [
    // Laan van Nieuw Oost-Indië, Laan der Verenigde Naties
    String.raw`(?<![\p{L}\d'-])Laan\s+(?:${PARTICLE}\s+)+\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)*`,
    // Nieuwe Gracht, Grote Markt
    String.raw`(?<![\p{L}\d'-])\p{Lu}\p{Ll}{2,}e\s+${CAPITALISED_ENDING}${WORD_END}`,
    // Kerkstraat, Burgemeester de Withstraat, Van Asch van Wijckstraat, Vaartsche Rijnkade
    String.raw`(?<![\p{L}\d'-])(?:${OPENED})?\p{Lu}[\p{L}'-]+?${ENDING}${WORD_END}`,
  ].join('|'),
  'gu',
);

// Typed in lower case, a street is told only by where someone lives: "woont aan de kerkstraat".
const LIVES = String.raw`\b(?:woont|wonen|woonachtig|wonend|verhuisd|verhuist)\b[^.!?]{0,20}?\b`;
const RESIDENCE = String.raw`${LIVES}(?:aan|op|in)\s+(?:de|het|'t)\s+`;
const LOWER_CASE_STREET = new RegExp(String.raw`(?<=${RESIDENCE})\p{Ll}[\p{L}'-]{2,}?(?:${STREET_ENDINGS.join('|')})${WORD_END}`, 'giu');

const PLACE_BEFORE = /\b(?:in|uit|naar|rond|wijk|buurt|stadsdeel|dorp|gemeente|woonplaats)\s+$/i;
// Where a park, court or wijk ending names a street: "aan het Wilhelminapark", "woont op de Testerhof".
const STREET_BEFORE = new RegExp(String.raw`(?:\baan|${LIVES}op)\s+(?:de|het|'t)\s+$`, 'i');

export interface StreetName {
  match: string;
  index: number;
}

export interface StreetOptions {
  /** The text is a place name (the wijk field): the name it starts with is the place. */
  place?: boolean;
}

/** The word that carries the ending: the last, or "Laan" in "Laan van …". */
function endingWord(match: string): string {
  return match.startsWith('Laan') ? 'laan' : (match.split(/\s+/).at(-1) ?? '').toLowerCase();
}

function isStreet(match: string, before: string, options: StreetOptions): boolean {
  const word = endingWord(match);
  if (COMMON_WORDS.has(word)) return false;
  if (PLACE_BEFORE.test(before) || (options.place && before.trim() === '')) return false;
  return STREET_ENDINGS.some((e) => word.endsWith(e)) || STREET_BEFORE.test(before);
}

/** Every street name in `text`, in the order found (capitalised names first, then residence cues). */
export function findStreetNames(text: string, options: StreetOptions = {}): StreetName[] {
  const found: StreetName[] = [];
  for (const m of text.matchAll(STREET)) {
    const index = m.index ?? 0;
    if (isStreet(m[0], text.slice(0, index), options)) found.push({ match: m[0], index });
  }
  for (const m of text.matchAll(LOWER_CASE_STREET)) {
    // The flag i is for "Woont"; a capitalised name was judged above.
    if (/^\p{Ll}/u.test(m[0]) && !COMMON_WORDS.has(m[0])) found.push({ match: m[0], index: m.index ?? 0 });
  }
  return found;
}
