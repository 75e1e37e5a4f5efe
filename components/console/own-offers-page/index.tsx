import { useEffect, useState } from 'preact/hooks';
import { routeHash } from '../../../lib/console/console-route';
import type { Service } from '../../../lib/contracts/catalogue';
import type { OfferProposal } from '../../../lib/contracts/offer-proposal';
import { useMessages } from '../../use-messages';
import { useConsole } from '../console-context';
import { ProposalChanges } from '../proposal-changes';
import { useSubmit } from '../use-submit';

/*
 * The coordinator's page (#/aanbod): its own organisation's offers in the kaart, each with a link
 * to propose a change, and its proposals with the kaart keeper's decision (and reason); an open
 * one it may still revise or withdraw.
 */
export function OwnOffersPage() {
  const { t } = useMessages();
  const { api, describe } = useConsole();
  const [offers, setOffers] = useState<Service[] | null>(null);
  const [proposals, setProposals] = useState<OfferProposal[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    Promise.all([api.ownOffers(), api.ownProposals()]).then(
      ([own, mine]) => {
        setOffers(own.offers.map((o) => o.offer));
        setProposals(mine);
      },
      (e: unknown) => setError(describe(e)),
    );
  }, [api]);

  return (
    <section aria-labelledby="own-offers-title">
      <h1 id="own-offers-title" tabIndex={-1}>{t('console.ownOffers.title')}</h1>
      <p>{t('console.ownOffers.intro')}</p>
      {error && <p class="hr-console-error" role="alert">{error}</p>}
      {offers === null && !error && <p>{t('console.proposals.loading')}</p>}
      {offers?.length === 0 && <p>{t('console.ownOffers.none')}</p>}
      {offers && offers.length > 0 && (
        <ul data-own-offers>
          {offers.map((o) => (
            <li key={o.id}>
              <a href={routeHash({ page: 'propose', offerId: o.id })}>{t('console.ownOffers.propose', { name: o.name })}</a>
            </li>
          ))}
        </ul>
      )}
      <h2>{t('console.ownOffers.proposals')}</h2>
      {proposals?.length === 0 && <p>{t('console.ownOffers.noProposals')}</p>}
      {proposals?.map((p) => <OwnProposal key={p.id} proposal={p} onChanged={(next) => setProposals((list) => list?.map((x) => (x.id === next.id ? next : x)) ?? null)} />)}
    </section>
  );
}

/** One of the organisation's proposals with its outcome; while open, it may be revised or withdrawn. */
function OwnProposal({ proposal: p, onChanged }: { proposal: OfferProposal; onChanged: (next: OfferProposal) => void }) {
  const { t } = useMessages();
  const { api } = useConsole();
  const { busy, error, run } = useSubmit();
  const [withdrawn, setWithdrawn] = useState(false);

  const withdraw = () =>
    run(async () => {
      onChanged(await api.withdrawProposal(p.id));
      setWithdrawn(true);
    });

  return (
    <article aria-labelledby={`own-proposal-${p.id}`} data-proposal={p.id} data-state={p.state}>
      <h3 id={`own-proposal-${p.id}`}>{p.base.name}</h3>
      <ProposalChanges proposal={p} />
      {p.state === 'open' && (
        <div class="hr-console-inline">
          <a href={routeHash({ page: 'revise', proposalId: p.id })}>{t('console.ownOffers.revise')}</a>
          <button type="button" class="hr-console-button hr-console-button--secondary" disabled={busy} onClick={() => void withdraw()} data-withdraw>
            {t('console.ownOffers.withdraw')}
          </button>
        </div>
      )}
      {withdrawn && <p class="hr-console-done" role="status">{t('console.ownOffers.withdrawn')}</p>}
      {error && <p class="hr-console-error" role="alert">{error}</p>}
    </article>
  );
}
