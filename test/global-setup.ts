// Builds one migrated database per test run, and each test file gets its own copy of it: on embedded PGlite an image of its data
// directory, on the PostgreSQL lane (TEST_DATABASE_URL) a template database the server copies with CREATE DATABASE … TEMPLATE.
import fs from 'node:fs';
import path from 'node:path';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { Client } from 'pg';
import { applyPendingMigrations } from '../lib/server/db/migrations';
import { createPGlite } from '../lib/server/db/connection';
import { migrateDatabase } from '../lib/server/db/migrate';
import { POSTGRES_TEMPLATE, TEMPLATE_PATH } from './database-template';

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function buildPostgresTemplate(baseUrl: string): Promise<() => Promise<void>> {
  await adminQuery(baseUrl, `DROP DATABASE IF EXISTS ${POSTGRES_TEMPLATE} WITH (FORCE)`);
  await adminQuery(baseUrl, `CREATE DATABASE ${POSTGRES_TEMPLATE}`);
  const url = new URL(baseUrl);
  url.pathname = `/${POSTGRES_TEMPLATE}`;
  // migrateDatabase closes its connections: CREATE DATABASE … TEMPLATE refuses a template anyone is connected to.
  await migrateDatabase({ kind: 'postgres', url: url.toString() });
  return () => adminQuery(baseUrl, `DROP DATABASE IF EXISTS ${POSTGRES_TEMPLATE} WITH (FORCE)`);
}

export default async function setup() {
  // vitest.config.ts has two projects, and each runs the global setup: the second finds the first's work done.
  const state = globalThis as typeof globalThis & { __cardinalTestTemplate?: true };
  if (state.__cardinalTestTemplate) return;
  state.__cardinalTestTemplate = true;
  const baseUrl = process.env.TEST_DATABASE_URL;
  if (baseUrl) return buildPostgresTemplate(baseUrl);
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
