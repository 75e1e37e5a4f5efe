// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuditPage } from '../../../components/console/audit-page';
import { ConsoleContext, type ConsoleTools } from '../../../components/console/console-context';
import { KaartPage } from '../../../components/console/kaart-page';
import { KaartUpload } from '../../../components/console/kaart-upload';
import { OfferEditForm } from '../../../components/console/offer-edit-form';
import { OutdatedNote } from '../../../components/outdated-note';
import { MessagesContext } from '../../../components/use-messages';
import { ConsoleApiError, type ConsoleApi } from '../../../lib/console/console-api';
import { homeFor, mayOpen, navigationFor, parseRoute, routeHash, type ConsoleRoute } from '../../../lib/console/console-route';
import { filterOffers } from '../../../lib/console/kaart-filter';
import { readKaartFile } from '../../../lib/console/kaart-file';
import { offerFrom, valuesOf, VOLUNTEER_TRAITS } from '../../../lib/console/offer-form';
import { organizationFrom, organizationValuesOf } from '../../../lib/console/organization-form';
import { EXCLUSIONS, REQUIREMENTS } from '../../../lib/contracts/catalogue';
import { KINDS_OF_HELP, TARGET_GROUPS } from '../../../lib/contracts/help';
import { ZRM_DOMAINS } from '../../../lib/contracts/zrm';
import type { Role } from '../../../lib/contracts/accounts';
import { AUDIT_ACTIONS, type AuditEvent } from '../../../lib/contracts/audit';
import { Service, type Organization } from '../../../lib/contracts/catalogue';
import type { Catalogue } from '../../../lib/contracts/sync';
import type { Locale } from '../../../lib/i18n/locales';
import { testOffer } from '../../server/kaart-fixture';
import { textsFor } from '../i18n/texts';

/* The kaart keeper's console pages and the administrator's audit log, with a fake API. */

afterEach(cleanup);

const ORG: Organization = { id: 'humanitas', name: 'Humanitas', description: 'Vrijwilligers.', phones: [] };
// The server tests' fictitious offer, so a change to the kaart contract is made in one place.
const offer = (id: string, name: string, extra: Partial<Service> = {}) =>
  Service.parse({ ...testOffer(id, name), description: `${name}: hulp van een vrijwilliger.`, ...extra });
const KAART: Catalogue = {
  version: 'v1',
  demo: false,
  municipality: 'Teststad',
  updatedAt: null,
  organizations: [ORG],
  services: [offer('thuisadministratie', 'Thuisadministratie'), offer('maatje', 'Maatje', { status: 'inactive' })],
};
const EVENT: AuditEvent = {
  id: '7',
  at: '2026-03-02T09:00:00.000Z',
  actor: { id: '0190a0b0-0000-7000-8000-000000000002', displayName: 'Kees Kaart', role: 'kaart_keeper' },
  teamId: null,
  action: 'offer.updated',
  target: { kind: 'offer', id: 'thuisadministratie' },
  summary: { name: 'Thuisadministratie', fields: ['name'] },
};

function fakeApi(overrides: Partial<ConsoleApi> = {}) {
  const sent: unknown[] = [];
  const api = {
    catalogue: async () => ({ catalogue: structuredClone(KAART), etag: '"e1"' }),
    audit: async () => ({ events: [EVENT], next: null }),
    teams: async () => [],
    putOffer: async (_id: string, input: { etag: string; offer: unknown }) => {
      sent.push(input);
      return { etag: '"e2"', offer: Service.parse(input.offer) };
    },
    putOrganization: async (_id: string, input: { etag: string; organization: unknown }) => {
      sent.push(input);
      return { etag: '"e5"', organization: input.organization };
    },
    uploadKaart: async (upload: unknown) => {
      sent.push(upload);
      return { version: 'v2', etag: '"e3"', organizations: 1, services: 1 };
    },
    ...overrides,
  } as unknown as ConsoleApi;
  return { api, sent };
}

function show(node: preact.JSX.Element, api: ConsoleApi, role: Role = 'kaart_keeper', locale: Locale = 'nl') {
  const texts = textsFor(locale);
  const tools: ConsoleTools = { api, role, describe: (e) => (e instanceof ConsoleApiError ? (locale === 'nl' ? e.nl : e.en) : String(e)) };
  return render(
    <MessagesContext.Provider value={texts}>
      <ConsoleContext.Provider value={tools}>{node}</ConsoleContext.Provider>
    </MessagesContext.Provider>,
  );
}

describe('console routes and roles', () => {
  it('reads and writes the kaart pages’ addresses', () => {
    const routes: ConsoleRoute[] = [{ page: 'kaart' }, { page: 'kaart-upload' }, { page: 'audit' }, { page: 'offer', offerId: 'humanitas-maatje' }];
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
    expect(parseRoute('#/kaart/<script>')).toBeNull();
  });

  it('shows the kaart keeper the kaart and its log, the administrator also teams and sign-in; only the keeper edits', () => {
    expect(navigationFor('kaart_keeper').map((r) => r.page)).toEqual(['kaart', 'proposals', 'audit']);
    expect(navigationFor('admin').map((r) => r.page)).toEqual(['teams', 'oidc', 'kaart', 'audit']);
    expect(homeFor('kaart_keeper')).toEqual({ page: 'kaart' });
    expect(mayOpen('kaart_keeper', 'teams')).toBe(false);
    expect(mayOpen('kaart_keeper', 'kaart-upload')).toBe(true);
    expect(mayOpen('admin', 'kaart-upload')).toBe(false);
    expect(mayOpen('admin', 'offer')).toBe(false);
    expect(parseRoute('#/kaart/upload')).toEqual({ page: 'kaart-upload' });
    expect(parseRoute('#/kaart/voorstellen')).toEqual({ page: 'proposals' });
  });
});

describe('kaart helpers', () => {
  it('finds offers by words in name, description or organisation, and by status', () => {
    expect(filterOffers(KAART.services, KAART.organizations, 'humanitas').map((s) => s.id)).toEqual(['maatje', 'thuisadministratie']);
    expect(filterOffers(KAART.services, KAART.organizations, 'THUIS vrijwilliger').map((s) => s.id)).toEqual(['thuisadministratie']);
    expect(filterOffers(KAART.services, KAART.organizations, '', 'inactive').map((s) => s.id)).toEqual(['maatje']);
  });

  it('checks the form’s values with the kaart’s contract and names the wrong fields', () => {
    const base = KAART.services[0]!;
    expect(offerFrom(base, { ...valuesOf(base), name: 'Post' })).toMatchObject({ ok: true, offer: { name: 'Post', id: 'thuisadministratie' } });
    expect(offerFrom(base, { ...valuesOf(base), name: '', url: 'javascript:alert(1)' })).toEqual({ ok: false, fields: ['name', 'url'] });
  });

  it('turns every field of the form into the offer and back, and names each wrong field', () => {
    const base = KAART.services[0]!;
    const values = valuesOf(base);
    expect(offerFrom(base, values)).toEqual({ ok: true, offer: base });
    const changed = offerFrom(base, {
      ...values,
      maximum_age: '17',
      languages: 'nl, AR',
      zrm_domains: ['finances', 'housing'],
      target_groups: ['youth'],
      genders: ['female'],
      excludes: ['acute_crisis'],
      requires: ['consent'],
      volunteers: ['screened', 'trained'],
      commitment: 'long',
      conditions: 'Alleen op afspraak\n\nNiet in de zomer',
      keywords: 'post\nbrieven',
      waiting_days: '14',
      areas: [{ name: 'Noord', postcodes: '3521, 3522-3529', wijken: 'Overvecht' }],
      availability: [{ from: '01-15', until: '04-01', note: '' }],
    });
    expect(changed.ok).toBe(true);
    const o = changed.ok ? changed.offer : null;
    expect(o).toMatchObject({
      maximum_age: 17,
      languages: ['nl', 'ar'],
      service_areas: [{ name: 'Noord', postcodes: ['3521', '3522-3529'], wijken: ['Overvecht'] }],
      handreiking: {
        zrm_domains: ['finances', 'housing'],
        target_groups: ['youth'],
        conditions: ['Alleen op afspraak', 'Niet in de zomer'],
        keywords: ['post', 'brieven'],
        waiting_days: { typical: 14 },
        availability: [{ from: '01-15', until: '04-01' }],
        volunteers: { screened: true, trained: true, coordinator: false, commitment: 'long' },
        eligibility: { genders: ['female'], excludes: ['acute_crisis'], requires: ['consent'] },
      },
    });
    expect(valuesOf(o!)).toMatchObject({ maximum_age: '17', languages: 'nl, ar', areas: [{ postcodes: '3521, 3522-3529' }] });
    const wrong = offerFrom(base, {
      ...values,
      maximum_age: '200',
      minimum_age: 'tien',
      languages: 'nederlands',
      zrm_domains: [],
      target_groups: [],
      waiting_days: '',
      areas: [{ name: 'Noord', postcodes: '35', wijken: '' }],
      availability: [{ from: '1 jan', until: '', note: '' }],
      keywords: 'x',
    });
    expect(wrong.ok ? [] : [...wrong.fields].sort()).toEqual(['areas', 'availability', 'keywords', 'languages', 'maximum_age', 'minimum_age', 'target_groups', 'waiting_days', 'zrm_domains']);
    expect(offerFrom(base, { ...values, areas: [] })).toEqual({ ok: false, fields: ['areas'] });
  });

  it('reads the organisation form and names its wrong fields', () => {
    const org = { ...ORG, phones: [{ number: '030 123 4567', description: 'spreekuur' }] };
    expect(organizationFrom(org, organizationValuesOf(org))).toEqual({ ok: true, organization: org });
    expect(organizationFrom(org, { ...organizationValuesOf(org), name: '', url: 'javascript:x', phones: 'bel ons' })).toEqual({ ok: false, fields: ['name', 'url', 'phones'] });
  });

  it('has a Dutch and English label for every value the form lists', () => {
    for (const locale of ['nl', 'en'] as const) {
      const { has } = textsFor(locale);
      const keys = [
        ...EXCLUSIONS.map((x) => `console.offer.exclude.${x}`),
        ...REQUIREMENTS.map((r) => `console.offer.require.${r}`),
        ...ZRM_DOMAINS.map((d) => `domain.${d}`),
        ...KINDS_OF_HELP.map((k) => `kind.${k}`),
        ...TARGET_GROUPS.map((g) => `targetGroup.${g}`),
        ...VOLUNTEER_TRAITS.map((k) => `volunteerTraits.${k}`),
        ...['one_off', 'short', 'long'].map((c) => `commitment.${c}`),
        ...Object.keys(valuesOf(KAART.services[0]!)).flatMap((f) => [`console.offer.field.${f}`, `console.offer.error.${f}`]),
      ];
      expect(keys.filter((k) => !has(k)), locale).toEqual([]);
    }
  });

  it('reads a kaart file into what it adds, changes and removes', () => {
    const file = { version: 'v2', organizations: [ORG], services: [{ ...KAART.services[0]!, name: 'Post' }, offer('nieuw', 'Nieuw')] };
    const read = readKaartFile(JSON.stringify(file), KAART.services);
    expect(read.ok && read.diff).toEqual({
      added: [{ id: 'nieuw', name: 'Nieuw' }],
      changed: [{ id: 'thuisadministratie', name: 'Post', fields: ['name'] }],
      removed: [{ id: 'maatje', name: 'Maatje' }],
    });
    expect(readKaartFile('{nope', [])).toEqual({ ok: false, reason: 'not_json' });
    const invalid = readKaartFile(JSON.stringify({ version: 'v2', organizations: [], services: [{ id: 'x' }] }), []);
    expect(invalid.ok).toBe(false);
  });
});

describe('kaart page', () => {
  it('lists the offers, narrows them by search, links to each and shows the history', async () => {
    show(<KaartPage />, fakeApi().api);
    await screen.findByRole('link', { name: 'Thuisadministratie' });
    expect(screen.getByRole('link', { name: 'Maatje' }).getAttribute('href')).toBe('#/kaart/maatje');
    fireEvent.input(screen.getByLabelText('Zoek op naam, beschrijving of organisatie'), { target: { value: 'maatje' } });
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Thuisadministratie' })).toBeNull());
    expect(screen.getByRole('link', { name: 'Een nieuw kaartbestand uploaden' })).toBeTruthy();
    expect((await screen.findByText(/door Kees Kaart \(beheerder sociale kaart\)/)).textContent).toBeTruthy();
  });

  it('has no upload link for the administrator', async () => {
    show(<KaartPage />, fakeApi().api, 'admin');
    await screen.findByRole('link', { name: 'Thuisadministratie' });
    expect(screen.queryByRole('link', { name: 'Een nieuw kaartbestand uploaden' })).toBeNull();
  });
});

describe('offer form', () => {
  it('saves the changed fields with the ETag it was loaded with', async () => {
    const { api, sent } = fakeApi();
    show(<OfferEditForm offerId="thuisadministratie" />, api);
    const name = await screen.findByLabelText('Naam');
    fireEvent.input(name, { target: { value: 'Hulp bij de post' } });
    fireEvent.click(screen.getByRole('button', { name: 'Aanbod opslaan' }));
    await screen.findByText(/Hulp bij de post is opgeslagen/);
    expect(sent).toEqual([{ etag: '"e1"', offer: expect.objectContaining({ id: 'thuisadministratie', name: 'Hulp bij de post' }) }]);
  });

  it('shows a clear error at each wrong field, in Dutch and in English, and sends nothing', async () => {
    for (const [locale, label, message] of [
      ['nl', 'Naam', 'Vul een naam in van 1 tot 300 tekens'],
      ['en', 'Name', 'Enter a name of 1 to 300 characters'],
    ] as const) {
      const { api, sent } = fakeApi();
      show(<OfferEditForm offerId="thuisadministratie" />, api, 'kaart_keeper', locale);
      const name = await screen.findByLabelText(label);
      fireEvent.input(name, { target: { value: '  ' } });
      fireEvent.submit(name.closest('form')!);
      const error = await screen.findByText(new RegExp(message));
      expect(name.getAttribute('aria-invalid')).toBe('true');
      expect(name.getAttribute('aria-describedby')).toBe(error.id);
      expect(sent).toEqual([]);
      cleanup();
    }
  });

  it('keeps the edits after a 409 and saves them on the latest kaart when asked', async () => {
    let etag = '"e1"';
    const attempts: string[] = [];
    const { api } = fakeApi({
      catalogue: async () => ({ catalogue: structuredClone(KAART), etag }),
      putOffer: async (_id, input) => {
        attempts.push(input.etag);
        if (input.etag !== '"e9"') throw new ConsoleApiError(409, 'stale_kaart', 'Iemand anders heeft de kaart intussen gewijzigd.', 'The kaart changed.');
        return { etag: '"e10"', offer: Service.parse(input.offer) };
      },
    } as Partial<ConsoleApi>);
    show(<OfferEditForm offerId="thuisadministratie" />, api);
    const name = await screen.findByLabelText('Naam');
    fireEvent.input(name, { target: { value: 'Mijn nieuwe naam' } });
    fireEvent.click(screen.getByRole('button', { name: 'Aanbod opslaan' }));
    await screen.findByText('Iemand anders heeft de kaart intussen gewijzigd.');
    etag = '"e9"';
    fireEvent.click(screen.getByRole('button', { name: 'Nieuwste kaart laden, mijn wijzigingen houden' }));
    await screen.findByText(/uw wijzigingen staan nog in het formulier/);
    expect((screen.getByLabelText('Naam') as HTMLInputElement).value).toBe('Mijn nieuwe naam');
    fireEvent.click(screen.getByRole('button', { name: 'Aanbod opslaan' }));
    await screen.findByText(/Mijn nieuwe naam is opgeslagen/);
    expect(attempts).toEqual(['"e1"', '"e9"']);
  });

  it('edits the eligibility, domains and areas with checkboxes and rows, and names a wrong one at its field', async () => {
    const { api, sent } = fakeApi();
    show(<OfferEditForm offerId="thuisadministratie" />, api);
    await screen.findByLabelText('Naam');
    const housing = screen.getByRole('checkbox', { name: 'Huisvesting' }) as HTMLInputElement;
    expect(housing.closest('fieldset')!.querySelector('legend')!.textContent).toBe('ZRM-levensdomeinen');
    expect([(screen.getByRole('checkbox', { name: 'Financiën' }) as HTMLInputElement).checked, housing.checked]).toEqual([true, false]);
    fireEvent.click(housing);
    fireEvent.input(screen.getByLabelText('Maximumleeftijd (jaren)'), { target: { value: '17' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'acute crisis' }));
    fireEvent.click(screen.getByRole('button', { name: 'Gebied toevoegen' }));
    fireEvent.input(screen.getByLabelText('Postcodes (1234 of 1234-1240, met komma\'s; leeg = heel het gebied)', { selector: '#area-1-postcodes' }), { target: { value: '12' } });
    fireEvent.input(screen.getByLabelText('Naam van het gebied', { selector: '#area-1-name' }), { target: { value: 'Zuid' } });
    fireEvent.click(screen.getByRole('button', { name: 'Aanbod opslaan' }));
    expect((await screen.findByText(/Geef minstens één gebied een naam/)).getAttribute('data-field-error')).toBe('areas');
    expect(sent).toEqual([]);
    fireEvent.input(screen.getByLabelText('Postcodes (1234 of 1234-1240, met komma\'s; leeg = heel het gebied)', { selector: '#area-1-postcodes' }), { target: { value: '3521' } });
    fireEvent.click(screen.getByRole('button', { name: 'Aanbod opslaan' }));
    await screen.findByText(/is opgeslagen/);
    const saved = (sent[0] as { offer: Service }).offer;
    expect(saved.maximum_age).toBe(17);
    expect(saved.handreiking.zrm_domains).toEqual(['finances', 'housing']);
    expect(saved.handreiking.eligibility.excludes).toEqual(['acute_crisis']);
    expect(saved.service_areas.at(-1)).toEqual({ name: 'Zuid', postcodes: ['3521'], wijken: [] });
  });

  it('edits the offer’s organisation next to it, from the ETag the offer form last saved with', async () => {
    const { api, sent } = fakeApi();
    show(<OfferEditForm offerId="thuisadministratie" />, api);
    await screen.findByLabelText('Naam van de organisatie');
    fireEvent.click(screen.getByRole('button', { name: 'Aanbod opslaan' }));
    await screen.findByText(/Thuisadministratie is opgeslagen/);
    fireEvent.input(screen.getByLabelText('E-mailadres van de organisatie'), { target: { value: 'geen adres' } });
    fireEvent.click(screen.getByRole('button', { name: 'Organisatie opslaan' }));
    expect((await screen.findByText('Vul een geldig e-mailadres in, of laat het leeg.')).getAttribute('data-field-error')).toBe('organization.email');
    expect(sent).toHaveLength(1);
    fireEvent.input(screen.getByLabelText('E-mailadres van de organisatie'), { target: { value: 'info@humanitas.example' } });
    fireEvent.input(screen.getByLabelText(/Telefoonnummers/), { target: { value: '030 123 4567 – spreekuur\n06 12345678' } });
    fireEvent.click(screen.getByRole('button', { name: 'Organisatie opslaan' }));
    await screen.findByText(/Humanitas is opgeslagen/);
    expect(sent[1]).toEqual({
      etag: '"e2"',
      organization: { ...ORG, email: 'info@humanitas.example', phones: [{ number: '030 123 4567', description: 'spreekuur' }, { number: '06 12345678' }] },
    });
  });

  it('says so for an offer that is not in the kaart', async () => {
    show(<OfferEditForm offerId="weg" />, fakeApi().api);
    expect((await screen.findByRole('alert')).textContent).toContain('staat niet (meer) in de kaart');
  });
});

describe('upkeep: offers not checked in twelve months', () => {
  // The console's clock: 3 December 2026; "maatje" was checked 13 months ago, "thuisadministratie" 2 months ago.
  const CHECKED: Catalogue = {
    ...KAART,
    services: [offer('thuisadministratie', 'Thuisadministratie', { assured_date: '2026-10-01' }), offer('maatje', 'Maatje', { assured_date: '2025-11-02' }), offer('kluslijn', 'Kluslijn')],
  };
  const withClock = () => vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-03T10:00:00Z') });
  afterEach(() => vi.useRealTimers());

  it('the kaart page counts them, marks them and lists only them when asked', async () => {
    withClock();
    show(<KaartPage />, fakeApi({ catalogue: async () => ({ catalogue: structuredClone(CHECKED), etag: '"e1"' }) }).api);
    await screen.findByRole('link', { name: 'Thuisadministratie' });
    const only = screen.getByLabelText('Alleen niet gecontroleerd in 12 maanden (2)');
    expect(document.querySelectorAll('[data-offers] [data-outdated]').length).toBe(2);
    fireEvent.click(only);
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Thuisadministratie' })).toBeNull());
    expect(screen.getByRole('link', { name: 'Maatje' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Kluslijn' })).toBeTruthy();
    expect(screen.getByText('2 aanbiedingen gevonden.')).toBeTruthy();
  });

  it('the offer form says when it was last checked, and "Gecontroleerd: klopt nog" stores today, leaving typed edits unsaved', async () => {
    withClock();
    const { api, sent } = fakeApi({ catalogue: async () => ({ catalogue: structuredClone(CHECKED), etag: '"e1"' }) });
    show(<OfferEditForm offerId="maatje" />, api);
    expect(await screen.findByText(/Laatst gecontroleerd op 2 november 2025\./)).toBeTruthy();
    expect(screen.getByText(/professionals zien dit aanbod als mogelijk verouderd/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Naam'), { target: { value: 'Nog niet opgeslagen' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gecontroleerd: klopt nog' }));
    await screen.findByText(/Gecontroleerd op 3 december 2026/);
    expect(sent).toEqual([{ etag: '"e1"', offer: expect.objectContaining({ id: 'maatje', name: 'Maatje', assured_date: '2026-12-03' }) }]);
    expect(screen.getByText(/Laatst gecontroleerd op 3 december 2026\./)).toBeTruthy();
    expect(screen.queryByText(/mogelijk verouderd/)).toBeNull();
    expect((screen.getByLabelText('Naam') as HTMLInputElement).value).toBe('Nog niet opgeslagen');
  });

  it('an offer never checked says so; the administrator sees no button', async () => {
    withClock();
    show(<OfferEditForm offerId="kluslijn" />, fakeApi({ catalogue: async () => ({ catalogue: structuredClone(CHECKED), etag: '"e1"' }) }).api, 'admin');
    expect(await screen.findByText(/Nog nooit gecontroleerd\./)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Gecontroleerd: klopt nog' })).toBeNull();
  });

  it('professionals see "possibly outdated" on such an offer, in Dutch and English, and nothing on a checked one', () => {
    const today = new Date('2026-12-03T10:00:00Z');
    const note = (locale: Locale, assured?: string) => {
      const { container } = render(
        <MessagesContext.Provider value={textsFor(locale)}>
          <OutdatedNote offer={assured ? { assured_date: assured } : {}} today={today} />
        </MessagesContext.Provider>,
      );
      const text = container.textContent;
      cleanup();
      return text;
    };
    expect(note('nl', '2025-11-02')).toBe('Mogelijk verouderd (laatst gecontroleerd 2 november 2025)');
    expect(note('en', '2025-11-02')).toBe('Possibly outdated (last checked 2 November 2025)');
    expect(note('nl')).toBe('Mogelijk verouderd (nooit gecontroleerd)');
    expect(note('en')).toBe('Possibly outdated (never checked)');
    expect(note('nl', '2025-12-03')).toBe('');
  });
});

describe('kaart upload', () => {
  it('shows what a file changes and uploads it only when confirmed', async () => {
    const { api, sent } = fakeApi();
    show(<KaartUpload />, api);
    const input = (await screen.findByLabelText('Kaartbestand (JSON)')) as HTMLInputElement;
    await waitFor(() => expect(input.disabled).toBe(false));
    const file = { version: 'v2', organizations: [ORG], services: [{ ...KAART.services[0]!, description: 'Anders.' }] };
    fireEvent.change(input, { target: { files: [new File([JSON.stringify(file)], 'kaart.json', { type: 'application/json' })] } });
    await screen.findByText('Wat versie v2 verandert');
    expect(screen.getByText('1 aanbod gewijzigd')).toBeTruthy();
    expect(screen.getByText('1 aanbod verwijderd')).toBeTruthy();
    expect(screen.getByText('Geen nieuw aanbod')).toBeTruthy();
    expect(sent).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Ja, deze kaart uploaden' }));
    await screen.findByText(/Versie v2 is opgeslagen/);
    expect(sent).toHaveLength(1);
  });

  it('says what is wrong with a file that is not a kaart', async () => {
    show(<KaartUpload />, fakeApi().api, 'kaart_keeper', 'en');
    const input = (await screen.findByLabelText('Kaart file (JSON)')) as HTMLInputElement;
    await waitFor(() => expect(input.disabled).toBe(false));
    fireEvent.change(input, { target: { files: [new File(['not json'], 'kaart.json')] } });
    expect((await screen.findByRole('alert')).textContent).toContain('This file is not JSON');
  });
});

describe('audit page', () => {
  it('lists events with who did what, filtered by action', async () => {
    const asked: unknown[] = [];
    const { api } = fakeApi({ audit: async (query) => (asked.push(query), { events: [EVENT], next: null }) } as Partial<ConsoleApi>);
    show(<AuditPage />, api, 'admin', 'en');
    await screen.findByText('Offer changed');
    expect(screen.getByText(/by Kees Kaart \(kaart keeper\)|by Kees Kaart/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Action'), { target: { value: 'user.created' } });
    await waitFor(() => expect(asked.at(-1)).toMatchObject({ action: 'user.created' }));
  });

  it('offers the kaart keeper the kaart’s actions, with the availability a coordinator set, labelled', async () => {
    const set: AuditEvent = {
      ...EVENT,
      id: '8',
      actor: { id: '0190a0b0-0000-7000-8000-000000000003', displayName: 'Cora Coördinator', role: 'coordinator' },
      action: 'offer.availability_set',
      summary: { takingRequests: false, waitingDays: 60 },
    };
    const asked: unknown[] = [];
    const { api } = fakeApi({ audit: async (query) => (asked.push(query), { events: [set], next: null }) } as Partial<ConsoleApi>);
    show(<AuditPage />, api, 'kaart_keeper', 'nl');
    const item = (await screen.findByText('Beschikbaarheid aanbod doorgegeven', { selector: 'strong' })).closest('[data-audit-event="offer.availability_set"]')!;
    expect(item.textContent).toContain('Beschikbaarheid aanbod doorgegeven');
    expect(item.textContent).toContain('neemt verzoeken aan: nee · wachttijd (dagen): 60');
    const filter = screen.getByLabelText('Handeling') as HTMLSelectElement;
    const options = [...filter.options].map((o) => [o.value, o.textContent]);
    expect(options).toContainEqual(['offer.availability_set', 'Beschikbaarheid aanbod doorgegeven']);
    expect(options.map(([value]) => value)).not.toContain('user.created');
    fireEvent.change(filter, { target: { value: 'offer.availability_set' } });
    await waitFor(() => expect(asked.at(-1)).toMatchObject({ action: 'offer.availability_set' }));
  });

  it('labels every action in Dutch and English', () => {
    for (const locale of ['nl', 'en'] as const) {
      const { has } = textsFor(locale);
      for (const action of AUDIT_ACTIONS) expect(has(`console.audit.action.${action}`), `${locale} ${action}`).toBe(true);
    }
  });
});
