import type { Figure, StatsResponse } from '../contracts/stats';
import type { Messages } from '../i18n/messages';
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

export function dashboardTables(stats: StatsResponse, t: Messages, organizationName: (id: string) => string): DashboardTable[] {
  const d = t.dashboard;
  const tables: DashboardTable[] = [
    {
      id: 'months',
      title: d.monthsTitle,
      columns: [
        d.month,
        d.considered,
        d.requested,
        d.started,
        d.unmet,
        d.notSuitable,
        d.shareRequested,
        d.shareStarted,
        d.caseload,
        d.shareStartedOfAll,
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
        m.caseloadBelowConsidered ? d.caseloadBelow : percentText(m.shareStartedOfAll ?? null),
      ]),
    },
    {
      id: 'conversion',
      title: d.conversionTitle,
      columns: [d.measure, d.value],
      rows: [
        [d.requestedDeployments, figureText(stats.conversion.requested)],
        [d.started, figureText(stats.conversion.started)],
        [d.notStarted, figureText(stats.conversion.notStarted)],
        [d.conversionRate, percentText(stats.conversion.rate)],
        [d.medianDays, stats.conversion.medianDaysToStart === null ? '—' : stats.conversion.medianDaysToStart],
      ],
    },
    {
      id: 'not-started',
      title: d.notStartedTitle,
      columns: [d.reason, d.count],
      rows: stats.conversion.notStartedReasons.map((r) => [t.notStartedReason[r.reason], figureText(r.count)]),
    },
    {
      id: 'kinds',
      title: d.kindsTitle,
      columns: [d.kind, d.requested, d.started, d.unmet],
      rows: stats.byKind.map((k) => [t.kind[k.kind], figureText(k.requested), figureText(k.started), figureText(k.unmet)]),
    },
    {
      id: 'organizations',
      title: d.organizationsTitle,
      columns: [d.organization, d.requested, d.started],
      rows: stats.byOrganization.map((o) => [organizationName(o.organizationId), figureText(o.requested), figureText(o.started)]),
    },
    {
      id: 'domains',
      title: d.domainsTitle,
      columns: [d.domain, d.requested, d.started],
      rows: stats.byDomain.map((o) => [t.domain[o.domain], figureText(o.requested), figureText(o.started)]),
    },
    {
      id: 'follow-ups',
      title: d.followUpsTitle,
      columns: [d.professional, d.due, d.overdue],
      rows: stats.followUps.map((f) => [f.professional, f.due, f.overdue]),
    },
  ];
  if (stats.professionals) {
    tables.push({
      id: 'professionals',
      title: d.professionalsTitle,
      print: false,
      columns: [d.professional, d.considered, d.deployedCol],
      rows: stats.professionals.map((p) => [p.professional, figureText(p.considered), figureText(p.deployed)]),
    });
  }
  return tables;
}
