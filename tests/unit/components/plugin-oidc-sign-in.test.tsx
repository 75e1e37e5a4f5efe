// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PluginFrameApp, type PluginFrameAppProps } from '../../../components/plugin-frame-app';
import type { AuthMethods } from '../../../lib/contracts/oidc';
import { textsFor } from '../i18n/texts';

/*
 * The plugin frame's sign-in with the organisation's account (components/plugin-sign-in): the button
 * only where the server offers it, the popup's sign-in started in the click, its refusal shown, and
 * the panel's views once signed in.
 */

// The dashboard's chart library asks for the pixel ratio when it loads; jsdom has no matchMedia.
vi.hoisted(() => {
  window.matchMedia ??= (() => ({ matches: false, addEventListener: () => undefined, removeEventListener: () => undefined })) as unknown as typeof window.matchMedia;
});

afterEach(cleanup);

function frame(methods: AuthMethods, signIn: () => Promise<string | null>, locale: 'nl' | 'en' = 'nl') {
  let signed = false;
  const calls: string[] = [];
  const props: PluginFrameAppProps = {
    context: undefined,
    api: {} as PluginFrameAppProps['api'],
    followUps: {} as PluginFrameAppProps['followUps'],
    dashboard: {} as PluginFrameAppProps['dashboard'],
    signedIn: async () => signed,
    signIn: async () => 'not this way',
    oidc: {
      methods: async () => (calls.push('methods'), methods),
      signIn: () => {
        calls.push('signIn');
        return signIn().then((failure) => ((signed = failure === null), failure));
      },
    },
    embedAllowed: async () => true,
    texts: textsFor(locale),
    onLocaleChange: () => undefined,
    onCollapsedChange: () => undefined,
  };
  render(<PluginFrameApp {...props} />);
  return calls;
}

describe('the plugin frame’s sign-in with the organisation’s account', () => {
  it('shows no button when the server does not offer it', async () => {
    const calls = frame({ oidc: false }, async () => null);
    await screen.findByLabelText('Aanmeldcode');
    await waitFor(() => expect(calls).toContain('methods'));
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.queryByRole('button', { name: /organisatieaccount/ })).toBeNull();
  });

  it('starts the popup’s sign-in in the click and shows the refusal, in the panel’s language', async () => {
    let answer!: (failure: string | null) => void;
    const calls = frame({ oidc: true, providerName: 'Gemeente Demostad' }, () => new Promise((r) => (answer = r)), 'en');
    const button = await screen.findByRole('button', { name: "Sign in with your organisation's account" });
    expect(screen.getByText('Through Gemeente Demostad.')).toBeTruthy();
    fireEvent.click(button);
    expect(calls).toEqual(['methods', 'signIn']);
    expect(((await screen.findByRole('button', { name: /Signing in with your organisation/ })) as HTMLButtonElement).disabled).toBe(true);
    answer('The sign-in window was closed before you were signed in.');
    expect((await screen.findByRole('alert')).textContent).toBe('The sign-in window was closed before you were signed in.');
    expect(((await screen.findByRole('button', { name: "Sign in with your organisation's account" })) as HTMLButtonElement).disabled).toBe(false);
  });

  it('leaves the sign-in for the panel once signed in', async () => {
    frame({ oidc: true }, async () => null);
    fireEvent.click(await screen.findByRole('button', { name: /organisatieaccount/ }));
    await screen.findByRole('tablist');
    expect(screen.queryByLabelText('Aanmeldcode')).toBeNull();
  });
});
