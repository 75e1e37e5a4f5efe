import type { Figure, StatsResponse } from '../contracts/stats';
import type { Translate } from '../i18n/translate';
import { HIDDEN } from '../stats/figure';

/*
 * Every table on the dashboard as plain data: the screen and the CSV export are made from the
 * same rows, so a download always says what the screen says.
 */

export type Cell = string | number;

export interface DashboardTable {
  id: string;
  title: string;
  columns: string[];
  rows: Cell[][];
  /** False for a table left out of the print for the team meeting (whom to coach is not for peers). */
  print?: boolean;
}

/** The mark of a count hidden so that a small count cannot be worked out from a total (lib/stats/figure.ts). */
export const HIDDEN_MARK = '×';

/** "<5" reads as "< 5" and a hidden count as "×", on screen and in the CSV alike. */
export function figureText(figure: Figure): Cell {
  if (typeof figure === 'number') return figure;
  return figure === HIDDEN ? HIDDEN_MARK : figure.replace('<', '< ');
}

export function percentText(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

export function dashboardTables(stats: StatsResponse, t: Translate, organizationName: (id: string) => string): DashboardTable[] {
  const tables: DashboardTable[] = [
    {
      id: 'months',
      title: t('dashboard.monthsTitle'),
      columns: [
        t('dashboard.month'),
        t('dashboard.considered'),
        t('dashboard.requested'),
        t('dashboard.started'),
        t('dashboard.unmet'),
        t('dashboard.notSuitable'),
        t('dashboard.shareRequested'),
        t('dashboard.shareStarted'),
        t('dashboard.caseload'),
        t('dashboard.shareStartedOfAll'),
      ],
      rows: stats.months.map((m) => [
        m.month,
        figureText(m.considered),
        figureText(m.requested),
        figureText(m.started),
        figureText(m.unmet),
        figureText(m.notSuitable),
        percentText(m.shareRequested),
        percentText(m.shareStarted),
        m.caseload == null ? '—' : figureText(m.caseload),
        m.caseloadBelowConsidered ? t('dashboard.caseloadBelow') : percentText(m.shareStartedOfAll ?? null),
      ]),
    },
    {
      id: 'conversion',
      title: t('dashboard.conversionTitle'),
      columns: [t('dashboard.measure'), t('dashboard.value')],
      rows: [
        [t('dashboard.requestedDeployments'), figureText(stats.conversion.requested)],
        [t('dashboard.started'), figureText(stats.conversion.started)],
        [t('dashboard.notStarted'), figureText(stats.conversion.notStarted)],
        [t('dashboard.conversionRate'), percentText(stats.conversion.rate)],
        [t('dashboard.medianDays'), stats.conversion.medianDaysToStart === null ? '—' : stats.conversion.medianDaysToStart],
      ],
    },
    {
      id: 'not-started',
      title: t('dashboard.notStartedTitle'),
      columns: [t('dashboard.reason'), t('dashboard.count')],
      rows: stats.conversion.notStartedReasons.map((r) => [t(`notStartedReason.${r.reason}`), figureText(r.count)]),
    },
    {
      id: 'kinds',
      title: t('dashboard.kindsTitle'),
      columns: [t('dashboard.kind'), t('dashboard.requested'), t('dashboard.started'), t('dashboard.unmet')],
      rows: stats.byKind.map((k) => [t(`kind.${k.kind}`), figureText(k.requested), figureText(k.started), figureText(k.unmet)]),
    },
    {
      id: 'organizations',
      title: t('dashboard.organizationsTitle'),
      columns: [t('dashboard.organization'), t('dashboard.requested'), t('dashboard.started')],
      rows: stats.byOrganization.map((o) => [organizationName(o.organizationId), figureText(o.requested), figureText(o.started)]),
    },
    {
      id: 'domains',
      title: t('dashboard.domainsTitle'),
      columns: [t('dashboard.domain'), t('dashboard.requested'), t('dashboard.started')],
      rows: stats.byDomain.map((o) => [t(`domain.${o.domain}`), figureText(o.requested), figureText(o.started)]),
    },
    {
      id: 'follow-ups',
      title: t('dashboard.followUpsTitle'),
      columns: [t('dashboard.professional'), t('dashboard.due'), t('dashboard.overdue')],
      rows: stats.followUps.map((f) => [f.professional, f.due, f.overdue]),
    },
  ];
  if (stats.professionals) {
    tables.push({
      id: 'professionals',
      title: t('dashboard.professionalsTitle'),
      print: false,
      columns: [t('dashboard.professional'), t('dashboard.considered'), t('dashboard.deployedCol')],
      rows: stats.professionals.map((p) => [p.professional, figureText(p.considered), figureText(p.deployed)]),
    });
  }
  return tables;
}
