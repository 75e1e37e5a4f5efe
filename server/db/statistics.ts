import { sql } from 'drizzle-orm';
import { rowsOf, type Db, type OpenDb } from './open';

/*
 * PGlite runs no autovacuum, so without this its tables are never analysed: the planner keeps
 * guessing from empty-table defaults while a team's registrations grow into the thousands, and a
 * push that rewrote the stats took 21 s instead of under 1 s (issue 11). What autovacuum does on
 * PostgreSQL is done here on PGlite, with autovacuum's own default thresholds: ANALYZE a table
 * once more than 50 rows + 10% of it changed since its last analysis, VACUUM it (which also keeps
 * the visibility map current, so the stats' index-only scans stay index-only) once more than
 * 50 rows + 20% of it are dead. At start (after migrations and the demo seed) and every minute.
 */

const ANALYZE_THRESHOLD = 50;
const ANALYZE_SCALE = 0.1;
const VACUUM_THRESHOLD = 50;
const VACUUM_SCALE = 0.2;
export const STATISTICS_INTERVAL_MS = 60_000;

export interface StatisticsRun {
  analyzed: string[];
  vacuumed: string[];
}

/** Analyse (and vacuum) the tables that autovacuum would have by now. Not inside a transaction. */
export async function refreshStatistics(db: Db): Promise<StatisticsRun> {
  // Counters reach pg_stat_user_tables when the backend flushes them, which PGlite's single
  // backend does not do between queries by itself.
  await db.execute(sql`select pg_stat_force_next_flush()`);
  await db.execute(sql`select pg_stat_clear_snapshot()`);
  const due = rowsOf<{ relname: string; analyze: boolean; vacuum: boolean }>(
    await db.execute(sql`
      select s.relname,
        s.n_mod_since_analyze > ${ANALYZE_THRESHOLD} + ${ANALYZE_SCALE} * greatest(c.reltuples, 0) as analyze,
        s.n_dead_tup > ${VACUUM_THRESHOLD} + ${VACUUM_SCALE} * greatest(c.reltuples, 0) as vacuum
      from pg_stat_user_tables s join pg_class c on c.oid = s.relid
      where s.schemaname = 'public'
      order by s.relname
    `),
  );
  const run: StatisticsRun = { analyzed: [], vacuumed: [] };
  for (const table of due) {
    const name = sql.identifier(table.relname);
    if (table.vacuum) {
      await db.execute(sql`vacuum (analyze) ${name}`);
      run.vacuumed.push(table.relname);
      run.analyzed.push(table.relname);
    } else if (table.analyze) {
      await db.execute(sql`analyze ${name}`);
      run.analyzed.push(table.relname);
    }
  }
  return run;
}

/**
 * Keep PGlite's statistics current from now on: once now, then every `intervalMs`. PostgreSQL's
 * own autovacuum does this there, so nothing is started for it. Returns a stop function.
 */
export async function keepStatisticsCurrent(
  open: OpenDb,
  { intervalMs = STATISTICS_INTERVAL_MS, onError = (error: unknown) => console.error('Statistics refresh failed; will retry', error) } = {},
): Promise<() => void> {
  if (open.driver !== 'pglite') return () => {};
  await refreshStatistics(open.db);
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    refreshStatistics(open.db)
      .catch(onError)
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
