// `npm run db:migrate`: applies pending migrations to the configured database.
import { resolveDatabaseMode } from '../lib/server/db/connection';
import { migrateDatabase } from '../lib/server/db/migrate';

const mode = resolveDatabaseMode();
const applied = await migrateDatabase(mode);
const where = mode.kind === 'embedded' ? `embedded database in ${mode.dataDir}` : 'PostgreSQL';
console.log(applied.length ? `Applied ${applied.length} migration(s) to the ${where}: ${applied.join(', ')}` : `The ${where} is up to date.`);
