import { useEffect, useState } from 'preact/hooks';
import type { MonthlyRequestCount } from '../../../lib/contracts/offer-availability';
import { useMessages } from '../../use-messages';
import { useConsole } from '../console-context';

/* On the coordinator's page: requests per team and month, counts only, so a drop in referrals shows. */

export function RequestCounts() {
  const { t } = useMessages();
  const { api, describe } = useConsole();
  const [counts, setCounts] = useState<MonthlyRequestCount[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.requestCounts().then(setCounts, (e: unknown) => setError(describe(e)));
  }, [api]);

  return (
    <section aria-labelledby="request-counts-title">
      <h2 id="request-counts-title">{t('console.counts.title')}</h2>
      <p>{t('console.counts.intro')}</p>
      {error && <p class="hr-console-error" role="alert">{error}</p>}
      {counts?.length === 0 && <p>{t('console.counts.empty')}</p>}
      {counts && counts.length > 0 && (
        <table data-request-counts>
          <thead>
            <tr>
              <th scope="col">{t('console.counts.month')}</th>
              <th scope="col">{t('console.counts.team')}</th>
              <th scope="col">{t('console.counts.requests')}</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((c) => (
              <tr key={`${c.month} ${c.team}`}>
                <td>{c.month}</td>
                <td>{c.team}</td>
                <td>{c.requests}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
