// Builds one migrated embedded database image per test run; each test file loads its own copy of it.
import fs from 'node:fs';
import path from 'node:path';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { applyPendingMigrations } from '../lib/server/db/migrations';
import { createPGlite } from '../lib/server/db/connection';

export const TEMPLATE_PATH = path.resolve('node_modules/.cache/cardinal/pglite-template.tar');

export default async function setup() {
  // The PostgreSQL lane migrates a fresh server database per file instead.
  if (process.env.TEST_DATABASE_URL) return;
  const pglite = createPGlite();
  await applyPendingMigrations(new PrismaPGlite(pglite));
  const image = await pglite.dumpDataDir('none');
  fs.mkdirSync(path.dirname(TEMPLATE_PATH), { recursive: true });
  // Written beside and renamed into place: a run never reads a half-written image, and a hard-linked copy of node_modules keeps its own.
  const partial = `${TEMPLATE_PATH}.${process.pid}.partial`;
  fs.writeFileSync(partial, Buffer.from(await image.arrayBuffer()));
  fs.renameSync(partial, TEMPLATE_PATH);
  await pglite.close();
}
