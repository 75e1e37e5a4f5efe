import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../../lib/catalogue/catalogue-state';
import { openDatabase, type Database } from '../../../lib/store/database';
import { register } from '../../../lib/registration/record-for-case';
import type { ServiceDeps } from '../../../lib/worker-protocol/service-deps';
import { organization, service } from '../catalogue/fixture-offers';

/*
 * Issue 11: `register` looked for an open record and saved in two transactions, so a double click
 * (two messages at once) made two records of one deployment.
 */

const doc = { version: '1', organizations: [organization('org')], services: [service('maatje', 'org'), service('koken', 'org')] };
const T0 = new Date('2026-06-01T10:00:00Z');
const context = { system: 'klassiek', caseKey: 'KD-77', zrm: {} };
const deps = async (): Promise<ServiceDeps> => ({ db: await openDatabase(`register-once-${Math.random()}`), catalogue: loadCatalogue(doc), now: () => T0 });

/**
 * The worst interleaving of two clicks, made certain: every read the database offers outside a
 * transaction of the caller's own is held until both clicks have made it, so a "look, then save
 * in another transaction" sees nothing from the other click.
 */
function holdReadsUntilBoth(db: Database): Database {
  const waiting: Array<() => void> = [];
  const barrier = () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      if (waiting.length >= 2) waiting.splice(0).forEach((release) => release());
    });
  const reads = new Set(['get', 'getAll', 'getAllFromIndex', 'getFromIndex', 'count', 'countFromIndex', 'getKey', 'getAllKeys']);
  return new Proxy(db, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      if (!reads.has(String(property))) return value.bind(target);
      return async (...args: unknown[]) => {
        const result = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        await barrier();
        return result;
      };
    },
  });
}

describe('a double click on "Kies dit aanbod"', () => {
  it('records the deployment once, queues it once, and answers both clicks with that record', async () => {
    const d = await deps();
    const held = { ...d, db: holdReadsUntilBoth(d.db) };
    const [first, second] = await Promise.all([
      register(held, context, { outcome: 'deployed', serviceId: 'maatje' }),
      register(held, context, { outcome: 'deployed', serviceId: 'maatje' }),
    ]);
    expect(second.id).toBe(first.id);
    expect(await d.db.count('registrations')).toBe(1);
    expect(await d.db.count('outbox')).toBe(1);
  });

  it('still records two different offers chosen at once, and unmet demand each time', async () => {
    const d = await deps();
    await Promise.all([
      register(d, context, { outcome: 'deployed', serviceId: 'maatje' }),
      register(d, context, { outcome: 'deployed', serviceId: 'koken' }),
      register(d, context, { outcome: 'unmet', kind: 'buddy' }),
      register(d, context, { outcome: 'unmet', kind: 'buddy' }),
    ]);
    expect(await d.db.count('registrations')).toBe(4);
  });
});
