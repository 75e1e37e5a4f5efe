import { useEffect, useState } from 'preact/hooks';
import { routeHash } from '../../../lib/console/console-route';
import { valuesOf, type OfferField, type OfferValues } from '../../../lib/console/offer-form';
import { mayOpen } from '../../../lib/console/console-route';
import { assuredToday, possiblyOutdated } from '../../../lib/catalogue/verification';
import type { Service } from '../../../lib/contracts/catalogue';
import { formatDate } from '../../../lib/i18n/calendar-names';
import { useMessages } from '../../use-messages';
import { checkedOffer } from './checked-offer';
import { useConsole } from '../console-context';
import { useSubmit } from '../use-submit';
import { KaartHistory } from '../kaart-history';
import { OrganizationEditForm } from '../organization-edit-form';
import { OfferFields } from './offer-fields';


/**
 * One offer of the kaart: its main fields, checked with the kaart's contract before sending, and
 * saved with the kaart's ETag it was loaded with. When someone else changed the kaart meanwhile the
 * server refuses (409) and the edits stay in the form, to be saved again on the fresh kaart.
 */
export function OfferEditForm({ offerId }: { offerId: string }) {
  const { t, locale } = useMessages();
  const { api, describe, role } = useConsole();
  const [offer, setOffer] = useState<Service | null | undefined>(undefined);
  const [etag, setEtag] = useState('');
  const [values, setValues] = useState<OfferValues | null>(null);
  const [invalid, setInvalid] = useState<OfferField[]>([]);
  const { busy, error, setError, stale, setStale, run } = useSubmit();
  const [done, setDone] = useState<string | null>(null);
  const [saves, setSaves] = useState(0);
  const editable = mayOpen(role, 'kaart-upload');

  /** The kaart as stored now; the form's values are replaced only when asked (first load). */
  const load = async (replaceValues: boolean) => {
    const { catalogue, etag: current } = await api.catalogue();
    const found = catalogue.services.find((s) => s.id === offerId) ?? null;
    setOffer(found);
    setEtag(current);
    if (found && replaceValues) setValues(valuesOf(found));
  };

  useEffect(() => {
    load(true).catch((e: unknown) => setError(describe(e)));
  }, [api, offerId]);

  const save = async (event: Event) => {
    event.preventDefault();
    if (!offer || !values) return;
    setDone(null);
    const checked = checkedOffer(offer, values, (fields) => {
      setInvalid(fields);
      setError(t('console.offer.invalid'));
    });
    if (!checked) return;
    setInvalid([]);
    await run(async () => {
      const saved = await api.putOffer(offerId, { etag, offer: checked });
      setOffer(saved.offer);
      setEtag(saved.etag);
      setValues(valuesOf(saved.offer));
      setDone(t('console.offer.saved', { name: saved.offer.name }));
      setSaves((n) => n + 1);
    });
  };

  /**
   * "Checked: still correct": the stored offer with today's assured_date, through the same audited
   * route as an edit; what is being typed in the form stays there, unsaved.
   */
  const verify = async () => {
    if (!offer) return;
    setDone(null);
    await run(async () => {
      const today = assuredToday(new Date());
      const saved = await api.putOffer(offerId, { etag, offer: { ...offer, assured_date: today } });
      setOffer(saved.offer);
      setEtag(saved.etag);
      setDone(t('console.offer.verified', { date: formatDate(today, locale) }));
      setSaves((n) => n + 1);
    });
  };

  /** After a 409: take the kaart's new ETag but keep what was typed. */
  const takeLatest = async () => {
    try {
      await load(false);
      setStale(false);
      setError(null);
      setDone(t('console.offer.reloaded'));
    } catch (e) {
      setError(describe(e));
    }
  };

  const back = <a href={routeHash({ page: 'kaart' })}>{t('console.offer.back')}</a>;
  if (offer === null) {
    return (
      <section aria-labelledby="offer-title">
        <h1 id="offer-title" tabIndex={-1}>{t('console.offer.title')}</h1>
        <p class="hr-console-error" role="alert">{t('console.offer.notFound')}</p>
        {back}
      </section>
    );
  }

  return (
    <section aria-labelledby="offer-title">
      {back}
      <h1 id="offer-title" tabIndex={-1}>{offer?.name ?? t('console.offer.title')}</h1>
      {offer === undefined && !error && <p>{t('console.offer.loading')}</p>}
      {offer && (
        <div class="hr-console-inline" data-assured={offer.assured_date ?? ''}>
          <p>
            {offer.assured_date ? t('console.offer.assured', { date: formatDate(offer.assured_date, locale) }) : t('console.offer.neverAssured')}
            {possiblyOutdated(offer, new Date()) && <> <strong data-outdated>{t('console.offer.outdated')}</strong></>}
          </p>
          {editable && (
            <button type="button" class="hr-console-button hr-console-button--secondary" disabled={busy} onClick={() => void verify()} data-verify>
              {t('console.offer.verify')}
            </button>
          )}
        </div>
      )}
      {values && (
        <form class="hr-console-form" aria-labelledby="offer-title" onSubmit={save} data-offer-form noValidate>
          <OfferFields values={values} change={(update) => setValues((v) => v && { ...v, ...update })} invalid={invalid} editable={editable} />
          {error && <p class="hr-console-error" role="alert" data-error>{error}</p>}
          {stale && (
            <button type="button" class="hr-console-button hr-console-button--secondary" onClick={() => void takeLatest()} data-take-latest>
              {t('console.offer.takeLatest')}
            </button>
          )}
          {editable ? (
            <button class="hr-console-button" type="submit" disabled={busy}>{t('console.offer.submit')}</button>
          ) : (
            <p class="hr-console-muted">{t('console.offer.readOnly')}</p>
          )}
          {done && <p class="hr-console-done" role="status">{done}</p>}
        </form>
      )}
      {offer && (
        <OrganizationEditForm
          organizationId={offer.organization_id}
          kaartEtag={etag}
          onSaved={(next) => {
            setEtag(next);
            setSaves((n) => n + 1);
          }}
        />
      )}
      <KaartHistory offerId={offerId} refresh={saves} />
    </section>
  );
}
