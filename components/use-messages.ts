import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Locale, Messages } from '../lib/i18n/messages';
import { nl } from '../lib/i18n/nl';

export const MessagesContext = createContext<{ t: Messages; locale: Locale }>({ t: nl, locale: 'nl' });

export function useMessages() {
  return useContext(MessagesContext);
}

/** A formatter costs milliseconds to make (locale data); a list of records would make one per row. */
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

export function formatDate(iso: string, locale: Locale): string {
  let format = dateFormats.get(locale);
  if (!format) dateFormats.set(locale, (format = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium' })));
  return format.format(new Date(iso));
}
