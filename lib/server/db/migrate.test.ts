import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { applyPendingMigrations, diffHistoryAgainstSchema, MIGRATIONS_DIR } from './migrations';
import { migrateDatabase } from './migrate';
import { createPGlite } from './connection';

const migrationNames = fs
  .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('migrations', () => {
  it('schema.prisma and the migration history agree (no migration is missing)', async () => {
    expect(await diffHistoryAgainstSchema()).toBe('');
  });

  it('apply every migration once on an empty embedded database, then nothing', async () => {
    const pglite = createPGlite();
    try {
      expect(await applyPendingMigrations(new PrismaPGlite(pglite))).toEqual(migrationNames);
      expect(await applyPendingMigrations(new PrismaPGlite(pglite))).toEqual([]);
      const recorded = await pglite.query<{ migration_name: string }>('SELECT migration_name FROM _prisma_migrations ORDER BY migration_name');
      expect(recorded.rows.map((row) => row.migration_name)).toEqual(migrationNames);
    } finally {
      await pglite.close();
    }
  });

  const baseUrl = process.env.TEST_DATABASE_URL;
  // Several instances racing at start-up exist only with a PostgreSQL server; the embedded database has one owner process.
  it.skipIf(!baseUrl)('instances starting together against one PostgreSQL apply each migration exactly once', async () => {
    const name = `cardinal_migrate_${randomBytes(5).toString('hex')}`;
    const admin = new Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(baseUrl!);
    url.pathname = `/${name}`;
    try {
      const results = await Promise.all([1, 2, 3].map(() => migrateDatabase({ kind: 'postgres', url: url.toString() })));
      expect(results.flat().sort()).toEqual(migrationNames);
      const client = new Client({ connectionString: url.toString() });
      await client.connect();
      const rows = await client.query('SELECT migration_name, finished_at FROM _prisma_migrations');
      await client.end();
      expect(rows.rows.map((row) => row.migration_name).sort()).toEqual(migrationNames);
      expect(rows.rows.every((row) => row.finished_at !== null)).toBe(true);
      // A lock left on a pooled connection would make the next instance's migrations time out.
      expect((await admin.query("SELECT count(*)::int AS held FROM pg_locks WHERE locktype = 'advisory'")).rows[0].held).toBe(0);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
