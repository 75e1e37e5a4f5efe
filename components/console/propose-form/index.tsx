import { useEffect, useState } from 'preact/hooks';
import { routeHash } from '../../../lib/console/console-route';
import { valuesOf, type OfferField, type OfferValues } from '../../../lib/console/offer-form';
import type { Service } from '../../../lib/contracts/catalogue';
import { useMessages } from '../../use-messages';
import { checkedOffer } from '../offer-edit-form/checked-offer';
import { useConsole } from '../console-context';
import { OfferFields } from '../offer-edit-form/offer-fields';

/*
 * A coordinator proposes a change to one of its organisation's offers (#/aanbod/<id>): the kaart
 * keeper's own offer fields and checks, sent as a proposal the keeper decides on, not saved.
 */
export function ProposeForm({ offerId }: { offerId: string }) {
  const { t } = useMessages();
  const { api, describe } = useConsole();
  const [offer, setOffer] = useState<Service | null | undefined>(undefined);
  const [values, setValues] = useState<OfferValues | null>(null);
  const [invalid, setInvalid] = useState<OfferField[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.ownOffers().then(
      ({ offers }) => {
        const found = offers.find((o) => o.offer.id === offerId)?.offer ?? null;
        setOffer(found);
        if (found) setValues(valuesOf(found));
      },
      (e: unknown) => setError(describe(e)),
    );
  }, [api, offerId]);

  const send = async (event: Event) => {
    event.preventDefault();
    if (!offer || !values) return;
    const checked = checkedOffer(offer, values, (fields) => {
      setInvalid(fields);
      setError(t('console.offer.invalid'));
    });
    if (!checked) return;
    setInvalid([]);
    setBusy(true);
    try {
      await api.proposeOffer(offerId, { offer: checked });
      setError(null);
      setSent(true);
    } catch (e) {
      setError(describe(e));
    }
    setBusy(false);
  };

  const back = <a href={routeHash({ page: 'own-offers' })}>{t('console.propose.back')}</a>;
  return (
    <section aria-labelledby="propose-title">
      {back}
      <h1 id="propose-title" tabIndex={-1}>{offer ? t('console.propose.title', { name: offer.name }) : t('console.ownOffers.title')}</h1>
      {offer === null && <p class="hr-console-error" role="alert">{t('console.propose.notFound')}</p>}
      {offer === undefined && !error && <p>{t('console.proposals.loading')}</p>}
      {values && !sent && (
        <form class="hr-console-form" aria-labelledby="propose-title" onSubmit={send} data-propose-form noValidate>
          <p>{t('console.propose.intro')}</p>
          <OfferFields values={values} change={(update) => setValues((v) => v && { ...v, ...update })} invalid={invalid} editable />
          {error && <p class="hr-console-error" role="alert" data-error>{error}</p>}
          <button class="hr-console-button" type="submit" disabled={busy}>{t('console.propose.submit')}</button>
        </form>
      )}
      {sent && <p class="hr-console-done" role="status">{t('console.propose.sent')}</p>}
      {!values && error && <p class="hr-console-error" role="alert">{error}</p>}
    </section>
  );
}
