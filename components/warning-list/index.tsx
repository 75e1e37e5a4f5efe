import type { Warning } from '../../lib/contracts/suggestion';
import { useMessages } from '../use-messages';
import './style.css';

export function WarningList({ warnings }: { warnings: Warning[] }) {
  const { t } = useMessages();
  if (warnings.length === 0) return null;
  return (
    <section class="hr-warnings" aria-labelledby="hr-warnings-title">
      <h3 id="hr-warnings-title">{t('warningsTitle')}</h3>
      <ul>
        {warnings.map((w) => (
          <li key={`${w.code}-${w.domain ?? ''}`} data-warning={w.code} class={w.blocksAll ? 'hr-warning hr-warning--block' : 'hr-warning'}>
            {w.domain && <strong>{t('warningDomain', { domain: t(`domain.${w.domain}`) })}: </strong>}
            {t(`warning.${w.code}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
