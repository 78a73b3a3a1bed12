// The two databases a benchmark runs its lane on: a fresh in-memory PGlite, and a throwaway database on TEST_DATABASE_URL's PostgreSQL server that is dropped afterwards.
import { randomBytes } from 'node:crypto';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { Client } from 'pg';
import { applyPendingMigrations } from '../../lib/server/db/migrations';
import { migrateDatabase } from '../../lib/server/db/migrate';
import { createPGlite, openDatabase, wrapPGlite } from '../../lib/server/db/connection';
import type { OpenDatabase } from '../../lib/server/db/connection';

export type TLaneRunner<Row> = (lane: string, database: OpenDatabase) => Promise<Row[]>;

export async function onPGlite<Row>(runLane: TLaneRunner<Row>): Promise<Row[]> {
  const pglite = createPGlite();
  await applyPendingMigrations(new PrismaPGlite(pglite));
  return runLane('PGlite (in memory)', wrapPGlite(pglite));
}

export async function onPostgres<Row>(baseUrl: string, runLane: TLaneRunner<Row>): Promise<Row[]> {
  const name = `cardinal_bench_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  try {
    await migrateDatabase({ kind: 'postgres', url: url.toString() });
    const server = (await admin.query('SHOW server_version')).rows[0].server_version as string;
    return await runLane(`PostgreSQL ${server.split(' ')[0]}`, openDatabase({ kind: 'postgres', url: url.toString() }));
  } finally {
    // pg's Pool.end() resolves before its sockets close; dropping under a closing connection kills it, and the
    // pool has no error listener to take that. Wait for the server to see every connection gone.
    for (let waited = 0; waited < 5000; waited += 50) {
      const open = await admin.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
      if (open.rows[0].n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
