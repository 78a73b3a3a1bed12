// One Prisma client per process: embedded PGlite allows a single owner, and Next's module reloads must not open a second.
import 'server-only';
import { PrismaClient } from '@/lib/server/generated/prisma/client';
import { openDatabase, resolveDatabaseMode } from '@/lib/server/db/connection';
import type { OpenDatabase } from '@/lib/server/db/connection';

type DbHolder = { client: PrismaClient; database: OpenDatabase };
const holder = globalThis as typeof globalThis & { __cardinalDb?: DbHolder };

/** The client or a transaction's client: what a helper that runs in either is given. */
export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

export function getDb(): PrismaClient {
  if (!holder.__cardinalDb) {
    const database = openDatabase(resolveDatabaseMode());
    holder.__cardinalDb = { client: new PrismaClient({ adapter: database.adapterFactory }), database };
  }
  return holder.__cardinalDb.client;
}

/** Raw SQL outside Prisma (advisory locks, integrity checks). */
export function getRawQuery(): OpenDatabase['rawQuery'] {
  getDb();
  return holder.__cardinalDb!.database.rawQuery;
}

/** Tests point the process at their own database. */
export function attachDatabase(database: OpenDatabase): PrismaClient {
  const client = new PrismaClient({ adapter: database.adapterFactory });
  holder.__cardinalDb = { client, database };
  return client;
}

/** Scripts that hand the embedded database to another process close it first. */
export async function closeDb(): Promise<void> {
  const current = holder.__cardinalDb;
  holder.__cardinalDb = undefined;
  if (current) {
    await current.client.$disconnect();
    await current.database.close();
  }
}
