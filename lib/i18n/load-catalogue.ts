import type { Locale } from './locales';
import { textsOf, type Catalogue, type Texts } from './translate';

/*
 * A language's catalogue, loaded when asked for: the extension's pages load only their own
 * language; the background holds both and hands the case panel the one it shows.
 */
const CATALOGUES: Record<Locale, () => Promise<{ default: unknown }>> = {
  nl: () => import('./catalogues/nl.json'),
  en: () => import('./catalogues/en.json'),
};

export async function loadCatalogue(locale: Locale): Promise<Catalogue> {
  return (await CATALOGUES[locale]()).default as Catalogue;
}

export async function loadTexts(locale: Locale): Promise<Texts> {
  return textsOf(locale, await loadCatalogue(locale));
}
