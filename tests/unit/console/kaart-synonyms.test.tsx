// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsoleContext, type ConsoleTools } from '../../../components/console/console-context';
import { KaartSynonymsPage } from '../../../components/console/kaart-synonyms-page';
import { MessagesContext } from '../../../components/use-messages';
import { ConsoleApiError, type ConsoleApi } from '../../../lib/console/console-api';
import { parseRoute } from '../../../lib/console/console-route';
import { synonymListFrom } from '../../../lib/console/synonym-form';
import type { KaartSynonyms, PutSynonymsRequestInput } from '../../../lib/contracts/synonyms';
import { Service } from '../../../lib/contracts/catalogue';
import type { Catalogue } from '../../../lib/contracts/sync';
import type { Locale } from '../../../lib/i18n/locales';
import { ORGANIZATION_ID, testOffer } from '../../server/kaart-fixture';
import { textsFor } from '../i18n/texts';

/* The kaart keeper's own synonym list page (#/kaart/synonyms), with a fake API. */

afterEach(cleanup);

const STORED: KaartSynonyms = {
  etag: '"s1"',
  list: { groups: [{ words: ['mantelzorg', 'mantelzorger'] }], english: { 'walking buddy': 'wandelmaatje' }, phrases: {} },
  updatedAt: '2026-05-01T10:00:00.000Z',
};
const KAART: Catalogue = {
  version: 'v1',
  demo: false,
  municipality: 'Teststad',
  updatedAt: null,
  organizations: [{ id: ORGANIZATION_ID, name: 'Humanitas', description: 'Vrijwilligers.', phones: [] }],
  services: [Service.parse(testOffer('thuisadministratie', 'Thuisadministratie'))],
};

function showPage(put: (input: PutSynonymsRequestInput) => Promise<KaartSynonyms>, locale: Locale = 'nl') {
  const api = {
    kaartSynonyms: async () => structuredClone(STORED),
    putKaartSynonyms: put,
    catalogue: async () => ({ catalogue: structuredClone(KAART), etag: '"k1"' }),
  } as unknown as ConsoleApi;
  const tools: ConsoleTools = { api, role: 'kaart_keeper', describe: (e) => (e instanceof ConsoleApiError ? e.nl : String(e)) };
  return render(
    <MessagesContext.Provider value={textsFor(locale)}>
      <ConsoleContext.Provider value={tools}>
        <KaartSynonymsPage />
      </ConsoleContext.Provider>
    </MessagesContext.Provider>,
  );
}

const recordingPut = () => {
  const sent: PutSynonymsRequestInput[] = [];
  const put = async (input: PutSynonymsRequestInput) => (sent.push(input), { etag: '"s2"', list: input.list as KaartSynonyms['list'], updatedAt: null });
  return { sent, put };
};

describe('the kaart keeper’s synonym list page', () => {
  it('has its own address, not taken for an offer id', () => {
    expect(parseRoute('#/kaart/synonyms')).toEqual({ page: 'kaart-synonyms' });
  });

  it('shows the stored list and saves an added group with the ETag it was loaded with', async () => {
    const { sent, put } = recordingPut();
    showPage(put);
    expect(((await screen.findByLabelText('Groep 1')) as HTMLInputElement).value).toBe('mantelzorg, mantelzorger');
    expect((screen.getByLabelText('Engels woord of zinsdeel 1') as HTMLInputElement).value).toBe('walking buddy');
    fireEvent.click(screen.getByRole('button', { name: 'Groep toevoegen' }));
    fireEvent.input(screen.getByLabelText('Groep 2'), { target: { value: 'Schulden,  geldzorgen ,' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lijst opslaan' }));
    await screen.findByText(/De lijst is opgeslagen/);
    expect(sent).toEqual([
      {
        etag: '"s1"',
        list: { groups: [{ words: ['mantelzorg', 'mantelzorger'] }, { words: ['schulden', 'geldzorgen'] }], english: { 'walking buddy': 'wandelmaatje' }, phrases: {} },
      },
    ]);
  });

  it('shows what is wrong, in the user’s language, and sends nothing', async () => {
    for (const [locale, message] of [['nl', 'een groep heeft minstens twee woorden'], ['en', 'a group needs at least two words']] as const) {
      const { sent, put } = recordingPut();
      const view = showPage(put, locale);
      const group = await screen.findByLabelText(locale === 'nl' ? 'Groep 1' : 'Group 1');
      fireEvent.input(group, { target: { value: 'alleen' } });
      fireEvent.click(screen.getByRole('button', { name: locale === 'nl' ? 'Lijst opslaan' : 'Save the list' }));
      expect(await screen.findByText(message)).toBeTruthy();
      expect(group.getAttribute('aria-invalid')).toBe('true');
      expect(group.getAttribute('aria-describedby')).toBe('synonyms-groups-help synonyms-groups-0-error');
      expect(sent).toEqual([]);
      view.unmount();
    }
  });

  it('after a list saved by someone else meanwhile keeps the edits, shows what changed and saves from the stored list', async () => {
    const theirs: KaartSynonyms = {
      etag: '"s9"',
      list: { groups: [{ words: ['mantelzorger', 'mantelzorg'] }, { words: ['klussen', 'klusjes'] }], english: { 'walking buddy': 'maatje', 'debt': 'schulden' }, phrases: {} },
      updatedAt: '2026-05-02T10:00:00.000Z',
    };
    const sent: PutSynonymsRequestInput[] = [];
    showPage(async (input) => {
      sent.push(input);
      if (sent.length === 1) throw new ConsoleApiError(409, 'stale_kaart', 'veranderd', 'changed', { error: { code: 'stale_kaart', message: 'veranderd' }, current: theirs });
      return { etag: '"s10"', list: input.list as KaartSynonyms['list'], updatedAt: null };
    });
    fireEvent.input(await screen.findByLabelText('Groep 1'), { target: { value: 'a, b' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lijst opslaan' }));
    await screen.findByText(/Iemand anders heeft de lijst intussen opgeslagen; er is niets opgeslagen. Uw wijzigingen staan nog in het formulier/);
    expect((screen.getByLabelText('Groep 1') as HTMLInputElement).value).toBe('a, b');
    const changes = within(screen.getByRole('region', { name: 'Veranderd in de opgeslagen lijst' }));
    expect(changes.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Groep toegevoegd: klussen, klusjes',
      'Engelse woorden: debt → schulden toegevoegd',
      'Engelse woorden: walking buddy → maatje (was wandelmaatje)',
    ]);
    // Saving again replaces the stored list with the form, knowingly: from the stored list's ETag.
    fireEvent.click(screen.getByRole('button', { name: 'Lijst opslaan' }));
    await screen.findByText(/De lijst is opgeslagen/);
    expect(sent.map((s) => s.etag)).toEqual(['"s1"', '"s9"']);
    expect(sent[1]!.list.groups).toEqual([{ words: ['a', 'b'] }]);
    expect(screen.queryByRole('region', { name: 'Veranderd in de opgeslagen lijst' })).toBeNull();
  });

  it('after a refused save loads the stored list on request, dropping the edits (said so, in English too)', async () => {
    showPage(async () => {
      throw new ConsoleApiError(409, 'stale_kaart', 'veranderd', 'changed', { error: { code: 'stale_kaart', message: 'veranderd' }, current: STORED });
    }, 'en');
    fireEvent.input(await screen.findByLabelText('Group 1'), { target: { value: 'a, b' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the list' }));
    await screen.findByText(/Your changes are still in the form.*Or load the stored list; then your changes are dropped/);
    expect(screen.getByText('Only the order changed.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Load the stored list (my changes are dropped)' }));
    await screen.findByText('The stored list was loaded.');
    expect((screen.getByLabelText('Group 1') as HTMLInputElement).value).toBe('mantelzorg, mantelzorger');
  });

  it('finds a kaart’s offer in the try-it box only with the edited list', async () => {
    showPage(recordingPut().put);
    await screen.findByLabelText('Groep 1');
    const tryIt = () => {
      fireEvent.input(screen.getByLabelText('Zoekvraag'), { target: { value: 'kwispelstaart' } });
      fireEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
      return within(screen.getByRole('search'));
    };
    fireEvent.click(screen.getByRole('button', { name: 'Groep toevoegen' }));
    fireEvent.input(screen.getByLabelText('Groep 2'), { target: { value: 'kwispelstaart, administratie' } });
    // The offers come from the kaart, loaded next to the list.
    await waitFor(() => expect(tryIt().getByText('Thuisadministratie')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Groep 2 verwijderen' }));
    expect(tryIt().getByText('Geen aanbod gevonden.')).toBeTruthy();
  });

  it('names English rows given twice and leaves empty lines out', () => {
    const result = synonymListFrom({ groups: ['', 'a, b'], english: [{ from: 'Buddy', to: 'maatje' }, { from: 'buddy', to: 'vriend' }, { from: '', to: '' }], phrases: [] });
    expect(result).toEqual({ ok: false, problems: [{ field: 'english.1', rule: 'duplicate_word' }] });
    expect(synonymListFrom({ groups: ['', 'a, b'], english: [{ from: '', to: '' }], phrases: [] })).toEqual({ ok: true, list: { groups: [{ words: ['a', 'b'] }], english: {}, phrases: {} } });
  });
});
