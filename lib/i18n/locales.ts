/** The languages of the extension's texts; each has a catalogue in `catalogues/`. */
export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Dutch teams work in Dutch: Dutch until the user picks English in the panel. */
export const DEFAULT_LOCALE: Locale = 'nl';

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** The tag for the platform's Intl formatters (dates, months, numbers). */
export const INTL_TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };
