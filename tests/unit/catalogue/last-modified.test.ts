import { describe, expect, it } from 'vitest';
import { stampModified } from '../../../lib/catalogue/last-modified';
import { Service } from '../../../lib/contracts/catalogue';
import { service } from './fixture-offers';

const T1 = new Date('2026-03-01T10:00:00.000Z');
const T2 = new Date('2026-03-02T10:00:00.000Z');
const parse = (raw: unknown) => Service.parse(raw);

describe('stampModified', () => {
  const first = stampModified([], [parse(service('a', 'org')), parse(service('b', 'org'))], T1);

  it('stamps every offer of a first upload with the server’s time, whatever the upload said', () => {
    const claimed = parse({ ...service('c', 'org'), last_modified: '2020-01-01T00:00:00.000Z' });
    expect(stampModified([], [claimed], T1)[0]!.last_modified).toBe(T1.toISOString());
    expect(first.map((s) => s.last_modified)).toEqual([T1.toISOString(), T1.toISOString()]);
  });

  it('keeps the old time of an unchanged offer, even with its keys in another order (as jsonb returns them)', () => {
    const reordered = first.map((s) => JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(s).reverse()))) as typeof s);
    const again = stampModified(reordered, [parse(service('a', 'org')), parse(service('b', 'org'))], T2);
    expect(again.map((s) => s.last_modified)).toEqual([T1.toISOString(), T1.toISOString()]);
  });

  it('gives a changed or new offer the new time', () => {
    const next = stampModified(first, [parse(service('a', 'org', { kind: 'neighbour' })), parse(service('b', 'org')), parse(service('n', 'org'))], T2);
    expect(Object.fromEntries(next.map((s) => [s.id, s.last_modified]))).toEqual({ a: T2.toISOString(), b: T1.toISOString(), n: T2.toISOString() });
  });
});
