import { amsterdamWallTime } from '../calendar/amsterdam-day';

/*
 * Each fact has its own shape, and a value is read only when it has that shape: a case key holds
 * a digit, an age is a number a person can be, a wijk is a name. What stands after a label in
 * running text ("Cliëntnr. 448120 · Dhr. R. Proef") is cut to the part that has the shape, and a
 * label whose text holds none ("Dossier mevrouw A. Voorbeeld") gives nothing.
 */

/**
 * The case system's id at the start of a text: one to three tokens of capitals and digits, at
 * least one digit ("448120", "WT-2026-0902", "R 2026 3341", "MZ/2026/0093"). Stops at the first
 * word ("Dhr.", "mevrouw"), separator or bracket. A date is not a case key.
 */
export function caseKeyFromText(text: string): string | undefined {
  const tokens: string[] = [];
  for (const raw of text.trim().split(/\s+/).slice(0, 4)) {
    const token = raw.replace(/[,;:.)\]}]+$/, '');
    if (!/^[\p{L}\p{N}#][\p{L}\p{N}/._#-]*$/u.test(token)) break;
    // A word, not a code: lower-case letters and no digit ("Dhr", "mevrouw"), or a long capital word.
    if (!/\d/.test(token) && (/\p{Ll}/u.test(token) || token.length > 4)) break;
    tokens.push(token);
    if (token !== raw) break;
  }
  // Trailing letters without digits belong to the next phrase ("2026-0412 ZRM").
  while (tokens.length > 1 && !/\d/.test(tokens[tokens.length - 1]!)) tokens.pop();
  const key = tokens.join(' ');
  if (!/\d/.test(key) || key.length < 2 || key.length > 40) return undefined;
  if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/.test(key) || /^\d{4}-\d{2}-\d{2}$/.test(key)) return undefined;
  return key;
}

/** "74 jaar", "45 jr", "36": the first number a person's age can be. */
export function ageFromText(text: string): number | undefined {
  const m = /(?:^|\D)(\d{1,3})(?![\d.,-]\d)(?!\d)/.exec(text);
  const n = m ? Number(m[1]) : NaN;
  return n >= 0 && n <= 120 ? n : undefined;
}

/** "12-03-1946", "1946", "geboren 3 maart 1946" → 1946. */
export function yearFromText(text: string): number | undefined {
  const m = /(?:^|\D)(19\d{2}|20\d{2})(?!\d)/.exec(text);
  return m ? Number(m[1]) : undefined;
}

const MONTHS = ['jan', 'feb', 'maa', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const MONTH_NAME = /(?:^|[^\p{L}\d])(\d{1,2})\s+(jan(?:uari)?|feb(?:ruari)?|maa(?:rt)?|mrt|apr(?:il)?|mei|jun(?:i)?|jul(?:i)?|aug(?:ustus)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(19\d{2}|20\d{2})(?!\d)/iu;

/** A day-month-year date as case systems write it: "12-03-1946", "1/3/1946", "12.03.1946". One definition for every reader below. */
const DMY = String.raw`(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d{2})`;
const DMY_IN_TEXT = new RegExp(String.raw`(?:^|\D)${DMY}(?!\d)`);
const DMY_ALONE = new RegExp(`^${DMY}$`);
const DMY_FIRST = new RegExp(`^${DMY}`);

/** A birth date as [year, month, day]: "12-03-1946", "1946-03-12", "12 maart 1946". */
function birthDate(text: string): [number, number, number] | undefined {
  const dmy = DMY_IN_TEXT.exec(text);
  if (dmy) return [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])];
  const ymd = /(?:^|\D)(19\d{2}|20\d{2})-(\d{2})-(\d{2})(?!\d)/.exec(text);
  if (ymd) return [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
  const named = MONTH_NAME.exec(text);
  if (named) {
    const month = named[2]!.toLowerCase() === 'mrt' ? 3 : MONTHS.indexOf(named[2]!.toLowerCase().slice(0, 3)) + 1;
    return [Number(named[3]), month, Number(named[1])];
  }
  return undefined;
}

/** Age on `now` from a birth date ("12-03-1946", "1946-03-12", "12 maart 1946") or, when only the year is given, the years between. */
export function ageFromBirth(text: string, now: Date): number | undefined {
  const date = birthDate(text);
  if (date) {
    const [year, month, day] = date;
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      const [y, m, d] = amsterdamDate(now);
      return y - year - (m < month || (m === month && d < day) ? 1 : 0);
    }
  }
  const only = yearFromText(text);
  return only !== undefined ? amsterdamDate(now)[0] - only : undefined;
}

/**
 * A birth date or year right at the start of a text that followed "geb." or "geboren" in running
 * text: "14-02-1997, woont …", "op 3 maart 1946", "in 1985". "geboren in Syrië en sinds 2015 hier" has none.
 */
export function ageFromBirthAtStart(text: string, now: Date): number | undefined {
  const head = text.replace(/^(?:op|in|:)\s+/i, '').slice(0, 24);
  if (!DMY_FIRST.test(head) && !/^(?:(?:19|20)\d{2}(?!\d)|\d{1,2}\s+\p{L}{3})/u.test(head)) return undefined;
  return ageFromBirth(head, now);
}

function amsterdamDate(now: Date): [number, number, number] {
  const { year, month, day } = amsterdamWallTime(now);
  return [year, month, day];
}

type Gender = 'female' | 'male';

const FEMALE_WORD = /^(?:mevrouw|mevr|mw|cliente|clienta|vrouw|dame|weduwe|moeder|mrs|ms|miss)$/i;
const MALE_WORD = /^(?:meneer|dhr|de heer|heer|man|weduwnaar|vader|mr)$/i;
const genderOf = (word: string | undefined): Gender | undefined =>
  word === undefined ? undefined : FEMALE_WORD.test(word) ? 'female' : MALE_WORD.test(word) ? 'male' : undefined;

/** Each letter in either case: the names after a salutation are matched case-sensitively (the `i` flag would let \\p{Lu} match "en zoon"). */
const anyCase = (words: string) => words.replace(/\p{L}/gu, (ch) => (ch.toLowerCase() === ch.toUpperCase() ? ch : `[${ch.toLowerCase()}${ch.toUpperCase()}]`));
const SALUTATION = `(${anyCase('mevrouw|mevr|mw|meneer|dhr|de heer|cliënte|cliente|clienta|cliënt|client|mrs|mr|ms')})`;
/**
 * A name after a salutation: initials, a call name in brackets, given names and a surname with its
 * particles: "A. ", "J.P. ", "S. (Sandra) de Wit", "Gerrit Bosman", "Van Leeuwen", "van der Berg".
 */
const NAME = "(?:\\s*\\p{Lu}\\.)*(?:\\s*\\(\\p{Lu}[\\p{L}'’-]+\\))?(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}(?:\\s+(?:van|de|der|den|ter|ten|el|al|op|'t)){0,3}(?:\\s+\\p{Lu}[\\p{L}'’-]+)?";
/** How a note names the client without a salutation: "Cliënt: …", "clt.: …", "Jongere: …", "Hoofdpersoon: …". */
const CLIENT_LABEL = `(?:${anyCase('cliënte?|cliente?|clienta|clt|jongere|betrokkene|hoofdpersoon(?: van dit plan)?')})\\.?\\s*:\\s*`;
/** Family members: "haar 80-jarige moeder" is not the client. */
const FAMILY = /^(?:moeder|vader|zoon|dochter|broer|zus|zuster|partner|echtgeno\p{L}*|man|vrouw|kind|kleinzoon|kleindochter|buurman|buurvrouw|schoon\p{L}*)$/iu;

const PROSE_AGES: { re: RegExp; gender: (m: RegExpExecArray) => Gender | undefined; age: (m: RegExpExecArray) => string }[] = [
  // "Mevrouw A. Testhoeve (79)", "Meneer (84) woont alleen", "Dhr. P. Proef (58 jaar)"
  { re: new RegExp(`(?:^|[^\\p{L}])${SALUTATION}\\.?${NAME}\\s*\\((\\d{1,3})(?:\\s*(?:jaar|jr)\\.?)?\\)`, 'gu'), gender: (m) => genderOf(m[1]), age: (m) => m[2]! },
  // "Dhr. F. Proef, 51 jaar, …"
  { re: new RegExp(`(?:^|[^\\p{L}])${SALUTATION}\\.?${NAME},\\s*(\\d{1,3})\\s*(?:jaar|jr)\\b`, 'gu'), gender: (m) => genderOf(m[1]), age: (m) => m[2]! },
  // "mevrouw is 84 jaar", "Mevrouw Verschuren is 84 jaar", "meneer wordt 67 jaar"
  { re: new RegExp(`(?:^|[^\\p{L}])${SALUTATION}\\.?${NAME}\\s+(?:is|wordt|werd)\\s+(\\d{1,3})\\s+jaar\\b`, 'gu'), gender: (m) => genderOf(m[1]), age: (m) => m[2]! },
  // "clt.: Tim Smits, 19 jr", "Jongere: Lotte de Graaf, 17 jaar", "Hoofdpersoon van dit plan: Noor Janssen (13)"
  { re: new RegExp(`(?:^|[^\\p{L}])${CLIENT_LABEL}(?:${SALUTATION}\\.?)?${NAME}(?:,\\s*(\\d{1,3})\\s*(?:jaar|jr)\\b|\\s*\\((\\d{1,3})(?:\\s*(?:jaar|jr)\\.?)?\\))`, 'gu'), gender: (m) => genderOf(m[1]), age: (m) => m[2] ?? m[3]! },
];
/** "een 67-jarige man", "Een 84-jarige weduwe": the client introduced by age, not "haar 80-jarige moeder". */
const JARIGE = /(?:^|[^\p{L}])een\s+(\d{1,3})[- ]jarige\s+(\p{L}+)/giu;

/**
 * An age in the prose of a note. A salutation tells whose age it is: when the client's gender is
 * known, "Meneer (78)" in the note of a woman caring for her husband is his age, not hers.
 */
export function ageFromProse(text: string, clientGender?: Gender): number | undefined {
  const t = text.slice(0, 100_000);
  const found: { index: number; age: number; gender?: Gender }[] = [];
  for (const { re, gender, age } of PROSE_AGES) {
    re.lastIndex = 0;
    for (let m = re.exec(t), n = 0; m && n < 50; m = re.exec(t), n++) found.push({ index: m.index, age: Number(age(m)), gender: gender(m) });
  }
  JARIGE.lastIndex = 0;
  for (let m = JARIGE.exec(t), n = 0; m && n < 50; m = JARIGE.exec(t), n++) {
    const word = m[2]!;
    if (FAMILY.test(word) && !/^(?:man|vrouw)$/i.test(word)) continue;
    found.push({ index: m.index, age: Number(m[1]), gender: genderOf(word) });
  }
  found.sort((a, b) => a.index - b.index);
  const fits = found.find((f) => f.age <= 120 && (!clientGender || !f.gender || f.gender === clientGender));
  return fits?.age;
}

/**
 * The client's header strip: name, then the age or the birth date as the next item, "Dhr. J.
 * Fictief · 35 jr · Dossier …", "Mw. S. Testkamp-de Vries · 15-03-1982 · …". Only a salutation
 * followed by the item right after it counts, so a date further along (an appointment) does not.
 */
const STRIP_ITEM = new RegExp(`(?:^|[^\\p{L}])${SALUTATION}\\.?\\s[^·|•\\n]{1,40}?\\s*[·|•]\\s*(?:geb\\.?\\s*)?([^·|•\\n]{1,24}?)\\s*(?=[·|•\\n]|$)`, 'giu');
export function ageFromStrip(text: string, now: Date, clientGender?: Gender): number | undefined {
  STRIP_ITEM.lastIndex = 0;
  const t = text.slice(0, 100_000);
  for (let m = STRIP_ITEM.exec(t), n = 0; m && n < 20; m = STRIP_ITEM.exec(t), n++) {
    if (clientGender && genderOf(m[1]!) && genderOf(m[1]!) !== clientGender) continue;
    const item = m[2]!.trim();
    const years = /^(\d{1,3})\s*(?:jaar|jr)\.?$/i.exec(item);
    if (years) return Number(years[1]);
    if (DMY_ALONE.test(item)) return ageFromBirth(item, now);
  }
  return undefined;
}

/** Two-letter Dutch words that follow a number in a sentence; written in lower case they are no postcode's letters. */
const COMMON_TWO_LETTER = /^(?:en|de|in|op|te|om|of|al|na|is|er|ze|we|je|of|uw|nu|zo|ja)$/;

/**
 * The four digits of a Dutch postcode in a value: "4821 KL Demostad" → "4821", "Postcode 4825 (West)"
 * → "4825". A full postcode wins over four bare digits; digits that are part of a date are not one.
 */
export function postcode4FromText(text: string): string | undefined {
  const full = /(?:^|[^\p{L}\d])([1-9]\d{3}) ?([A-Za-z]{2})(?![\p{L}\d])/u.exec(text);
  // "sinds 2025 en …": a year before a two-letter word is no postcode.
  if (full && !/^(?:sa|sd|ss)$/i.test(full[2]!) && !(/^[a-z]{2}$/.test(full[2]!) && COMMON_TWO_LETTER.test(full[2]!))) return full[1];
  const bare = /(?:^|[^\d\-/.])([1-9]\d{3})(?![\d]|[-/.]\d)/.exec(text);
  return bare?.[1];
}

/** A full postcode in running text, strict: four digits, two capitals, then a place, a comma or a bracket. */
export function postcode4FromProse(text: string): string | undefined {
  const m = /(?:^|[^\p{L}\d])([1-9]\d{3}) ?([A-Z]{2})(?=$|[\s,.;)(])/u.exec(text);
  return m && !/^(?:SA|SD|SS)$/.test(m[2]!) ? m[1] : undefined;
}

const WIJK_WORDS = /^\s*(?:(?:de\s+|het\s+|sociaal\s+)?(?:wijkteam|buurtteam|team|wijk|buurt|stadsdeel|kern|dorp|woonkern|gebied|werkgebied)\b[\s:]*)+/i;

/**
 * The name of a wijk in a field's value: "Zuid (postcode 4822)" → "Zuid", "wijk Oost" → "Oost",
 * "Hoogeloon. Haar man …" → "Hoogeloon". In running text (`strict`) only capitalised words count:
 * "in dezelfde wijk en …" holds no name.
 */
export function wijkFromValue(text: string, strict = false): string | undefined {
  let t = text.replace(WIJK_WORDS, '');
  // "Oost / 4816" under "Wijk / postcode": the wijk is the part before the slash.
  t = t.split(/\s*[(,;:·|•\n]|\s[-–—/]\s|[.!?](?:\s|$)/)[0]!.trim();
  if (strict) t = /^\p{Lu}[\p{L}'’]*(?:[ -]\p{Lu}[\p{L}'’]*){0,2}/u.exec(t)?.[0] ?? '';
  if (!t || /\d/.test(t) || t.length > 40 || t.split(/\s+/).length > 4 || !/^\p{L}/u.test(t)) return undefined;
  if (/^(?:onbekend|n\.?v\.?t|geen|nvt|kies|overig|anders)\b/i.test(t)) return undefined;
  // "… in het dorp. Dhr. kan …": a salutation or a function word starts a sentence, not a place.
  if (NOT_A_PLACE.test(t.split(/\s+/)[0]!) || /^(?:mevrouw|meneer|mevr|de|het|een|hij|zij|ze|wij|cliënt|client)$/i.test(t.split(/\s+/)[0]!)) return undefined;
  return t;
}

/**
 * A wijk written with the address: "4813 KL Demostad (Noord)", "Demostad, 4824 (Zuid)",
 * "Postcode: 4825 (West)", or right after the postcode with a comma: "4814 HG, Noord" (a place
 * follows a postcode without one).
 */
export function wijkFromAddress(text: string): string | undefined {
  const bracket = /(?:^|[^\d])[1-9]\d{3}(?: ?[A-Z]{2})?(?:,? \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)?,? \((\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)\)/u.exec(text);
  if (bracket) return bracket[1];
  const comma = /(?:^|[^\d])[1-9]\d{3} ?[A-Z]{2}, (\p{Lu}[\p{L}'’-]+)(?=$|[\s,.;)])/u.exec(text);
  return comma?.[1];
}

/** Capitalised words that stand before a number without being a place: "In 2014", "Sinds 2020", "Dhr. 4". */
const NOT_A_PLACE = /^(?:in|op|sinds|vanaf|tot|per|na|voor|rond|eind|begin|medio|half|dhr|mw|mevr|nr|tel|postbus|postcode|pc|huisnummer|nummer|kamer|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)$/i;
const PLACE = "(\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)?)";
/** A place and the four digits of its postcode: "Oost (4816)", "West, 4827", "Oost, postcode 4819", "Noord / 4815", "Centrum 4811". */
const PLACE_POSTCODE = [
  new RegExp(`(?:^|[^\\p{L}])${PLACE},? \\(([1-9]\\d{3})\\)`, 'u'),
  new RegExp(`(?:^|[^\\p{L}])${PLACE}(?:,? (?:postcode|pc):?|,| \\/) ([1-9]\\d{3})(?![\\d\\p{L}]|[-/.,]\\d)`, 'u'),
  // Without a comma only a number that cannot be a year: "Centrum 4811", not "Maart 2024".
  new RegExp(`(?:^|[^\\p{L}])${PLACE} ((?!19|20)[1-9]\\d{3})(?=$|[\\s,;)]|\\.(?:\\s|$))`, 'u'),
];

/**
 * A place named with the bare four digits of its postcode, as notes write where a client lives:
 * "woont alleen in Oost (4816)", "woont West, 4827", "Wijk / postcode: Oost / 4816". The name is
 * the wijk or village; "Demostad, 4824" names the town, which the area rules read as a place too.
 */
export function placeWithPostcode(text: string): { wijk: string; postcode4: string } | undefined {
  for (const re of PLACE_POSTCODE) {
    const m = re.exec(text);
    if (!m) continue;
    const words = m[1]!.split(' ');
    // "Oost Demostad (4816)" reads as "Oost"; a function word before the name is not part of it.
    const name = words.filter((w) => !NOT_A_PLACE.test(w)).join(' ');
    if (!name || NOT_A_PLACE.test(words[words.length - 1]!)) continue;
    return { wijk: name, postcode4: m[2]! };
  }
  return undefined;
}
