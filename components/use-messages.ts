import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { DEFAULT_LOCALE, INTL_TAGS, type Locale } from '../lib/i18n/locales';
import type { PlainKey, Texts, Translate } from '../lib/i18n/translate';

/**
 * The texts of the language on screen, provided by each app (case panel, side panel, options,
 * dashboard). Without a provider a key shows as itself: never silently Dutch, which would bring
 * the Dutch catalogue into the case page's script.
 */
export const MessagesContext = createContext<Texts>({ locale: DEFAULT_LOCALE, t: ((key: string) => key) as Translate, has: (_key): _key is PlainKey => false, textOr: (key) => key });

export function useMessages(): Texts {
  return useContext(MessagesContext);
}

/** A formatter costs milliseconds to make (locale data); a list of records would make one per row. */
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

export function formatDate(iso: string, locale: Locale): string {
  let format = dateFormats.get(locale);
  if (!format) dateFormats.set(locale, (format = new Intl.DateTimeFormat(INTL_TAGS[locale], { dateStyle: 'medium' })));
  return format.format(new Date(iso));
}
