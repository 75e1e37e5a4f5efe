import { normaliseLabel } from './label-text';

/*
 * The client's gender, for offers that are only for women or men. A "Geslacht" field says it
 * outright; otherwise the way the note addresses the client does ("Mevrouw", "Dhr."). Only a clear
 * majority counts: a note that speaks of "mevrouw" and of "meneer" alike tells nothing.
 */

export type ClientGender = 'female' | 'male';

export function genderFromField(text: string): ClientGender | undefined {
  const t = normaliseLabel(text);
  if (/^(v|vrouw|vrouwelijk|female|f|mevrouw|mw|mevr|meisje|woman|girl)\b/.test(t)) return 'female';
  if (/^(m|man|mannelijk|male|meneer|dhr|de heer|jongen|boy)\b/.test(t)) return 'male';
  return undefined;
}

const FEMALE = /\b(mevrouw|mevr|mw|cliente|clienta)\b/g;
const MALE = /\b(meneer|dhr|de heer|mr)\b/g;

export function genderFromSalutations(text: string): ClientGender | undefined {
  const t = normaliseLabel(text.slice(0, 20_000));
  const female = t.match(FEMALE)?.length ?? 0;
  const male = t.match(MALE)?.length ?? 0;
  if (female > 2 * male && female > 0) return 'female';
  if (male > 2 * female && male > 0) return 'male';
  return undefined;
}
