import type { KindOfHelp } from '../contracts/help';
import type { ZrmDomain } from '../contracts/zrm';
import type { DomainCounts, KindCounts, OrganizationCounts } from './counts';
import type { StatsRegistration } from './input';
import { progress } from './progress';

/*
 * What was asked for and given, per deployment created in the period: by kind of help (with the
 * unmet demand of that kind next to it), by organisation, and by ZRM domain (a deployment for two
 * domains counts in both). Rows that would be all zero are left out.
 */

function bump<K, R>(rows: Map<K, R>, key: K, make: () => R, apply: (row: R) => void) {
  const row = rows.get(key) ?? make();
  apply(row);
  rows.set(key, row);
}

export function countByKind(deployments: readonly StatsRegistration[], unmet: readonly StatsRegistration[], asOf: Date): KindCounts[] {
  const rows = new Map<KindOfHelp, KindCounts>();
  const make = (kind: KindOfHelp) => () => ({ kind, requested: 0, started: 0, unmet: 0 });
  for (const r of deployments) {
    if (!r.kind) continue;
    const started = progress(r.history, asOf).startedAt !== null;
    bump(rows, r.kind, make(r.kind), (row) => {
      row.requested++;
      if (started) row.started++;
    });
  }
  for (const r of unmet) if (r.kind) bump(rows, r.kind, make(r.kind), (row) => row.unmet++);
  return [...rows.values()];
}

export function countByOrganization(deployments: readonly StatsRegistration[], asOf: Date): OrganizationCounts[] {
  const rows = new Map<string, OrganizationCounts>();
  for (const r of deployments) {
    const id = r.organizationId;
    if (!id) continue;
    const started = progress(r.history, asOf).startedAt !== null;
    bump(rows, id, () => ({ organizationId: id, requested: 0, started: 0 }), (row) => {
      row.requested++;
      if (started) row.started++;
    });
  }
  return [...rows.values()];
}

export function countByDomain(deployments: readonly StatsRegistration[], asOf: Date): DomainCounts[] {
  const rows = new Map<ZrmDomain, DomainCounts>();
  for (const r of deployments) {
    const started = progress(r.history, asOf).startedAt !== null;
    for (const domain of new Set(r.domains)) {
      bump(rows, domain, () => ({ domain, requested: 0, started: 0 }), (row) => {
        row.requested++;
        if (started) row.started++;
      });
    }
  }
  return [...rows.values()];
}
