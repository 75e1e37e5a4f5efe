// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Service } from '../../../lib/contracts/catalogue';
import { OFFER_ID, TEST_ORGANIZATION, testOffer } from '../../server/kaart-fixture';
import { renderConsole } from './render-console';

/*
 * The keeper's offer edit sends through the console's one submit sequence (components/console/use-submit.ts):
 * refused with 409 (the kaart changed meanwhile) it keeps the edits and offers to take the latest
 * kaart; saved, the refusal and that offer go.
 */

afterEach(cleanup);

const offer = Service.parse(testOffer(OFFER_ID));
const kaart = { version: 'v1', demo: false, municipality: 'Teststad', updatedAt: null, organizations: [TEST_ORGANIZATION], services: [offer] };

describe('the keeper’s offer edit form', () => {
  it('keeps the edits after a 409 and offers the latest kaart; a later save clears that', async () => {
    let answer: [number, unknown] = [409, { error: { code: 'stale_etag', message: 'De kaart is intussen gewijzigd.', en: 'stale' } }];
    const { calls } = renderConsole({
      role: 'kaart_keeper',
      hash: `#/kaart/${OFFER_ID}`,
      answers: { 'GET /catalogue': [200, kaart], [`PUT /catalogue/offers/${OFFER_ID}`]: () => answer, 'GET /admin/audit': [200, { events: [], next: null }] },
    });
    const name = (await screen.findByLabelText('Naam')) as HTMLInputElement;
    fireEvent.input(name, { target: { value: 'Thuisadministratie plus' } });
    fireEvent.click(screen.getByRole('button', { name: 'Aanbod opslaan' }));
    expect((await screen.findByRole('alert')).textContent).toContain('intussen gewijzigd');
    screen.getByRole('button', { name: 'Nieuwste kaart laden, mijn wijzigingen houden' });
    expect(name.value).toBe('Thuisadministratie plus');
    expect((screen.getByRole('button', { name: 'Aanbod opslaan' }) as HTMLButtonElement).disabled).toBe(false);

    answer = [200, { etag: '"2"', offer: { ...offer, name: 'Thuisadministratie plus' } }];
    fireEvent.click(screen.getByRole('button', { name: 'Aanbod opslaan' }));
    await screen.findByText(/Thuisadministratie plus is opgeslagen/);
    expect(screen.queryByRole('button', { name: 'Nieuwste kaart laden, mijn wijzigingen houden' })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(2);
  });
});
