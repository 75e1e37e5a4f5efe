import { describe, expect, it } from 'vitest';
import { changesSince, nextRemovals, REMOVALS_KEPT_DAYS, stampModified } from '../../../lib/catalogue/last-modified';
import { Organization, Service } from '../../../lib/contracts/catalogue';
import { organization, service } from './fixture-offers';

const T1 = new Date('2026-03-01T10:00:00.000Z');
const T2 = new Date('2026-03-02T10:00:00.000Z');
const parse = (raw: unknown) => Service.parse(raw);
const ORG = Organization.parse(organization('org'));
const kaart = (services: Service[], organizations = [ORG]) => ({ services, organizations });
const EMPTY = kaart([], []);

describe('stampModified', () => {
  const first = stampModified(EMPTY, kaart([parse(service('a', 'org')), parse(service('b', 'org'))]), T1);

  it('stamps every offer of a first upload with the server’s time, whatever the upload said', () => {
    const claimed = parse({ ...service('c', 'org'), last_modified: '2020-01-01T00:00:00.000Z' });
    expect(stampModified(EMPTY, kaart([claimed]), T1)[0]!.last_modified).toBe(T1.toISOString());
    expect(first.map((s) => s.last_modified)).toEqual([T1.toISOString(), T1.toISOString()]);
  });

  it('keeps the old time of an unchanged offer, even with its keys in another order (as jsonb returns them)', () => {
    const reordered = first.map((s) => JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(s).reverse()))) as typeof s);
    const again = stampModified(kaart(reordered), kaart([parse(service('a', 'org')), parse(service('b', 'org'))]), T2);
    expect(again.map((s) => s.last_modified)).toEqual([T1.toISOString(), T1.toISOString()]);
  });

  it('gives a changed or new offer the new time', () => {
    const next = stampModified(kaart(first), kaart([parse(service('a', 'org', { kind: 'neighbour' })), parse(service('b', 'org')), parse(service('n', 'org'))]), T2);
    expect(Object.fromEntries(next.map((s) => [s.id, s.last_modified]))).toEqual({ a: T2.toISOString(), b: T1.toISOString(), n: T2.toISOString() });
  });
});

describe('an organisation’s change', () => {
  it('counts as a change of each of its offers, and of no other', () => {
    const other = Organization.parse(organization('other'));
    const before = stampModified(EMPTY, kaart([parse(service('a', 'org')), parse(service('b', 'other'))], [ORG, other]), T1);
    const moved = { ...ORG, phones: [{ number: '030 000 00 00' }] };
    const after = stampModified(kaart(before, [ORG, other]), kaart([parse(service('a', 'org')), parse(service('b', 'other'))], [moved, other]), T2);
    expect(after.map((s) => s.last_modified)).toEqual([T2.toISOString(), T1.toISOString()]);
  });
});

describe('removals and changes since a moment', () => {
  const T3 = new Date('2026-03-03T10:00:00.000Z');
  const v1 = stampModified(EMPTY, kaart(['a', 'b', 'c'].map((id) => parse(service(id, 'org')))), T1);
  const v2services = stampModified(kaart(v1), kaart([parse(service('a', 'org')), parse(service('b', 'org', { kind: 'neighbour' }))]), T2);
  const v2removed = nextRemovals(kaart(v1), kaart(v2services), T2);

  it('remembers an offer taken out, forgets it when it comes back, and drops what is too old', () => {
    expect(v2removed).toEqual([{ id: 'c', at: T2.toISOString() }]);
    const back = nextRemovals({ ...kaart(v2services), removed: v2removed }, kaart([...v2services, parse(service('c', 'org'))]), T3);
    expect(back).toEqual([]);
    const later = new Date(T2.getTime() + (REMOVALS_KEPT_DAYS + 1) * 86_400_000);
    expect(nextRemovals({ ...kaart(v2services), removed: v2removed }, kaart(v2services), later)).toEqual([]);
  });

  it('gives what changed after a copy’s moment: changed offers with their organisation, and removed ids', () => {
    const state = { ...kaart(v2services), removed: v2removed, updatedAt: T2 };
    const changes = changesSince(state, T1, T3);
    expect(changes!.services.map((s) => s.id)).toEqual(['b']);
    expect(changes!.organizations.map((o) => o.id)).toEqual(['org']);
    expect(changes!.removed).toEqual(['c']);
    // A copy of the latest kaart: nothing.
    expect(changesSince(state, T2, T3)).toEqual({ services: [], organizations: [], removed: [] });
  });

  it('cannot tell for a copy newer than the kaart (another server) or older than the removals kept', () => {
    const state = { ...kaart(v2services), removed: v2removed, updatedAt: T2 };
    expect(changesSince(state, T3, T3)).toBeNull();
    expect(changesSince(state, T1, new Date(T1.getTime() + (REMOVALS_KEPT_DAYS + 1) * 86_400_000))).toBeNull();
  });
});
