import type { StatsResponse } from '../../lib/contracts/stats';
import { formatMonth } from '../../lib/i18n/calendar-names';
import { headline } from '../../lib/stats-view/headline';
import { percentText } from '../../lib/stats-view/tables';
import { useMessages } from '../use-messages';

/** The ten-second answer: the last four months' started share against the goal, and whether the team falls back. */
export function DashboardHeadline({ stats }: { stats: StatsResponse }) {
  const { t, locale } = useMessages();
  const h = headline(stats);
  return (
    <section class="hr-headline" aria-labelledby="hr-headline-title" data-headline>
      <h2 id="hr-headline-title">{t('dashboard.headlineTitle', { goal: Math.round(h.goal * 100) })}</h2>
      <ul class="hr-headline__months">
        {h.months.map((m) => (
          <li key={m.month} data-month={m.month} data-versus-goal={m.versusGoal} class={`hr-headline__month hr-headline__month--${m.versusGoal}`}>
            <span class="hr-headline__name">
              {formatMonth(m.month, locale)}
              {m.running && ` (${t('dashboard.stillRunning')})`}
            </span>
            <strong class="hr-headline__share">{percentText(m.share)}</strong>
            <span class="hr-headline__goal">{t(`dashboard.versusGoal.${m.versusGoal}`)}</span>
          </li>
        ))}
      </ul>
      <p class={h.verdict === 'warning' ? 'hr-headline__verdict hr-headline__verdict--warning' : 'hr-headline__verdict'} data-verdict={h.verdict}>
        {t(`dashboard.verdict.${h.verdict}`)}
      </p>
    </section>
  );
}
