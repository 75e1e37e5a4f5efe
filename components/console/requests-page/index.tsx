import { useEffect, useState } from 'preact/hooks';
import { DECLINE_REASONS, type DeclineReason, type OrganisationAnswer, type OrganisationRequestView } from '../../../lib/contracts/help-request';
import { allowedActions } from '../../../lib/help-request/request-transitions';
import { useMessages } from '../../use-messages';
import { useConsole } from '../console-context';
import { OwnOffers } from '../own-offers';
import { RequestCounts } from '../request-counts';

/*
 * The coordinator's page (#/verzoeken): the organisation's requests, newest first, and for each the
 * answers its state allows (lib/help-request/request-transitions.ts decides; the server checks
 * the same). Only what the task needs is shown: the request carries nothing else.
 */

/** The answers an organisation gives; the professional's own steps are not buttons here. */
const SIMPLE = ['accept', 'matched', 'started', 'ended'] as const;

export function RequestsPage() {
  const { t } = useMessages();
  const { api, describe } = useConsole();
  const [requests, setRequests] = useState<OrganisationRequestView[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.organisationRequests().then(setRequests, (e: unknown) => setError(describe(e)));
  }, [api]);

  const replace = (next: OrganisationRequestView) => setRequests((list) => list?.map((r) => (r.id === next.id ? next : r)) ?? null);

  return (
    <section aria-labelledby="requests-title">
      <h1 id="requests-title" tabIndex={-1}>{t('console.requests.title')}</h1>
      <p>{t('console.requests.intro')}</p>
      {error && <p class="hr-console-error" role="alert" data-error>{error}</p>}
      {requests === null && !error && <p>{t('console.history.loading')}</p>}
      {requests?.length === 0 && <p>{t('console.requests.empty')}</p>}
      {requests?.map((r) => <RequestCard key={r.id} request={r} answer={(body) => api.answerRequest(r.id, body)} describe={describe} onAnswered={replace} />)}
      <OwnOffers />
      <RequestCounts />
    </section>
  );
}

export interface RequestCardProps {
  request: OrganisationRequestView;
  /** Sends an answer: as the signed-in coordinator, or through a one-time link. */
  answer: (body: OrganisationAnswer) => Promise<OrganisationRequestView>;
  describe: (error: unknown) => string;
  onAnswered: (next: OrganisationRequestView) => void;
}

/** One request with the answers its state allows; shared by the coordinator's page and the link page. */
export function RequestCard({ request: r, answer: send, describe, onAnswered }: RequestCardProps) {
  const { t } = useMessages();
  const [question, setQuestion] = useState('');
  const [expectedDate, setExpectedDate] = useState('');
  const [reason, setReason] = useState<DeclineReason>('no_capacity');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const allowed = new Set<string>(allowedActions(r.state));
  const field = (name: string) => `request-${r.id}-${name}`;

  const answer = async (body: OrganisationAnswer) => {
    try {
      const next = await send(body);
      onAnswered(next);
      setStatus({ ok: true, text: t('console.requests.saved', { state: t(`console.requests.state.${next.state}`) }) });
    } catch (e) {
      setStatus({ ok: false, text: describe(e) });
    }
  };
  const when = [...r.days.map((d) => t(`console.requests.day.${d}`)), ...r.dayparts.map((p) => t(`console.requests.daypart.${p}`))].join(', ');

  return (
    <article aria-labelledby={field('title')} data-request={r.id}>
      <h2 id={field('title')}>{t('console.requests.heading', { kind: t(`kind.${r.kind}`), domain: t(`domain.${r.domain}`), wijk: r.wijk })}</h2>
      <dl class="hr-console-facts">
        <dt>{t('console.requests.state')}</dt>
        <dd data-state>{t(`console.requests.state.${r.state}`)}{r.state === 'waiting' && r.expectedDate ? ` (${t('console.requests.expected', { date: r.expectedDate })})` : ''}</dd>
        <dt>{t('console.requests.from')}</dt>
        <dd>{r.teamName}</dd>
        <dt>{t('console.requests.contact')}</dt>
        <dd>{[r.professional.name, r.professional.email, r.professional.phone].filter(Boolean).join(' · ')}</dd>
        <dt>{t('console.requests.language')}</dt>
        <dd>{r.language}</dd>
        {when && <dt>{t('console.requests.when')}</dt>}
        {when && <dd>{when}</dd>}
        <dt>{t('console.requests.task')}</dt>
        <dd>{r.task}</dd>
      </dl>
      <h3>{t('console.requests.history')}</h3>
      <ol>
        {r.history.map((e, i) => (
          <li key={i}>
            {new Date(e.at).toLocaleDateString()} · {t(`console.requests.by.${e.by}`)}: {t(`console.requests.action.${e.action}`)}
            {e.text ? ` — ${e.text}` : ''}
            {e.reason ? ` — ${t(`console.requests.decline.${e.reason}`)}` : ''}
            {e.expectedDate ? ` — ${e.expectedDate}` : ''}
          </li>
        ))}
      </ol>
      {allowed.size === 0 && <p>{t('console.requests.final')}</p>}
      <div class="hr-console-form">
        {SIMPLE.filter((a) => allowed.has(a)).map((action) => (
          <button key={action} type="button" class="hr-console-button" onClick={() => void answer({ action })}>
            {t(`console.requests.action.${action}`)}
          </button>
        ))}
      </div>
      {allowed.has('ask') && (
        <form class="hr-console-form" onSubmit={(e) => (e.preventDefault(), void answer({ action: 'ask', question }))}>
          <label for={field('question')}>{t('console.requests.question')}</label>
          <textarea id={field('question')} value={question} required minLength={3} maxLength={400} onInput={(e) => setQuestion(e.currentTarget.value)} />
          <button type="submit" class="hr-console-button hr-console-button--secondary">{t('console.requests.action.ask')}</button>
        </form>
      )}
      {allowed.has('wait') && (
        <form class="hr-console-form" onSubmit={(e) => (e.preventDefault(), void answer({ action: 'wait', expectedDate }))}>
          <label for={field('expected')}>{t('console.requests.expectedDate')}</label>
          <input id={field('expected')} type="date" value={expectedDate} required onInput={(e) => setExpectedDate(e.currentTarget.value)} />
          <button type="submit" class="hr-console-button hr-console-button--secondary">{t('console.requests.action.wait')}</button>
        </form>
      )}
      {allowed.has('decline') && (
        <form class="hr-console-form" onSubmit={(e) => (e.preventDefault(), void answer({ action: 'decline', reason }))}>
          <label for={field('reason')}>{t('console.requests.reason')}</label>
          <select id={field('reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value as DeclineReason)}>
            {DECLINE_REASONS.map((d) => (
              <option key={d} value={d}>{t(`console.requests.decline.${d}`)}</option>
            ))}
          </select>
          <button type="submit" class="hr-console-button hr-console-button--secondary">{t('console.requests.action.decline')}</button>
        </form>
      )}
      {status && (
        <p role={status.ok ? 'status' : 'alert'} class={status.ok ? undefined : 'hr-console-error'}>
          {status.text}
        </p>
      )}
    </article>
  );
}
