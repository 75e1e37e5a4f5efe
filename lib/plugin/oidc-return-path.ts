/**
 * The plugin's page on the API's origin where sign-in with the organisation's account comes back
 * to, in a popup the frame opened (lib/oidc/popup-flow.ts): the one return address of the plugin
 * the server allows (server/auth/oidc/return-address.ts), exactly this path on its own origin.
 */
export const PLUGIN_OIDC_RETURN_PATH = '/plugin/v1/oidc-return.html';
