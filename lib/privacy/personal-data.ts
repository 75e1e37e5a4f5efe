import { findStreetNames } from './street-names';

/*
 * A last line of defence for free text that leaves the browser: the server holds no client data
 * (domain.md, Privacy), so text that looks like a BSN, an e-mail address, a phone number, an
 * address, a street name or postcode alone (street-names.ts) or a date of birth is refused rather than stored. Patterns are Dutch and tuned towards
 * precision on ordinary sentences ("Ze wil 2 keer per week wandelen" passes): the guard has to be
 * something people keep switching on, so it explains what it found instead of guessing silently.
 */

export type PersonalDataKind = 'bsn' | 'email' | 'phone' | 'postcode_house_number' | 'street' | 'postcode' | 'date_of_birth' | 'name';

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  match: string;
}

export interface FindOptions {
  /** Dates are judged relative to this moment (see `looksLikeBirthDate`). */
  now?: Date;
  /** The text is a place name (the wijk field): the name it starts with is the place, not a street. */
  place?: boolean;
}

/** Dutch phrases for the refusal message ("bevat wat lijkt op een BSN"). */
export const PERSONAL_DATA_LABELS_NL: Record<PersonalDataKind, string> = {
  bsn: 'een BSN',
  email: 'een e-mailadres',
  phone: 'een telefoonnummer',
  postcode_house_number: 'een adres (postcode of straat met huisnummer)',
  street: 'een straatnaam',
  postcode: 'een postcode',
  date_of_birth: 'een geboortedatum',
  name: 'een naam (aanhef of voorletters met achternaam)',
};

/** English phrases for the server's refusal ("looks like it holds a street name"). */
export const PERSONAL_DATA_LABELS_EN: Record<PersonalDataKind, string> = {
  bsn: 'a BSN',
  email: 'an e-mail address',
  phone: 'a phone number',
  postcode_house_number: 'an address (postcode or street with house number)',
  street: 'a street name',
  postcode: 'a postcode',
  date_of_birth: 'a birth date',
  name: 'a name (form of address or initials with surname)',
};

/** What to remove, where one word says it better than "persoonsgegevens" ("haal de straatnaam weg"). */
const REMOVE_NL: Partial<Record<PersonalDataKind, string>> = { street: 'de straatnaam', postcode: 'de postcode' };

/** The elfproef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 must be a multiple of 11 (and not all zeros). */
export function isValidBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

// 9 digits, optionally written as 1234.56.782 or 1234 56 782; never part of a longer number.
const BSN = /(?<![\d.-])(\d{4}[. ]?\d{2}[. ]?\d{3})(?![\d-]|\.\d)/g;

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

// A Dutch number is 0 (or +31 / 0031, optionally with "(0)") followed by nine digits, the first
// not a zero: 06-12345678, 06 12 34 56 78, +31 6 12345678, 010-1234567, (0481) 123456.
const PHONE =
  /(?<![\w+])(?:\+31[\s.-]?(?:\(0\)[\s.-]?)?|0031[\s.-]?|\(0|0)[1-9](?:[\s.)-]{0,2}\d){8}(?!\d)/g;

// Postcodes are "1234 AB" (capitals) or "1234ab" written together; "2024 en" is a year and a word.
const POSTCODE = String.raw`[1-9]\d{3}(?:\s?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss)[a-z]{2})`;
const HOUSE_NUMBER = String.raw`\d{1,5}(?:\s?[a-zA-Z](?![a-zA-Z]))?(?:-\d{1,4})?`;
// A postcode alone; "1000mg" and "1200km" are amounts, "2024 EU-subsidie" a year and a word.
const POSTCODE_ALONE = new RegExp(
  String.raw`\b[1-9]\d{3}(?:\s?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss|mg|ml|kg|km|cm|mm|gr|kb|mb|gb|pm|am)[a-z]{2})(?![\p{L}\d-])`,
  'gu',
);
const STREET_SUFFIX =
  'straat|laan|weg|plein|singel|gracht|kade|dijk|hof|park|pad|steeg|dreef|ring|baan|markt|plantsoen|erf|veld|wal|burg|haven|dam|akker';
const ADDRESS = new RegExp(
  [
    // 4813 BK 12
    String.raw`\b${POSTCODE}[\s,]+${HOUSE_NUMBER}\b`,
    // 12, 4813 BK (number right before the postcode, as in "Dorpsstraat 12, 4813BK")
    String.raw`\b[A-Za-zÀ-ÿ.'-]+\s+${HOUSE_NUMBER},?\s+${POSTCODE}\b`,
    // Dorpsstraat 12, Laan van Nieuw Oost-Indië 8a
    String.raw`\b[A-Z][A-Za-zÀ-ÿ'-]*(?:${STREET_SUFFIX})\s+${HOUSE_NUMBER}\b`,
  ].join('|'),
  'g',
);

// A name as notes write one: a form of address or initials before a capitalised surname
// ("mevrouw Jansen", "Dhr. B. de Vries", "T. Voorbeeld-Jansen"). A bare surname is not told from
// an ordinary word, so this catches the usual ways and says so, rather than guessing at every word.
const PREFIX = String.raw`(?:(?:van|de|der|den|ten|ter)\s+)*`;
const NAME = new RegExp(
  [
    String.raw`\b(?:[Mm]evrouw|[Mm]eneer|[Mm]evr|[Mm]w|[Dd]hr|[Dd]e heer|[Hh]r|Mr|Mrs|Ms)\.?\s+(?:[A-Z]\.\s*)*${PREFIX}[A-Z][a-zà-ÿ]+`,
    String.raw`\b(?:[A-Z]\.\s*){1,3}${PREFIX}[A-Z][a-zà-ÿ]{2,}`,
  ].join('|'),
  'g',
);

const MONTHS_NL =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';
const DAY = String.raw`(0?[1-9]|[12]\d|3[01])`;
const DATE_NUMERIC = new RegExp(String.raw`(?<![\d-])${DAY}([-/.])(0?[1-9]|1[0-2])\2(\d{4}|\d{2})(?![\d-])`, 'g');
const DATE_WORDS = new RegExp(String.raw`\b${DAY}\s+(${MONTHS_NL})\.?\s+(\d{4}|'\d{2})\b`, 'gi');
const DATE_ISO = /\b(19\d{2}|20\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/g;
const BIRTH_CUE = /(geboren|geb\.|geboortedatum|geboortejaar|dob|born)\s*(op|:)?\s*$/i;

function fullYear(text: string, now: Date): number {
  const digits = text.replace(/\D/g, '');
  if (digits.length === 4) return Number(digits);
  const yy = Number(digits);
  const century = now.getUTCFullYear() % 100;
  return yy > century ? 1900 + yy : 2000 + yy;
}

/**
 * A full date is treated as a date of birth when it says so ("geboren 3 mei 2019") or lies two or
 * more years back: plans and recent events in a note ("start 12-03-2026") stay allowed.
 */
function looksLikeBirthDate(year: number, before: string, now: Date): boolean {
  return BIRTH_CUE.test(before.slice(-30)) || year <= now.getUTCFullYear() - 2;
}

/** Every stretch of `text` that looks like personal data, in the order it appears. */
export function findPersonalData(text: string, options: FindOptions = {}): PersonalDataFinding[] {
  const now = options.now ?? new Date();
  const found: Array<PersonalDataFinding & { index: number }> = [];
  const add = (kind: PersonalDataKind, m: RegExpMatchArray) => found.push({ kind, match: m[0], index: m.index ?? 0 });

  for (const m of text.matchAll(EMAIL)) add('email', m);
  // E-mail addresses can hold digits; blank them so they are not also read as numbers.
  const rest = text.replace(EMAIL, (s) => ' '.repeat(s.length));

  for (const m of rest.matchAll(BSN)) if (isValidBsn(m[0].replace(/\D/g, ''))) add('bsn', m);
  for (const m of rest.matchAll(PHONE)) add('phone', m);
  // A street or postcode inside an address or a name found first ("B. Langendijk") is not a second finding.
  const taken: Array<[number, number]> = [];
  for (const [kind, pattern] of [['postcode_house_number', ADDRESS], ['name', NAME]] as const) {
    for (const m of rest.matchAll(pattern)) {
      add(kind, m);
      taken.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
    }
  }
  const isTaken = (index: number, length: number) => taken.some(([from, to]) => index < to && index + length > from);
  for (const m of rest.matchAll(POSTCODE_ALONE)) if (!isTaken(m.index ?? 0, m[0].length)) add('postcode', m);
  for (const street of findStreetNames(rest, { place: options.place })) {
    if (!isTaken(street.index, street.match.length)) found.push({ kind: 'street', ...street });
  }
  for (const m of rest.matchAll(DATE_NUMERIC)) {
    if (looksLikeBirthDate(fullYear(m[4] ?? '', now), rest.slice(0, m.index), now)) add('date_of_birth', m);
  }
  for (const m of rest.matchAll(DATE_WORDS)) {
    if (looksLikeBirthDate(fullYear(m[3] ?? '', now), rest.slice(0, m.index), now)) add('date_of_birth', m);
  }
  for (const m of rest.matchAll(DATE_ISO)) {
    if (looksLikeBirthDate(Number(m[1]), rest.slice(0, m.index), now)) add('date_of_birth', m);
  }
  return found.sort((a, b) => a.index - b.index).map(({ kind, match }) => ({ kind, match }));
}

function listNl(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} en ${items.at(-1)}` : (items[0] ?? '');
}

/**
 * "bevat wat lijkt op een BSN; haal persoonsgegevens weg", naming each kind found once, and what to
 * remove in one word where there is one ("haal de straatnaam weg").
 */
export function personalDataMessage(findings: readonly PersonalDataFinding[]): string {
  const kinds = [...new Set(findings.map((f) => f.kind))];
  const remove = kinds.length && kinds.every((k) => REMOVE_NL[k]) ? listNl(kinds.map((k) => REMOVE_NL[k]!)) : 'persoonsgegevens';
  return `bevat wat lijkt op ${listNl(kinds.map((k) => PERSONAL_DATA_LABELS_NL[k])) || 'persoonsgegevens'}; haal ${remove} weg`;
}
