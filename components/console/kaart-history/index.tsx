import { useEffect, useState } from 'preact/hooks';
import type { AuditEvent } from '../../../lib/contracts/audit';
import { useMessages } from '../../use-messages';
import { AuditList } from '../audit-list';
import { useConsole } from '../console-context';

/** Who changed the kaart, or one offer of it, and what: from the audit log, newest first. */
export function KaartHistory({ offerId, refresh = 0 }: { offerId?: string; refresh?: number }) {
  const { t } = useMessages();
  const { api, describe } = useConsole();
  const [events, setEvents] = useState<AuditEvent[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const query = offerId ? { action: 'offer.updated', targetId: offerId } : {};
    api.audit(query).then(
      (page) => setEvents(page.events.filter((e) => e.action === 'kaart.uploaded' || e.action === 'offer.updated')),
      (e: unknown) => setError(describe(e)),
    );
  }, [api, offerId, refresh]);

  return (
    <section aria-labelledby="kaart-history-title" data-kaart-history>
      <h2 id="kaart-history-title">{t(offerId ? 'console.history.offerTitle' : 'console.history.title')}</h2>
      {error && <p class="hr-console-error" role="alert">{error}</p>}
      {events === null && !error && <p>{t('console.history.loading')}</p>}
      {events?.length === 0 && <p>{t('console.history.empty')}</p>}
      {events && events.length > 0 && <AuditList events={events} />}
    </section>
  );
}
