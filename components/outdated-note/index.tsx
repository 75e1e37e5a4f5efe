import type { Service } from '../../lib/contracts/catalogue';
import { possiblyOutdated } from '../../lib/catalogue/verification';
import { formatDate } from '../../lib/i18n/calendar-names';
import { useMessages } from '../use-messages';

/**
 * "Possibly outdated": shown to professionals on an offer the kaart keeper has not checked for
 * twelve months (lib/catalogue/verification.ts), so they confirm it before promising it to a client.
 */
export function OutdatedNote({ offer, today = new Date() }: { offer: Pick<Service, 'assured_date'>; today?: Date }) {
  const { t, locale } = useMessages();
  if (!possiblyOutdated(offer, today)) return null;
  return (
    <p class="hr-card__outdated" data-outdated>
      {offer.assured_date ? t('outdated', { date: formatDate(offer.assured_date, locale) }) : t('outdatedNever')}
    </p>
  );
}
