// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp, type OptionsApi } from '../../../components/options-app';
import type { ConnectionView } from '../../../lib/worker-protocol/protocol';
import { textsFor } from '../i18n/texts';

afterEach(cleanup);

const PARKED_ID = '0190f2a0-0000-7000-8000-00000000a001';

function view(parked: ConnectionView['parked']): ConnectionView {
  return {
    connected: true,
    serverUrl: 'https://api.test',
    userName: 'P. Demo',
    role: 'professional',
    teamName: 'Buurtteam Test',
    status: 'idle',
    lastSuccessAt: '2026-11-23T12:00:00.000Z',
    nextAttemptAt: null,
    pending: 0,
    rejected: parked.length,
    parked,
  };
}

const refused: ConnectionView['parked'][number] = {
  id: PARKED_ID,
  outcome: 'deployed',
  status: 'chosen',
  createdAt: '2026-11-20T09:30:00.000Z',
  reason: {
    code: 'validation_failed',
    message: 'Ongeldige invoer, er is niets opgeslagen. records.0.version: versie hoogstens 2147483647',
    en: 'Request does not match the contract; nothing was stored. Fields: records.0.version',
  },
};

function api(initial: ConnectionView): OptionsApi & { retryParked: ReturnType<typeof vi.fn> } {
  return {
    connection: async () => initial,
    connect: async () => initial,
    disconnect: async () => initial,
    syncNow: async () => initial,
    retryParked: vi.fn(async () => view([])),
  };
}

describe('OptionsApp: records the server refused (issue 11)', () => {
  it('lists each parked record with the server’s reason in Dutch', async () => {
    render(<OptionsApp api={api(view([refused]))} texts={textsFor('nl')} />);
    const item = await screen.findByText(/versie hoogstens 2147483647/);
    expect(item.closest('[data-parked]')?.getAttribute('data-parked')).toBe(PARKED_ID);
    expect(screen.getByText('Informele hulp ingezet')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Geweigerd en apart gezet' })).toBeTruthy();
  });

  it('shows the English reason in English', async () => {
    render(<OptionsApp api={api(view([refused]))} texts={textsFor('en')} />);
    expect(await screen.findByText(/Fields: records\.0\.version/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Refused and set aside' })).toBeTruthy();
  });

  it('puts a record back in the queue on "Opnieuw proberen", and shows what is left', async () => {
    const options = api(view([refused]));
    render(<OptionsApp api={options} texts={textsFor('nl')} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Opnieuw proberen' }));
    expect(options.retryParked).toHaveBeenCalledWith(PARKED_ID);
    await vi.waitFor(() => expect(screen.queryByText(/versie hoogstens/)).toBeNull());
  });

  it('shows no list when nothing is parked', async () => {
    render(<OptionsApp api={api(view([]))} texts={textsFor('nl')} />);
    await screen.findByText('P. Demo', { exact: false });
    expect(screen.queryByRole('heading', { name: 'Geweigerd en apart gezet' })).toBeNull();
  });
});

describe('OptionsApp: what each role can do (issue 12 #17)', () => {
  it('names a kaart keeper’s role in words and says what it can do and where, with no sync error', async () => {
    render(<OptionsApp api={api({ ...view([]), role: 'kaart_keeper' })} texts={textsFor('nl')} />);
    expect(await screen.findByText(/P\. Demo \(beheerder sociale kaart\)/)).toBeTruthy();
    expect(screen.queryByText(/kaart_keeper/)).toBeNull();
    expect(document.querySelector('[data-role-help="kaart_keeper"]')?.textContent).toMatch(/sociale kaart van uw gemeente/);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('tells an administrator, in English too, where the work is', async () => {
    render(<OptionsApp api={api({ ...view([]), role: 'admin' })} texts={textsFor('en')} />);
    expect(await screen.findByText(/P\. Demo \(administrator\)/)).toBeTruthy();
    expect(document.querySelector('[data-role-help="admin"]')?.textContent).toMatch(/admin API.*dashboard of all teams/);
  });
});

describe('OptionsApp: offline and a wrong address (issue 12 #16)', () => {
  it('does not call itself connected while there is no connection, and says when the next try is', async () => {
    render(<OptionsApp api={api({ ...view([]), status: 'offline', nextAttemptAt: '2026-11-23T12:00:45.000Z', pending: 2 })} texts={textsFor('nl')} />);
    expect(await screen.findByRole('heading', { name: 'Aangemeld bij de server van je team' })).toBeTruthy();
    expect(screen.queryByText(/^Verbonden$/)).toBeNull();
    expect(screen.getByText(/Geen verbinding/)).toBeTruthy();
    expect(document.querySelector('[data-next-try]')?.textContent).toMatch(/^Volgende poging om .+; dat gaat vanzelf\.$/);
  });

  it('says the address is wrong when sign-in reaches no Handreiking server, not that records go later', async () => {
    const notConnected: ConnectionView = { ...view([]), connected: false, status: 'idle', role: undefined, userName: undefined, teamName: undefined, serverUrl: undefined };
    const failing: OptionsApi = {
      ...api(notConnected),
      connect: async () => {
        throw Object.assign(new Error('…'), { code: 'server_not_found', serverUrl: 'https://handreiking.gemeente.nll' });
      },
    };
    render(<OptionsApp api={failing} texts={textsFor('nl')} />);
    fireEvent.input(await screen.findByLabelText('Aanmeldcode'), { target: { value: 'ABCD-EFGH' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Verbinden' }).closest('form')!);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Op https:\/\/handreiking\.gemeente\.nll antwoordt geen server van Handreiking/);
    expect(alert.textContent).not.toMatch(/later/);
  });
});

describe('OptionsApp: disconnecting on a shared computer (issue 12 #6)', () => {
  it('says how many records are unsent and offers to send them first, or to disconnect and delete them', async () => {
    const disconnect = vi.fn(async (discard?: boolean) => {
      if (!discard) throw Object.assign(new Error('…'), { code: 'unsent_records', count: 3 });
      return { ...view([]), connected: false };
    });
    const syncNow = vi.fn(async () => view([]));
    render(<OptionsApp api={{ ...api({ ...view([]), pending: 3 }), disconnect, syncNow }} texts={textsFor('nl')} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Ontkoppelen' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toMatch(/3 vastleggingen zijn nog niet verstuurd/);
    fireEvent.click(screen.getByRole('button', { name: 'Eerst versturen' }));
    await vi.waitFor(() => expect(syncNow).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('alertdialog')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Ontkoppelen' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Toch ontkoppelen en 3 vastleggingen verwijderen' }));
    await vi.waitFor(() => expect(disconnect).toHaveBeenLastCalledWith(true));
  });
});

describe('OptionsApp: the team key (issue 12 #1)', () => {
  it('says plainly that this browser waits for the team key, and what a lost key means', async () => {
    render(<OptionsApp api={api({ ...view([]), teamKeyWaiting: true })} texts={textsFor('nl')} />);
    await vi.waitFor(() => expect(document.querySelector('[data-team-key-waiting]')?.textContent).toMatch(/Wachten op de teamsleutel: die komt van de browser van een collega/));
    expect(document.querySelector('[data-team-key-lost-note]')?.textContent).toMatch(/teamsleutel kwijt/);
  });

  it('says when the team key was lost and replaced', async () => {
    render(<OptionsApp api={api({ ...view([]), teamKeyReplacedAt: '2026-11-20T09:30:00.000Z' })} texts={textsFor('nl')} />);
    await vi.waitFor(() => expect(document.querySelector('[data-team-key-replaced]')?.textContent).toMatch(/teamsleutel was kwijt en is op .*2026.* vervangen/));
  });

  it('says nothing about waiting once the key is here', async () => {
    render(<OptionsApp api={api(view([]))} texts={textsFor('nl')} />);
    await vi.waitFor(() => expect(document.querySelector('[data-connection]')).not.toBeNull());
    expect(document.querySelector('[data-team-key-waiting]')).toBeNull();
  });
});

describe('OptionsApp: the professional’s contact for requests (issue 17)', () => {
  it('shows the remembered contact and saves a corrected one; refuses one without a valid e-mail address', async () => {
    const contact = { professionalContact: vi.fn(async () => ({ name: 'Sam Werker', email: 's.werker@team.demo.example' })), saveProfessionalContact: vi.fn(async () => undefined) };
    render(<OptionsApp api={api(view([]))} contact={contact} texts={textsFor('nl')} />);
    await vi.waitFor(() => expect((screen.getByLabelText('Je naam') as HTMLInputElement).value).toBe('Sam Werker'));
    fireEvent.input(screen.getByLabelText('Je werk-e-mailadres'), { target: { value: 'geen adres' } });
    fireEvent.click(screen.getByRole('button', { name: 'Contactgegevens bewaren' }));
    expect(await screen.findByText('Vul je naam en een geldig werk-e-mailadres in.')).toBeTruthy();
    expect(contact.saveProfessionalContact).not.toHaveBeenCalled();
    fireEvent.input(screen.getByLabelText('Je werk-e-mailadres'), { target: { value: 'sam@team.demo.example' } });
    fireEvent.input(screen.getByLabelText('Je werktelefoon (niet verplicht)'), { target: { value: '010-7654321' } });
    fireEvent.click(screen.getByRole('button', { name: 'Contactgegevens bewaren' }));
    await vi.waitFor(() => expect(contact.saveProfessionalContact).toHaveBeenCalledWith({ name: 'Sam Werker', email: 'sam@team.demo.example', phone: '010-7654321' }));
  });

  it('is not shown to a role that sends no requests', async () => {
    const contact = { professionalContact: vi.fn(async () => null), saveProfessionalContact: vi.fn() };
    render(<OptionsApp api={api({ ...view([]), role: 'kaart_keeper' })} contact={contact} texts={textsFor('nl')} />);
    await screen.findByText('P. Demo', { exact: false });
    expect(screen.queryByLabelText('Je naam')).toBeNull();
  });
});
