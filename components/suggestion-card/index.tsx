import type { Offer } from '../../lib/contracts/catalogue';
import type { Suggestion } from '../../lib/contracts/suggestion';
import type { Messages } from '../../lib/i18n/messages';
import { OfferDetails, RequestLinks } from '../offer-details';
import { useMessages } from '../use-messages';
import { reasonText } from './reasons';
import './style.css';

export interface SuggestionCardProps {
  offer: Offer;
  suggestion?: Suggestion;
  chosen: boolean;
  busy: boolean;
  /** Absent where nothing can be recorded (no case on the page). */
  onChoose?: () => void;
}

/** Compact first (what, who, why, how to ask), the "mitsen en maren" one click away. */
export function SuggestionCard({ offer, suggestion, chosen, busy, onChoose }: SuggestionCardProps) {
  const { t } = useMessages();
  const titleId = `hr-offer-${offer.id}`;
  const h = offer.handreiking;
  return (
    <article class="hr-card" aria-labelledby={titleId} data-service-id={offer.id}>
      <header class="hr-card__header">
        <h4 id={titleId}>{offer.name}</h4>
        <span class="hr-card__kind">{t.kind[h.kind]}</span>
      </header>
      <p class="hr-card__org">
        {offer.organization.name} · {t.waiting(h.waiting_days.typical)}
      </p>
      {suggestion && suggestion.reasons.length > 0 && (
        <div class="hr-card__why">
          <span class="hr-card__why-title">{t.why}:</span> {suggestion.reasons.map((r) => reasonText(r, t)).join(' · ')}
        </div>
      )}
      {suggestion?.notes.map((n) => (
        <p key={n} class="hr-card__note">
          {n in t.note ? t.note[n as keyof Messages['note']] : n}
        </p>
      ))}
      <RequestLinks offer={offer} />
      <details class="hr-card__more">
        <summary>
          {t.moreDetails}
          {h.conditions.length > 0 && ` (${t.conditions.toLowerCase()})`}
        </summary>
        <OfferDetails offer={offer} />
      </details>
      {onChoose && (
        <button
          type="button"
          class="hr-button"
          disabled={chosen || busy}
          // The visible words start the accessible name, so voice control users can say what they see.
          aria-label={`${chosen ? t.chosen : t.chooseShort}: ${offer.name}`}
          onClick={onChoose}
        >
          {chosen ? (
            <>
              <span aria-hidden="true">✓ </span>
              {t.chosen}
            </>
          ) : (
            t.chooseShort
          )}
        </button>
      )}
    </article>
  );
}
