import type { StatusUpdate } from '../../lib/contracts/registration';
import { shortCaseRef } from '../../lib/follow-up/follow-ups';
import type { FollowUpView } from '../../lib/follow-up/load-follow-ups';
import { StatusActions } from '../status-actions';
import { formatDate, useMessages } from '../use-messages';
import '../record-actions/style.css';
import './style.css';

export interface FollowUpListProps {
  items: FollowUpView[];
  busy: boolean;
  onUpdate: (update: StatusUpdate) => void;
}

/**
 * The ambassador's list: open requests, overdue first. A case is known by its pseudonym, the
 * professional who recorded it and the date, never by client data; each next step is one click.
 */
export function FollowUpList({ items, busy, onUpdate }: FollowUpListProps) {
  const { t, locale } = useMessages();
  if (items.length === 0) return <p class="hr-muted">{t.followUpsEmpty}</p>;
  return (
    <ul class="hr-followups">
      {items.map(({ registration: r, dueAt, state, recordedBy, offerName, organizationName, history, pendingStep }) => {
        const what = offerName ?? (r.kind ? t.kind[r.kind] : t.outcome.deployed);
        return (
          <li key={r.id} class={`hr-followup hr-followup--${state}`} data-follow-up={r.id} data-state={state} data-status={r.status ?? ''}>
            <div class="hr-followup__head">
              <strong>{what}</strong>
              <span class={`hr-due hr-due--${state}`}>{t.followUpState[state](formatDate(dueAt, locale))}</span>
            </div>
            <p class="hr-followup__meta">
              {[organizationName, `${t.caseLabel} ${shortCaseRef(r.caseRef)}`, recordedBy ?? t.thisDevice, formatDate(r.createdAt, locale)].filter(Boolean).join(' · ')}
            </p>
            <p class="hr-followup__meta">
              {t.statusLabel}: <span class="hr-status">{r.status ? t.status[r.status] : '—'}</span>
            </p>
            <StatusActions registration={r} label={`${what} ${shortCaseRef(r.caseRef)}`} busy={busy} onUpdate={onUpdate} />
            {(history.length > 0 || pendingStep) && (
              <details class="hr-followup__history">
                <summary>{t.historyTitle}</summary>
                <ol>
                  {history.map((h) => (
                    <li key={h.version}>
                      {formatDate(h.at, locale)}: {h.status ? t.status[h.status] : '—'} ({h.by.displayName})
                    </li>
                  ))}
                  {pendingStep && (
                    <li key="pending" data-pending="true">
                      {formatDate(pendingStep.at, locale)}: {pendingStep.status ? t.status[pendingStep.status] : '—'} ({t.thisDevice}, {t.notSentYet})
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
