import { describe, expect, it } from 'vitest';
import { applyCatalogueDelta } from '../../../lib/catalogue/apply-delta';
import type { CatalogueDeltaEnvelope, CatalogueEnvelope } from '../../../lib/sync/api-client';

const copy: CatalogueEnvelope = {
  version: 'v1',
  demo: false,
  municipality: 'Demostad',
  updatedAt: '2026-03-01T10:00:00.000Z',
  organizations: [{ id: 'org-a', name: 'A' }, { id: 'org-b', name: 'B' }],
  services: [
    { id: 's1', organization_id: 'org-a', name: 'een' },
    { id: 's2', organization_id: 'org-a', name: 'twee' },
    { id: 's3', organization_id: 'org-b', name: 'drie' },
  ],
};

const delta = (over: Partial<CatalogueDeltaEnvelope>): CatalogueDeltaEnvelope => ({
  delta: true,
  version: 'v2',
  demo: false,
  municipality: 'Demostad',
  updatedAt: '2026-03-02T10:00:00.000Z',
  since: copy.updatedAt!,
  organizations: [],
  services: [],
  removed: [],
  total: 3,
  ...over,
});

describe('applyCatalogueDelta', () => {
  it('replaces changed offers in place, adds new ones, drops removed ones, and takes the new version', () => {
    const next = applyCatalogueDelta(copy, delta({
      services: [{ id: 's2', organization_id: 'org-a', name: 'twee, nieuw' }, { id: 's4', organization_id: 'org-c', name: 'vier' }],
      organizations: [{ id: 'org-a', name: 'A, nieuw' }, { id: 'org-c', name: 'C' }],
      removed: ['s3'],
      total: 3,
    }));
    expect(next).toEqual({
      version: 'v2',
      demo: false,
      municipality: 'Demostad',
      updatedAt: '2026-03-02T10:00:00.000Z',
      // org-b has no offer left; org-a changed in place; org-c is new.
      organizations: [{ id: 'org-a', name: 'A, nieuw' }, { id: 'org-c', name: 'C' }],
      services: [
        { id: 's1', organization_id: 'org-a', name: 'een' },
        { id: 's2', organization_id: 'org-a', name: 'twee, nieuw' },
        { id: 's4', organization_id: 'org-c', name: 'vier' },
      ],
    });
  });

  it('answers null when the result does not have the server’s number of offers (a change was missed)', () => {
    expect(applyCatalogueDelta(copy, delta({ removed: ['s3'], total: 3 }))).toBeNull();
    expect(applyCatalogueDelta(copy, delta({ total: 3 }))).not.toBeNull();
  });
});
