// Applies pending migrations exactly once even when several instances start together:
// on PostgreSQL a session-level advisory lock serialises them; PGlite has one owner process.
import 'server-only';
import type { DatabaseMode } from './connection';
import { openDatabase } from './connection';
import { applyPendingMigrations } from './migrations';
import { Client } from 'pg';

const MIGRATION_LOCK_ID = 727_073_690; // any constant shared by every Cardinal instance

export async function migrateDatabase(mode: DatabaseMode): Promise<string[]> {
  if (mode.kind === 'embedded') {
    const database = openDatabase(mode);
    try {
      return await applyPendingMigrations(database.adapterFactory);
    } finally {
      await database.close();
    }
  }
  const lockClient = new Client({ connectionString: mode.url });
  await lockClient.connect();
  try {
    await lockClient.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    const database = openDatabase(mode);
    try {
      return await applyPendingMigrations(database.adapterFactory);
    } finally {
      await database.close();
    }
  } finally {
    await lockClient.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => {});
    await lockClient.end();
  }
}
