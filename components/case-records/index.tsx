import { useState } from 'preact/hooks';
import type { Offer } from '../../lib/contracts/catalogue';
import { NotStartedReason, type Registration, type StatusUpdate } from '../../lib/contracts/registration';
import { nextStatuses } from '../../lib/registration/status-flow';
import { ChipButtons } from '../choice-group';
import { formatDate, useMessages } from '../use-messages';
import '../record-actions/style.css';
import './style.css';

export interface CaseRecordsProps {
  registrations: Registration[];
  offers: Record<string, Offer>;
  busy: boolean;
  onUpdate: (update: StatusUpdate) => void;
}

/** What was recorded for this case (from this device's store, so it works offline), with the next step one click away. */
export function CaseRecords({ registrations, offers, busy, onUpdate }: CaseRecordsProps) {
  const { t, locale } = useMessages();
  const [askingWhy, setAskingWhy] = useState<string | null>(null);
  return (
    <section class="hr-recorded" aria-labelledby="hr-recorded-title">
      <h3 id="hr-recorded-title">{t.recordedTitle}</h3>
      {registrations.length === 0 ? (
        <p class="hr-muted">{t.recordedEmpty}</p>
      ) : (
        <ul>
          {registrations.map((r) => {
            const what =
              r.outcome === 'deployed'
                ? (r.serviceId && offers[r.serviceId]?.name) || (r.kind ? t.kind[r.kind] : t.outcome.deployed)
                : r.outcome === 'unmet'
                  ? `${t.outcome.unmet}: ${r.kind ? t.kind[r.kind] : ''}`
                  : `${t.outcome.not_suitable}: ${r.notSuitableReason ? t.notSuitableReason[r.notSuitableReason] : ''}`;
            const next = r.outcome === 'deployed' ? nextStatuses(r.status) : [];
            return (
              <li key={r.id} data-id={r.id} data-registration={r.serviceId ?? r.outcome} data-status={r.status ?? ''}>
                <span>{t.recordedItem(what, formatDate(r.createdAt, locale))}</span>
                {r.status && <span class="hr-status">{t.status[r.status]}</span>}
                {r.status === 'not_started' && r.notStartedReason && <span class="hr-muted"> ({t.notStartedReason[r.notStartedReason]})</span>}
                {next.length > 0 && (
                  <div class="hr-record__actions" role="group" aria-label={`${t.moveTo('…')}: ${what}`}>
                    {next.map((status) => (
                      <button
                        key={status}
                        type="button"
                        class="hr-chip hr-chip--button"
                        disabled={busy}
                        aria-label={`${t.moveTo(t.status[status])}: ${what}`}
                        onClick={() => (status === 'not_started' ? setAskingWhy(askingWhy === r.id ? null : r.id) : onUpdate({ id: r.id, status }))}
                      >
                        {t.status[status]}
                      </button>
                    ))}
                  </div>
                )}
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
      )}
    </section>
  );
}
