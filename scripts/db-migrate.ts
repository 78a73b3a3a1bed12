// `npm run db:migrate`: applies pending migrations to the configured database.
import { resolveDatabaseMode } from '../lib/server/db/connection';
import { migrateDatabase } from '../lib/server/db/migrate';
import { DataDirInUseError } from '../lib/server/db/data-dir-lock';

const mode = resolveDatabaseMode();
let applied: string[];
try {
  applied = await migrateDatabase(mode);
} catch (error) {
  if (!(error instanceof DataDirInUseError)) throw error;
  console.error(`Cannot migrate: ${error.message}`);
  process.exit(2);
}
const where = mode.kind === 'embedded' ? `embedded database in ${mode.dataDir}` : 'PostgreSQL';
console.log(applied.length ? `Applied ${applied.length} migration(s) to the ${where}: ${applied.join(', ')}` : `The ${where} is up to date.`);
