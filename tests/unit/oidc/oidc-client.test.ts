import { describe, expect, it, vi } from 'vitest';
import { fetchAuthMethods } from '../../../lib/oidc/auth-methods';
import { oidcStartAddress, readOidcOutcome } from '../../../lib/oidc/outcome';
import { signInChoices } from '../../../lib/oidc/sign-in-choices';
import { codeFromProvider, OidcSignInFailure, type WebAuthIdentity } from '../../../lib/oidc/web-auth-flow';

/*
 * The extension's and console's side of signing in with the organisation's account, without a
 * browser: the identity API and the server are stand-ins answering as Chrome and the API do.
 */

const SERVER = 'https://handreiking.gemeente.example';
const REDIRECT = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';
const REFUSAL = new URLSearchParams({ error: 'no_team', message: 'Vraag de beheerder van Handreiking om een koppelregel', en: 'No claim rule matches this account' });

function identity(answer: () => Promise<string | undefined>): WebAuthIdentity & { launchWebAuthFlow: ReturnType<typeof vi.fn> } {
  return { getRedirectURL: () => REDIRECT, launchWebAuthFlow: vi.fn(answer) };
}

async function failureOf(promise: Promise<unknown>): Promise<OidcSignInFailure> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(OidcSignInFailure);
  return error as OidcSignInFailure;
}

describe('codeFromProvider', () => {
  it('opens the server’s start with the browser’s redirect address, interactively, and returns the hand-off code', async () => {
    const id = identity(async () => `${REDIRECT}#code=ABCDEFGHJKLMNPQRSTUVWXYZ23456789`);
    expect(await codeFromProvider(`${SERVER}/`, id)).toBe('ABCDEFGHJKLMNPQRSTUVWXYZ23456789');
    expect(id.launchWebAuthFlow).toHaveBeenCalledWith({ url: `${SERVER}/auth/oidc/start?redirect=${encodeURIComponent(REDIRECT)}`, interactive: true });
  });

  it('passes on the server’s refusal in Dutch and English', async () => {
    const failure = await failureOf(codeFromProvider(SERVER, identity(async () => `${REDIRECT}#${REFUSAL}`)));
    expect(failure).toMatchObject({ reason: 'refused', nl: expect.stringMatching(/beheerder.*koppelregel/), en: 'No claim rule matches this account' });
  });

  it.each(['The user did not approve access.', 'User cancelled or denied access.'])('calls "%s" a closed window', async (message) => {
    expect((await failureOf(codeFromProvider(SERVER, identity(() => Promise.reject(new Error(message)))))).reason).toBe('cancelled');
  });

  it('names any other failure of the window, and an answer without code or error', async () => {
    const failed = await failureOf(codeFromProvider(SERVER, identity(() => Promise.reject(new Error('Authorization page could not be loaded.')))));
    expect(failed).toMatchObject({ reason: 'failed', en: 'Authorization page could not be loaded.' });
    expect((await failureOf(codeFromProvider(SERVER, identity(async () => REDIRECT)))).reason).toBe('failed');
    expect((await failureOf(codeFromProvider(SERVER, identity(async () => undefined)))).reason).toBe('failed');
  });
});

describe('readOidcOutcome', () => {
  it('reads a code or a refusal from the fragment, and nothing from a console route', () => {
    expect(readOidcOutcome('#code=XYZ')).toEqual({ code: 'XYZ' });
    expect(readOidcOutcome(`#${REFUSAL}&detail=x`)).toMatchObject({ error: 'no_team', en: 'No claim rule matches this account' });
    expect(readOidcOutcome('#/teams/abc')).toBeNull();
    expect(readOidcOutcome('')).toBeNull();
    expect(readOidcOutcome('#codex=1')).toBeNull();
  });

  it('builds the start address without doubling the slash', () => {
    expect(oidcStartAddress(`${SERVER}//`, `${SERVER}/console/`)).toBe(`${SERVER}/auth/oidc/start?redirect=${encodeURIComponent(`${SERVER}/console/`)}`);
  });
});

describe('fetchAuthMethods', () => {
  it('reads what the server offers', async () => {
    const fetcher = vi.fn(async () => Response.json({ oidc: true, providerName: 'Gemeente Demostad' }));
    expect(await fetchAuthMethods(`${SERVER}/`, fetcher)).toEqual({ oidc: true, providerName: 'Gemeente Demostad' });
    expect(fetcher).toHaveBeenCalledWith(`${SERVER}/auth/methods`, expect.anything());
  });

  it('takes an unreachable, older or odd server as offering codes only', async () => {
    expect(await fetchAuthMethods(SERVER, () => Promise.reject(new TypeError('Failed to fetch')))).toEqual({ oidc: false });
    expect(await fetchAuthMethods(SERVER, async () => Response.json({ error: { code: 'not_found' } }, { status: 404 }))).toEqual({ oidc: false });
    expect(await fetchAuthMethods(SERVER, async () => Response.json({ oidc: 'yes' }))).toEqual({ oidc: false });
  });
});

describe('signInChoices', () => {
  it('shows the button where the server offers it, beside the code field', () => {
    expect(signInChoices({ oidc: true }, undefined)).toEqual({ code: true, oidc: true });
    expect(signInChoices({ oidc: false }, undefined)).toEqual({ code: true, oidc: false });
    expect(signInChoices(null, undefined)).toEqual({ code: true, oidc: false });
  });

  it('follows the organisation’s policy: only the button, or only the code field', () => {
    expect(signInChoices({ oidc: true }, 'oidc')).toEqual({ code: false, oidc: true });
    expect(signInChoices(null, 'oidc')).toEqual({ code: false, oidc: true });
    expect(signInChoices({ oidc: true }, 'code')).toEqual({ code: true, oidc: false });
  });
});
