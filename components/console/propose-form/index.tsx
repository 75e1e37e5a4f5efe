import { useEffect, useState } from 'preact/hooks';
import { routeHash } from '../../../lib/console/console-route';
import { valuesOf, type OfferField, type OfferValues } from '../../../lib/console/offer-form';
import type { Service } from '../../../lib/contracts/catalogue';
import { useMessages } from '../../use-messages';
import { checkedOffer } from '../offer-edit-form/checked-offer';
import { useConsole } from '../console-context';
import { OfferFields } from '../offer-edit-form/offer-fields';
import { useSubmit } from '../use-submit';

/** What the form starts from: the offer a proposal is measured against, the values shown, and whether it may still be sent. */
interface Start {
  base: Service;
  values: OfferValues;
  open: boolean;
}

/*
 * A coordinator proposes a change to one of its organisation's offers (#/aanbod/<id>), or revises
 * its open proposal (#/aanbod/voorstel/<id>): the kaart keeper's own offer fields and checks, sent
 * as a proposal the keeper decides on, not saved. A revision starts from the proposed values and is
 * still measured against the offer as it was when first proposed.
 */
export function ProposeForm(target: { offerId: string } | { proposalId: string }) {
  const { t } = useMessages();
  const { api, describe } = useConsole();
  const [start, setStart] = useState<Start | null | undefined>(undefined);
  const [values, setValues] = useState<OfferValues | null>(null);
  const [invalid, setInvalid] = useState<OfferField[]>([]);
  const { busy, error, setError, run } = useSubmit();
  const [sent, setSent] = useState(false);
  const revising = 'proposalId' in target;
  const key = revising ? target.proposalId : target.offerId;

  useEffect(() => {
    const loaded: Promise<Start | null> = revising
      ? api.ownProposals().then((mine) => {
          const p = mine.find((x) => x.id === target.proposalId);
          return p ? { base: p.base, values: valuesOf(p.proposed), open: p.state === 'open' } : null;
        })
      : api.ownOffers().then(({ offers }) => {
          const found = offers.find((o) => o.offer.id === target.offerId)?.offer;
          return found ? { base: found, values: valuesOf(found), open: true } : null;
        });
    loaded.then(
      (found) => {
        setStart(found);
        if (found?.open) setValues(found.values);
      },
      (e: unknown) => setError(describe(e)),
    );
  }, [api, key]);

  const send = async (event: Event) => {
    event.preventDefault();
    if (!start || !values) return;
    const checked = checkedOffer(start.base, values, (fields) => {
      setInvalid(fields);
      setError(t('console.offer.invalid'));
    });
    if (!checked) return;
    setInvalid([]);
    const done = await run(async () => {
      await (revising ? api.reviseProposal(target.proposalId, { offer: checked }) : api.proposeOffer(target.offerId, { offer: checked }));
    });
    setSent(done);
  };

  const back = <a href={routeHash({ page: 'own-offers' })}>{t('console.propose.back')}</a>;
  const name = start?.base.name;
  return (
    <section aria-labelledby="propose-title">
      {back}
      <h1 id="propose-title" tabIndex={-1}>
        {name ? t(revising ? 'console.propose.reviseTitle' : 'console.propose.title', { name }) : t('console.ownOffers.title')}
      </h1>
      {start === null && <p class="hr-console-error" role="alert">{t('console.propose.notFound')}</p>}
      {start?.open === false && <p class="hr-console-error" role="alert">{t('console.propose.notOpen')}</p>}
      {start === undefined && !error && <p>{t('console.proposals.loading')}</p>}
      {values && !sent && (
        <form class="hr-console-form" aria-labelledby="propose-title" onSubmit={send} data-propose-form noValidate>
          <p>{t('console.propose.intro')}</p>
          <OfferFields values={values} change={(update) => setValues((v) => v && { ...v, ...update })} invalid={invalid} editable />
          {error && <p class="hr-console-error" role="alert" data-error>{error}</p>}
          <button class="hr-console-button" type="submit" disabled={busy}>{t(revising ? 'console.propose.resubmit' : 'console.propose.submit')}</button>
        </form>
      )}
      {sent && <p class="hr-console-done" role="status">{t(revising ? 'console.propose.revised' : 'console.propose.sent')}</p>}
      {!values && error && <p class="hr-console-error" role="alert">{error}</p>}
    </section>
  );
}
