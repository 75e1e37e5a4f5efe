import type { LabelledValue } from './labelled-values';

/*
 * The colleague at the keyboard and the professionals around a case: their names are no facts
 * about the client.
 */

/** "Ingelogd als", "Gebruiker": the colleague at the keyboard, not the client. */
export const LOGIN_LABEL = /^(?:ingelogd|aangemeld als|gebruiker|medewerker|uitloggen|afmelden)\b/;

/** The professionals around a case, as labels name them ("Naam medewerker", "Huisarts", "Opgesteld door"). */
export const PROFESSIONAL_WORDS =
  'medewerker|collega|consulent|coach|wijkcoach|regisseur|casusregisseur|regievoerder|hulpverlener|behandelaar|begeleider|mentor|bewindvoerder|voogd|gezinsvoogd|huisarts|verwijzer|melder|contactpersoon|opgesteld door|genoteerd door|auteur';
export const PROFESSIONAL_ROLE = new RegExp(`\\b(?:${PROFESSIONAL_WORDS})\\b`);

/** Per collected map, the elements that hold a professional's name (see isProfessionalsName). */
const PROFESSIONALS = new WeakMap<Map<string, LabelledValue>, Set<Element>>();

/** Remember, with a collected map, which elements held a professional's name. */
export function rememberProfessionals(values: Map<string, LabelledValue>, elements: Set<Element>): void {
  PROFESSIONALS.set(values, elements);
}

/** The elements of a page whose text is a professional's name: left out wherever the client's facts are looked for. */
export function professionalNames(values: Map<string, LabelledValue>): ReadonlySet<Element> {
  return PROFESSIONALS.get(values) ?? new Set();
}

/**
 * "Naam medewerker: Mevr. K. Collega", "Casusregisseur: J. Oefenaar": a professional's name is no
 * fact about the client, and its salutation must not be counted as the client's.
 */
export function isProfessionalsName(label: string, value: string): boolean {
  if (!PROFESSIONAL_ROLE.test(label)) return false;
  const words = value.trim().split(/\s+/);
  return words.length <= 6 && /(?:^|\s)\p{Lu}\.|\b(?:mevr|mw|dhr|mevrouw|meneer)\b/iu.test(value);
}
