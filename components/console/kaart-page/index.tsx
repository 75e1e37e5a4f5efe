import { useEffect, useState } from 'preact/hooks';
import { possiblyOutdated } from '../../../lib/catalogue/verification';
import { filterOffers, type OfferStatus } from '../../../lib/console/kaart-filter';
import { routeHash } from '../../../lib/console/console-route';
import { mayOpen } from '../../../lib/console/console-route';
import type { Catalogue } from '../../../lib/contracts/sync';
import { useMessages } from '../../use-messages';
import { useConsole } from '../console-context';
import { KaartHistory } from '../kaart-history';

const STATUSES: OfferStatus[] = ['active', 'inactive', 'temporarily closed', 'defunct'];

/** The municipality's kaart: its offers, found by words and status, each a link to its page; and its history. */
export function KaartPage() {
  const { t } = useMessages();
  const { api, describe, role } = useConsole();
  const [catalogue, setCatalogue] = useState<Catalogue | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<OfferStatus | ''>('');
  const [outdatedOnly, setOutdatedOnly] = useState(false);

  useEffect(() => {
    api.catalogue().then((c) => setCatalogue(c.catalogue), (e: unknown) => setError(describe(e)));
  }, [api]);

  const today = new Date();
  const outdated = new Set(catalogue?.services.filter((s) => possiblyOutdated(s, today)).map((s) => s.id));
  const found = catalogue ? filterOffers(catalogue.services, catalogue.organizations, text, status) : [];
  const shown = outdatedOnly ? found.filter((s) => outdated.has(s.id)) : found;
  const orgName = (id: string) => catalogue?.organizations.find((o) => o.id === id)?.name ?? id;

  return (
    <section aria-labelledby="kaart-title">
      <h1 id="kaart-title" tabIndex={-1}>{t('console.kaart.title')}</h1>
      {catalogue && (
        <p class="hr-console-muted">
          {t('console.kaart.summary', { municipality: catalogue.municipality, version: catalogue.version, count: catalogue.services.length })}
        </p>
      )}
      {mayOpen(role, 'kaart-upload') && (
        <p>
          <a href={routeHash({ page: 'kaart-upload' })}>{t('console.kaart.upload')}</a> · <a href={routeHash({ page: 'kaart-import' })}>{t('console.kaart.import')}</a> ·{' '}
          <a href={routeHash({ page: 'kaart-synonyms' })}>{t('console.kaart.synonyms')}</a>
        </p>
      )}
      {error && <p class="hr-console-error" role="alert" data-error>{error}</p>}
      {catalogue === null && !error && <p>{t('console.kaart.loading')}</p>}
      {catalogue && (
        <>
          <form class="hr-console-form" role="search" aria-label={t('console.kaart.filter')} onSubmit={(e) => e.preventDefault()}>
            <label for="kaart-search">{t('console.kaart.search')}</label>
            <input id="kaart-search" type="search" value={text} onInput={(e) => setText(e.currentTarget.value)} />
            <label for="kaart-status">{t('console.kaart.status')}</label>
            <select id="kaart-status" value={status} onChange={(e) => setStatus(e.currentTarget.value as OfferStatus | '')}>
              <option value="">{t('console.kaart.anyStatus')}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>{t(`console.offer.status.${s === 'temporarily closed' ? 'temporarilyClosed' : s}`)}</option>
              ))}
            </select>
            <label class="hr-console-check">
              <input type="checkbox" checked={outdatedOnly} onChange={(e) => setOutdatedOnly(e.currentTarget.checked)} data-outdated-only />
              {t('console.kaart.outdatedOnly', { count: outdated.size })}
            </label>
          </form>
          <p role="status" class="hr-console-muted">{t('console.kaart.found', { count: shown.length })}</p>
          {catalogue.services.length === 0 && <p data-empty>{t('console.kaart.empty')}</p>}
          <ul class="hr-console-list" data-offers>
            {shown.map((offer) => (
              <li key={offer.id} data-offer={offer.id}>
                <a href={routeHash({ page: 'offer', offerId: offer.id })}>{offer.name}</a>
                <span class="hr-console-muted">{orgName(offer.organization_id)}</span>
                {outdated.has(offer.id) && <span class="hr-console-muted" data-outdated>{t('console.kaart.outdatedMark')}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      <KaartHistory />
    </section>
  );
}
