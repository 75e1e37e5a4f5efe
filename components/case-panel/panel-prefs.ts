import { browser } from 'wxt/browser';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../lib/i18n/locales';
import { collapsedCasesOf } from './collapsed-cases';
import { widthOf } from './panel-width';

/*
 * The panel's preferences live in extension storage, never in the page's own localStorage, and
 * are read in one call at start-up (the plain storage API: WXT's storage helper would add a tenth
 * to the content script for two keys).
 */

export interface PanelPrefs {
  /** The cases (pseudonymous references) whose panel was collapsed, most recent first. */
  collapsedCases: string[];
  /** The open panel's width in pixels, as the user left it. */
  width: number;
  locale: Locale;
  /** The organisation set the language by policy (managed storage): no switch is offered. */
  localeLocked: boolean;
  /**
   * Test-only: leave the panel's shadow root open so the end-to-end tests and the bench can look
   * inside with Playwright. Only extension pages and the service worker can write extension
   * storage, so a case page's scripts cannot set it; the production build does not even read it.
   */
  openShadowRoot: boolean;
}

const KEYS = { collapsedCases: 'collapsedCases', locale: 'locale', width: 'panelWidth' } as const;
/** Constant-folded away in the production build (the e2e suite runs the demo build). */
const OPEN_SHADOW_ROOT_KEY = import.meta.env.MODE === 'production' ? undefined : 'testOpenShadowRoot';

export async function readPanelPrefs(): Promise<PanelPrefs> {
  const keys: string[] = [KEYS.collapsedCases, KEYS.locale, KEYS.width];
  if (OPEN_SHADOW_ROOT_KEY) keys.push(OPEN_SHADOW_ROOT_KEY);
  const [stored, managed] = await Promise.all([
    browser.storage.local.get(keys).catch(() => ({})) as Promise<Record<string, unknown>>,
    // No policy (or no managed storage in this browser): nothing is locked.
    (browser.storage.managed?.get('language').catch(() => ({})) ?? Promise.resolve({})) as Promise<Record<string, unknown>>,
  ]);
  const locale = stored[KEYS.locale];
  const lockedLocale = isLocale(managed.language) ? managed.language : undefined;
  return {
    collapsedCases: collapsedCasesOf(stored[KEYS.collapsedCases]),
    width: widthOf(stored[KEYS.width]),
    locale: lockedLocale ?? (isLocale(locale) ? locale : DEFAULT_LOCALE),
    localeLocked: lockedLocale !== undefined,
    openShadowRoot: OPEN_SHADOW_ROOT_KEY !== undefined && stored[OPEN_SHADOW_ROOT_KEY] === true,
  };
}

export function savePanelPref(key: 'collapsedCases' | 'locale' | 'panelWidth', value: string[] | Locale | number): Promise<void> {
  return browser.storage.local.set({ [key]: value });
}

/** The language the user picked in the panel, for the extension's other pages too (issue 12 #14). */
export async function readLocale(): Promise<Locale> {
  return (await readPanelPrefs()).locale;
}
