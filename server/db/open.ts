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
