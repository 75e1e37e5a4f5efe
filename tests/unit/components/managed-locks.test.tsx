// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp, type OptionsApi } from '../../../components/options-app';
import type { CaseSystemsApi } from '../../../components/case-systems';
import { CasePanel } from '../../../components/case-panel';
import type { OverlayApi } from '../../../components/overlay-api';
import { readPanelPrefs } from '../../../components/case-panel/panel-prefs';
import type { ManagedReading } from '../../../lib/contracts/managed-settings';
import type { CaseSystemSite } from '../../../lib/case-systems/case-system-address';
import type { ConnectionView } from '../../../lib/worker-protocol/protocol';
import { textsFor } from '../i18n/texts';

/*
 * What IT preset by browser policy (issue 14) is shown and cannot be changed: the server address,
 * the organisation's case systems and the language.
 */

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

const SIGNED_OUT: ConnectionView = { connected: false, status: 'idle', pending: 0, rejected: 0, parked: [], lastSuccessAt: null, nextAttemptAt: null };
const PRESET_SERVER = 'https://handreiking.gemeente.test';
const REGAS: CaseSystemSite = { origin: 'https://regas.gemeente.test', pattern: 'https://regas.gemeente.test/*' };
const OWN: CaseSystemSite = { origin: 'https://eigen.gemeente.test', pattern: 'https://eigen.gemeente.test/*' };

function optionsApi(reading: ManagedReading): OptionsApi & { connect: ReturnType<typeof vi.fn> } {
  return {
    connection: async () => SIGNED_OUT,
    connect: vi.fn(async () => SIGNED_OUT),
    disconnect: async () => SIGNED_OUT,
    syncNow: async () => SIGNED_OUT,
    retryParked: async () => SIGNED_OUT,
    managed: async () => reading,
  };
}

function sitesApi(granted: CaseSystemSite[], preset: CaseSystemSite[]): CaseSystemsApi {
  return {
    list: async () => [...granted],
    request: async () => true,
    remove: async () => true,
    preset: async () => preset,
    onChange: () => () => undefined,
  };
}

describe('options page: settings preset by the organisation', () => {
  it('shows the preset server address, says who set it, and does not let it be edited', async () => {
    const api = optionsApi({ settings: { serverUrl: PRESET_SERVER }, problems: [] });
    render(<OptionsApp api={api} texts={textsFor('nl')} />);
    const input = (await screen.findByLabelText('Server')) as HTMLInputElement;
    await vi.waitFor(() => expect(input.value).toBe(PRESET_SERVER));
    expect(input.readOnly).toBe(true);
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toMatch(/Ingesteld door je organisatie/);

    // Signing in uses the preset address.
    fireEvent.input(screen.getByLabelText('Aanmeldcode'), { target: { value: 'ABCD-EFGH' } });
    fireEvent.submit(input.closest('form')!);
    await vi.waitFor(() => expect(api.connect).toHaveBeenCalledWith(PRESET_SERVER, 'ABCD-EFGH'));
  });

  it('says plainly when the code belongs to another team than the preset one', async () => {
    const api = optionsApi({ settings: { serverUrl: PRESET_SERVER, teamId: '0190ffff-0000-7000-8000-000000000001' }, problems: [] });
    api.connect.mockRejectedValue(Object.assign(new Error('…'), { code: 'other_team', teamName: 'Buurtteam Elders' }));
    render(<OptionsApp api={api} texts={textsFor('en')} />);
    fireEvent.input(await screen.findByLabelText('Sign-in code'), { target: { value: 'ABCD-EFGH' } });
    fireEvent.submit(screen.getByLabelText('Sign-in code').closest('form')!);
    expect((await screen.findByRole('alert')).textContent).toMatch(/belongs to Buurtteam Elders, not to the team your organisation set this browser up for.*Ask your administrator for a sign-in code of your own team/);
  });

  it('leaves the address editable when nothing is preset', async () => {
    render(<OptionsApp api={optionsApi({ settings: {}, problems: [] })} texts={textsFor('nl')} />);
    const input = (await screen.findByLabelText('Server')) as HTMLInputElement;
    expect(input.readOnly).toBe(false);
    expect(document.querySelector('[data-managed]')).toBeNull();
  });

  it('names the policy values it ignored, so the user can tell IT', async () => {
    render(<OptionsApp api={optionsApi({ settings: {}, problems: ['serverUrl moet een http(s)-adres zijn'] })} texts={textsFor('en')} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/serverUrl moet een http\(s\)-adres zijn.*Tell your IT department/);
  });

  it('lists the preset case systems, and offers no removal for them while the user’s own stay removable', async () => {
    render(<OptionsApp api={optionsApi({ settings: {}, problems: [] })} sites={sitesApi([REGAS, OWN], [REGAS])} texts={textsFor('en')} />);
    expect(await screen.findByRole('heading', { name: "Your organisation's case systems" })).toBeTruthy();
    await vi.waitFor(() => expect(document.querySelector(`[data-preset="${REGAS.origin}"]`)?.getAttribute('data-granted')).toBe('yes'));
    expect(screen.queryByRole('button', { name: `Remove ${REGAS.origin}` })).toBeNull();
    expect(screen.getByRole('button', { name: `Remove ${OWN.origin}` })).toBeTruthy();
  });

  it('offers access with one click for a preset case system the browser has no access to yet', async () => {
    render(<OptionsApp api={optionsApi({ settings: {}, problems: [] })} sites={sitesApi([], [REGAS])} texts={textsFor('en')} />);
    expect(await screen.findByRole('button', { name: `Give access to ${REGAS.origin}` })).toBeTruthy();
    expect(document.querySelector(`[data-preset="${REGAS.origin}"]`)?.getAttribute('data-granted')).toBe('no');
  });
});

describe('language preset by the organisation', () => {
  it('holds over the language the user picked before, and is marked locked', async () => {
    await fakeBrowser.storage.local.set({ locale: 'nl' });
    await fakeBrowser.storage.managed.set({ language: 'en' });
    expect(await readPanelPrefs()).toMatchObject({ locale: 'en', localeLocked: true });
  });

  it('is the user’s own choice when nothing is preset', async () => {
    await fakeBrowser.storage.local.set({ locale: 'en' });
    expect(await readPanelPrefs()).toMatchObject({ locale: 'en', localeLocked: false });
  });

  it('offers no language switch in the panel when locked', async () => {
    const api = { suggest: vi.fn(async () => new Promise(() => undefined)) } as unknown as OverlayApi;
    const { unmount } = render(<CasePanel context={null} api={api} collapsed={false} onCollapsedChange={() => undefined} texts={textsFor('nl')} onLocaleChange={() => undefined} />);
    expect(screen.getByRole('button', { name: 'English' })).toBeTruthy();
    unmount();
    render(<CasePanel context={null} api={api} collapsed={false} onCollapsedChange={() => undefined} texts={textsFor('nl')} />);
    expect(screen.queryByRole('button', { name: 'English' })).toBeNull();
  });
});
