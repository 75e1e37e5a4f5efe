// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { offerDiff, onlyFormFields } from '../../../lib/console/offer-diff';
import { Service } from '../../../lib/contracts/catalogue';
import type { OfferProposal } from '../../../lib/contracts/offer-proposal';
import { testOffer } from '../../server/kaart-fixture';
import { NOW, renderConsole } from './render-console';

/*
 * Issue 17, item 5 in the console: the coordinator proposes a change to its own offer with the
 * keeper's offer fields, the kaart keeper sees field by field what would change and decides.
 */

afterEach(cleanup);

const ID = '0190a0b0-0000-7000-8000-0000000000b1';
const base = Service.parse({ ...testOffer('humanitas-thuisadministratie'), description: 'Een vrijwilliger helpt met de post.', languages: ['nl'] });
const changed = { ...base, description: 'Een vrijwilliger helpt met de post en rekeningen.', languages: ['nl', 'en'], handreiking: { ...base.handreiking, waiting_days: { typical: 30 } } };

function proposal(state: OfferProposal['state'] = 'open', extra: Partial<OfferProposal> = {}): OfferProposal {
  return { id: ID, serviceId: base.id, organizationId: 'humanitas', organisationName: 'Humanitas Teststad', state, base, proposed: changed, current: base, reason: null, proposedAt: NOW.toISOString(), decidedAt: null, ...extra };
}

describe('what a proposal changes', () => {
  it('names each changed form field with its text before and after, and nothing else', () => {
    expect(offerDiff(base, changed)).toEqual([
      { field: 'description', before: 'Een vrijwilliger helpt met de post.', after: 'Een vrijwilliger helpt met de post en rekeningen.' },
      { field: 'languages', before: 'nl', after: 'nl, en' },
      { field: 'waiting_days', before: '14', after: '30' },
    ]);
    expect(offerDiff(base, base)).toEqual([]);
  });

  it('adds the current text of each field the keeper changed since the proposal, also one the proposal leaves alone', () => {
    const now = { ...base, name: 'Nieuwere naam', description: 'Nieuwere tekst.' };
    expect(offerDiff(base, changed, now)).toEqual([
      { field: 'name', before: 'Thuisadministratie', after: 'Thuisadministratie', now: 'Nieuwere naam' },
      { field: 'description', before: 'Een vrijwilliger helpt met de post.', after: 'Een vrijwilliger helpt met de post en rekeningen.', now: 'Nieuwere tekst.' },
      { field: 'languages', before: 'nl', after: 'nl, en' },
      { field: 'waiting_days', before: '14', after: '30' },
    ]);
    expect(offerDiff(base, changed, base)).toEqual(offerDiff(base, changed));
  });

  it('allows only what the offer form edits', () => {
    expect(onlyFormFields(base, changed)).toBe(true);
    expect(onlyFormFields(base, { ...changed, assured_date: '2026-01-01' })).toBe(false);
    expect(onlyFormFields(base, { ...changed, handreiking: { ...changed.handreiking, request: { email: 'ander@example.org' } } })).toBe(false);
  });
});

describe('the kaart keeper’s proposals page', () => {
  it('shows the changes in a table and approves with one button', async () => {
    const { calls } = renderConsole({
      role: 'kaart_keeper',
      hash: '#/kaart/voorstellen',
      answers: { 'GET /catalogue/proposals': [200, { proposals: [proposal()] }], [`POST /catalogue/proposals/${ID}/decision`]: [200, proposal('approved')] },
    });
    const card = await screen.findByRole('article');
    const table = within(card).getByRole('table', { name: 'Wat er zou veranderen' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    within(table).getByText('Een vrijwilliger helpt met de post en rekeningen.');
    expect(screen.getByRole('link', { name: 'Voorstellen' })).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Goedkeuren en opslaan' }));
    await within(card).findByText(/Goedgekeurd en opgeslagen in de kaart/);
    expect(calls.at(-1)).toMatchObject({ method: 'POST', path: `/catalogue/proposals/${ID}/decision`, body: { decision: 'approve' } });
    expect(within(card).queryByRole('button', { name: 'Goedkeuren en opslaan' })).toBeNull();
  });

  it('shows what changed since the proposal, with the current value, so a newer edit is not overwritten unseen', async () => {
    const now = { ...base, description: 'Nieuwere tekst van de beheerder.' };
    renderConsole({ role: 'kaart_keeper', hash: '#/kaart/voorstellen', locale: 'en', answers: { 'GET /catalogue/proposals': [200, { proposals: [proposal('open', { current: now })] }] } });
    const card = await screen.findByRole('article');
    within(card).getByText(/The offer changed after this proposal/);
    const table = within(card).getByRole('table');
    within(table).getByRole('columnheader', { name: 'Changed since the proposal' });
    const row = within(table).getByRole('row', { name: /Nieuwere tekst van de beheerder\./ });
    within(row).getByText('Een vrijwilliger helpt met de post en rekeningen.');
  });

  it('shows no such column while the offer is as proposed, nor for a decided proposal', async () => {
    renderConsole({
      role: 'kaart_keeper',
      hash: '#/kaart/voorstellen',
      answers: { 'GET /catalogue/proposals': [200, { proposals: [proposal('approved', { id: '0190a0b0-0000-7000-8000-0000000000b2', current: changed }), proposal()] }] },
    });
    const cards = await screen.findAllByRole('article');
    expect(cards).toHaveLength(2);
    expect(screen.queryByRole('columnheader', { name: 'Gewijzigd sinds het voorstel' })).toBeNull();
    expect(screen.queryByText(/na dit voorstel gewijzigd/)).toBeNull();
  });

  it('rejects with a reason, and shows a stale refusal as the server words it', async () => {
    let answer: [number, unknown] = [409, { error: { code: 'stale_proposal', message: 'Het aanbod is gewijzigd sinds de organisatie dit voorstelde.', en: 'stale' } }];
    const { calls } = renderConsole({
      role: 'kaart_keeper',
      hash: '#/kaart/voorstellen',
      answers: { 'GET /catalogue/proposals': [200, { proposals: [proposal()] }], [`POST /catalogue/proposals/${ID}/decision`]: () => answer },
    });
    const card = await screen.findByRole('article');
    fireEvent.click(within(card).getByRole('button', { name: 'Goedkeuren en opslaan' }));
    expect((await within(card).findByRole('alert')).textContent).toContain('gewijzigd sinds');
    answer = [200, proposal('rejected', { reason: 'Te breed.' })];
    fireEvent.input(within(card).getByLabelText('Reden voor de organisatie'), { target: { value: 'Te breed.' } });
    fireEvent.submit(within(card).getByRole('button', { name: 'Afwijzen' }).closest('form')!);
    await within(card).findByText('Afgewezen; de organisatie ziet de reden.');
    expect(calls.at(-1)!.body).toEqual({ decision: 'reject', reason: 'Te breed.' });
    within(card).getByText(/Reden: Te breed\./);
  });
});

describe('the coordinator’s offers', () => {
  it('lists its offers and its proposals with the keeper’s decision', async () => {
    renderConsole({
      role: 'coordinator',
      hash: '#/aanbod',
      answers: {
        'GET /organisation/offers': [200, { organisationName: 'Humanitas Teststad', offers: [{ offer: base, availability: null }] }],
        'GET /organisation/offers/proposals': [200, { proposals: [proposal('rejected', { reason: 'Te breed.' })] }],
      },
    });
    await screen.findByRole('link', { name: 'Wijziging voorstellen voor Thuisadministratie' });
    const card = screen.getByRole('article');
    within(card).getByText('Afgewezen');
    within(card).getByText(/Reden: Te breed\./);
    expect(screen.getByRole('link', { name: 'Ons aanbod' })).toBeTruthy();
  });

  it('proposes with the keeper’s offer fields, checked before sending', async () => {
    const { calls } = renderConsole({
      role: 'coordinator',
      hash: `#/aanbod/${base.id}`,
      answers: {
        'GET /organisation/offers': [200, { organisationName: 'Humanitas Teststad', offers: [{ offer: base, availability: null }] }],
        [`POST /organisation/offers/${base.id}/proposals`]: [201, proposal()],
      },
    });
    const waiting = await screen.findByLabelText('Gebruikelijke wachttijd (dagen)');
    fireEvent.input(waiting, { target: { value: 'lang' } });
    fireEvent.click(screen.getByRole('button', { name: 'Voorstel versturen' }));
    await screen.findByText(/Niet alles klopt/);
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
    fireEvent.input(waiting, { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Voorstel versturen' }));
    await screen.findByText(/Uw voorstel is verstuurd/);
    const sent = calls.at(-1)!;
    expect(sent.path).toBe(`/organisation/offers/${base.id}/proposals`);
    expect((sent.body as { offer: Service }).offer.handreiking.waiting_days.typical).toBe(30);
  });

  it('withdraws an open proposal, and offers to revise it', async () => {
    const { calls } = renderConsole({
      role: 'coordinator',
      hash: '#/aanbod',
      answers: {
        'GET /organisation/offers': [200, { organisationName: 'Humanitas Teststad', offers: [{ offer: base, availability: null }] }],
        'GET /organisation/offers/proposals': [200, { proposals: [proposal()] }],
        [`POST /organisation/offers/proposals/${ID}/withdrawal`]: [200, proposal('withdrawn', { decidedAt: NOW.toISOString() })],
      },
    });
    const card = await screen.findByRole('article');
    expect(within(card).getByRole('link', { name: 'Voorstel aanpassen' }).getAttribute('href')).toBe(`#/aanbod/voorstel/${ID}`);
    fireEvent.click(within(card).getByRole('button', { name: 'Voorstel intrekken' }));
    await within(card).findByText('Het voorstel is ingetrokken.');
    expect(calls.at(-1)).toMatchObject({ method: 'POST', path: `/organisation/offers/proposals/${ID}/withdrawal` });
    within(card).getByText('Ingetrokken');
    expect(within(card).queryByRole('button', { name: 'Voorstel intrekken' })).toBeNull();
  });

  it('revises an open proposal from its proposed values, in English too', async () => {
    const { calls } = renderConsole({
      role: 'coordinator',
      hash: `#/aanbod/voorstel/${ID}`,
      locale: 'en',
      answers: {
        'GET /organisation/offers/proposals': [200, { proposals: [proposal()] }],
        [`PUT /organisation/offers/proposals/${ID}`]: [200, proposal()],
      },
    });
    await screen.findByRole('heading', { name: 'Edit proposal: Thuisadministratie' });
    const waiting = screen.getByLabelText('Usual waiting time (days)') as HTMLInputElement;
    expect(waiting.value).toBe('30');
    fireEvent.input(waiting, { target: { value: '21' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send revised proposal' }));
    await screen.findByText(/Your proposal has been revised/);
    const sent = calls.at(-1)!;
    expect(sent).toMatchObject({ method: 'PUT', path: `/organisation/offers/proposals/${ID}` });
    expect((sent.body as { offer: Service }).offer.handreiking.waiting_days.typical).toBe(21);
    expect((sent.body as { offer: Service }).offer.description).toBe(changed.description);
  });

  it('does not offer to revise a proposal that is no longer open', async () => {
    renderConsole({ role: 'coordinator', hash: `#/aanbod/voorstel/${ID}`, answers: { 'GET /organisation/offers/proposals': [200, { proposals: [proposal('rejected')] }] } });
    await screen.findByText(/niet meer open/);
    expect(screen.queryByRole('button', { name: 'Aangepast voorstel versturen' })).toBeNull();
  });
});
