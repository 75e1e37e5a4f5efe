// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Service } from '../../../lib/contracts/catalogue';
import type { OwnOffer } from '../../../lib/contracts/own-offers';
import { testOffer } from '../../server/kaart-fixture';
import { NOW, renderConsole } from './render-console';

/* On the coordinator's page: per own offer, taking requests now and the waiting time; requests per team and month. */

afterEach(cleanup);

const offer = (extra: Partial<OwnOffer> = {}): OwnOffer => ({ offer: Service.parse(testOffer('humanitas-maatje', 'Maatje')), availability: null, ...extra });
const PUT = 'PUT /organisation/offers/humanitas-maatje/availability';

function page(locale: 'nl' | 'en' = 'nl', counts: unknown[] = []) {
  return renderConsole({
    role: 'coordinator',
    hash: '#/verzoeken',
    locale,
    answers: {
      'GET /organisation/requests': [200, { requests: [] }],
      'GET /organisation/offers': [200, { organisationName: 'Humanitas', offers: [offer()] }],
      'GET /organisation/request-counts': [200, { counts }],
      [PUT]: (body) => [200, offer({ availability: { ...(body as { taking_requests: boolean }), waiting_days: 60, updated_at: NOW.toISOString() } })],
    },
  });
}

describe('the coordinator’s own offers', () => {
  it('says an offer is full and its waiting time now, with the keyboard’s form controls', async () => {
    const { calls } = page();
    const form = await screen.findByRole('form', { name: 'Maatje' });
    within(form).getByText('Op de kaart: 14 dagen');
    const taking = within(form).getByLabelText('Neemt nu verzoeken aan') as HTMLInputElement;
    expect(taking.checked).toBe(true);
    fireEvent.click(taking);
    fireEvent.input(within(form).getByLabelText('Wachttijd nu (dagen)'), { target: { value: '60' } });
    fireEvent.submit(form);
    await within(form).findByText('Opgeslagen.');
    expect(calls.at(-1)).toMatchObject({ method: 'PUT', path: '/organisation/offers/humanitas-maatje/availability', body: { taking_requests: false, waiting_days: 60 } });
    within(form).getByText('Maatje (vol)');
  });

  it('shows the monthly counts per team, in English too', async () => {
    page('en', [{ team: 'Buurtteam Noord', month: '2026-05', requests: 3 }]);
    const table = await screen.findByRole('table');
    within(table).getByRole('columnheader', { name: 'Requests' });
    within(table).getByRole('cell', { name: 'Buurtteam Noord' });
    within(table).getByRole('cell', { name: '3' });
    await screen.findByRole('heading', { name: 'Our offers now' });
  });
});
