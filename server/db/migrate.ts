import { fileURLToPath } from 'node:url';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { OpenDb } from './open';

/** SQL written by `drizzle-kit generate` from schema.ts and committed; applied in order at start. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

export async function migrate(open: OpenDb): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  if (open.driver === 'pglite') await migratePglite(open.raw, config);
  else await migratePostgres(open.raw, config);
}
