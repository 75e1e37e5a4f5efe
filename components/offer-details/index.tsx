import type { Offer } from '../../lib/contracts/catalogue';
import { useMessages } from '../use-messages';
import './style.css';

/** The volunteer traits an offer can have, in the order they are listed. */
const VOLUNTEER_TRAITS = ['trained', 'screened', 'coordinator', 'contact_with_professional', 'complex_cases', 'anonymous'] as const;

/** How to ask for an offer: working phone, e-mail and form links. */
export function RequestLinks({ offer }: { offer: Offer }) {
  const { t } = useMessages();
  const { phone, email, form_url: form } = offer.handreiking.request;
  return (
    <p class="hr-offer__request">
      <span>{t('howToRequest')}:</span>
      {phone && <a href={`tel:${phone.number.replace(/[^0-9+]/g, '')}`}>{`${t('phone')} ${phone.number}`}</a>}
      {email && <a href={`mailto:${email}`}>{t('email')}</a>}
      {form && (
        <a href={form} target="_blank" rel="noopener noreferrer">
          {t('form')}
        </a>
      )}
    </p>
  );
}

/** What a professional must know before asking: who it is for, conditions, what the volunteers bring. */
export function OfferDetails({ offer }: { offer: Offer }) {
  const { t } = useMessages();
  const h = offer.handreiking;
  const traits = VOLUNTEER_TRAITS.filter((k) => h.volunteers[k]);
  return (
    <div class="hr-offer">
      <p class="hr-offer__description">{offer.description}</p>
      <dl>
        <dt>{t('forWhom')}</dt>
        <dd>{h.target_groups.map((g) => t(`targetGroup.${g}`)).join(', ')}</dd>
        <dt>{t('area')}</dt>
        <dd>{offer.service_areas.map((a) => a.name).join(', ')}</dd>
        {h.conditions.length > 0 && (
          <>
            <dt>{t('conditions')}</dt>
            <dd>
              <ul>
                {h.conditions.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>{t('volunteers')}</dt>
        <dd>{[...traits.map((k) => t(`volunteerTraits.${k}`)), t(`commitment.${h.volunteers.commitment}`)].join(', ')}</dd>
      </dl>
    </div>
  );
}
