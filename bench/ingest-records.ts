import { v7 as uuidv7 } from 'uuid';

/*
 * The registrations the ingest benchmarks push (bench/push-latency.ts, bench/trace-ingest.ts): a
 * kaart of 80 offers from 33 organisations, and records of which every 13th is a further record
 * of a case pushed before, a third deployed (and so naming an offer), all fictitious.
 */

export const SERVICES = Array.from({ length: 80 }, (_, i) => `bench-svc-${i}`);
export const orgOf = (svc: number) => `bench-org-${svc % 33}`;

/** `n` records whose case references start with `seed`, created a hundred milliseconds apart an hour ago. */
export function ingestRecords(n: number, seed: string) {
  const base = Date.now() - 3_600_000;
  return Array.from({ length: n }, (_, i) => {
    const at = new Date(base + i * 100).toISOString();
    const c = i % 13 === 0 && i > 0 ? i - 7 : i;
    const svc = i % SERVICES.length;
    const deployed = i % 3 === 0;
    return {
      id: uuidv7(),
      caseRef: `${seed}${c.toString(16).padStart(12, '0')}`.padEnd(64, 'd'),
      outcome: deployed ? 'deployed' : i % 3 === 1 ? 'unmet' : 'not_suitable',
      kind: i % 3 === 2 ? undefined : 'buddy',
      serviceId: deployed ? SERVICES[svc] : undefined,
      organizationId: deployed ? orgOf(svc) : undefined,
      domains: ['social_network'],
      relation: deployed ? 'alongside' : undefined,
      contactBy: deployed ? 'professional' : undefined,
      notSuitableReason: i % 3 === 2 ? 'crisis' : undefined,
      status: deployed ? 'requested' : undefined,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
  });
}
