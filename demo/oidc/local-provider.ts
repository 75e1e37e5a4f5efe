import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { DEMO_PEOPLE } from './demo-users';

/*
 * A real OpenID Connect provider (the `oidc-provider` package) on localhost, for `npm start` and the
 * tests: authorization code with PKCE, ID tokens signed with a key made at start and published at
 * its JWKS address, found through its discovery document like any organisation's provider. Its
 * login page lists the demo people (no passwords: it is a demo); consent is given for the clients
 * registered here, as an organisation's provider does for its own applications.
 */

export interface LocalProviderOptions {
  /** 0 picks a free port (tests). */
  port: number;
  /** Where the provider may send people back with a code: Handreiking's /auth/oidc/callback. */
  redirectUris: string[];
  /** The client id Handreiking is registered under (default `handreiking`). */
  clientId?: string;
  /** Seconds an ID token is valid (default 600); tests shorten it to show expiry is checked. */
  idTokenTtl?: number;
}

export interface LocalProvider {
  issuer: string;
  clientId: string;
  /** A second registered application: its ID tokens carry its own audience, not Handreiking's. */
  otherClientId: string;
  /**
   * Signs claims with the provider's own key, for tests that need a token the provider would not
   * issue in a sign-in (another audience, already expired) but that is otherwise genuine.
   */
  signIdToken(claims: JWTPayload): Promise<string>;
  close(): Promise<void>;
}

const OTHER_CLIENT = 'ander-programma';

export async function startLocalProvider({ port, redirectUris, clientId = 'handreiking', idTokenTtl = 600 }: LocalProviderOptions): Promise<LocalProvider> {
  // The port is known only once listening, and the issuer must name it: listen first, then build.
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.writeHead(503).end();
  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const issuer = `http://localhost:${(server.address() as AddressInfo).port}`;

  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: `demo-${Date.now()}` };

  const publicClient = (id: string) => ({
    client_id: id,
    // A public client: the code is bound to the caller by PKCE, not by a secret.
    token_endpoint_auth_method: 'none' as const,
    redirect_uris: redirectUris,
    grant_types: ['authorization_code'],
    response_types: ['code' as const],
  });
  const configuration: Configuration = {
    clients: [publicClient(clientId), publicClient(OTHER_CLIENT)],
    jwks: { keys: [signingKey] },
    pkce: { required: () => true },
    scopes: ['openid', 'profile', 'email', 'groups'],
    claims: { openid: ['sub'], profile: ['name'], email: ['email'], groups: ['groups'] },
    // ID tokens carry the claims themselves, so the server needs no userinfo call.
    conformIdTokenClaims: false,
    ttl: { IdToken: idTokenTtl, AccessToken: 600, AuthorizationCode: 60, Interaction: 600, Session: 3600, Grant: 3600 },
    cookies: { keys: [crypto.randomUUID()] },
    features: { devInteractions: { enabled: false } },
    findAccount: (_ctx, id) => {
      const person = DEMO_PEOPLE.find((p) => p.login === id);
      if (!person) return undefined;
      return { accountId: id, claims: () => ({ sub: id, name: person.name, email: person.email, groups: person.groups }) };
    },
    // First-party applications: consent is implied, as in an organisation's own provider.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const session = ctx.oidc.session;
      const client = ctx.oidc.client;
      if (!session?.accountId || !client) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid profile email groups');
      await grant.save();
      return grant;
    },
    renderError: (ctx, out) => {
      ctx.type = 'text/plain; charset=utf-8';
      ctx.body = `${out.error}: ${out.error_description ?? ''}`;
    },
  };
  const provider = new Provider(issuer, configuration);
  const providerHandler = provider.callback();

  handle = (req, res) => {
    const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(req.url ?? '');
    if (!match) return void providerHandler(req, res);
    void interaction(provider, req, res, match[2] === '/login').catch((err: unknown) => {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end(`Inloggen mislukt: ${err instanceof Error ? err.message : String(err)}`);
    });
  };

  return {
    issuer,
    clientId,
    otherClientId: OTHER_CLIENT,
    signIdToken: (claims) => new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: signingKey.kid }).sign(privateKey),
    close: () => new Promise<void>((done) => server.close(() => done())).then(() => undefined),
  };
}

/** The login page: choose a demo person (GET), or log in as the chosen one (POST …/login). */
async function interaction(provider: Provider, req: IncomingMessage, res: ServerResponse, submit: boolean) {
  const details = await provider.interactionDetails(req, res);
  if (!submit) {
    const buttons = DEMO_PEOPLE.map(
      (p) => `<p><button name="login" value="${p.login}">${p.name}</button> <small>${p.groups.join(', ')}</small></p>`,
    ).join('\n');
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      // No form-action: browsers hold the redirects after the form to it too, and these lead on to
      // Handreiking's callback and from there to the extension or the console.
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    });
    res.end(
      `<!doctype html><html lang="nl"><meta charset="utf-8"><title>Demo-inlog</title>` +
        `<h1>Inloggen bij de demo-organisatie</h1><p>Kies wie je bent (demo, zonder wachtwoord).</p>` +
        `<form method="post" action="/interaction/${details.uid}/login">${buttons}</form></html>`,
    );
    return;
  }
  const body = new URLSearchParams(await readBody(req));
  const login = body.get('login') ?? '';
  if (!DEMO_PEOPLE.some((p) => p.login === login)) throw new Error('onbekende demo-persoon');
  await provider.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
}

async function readBody(req: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) {
    text += String(chunk);
    if (text.length > 10_000) throw new Error('te groot');
  }
  return text;
}
