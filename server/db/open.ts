import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import { PgDialect, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite, type PgliteDatabase } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { lockFolder } from './folder-lock';
import { settleRollupRepairs } from './rollup-repairs';
import * as schema from './schema';

export type Schema = typeof schema;

/** The one database type queries are written against: both drivers (and transactions) are one. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

/** An open database; `driver` tells the migrator which of drizzle's migrators fits. */
export type OpenDb =
  | { driver: 'pglite'; db: Db; raw: PgliteDatabase<Schema>; close(): Promise<void> }
  | { driver: 'postgres'; db: Db; raw: PostgresJsDatabase<Schema>; close(): Promise<void> };

export interface OpenOptions {
  /** postgres://… ; when absent the embedded PGlite is used. */
  databaseUrl?: string;
  /** PGlite data folder; absent means in memory (tests). */
  dataDir?: string;
}

export function openDb(options: OpenOptions): OpenDb {
  if (options.databaseUrl) {
    // Few connections: the API is stateless and small; scale out by running more instances.
    const client = postgres(options.databaseUrl, { max: 10, onnotice: () => {} });
    const raw = drizzlePostgres({ client, schema });
    return {
      driver: 'postgres',
      db: raw,
      raw,
      close: async () => {
        await settleRollupRepairs(raw);
        await client.end({ timeout: 5 });
      },
    };
  }
  let release = () => {};
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    release = lockFolder(options.dataDir);
  }
  const client = new PGlite(options.dataDir);
  const raw = drizzlePglite({ client, schema });
  return {
    driver: 'pglite',
    db: raw,
    raw,
    close: async () => {
      try {
        await settleRollupRepairs(raw);
        await client.close();
      } finally {
        release();
      }
    },
  };
}

/** Both drivers answer `execute` differently: PGlite with {rows}, postgres-js with the array. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];
}

const dialect = new PgDialect();

/**
 * Run a statement the hot paths send again and again (a push, a token check) as a named prepared
 * statement. Drizzle sends every other statement unnamed, which postgres-js does in two round
 * trips (describe the parameters, then bind and run) and PostgreSQL parses and plans each time;
 * prepared, it is one round trip and planned once per connection. Only for statements whose text
 * does not depend on the data (values go in as parameters), so each connection keeps a handful.
 */
export function executePrepared(db: Db, name: string, query: SQL): Promise<unknown> {
  return db._.session.prepareQuery(dialect.sqlToQuery(query), undefined, name, false).execute();
}

/** A prepared statement (see executePrepared) run in a transaction. */
export type Run = (name: string, query: SQL) => Promise<unknown>;

export interface PipelinedTx {
  /** A prepared statement in the transaction; statements sent before an earlier one answered travel together. */
  run: Run;
  /** The transaction's last statement with its COMMIT sent right behind it, in the same round trip. */
  runAndCommit: Run;
}

type PostgresJs = ReturnType<typeof postgres>;
type Reserved = Awaited<ReturnType<PostgresJs['reserve']>>;

/** postgres-js's own connection errors (not the server's): the connection is gone and back in the pool as closed. */
function connectionLost(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return !(error instanceof postgres.PostgresError) && typeof code === 'string' && code.startsWith('CONNECT');
}

/**
 * One transaction whose statements do not wait for each other where they need not: on
 * postgres-js, BEGIN goes out together with the body's first statements (the team lock and the
 * lookup: one round trip, not two), and COMMIT right behind the last statement (runAndCommit; one
 * round trip, not two). drizzle's transaction waits for BEGIN's answer before the body runs and
 * for the body before COMMIT. A failed statement ends the transaction as before: PostgreSQL turns
 * the COMMIT that follows it into a ROLLBACK, and the error is thrown. On PGlite (in the process,
 * no round trips) and when `db` is already a transaction, it is drizzle's transaction.
 */
export async function pipelinedTransaction<T>(db: Db, body: (tx: PipelinedTx) => Promise<T>): Promise<T> {
  const client = (db as unknown as { $client?: Partial<PostgresJs> }).$client;
  if (typeof client?.reserve !== 'function') {
    return db.transaction((tx) => {
      const run: Run = (name, query) => executePrepared(tx, name, query);
      return body({ run, runAndCommit: run });
    });
  }
  const conn: Reserved = await client.reserve();
  const send = (text: string, params: unknown[] = []) => {
    const q = conn.unsafe(text, params as never[], { prepare: true });
    void q.execute();
    return q;
  };
  const begun = send('begin');
  begun.then(
    () => {},
    () => {},
  );
  // Sent at once; its answer is read only after BEGIN's, so a failed BEGIN is never passed over.
  const run: Run = (_name, query) => {
    const { sql: text, params } = dialect.sqlToQuery(query);
    const answer = send(text, params);
    answer.catch(() => {});
    return begun.then(() => answer);
  };
  let ended = false;
  try {
    const result = await body({
      run,
      runAndCommit: async (name, query) => {
        const answer = run(name, query);
        ended = true;
        const [rows] = await Promise.all([answer, send('commit')]);
        return rows;
      },
    });
    if (!ended) {
      ended = true;
      await send('commit');
    }
    conn.release();
    return result;
  } catch (error) {
    if (connectionLost(error)) throw error;
    try {
      // Ended: the COMMIT sent behind a failed statement was a ROLLBACK.
      if (!ended) await send('rollback');
    } catch (again) {
      if (connectionLost(again)) throw error;
    }
    conn.release();
    throw error;
  }
}
