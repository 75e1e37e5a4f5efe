import { useEffect, useState } from 'preact/hooks';
import type { OfferProposal } from '../../../lib/contracts/offer-proposal';
import { useMessages } from '../../use-messages';
import { useConsole } from '../console-context';
import { ProposalChanges } from '../proposal-changes';
import { useSubmit } from '../use-submit';

/*
 * The kaart keeper's page (#/kaart/voorstellen): organisations' proposals to change their own
 * offers, open ones first, each with what it would change. Approving saves it as the keeper's own
 * edit (the server refuses when the offer changed since); rejecting asks a reason the organisation sees.
 */
export function ProposalsPage() {
  const { t } = useMessages();
  const { api, describe } = useConsole();
  const [proposals, setProposals] = useState<OfferProposal[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.kaartProposals().then(setProposals, (e: unknown) => setError(describe(e)));
  }, [api]);

  const replace = (next: OfferProposal) => setProposals((list) => list?.map((p) => (p.id === next.id ? next : p)) ?? null);

  return (
    <section aria-labelledby="proposals-title">
      <h1 id="proposals-title" tabIndex={-1}>{t('console.proposals.title')}</h1>
      <p>{t('console.proposals.intro')}</p>
      {error && <p class="hr-console-error" role="alert">{error}</p>}
      {proposals === null && !error && <p>{t('console.proposals.loading')}</p>}
      {proposals?.length === 0 && <p>{t('console.proposals.empty')}</p>}
      {proposals?.map((p) => <ProposalCard key={p.id} proposal={p} onDecided={replace} />)}
    </section>
  );
}

function ProposalCard({ proposal: p, onDecided }: { proposal: OfferProposal; onDecided: (next: OfferProposal) => void }) {
  const { t } = useMessages();
  const { api } = useConsole();
  const [reason, setReason] = useState('');
  const { busy, error, run } = useSubmit();
  const [done, setDone] = useState<string | null>(null);
  const field = (name: string) => `proposal-${p.id}-${name}`;

  const decide = async (body: Parameters<typeof api.decideProposal>[1]) => {
    setDone(null);
    await run(async () => {
      const next = await api.decideProposal(p.id, body);
      onDecided(next);
      setDone(t(next.state === 'approved' ? 'console.proposals.approved' : 'console.proposals.rejected'));
    });
  };

  return (
    <article aria-labelledby={field('title')} data-proposal={p.id} data-state={p.state}>
      <h2 id={field('title')}>{t('console.proposals.heading', { offer: p.base.name, organisation: p.organisationName })}</h2>
      <ProposalChanges proposal={p} />
      {p.state === 'open' && (
        <div class="hr-console-form">
          <button type="button" class="hr-console-button" disabled={busy} onClick={() => void decide({ decision: 'approve' })}>
            {t('console.proposals.approve')}
          </button>
          <form class="hr-console-form" onSubmit={(e) => (e.preventDefault(), void decide({ decision: 'reject', reason }))}>
            <label for={field('reason')}>{t('console.proposals.reason')}</label>
            <textarea id={field('reason')} value={reason} required minLength={3} maxLength={400} onInput={(e) => setReason(e.currentTarget.value)} />
            <button type="submit" class="hr-console-button hr-console-button--secondary" disabled={busy}>{t('console.proposals.reject')}</button>
          </form>
        </div>
      )}
      {done && <p role="status" class="hr-console-done">{done}</p>}
      {error && <p role="alert" class="hr-console-error">{error}</p>}
    </article>
  );
}
