import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { MonthFigures } from '../../lib/contracts/stats';
import { calendarNames, formatMonth } from '../../lib/i18n/calendar-names';
import { amsterdamMonth } from '../../lib/stats/month';
import { chartLegend, type Series } from '../../lib/stats-view/chart-legend';
import { percentText } from '../../lib/stats-view/tables';
import { useMessages } from '../use-messages';

/**
 * Started and requested shares per month against the team's goal, drawn with uPlot (small and
 * fast on canvas). The chart is a picture for sighted readers; the table "Per maand" carries the
 * same numbers for everyone, so the canvas is hidden from screen readers with a pointer to it.
 * The legend under it names each line with its latest value, and says the goal is for "started".
 */
export function ShareChart({ months, goal, asOf }: { months: MonthFigures[]; goal: number; asOf: string }) {
  const { t, locale } = useMessages();
  const last = months.at(-1)?.month;
  const running = last !== undefined && last === amsterdamMonth(asOf) ? last : null;
  const host = useRef<HTMLDivElement>(null);
  const labels: Record<Series, string> = { started: t('dashboard.seriesStarted'), requested: t('dashboard.seriesRequested'), goal: t('dashboard.seriesGoal') };

  useEffect(() => {
    if (!host.current || months.length === 0) return;
    // uPlot's x axis is time in seconds: the middle of each month.
    const xs = months.map((m) => Date.UTC(Number(m.month.slice(0, 4)), Number(m.month.slice(5, 7)) - 1, 15) / 1000);
    const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);
    const data: uPlot.AlignedData = [
      xs,
      months.map((m) => pct(m.shareStarted)),
      months.map((m) => pct(m.shareRequested)),
      months.map(() => Math.round(goal * 1000) / 10),
    ];
    const width = Math.max(320, Math.min(host.current.clientWidth || 720, 960));
    const names = calendarNames(locale);
    const plot = new uPlot(
      {
        width,
        height: 280,
        scales: { x: { time: true }, y: { range: [0, 100] } },
        // The legend is ours, below the chart: it shows each line's latest value without hovering.
        legend: { show: false },
        // Month names on the axis in the page's language (uPlot's own are English).
        fmtDate: (template) => uPlot.fmtDate(template, names),
        axes: [{}, { values: (_u, ticks) => ticks.map((v) => `${v}%`) }],
        series: [
          { label: t('dashboard.month'), value: (_u, v) => (v == null ? '–' : formatMonth(new Date(v * 1000).toISOString().slice(0, 7) as MonthFigures['month'], locale)) },
          { label: t('dashboard.seriesStarted'), stroke: '#1b6e3a', width: 3, points: { show: true }, value: (_u, v) => (v == null ? '–' : `${v}%`) },
          { label: t('dashboard.seriesRequested'), stroke: '#174ea6', width: 2, dash: [6, 4], points: { show: true }, value: (_u, v) => (v == null ? '–' : `${v}%`) },
          { label: t('dashboard.seriesGoal'), stroke: '#b3261e', width: 2, dash: [2, 3], points: { show: false }, value: (_u, v) => (v == null ? '–' : `${v}%`) },
        ],
      },
      data,
      host.current,
    );
    return () => plot.destroy();
  }, [months, goal, t, locale]);

  return (
    <figure class="hr-chart">
      <figcaption>
        {t('dashboard.chartTitle')} · {t('dashboard.goalLine', { percent: Math.round(goal * 100) })}
      </figcaption>
      <div ref={host} aria-hidden="true" data-chart="shares" />
      <ul class="hr-legend" aria-label={t('dashboard.legendTitle')} data-legend>
        {chartLegend(months, goal).map((item) => (
          <li key={item.series} data-series={item.series}>
            <span class={`hr-legend__swatch hr-legend__swatch--${item.series}`} aria-hidden="true" />
            {item.month
              ? t('dashboard.legendValueMonth', { label: labels[item.series], value: percentText(item.value), month: formatMonth(item.month, locale) })
              : t('dashboard.legendValue', { label: labels[item.series], value: percentText(item.value) })}
          </li>
        ))}
      </ul>
      {running && (
        <p class="hr-muted" data-running-month={running}>
          {t('dashboard.runningMonth', { month: formatMonth(running, locale) })}
        </p>
      )}
      <p class="hr-muted">{t('dashboard.chartAlt')}</p>
    </figure>
  );
}
