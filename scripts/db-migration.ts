// `npm run db:migration -- --name <name>`: writes a new migration from the history → schema.prisma difference.
import { createMigration } from '../lib/server/db/migrations';

const args = process.argv.slice(2);
const nameIndex = args.indexOf('--name');
const name = nameIndex >= 0 ? args[nameIndex + 1] : undefined;
if (!name) {
  console.error('Usage: npm run db:migration -- --name <lower_case_name>');
  process.exit(2);
}
const dir = await createMigration(name);
console.log(dir ? `Wrote ${dir}/migration.sql` : 'schema.prisma matches the migration history: nothing to write.');
