import type { Offer } from '../../lib/contracts/catalogue';
import type { Registration } from '../../lib/contracts/registration';
import { formatDate, useMessages } from '../use-messages';

export function RecordedList({ registrations, offers }: { registrations: Registration[]; offers: Record<string, Offer> }) {
  const { t, locale } = useMessages();
  return (
    <section class="hr-recorded" aria-labelledby="hr-recorded-title">
      <h3 id="hr-recorded-title">{t.recordedTitle}</h3>
      {registrations.length === 0 ? (
        <p class="hr-muted">{t.recordedEmpty}</p>
      ) : (
        <ul>
          {registrations.map((r) => (
            <li key={r.id} data-registration={r.serviceId}>
              {t.recordedItem(
                (r.serviceId && offers[r.serviceId]?.name) || (r.kind ? t.kind[r.kind] : '—'),
                formatDate(r.createdAt, locale),
              )}
              {r.status && ` (${t.status[r.status]})`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
