// A fresh, migrated database per test file: embedded PGlite by default, a new database on TEST_DATABASE_URL's server when set.
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { afterAll } from 'vitest';
import { createPGlite, openDatabase, wrapPGlite } from '@/lib/server/db/connection';
import type { OpenDatabase } from '@/lib/server/db/connection';
import { POSTGRES_TEMPLATE, TEMPLATE_PATH } from './database-template';
import { attachDatabase } from '@/lib/server/db';

export const databaseLane = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

async function createPostgresDatabase(baseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `cardinal_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: baseUrl });
  await admin.connect();
  // A copy of the template test/global-setup.ts migrated once: far cheaper than migrating every file's database.
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${POSTGRES_TEMPLATE}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: baseUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

let templateBytes: Buffer | null = null;

/**
 * The template's image for PGlite, read once per worker. PGlite reads it with arrayBuffer(), which a real Blob answers in Node 20
 * through a stream of small chunks: 0.5 s of a 1.4 s database start for the 42 MB image, in every test file. Given the bytes
 * directly, a start takes 0.9 s.
 */
function templateImage(): Blob {
  templateBytes ??= fs.readFileSync(TEMPLATE_PATH);
  const bytes = templateBytes;
  const image: Pick<Blob, 'type' | 'size' | 'arrayBuffer'> = {
    type: 'application/x-tar',
    size: bytes.byteLength,
    arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  };
  return image as Blob;
}

export type TestDatabase = {
  db: ReturnType<typeof attachDatabase>;
  raw: OpenDatabase['rawQuery'];
  /** A connection string for a second process (PostgreSQL lane only). */
  url?: string;
};

/** Call at the top of a test file; the database is dropped after the file. */
export async function setupTestDatabase(): Promise<TestDatabase> {
  const baseUrl = process.env.TEST_DATABASE_URL;
  let database: OpenDatabase;
  let cleanup: () => Promise<void>;
  let url: string | undefined;
  if (baseUrl) {
    const created = await createPostgresDatabase(baseUrl);
    url = created.url;
    database = openDatabase({ kind: 'postgres', url });
    cleanup = created.drop;
  } else {
    database = wrapPGlite(createPGlite({ loadDataDir: templateImage() }));
    cleanup = async () => {};
  }
  const db = attachDatabase(database);
  afterAll(async () => {
    await db.$disconnect();
    await database.close();
    await cleanup();
  });
  return { db, raw: database.rawQuery, url };
}
