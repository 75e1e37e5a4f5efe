import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Locale, Messages } from '../lib/i18n/messages';
import { nl } from '../lib/i18n/nl';

export const MessagesContext = createContext<{ t: Messages; locale: Locale }>({ t: nl, locale: 'nl' });

export function useMessages() {
  return useContext(MessagesContext);
}

export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium' }).format(new Date(iso));
}
