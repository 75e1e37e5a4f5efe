import { ConsoleApiError, NETWORK_FAILURE, UNEXPECTED_ANSWER } from '../../../lib/console/console-api';
import { NoConsolePage } from '../../../lib/console/console-session';
import type { Texts } from '../../../lib/i18n/translate';

/**
 * A failure in words the administrator can act on. The API's own refusals already say what to do,
 * in Dutch (`message`) and English (`en`): shown in the console's language.
 */
export function describeError(error: unknown, { t, locale, textOr }: Texts): string {
  if (error instanceof NoConsolePage) return t('console.error.noConsolePage', { role: textOr(`roleName.${error.role}`, error.role) });
  if (!(error instanceof ConsoleApiError)) return t('console.error.unexpected', { detail: error instanceof Error ? error.message : String(error) });
  if (error.code === NETWORK_FAILURE) return t('console.error.network');
  if (error.code === UNEXPECTED_ANSWER) return t('console.error.unexpected', { detail: error.en });
  if (error.status === 401 && error.code !== 'invalid_code') return t('console.error.sessionEnded');
  return locale === 'nl' ? error.nl || error.en : error.en || error.nl;
}

/** A refused token: the console forgets it and asks for a sign-in code again. */
export const sessionEnded = (error: unknown) => error instanceof ConsoleApiError && error.status === 401;
