import { createRoute } from '@hono/zod-openapi';
import { AuthMethods } from '../../lib/contracts/oidc';
import { createRouter, json } from '../http/router';

/*
 * Asked by the extension's options page and the console before anyone signs in, so they show the
 * "sign in with your organisation's account" button only where the server can keep that promise.
 */
export const authMethodsRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/',
    summary: 'How people may sign in here: sign-in codes always; `oidc` when the organisation’s OpenID provider is set up',
    responses: { 200: json(AuthMethods, 'The sign-in methods this server offers') },
  }),
  (c) => {
    const settings = c.var.oidc?.settings;
    const methods: AuthMethods = settings ? { oidc: true, ...(settings.providerName ? { providerName: settings.providerName } : {}) } : { oidc: false };
    return c.json(methods, 200);
  },
);
