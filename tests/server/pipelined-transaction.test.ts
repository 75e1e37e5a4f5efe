import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pipelinedTransaction, rowsOf } from '../../server/db/open';
import { createTestDb, type TestDb } from './harness';

/*
 * The push's transaction (server/db/open.ts): on PostgreSQL BEGIN travels with the first statements
 * and COMMIT right behind the last one, without waiting for their answers. It must still be one
 * transaction: all or nothing, a failed statement rolls back what came before it, and the
 * connection goes back to the pool fit for the next one. On PGlite it is drizzle's transaction;
 * the same expectations hold.
 */

let t: TestDb;
const count = async () => Number(rowsOf<{ n: string | number }>(await t.db.execute(sql`select count(*) as n from pipelined_probe`))[0]!.n);

beforeAll(async () => {
  t = await createTestDb();
  await t.db.execute(sql`create table pipelined_probe (id int primary key)`);
});
afterAll(async () => {
  await t.close();
});

describe(`pipelinedTransaction (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('commits statements sent without waiting, with COMMIT behind the last', async () => {
    const answer = await pipelinedTransaction(t.db, async (tx) => {
      const [, second] = await Promise.all([
        tx.run('probe_insert', sql`insert into pipelined_probe values (${1}::int)`),
        tx.run('probe_insert_returning', sql`insert into pipelined_probe values (${2}::int) returning id`),
      ]);
      await tx.runAndCommit('probe_insert', sql`insert into pipelined_probe values (${3}::int)`);
      return rowsOf<{ id: number }>(second)[0]!.id;
    });
    expect(answer).toBe(2);
    expect(await count()).toBe(3);
  });

  it('rolls back everything when the statement sent with COMMIT fails, and throws its error', async () => {
    const error: unknown = await pipelinedTransaction(t.db, async (tx) => {
      await tx.run('probe_insert', sql`insert into pipelined_probe values (${4}::int)`);
      // A duplicate key: the COMMIT behind it becomes a ROLLBACK.
      await tx.runAndCommit('probe_insert', sql`insert into pipelined_probe values (${1}::int)`);
    }).then(
      () => null,
      (e: unknown) => e,
    );
    // drizzle (PGlite) wraps the database's error as its cause.
    const cause = (error as { cause?: unknown } | null)?.cause ?? error;
    expect(String((cause as Error | null)?.message)).toMatch(/duplicate key|unique/i);
    expect(await count()).toBe(3);
  });

  it('rolls back when the body throws before committing', async () => {
    await expect(
      pipelinedTransaction(t.db, async (tx) => {
        await tx.run('probe_insert', sql`insert into pipelined_probe values (${5}::int)`);
        throw new Error('verdict failed');
      }),
    ).rejects.toThrow('verdict failed');
    expect(await count()).toBe(3);
  });

  it('leaves every connection fit for the next transaction', async () => {
    // More transactions at once than the pool has connections (10), after the failures above.
    await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        pipelinedTransaction(t.db, (tx) => tx.runAndCommit('probe_insert', sql`insert into pipelined_probe values (${100 + i}::int)`)),
      ),
    );
    expect(await count()).toBe(28);
    const [open] = rowsOf<{ n: string | number }>(await t.db.execute(sql`select count(*) as n from pg_stat_activity where state like 'idle in transaction%'`));
    expect(Number(open?.n ?? 0)).toBe(0);
  });
});
