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

const FEMALE = /\b(mevrouw|mevr|mw|cliente|clienta|mrs)\b/g;
const MALE = /\b(meneer|dhr|de heer|mr)\b/g;
/**
 * "beller: moeder (mw. P. Smits)", "aanmelder: dhr. …": the salutation of whoever called or
 * referred, who is not the client. (A relative alone can be the client: "Mijn moeder, mw. Riet …".)
 */
const OTHERS_SALUTATION = /\b(?:beller|melder|aanmelder|verwijzer|contactpersoon)\s*:\s*(?:\p{L}+\s*)?[(,]?\s*(?:mevrouw|mevr|mw|meneer|dhr|de heer|mrs|mr)\b/gu;

/** A client label and what stands right after it: "clt. = dhr. zelf", "Cliënt: mw. …", "Jongere: Lotte de Graaf, 17 jaar, meisje", "Betreft: Mrs G. Okafor". */
const CLIENT_LINE = /(?:^|[^\p{L}])(?:cliente?|clienta|clt|jongere|betrokkene|hoofdpersoon|betreft|patient|patiente)\.?\s*[:=]\s*([^\n]{0,80})/gu;
const FEMALE_WORD = /^(?:mevrouw|mevr|mw|mrs)\b|\b(?:meisje|vrouw|girl|woman)\b/;
const MALE_WORD = /^(?:meneer|dhr|de heer|mr)\b|\b(?:jongen|jongeman|boy)\b/;

/**
 * The gender the note gives the client where it names the client: a salutation right after a
 * client label, or "meisje"/"jongen" in that line. Only when every such line agrees.
 */
export function genderAfterClientLabel(text: string): ClientGender | undefined {
  const t = normaliseLabel(text.slice(0, 20_000));
  const found = new Set<ClientGender>();
  CLIENT_LINE.lastIndex = 0;
  for (let m = CLIENT_LINE.exec(t), n = 0; m && n < 20; m = CLIENT_LINE.exec(t), n++) {
    const said = m[1]!.trim();
    const female = FEMALE_WORD.test(said);
    const male = MALE_WORD.test(said);
    if (female !== male) found.add(female ? 'female' : 'male');
  }
  return found.size === 1 ? [...found][0] : undefined;
}

export function genderFromSalutations(text: string): ClientGender | undefined {
  const t = normaliseLabel(text.slice(0, 20_000)).replace(OTHERS_SALUTATION, ' ');
  const female = t.match(FEMALE)?.length ?? 0;
  const male = t.match(MALE)?.length ?? 0;
  if (female > 2 * male && female > 0) return 'female';
  if (male > 2 * female && male > 0) return 'male';
  return undefined;
}
