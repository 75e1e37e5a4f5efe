import { z } from 'zod';
import { LOCALES } from '../i18n/locales';

/*
 * What a municipality's IT presets for every user through browser policy (Chrome and Edge:
 * `3rdparty.extensions.<id>` with public/managed_schema.json; Firefox: `3rdparty.Extensions.<id>`
 * in policies.json), read from the browser's managed storage. A preset value is locked: the
 * options page shows it and does not let the user change it.
 */

export const SIGN_IN_METHODS = ['code', 'oidc'] as const;

/** Each setting on its own: one the policy gets wrong is ignored (and named), the others still hold. */
export const MANAGED_FIELDS = {
  serverUrl: z.url({ protocol: /^https?$/, error: 'serverUrl moet een http(s)-adres zijn' }),
  caseSystems: z.array(z.string().min(1).max(300)).max(50, 'caseSystems: hoogstens 50 adressen'),
  language: z.enum(LOCALES, 'language moet nl of en zijn'),
  signIn: z.enum(SIGN_IN_METHODS, 'signIn moet code of oidc zijn'),
  /** A browser of one team: signing in to another team is refused (lib/sync/connect.ts). */
  teamId: z.uuid('teamId moet een uuid zijn'),
} as const;

export type ManagedSettings = { [K in keyof typeof MANAGED_FIELDS]?: z.infer<(typeof MANAGED_FIELDS)[K]> };

export interface ManagedReading {
  settings: ManagedSettings;
  /** Policy values that were ignored, with why (for the options page and IT's support). */
  problems: string[];
}
