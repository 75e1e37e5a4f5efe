import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../../lib/catalogue/parse-catalogue';
import { registrationFromDraft, withDetails, withStatus } from '../../../lib/registration/from-draft';
import { isStepBack, nextStatuses, previousStatus } from '../../../lib/registration/status-flow';
import { loadCatalogue } from '../../../lib/catalogue/catalogue-state';
import { openDatabase } from '../../../lib/store/database';
import { register, updateStatus } from '../../../lib/registration/record-for-case';
import type { ServiceDeps } from '../../../lib/worker-protocol/service-deps';
import { organization, service } from '../catalogue/fixture-offers';

const doc = { version: '1', organizations: [organization('org')], services: [service('maatje', 'org')] };
const offer = parseCatalogue(doc).offers[0]!;
const REF = 'd'.repeat(64);
const T0 = new Date('2026-06-01T10:00:00Z');

describe('status flow', () => {
  it('offers only forward steps, "ended" only after "started", and nothing after the end', () => {
    expect(nextStatuses('requested')).toEqual(['matched', 'started', 'not_started']);
    expect(nextStatuses('started')).toEqual(['ended']);
    expect(nextStatuses('ended')).toEqual([]);
    expect(nextStatuses('not_started')).toEqual([]);
  });

  it('moves a record forward with a new version and refuses a step back', () => {
    const r = registrationFromDraft(REF, { outcome: 'deployed', serviceId: 'maatje' }, offer, T0);
    expect(r).toMatchObject({ status: 'requested', relation: 'alongside', contactBy: 'professional', kind: 'buddy', version: 1 });
    const matched = withStatus(r, { id: r.id, status: 'matched' }, new Date('2026-06-10T10:00:00Z'));
    expect(matched).toMatchObject({ status: 'matched', version: 2, updatedAt: '2026-06-10T10:00:00.000Z' });
    expect(() => withStatus(matched, { id: r.id, status: 'requested' }, T0)).toThrow(/kan niet/);
  });

  it('takes a status set by mistake back exactly one step, and only as a correction (issue 12 #5)', () => {
    expect(['matched', 'started', 'ended', 'not_started', 'requested', 'chosen'].map((s) => previousStatus(s as never))).toEqual(['requested', 'matched', 'started', 'requested', undefined, undefined]);
    const r = registrationFromDraft(REF, { outcome: 'deployed', kind: 'buddy' }, undefined, T0);
    const matched = withStatus(r, { id: r.id, status: 'matched' }, T0);
    expect(() => withStatus(matched, { id: r.id, status: 'requested' }, T0)).toThrow();
    expect(withStatus(matched, { id: r.id, status: 'requested', correction: true }, T0)).toMatchObject({ status: 'requested', version: 3 });
    const started = withStatus(matched, { id: r.id, status: 'started' }, T0);
    expect(() => withStatus(started, { id: r.id, status: 'requested', correction: true }, T0)).toThrow();
    expect(isStepBack('started', 'matched')).toBe(true);
    expect(isStepBack('started', 'requested')).toBe(false);
  });

  it('keeps updatedAt moving forward even when the device clock runs behind', () => {
    const r = registrationFromDraft(REF, { outcome: 'deployed', serviceId: 'maatje' }, offer, T0);
    const later = withStatus(r, { id: r.id, status: 'matched' }, new Date('2026-01-01T00:00:00Z'));
    expect(Date.parse(later.updatedAt)).toBeGreaterThan(Date.parse(r.updatedAt));
  });

  it('records help from the own network or a neighbour as started, and help from an organisation or a buddy as requested (issue 12 #5)', () => {
    expect(registrationFromDraft(REF, { outcome: 'deployed', kind: 'own_network' }, undefined, T0).status).toBe('started');
    expect(registrationFromDraft(REF, { outcome: 'deployed', kind: 'neighbour' }, undefined, T0).status).toBe('started');
    expect(registrationFromDraft(REF, { outcome: 'deployed', kind: 'buddy' }, undefined, T0).status).toBe('requested');
    expect(registrationFromDraft(REF, { outcome: 'deployed', kind: 'volunteer_organisation' }, undefined, T0).status).toBe('requested');
  });

  it('has no status for outcomes other than a deployment', () => {
    const unmet = registrationFromDraft(REF, { outcome: 'unmet', kind: 'buddy' }, undefined, T0);
    expect(unmet.status).toBeUndefined();
    expect(() => withStatus(unmet, { id: unmet.id, status: 'matched' }, T0)).toThrow();
  });
});

describe('registering from the panel', () => {
  const deps = async (): Promise<ServiceDeps> => ({ db: await openDatabase(`register-${Math.random()}`), catalogue: loadCatalogue(doc), now: () => T0 });
  const context = { system: 'klassiek', caseKey: 'KD-9', zrm: {} };

  it('returns the open record instead of a duplicate when the same offer is chosen again', async () => {
    const d = await deps();
    const first = await register(d, context, { outcome: 'deployed', serviceId: 'maatje' });
    const again = await register(d, context, { outcome: 'deployed', serviceId: 'maatje' });
    expect(again.id).toBe(first.id);
    expect(await d.db.count('registrations')).toBe(1);
    // Once it has ended, choosing it again is a new deployment.
    await updateStatus(d, { id: first.id, status: 'started' });
    await updateStatus(d, { id: first.id, status: 'ended' });
    const next = await register(d, context, { outcome: 'deployed', serviceId: 'maatje' });
    expect(next.id).not.toBe(first.id);
    expect(await d.db.count('registrations')).toBe(2);
  });

  it('queues every status change for sync with its version', async () => {
    const d = await deps();
    const r = await register(d, context, { outcome: 'deployed', serviceId: 'maatje' });
    await updateStatus(d, { id: r.id, status: 'not_started', notStartedReason: 'no_capacity' });
    expect(await d.db.get('outbox', r.id)).toMatchObject({ version: 2 });
    expect(await d.db.get('registrations', r.id)).toMatchObject({ status: 'not_started', notStartedReason: 'no_capacity', version: 2 });
  });

  it('refuses "not started" without a reason, and a not-suitable record without one', async () => {
    const d = await deps();
    const r = await register(d, context, { outcome: 'deployed', serviceId: 'maatje' });
    await expect(updateStatus(d, { id: r.id, status: 'not_started' })).rejects.toThrow(/waarom/);
    await expect(register(d, context, { outcome: 'not_suitable' })).rejects.toThrow(/reden/);
  });

  it('refuses to record without a case number on the page', async () => {
    const d = await deps();
    await expect(register(d, { system: 'manual', zrm: {} }, { outcome: 'unmet', kind: 'buddy' })).rejects.toThrow(/Geen dossiernummer/);
  });
});

describe('correcting a deployment’s details', () => {
  it('changes relation and contact with a new version, only for deployments', async () => {
    const r = registrationFromDraft(REF, { outcome: 'deployed', serviceId: 'maatje' }, offer, T0);
    const fixed = withDetails(r, { id: r.id, relation: 'aftercare', contactBy: 'ambassador' }, new Date('2026-06-02T10:00:00Z'));
    expect(fixed).toMatchObject({ relation: 'aftercare', contactBy: 'ambassador', version: 2, status: 'requested' });
    const unmet = registrationFromDraft(REF, { outcome: 'unmet', kind: 'buddy' }, undefined, T0);
    expect(() => withDetails(unmet, { id: unmet.id, relation: 'aftercare', contactBy: 'ambassador' }, T0)).toThrow();
  });
});
