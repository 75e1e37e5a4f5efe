import type { StatusUpdate } from '../../lib/contracts/registration';
import type { FollowUpView } from '../../lib/follow-up/load-follow-ups';
import { StatusActions } from '../status-actions';
import { RequestStatus } from '../request-status';
import { answeredByOrganisation } from '../../lib/help-request/request-summary';
import type { CaseLabel } from '../../lib/case-label/case-label';
import { CaseName, caseNameOf } from './case-name';
import { amsterdamIsoDate } from '../../lib/calendar/amsterdam-day';
import { addDays } from '../../lib/calendar/add-days';
import { useState } from 'preact/hooks';
import { formatDate, useMessages } from '../use-messages';
import '../record-actions/style.css';
import './style.css';

export interface FollowUpListProps {
  items: FollowUpView[];
  busy: boolean;
  onUpdate: (update: StatusUpdate) => void;
  /** Put a follow-up off to a date (YYYY-MM-DD), or end that with null. */
  onSnooze?: (id: string, until: string | null) => void;
  /** Decrypted labels by case reference (lib/sync/case-labels.ts); a case without one shows its short reference. */
  labels?: Record<string, CaseLabel>;
}

/**
 * The ambassador's list: open requests, overdue first. A case is known by its pseudonym, the
 * professional who recorded it and the date, never by client data; each next step is one click.
 */
export function FollowUpList({ items, busy, onUpdate, onSnooze, labels = {} }: FollowUpListProps) {
  const { t, locale } = useMessages();
  if (items.length === 0) return <p class="hr-muted">{t('followUpsEmpty')}</p>;
  return (
    <ul class="hr-followups">
      {items.map(({ registration: r, dueAt, state, recordedBy, offerName, organizationName, history, pendingStep, snoozedUntil, request }) => {
        const what = offerName ?? (r.kind ? t(`kind.${r.kind}`) : t('outcome.deployed'));
        const label = labels[r.caseRef];
        const caseName = caseNameOf(r.caseRef, label);
        // The organisation answered and is on it: nothing to chase, whatever the date says.
        const answered = answeredByOrganisation(request);
        return (
          <li key={r.id} class={`hr-followup hr-followup--${answered ? 'upcoming' : state}`} data-follow-up={r.id} data-state={state} data-status={r.status ?? ''} data-answered={answered ? 'true' : undefined}>
            <div class="hr-followup__head">
              <strong>{what}</strong>
              {answered ? (
                <span class="hr-due hr-due--upcoming">{t('request.answered')}</span>
              ) : (
                <span class={`hr-due hr-due--${state}`}>{t(`followUpState.${state}`, { date: formatDate(dueAt, locale) })}</span>
              )}
            </div>
            <p class="hr-followup__meta">
              {organizationName && `${organizationName} · `}
              <CaseName caseRef={r.caseRef} label={label} />
              {` · ${[recordedBy ?? t('thisDevice'), formatDate(r.createdAt, locale)].join(' · ')}`}
            </p>
            <p class="hr-followup__meta">
              {t('statusLabel')}: <span class="hr-status">{r.status ? t(`status.${r.status}`) : '—'}</span>
            </p>
            {request && <RequestStatus registrationId={r.id} summary={request} label={`${what} ${caseName}`} busy={busy} />}
            <StatusActions registration={r} label={`${what} ${caseName}`} busy={busy} onUpdate={onUpdate} />
            {onSnooze && <SnoozeForm id={r.id} label={`${what} ${caseName}`} snoozedUntil={snoozedUntil} busy={busy} onSnooze={onSnooze} />}
            {(history.length > 0 || pendingStep) && (
              <details class="hr-followup__history">
                <summary>{t('historyTitle')}</summary>
                <ol>
                  {history.map((h) => (
                    <li key={h.version}>
                      {formatDate(h.at, locale)}: {h.status ? t(`status.${h.status}`) : '—'} ({h.by.displayName})
                    </li>
                  ))}
                  {pendingStep && (
                    <li key="pending" data-pending="true">
                      {formatDate(pendingStep.at, locale)}: {pendingStep.status ? t(`status.${pendingStep.status}`) : '—'} ({t('thisDevice')}, {t('notSentYet')})
                    </li>
                  )}
                </ol>
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** "Ask me again on …": a date (a week from today by default) and one button; a snoozed one can be woken. */
function SnoozeForm({ id, label, snoozedUntil, busy, onSnooze }: { id: string; label: string; snoozedUntil?: string; busy: boolean; onSnooze: (id: string, until: string | null) => void }) {
  const { t, locale } = useMessages();
  const today = amsterdamIsoDate(new Date());
  const [until, setUntil] = useState(() => amsterdamIsoDate(addDays(new Date(), 7)));
  const inputId = `hr-snooze-${id}`;
  return (
    <form
      class="hr-snooze"
      data-snoozed={snoozedUntil ?? ''}
      onSubmit={(e) => {
        e.preventDefault();
        if (until > today) onSnooze(id, until);
      }}
    >
      {snoozedUntil && (
        <p class="hr-muted" data-snoozed-until={snoozedUntil}>
          {t('snoozedUntil', { date: formatDate(snoozedUntil, locale) })}{' '}
          <button type="button" class="hr-back-button" disabled={busy} onClick={() => onSnooze(id, null)} aria-label={`${t('snoozeEnd')}: ${label}`}>
            {t('snoozeEnd')}
          </button>
        </p>
      )}
      <label for={inputId}>{t('snoozeLabel')}</label> <input id={inputId} type="date" min={amsterdamIsoDate(addDays(new Date(), 1))} value={until} onInput={(e) => setUntil(e.currentTarget.value)} required />{' '}
      <button type="submit" class="hr-button hr-button--secondary" disabled={busy || !(until > today)} aria-label={`${t('snooze')}: ${label}`}>
        {t('snooze')}
      </button>
    </form>
  );
}
