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
