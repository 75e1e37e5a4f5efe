import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CaseContext, CaseContextInput } from '../../lib/contracts/case-context';
import type { DetailsUpdate, Registration, RegistrationDraft, StatusUpdate } from '../../lib/contracts/registration';
import { isFinal, isStepBack } from '../../lib/registration/status-flow';
import type { Locale } from '../../lib/i18n/locales';
import type { Texts, Translate } from '../../lib/i18n/translate';
import type { SuggestResponse } from '../../lib/worker-protocol/protocol';
import { createGestureGate, type GestureGate } from '../../lib/user-gesture/gesture-gate';
import { ManualNeed } from '../manual-need';
import { OfferSearch } from '../offer-search';
import type { OverlayApi } from '../overlay-api';
import { CaseRecords } from '../case-records';
import { NoOfferForm } from '../no-offer-form';
import { SuggestionCard } from '../suggestion-card';
import { MessagesContext } from '../use-messages';
import { LeftOutList } from '../left-out-list';
import { WarningList } from '../warning-list';
import { Confirmation } from '../confirmation';
import { actionPlace, focusInside, focusPlace, landingPlace, type Place } from './panel-focus';
import { clampWidth, DEFAULT_WIDTH, MAX_WIDTH, MIN_WIDTH, WIDTH_STEP } from './panel-width';
import type { Contradiction } from '../../lib/registration/contradictions';
import { formatDate } from '../use-messages';
import type { Offer } from '../../lib/contracts/catalogue';
import type { ProfessionalAction, ProfessionalContact } from '../../lib/contracts/help-request';
import { prefillRequestForm, type RequestForm } from '../../lib/help-request/request-form';
import { isOpenSummary } from '../../lib/help-request/request-summary';
import './style.css';

export interface CasePanelProps {
  /** undefined while the page is still being read, null when it holds no case. */
  context: CaseContext | null | undefined;
  api: OverlayApi;
  collapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
  /** Told the case's pseudonymous reference whenever the case shown changes (null without a case): collapsing is per case. */
  onCaseRef?: (caseRef: string | null) => void;
  /** The open panel's width; without `onWidthChange` it cannot be resized. */
  width?: number;
  /** A new width from the resize handle; `done` once the drag or key press is over (then it is remembered). */
  onWidthChange?: (width: number, done: boolean) => void;
  /** The texts of the panel's language, handed over by the background (the panel bundles none). */
  texts: Texts;
  /** Absent when the organisation locked the language: no switch then. */
  onLocaleChange?: (locale: Locale) => void;
  /** Lets a write through only inside a real click or key press; tests of the panel's own logic pass one that trusts jsdom's events. */
  gestureGate?: GestureGate;
}

/** How long the last change can be undone. */
export const UNDO_MS = 10_000;

/** While loading, the previous answer stays on screen (marked as updating) instead of an empty panel. */
type Load = { state: 'idle' } | { state: 'loading'; previous: SuggestResponse | null } | { state: 'ready'; response: SuggestResponse } | { state: 'error' };

const shownOf = (load: Load): SuggestResponse | null => (load.state === 'ready' ? load.response : load.state === 'loading' ? load.previous : null);

export function CasePanel({ context, api, collapsed, onCollapsedChange, onCaseRef, width = DEFAULT_WIDTH, onWidthChange, texts, onLocaleChange, gestureGate }: CasePanelProps) {
  const { t, locale } = texts;
  const gate = useMemo(() => gestureGate ?? createGestureGate(), [gestureGate]);
  const [manual, setManual] = useState<CaseContextInput | null>(null);
  const [load, setLoad] = useState<Load>({ state: 'idle' });
  const [busy, setBusy] = useState(false);
  const [recordError, setRecordError] = useState<string | null>(null);
  /** The last change can be undone for a few seconds (issue 12 #4). */
  const [undo, setUndo] = useState<{ text: string; run: () => Promise<unknown> } | null>(null);
  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [undo]);
  /** The erasure of this case's records waits for its confirmation. */
  const [confirmingErase, setConfirmingErase] = useState(false);
  /** A record that contradicts an earlier one waits for the professional's answer. */
  const [question, setQuestion] = useState<{ contradiction: Contradiction; confirm: () => Promise<unknown> } | null>(null);
  const [attempt, setAttempt] = useState(0);

  const active: CaseContextInput | null = context ?? manual;
  // Re-ask only when what was read changes, not on every page mutation.
  const activeKey = useMemo(() => (active ? JSON.stringify(active) : context === undefined ? 'reading' : ''), [active, context]);

  useEffect(() => {
    if (context) setManual(null);
  }, [context]);

  // A layout effect: the question leaves for the background in the same task as the reading of
  // the page, not after the next paint (useEffect), which on a busy page came 100-400 ms later.
  useLayoutEffect(() => {
    if (!active) {
      // A page still rendering (a case switch in a single-page app) keeps the last list, marked as
      // updating; a page without a case clears it.
      setLoad((previous) => (context === undefined && shownOf(previous) ? { state: 'loading', previous: shownOf(previous) } : { state: 'idle' }));
      return;
    }
    let current = true;
    setLoad((previous) => ({ state: 'loading', previous: shownOf(previous) }));
    api.suggest(active).then(
      (response) => current && setLoad({ state: 'ready', response }),
      () => current && setLoad({ state: 'error' }),
    );
    return () => {
      current = false;
    };
  }, [activeKey, attempt]);

  // The shortcut reads the latest state through a ref: the entry re-renders the panel from its
  // own callbacks (a case found collapsed), and a handler bound to an older render would toggle
  // the wrong way.
  const latest = useRef({ collapsed, onCollapsedChange });
  latest.current = { collapsed, onCollapsedChange };
  const panelRef = useRef<HTMLElement>(null);
  const tabRef = useRef<HTMLButtonElement>(null);
  /** Where focus goes once the panel has drawn: into it, back to the tab, or to the place of the last action. */
  const pendingFocus = useRef<'panel' | 'tab' | { place: Place; afterAttempt: number } | null>(null);
  /** The page element focus came from, given back when the panel is closed from the keyboard. */
  const cameFrom = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && e.shiftKey && (e.key === 'H' || e.key === 'h' || e.code === 'KeyH')) {
        e.preventDefault();
        const { collapsed: closed, onCollapsedChange: change } = latest.current;
        if (closed) {
          cameFrom.current = document.activeElement as HTMLElement | null;
          pendingFocus.current = 'panel';
          change(false);
        } else if (focusInside(panelRef.current)) {
          pendingFocus.current = null;
          change(true);
          cameFrom.current?.focus?.();
        } else {
          cameFrom.current = document.activeElement as HTMLElement | null;
          if (panelRef.current) landingPlace(panelRef.current)?.focus();
        }
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  useEffect(() => {
    const want = pendingFocus.current;
    if (!want) return;
    if (want === 'tab' && tabRef.current) {
      tabRef.current.focus();
      pendingFocus.current = null;
    } else if (want === 'panel' && panelRef.current) {
      landingPlace(panelRef.current)?.focus();
      pendingFocus.current = null;
    } else if (typeof want === 'object' && panelRef.current && load.state === 'ready' && attempt >= want.afterAttempt) {
      // After a record action the list is drawn anew (the next answer): back to the same card or record.
      if (!focusPlace(panelRef.current, want.place)) landingPlace(panelRef.current)?.focus();
      pendingFocus.current = null;
    }
  });

  const search = useCallback((text: string) => api.search(text), [api]);
  const response = shownOf(load);
  const caseRef = load.state === 'ready' ? load.response.caseRef : load.state === 'idle' ? null : undefined;
  useEffect(() => {
    // Only settled answers: a list still loading belongs to the previous case.
    if (caseRef !== undefined) onCaseRef?.(caseRef);
  }, [caseRef]);
  // The list on screen belongs to the previous case (or the state before a write): nothing may be recorded from it.
  const updating = load.state === 'loading' && response !== null;
  const blocked = busy || updating;
  const notForRole = response?.recordingNotForRole;
  const teamKeyWaiting = response?.teamKeyWaiting === true;
  const canRecord = Boolean(context?.caseKey) && !notForRole && !teamKeyWaiting;
  const registrations = response?.registrations ?? [];
  const recordedFor = (serviceId: string) => registrations.find((r) => r.serviceId === serviceId && !isFinal(r.status));

  // Every write goes through here: one at a time, errors shown, the list refreshed from the store.
  const write = async (action: () => Promise<unknown>, confirmAction?: () => Promise<unknown>) => {
    // A click a page script made (element.click(), dispatchEvent) records nothing, and nothing
    // is recorded from a list that still belongs to the previous case.
    if (!gate.allows() || updating) return;
    const place = actionPlace(focusInside(panelRef.current));
    pendingFocus.current = place ? { place, afterAttempt: attempt + 1 } : null;
    setBusy(true);
    setRecordError(null);
    setQuestion(null);
    try {
      await action();
      setAttempt((n) => n + 1);
    } catch (error) {
      const contradiction = (error as { code?: string; contradiction?: Contradiction } | null)?.contradiction;
      if ((error as { code?: string } | null)?.code === 'contradiction' && contradiction && confirmAction) {
        setQuestion({ contradiction, confirm: confirmAction });
        return;
      }
      setRecordError(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  /** After a new record: it can be taken back for a few seconds (an open record chosen again is not new). */
  const offerUndoOf = (made: Registration) => {
    if (registrations.some((r) => r.id === made.id)) return made;
    setUndo({ text: t('undoRecorded'), run: () => api.removeRecord(made.id) });
    return made;
  };
  const registerDraft = (draft: RegistrationDraft) =>
    context &&
    write(
      () => api.register(context, draft).then(offerUndoOf),
      () => api.register(context, draft, true).then(offerUndoOf),
    );
  const updateStatus = (update: StatusUpdate) => {
    const before = registrations.find((r) => r.id === update.id)?.status;
    return write(() =>
      api.updateStatus(update).then((moved) => {
        // A step forward can be undone as the one-step correction the server accepts.
        if (!update.correction && before && isStepBack(moved.status, before)) setUndo({ text: t('undoStatus', { status: t(`status.${moved.status!}`) }), run: () => api.updateStatus({ id: moved.id, status: before, correction: true }) });
        return moved;
      }),
    );
  };
  const adjust = (update: DetailsUpdate) => write(() => api.updateDetails(update));
  // Requests to organisations (issue 17): signed in with a role that sends them, on a case page.
  const mayRequest = canRecord && response?.mayRequest === true && api.requestHelp !== undefined;
  const [contact, setContact] = useState<ProfessionalContact | null>(null);
  useEffect(() => {
    if (mayRequest) void api.professionalContact?.().then(setContact, () => undefined);
  }, [mayRequest, attempt]);
  const requests = response?.requests ?? {};
  const requestFor = (offer: Offer) => {
    const open = recordedFor(offer.id);
    if (!mayRequest || (open && isOpenSummary(requests[open.id]))) return undefined;
    return {
      initial: () => prefillRequestForm(offer, context ?? null, contact),
      onSend: (form: RequestForm) => context && void write(() => api.requestHelp!(context, offer.id, form)),
    };
  };
  const requestAction = api.requestAction && ((registrationId: string, action: ProfessionalAction) => void write(() => api.requestAction!(registrationId, action)));

  const count = response?.result.suggestions.length ?? 0;
  const warnings = response?.result.warnings.length ?? 0;
  if (collapsed) {
    // Closed, the panel still says that this case has warnings: red, with their number.
    const summary = [t('expand'), warnings > 0 ? t('warningsCount', { n: warnings }) : '', count > 0 ? t('suggestionsCount', { n: count }) : ''].filter(Boolean).join(', ');
    return (
      <MessagesContext.Provider value={texts}>
        <div class="hr-tab">
          <button
            type="button"
            class={`hr-tab__button${warnings > 0 ? ' hr-tab__button--warning' : ''}`}
            aria-expanded="false"
            aria-controls="hr-panel"
            title={`${summary} (${t('shortcutHint')})`}
            ref={tabRef}
            onClick={() => {
              pendingFocus.current = 'panel';
              onCollapsedChange(false);
            }}
          >
            <span class="hr-tab__label">{t('expand')}</span>
            {/* The numbers are read out in words; "! 2" and "8" are for the eye. */}
            {warnings > 0 && (
              <span class="hr-tab__warnings" data-warnings={warnings}>
                <span aria-hidden="true">! {warnings}</span>
                <span class="hr-visually-hidden">{t('warningsCount', { n: warnings })}</span>
              </span>
            )}
            {count > 0 && (
              <span class="hr-tab__count">
                <span aria-hidden="true">{count}</span>
                <span class="hr-visually-hidden">{t('suggestionsCount', { n: count })}</span>
              </span>
            )}
          </button>
        </div>
      </MessagesContext.Provider>
    );
  }

  return (
    <MessagesContext.Provider value={texts}>
      <aside
        id="hr-panel"
        ref={panelRef}
        style={{ width: `${width}px` }}
        class="hr-panel"
        // Which adapter read the page (a team's own mapping or a built-in one): for support and tests.
        data-system={context?.system}
        aria-label={t('panelLabel')}
        lang={locale}
        onClickCapture={gate.observe}
        onKeyDownCapture={gate.observe}
        onSubmitCapture={gate.observe}
      >
        {onWidthChange && <ResizeHandle width={width} label={t('resizePanel')} onWidthChange={onWidthChange} />}
        <header class="hr-panel__header">
          <h2 tabIndex={-1}>{t('panelTitle')}</h2>
          {response?.catalogue.demo && <span class="hr-badge">{t('demoBadge')}</span>}
          {onLocaleChange && (
            <button type="button" class="hr-link-button" lang={locale === 'nl' ? 'en' : 'nl'} onClick={() => onLocaleChange(locale === 'nl' ? 'en' : 'nl')}>
              {t('languageToggle')}
            </button>
          )}
          <button
            type="button"
            class="hr-icon-button"
            aria-expanded="true"
            aria-controls="hr-panel"
            aria-label={t('collapse')}
            title={`${t('collapse')} (${t('shortcutHint')})`}
            onClick={() => {
              pendingFocus.current = 'tab';
              onCollapsedChange(true);
            }}
          >
            ⟩
          </button>
        </header>
        <div class="hr-panel__body">
          {undo && (
            <p class="hr-undo" role="status">
              {undo.text}{' '}
              <button
                type="button"
                class="hr-button hr-button--secondary"
                disabled={blocked}
                onClick={() => {
                  const { run } = undo;
                  setUndo(null);
                  void write(run);
                }}
              >
                {t('undo')}
              </button>
            </p>
          )}
          <div class="hr-visually-hidden" role="status" aria-live="polite">
            {updating ? t('updating') : load.state === 'loading' ? t('loading') : response ? t('suggestionsCount', { n: count }) : ''}
          </div>
          {context === undefined && !manual && !updating && <p class="hr-muted">{t('loading')}</p>}
          {context === null && (
            <section class="hr-nocase" aria-labelledby="hr-nocase-title">
              <h3 id="hr-nocase-title">{t('noCaseTitle')}</h3>
              <p>{t('noCaseHelp')}</p>
              <ManualNeed onSubmit={(need) => setManual({ system: 'manual', needText: need, zrm: {} })} />
            </section>
          )}
          {load.state === 'loading' && !updating && <p class="hr-muted">{t('loading')}</p>}
          {updating && <p class="hr-muted hr-updating-note">{t('updating')}</p>}
          {load.state === 'error' && (
            <div class="hr-error" role="alert">
              <p>{t('error')}</p>
              <button type="button" class="hr-button" onClick={() => setAttempt((n) => n + 1)}>
                {t('retry')}
              </button>
            </div>
          )}
          {response && (
            // Greyed as a whole while updating: the warnings shown may still be the previous case's.
            <div class={updating ? 'hr-updating' : undefined}>
              {recordError && (
                <p class="hr-error" role="alert">
                  {recordError}
                </p>
              )}
              {question && (
                <Confirmation labelId="hr-question-text" message={contradictionText(t, question.contradiction, locale)} data={{ 'data-contradiction': question.contradiction.kind }}>
                  <button type="button" class="hr-button" disabled={blocked} onClick={() => void write(question.confirm)}>
                    {t('contradictionConfirm')}
                  </button>
                  <button type="button" class="hr-button hr-button--secondary" onClick={() => setQuestion(null)}>
                    {t('cancel')}
                  </button>
                </Confirmation>
              )}
              {response.catalogue.skipped > 0 && <p class="hr-muted">{t('catalogueSkipped', { n: response.catalogue.skipped })}</p>}
              <WarningList warnings={response.result.warnings} />
              {!response.result.warnings.some((w) => w.blocksAll) && (
                <p class={`hr-network hr-network--${response.result.networkPrompt}`} data-network-prompt={response.result.networkPrompt}>
                  {t(`network.${response.result.networkPrompt}`)}
                </p>
              )}
              <section aria-labelledby="hr-suggestions-title" aria-busy={updating ? 'true' : undefined}>
                <h3 id="hr-suggestions-title" tabIndex={-1}>
                  {t('suggestionsTitle')} <span class="hr-muted">({t('suggestionsCount', { n: count })})</span>
                </h3>
                {count === 0 ? (
                  <p class="hr-muted">{t('noSuggestions')}</p>
                ) : (
                  <ol class="hr-list">
                    {response.result.suggestions.map((s) => {
                      const offer = response.offers[s.serviceId];
                      return offer ? (
                        <li key={s.serviceId}>
                          <SuggestionCard
                            offer={offer}
                            suggestion={s}
                            recorded={recordedFor(s.serviceId)}
                            busy={blocked}
                            onRegister={canRecord ? registerDraft : undefined}
                            onAdjust={canRecord ? adjust : undefined}
                            request={requestFor(offer)}
                          />
                        </li>
                      ) : null;
                    })}
                  </ol>
                )}
                <LeftOutList leftOut={response.result.leftOut} offers={response.offers} />
              </section>
              {notForRole && (
                <p class="hr-muted" data-not-for-role={notForRole}>
                  {t('recordingNotForRole', { role: t(`roleName.${notForRole}`) })}
                </p>
              )}
              {teamKeyWaiting && !notForRole && (
                <p class="hr-muted" role="status" data-team-key-waiting>
                  {t('teamKeyWaiting')}
                </p>
              )}
              {canRecord && (
                <CaseRecords
                  registrations={registrations}
                  offers={response.offers}
                  unsent={new Set(response.unsent ?? [])}
                  busy={blocked}
                  onUpdate={updateStatus}
                  requests={requests}
                  onRequestAction={mayRequest ? requestAction : undefined}
                />
              )}
              {canRecord && <NoOfferForm busy={blocked} onSave={registerDraft} />}
              {response.mayErase && response.caseRef && (
                <section class="hr-erase" aria-labelledby="hr-erase-title">
                  <h3 id="hr-erase-title" class="hr-visually-hidden">
                    {t('eraseTitle')}
                  </h3>
                  {!confirmingErase ? (
                    <button type="button" class="hr-back-button" disabled={blocked} onClick={() => setConfirmingErase(true)}>
                      {t('eraseAsk')}
                    </button>
                  ) : (
                    <Confirmation labelId="hr-erase-text" tone="danger" message={t('eraseExplain', { n: registrations.length })}>
                      <button
                        type="button"
                        class="hr-button hr-button--danger"
                        disabled={blocked}
                        onClick={() => {
                          const ref = response.caseRef!;
                          setConfirmingErase(false);
                          void write(() => api.eraseCase(ref));
                        }}
                      >
                        {t('eraseConfirm', { n: registrations.length })}
                      </button>
                      <button type="button" class="hr-button hr-button--secondary" onClick={() => setConfirmingErase(false)}>
                        {t('cancel')}
                      </button>
                    </Confirmation>
                  )}
                </section>
              )}
            </div>
          )}
          <OfferSearch search={search} recordedFor={recordedFor} busy={blocked} onRegister={canRecord ? registerDraft : undefined} onAdjust={canRecord ? adjust : undefined} />
          {shownOf(load)?.mayMapSystem && api.openAdapterEditor && (
            <button type="button" class="hr-back-button" data-map-system onClick={() => void api.openAdapterEditor?.().catch(() => undefined)}>
              {t('mapSystem')}
            </button>
          )}
        </div>
      </aside>
    </MessagesContext.Provider>
  );
}

/** The question for a record that contradicts an earlier one, with what that earlier one said. */
function contradictionText(t: Translate, c: Contradiction, locale: Locale): string {
  return c.kind === 'deploy_after_not_suitable'
    ? t('contradictionDeployAfterNotSuitable', { date: formatDate(c.at, locale), reason: t(`notSuitableReason.${c.reason}`) })
    : t('contradictionNotSuitableWithOpen', { status: t(`status.${c.status}`) });
}

/**
 * The panel's left edge: drag it, or focus it and use the arrow keys (left widens, right narrows,
 * Home and End for the limits). The width is remembered when the drag or key press ends.
 */
function ResizeHandle({ width, label, onWidthChange }: { width: number; label: string; onWidthChange: (width: number, done: boolean) => void }) {
  const fit = (w: number) => clampWidth(w, window.innerWidth);
  return (
    <div
      class="hr-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuemin={MIN_WIDTH}
      aria-valuemax={MAX_WIDTH}
      aria-valuenow={width}
      tabIndex={0}
      onKeyDown={(e) => {
        const next =
          e.key === 'ArrowLeft' ? width + WIDTH_STEP : e.key === 'ArrowRight' ? width - WIDTH_STEP : e.key === 'Home' ? MIN_WIDTH : e.key === 'End' ? MAX_WIDTH : null;
        if (next === null) return;
        e.preventDefault();
        onWidthChange(fit(next), true);
      }}
      onPointerDown={(e) => {
        const handle = e.currentTarget;
        handle.setPointerCapture(e.pointerId);
        const move = (m: PointerEvent) => onWidthChange(fit(window.innerWidth - m.clientX), false);
        const up = (u: PointerEvent) => {
          handle.removeEventListener('pointermove', move);
          handle.removeEventListener('pointerup', up);
          onWidthChange(fit(window.innerWidth - u.clientX), true);
        };
        handle.addEventListener('pointermove', move);
        handle.addEventListener('pointerup', up);
      }}
    />
  );
}
