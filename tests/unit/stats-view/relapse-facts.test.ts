import { describe, expect, it } from 'vitest';
import { relapseFacts } from '../../../lib/stats-view/relapse-facts';
import { statsFixture } from './stats-fixture';

describe('relapse facts', () => {
  it('names the share the relapse measures: requested, not started', () => {
    const r = statsFixture().relapse;
    expect(relapseFacts({ ...r, measure: 'shareRequested' })).toEqual({ measure: 'requested', month: '2026-10', latest: 0.2, atMost: false, baseline: 0.35 });
    expect(relapseFacts({ ...r, measure: 'shareStarted' })?.measure).toBe('started');
  });

  it('says "at most" when the month’s requests are too few to show their share', () => {
    const r = statsFixture().relapse;
    expect(relapseFacts({ ...r, latestShare: null, latestShareAtMost: 4 / 24 })).toMatchObject({ latest: 4 / 24, atMost: true });
    expect(relapseFacts({ ...r, warning: false })).toBeNull();
  });
});
