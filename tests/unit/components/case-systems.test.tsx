// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaseSystems, type CaseSystemsApi } from '../../../components/case-systems';
import type { CaseSystemSite } from '../../../lib/case-systems/case-system-address';
import { MessagesContext } from '../../../components/use-messages';
import { textsFor } from '../i18n/texts';

afterEach(cleanup);

function fakeBrowser(answer: boolean) {
  const granted: CaseSystemSite[] = [];
  const api: CaseSystemsApi & { request: ReturnType<typeof vi.fn> } = {
    list: async () => [...granted],
    request: vi.fn((site: CaseSystemSite) => {
      if (answer) granted.push(site);
      return Promise.resolve(answer);
    }),
    remove: async (site) => {
      granted.splice(granted.findIndex((s) => s.pattern === site.pattern), 1);
      return true;
    },
    onChange: () => () => undefined,
  };
  return api;
}

function show(api: CaseSystemsApi, locale: 'nl' | 'en' = 'nl') {
  const texts = textsFor(locale);
  render(
    <MessagesContext.Provider value={texts}>
      <CaseSystems api={api} />
    </MessagesContext.Provider>,
  );
}

describe('case systems on the options page', () => {
  it('says why it asks and that none is added yet', async () => {
    show(fakeBrowser(true));
    expect(await screen.findByText(/Nog geen casussysteem toegevoegd/)).toBeTruthy();
    expect(screen.getByText(/blijft in deze browser/)).toBeTruthy();
  });

  it('asks the browser for the typed address as its whole site, then lists it', async () => {
    const api = fakeBrowser(true);
    show(api);
    fireEvent.input(screen.getByLabelText('Adres van het casussysteem'), { target: { value: 'regas.gemeente.nl/dossier/12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Toegang vragen en toevoegen' }));
    // Asked during the click itself, before anything was awaited: the browser asks only then.
    expect(api.request).toHaveBeenCalledWith({ origin: 'https://regas.gemeente.nl', pattern: 'https://regas.gemeente.nl/*' });
    expect(await screen.findByText(/is toegevoegd/)).toBeTruthy();
    expect(document.querySelector('[data-site="https://regas.gemeente.nl"]')).toBeTruthy();
  });

  it('says so when the browser was refused, and adds nothing', async () => {
    show(fakeBrowser(false), 'en');
    fireEvent.input(screen.getByLabelText('Address of the case system'), { target: { value: 'https://regas.gemeente.nl' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ask for access and add' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/did not grant access to https:\/\/regas\.gemeente\.nl/);
    expect(document.querySelector('[data-site]')).toBeNull();
  });

  it('refuses a pattern for many sites without asking the browser', async () => {
    const api = fakeBrowser(true);
    show(api);
    fireEvent.input(screen.getByLabelText('Adres van het casussysteem'), { target: { value: 'https://*.gemeente.nl' } });
    fireEvent.click(screen.getByRole('button', { name: 'Toegang vragen en toevoegen' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/één systeem tegelijk/);
    expect(api.request).not.toHaveBeenCalled();
  });

  it('removes a site with its own labelled button', async () => {
    const api = fakeBrowser(true);
    await api.request({ origin: 'https://regas.gemeente.nl', pattern: 'https://regas.gemeente.nl/*' });
    show(api);
    fireEvent.click(await screen.findByRole('button', { name: 'https://regas.gemeente.nl verwijderen' }));
    await waitFor(() => expect(document.querySelector('[data-site]')).toBeNull());
    expect(screen.getByText(/is verwijderd/)).toBeTruthy();
  });

  it("lists the team's mappings, offers their sites this browser has no access to, and says why a version is not used", async () => {
    const api = {
      ...fakeBrowser(true),
      teamAdapters: async () => [
        {
          id: 'team-clientvolg',
          name: 'CliëntVolg gemeente',
          inUse: { version: 2, changedAt: '2026-12-01T10:00:00.000Z', changedBy: { id: 'u1', displayName: 'B. Heerder', role: 'admin' as const } },
          refused: { version: 3, reason: 'Deze koppeling past niet in het schema van deze extensie.', issues: [{ path: 'fields.need.0.selector', message: 'selector leest de hele pagina' }] },
          sites: ['https://casus.gemeente.nl/*'],
          fetchedAt: '2026-12-02T08:00:00.000Z',
        },
      ],
    };
    show(api);
    const item = await screen.findByText('CliëntVolg gemeente');
    expect(item.closest('li')?.textContent).toMatch(/In gebruik: versie 2, .*door B\. Heerder/);
    expect(document.querySelector('[data-refused]')?.textContent).toMatch(/Versie 3 .*selector leest de hele pagina/);
    fireEvent.click(screen.getByRole('button', { name: 'Toegang geven tot https://casus.gemeente.nl' }));
    expect(api.request).toHaveBeenCalledWith({ origin: 'https://casus.gemeente.nl', pattern: 'https://casus.gemeente.nl/*' });
    // Granted: the offer goes, the site is listed.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Toegang geven tot https://casus.gemeente.nl' })).toBeNull());
    expect(document.querySelector('[data-site="https://casus.gemeente.nl"]')).toBeTruthy();
  });
});
