// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CasePanel } from '../../../components/case-panel';
import type { OverlayApi } from '../../../components/overlay-api';
import { parseCatalogue } from '../../../lib/catalogue/parse-catalogue';
import type { CaseContext, CaseContextInput } from '../../../lib/contracts/case-context';
import type { SuggestResponse } from '../../../lib/worker-protocol/protocol';
import { CONTEXT } from './case-context-fixture';
import { createGestureGate, type GestureGate } from '../../../lib/user-gesture/gesture-gate';
import { organization, service } from '../catalogue/fixture-offers';
import { textsFor } from '../i18n/texts';

const offer = parseCatalogue({ version: '1', demo: true, organizations: [organization('org')], services: [service('maatje', 'org')] }).offers[0]!;

function response(overrides: Partial<SuggestResponse> = {}): SuggestResponse {
  return {
    caseRef: 'a'.repeat(64),
    result: { suggestions: [{ serviceId: 'maatje', score: 5, reasons: [{ type: 'domain', domain: 'social_network', score: 2 }], notes: [] }], warnings: [], networkPrompt: 'ask_network', leftOut: [] },
    offers: { maatje: offer },
    registrations: [],
    catalogue: { version: '1', demo: true, offers: 1, skipped: 0 },
    ...overrides,
  };
}

function fakeApi(overrides: Partial<OverlayApi> = {}): OverlayApi {
  return {
    suggest: vi.fn(async () => response()),
    search: vi.fn(async () => ({ hits: [], offers: {} })),
    register: vi.fn(async () => {
      throw new Error('not used');
    }),
    updateStatus: vi.fn(async () => {
      throw new Error('not used');
    }),
    updateDetails: vi.fn(async () => {
      throw new Error('not used');
    }),
    eraseCase: vi.fn(async () => {
      throw new Error('not used');
    }),
    removeRecord: vi.fn(async () => {
      throw new Error('not used');
    }),
    ...overrides,
  };
}


/** jsdom marks every event untrusted; here its clicks stand for the user's (the real gate is tested below and in e2e). */
const userClicks = () => createGestureGate({ isTrusted: () => true });

function panel(context: CaseContext | null | undefined, api: OverlayApi, gestureGate: GestureGate | undefined = userClicks()) {
  return <CasePanel context={context} api={api} collapsed={false} onCollapsedChange={() => undefined} texts={textsFor('nl')} onLocaleChange={() => undefined} gestureGate={gestureGate} />;
}

function renderPanel(context: CaseContext | null | undefined, api: OverlayApi, gestureGate?: GestureGate) {
  return render(panel(context, api, gestureGate));
}

afterEach(cleanup);

describe('CasePanel', () => {
  it('shows suggestions with their reason and marks demo data', async () => {
    renderPanel(CONTEXT, fakeApi());
    await screen.findByText('Aanbod maatje');
    expect(screen.getByText(/Sociaal netwerk \(ZRM 2\)/)).toBeTruthy();
    expect(screen.getByText('Demo-gegevens')).toBeTruthy();
  });

  it('offers a typed need where the page has no case, and asks for suggestions with it', async () => {
    const api = fakeApi();
    renderPanel(null, api);
    expect(screen.getByText('Geen casusgegevens gevonden')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Hulpvraag in eigen woorden'), { target: { value: 'zoekt gezelschap' } });
    fireEvent.click(screen.getByRole('button', { name: 'Zoek passende hulp' }));
    await screen.findByText('Aanbod maatje');
    const sent = (api.suggest as ReturnType<typeof vi.fn>).mock.calls[0]![0] as CaseContextInput;
    expect(sent).toMatchObject({ system: 'manual', needText: 'zoekt gezelschap' });
    // No case, so nothing to record against.
    expect(screen.queryByRole('button', { name: /^Kies dit aanbod/ })).toBeNull();
  });

  it('says when the background fails and tries again on request, leaving the page alone', async () => {
    let calls = 0;
    const api = fakeApi({
      suggest: vi.fn(async () => {
        calls++;
        if (calls === 1) throw new Error('worker asleep');
        return response();
      }),
    });
    renderPanel(CONTEXT, api);
    await screen.findByRole('alert');
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    await screen.findByText('Aanbod maatje');
    expect(calls).toBe(2);
  });

  it('shows why a choice could not be recorded', async () => {
    const api = fakeApi({
      register: vi.fn(async () => {
        throw new Error('Opslag vol: maak ruimte vrij en probeer opnieuw.');
      }),
    });
    renderPanel(CONTEXT, api);
    fireEvent.click(await screen.findByRole('button', { name: /^Kies dit aanbod/ }));
    expect((await screen.findByRole('alert')).textContent).toContain('Opslag vol');
  });

  it('records a choice in one click with the usual answers, then offers to correct them instead of a second choice', async () => {
    const saved = {
      id: '0190f2a0-0000-7000-8000-000000000001',
      caseRef: 'a'.repeat(64),
      outcome: 'deployed' as const,
      kind: 'buddy' as const,
      serviceId: 'maatje',
      domains: [],
      relation: 'alongside' as const,
      contactBy: 'professional' as const,
      status: 'requested' as const,
      createdAt: '2026-11-23T10:00:00.000Z',
      updatedAt: '2026-11-23T10:00:00.000Z',
      version: 1,
    };
    let stored: (typeof saved)[] = [];
    const api = fakeApi({
      suggest: vi.fn(async () => response({ registrations: stored })),
      register: vi.fn(async () => {
        stored = [saved];
        return saved;
      }),
      updateDetails: vi.fn(async (update) => ({ ...saved, ...update, version: 2 })),
    });
    renderPanel(CONTEXT, api);
    fireEvent.click(await screen.findByRole('button', { name: 'Kies dit aanbod: Aanbod maatje' }));
    await screen.findByText('Vastgelegd (aangevraagd)');
    expect((api.register as ReturnType<typeof vi.fn>).mock.calls[0]![1]).toEqual({ outcome: 'deployed', serviceId: 'maatje' });
    expect(screen.queryByRole('button', { name: /^Kies dit aanbod/ })).toBeNull();
    // The next step of the record is one click away.
    expect(screen.getByRole('button', { name: 'Zet op gematcht: Aanbod maatje' })).toBeTruthy();
    // Correcting the usual answers: two more clicks.
    fireEvent.click(screen.getByText(/Naast professionele hulp · contact: Professional/));
    expect((screen.getByLabelText('Naast') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText('Samen met de professional'));
    fireEvent.click(screen.getByRole('button', { name: 'Vastleggen' }));
    await vi.waitFor(() => expect(api.updateDetails).toHaveBeenCalledWith({ id: saved.id, relation: 'together', contactBy: 'professional' }));
  });

  it('records unmet demand in two clicks', async () => {
    const api = fakeApi({ register: vi.fn(async () => ({}) as never) });
    renderPanel(CONTEXT, api);
    fireEvent.click(await screen.findByRole('button', { name: 'Past, maar geen aanbod' }));
    fireEvent.click(screen.getByRole('button', { name: 'Maatje' }));
    await vi.waitFor(() => expect(api.register).toHaveBeenCalledWith(CONTEXT, { outcome: 'unmet', kind: 'buddy' }));
  });

  it('records help deployed without an offer from the kaart (own network) in two clicks', async () => {
    const api = fakeApi({ register: vi.fn(async () => ({}) as never) });
    renderPanel(CONTEXT, api);
    fireEvent.click(await screen.findByRole('button', { name: 'Informele hulp ingezet' }));
    fireEvent.click(screen.getByRole('button', { name: 'Eigen netwerk' }));
    await vi.waitFor(() => expect(api.register).toHaveBeenCalledWith(CONTEXT, { outcome: 'deployed', kind: 'own_network' }));
  });

  it('shows blocking warnings without the network prompt', async () => {
    const api = fakeApi({
      suggest: vi.fn(async () => response({ result: { suggestions: [], warnings: [{ code: 'crisis', blocksAll: true }], networkPrompt: 'ask_network', leftOut: [] } })),
    });
    renderPanel(CONTEXT, api);
    await screen.findByText(/Crisis: eerst professionele hulp/);
    expect(screen.queryByText(/Netwerk eerst/)).toBeNull();
  });

  it('records nothing for a click a script made (untrusted event), with the default gate', async () => {
    const api = fakeApi({ register: vi.fn(async () => ({}) as never) });
    render(<CasePanel context={CONTEXT} api={api} collapsed={false} onCollapsedChange={() => undefined} texts={textsFor('nl')} onLocaleChange={() => undefined} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Kies dit aanbod: Aanbod maatje' }));
    fireEvent.click(screen.getByRole('button', { name: 'Past, maar geen aanbod' }));
    fireEvent.click(screen.getByRole('button', { name: 'Maatje' }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(api.register).not.toHaveBeenCalled();
  });

  it('keeps the previous case’s list, marked as updating and not recordable, until the next case’s answer is there', async () => {
    const next = response({
      result: { suggestions: [{ serviceId: 'maatje', score: 3, reasons: [], notes: [] }], warnings: [{ code: 'crisis', blocksAll: false }], networkPrompt: 'ask_network', leftOut: [] },
    });
    let answerNext: (r: SuggestResponse) => void = () => undefined;
    const api = fakeApi({
      suggest: vi.fn((context: CaseContextInput) => (context.caseKey === 'KD-2' ? new Promise<SuggestResponse>((resolve) => (answerNext = resolve)) : Promise.resolve(response()))),
      register: vi.fn(async () => ({}) as never),
    });
    const view = renderPanel(CONTEXT, api);
    const choose = await screen.findByRole('button', { name: 'Kies dit aanbod: Aanbod maatje' });
    expect(choose.hasAttribute('disabled')).toBe(false);
    // The single-page app switches to another case: first it renders (nothing to read yet)…
    view.rerender(panel(undefined, api));
    expect(screen.getByRole('region', { name: /Passend aanbod/ }).getAttribute('aria-busy')).toBe('true');
    expect(screen.getByText('Aanbod maatje')).toBeTruthy();
    // …then the next case is read and the panel asks again.
    view.rerender(panel({ ...CONTEXT, caseKey: 'KD-2', needText: 'schulden' }, api));
    await vi.waitFor(() => expect(api.suggest).toHaveBeenCalledTimes(2));
    const list = screen.getByRole('region', { name: /Passend aanbod/ });
    expect(list.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByText('Aanbod maatje')).toBeTruthy();
    expect(screen.getAllByText('Bijwerken voor deze casus…').length).toBeGreaterThan(0);
    // The old list belongs to the other case: choosing from it now would record against the wrong case.
    const stale = screen.getByRole('button', { name: 'Kies dit aanbod: Aanbod maatje' });
    expect(stale.hasAttribute('disabled')).toBe(true);
    fireEvent.click(stale);
    expect(api.register).not.toHaveBeenCalled();
    answerNext(next);
    await screen.findByText(/Crisis/);
    expect(screen.getByRole('region', { name: /Passend aanbod/ }).getAttribute('aria-busy')).toBeNull();
    expect(screen.queryAllByText('Bijwerken voor deze casus…')).toEqual([]);
  });

  it('tells the case it shows, so collapsing is per case, and the closed tab still counts warnings', async () => {
    const onCaseRef = vi.fn();
    const warning = { code: 'unsafe_network', severity: 'block', domain: undefined } as unknown as SuggestResponse['result']['warnings'][number];
    const api = fakeApi({ suggest: vi.fn(async () => response({ result: { ...response().result, warnings: [warning, warning] } })) });
    const { container } = render(
      <CasePanel context={CONTEXT} api={api} collapsed={true} onCollapsedChange={() => undefined} onCaseRef={onCaseRef} texts={textsFor('nl')} onLocaleChange={() => undefined} gestureGate={userClicks()} />,
    );
    await vi.waitFor(() => expect(onCaseRef).toHaveBeenCalledWith('a'.repeat(64)));
    const tab = container.querySelector('.hr-tab__button')!;
    await vi.waitFor(() => expect(tab.className).toContain('hr-tab__button--warning'));
    expect(container.querySelector('.hr-tab__warnings')?.getAttribute('data-warnings')).toBe('2');
    expect(tab.getAttribute('title')).toBe('Handreiking openen, 2 waarschuwingen, 1 suggestie (Sneltoets: Alt+Shift+H)');
    expect(container.querySelector('.hr-tab__warnings .hr-visually-hidden')?.textContent).toBe('2 waarschuwingen');
  });

  it('shows a role that does not record (a kaart keeper) what professionals see, without record buttons, and says why', async () => {
    renderPanel(CONTEXT, fakeApi({ suggest: vi.fn(async () => response({ recordingNotForRole: 'kaart_keeper' })) }));
    await screen.findByText('Aanbod maatje');
    expect(screen.queryByRole('button', { name: /^Kies dit aanbod/ })).toBeNull();
    expect(screen.getByText(/aangemeld als beheerder sociale kaart/)).toBeTruthy();
  });

  it('marks the case’s records that are not sent yet, and only those', async () => {
    const made = { caseRef: 'a'.repeat(64), outcome: 'deployed' as const, serviceId: 'maatje', kind: 'buddy' as const, domains: [], status: 'requested' as const, createdAt: '2026-06-01T10:00:00.000Z', updatedAt: '2026-06-01T10:00:00.000Z', version: 1 };
    const sent = { ...made, id: '0190f2a0-0000-7000-8000-0000000000c1' };
    const waiting = { ...made, id: '0190f2a0-0000-7000-8000-0000000000c2', outcome: 'unmet' as const, serviceId: undefined, status: undefined };
    const { container } = renderPanel(CONTEXT, fakeApi({ suggest: vi.fn(async () => response({ registrations: [sent, waiting], unsent: [waiting.id] })) }));
    await screen.findByText('Aanbod maatje');
    await vi.waitFor(() => expect(container.querySelectorAll('.hr-recorded li').length).toBe(2));
    expect(container.querySelector(`[data-id="${waiting.id}"] [data-unsent]`)?.textContent).toBe('nog niet verstuurd');
    expect(container.querySelector(`[data-id="${sent.id}"] [data-unsent]`)).toBeNull();
  });

  it('Alt+Shift+H opens a collapsed panel with focus on the suggestions, and from inside closes it again', async () => {
    function Controlled() {
      const [collapsed, setCollapsed] = useState(true);
      return <CasePanel context={CONTEXT} api={fakeApi()} collapsed={collapsed} onCollapsedChange={setCollapsed} texts={textsFor('nl')} onLocaleChange={() => undefined} gestureGate={userClicks()} />;
    }
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    const { container } = render(<Controlled />);
    await vi.waitFor(() => expect(container.querySelector('.hr-tab__button')).not.toBeNull());
    fireEvent.keyDown(window, { key: 'H', code: 'KeyH', altKey: true, shiftKey: true });
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('hr-suggestions-title'));
    // The first suggestion's controls are the next stops for Tab.
    expect(container.querySelector('#hr-suggestions-title')!.compareDocumentPosition(container.querySelector('.hr-card button')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    fireEvent.keyDown(window, { key: 'H', code: 'KeyH', altKey: true, shiftKey: true });
    await vi.waitFor(() => expect(container.querySelector('.hr-tab__button')).not.toBeNull());
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });

  it('keeps focus on the card after recording from it, and puts it on the tab after collapsing with the button', async () => {
    const saved = { id: '0190f2a0-0000-7000-8000-000000000009', caseRef: 'a'.repeat(64), outcome: 'deployed' as const, kind: 'buddy' as const, serviceId: 'maatje', domains: [], status: 'requested' as const, createdAt: '2026-11-23T10:00:00.000Z', updatedAt: '2026-11-23T10:00:00.000Z', version: 1 };
    let stored: (typeof saved)[] = [];
    const api = fakeApi({
      suggest: vi.fn(async () => response({ registrations: stored })),
      register: vi.fn(async () => {
        stored = [saved];
        return saved;
      }),
    });
    function Controlled() {
      const [collapsed, setCollapsed] = useState(false);
      return <CasePanel context={CONTEXT} api={api} collapsed={collapsed} onCollapsedChange={setCollapsed} texts={textsFor('nl')} onLocaleChange={() => undefined} gestureGate={userClicks()} />;
    }
    const { container } = render(<Controlled />);
    const choose = await screen.findByRole('button', { name: 'Kies dit aanbod: Aanbod maatje' });
    choose.focus();
    fireEvent.click(choose);
    await screen.findByText('Vastgelegd (aangevraagd)');
    await vi.waitFor(() => expect(document.activeElement?.closest('[data-service-id]')?.getAttribute('data-service-id')).toBe('maatje'));
    fireEvent.click(screen.getByRole('button', { name: 'Paneel inklappen' }));
    await vi.waitFor(() => expect(document.activeElement).toBe(container.querySelector('.hr-tab__button')));
  });

  it('asks before recording what contradicts an earlier record, and records it only on "Toch vastleggen"', async () => {
    const register = vi.fn(async (_context: unknown, _draft: unknown, confirmed?: boolean) => {
      if (!confirmed) throw Object.assign(new Error('…'), { code: 'contradiction', contradiction: { kind: 'deploy_after_not_suitable', reason: 'crisis', at: '2026-11-20T09:00:00.000Z' } });
      return { id: '0190f2a0-0000-7000-8000-0000000000e1' } as never;
    });
    renderPanel(CONTEXT, fakeApi({ register }));
    fireEvent.click(await screen.findByRole('button', { name: 'Kies dit aanbod: Aanbod maatje' }));
    const question = await screen.findByRole('alertdialog');
    expect(question.textContent).toMatch(/informele hulp niet past \(Crisis\)/);
    expect(register).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Toch vastleggen' }));
    await vi.waitFor(() => expect(register).toHaveBeenCalledTimes(2));
    expect(register.mock.calls[1]![2]).toBe(true);
    await vi.waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  });

  it('erases the case’s records only after a confirmation that says what it does (issue 12 #4)', async () => {
    const made = { id: '0190f2a0-0000-7000-8000-0000000000a9', caseRef: 'a'.repeat(64), outcome: 'unmet' as const, kind: 'buddy' as const, domains: [], createdAt: '2026-06-01T10:00:00.000Z', updatedAt: '2026-06-01T10:00:00.000Z', version: 1 };
    let stored = [made];
    const eraseCase = vi.fn(async () => {
      stored = [];
      return { registrations: 1 };
    });
    const api = fakeApi({ suggest: vi.fn(async () => response({ registrations: stored, ...(stored.length ? { mayErase: true } : {}) })), eraseCase });
    renderPanel(CONTEXT, api);
    fireEvent.click(await screen.findByRole('button', { name: 'Vastleggingen van deze casus wissen…' }));
    const confirm = await screen.findByRole('alertdialog');
    expect(confirm.textContent).toMatch(/op de server en op alle apparaten van het team.*niet ongedaan/);
    expect(eraseCase).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Wis 1 vastlegging' }));
    await vi.waitFor(() => expect(eraseCase).toHaveBeenCalledWith('a'.repeat(64)));
    await vi.waitFor(() => expect(screen.queryByRole('button', { name: 'Vastleggingen van deze casus wissen…' })).toBeNull());
  });

  it('offers to undo a new record for a few seconds, which takes it back (issue 12 #4)', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const saved = { id: '0190f2a0-0000-7000-8000-0000000000b1', caseRef: 'a'.repeat(64), outcome: 'deployed' as const, kind: 'buddy' as const, serviceId: 'maatje', domains: [], status: 'requested' as const, createdAt: '2026-11-23T10:00:00.000Z', updatedAt: '2026-11-23T10:00:00.000Z', version: 1 };
      let stored: (typeof saved)[] = [];
      const removeRecord = vi.fn(async () => {
        stored = [];
      });
      const api = fakeApi({
        suggest: vi.fn(async () => response({ registrations: stored })),
        register: vi.fn(async () => {
          stored = [saved];
          return saved;
        }),
        removeRecord,
      });
      renderPanel(CONTEXT, api);
      fireEvent.click(await screen.findByRole('button', { name: 'Kies dit aanbod: Aanbod maatje' }));
      await screen.findByText('Vastgelegd (aangevraagd)');
      const undoButton = await screen.findByRole('button', { name: 'Ongedaan maken' });
      await vi.waitFor(() => expect((undoButton as HTMLButtonElement).disabled).toBe(false));
      fireEvent.click(undoButton);
      await vi.waitFor(() => expect(removeRecord).toHaveBeenCalledWith(saved.id));
      await screen.findByRole('button', { name: 'Kies dit aanbod: Aanbod maatje' });

      // Made again, the offer to undo goes after ten seconds.
      fireEvent.click(screen.getByRole('button', { name: 'Kies dit aanbod: Aanbod maatje' }));
      await screen.findByRole('button', { name: 'Ongedaan maken' });
      await vi.advanceTimersByTimeAsync(10_001);
      expect(screen.queryByRole('button', { name: 'Ongedaan maken' })).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('offers to undo a status step as the one-step correction', async () => {
    const made = { id: '0190f2a0-0000-7000-8000-0000000000b2', caseRef: 'a'.repeat(64), outcome: 'deployed' as const, kind: 'buddy' as const, serviceId: 'maatje', domains: [], status: 'requested' as const, createdAt: '2026-11-23T10:00:00.000Z', updatedAt: '2026-11-23T10:00:00.000Z', version: 1 };
    let stored = [made];
    const updateStatus = vi.fn(async (u: { id: string; status: 'requested' | 'matched' }) => {
      stored = [{ ...made, status: u.status as 'requested', version: stored[0]!.version + 1 }];
      return stored[0]!;
    });
    renderPanel(CONTEXT, fakeApi({ suggest: vi.fn(async () => response({ registrations: stored })), updateStatus: updateStatus as never }));
    fireEvent.click(await screen.findByRole('button', { name: 'Zet op gematcht: Aanbod maatje' }));
    const undoButton = await screen.findByRole('button', { name: 'Ongedaan maken' });
    await vi.waitFor(() => expect((undoButton as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(undoButton);
    await vi.waitFor(() => expect(updateStatus).toHaveBeenLastCalledWith({ id: made.id, status: 'requested', correction: true }));
  });

  it('clears the list when the page turns out to hold no case after all', async () => {
    const api = fakeApi();
    const view = renderPanel(CONTEXT, api);
    await screen.findByText('Aanbod maatje');
    view.rerender(panel(undefined, api));
    expect(screen.getByText('Aanbod maatje')).toBeTruthy();
    view.rerender(panel(null, api));
    await vi.waitFor(() => expect(screen.queryByText('Aanbod maatje')).toBeNull());
    expect(screen.getByText('Geen casusgegevens gevonden')).toBeTruthy();
  });
});

describe('CasePanel: requests to volunteer organisations (issue 17)', () => {
  const requested = { id: '0190a000-0000-7000-8000-0000000000aa', caseRef: 'a'.repeat(64), outcome: 'deployed' as const, kind: 'buddy' as const, serviceId: 'maatje', organizationId: 'org', domains: ['social_network' as const], status: 'requested' as const, createdAt: '2026-05-04T09:00:00.000Z', updatedAt: '2026-05-04T09:00:00.000Z', version: 1 };

  it('offers no request before sign-in or for a role that does not send them', async () => {
    renderPanel(CONTEXT, fakeApi({ requestHelp: vi.fn() }));
    await screen.findByText('Aanbod maatje');
    expect(screen.queryByRole('button', { name: /Deze hulp aanvragen/ })).toBeNull();
  });

  it('opens the form from the keyboard with focus in it, names personal data and missing consent, and sends only once both are right', async () => {
    const requestHelp = vi.fn(async () => requested);
    const api = fakeApi({ suggest: vi.fn(async () => response({ mayRequest: true })), requestHelp, professionalContact: vi.fn(async () => ({ name: 'Sam Werker', email: 's.werker@team.demo.example' })) });
    renderPanel({ ...CONTEXT, wijk: 'Centrum', postcode4: '4811', flags: ['domestic_violence'] }, api);
    const open = await screen.findByRole('button', { name: 'Deze hulp aanvragen: Aanbod maatje' });
    // The contact remembered from the last request is read once the panel knows requests are possible.
    await vi.waitFor(() => expect(api.professionalContact).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 0));
    fireEvent.click(open);
    const form = document.querySelector('[data-request-form="maatje"]')!;
    expect(form.contains(document.activeElement)).toBe(true);
    expect((screen.getByLabelText('Wijk (nooit een adres)') as HTMLInputElement).value).toBe('Centrum');
    expect((screen.getByLabelText('Je naam') as HTMLInputElement).value).toBe('Sam Werker');

    fireEvent.input(screen.getByLabelText('Taak (kort, zonder persoonsgegevens)'), { target: { value: 'Mevrouw Jansen zoekt iemand om mee te wandelen.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verzoek versturen' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('De taak bevat wat lijkt op een naam');
    expect(alert.textContent).toContain('Bevestig dat de cliënt met dit verzoek heeft ingestemd.');
    expect(requestHelp).not.toHaveBeenCalled();

    fireEvent.input(screen.getByLabelText('Taak (kort, zonder persoonsgegevens)'), { target: { value: 'Zoekt iemand om wekelijks mee te wandelen.' } });
    fireEvent.click(screen.getByLabelText('De cliënt heeft ingestemd met dit verzoek'));
    fireEvent.click(screen.getByLabelText('wo'));
    fireEvent.click(screen.getByRole('button', { name: 'Verzoek versturen' }));
    await vi.waitFor(() => expect(requestHelp).toHaveBeenCalledTimes(1));
    const [context, serviceId, sent] = requestHelp.mock.calls[0]! as unknown as [CaseContext, string, Record<string, unknown>];
    expect(context.caseKey).toBe('KD-1');
    expect(serviceId).toBe('maatje');
    expect(sent).toEqual({
      kind: 'buddy',
      domain: 'social_network',
      wijk: 'Centrum',
      days: ['wed'],
      dayparts: [],
      language: 'Nederlands',
      task: 'Zoekt iemand om wekelijks mee te wandelen.',
      professional: { name: 'Sam Werker', email: 's.werker@team.demo.example', phone: '' },
      clientConsent: true,
    });
  });

  it('shows the organisation’s question on the record, sends the reply, and withdraws the request', async () => {
    const requestAction = vi.fn(async () => undefined);
    const api = fakeApi({
      suggest: vi.fn(async () => response({ mayRequest: true, registrations: [requested], requests: { [requested.id]: { state: 'question', question: 'Welke dag past het best?' } } })),
      requestHelp: vi.fn(),
      requestAction,
    });
    renderPanel(CONTEXT, api);
    expect((await screen.findByText('Welke dag past het best?')).closest('[data-request-state]')?.getAttribute('data-request-state')).toBe('question');
    // An open request is not asked twice.
    expect(screen.queryByRole('button', { name: /Deze hulp aanvragen/ })).toBeNull();
    fireEvent.input(screen.getByLabelText('Je antwoord (zonder persoonsgegevens)'), { target: { value: 'Woensdagochtend.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Antwoord versturen: Aanbod maatje' }));
    await vi.waitFor(() => expect(requestAction).toHaveBeenCalledWith(requested.id, { action: 'reply', reply: 'Woensdagochtend.' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Verzoek intrekken: Aanbod maatje' }));
    await vi.waitFor(() => expect(requestAction).toHaveBeenCalledWith(requested.id, { action: 'withdraw' }));
  });

  it('shows an answer that closes the loop: started, and a waiting list with its date', async () => {
    renderPanel(
      CONTEXT,
      fakeApi({ suggest: vi.fn(async () => response({ mayRequest: true, registrations: [{ ...requested, status: 'started' }], requests: { [requested.id]: { state: 'started' } } })), requestHelp: vi.fn(), requestAction: vi.fn() }),
    );
    expect(await screen.findByText('Verzoek: gestart')).toBeTruthy();
    cleanup();
    renderPanel(
      CONTEXT,
      fakeApi({ suggest: vi.fn(async () => response({ mayRequest: true, registrations: [requested], requests: { [requested.id]: { state: 'waiting', expectedDate: '2026-07-01' } } })), requestHelp: vi.fn(), requestAction: vi.fn() }),
    );
    expect(await screen.findByText('Verzoek: op de wachtlijst')).toBeTruthy();
    expect(screen.getByText(/verwacht vanaf 1 jul 2026/)).toBeTruthy();
  });
});
