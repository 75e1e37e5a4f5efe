// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TeamAdapterConfig } from '../../../lib/contracts/team-adapter';
import { teamMapping } from '../../server/adapter-fixture';
import { NOW, OTHER_TEAM_ID, renderConsole, team, TEAM_ID, user } from './render-console';

/* The console's pages beyond teams: OpenID settings and claim rules, a team's mappings, and what is done to a user. */

afterEach(cleanup);

const GONE_TEAM = '0190a0b0-0000-7000-8000-0000000000ff';
const TEAMS: [number, unknown] = [200, { teams: [team(), team(OTHER_TEAM_ID, 'Buurtteam Zuid')] }];
const SETTINGS = { configured: true, issuer: 'https://login.example.nl', clientId: 'handreiking', callbackUrl: 'https://api.example.nl/auth/oidc/callback', scope: 'openid profile groups', returnUrls: [], confidential: true };

describe('OpenID page', () => {
  it('shows the provider as configured, without a secret, and the rules in order', async () => {
    renderConsole({
      hash: '#/oidc',
      answers: {
        'GET /admin/oidc/settings': [200, SETTINGS],
        'GET /admin/oidc/rules': [200, { rules: [{ claim: 'groups', value: 'wijkteam-noord', teamId: TEAM_ID, role: 'professional' }] }],
        'GET /admin/teams': TEAMS,
      },
    });
    await screen.findByText('https://login.example.nl');
    expect(screen.getByText('handreiking')).toBeTruthy();
    expect(screen.getByText('vertrouwelijk (met clientgeheim)')).toBeTruthy();
    expect(screen.getByText('geen')).toBeTruthy();
    await waitFor(() => expect((screen.getByLabelText('Waarde') as HTMLInputElement).value).toBe('wijkteam-noord'));
    expect((screen.getByLabelText('Team') as HTMLSelectElement).value).toBe(TEAM_ID);
  });

  it('says when sign-in with the organisation is not configured', async () => {
    renderConsole({ hash: '#/oidc', answers: { 'GET /admin/oidc/settings': [200, { configured: false }], 'GET /admin/oidc/rules': [200, { rules: [] }], 'GET /admin/teams': TEAMS } });
    await screen.findByText(/niet ingesteld \(OIDC_ISSUER ontbreekt\)/);
    await screen.findByText('Er zijn nog geen regels: niemand kan via de organisatie inloggen.');
  });

  it('adds, fills, reorders and removes rules and saves them in their order', async () => {
    const { calls } = renderConsole({
      hash: '#/oidc',
      answers: {
        'GET /admin/oidc/settings': [200, SETTINGS],
        'GET /admin/oidc/rules': [200, { rules: [{ claim: 'groups', value: 'eerste', teamId: TEAM_ID, role: 'professional' }] }],
        'GET /admin/teams': TEAMS,
        'PUT /admin/oidc/rules': (body) => [200, body],
      },
    });
    await screen.findByRole('button', { name: 'Regel toevoegen' });
    fireEvent.click(screen.getByRole('button', { name: 'Regel toevoegen' }));
    const second = within(screen.getByRole('group', { name: 'Regel 2' }));
    fireEvent.input(second.getByLabelText('Claim'), { target: { value: 'afdeling' } });
    fireEvent.input(second.getByLabelText('Waarde'), { target: { value: 'Sociaal domein' } });
    fireEvent.change(second.getByLabelText('Team'), { target: { value: OTHER_TEAM_ID } });
    fireEvent.change(second.getByLabelText('Rol'), { target: { value: 'aandachtsfunctionaris' } });
    expect(screen.getByText('Er zijn wijzigingen die nog niet zijn opgeslagen.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Regel 2 omhoog' }));
    // The moved rule, now first, keeps the focus on the button that still works.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Regel 1 omlaag' })));
    // The first rule cannot go up, the last not down.
    expect((screen.getByRole('button', { name: 'Regel 1 omhoog' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Regel 2 omlaag' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Regel toevoegen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Regel 3 verwijderen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Regels opslaan' }));
    await screen.findByText('De regels zijn opgeslagen; ze gelden vanaf de volgende aanmelding.');
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({
      rules: [
        { claim: 'afdeling', value: 'Sociaal domein', teamId: OTHER_TEAM_ID, role: 'aandachtsfunctionaris' },
        { claim: 'groups', value: 'eerste', teamId: TEAM_ID, role: 'professional' },
      ],
    });
  });

  it('shows a rule for a team that no longer exists as such, and the server’s refusal when saved', async () => {
    const { calls } = renderConsole({
      hash: '#/oidc',
      answers: {
        'GET /admin/oidc/settings': [200, SETTINGS],
        'GET /admin/oidc/rules': [200, { rules: [{ claim: 'groups', value: 'oud', teamId: GONE_TEAM, role: 'professional' }] }],
        'GET /admin/teams': TEAMS,
        'PUT /admin/oidc/rules': [404, { error: { code: 'not_found', message: `Dit team bestaat niet: ${GONE_TEAM}. Er is niets veranderd.`, en: `No such team: ${GONE_TEAM}; nothing changed.` } }],
      },
    });
    await screen.findByRole('option', { name: `team bestaat niet meer (${GONE_TEAM})` });
    fireEvent.click(screen.getByRole('button', { name: 'Regels opslaan' }));
    expect((await screen.findByRole('alert')).textContent).toBe(`Dit team bestaat niet: ${GONE_TEAM}. Er is niets veranderd.`);
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
  });

  it('asks for a team before saving a rule without one', async () => {
    const { calls } = renderConsole({
      hash: '#/oidc',
      answers: { 'GET /admin/oidc/settings': [200, SETTINGS], 'GET /admin/oidc/rules': [200, { rules: [] }], 'GET /admin/teams': [200, { teams: [] }] },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Regel toevoegen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Regels opslaan' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Kies bij regel 1 een team.');
    expect(calls.filter((c) => c.method === 'PUT')).toEqual([]);
  });
});

describe('team page: users', () => {
  const PRO = '0190a0b0-0000-7000-8000-00000000a001';
  const answers = {
    'GET /admin/teams': TEAMS,
    [`GET /admin/teams/${TEAM_ID}/users`]: [200, { users: [user(PRO, 'Fatima Pro')] }] as [number, unknown],
    [`GET /admin/teams/${TEAM_ID}/embed-origins`]: [200, { origins: [], configured: [] }] as [number, unknown],
  };

  it('changes a user’s role', async () => {
    const { calls } = renderConsole({
      hash: `#/teams/${TEAM_ID}`,
      answers: { ...answers, [`PATCH /admin/users/${PRO}`]: (body) => [200, { ...user(PRO, 'Fatima Pro'), ...(body as object) }] },
    });
    const select = (await screen.findByLabelText('Rol van Fatima Pro')) as HTMLSelectElement;
    const button = screen.getByRole('button', { name: 'Rol van Fatima Pro wijzigen' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.change(select, { target: { value: 'ambassador' } });
    fireEvent.click(button);
    await screen.findByText('Fatima Pro is nu ambassadeur informele zorg.');
    expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({ role: 'ambassador' });
  });

  it('ends a user’s sessions, and moves a user with a new code', async () => {
    const moved = { ...user('0190a0b0-0000-7000-8000-00000000a002', 'Fatima Pro'), teamId: OTHER_TEAM_ID };
    renderConsole({
      hash: `#/teams/${TEAM_ID}`,
      answers: {
        ...answers,
        [`POST /admin/users/${PRO}/sessions/revoke`]: [200, { revoked: 2 }],
        [`POST /admin/users/${PRO}/move`]: [201, { user: moved, previous: { ...user(PRO, 'Fatima Pro'), revokedAt: NOW.toISOString() }, signInCode: 'ABCD-EFGH', codeExpiresAt: '2026-06-08T10:00:00.000Z' }],
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Alle sessies van Fatima Pro beëindigen' }));
    await screen.findByText('2 sessies van Fatima Pro zijn beëindigd; met een nieuwe inlogcode kan Fatima Pro weer inloggen.');
    expect((screen.getByLabelText('Ander team voor Fatima Pro') as HTMLSelectElement).value).toBe(OTHER_TEAM_ID);
    fireEvent.click(screen.getByRole('button', { name: 'Fatima Pro verplaatsen' }));
    await screen.findByText(/Fatima Pro is verplaatst naar Buurtteam Zuid/);
    expect(screen.getByText('ABCD-EFGH')).toBeTruthy();
    expect(document.querySelector('[data-user="Fatima Pro"] [data-state]')!.getAttribute('data-state')).toBe('revoked');
  });

  it('renames the team, and shows the server’s refusal of a taken name', async () => {
    renderConsole({
      hash: `#/teams/${TEAM_ID}`,
      answers: { ...answers, [`PATCH /admin/teams/${TEAM_ID}`]: [409, { error: { code: 'conflict', message: 'Er bestaat al een team "Buurtteam Zuid"; kies een andere naam.', en: 'taken' } }] },
    });
    const input = await screen.findByLabelText('Naam van het team');
    await waitFor(() => expect((input as HTMLInputElement).value).toBe('Buurtteam Noord'));
    fireEvent.input(input, { target: { value: 'Buurtteam Zuid' } });
    fireEvent.click(screen.getByRole('button', { name: 'Naam opslaan' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Er bestaat al een team "Buurtteam Zuid"; kies een andere naam.');
  });
});

describe('team page: case systems that may embed the plugin', () => {
  const EMBED = `/admin/teams/${TEAM_ID}/embed-origins`;
  const answers = {
    'GET /admin/teams': TEAMS,
    [`GET /admin/teams/${TEAM_ID}/users`]: [200, { users: [] }] as [number, unknown],
    [`GET ${EMBED}`]: [200, { origins: ['https://zorgregie.example'], configured: ['https://leverancier.example'] }] as [number, unknown],
  };
  const field = async () => {
    const input = (await screen.findByLabelText('Toegestane origins')) as HTMLTextAreaElement;
    await waitFor(() => expect(input.value).toBe('https://zorgregie.example'));
    return input;
  };

  it('shows the team’s origins and the configured ones, and saves the list one origin a line', async () => {
    const { calls } = renderConsole({ hash: `#/teams/${TEAM_ID}`, answers: { ...answers, [`PUT ${EMBED}`]: (body) => [200, { ...(body as object), configured: ['https://leverancier.example'] }] } });
    const input = await field();
    expect(screen.getByText('Voor alle teams toegestaan in de serverconfiguratie: https://leverancier.example')).toBeTruthy();
    fireEvent.input(input, { target: { value: ' https://zorgregie.example \n\nhttps://ander.example\n' } });
    fireEvent.click(screen.getByRole('button', { name: 'Origins opslaan' }));
    await screen.findByText('Opgeslagen.');
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({ origins: ['https://zorgregie.example', 'https://ander.example'] });
  });

  it('refuses a line that is no origin before asking the server, and shows the server’s refusal', async () => {
    const refusal = { error: { code: 'validation_failed', message: 'Ongeldige invoer, er is niets opgeslagen. http://zorg.example: alleen https', en: 'https only' } };
    const { calls } = renderConsole({ hash: `#/teams/${TEAM_ID}`, answers: { ...answers, [`PUT ${EMBED}`]: [400, refusal] } });
    const input = await field();
    fireEvent.input(input, { target: { value: 'https://zorgregie.example/casus/12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Origins opslaan' }));
    expect((await screen.findByRole('alert')).textContent).toBe('"https://zorgregie.example/casus/12" is geen origin zoals https://zorgsysteem.example. Er is niets opgeslagen.');
    expect(calls.filter((c) => c.method === 'PUT')).toEqual([]);
    fireEvent.input(input, { target: { value: 'http://zorg.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Origins opslaan' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(refusal.error.message));
  });
});

describe('team mappings page', () => {
  const config = TeamAdapterConfig.parse(teamMapping('team-zaaksysteem'));
  const adapter = { id: config.id, version: 3, changedAt: NOW.toISOString(), changedBy: { id: '0190a0b0-0000-7000-8000-00000000a003', displayName: 'Demo beheerder', role: 'admin' }, config };

  it('lists the team’s mappings with what they read, and deletes one after confirming', async () => {
    const { calls } = renderConsole({
      hash: `#/teams/${TEAM_ID}/adapters`,
      answers: {
        'GET /admin/teams': TEAMS,
        [`GET /adapters?teamId=${TEAM_ID}`]: [200, { adapters: [adapter] }],
        [`DELETE /adapters/team-zaaksysteem?teamId=${TEAM_ID}&version=3`]: [204, null],
      },
    });
    await screen.findByRole('heading', { name: config.name });
    expect(screen.getByText('https://zaak.gemeente.nl/verslag/*')).toBeTruthy();
    expect(screen.getByText(/Versie 3, gewijzigd op .* door Demo beheerder/)).toBeTruthy();
    expect(screen.getByText(/^Dossiernummer, /)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: `Koppeling ${config.name} verwijderen` }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
    await screen.findByText(`Koppeling ${config.name} is verwijderd.`);
    expect(calls.some((c) => c.method === 'DELETE')).toBe(true);
    expect(screen.getByText('Dit team heeft nog geen eigen koppelingen; de extensie gebruikt de ingebouwde.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Terug naar het team' }).getAttribute('href')).toBe(`#/teams/${TEAM_ID}`);
  });
});
