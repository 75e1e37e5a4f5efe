import { startServer } from './start-server';

/*
 * `npm run server [-- --demo]`: the network API alone. Env: PORT (8787), DATABASE_URL (PostgreSQL;
 * otherwise embedded PGlite in DATA_DIR, default .data/pglite), SEED_DEMO=1 (same as --demo),
 * HSDS_IMPORT_ALLOW_LOCALHOST=1 (with --demo only: the kaart import may read an HSDS API on this machine).
 */

async function main() {
  const server = await startServer({
    port: Number(process.env.PORT ?? 8787),
    databaseUrl: process.env.DATABASE_URL || undefined,
    dataDir: process.env.DATA_DIR,
    demo: process.argv.includes('--demo') || process.env.SEED_DEMO === '1',
  });
  if (server.seed) {
    console.log('Demo sign-in codes (Buurtteam Demostad Noord):');
    for (const { role, code } of server.seed.codes) console.log(`  ${code.padEnd(12)} ${role}`);
  }
  console.log(`Handreiking API listening on ${server.url} (GET /health, /openapi.json; the administrator's console at /console/)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: closing…`);
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(`Handreiking API failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
