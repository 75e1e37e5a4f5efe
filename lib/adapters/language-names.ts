import { normaliseLabel } from './label-text';

/** Dutch names of the languages neighbourhood teams meet most, to ISO 639-1. */
const LANGUAGES: Record<string, string> = {
  nederlands: 'nl',
  engels: 'en',
  arabisch: 'ar',
  turks: 'tr',
  pools: 'pl',
  tigrinya: 'ti',
  tigrinia: 'ti',
  somalisch: 'so',
  farsi: 'fa',
  perzisch: 'fa',
  dari: 'fa',
  oekraiens: 'uk',
  russisch: 'ru',
  spaans: 'es',
  portugees: 'pt',
  frans: 'fr',
  duits: 'de',
  koerdisch: 'ku',
  bulgaars: 'bg',
  roemeens: 'ro',
  // The names the languages give themselves and their English names, as multilingual forms print them.
  dutch: 'nl',
  english: 'en',
  arabic: 'ar',
  'العربية': 'ar',
  turkish: 'tr',
  turkce: 'tr',
  polish: 'pl',
  polski: 'pl',
  somali: 'so',
  soomaali: 'so',
  persian: 'fa',
  'فارسی': 'fa',
  ukrainian: 'uk',
  'українська': 'uk',
  russian: 'ru',
  'русский': 'ru',
  spanish: 'es',
  espanol: 'es',
  portuguese: 'pt',
  portugues: 'pt',
  french: 'fr',
  francais: 'fr',
  german: 'de',
  deutsch: 'de',
  kurdish: 'ku',
  kurdi: 'ku',
  bulgarian: 'bg',
  'български': 'bg',
  romanian: 'ro',
  romana: 'ro',
};

/** "Arabisch", "Arabisch (tolk nodig)", "ar" → "ar"; unknown names give undefined. */
export function languageCode(text: string): string | undefined {
  const t = normaliseLabel(text);
  if (/^[a-z]{2}$/.test(t)) return t;
  for (const [name, code] of Object.entries(LANGUAGES)) if (t.startsWith(name)) return code;
  return undefined;
}

/** A language's name in running text, as one word: "Turks", "Tigrinya", "English". */
function named(word: string): string | undefined {
  const t = normaliseLabel(word);
  return Object.prototype.hasOwnProperty.call(LANGUAGES, t) ? LANGUAGES[t] : undefined;
}

/** "Turks is haar eerste taal", "Arabic is her language". */
const IS_HER_LANGUAGE = /(?:^|[^\p{L}])(\p{L}+) is (?:haar|zijn|de|her|his|the) (?:eerste |first |moeder)?(?:taal|language)\b/giu;
/** "spreekt Tigrinya en …", "speaks English", "met een tolk Turks", "tolkentelefoon (Arabisch)". */
const SPEAKS = /(?:^|[^\p{L}])(?:spreekt|spreken|speaks|speak|tolkentelefoon|telefoontolk|tolk|interpreter)(?!\p{L})\s*(?:alleen|vooral|voornamelijk|goed|only|mainly|\()?\s*(\p{L}+)/giu;

/**
 * The client's language as notes write it, when no field gives it: the language named as "her
 * first language", spoken, or interpreted. Dutch is no answer ("spreekt weinig Nederlands" says
 * only that another language is hers), so the first other language named counts.
 */
export function languageFromProse(text: string): string | undefined {
  const t = text.slice(0, 20_000);
  for (const re of [IS_HER_LANGUAGE, SPEAKS]) {
    re.lastIndex = 0;
    for (let m = re.exec(t), n = 0; m && n < 50; m = re.exec(t), n++) {
      const code = named(m[1]!);
      if (code && code !== 'nl') return code;
    }
  }
  return undefined;
}
