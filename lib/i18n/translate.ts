import { setupI18n } from '@lingui/core';
import type { CompiledMessage } from '@lingui/message-utils/compileMessage';
import type { Locale } from './locales';
import type { MessageArgs } from './message-args';

/*
 * All text the user reads is data: one ICU MessageFormat catalogue per language
 * (`catalogues/nl.json`, `catalogues/en.json`), compiled at build time (build/compile.ts) and
 * formatted here by Lingui's runtime, which knows plurals per language (Intl.PluralRules). The
 * case panel gets its language's catalogue from the background (lib/i18n/texts-request.ts), so the
 * case page's script carries no texts of its own.
 */

/** A key of the Dutch catalogue; the English one has the same keys (tests/unit/i18n). */
export type MessageKey = keyof MessageArgs;

/** A catalogue as the build compiles it: every key, each message as Lingui's JSON-able arrays. */
export type Catalogue = Record<MessageKey, CompiledMessage>;

/** A key whose text takes no values. */
export type PlainKey = { [K in MessageKey]: [MessageArgs[K]] extends [never] ? K : never }[MessageKey];

type ArgsOf<K extends MessageKey> = [MessageArgs[K]] extends [never] ? [] : [values: MessageArgs[K]];

/** `t('waiting', { days: 3 })`: a key that exists, with the values its text takes. */
export type Translate = <K extends MessageKey>(key: K, ...values: ArgsOf<K>) => string;

/** One language's texts: what the UI is handed. */
export interface Texts {
  locale: Locale;
  t: Translate;
  /** Whether a key built from outside data (a role, a reason code) has a text of its own. */
  has: (key: string) => key is PlainKey;
  /** The text of such a key, or `fallback` (the code itself) when there is none. */
  textOr: (key: string, fallback: string) => string;
}

export function textsOf(locale: Locale, catalogue: Catalogue): Texts {
  const i18n = setupI18n({ locale, messages: { [locale]: catalogue } });
  const t: Translate = (key, ...values) => i18n._(key, values[0] as Record<string, unknown> | undefined);
  const has = (key: string): key is PlainKey => Object.prototype.hasOwnProperty.call(catalogue, key);
  return { locale, t, has, textOr: (key, fallback) => (has(key) ? t(key) : fallback) };
}
