// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { OrganisationRequestView, RequestState } from '../../../lib/contracts/help-request';
import { requestLinkToken } from '../../../lib/console/request-link';
import { MemoryStorage } from './memory-storage';
import { NOW, renderConsole } from './render-console';

/* The coordinator's page (#/verzoeken): the organisation's requests and the answers their state allows. */

afterEach(cleanup);

const ID = '0190a0b0-0000-7000-8000-0000000000a1';

function request(state: RequestState, extra: Partial<OrganisationRequestView> = {}): OrganisationRequestView {
  return {
    id: ID,
    state,
    kind: 'volunteer_organisation',
    domain: 'finances',
    wijk: 'Noord',
    days: ['tue'],
    dayparts: ['morning'],
    language: 'Nederlands',
    task: 'Samen de post doornemen, twee keer per maand.',
    professional: { name: 'Pim Professional', email: 'pim@buurtteam.test' },
    expectedDate: null,
    declineReason: null,
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
    history: [{ action: 'send', state: 'sent', by: 'professional', at: NOW.toISOString() }],
    serviceId: null,
    teamName: 'Buurtteam Noord',
    ...extra,
  };
}

const ANSWERS = `POST /organisation/requests/${ID}/answers`;

describe('the coordinator’s requests page', () => {
  it('is the coordinator’s page in the navigation, and shows the request without more than the task needs', async () => {
    renderConsole({ role: 'coordinator', hash: '#/verzoeken', answers: { 'GET /organisation/requests': [200, { requests: [request('sent')] }] } });
    const card = await screen.findByRole('article');
    within(card).getByText('Samen de post doornemen, twee keer per maand.');
    within(card).getByText('Buurtteam Noord');
    within(card).getByText('di, ochtend');
    expect(screen.getByRole('link', { name: 'Hulpverzoeken' })).toBeTruthy();
  });

  it('offers only the answers the state allows, and shows the new state after one', async () => {
    const { calls } = renderConsole({
      role: 'coordinator',
      hash: '#/verzoeken',
      answers: { 'GET /organisation/requests': [200, { requests: [request('sent')] }], [ANSWERS]: [200, request('accepted')] },
    });
    const card = await screen.findByRole('article');
    expect(within(card).queryByRole('button', { name: 'Gestart' })).toBeNull();
    fireEvent.click(within(card).getByRole('button', { name: 'Aannemen' }));
    await within(card).findByText('Opgeslagen: aangenomen.');
    expect(calls.at(-1)).toMatchObject({ method: 'POST', path: `/organisation/requests/${ID}/answers`, body: { action: 'accept' } });
    expect(within(card).queryByRole('button', { name: 'Aannemen' })).toBeNull();
    within(card).getByRole('button', { name: 'Gekoppeld' });
  });

  it('declines with a reason from the fixed list, and shows a refusal as the server words it', async () => {
    const { calls } = renderConsole({
      role: 'coordinator',
      hash: '#/verzoeken',
      answers: {
        'GET /organisation/requests': [200, { requests: [request('sent')] }],
        [ANSWERS]: [409, { error: { code: 'transition_refused', message: 'Deze stap past niet: dit verzoek is afgesloten.', en: 'closed' } }],
      },
    });
    const card = await screen.findByRole('article');
    fireEvent.change(within(card).getByLabelText('Reden'), { target: { value: 'outside_area' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Afwijzen' }));
    await within(card).findByText('Deze stap past niet: dit verzoek is afgesloten.');
    await waitFor(() => expect(calls.at(-1)?.body).toEqual({ action: 'decline', reason: 'outside_area' }));
  });

  it('a withdrawn request offers nothing', async () => {
    renderConsole({ role: 'coordinator', hash: '#/verzoeken', answers: { 'GET /organisation/requests': [200, { requests: [request('withdrawn')] }] } });
    const card = await screen.findByRole('article');
    within(card).getByText('Dit verzoek is afgesloten.');
    expect(within(card).queryAllByRole('button')).toEqual([]);
  });
});

describe('the page of a mailed one-time link', () => {
  const TOKEN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ_-01234';

  it('reads only a well-formed token from the address', () => {
    expect(requestLinkToken(`#/verzoek/${TOKEN}`)).toBe(TOKEN);
    expect(requestLinkToken(`#/verzoek/${TOKEN}x`)).toBeNull();
    expect(requestLinkToken('#/verzoeken')).toBeNull();
  });

  const SESSION = 'sessionsessionsessionsessionsessionsession1';
  const session = { 'x-link-session': SESSION };

  it('spends the link for a page session this browser keeps, and answers with it, whatever role the tab is signed in as', async () => {
    const { calls, linkSessions } = renderConsole({
      role: 'professional',
      hash: `#/verzoek/${TOKEN}`,
      answers: {
        [`POST /request-links/${TOKEN}/open`]: [200, { session: SESSION, request: request('sent') }],
        'POST /request-links/session/answers': [200, request('accepted')],
      },
    });
    const card = await screen.findByRole('article');
    fireEvent.click(within(card).getByRole('button', { name: 'Aannemen' }));
    await within(card).findByText('Opgeslagen: aangenomen.');
    expect(calls.at(-1)).toMatchObject({ method: 'POST', path: '/request-links/session/answers', body: { action: 'accept' }, headers: session });
    expect(calls.at(-1)!.headers.authorization).toBeUndefined();
    expect(linkSessions.getItem(`handreiking.request-link.${TOKEN}`)).toBe(SESSION);
  });

  it('comes back to the session this browser kept instead of spending the link again', async () => {
    const kept = new MemoryStorage();
    kept.setItem(`handreiking.request-link.${TOKEN}`, SESSION);
    const { calls } = renderConsole({ hash: `#/verzoek/${TOKEN}`, linkSessions: kept, answers: { 'GET /request-links/session': [200, request('accepted')] } });
    await screen.findByRole('article');
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(['GET /request-links/session']);
    expect(calls[0]!.headers).toMatchObject(session);
  });

  it('says so when the link has expired', async () => {
    renderConsole({
      hash: `#/verzoek/${TOKEN}`,
      answers: { [`POST /request-links/${TOKEN}/open`]: [410, { error: { code: 'link_expired', message: 'Deze link is verlopen.', en: 'expired' } }] },
    });
    await screen.findByText('Deze link is verlopen.');
    expect(screen.queryByRole('button', { name: 'Mail een nieuwe link naar mijn organisatie' })).toBeNull();
  });

  it('says so when a newer link replaced the session this browser kept, and offers a new link', async () => {
    const kept = new MemoryStorage();
    kept.setItem(`handreiking.request-link.${TOKEN}`, SESSION);
    const { calls } = renderConsole({
      hash: `#/verzoek/${TOKEN}`,
      linkSessions: kept,
      answers: {
        'GET /request-links/session': [410, { error: { code: 'link_superseded', message: 'Er is een nieuwere link voor dit verzoek geopend.', en: 'superseded' } }],
        [`POST /request-links/${TOKEN}/renew`]: [200, { mailed: true }],
      },
    });
    await screen.findByText('Er is een nieuwere link voor dit verzoek geopend.');
    // The link is not spent again: the kept session said the refusal.
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(['GET /request-links/session']);
    fireEvent.click(screen.getByRole('button', { name: 'Mail een nieuwe link naar mijn organisatie' }));
    await screen.findByText(/Er is een nieuwe link gemaild naar het adres/);
  });

  it('refuses a link opened before and has a new one mailed, saying when it was throttled', async () => {
    let renewals = 0;
    const { calls } = renderConsole({
      hash: `#/verzoek/${TOKEN}`,
      answers: {
        [`POST /request-links/${TOKEN}/open`]: [410, { error: { code: 'link_used', message: 'Deze link is al eens geopend.', en: 'used' } }],
        [`POST /request-links/${TOKEN}/renew`]: () =>
          ++renewals === 1 ? [429, { error: { code: 'renewal_throttled', message: 'Er is net al een nieuwe link gemaild.', en: 'throttled' } }] : [200, { mailed: true }],
      },
    });
    await screen.findByText('Deze link is al eens geopend.');
    const renew = screen.getByRole('button', { name: 'Mail een nieuwe link naar mijn organisatie' });
    fireEvent.click(renew);
    await screen.findByText('Er is net al een nieuwe link gemaild.');
    fireEvent.click(renew);
    await screen.findByText(/Er is een nieuwe link gemaild naar het adres/);
    expect(calls.filter((c) => c.path.endsWith('/renew'))).toHaveLength(2);
    expect(calls.at(-1)!.body).toBeUndefined();
  });
});
