import { offerDiff } from '../../../lib/console/offer-diff';
import type { OfferProposal } from '../../../lib/contracts/offer-proposal';
import { formatDate } from '../../../lib/i18n/calendar-names';
import { useMessages } from '../../use-messages';

/**
 * A proposal's date, state and the keeper's reason, and what it changes, field by field: the offer as it was when proposed, and as proposed. While
 * it is open and the offer changed since (the keeper edited it), a third column gives the current
 * text of each field that changed, so nobody decides on an offer that is no longer there.
 */
export function ProposalChanges({ proposal }: { proposal: OfferProposal }) {
  const { t, textOr, locale } = useMessages();
  const open = proposal.state === 'open';
  const changes = offerDiff(proposal.base, proposal.proposed, open ? (proposal.current ?? undefined) : undefined);
  const changedSince = changes.some((c) => c.now !== undefined);
  return (
    <>
      <p>
        {t('console.proposals.proposedAt', { date: formatDate(proposal.proposedAt.slice(0, 10), locale) })} · <strong>{t(`console.proposals.state.${proposal.state}`)}</strong>
        {proposal.reason && <> · {t('console.proposals.reasonShown', { reason: proposal.reason })}</>}
      </p>
      {open && proposal.current === null && <p class="hr-console-error" data-offer-gone>{t('console.proposals.gone')}</p>}
      {changedSince && <p class="hr-console-error" data-changed-since>{t('console.proposals.changedSince')}</p>}
      <table class="hr-console-table" data-proposal-changes>
        <caption>{t('console.proposals.changes')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('console.proposals.field')}</th>
            <th scope="col">{t('console.proposals.before')}</th>
            <th scope="col">{t('console.proposals.after')}</th>
            {changedSince && <th scope="col">{t('console.proposals.now')}</th>}
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.field} data-field={c.field}>
              <th scope="row">{textOr(`console.offer.field.${c.field}`, c.field)}</th>
              <td class="hr-console-pre">{c.before || '—'}</td>
              <td class="hr-console-pre">{c.after || '—'}</td>
              {changedSince && <td class="hr-console-pre" data-now>{c.now === undefined ? '' : c.now || '—'}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
