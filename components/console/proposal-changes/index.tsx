import { offerDiff } from '../../../lib/console/offer-diff';
import type { OfferProposal } from '../../../lib/contracts/offer-proposal';
import { useMessages } from '../../use-messages';

/** What a proposal changes, field by field: the offer as it was when proposed, and as proposed. */
export function ProposalChanges({ proposal }: { proposal: OfferProposal }) {
  const { t, textOr } = useMessages();
  const changes = offerDiff(proposal.base, proposal.proposed);
  return (
    <table class="hr-console-table" data-proposal-changes>
      <caption>{t('console.proposals.changes')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('console.proposals.field')}</th>
          <th scope="col">{t('console.proposals.before')}</th>
          <th scope="col">{t('console.proposals.after')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.field} data-field={c.field}>
            <th scope="row">{textOr(`console.offer.field.${c.field}`, c.field)}</th>
            <td class="hr-console-pre">{c.before || '—'}</td>
            <td class="hr-console-pre">{c.after || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
