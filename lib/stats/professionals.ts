import type { ProfessionalCounts } from './counts';
import { caseKey, type Person, type StatsRegistration } from './input';

/**
 * For the aandachtsfunctionaris only: per person who recorded registrations in the period, the
 * distinct cases they considered and those for which they recorded a deployment. `people` (the
 * team's active professionals) get a row even at zero: those are the ones to talk to.
 */
export function countByProfessional(inPeriod: readonly StatsRegistration[], people: readonly Person[] = []): ProfessionalCounts[] {
  const considered = new Map<string, Set<string>>();
  const deployed = new Map<string, Set<string>>();
  const names = new Map<string, string>(people.map((p) => [p.id, p.displayName]));
  for (const p of people) considered.set(p.id, new Set());
  for (const r of inPeriod) {
    const id = r.recordedBy.id;
    names.set(id, r.recordedBy.displayName);
    const key = caseKey(r);
    if (!considered.has(id)) considered.set(id, new Set());
    considered.get(id)!.add(key);
    if (r.outcome === 'deployed') {
      if (!deployed.has(id)) deployed.set(id, new Set());
      deployed.get(id)!.add(key);
    }
  }
  return [...considered].map(([userId, cases]) => ({
    userId,
    professional: names.get(userId)!,
    considered: cases.size,
    deployed: deployed.get(userId)?.size ?? 0,
  }));
}
