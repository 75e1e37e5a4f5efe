import type { Offer } from '../../lib/contracts/catalogue';
import type { Registration, StatusUpdate } from '../../lib/contracts/registration';
import { StatusActions } from '../status-actions';
import { RequestStatus } from '../request-status';
import type { ProfessionalAction } from '../../lib/contracts/help-request';
import type { RequestSummary } from '../../lib/help-request/request-summary';
import { formatDate, useMessages } from '../use-messages';
import '../record-actions/style.css';
import './style.css';

export interface CaseRecordsProps {
  registrations: Registration[];
  offers: Record<string, Offer>;
  /** Records whose latest change has not reached the server yet. */
  unsent?: ReadonlySet<string>;
  busy: boolean;
  onUpdate: (update: StatusUpdate) => void;
  /** Requests to organisations by registration id, with their answers (issue 17). */
  requests?: Record<string, RequestSummary>;
  onRequestAction?: (registrationId: string, action: ProfessionalAction) => void;
}

/** What was recorded for this case (from this device's store, so it works offline), with the next step one click away. */
export function CaseRecords({ registrations, offers, unsent, busy, onUpdate, requests = {}, onRequestAction }: CaseRecordsProps) {
  const { t, locale } = useMessages();
  return (
    <section class="hr-recorded" aria-labelledby="hr-recorded-title">
      <h3 id="hr-recorded-title">{t('recordedTitle')}</h3>
      {registrations.length === 0 ? (
        <p class="hr-muted">{t('recordedEmpty')}</p>
      ) : (
        <ul>
          {registrations.map((r) => {
            const what =
              r.outcome === 'deployed'
                ? (r.serviceId && offers[r.serviceId]?.name) || (r.kind ? t(`kind.${r.kind}`) : t('outcome.deployed'))
                : r.outcome === 'unmet'
                  ? `${t('outcome.unmet')}: ${r.kind ? t(`kind.${r.kind}`) : ''}`
                  : `${t('outcome.not_suitable')}: ${r.notSuitableReason ? t(`notSuitableReason.${r.notSuitableReason}`) : ''}`;
            return (
              <li key={r.id} data-id={r.id} data-registration={r.serviceId ?? r.outcome} data-status={r.status ?? ''}>
                <span>{t('recordedItem', { offer: what, date: formatDate(r.createdAt, locale) })}</span>
                {r.status && <span class="hr-status">{t(`status.${r.status}`)}</span>}
                {r.status === 'not_started' && r.notStartedReason && <span class="hr-muted"> ({t(`notStartedReason.${r.notStartedReason}`)})</span>}
                {unsent?.has(r.id) && (
                  <span class="hr-unsent" data-unsent="true" title={t('notSentYetHelp')}>
                    {t('notSentYet')}
                  </span>
                )}
                {requests[r.id] && <RequestStatus registrationId={r.id} summary={requests[r.id]!} label={what} busy={busy} onAct={onRequestAction && ((action) => onRequestAction(r.id, action))} />}
                <StatusActions registration={r} label={what} busy={busy} onUpdate={onUpdate} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
