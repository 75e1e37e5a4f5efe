import { useEffect, useState } from 'preact/hooks';
import type { ConsoleApi } from '../../../lib/console/console-api';
import { isSpentLink, openLinkedRequest, type SessionStore } from '../../../lib/console/request-link';
import type { OrganisationRequestView } from '../../../lib/contracts/help-request';
import { useMessages } from '../../use-messages';
import { RequestCard } from '../requests-page';

type Opened = { session: string; request: OrganisationRequestView };

/**
 * The page of a mailed one-time link: the one request, answered without signing in. The link is
 * spent on opening and this browser keeps the page session; a link opened before elsewhere offers
 * a new link, mailed to the organisation's registered address.
 */
export function RequestLinkPage({ token, api, describe, store }: { token: string; api: ConsoleApi; describe: (error: unknown) => string; store: SessionStore }) {
  const { t } = useMessages();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [spent, setSpent] = useState(false);
  const [renewal, setRenewal] = useState<'idle' | 'busy' | 'mailed'>('idle');
  const [renewError, setRenewError] = useState<string | null>(null);

  useEffect(() => {
    openLinkedRequest(api, store, token).then(setOpened, (e: unknown) => {
      setSpent(isSpentLink(e));
      setError(describe(e));
    });
  }, [token]);

  const renew = () => {
    setRenewal('busy');
    setRenewError(null);
    api.renewRequestLink(token).then(
      () => setRenewal('mailed'),
      (e: unknown) => {
        setRenewal('idle');
        setRenewError(describe(e));
      },
    );
  };

  return (
    <section aria-labelledby="request-link-title">
      <h1 id="request-link-title" tabIndex={-1}>{t('console.requests.linkTitle')}</h1>
      <p>{t('console.requests.intro')}</p>
      {error && <p class="hr-console-error" role="alert" data-error>{error}</p>}
      {spent && renewal !== 'mailed' && (
        <button type="button" class="hr-console-button" disabled={renewal === 'busy'} onClick={renew} data-renew-link>
          {t('console.requests.renewLink')}
        </button>
      )}
      {renewal === 'mailed' && <p role="status" data-renewed>{t('console.requests.renewed')}</p>}
      {renewError && <p class="hr-console-error" role="alert" data-renew-error>{renewError}</p>}
      {!opened && !error && <p>{t('console.history.loading')}</p>}
      {opened && (
        <>
          <p class="hr-console-muted">{t('console.requests.linkKept')}</p>
          <RequestCard
            request={opened.request}
            answer={(body) => api.answerLinkedRequest(opened.session, body)}
            describe={describe}
            onAnswered={(request) => setOpened({ ...opened, request })}
          />
        </>
      )}
    </section>
  );
}
