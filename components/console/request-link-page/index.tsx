import { useEffect, useState } from 'preact/hooks';
import type { ConsoleApi } from '../../../lib/console/console-api';
import type { OrganisationRequestView } from '../../../lib/contracts/help-request';
import { useMessages } from '../../use-messages';
import { RequestCard } from '../requests-page';

/** The page of a mailed one-time link: the one request, answered without signing in. */
export function RequestLinkPage({ token, api, describe }: { token: string; api: ConsoleApi; describe: (error: unknown) => string }) {
  const { t } = useMessages();
  const [request, setRequest] = useState<OrganisationRequestView | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.linkedRequest(token).then(setRequest, (e: unknown) => setError(describe(e)));
  }, [token]);

  return (
    <section aria-labelledby="request-link-title">
      <h1 id="request-link-title" tabIndex={-1}>{t('console.requests.linkTitle')}</h1>
      <p>{t('console.requests.intro')}</p>
      {error && <p class="hr-console-error" role="alert" data-error>{error}</p>}
      {!request && !error && <p>{t('console.history.loading')}</p>}
      {request && <RequestCard request={request} answer={(body) => api.answerLinkedRequest(token, body)} describe={describe} onAnswered={setRequest} />}
    </section>
  );
}
