// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp, type OptionsApi } from '../../../components/options-app';
import type { ManagedSettings } from '../../../lib/contracts/managed-settings';
import { OidcSignInFailure } from '../../../lib/oidc/web-auth-flow';
import type { ConnectionView } from '../../../lib/worker-protocol/protocol';
import { textsFor } from '../i18n/texts';

/*
 * The options page's "sign in with your organisation's account": there when the server offers it
 * and the organisation's policy allows it, alone when the policy asks for it, and every way it can
 * fail said in words.
 */

afterEach(cleanup);

const NOT_CONNECTED: ConnectionView = {
  connected: false,
  status: 'idle',
  lastSuccessAt: null,
  nextAttemptAt: null,
  pending: 0,
  rejected: 0,
  parked: [],
};

const CONNECTED: ConnectionView = { ...NOT_CONNECTED, connected: true, serverUrl: 'https://handreiking.test', userName: 'Pien Professional', role: 'professional', teamName: 'Buurtteam Test' };

function api(options: { oidc: boolean; signIn?: ManagedSettings['signIn']; provider?: () => Promise<ConnectionView> }) {
  return {
    connection: async () => NOT_CONNECTED,
    connect: vi.fn(async () => CONNECTED),
    disconnect: async () => NOT_CONNECTED,
    syncNow: async () => NOT_CONNECTED,
    retryParked: async () => NOT_CONNECTED,
    managed: async () => ({ settings: { serverUrl: 'https://handreiking.test', ...(options.signIn ? { signIn: options.signIn } : {}) }, problems: [] }),
    authMethods: vi.fn(async () => ({ oidc: options.oidc, providerName: 'Gemeente Test' })),
    connectWithProvider: vi.fn(options.provider ?? (async () => CONNECTED)),
  } satisfies OptionsApi;
}

const button = () => screen.queryByRole('button', { name: 'Inloggen met je organisatieaccount' });

describe('OptionsApp: sign in with the organisation’s account', () => {
  it('shows the button beside the code field when the server offers it, and connects through it', async () => {
    const options = api({ oidc: true });
    render(<OptionsApp api={options} texts={textsFor('nl')} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Inloggen met je organisatieaccount' }));
    expect(options.authMethods).toHaveBeenCalledWith('https://handreiking.test');
    expect(screen.getByLabelText('Aanmeldcode')).toBeTruthy();
    expect(screen.getByText('Via Gemeente Test.')).toBeTruthy();
    await screen.findByText('Pien Professional', { exact: false });
    expect(options.connectWithProvider).toHaveBeenCalledWith('https://handreiking.test');
    expect(options.connect).not.toHaveBeenCalled();
  });

  it('shows no button when the server does not offer it', async () => {
    const options = api({ oidc: false });
    render(<OptionsApp api={options} texts={textsFor('nl')} />);
    await vi.waitFor(() => expect(options.authMethods).toHaveBeenCalled());
    await screen.findByLabelText('Aanmeldcode');
    expect(button()).toBeNull();
  });

  it('asks again when another server address is entered', async () => {
    const options = api({ oidc: false });
    render(<OptionsApp api={options} texts={textsFor('nl')} />);
    await vi.waitFor(() => expect(options.authMethods).toHaveBeenCalledTimes(1));
    options.authMethods.mockResolvedValueOnce({ oidc: true, providerName: 'Ander' });
    const field = screen.getByLabelText('Server');
    fireEvent.input(field, { target: { value: 'https://ander.test' } });
    fireEvent.change(field);
    await screen.findByRole('button', { name: 'Inloggen met je organisatieaccount' });
    expect(options.authMethods).toHaveBeenLastCalledWith('https://ander.test');
  });

  it('shows only the button under the policy signIn: oidc', async () => {
    render(<OptionsApp api={api({ oidc: true, signIn: 'oidc' })} texts={textsFor('nl')} />);
    await screen.findByRole('button', { name: 'Inloggen met je organisatieaccount' });
    expect(screen.queryByLabelText('Aanmeldcode')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Verbinden' })).toBeNull();
  });

  it('shows only the code field under the policy signIn: code, though the server offers the button', async () => {
    const options = api({ oidc: true, signIn: 'code' });
    render(<OptionsApp api={options} texts={textsFor('nl')} />);
    await vi.waitFor(() => expect(options.authMethods).toHaveBeenCalled());
    await screen.findByLabelText('Aanmeldcode');
    expect(button()).toBeNull();
  });

  it('says the window was closed, in Dutch and in English', async () => {
    for (const [locale, text] of [
      ['nl', /inlogvenster is gesloten/],
      ['en', /sign-in window was closed/],
    ] as const) {
      render(<OptionsApp api={api({ oidc: true, provider: () => Promise.reject(new OidcSignInFailure('cancelled')) })} texts={textsFor(locale)} />);
      fireEvent.click(await screen.findByRole('button', { name: locale === 'nl' ? 'Inloggen met je organisatieaccount' : "Sign in with your organisation's account" }));
      expect((await screen.findByRole('alert')).textContent).toMatch(text);
      cleanup();
    }
  });

  it('shows the server’s refusal as it is, in the reader’s language', async () => {
    const refusal = () => Promise.reject(new OidcSignInFailure('refused', 'Vraag de beheerder om een koppelregel.', 'Ask the administrator for a claim rule.'));
    render(<OptionsApp api={api({ oidc: true, provider: refusal })} texts={textsFor('nl')} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Inloggen met je organisatieaccount' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Vraag de beheerder om een koppelregel.');
    cleanup();
    render(<OptionsApp api={api({ oidc: true, provider: refusal })} texts={textsFor('en')} />);
    fireEvent.click(await screen.findByRole('button', { name: "Sign in with your organisation's account" }));
    expect((await screen.findByRole('alert')).textContent).toBe('Ask the administrator for a claim rule.');
  });
});
