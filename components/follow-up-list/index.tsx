import { useState } from 'preact/hooks';
import { NotStartedReason, type StatusUpdate } from '../../lib/contracts/registration';
import { shortCaseRef } from '../../lib/follow-up/follow-ups';
import type { FollowUpView } from '../../lib/follow-up/load-follow-ups';
import { nextStatuses } from '../../lib/registration/status-flow';
import { ChipButtons } from '../choice-group';
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
  const [askingWhy, setAskingWhy] = useState<string | null>(null);
  if (items.length === 0) return <p class="hr-muted">{t.followUpsEmpty}</p>;
  return (
    <ul class="hr-followups">
      {items.map(({ registration: r, dueAt, state, recordedBy, offerName, organizationName }) => {
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
            <div class="hr-record__actions" role="group" aria-label={`${t.statusLabel}: ${what} ${shortCaseRef(r.caseRef)}`}>
              {nextStatuses(r.status).map((status) => (
                <button
                  key={status}
                  type="button"
                  class="hr-chip hr-chip--button"
                  disabled={busy}
                  aria-label={`${t.moveTo(t.status[status])}: ${what} ${shortCaseRef(r.caseRef)}`}
                  onClick={() => (status === 'not_started' ? setAskingWhy(askingWhy === r.id ? null : r.id) : onUpdate({ id: r.id, status }))}
                >
                  {t.status[status]}
                </button>
              ))}
            </div>
            {askingWhy === r.id && (
              <ChipButtons
                label={t.notStartedPrompt}
                options={NotStartedReason.options}
                labels={t.notStartedReason}
                disabled={busy}
                onPick={(notStartedReason) => {
                  setAskingWhy(null);
                  onUpdate({ id: r.id, status: 'not_started', notStartedReason });
                }}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
