// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsoleContext, type ConsoleTools } from '../../../components/console/console-context';
import { ImportReport } from '../../../components/console/import-report';
import { KaartImport } from '../../../components/console/kaart-import';
import { MessagesContext } from '../../../components/use-messages';
import { planImport } from '../../../lib/catalogue/import/plan-import';
import type { ImportedKaart } from '../../../lib/catalogue/import/validate-rows';
import type { ConsoleApi } from '../../../lib/console/console-api';
import type { UploadProgress } from '../../../lib/console/upload-progress';
import { Organization, Service } from '../../../lib/contracts/catalogue';
import type { HsdsImportPage, HsdsImportRequest } from '../../../lib/contracts/hsds-import';
import type { Catalogue, CatalogueUploadInput } from '../../../lib/contracts/sync';
import type { Locale } from '../../../lib/i18n/locales';
import { testOffer } from '../../server/kaart-fixture';
import { textsFor } from '../i18n/texts';

/* The kaart keeper's import page with a fake API: mapping, defaults, dry run, confirm. */

afterEach(cleanup);

const csv = readFileSync('tests/fixtures/kaart-sheets/console-import.csv', 'utf8');
const ORG = Organization.parse({ id: 'humanitas', name: 'Humanitas', description: 'Vrijwilligers.' });
const STORED = Service.parse({ ...testOffer('humanitas-thuisadministratie', 'Thuisadministratie'), organization_id: 'humanitas' });
const KAART: Catalogue = { version: 'v1', demo: false, municipality: 'Teststad', updatedAt: null, organizations: [ORG], services: [STORED] };

function show(locale: Locale = 'nl', more: Partial<ConsoleApi> = {}) {
  const sent: CatalogueUploadInput[] = [];
  const api = {
    catalogue: async () => ({ catalogue: structuredClone(KAART), etag: '"e1"' }),
    uploadKaart: async (upload: CatalogueUploadInput) => {
      sent.push(upload);
      return { version: upload.version, etag: '"e2"', organizations: upload.organizations.length, services: upload.services.length };
    },
    ...more,
  } as unknown as ConsoleApi;
  const tools: ConsoleTools = { api, role: 'kaart_keeper', describe: (e) => String(e) };
  render(
    <MessagesContext.Provider value={textsFor(locale)}>
      <ConsoleContext.Provider value={tools}>
        <KaartImport />
      </ConsoleContext.Provider>
    </MessagesContext.Provider>,
  );
  return { sent };
}

async function chooseFile(label: string, content: string, name: string) {
  const input = (await screen.findByLabelText(label)) as HTMLInputElement;
  await waitFor(() => expect(input.disabled).toBe(false));
  fireEvent.change(input, { target: { files: [new File([content], name)] } });
}

const dryRun = async () => {
  fireEvent.click(screen.getByRole('button', { name: 'Proefimport bekijken' }));
  return screen.findByRole('heading', { name: 'Proefimport: er is nog niets verstuurd' });
};

describe('kaart import page', () => {
  it('starts with what to do', async () => {
    show();
    expect((await screen.findByText(/Kies een bestand of vul het adres/)).textContent).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Proefimport bekijken' })).toBeNull();
  });

  it('maps a sheet’s columns: changing a column’s field changes the dry run', async () => {
    const { sent } = show();
    await chooseFile('Bestand (kaart-JSON, HSDS-JSON, CSV of Excel .xlsx)', csv, 'kaart.csv');
    const select = (await screen.findByLabelText('Veld voor kolom Organisatie')) as HTMLSelectElement;
    expect(select.value).toBe('organization');
    expect((screen.getByLabelText('Veld voor kolom Naam aanbod') as HTMLSelectElement).value).toBe('name');

    // The sheet has no kind of help: a default gives it.
    fireEvent.change(screen.getByLabelText('Soort hulp'), { target: { value: 'buddy' } });
    fireEvent.change(screen.getByLabelText('Duur van de inzet'), { target: { value: 'short' } });
    await dryRun();
    expect(screen.getByText('3 rijen zijn goed.')).toBeTruthy();
    expect(screen.getByText('3 nieuwe aanbiedingen')).toBeTruthy();

    // The organisation column not used: no row can become an offer, and the page says so.
    fireEvent.change(select, { target: { value: '' } });
    await waitFor(() => expect(screen.queryByText('3 rijen zijn goed.')).toBeNull());
    await dryRun();
    expect(screen.getByText('Geen enkele rij is goed.')).toBeTruthy();
    expect(screen.getByText('Geen nieuw aanbod')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ja, importeren' })).toBeNull();

    // The description column read as the offer's name: other names, so other ids.
    fireEvent.change(select, { target: { value: 'organization' } });
    fireEvent.change(screen.getByLabelText('Veld voor kolom Beschrijving'), { target: { value: 'name' } });
    await dryRun();
    expect(document.querySelector('[data-plan="added"]')!.textContent).toContain('Elke dinsdag koffie');
    expect(sent).toEqual([]);
  });

  it('sends the merged kaart only when confirmed, with what disappeared marked inactive', async () => {
    const { sent } = show();
    await chooseFile('Bestand (kaart-JSON, HSDS-JSON, CSV of Excel .xlsx)', csv, 'kaart.csv');
    fireEvent.change(await screen.findByLabelText('Soort hulp'), { target: { value: 'buddy' } });
    fireEvent.change(screen.getByLabelText('Duur van de inzet'), { target: { value: 'long' } });
    await dryRun();
    expect(sent).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Ja, importeren' }));
    await screen.findByText(/Geïmporteerd als versie import-/);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.services.map((s) => [s.id, s.status])).toEqual([
      ['humanitas-thuisadministratie', 'inactive'],
      ['buurtkamer-de-linde-fictief.koffieochtend', 'active'],
      ['buurtkamer-de-linde-fictief.wandelmaatje', 'active'],
      ['fietsclub-vooruit-fictief.fietsmaatje', 'active'],
    ]);
  });

  it('shows how much of the kaart has been sent while it uploads, in an accessible progress bar', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let report: UploadProgress = () => {};
    show('nl', {
      uploadKaart: async (upload: CatalogueUploadInput, onProgress?: UploadProgress) => {
        report = onProgress!;
        onProgress!(1024, 4096);
        await held;
        return { version: upload.version, etag: '"e2"', organizations: upload.organizations.length, services: upload.services.length };
      },
    });
    await chooseFile('Bestand (kaart-JSON, HSDS-JSON, CSV of Excel .xlsx)', csv, 'kaart.csv');
    fireEvent.change(await screen.findByLabelText('Soort hulp'), { target: { value: 'buddy' } });
    await dryRun();
    fireEvent.click(screen.getByRole('button', { name: 'Ja, importeren' }));
    await screen.findByText('1 van 4 kB verstuurd');
    const bar = screen.getByRole('progressbar', { name: 'Voortgang van het versturen' }) as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([1024, 4096]);
    report(4096, 4096);
    await screen.findByText('Verstuurd; de server slaat de kaart op…');
    release();
    await screen.findByText(/Geïmporteerd als versie import-/);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('fetches an HSDS API address through the server page by page, with a progress bar saying page n of m', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const asked: HsdsImportRequest[] = [];
    const service = (n: number) => ({ id: `0b0c3d0e-3333-4a6b-8c9d-00000000000${n}`, name: `Buurthulp ${n}`, status: 'active', organization: { id: '0b0c3d0e-3333-4a6b-8c9d-000000000099', name: 'Buurthulp', description: 'Fictief.' } });
    show('en', {
      hsdsImportPage: async (request: HsdsImportRequest): Promise<HsdsImportPage> => {
        asked.push(request);
        if (request.page === 2) await held;
        return { page: request.page, total_pages: 2, contents: [{ row: 1, record: service(request.page * 2 - 1) }, { row: 2, record: service(request.page * 2) }], rejected: [] };
      },
    });
    const address = await screen.findByLabelText('Address of an HSDS API');
    await waitFor(() => expect((screen.getByRole('button', { name: 'Fetch' }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.input(address, { target: { value: 'https://elders.example/hsds' } });
    fireEvent.click(screen.getByRole('button', { name: 'Fetch' }));
    await screen.findByText('Fetching services: page 1 of 2, 2 records so far');
    const bar = screen.getByRole('progressbar', { name: 'Fetching progress' }) as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([1, 2]);
    release();
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    expect(document.querySelector('[data-source-kind="hsds"]')).toBeTruthy();
    expect(asked).toEqual([1, 2].map((page) => ({ address: 'https://elders.example/hsds', list: 'services', page })));
  });

  it('shows the server’s refusal of an HSDS address', async () => {
    show('en', {
      hsdsImportPage: async () => {
        throw new Error('The address points to an internal or private network address. If that fails: download that kaart’s export file');
      },
    });
    const address = await screen.findByLabelText('Address of an HSDS API');
    await waitFor(() => expect((screen.getByRole('button', { name: 'Fetch' }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.input(address, { target: { value: 'https://10.0.0.1/hsds' } });
    fireEvent.click(screen.getByRole('button', { name: 'Fetch' }));
    expect((await screen.findByRole('alert')).textContent).toContain('private network address');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('says a JSON file it cannot read, in English too', async () => {
    show('en');
    await chooseFile('File (kaart JSON, HSDS JSON, CSV or Excel .xlsx)', '{ not json', 'kaart.json');
    expect((await screen.findByRole('alert')).textContent).toContain('This file is not readable JSON.');
  });
});

describe('dry-run report', () => {
  const imported: ImportedKaart = {
    organizations: [ORG],
    services: [Service.parse({ ...STORED, description: 'Nieuwe beschrijving.' })],
    offers: [],
    rejected: [{ row: 4, name: 'Zonder organisatie', reasons: [{ key: 'empty', column: 'Organisatie' }] }],
  };

  it('lists the rejected rows with row and reason, the valid count and the plan', () => {
    const other = Service.parse({ ...testOffer('humanitas-maatje', 'Maatje'), organization_id: 'humanitas' });
    const plan = planImport([STORED, other], [ORG], imported, { disappeared: 'inactive' });
    render(
      <MessagesContext.Provider value={textsFor('nl')}>
        <ImportReport imported={imported} plan={plan} />
      </MessagesContext.Provider>,
    );
    expect(screen.getByText('1 rij is goed.')).toBeTruthy();
    const row = document.querySelector('[data-rejected-row="4"]')!;
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['4', 'Zonder organisatie', 'Organisatie: leeg']);
    expect(document.querySelector('[data-plan="changed"]')!.textContent).toContain('Thuisadministratie');
    expect(document.querySelector('[data-plan="changed"]')!.textContent).toContain('Beschrijving');
    expect(document.querySelector('[data-plan="disappeared"]')!.textContent).toContain('Maatje');
    expect(document.querySelector('[data-plan="disappeared"]')!.textContent).toContain('wordt inactief');
    expect(screen.getByText('Geen nieuw aanbod')).toBeTruthy();
  });

  it('gives each reason in the keeper’s language', () => {
    const broken: ImportedKaart = {
      ...imported,
      rejected: [{ row: 7, name: 'Kapot', reasons: [{ key: 'notPostcode', column: 'Postcodes', args: { value: '35AB' } }, { key: 'schema', args: { path: 'status', nl: 'Ongeldige optie', en: 'Invalid option' } }] }],
    };
    render(
      <MessagesContext.Provider value={textsFor('en')}>
        <ImportReport imported={broken} plan={planImport([STORED], [ORG], broken, { disappeared: 'keep' })} />
      </MessagesContext.Provider>,
    );
    expect(document.querySelector('[data-rejected-row="7"] td:last-child')!.textContent).toBe('Postcodes: "35AB" is not a postcode (write 3531 or 3531-3533); status: Invalid option');
  });
});
