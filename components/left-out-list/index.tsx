import type { Offer } from '../../lib/contracts/catalogue';
import type { LeftOut } from '../../lib/contracts/suggestion';
import { useMessages } from '../use-messages';
import { leftOutText } from './reason-text';
import './style.css';

/**
 * Offers that answer the case but that a rule left out, behind one disclosure, each with its
 * reason: nothing fitting is hidden without a word, and nothing excluded can be picked by mistake.
 */
export function LeftOutList({ leftOut, offers }: { leftOut: LeftOut[]; offers: Record<string, Offer> }) {
  const { t, locale } = useMessages();
  const shown = leftOut.filter((l) => offers[l.serviceId]);
  if (shown.length === 0) return null;
  return (
    <details class="hr-left-out" data-left-out={shown.length}>
      <summary>{t('leftOutTitle', { n: shown.length })}</summary>
      <p class="hr-muted">{t('leftOutHelp')}</p>
      <ul>
        {shown.map(({ serviceId, reason }) => (
          <li key={serviceId} data-service-id={serviceId} data-left-out-reason={reason.type}>
            <span class="hr-left-out__name">{offers[serviceId]!.name}</span>
            <span class="hr-left-out__org"> ({offers[serviceId]!.organization.name})</span>: {leftOutText(reason, t, locale)}
          </li>
        ))}
      </ul>
    </details>
  );
}
