import { en } from './en';
import type { Locale, Messages } from './messages';
import { nl } from './nl';

const TABLES: Record<Locale, Messages> = { nl, en };

export function messagesFor(locale: Locale): Messages {
  return TABLES[locale];
}

/** Dutch teams work in Dutch: Dutch until the user picks English in the panel. */
export const DEFAULT_LOCALE: Locale = 'nl';
