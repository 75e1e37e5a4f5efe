import { useState } from 'preact/hooks';
import type { Offer } from '../../lib/contracts/catalogue';
import type { DetailsUpdate, Registration, RegistrationDraft } from '../../lib/contracts/registration';
import type { Suggestion } from '../../lib/contracts/suggestion';
import { formatDayMonth } from '../../lib/i18n/calendar-names';
import { DeployForm } from '../deploy-form';
import { RequestFormView } from '../request-form';
import type { RequestForm } from '../../lib/help-request/request-form';
import { OfferDetails, RequestLinks } from '../offer-details';
import { OutdatedNote } from '../outdated-note';
import { useMessages } from '../use-messages';
import { waitingText } from './waiting-text';
import { offerNow } from '../../lib/matching/organisation-says';
import { reasonText } from './reasons';
import './style.css';

export interface SuggestionCardProps {
  offer: Offer;
  suggestion?: Suggestion;
  /** The open registration of this offer for this case, if there is one: no second one is offered. */
  recorded?: Registration;
  busy: boolean;
  /** Absent where nothing can be recorded (no case on the page). */
  onRegister?: (draft: RegistrationDraft) => void;
  onAdjust?: (update: DetailsUpdate) => void;
  /** "Request this help" from the offer's organisation (issue 17); absent where no request can be sent now. */
  request?: { initial: () => RequestForm; onSend: (form: RequestForm) => void };
}

/** Compact first (what, who, why, how to ask), the "mitsen en maren" one click away. */
export function SuggestionCard({ offer, suggestion, recorded, busy, onRegister, onAdjust, request }: SuggestionCardProps) {
  const texts = useMessages();
  const { t, locale, textOr } = texts;
  const [open, setOpen] = useState(false);
  const [asking, setAsking] = useState(false);
  const titleId = `hr-offer-${offer.id}`;
  const h = offer.handreiking;
  return (
    <article class="hr-card" aria-labelledby={titleId} data-service-id={offer.id}>
      <header class="hr-card__header">
        <h4 id={titleId}>{offer.name}</h4>
        <span class="hr-card__kind">{t(`kind.${h.kind}`)}</span>
      </header>
      <p class="hr-card__org">
        {offer.organization.name} · {waitingText(t, offerNow(offer).waitingDays)}
      </p>
      <OutdatedNote offer={offer} />
      {suggestion && suggestion.reasons.length > 0 && (
        <div class="hr-card__why">
          <span class="hr-card__why-title">{t('why')}:</span> {suggestion.reasons.map((r) => reasonText(r, texts)).join(' · ')}
        </div>
      )}
      {suggestion?.opensOn && (
        <p class="hr-card__note" data-opens-on={suggestion.opensOn}>
          {t('opensOn', { date: formatDayMonth(suggestion.opensOn, locale) })}
        </p>
      )}
      {suggestion?.notes
        // The opening date says more than "outside the period".
        .filter((n) => !(suggestion.opensOn && n === 'outside_window'))
        .map((n) => (
          <p key={n} class="hr-card__note" data-note={n}>
            {textOr(`note.${n}`, n)}
          </p>
        ))}
      <RequestLinks offer={offer} />
      <details class="hr-card__more">
        <summary>
          {t('moreDetails')}
          {h.conditions.length > 0 && ` (${t('conditions').toLowerCase()})`}
        </summary>
        <OfferDetails offer={offer} />
      </details>
      {recorded?.status && <p class="hr-card__recorded">{t('alreadyRecorded', { status: t(`status.${recorded.status}`) })}</p>}
      {onRegister && !recorded && (
        // One click records the choice with the usual answers; they can be corrected just below.
        <button type="button" class="hr-button" disabled={busy} aria-label={`${t('chooseShort')}: ${offer.name}`} onClick={() => onRegister({ outcome: 'deployed', serviceId: offer.id })}>
          {t('chooseShort')}
        </button>
      )}
      {request && !asking && (
        <button type="button" class="hr-button hr-button--secondary" disabled={busy} aria-label={`${t('request.open')}: ${offer.name}`} data-request-open={offer.id} onClick={() => setAsking(true)}>
          {t('request.open')}
        </button>
      )}
      {request && asking && (
        <RequestFormView
          offer={offer}
          initial={request.initial()}
          busy={busy}
          onCancel={() => setAsking(false)}
          onSend={(form) => {
            setAsking(false);
            request.onSend(form);
          }}
        />
      )}
      {onAdjust && recorded && (
        <details class="hr-card__adjust" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>{t('adjustDetails', { relation: recorded.relation ? t(`relationSummary.${recorded.relation}`) : '—', contactBy: recorded.contactBy ? t(`contactBy.${recorded.contactBy}`) : '—' })}</summary>
          <DeployForm
            serviceId={offer.id}
            initial={{ relation: recorded.relation, contactBy: recorded.contactBy }}
            busy={busy}
            onCancel={() => setOpen(false)}
            onSave={(details) => {
              setOpen(false);
              onAdjust({ id: recorded.id, ...details });
            }}
          />
        </details>
      )}
    </article>
  );
}
