/**
 * The Firefox add-on's fixed id (browser_specific_settings.gecko.id, modules/firefox-manifest.ts):
 * updates and stored data stay with the same add-on, and Firefox derives the add-on's sign-in
 * redirect address from it (server/auth/oidc/return-address.ts).
 */
export const FIREFOX_ADDON_ID = 'handreiking@handreiking.nl';
