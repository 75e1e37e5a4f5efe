// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AdapterEditor, type AdapterEditorProps } from '../../../components/adapter-editor';
import { MessagesContext } from '../../../components/use-messages';
import { emptyDraft } from '../../../lib/adapter-editor/draft';
import type { CaseContext } from '../../../lib/contracts/case-context';
import { textsFor } from '../i18n/texts';

afterEach(cleanup);

const read: CaseContext = {
  system: 'team-x',
  caseKey: 'KD-2026-0412',
  zrm: { edition: '2017', scores: { finances: 4, social_network: 2 } },
  needText: 'Mevrouw zoekt iemand om mee te wandelen.',
  age: 80,
  household: { livesAlone: true },
  flags: [],
  refusals: [],
  wishes: [],
};

function show(props: Partial<AdapterEditorProps> = {}) {
  const all: AdapterEditorProps = {
    draft: emptyDraft('https://regas.gemeente.nl/dossier/1'),
    onDraft: vi.fn(),
    preview: read,
    picking: null,
    onPick: vi.fn(),
    onSave: vi.fn(async () => 3),
    onCheck: vi.fn(async () => []),
    onClose: vi.fn(),
    ...props,
  };
  render(
    <MessagesContext.Provider value={textsFor('nl')}>
      <AdapterEditor {...all} />
    </MessagesContext.Provider>,
  );
  return all;
}

describe('the adapter editor', () => {
  it('shows what the mapping reads on this page and names the facts it does not find', () => {
    show();
    expect(document.querySelector('[data-fact="caseKey"]')?.textContent).toBe('KD-2026-0412');
    expect(document.querySelector('[data-fact="zrm"]')?.textContent).toBe('2/11 (2017)');
    expect(document.querySelector('[data-missing]')?.getAttribute('data-missing')).toBe('postcode4 wijk language gender');
  });

  it('starts and stops picking per fact', () => {
    const props = show();
    fireEvent.click(screen.getByRole('button', { name: 'Wijk: kies op de pagina' }));
    expect(props.onPick).toHaveBeenCalledWith({ kind: 'field', field: 'wijk' });
    cleanup();
    const picking = show({ picking: { kind: 'field', field: 'wijk' } });
    const button = screen.getByRole('button', { name: 'Wijk: kies op de pagina' });
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('status').textContent).toMatch(/Esc stopt/);
    fireEvent.click(button);
    expect(picking.onPick).toHaveBeenCalledWith(null);
  });

  it('takes a typed label as the source of a fact', () => {
    const props = show();
    fireEvent.change(screen.getByLabelText('Postcode: label op de pagina'), { target: { value: 'Postcode, PC' } });
    expect(props.onDraft).toHaveBeenCalledWith(expect.objectContaining({ fields: { postcode: { labels: ['Postcode', 'PC'] } } }));
  });

  it('does not save without a case number or a name, and says why', async () => {
    const props = show();
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan voor het team' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/dossiernummer/);
    expect(props.onSave).not.toHaveBeenCalled();
  });

  it('saves a complete mapping and says the team gets it with its next sync', async () => {
    const draft = { ...emptyDraft('https://regas.gemeente.nl/dossier/1'), name: 'Regas', fields: { caseKey: { labels: ['Dossiernummer'] } } };
    const props = show({ draft });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan voor het team' }));
    await waitFor(() => expect(props.onSave).toHaveBeenCalled());
    expect((await screen.findByText(/versie 3/)).textContent).toMatch(/volgende synchronisatie/);
  });

  it('shows the server\'s reason when saving is refused', async () => {
    const draft = { ...emptyDraft('https://regas.gemeente.nl/dossier/1'), name: 'Regas', fields: { caseKey: { labels: ['Dossiernummer'] } } };
    show({ draft, onSave: async () => Promise.reject(new Error('selector "body *" leest de hele pagina')) });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan voor het team' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/leest de hele pagina/);
  });

  it('lists the other open case files it read, with what each misses', async () => {
    show({ onCheck: async () => [{ caseKey: 'KD-2026-0418', found: ['caseKey'], missing: ['wijk'] }, { found: [], missing: ['caseKey'] }] });
    fireEvent.click(screen.getByRole('button', { name: 'Controleer op open dossiers' }));
    expect((await screen.findByText(/2 open dossiers gelezen/)).textContent).toBeTruthy();
    expect(document.querySelector('[data-check="KD-2026-0418"]')?.textContent).toMatch(/Niet gevonden: Wijk/);
  });
});
