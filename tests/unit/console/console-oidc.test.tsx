// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConsoleApp } from '../../../components/console/console-app';
import type { ConsoleApi } from '../../../lib/console/console-api';
import type { Locale } from '../../../lib/i18n/locales';
import { textsFor } from '../i18n/texts';
import { MemoryStorage } from './memory-storage';

/*
 * The console's own sign-in with the organisation's account: the button where the server offers it,
 * and the way back (`#code=…` or `#error=…` in the address) taken before any route is read.
 */

afterEach(cleanup);

const NOW = new Date().toISOString();
const TEAM = { id: '0190a0b0-0000-7000-8000-000000000001', name: 'Beheer', municipality: 'Demostad', followUpDays: 21, retentionMonths: 24, createdAt: NOW };

function setup(options: { hash?: string; offered?: boolean; role?: string; locale?: Locale } = {}) {
  const exchange = vi.fn(async (code: string) => ({
    token: `token-for-${code}`,
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    user: { id: '0190a0b0-0000-7000-8000-000000000002', teamId: TEAM.id, role: options.role ?? 'admin', displayName: 'Bea Beheerder', createdAt: NOW, revokedAt: null },
    team: TEAM,
  }));
  const signOut = vi.fn(async () => ({ revoked: true as const }));
  const api = { exchange, signOut, teams: async () => [TEAM] } as unknown as ConsoleApi;
  const location = { hash: options.hash ?? '', listen: () => () => undefined, clear: vi.fn() };
  const start = vi.fn();
  const storage = window.sessionStorage;
  storage.clear();
  render(
    <ConsoleApp
      texts={textsFor(options.locale ?? 'nl')}
      loadTexts={async (l) => textsFor(l)}
      storage={storage}
      linkSessions={new MemoryStorage()}
      apiWith={() => api}
      location={location}
      oidc={{ methods: async () => ({ oidc: options.offered ?? true }), start }}
    />,
  );
  return { exchange, signOut, location, start };
}

describe('ConsoleApp: sign in with the organisation’s account', () => {
  it('offers the button when the server does, and leaves for the provider on a click', async () => {
    const { start } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Inloggen met je organisatieaccount' }));
    expect(start).toHaveBeenCalledOnce();
    expect(screen.getByLabelText(/code/i)).toBeTruthy();
  });

  it('offers no button when the server does not', async () => {
    setup({ offered: false });
    await screen.findByLabelText(/code/i);
    await Promise.resolve();
    expect(screen.queryByRole('button', { name: 'Inloggen met je organisatieaccount' })).toBeNull();
  });

  it('signs in with the code it comes back with, and takes it out of the address', async () => {
    const { exchange, location } = setup({ hash: '#code=HANDOFFCODE234' });
    await screen.findByText(/Bea Beheerder/);
    expect(exchange).toHaveBeenCalledWith('HANDOFFCODE234');
    expect(location.clear).toHaveBeenCalledOnce();
  });

  it('keeps the rule that only an administrator may use the console', async () => {
    const { signOut } = setup({ hash: '#code=HANDOFFCODE234', role: 'professional' });
    expect((await screen.findByRole('alert')).textContent).toMatch(/beheerder/i);
    expect(signOut).toHaveBeenCalled();
    expect(screen.queryByText(/Bea Beheerder/)).toBeNull();
  });

  it('shows the server’s refusal it comes back with, in the reader’s language', async () => {
    const refusal = new URLSearchParams({ error: 'no_team', message: 'Vraag de beheerder om een koppelregel.', en: 'Ask the administrator for a claim rule.' });
    const { exchange, location } = setup({ hash: `#${refusal}`, locale: 'en' });
    expect((await screen.findByRole('alert')).textContent).toBe('Ask the administrator for a claim rule.');
    expect(exchange).not.toHaveBeenCalled();
    expect(location.clear).toHaveBeenCalledOnce();
  });
});
