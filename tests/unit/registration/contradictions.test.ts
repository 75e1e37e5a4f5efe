import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../../lib/catalogue/catalogue-state';
import { contradictionFor, ContradictionError } from '../../../lib/registration/contradictions';
import { register } from '../../../lib/registration/record-for-case';
import { openDatabase } from '../../../lib/store/database';
import type { ServiceDeps } from '../../../lib/worker-protocol/service-deps';
import { organization, service } from '../catalogue/fixture-offers';

/* Issue 12 #5: "not suitable: crisis" and "informal help deployed" for one case at the same time are asked about, not both silently recorded. */

const doc = { version: '1', organizations: [organization('org')], services: [service('maatje', 'org')] };
const context = { system: 'klassiek', caseKey: 'KD-90', zrm: {} };
let clock = new Date('2026-06-01T10:00:00Z');
const deps = async (): Promise<ServiceDeps> => ({ db: await openDatabase(`contradiction-${Math.random()}`), catalogue: loadCatalogue(doc), now: () => clock });
const later = (days: number) => new Date(Date.parse('2026-06-01T10:00:00Z') + days * 86_400_000);

describe('contradictions between a case’s records', () => {
  it('asks before recording a deployment days after "not suitable", and records it once confirmed', async () => {
    clock = later(0);
    const d = await deps();
    await register(d, context, { outcome: 'not_suitable', notSuitableReason: 'crisis' });
    clock = later(3);
    const attempt = register(d, context, { outcome: 'deployed', serviceId: 'maatje' });
    await expect(attempt).rejects.toBeInstanceOf(ContradictionError);
    await expect(attempt).rejects.toMatchObject({ code: 'contradiction', contradiction: { kind: 'deploy_after_not_suitable', reason: 'crisis', at: '2026-06-01T10:00:00.000Z' } });
    expect(await d.db.count('registrations')).toBe(1);
    expect(await d.db.count('outbox')).toBe(1);
    const confirmed = await register(d, context, { outcome: 'deployed', serviceId: 'maatje' }, { confirmed: true });
    expect(confirmed.outcome).toBe('deployed');
    expect(await d.db.count('registrations')).toBe(2);
  });

  it('does not ask once the "not suitable" is older than the window: the situation may have changed', async () => {
    clock = later(0);
    const d = await deps();
    await register(d, context, { outcome: 'not_suitable', notSuitableReason: 'crisis' });
    clock = later(15);
    await expect(register(d, context, { outcome: 'deployed', serviceId: 'maatje' })).resolves.toMatchObject({ outcome: 'deployed' });
  });

  it('asks before recording "not suitable" while a deployment is open, not after it ended', async () => {
    clock = later(0);
    const d = await deps();
    await register(d, context, { outcome: 'deployed', serviceId: 'maatje' });
    await expect(register(d, context, { outcome: 'not_suitable', notSuitableReason: 'safety' })).rejects.toMatchObject({ contradiction: { kind: 'not_suitable_with_open_deployment', status: 'requested' } });
  });

  it('never asks about unmet demand, and finds nothing in an empty case', () => {
    expect(contradictionFor([], { outcome: 'deployed' }, clock)).toBeNull();
    expect(contradictionFor([], { outcome: 'unmet' }, clock)).toBeNull();
  });
});
