// Where the data lives: embedded PGlite in CARDINAL_DATA_DIR (default ./data) unless DATABASE_URL names a PostgreSQL server.
// Every opener of the embedded directory (server, migrations, scripts, seeds, benches) takes its lock file first.
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { NodeFS } from '@electric-sql/pglite/nodefs';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { lockDataDir } from './data-dir-lock';

export type DatabaseMode = { kind: 'embedded'; dataDir: string } | { kind: 'postgres'; url: string };

export function resolveDatabaseMode(env: NodeJS.ProcessEnv = process.env): DatabaseMode {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
    return { kind: 'postgres', url };
  }
  return { kind: 'embedded', dataDir: resolveDataDir(env) };
}

function resolveDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(/*turbopackIgnore: true*/ env.CARDINAL_DATA_DIR?.trim() || 'data');
}

export type OpenDatabase = {
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** Runs SQL outside Prisma, for advisory locks and raw checks. */
  rawQuery: (sql: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;
  close: () => Promise<void>;
};

/**
 * Every embedded database is opened here (server, scripts, migrations' shadow, tests, benchmarks): the migrations create pg_trgm,
 * so a PGlite without the extension loaded cannot apply them or open a directory that has them.
 */
export function createPGlite(options: PGliteOptions = {}): PGlite {
  return new PGlite({ ...options, extensions: { ...options.extensions, pg_trgm } });
}

export function openDatabase(mode: DatabaseMode): OpenDatabase {
  if (mode.kind === 'embedded') {
    const release = lockDataDir(mode.dataDir);
    try {
      const dir = path.join(/*turbopackIgnore: true*/ mode.dataDir, 'pglite');
      fs.mkdirSync(dir, { recursive: true });
      const database = wrapPGlite(createPGlite({ fs: new DurableNodeFS(dir), startParams: DURABLE_START_PARAMS }));
      return {
        ...database,
        close: async () => {
          try {
            await database.close();
          } finally {
            release();
          }
        },
      };
    } catch (error) {
      release();
      throw error;
    }
  }
  const factory = new PrismaPg({ connectionString: mode.url, max: Number(process.env.DATABASE_POOL_SIZE) || 10 });
  let pool: import('pg').Pool | undefined;
  return {
    adapterFactory: factory,
    rawQuery: async (sql, params) => {
      const { Pool } = await import('pg');
      if (!pool) {
        pool = new Pool({ connectionString: mode.url, max: 2 });
        // An idle connection the server ends (restart, DROP DATABASE … FORCE) must not crash the process; the pool reconnects.
        pool.on('error', (error) => console.warn('database connection closed by the server:', error.message));
      }
      const result = await pool.query(sql, params as unknown[]);
      return { rows: result.rows };
    },
    close: async () => {
      await pool?.end();
    },
  };
}

/**
 * PGlite starts PostgreSQL with fsync off (-F), and its Node.js file system has no fsync at all: a commit reached the kernel, not the disk,
 * so a machine crash could lose recent commits or leave files PostgreSQL cannot recover. Here fsync is on, the WAL is flushed with fsync()
 * at each commit, and that call reaches the real file (about 5 ms more per commit measured here; see README).
 */
const DURABLE_START_PARAMS = [...PGlite.defaultStartParams.filter((param) => param !== '-F'), '-c', 'fsync=on', '-c', 'wal_sync_method=fsync'];

type EmscriptenModule = { NODEFS: { stream_ops: { fsync?: (stream: { nfd: number }) => number } } };

class DurableNodeFS extends NodeFS {
  override async init(...args: Parameters<NodeFS['init']>): ReturnType<NodeFS['init']> {
    const result = await super.init(...args);
    const preRun = result.emscriptenOpts.preRun ?? [];
    result.emscriptenOpts.preRun = [
      ...preRun,
      (module: EmscriptenModule) => {
        module.NODEFS.stream_ops.fsync = (stream) => {
          fs.fsyncSync(stream.nfd);
          return 0;
        };
      },
    ];
    return result;
  }
}

export function wrapPGlite(pglite: PGlite): OpenDatabase {
  return {
    adapterFactory: new PrismaPGlite(pglite),
    rawQuery: async (sql, params) => {
      const result = await pglite.query<Record<string, unknown>>(sql, params as unknown[]);
      return { rows: result.rows };
    },
    close: () => pglite.close(),
  };
}
