import { useEffect, useState } from 'preact/hooks';
import type { OwnOffer } from '../../../lib/contracts/own-offers';
import { useMessages } from '../../use-messages';
import { useConsole } from '../console-context';

/*
 * On the coordinator's page: per offer of their organisation, whether it takes requests now and its
 * current waiting time. Saved per offer; it reaches professionals with the kaart (issue 17, item 5).
 */

export function OwnOffers() {
  const { t } = useMessages();
  const { api, describe } = useConsole();
  const [offers, setOffers] = useState<OwnOffer[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.ownOffers().then((own) => setOffers(own.offers), (e: unknown) => setError(describe(e)));
  }, [api]);

  return (
    <section aria-labelledby="own-offers-title">
      <h2 id="own-offers-title">{t('console.offers.title')}</h2>
      <p>{t('console.offers.intro')}</p>
      {error && <p class="hr-console-error" role="alert">{error}</p>}
      {offers?.length === 0 && <p>{t('console.offers.empty')}</p>}
      {offers?.map((o) => <OfferAvailabilityForm key={o.offer.id} own={o} onSaved={(next) => setOffers((list) => list?.map((x) => (x.offer.id === next.offer.id ? next : x)) ?? null)} />)}
    </section>
  );
}

function OfferAvailabilityForm({ own: { offer, availability }, onSaved }: { own: OwnOffer; onSaved: (next: OwnOffer) => void }) {
  const { t } = useMessages();
  const { api, describe } = useConsole();
  const [taking, setTaking] = useState(availability?.taking_requests ?? true);
  const [days, setDays] = useState(availability?.waiting_days?.toString() ?? '');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const field = (name: string) => `offer-${offer.id}-${name}`;

  const save = async () => {
    try {
      const next = await api.setOfferAvailability(offer.id, { taking_requests: taking, waiting_days: days.trim() === '' ? null : Number(days) });
      onSaved(next);
      setStatus({ ok: true, text: t('console.offers.saved') });
    } catch (e) {
      setStatus({ ok: false, text: describe(e) });
    }
  };

  return (
    <form class="hr-console-form" data-own-offer={offer.id} aria-labelledby={field('name')} onSubmit={(e) => (e.preventDefault(), void save())}>
      <h3 id={field('name')}>
        {offer.name}
        {availability && !availability.taking_requests ? ` (${t('console.offers.full')})` : ''}
      </h3>
      <label>
        <input type="checkbox" checked={taking} onChange={(e) => setTaking(e.currentTarget.checked)} /> {t('console.offers.taking')}
      </label>
      <label for={field('days')}>{t('console.offers.waitingDays')}</label>
      <input id={field('days')} type="number" min={0} max={365} step={1} value={days} aria-describedby={field('kaart')} onInput={(e) => setDays(e.currentTarget.value)} />
      <p id={field('kaart')}>
        {t('console.offers.kaartWaiting', { days: offer.handreiking.waiting_days.typical })}
        {availability ? ` · ${t('console.offers.said', { date: new Date(availability.updated_at).toLocaleDateString() })}` : ''}
      </p>
      <button type="submit" class="hr-console-button">{t('console.offers.save')}</button>
      {status && <p role={status.ok ? 'status' : 'alert'} class={status.ok ? undefined : 'hr-console-error'}>{status.text}</p>}
    </form>
  );
}
