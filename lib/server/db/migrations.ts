// Migrations run through Prisma's schema engine compiled to WebAssembly, so they work where the
// native engine cannot be downloaded; Prisma's own _prisma_migrations table records them.
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { createPGlite } from './connection';

const require = createRequire(import.meta.url);

const PROJECT_ROOT = findProjectRoot();
const SCHEMA_PATH = path.join(PROJECT_ROOT, 'prisma', 'schema.prisma');
export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'prisma', 'migrations');
const LOCKFILE = 'migration_lock.toml';
const FILTERS = { externalTables: [], externalEnums: [] };

function findProjectRoot(): string {
  let dir = process.cwd();
  while (!fs.existsSync(path.join(dir, 'prisma', 'schema.prisma'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Cannot find prisma/schema.prisma above ' + process.cwd());
    dir = parent;
  }
  return dir;
}

type SchemaEngine = {
  diff(params: unknown): Promise<{ exitCode: number; stdout?: string }>;
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  free(): void;
};

type EngineModule = {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  SchemaEngine: { new: (options: unknown, log: (line: string) => void, adapter: object) => Promise<SchemaEngine> };
};

let engineModule: Promise<EngineModule> | undefined;

// The package entry imports its .wasm as an ES module, which Node cannot load; instantiate it ourselves.
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    const pkgDir = path.dirname(require.resolve('@prisma/schema-engine-wasm'));
    const bg = (await import(path.join(pkgDir, 'schema_engine_bg.js'))) as EngineModule;
    const wasm = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(path.join(pkgDir, 'schema_engine_bg.wasm'))), {
      './schema_engine_bg.js': bg as unknown as WebAssembly.ModuleImports,
    });
    bg.__wbg_set_wasm(wasm.exports);
    (wasm.exports.__wbindgen_start as () => void)();
    return bg;
  })();
  return engineModule;
}

type ScriptAdapter = { adapterName: string; executeScript(script: string): Promise<void>; client?: { query(sql: string): Promise<unknown> } };

function runScriptsWhole<A>(adapter: A): A {
  const scripted = adapter as unknown as ScriptAdapter;
  // @prisma/adapter-pg splits scripts on every ';', which breaks PL/pgSQL function bodies; the simple
  // query protocol runs a whole multi-statement script as PostgreSQL itself would.
  if (scripted.adapterName === '@prisma/adapter-pg' && scripted.client) {
    const client = scripted.client;
    scripted.executeScript = async (script) => {
      await client.query(script);
    };
  }
  return adapter;
}

/**
 * Wraps the factory so scripts run whole and every connection the engine opened can be disposed:
 * the engine holds Prisma's own advisory lock on its connection, and a pooled connection left open
 * would keep the next instance's engine waiting until it times out.
 */
function trackedFactory(factory: SqlMigrationAwareDriverAdapterFactory) {
  const opened: { dispose(): Promise<void> }[] = [];
  const track = <A extends { dispose(): Promise<void> }>(adapter: A): A => {
    opened.push(adapter);
    return runScriptsWhole(adapter);
  };
  const wrapped: SqlMigrationAwareDriverAdapterFactory = {
    adapterName: factory.adapterName,
    provider: factory.provider,
    connect: async () => track(await factory.connect()),
    connectToShadowDb: async () => {
      if (!(factory instanceof PrismaPGlite)) return track(await factory.connectToShadowDb());
      // The adapter's own shadow database is a PGlite without extensions, where the migrations cannot create pg_trgm.
      const shadow = createPGlite();
      opened.push({ dispose: () => shadow.close() });
      return track(await new PrismaPGlite(shadow).connect());
    },
  };
  const disposeAll = async () => {
    await Promise.allSettled(opened.splice(0).map((adapter) => adapter.dispose()));
  };
  return { wrapped, disposeAll };
}

async function withEngine<T>(adapterFactory: SqlMigrationAwareDriverAdapterFactory, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const bg = await loadEngineModule();
  const schemaText = fs.readFileSync(SCHEMA_PATH, 'utf8');
  const tracked = trackedFactory(adapterFactory);
  const engine = await bg.SchemaEngine.new({ datamodels: [['schema.prisma', schemaText]] }, () => {}, bindMigrationAwareSqlAdapterFactory(tracked.wrapped));
  try {
    return await run(engine);
  } finally {
    engine.free();
    await tracked.disposeAll();
  }
}

function readMigrationsList() {
  const names = fs
    .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: LOCKFILE, content: fs.readFileSync(path.join(MIGRATIONS_DIR, LOCKFILE), 'utf8') },
    shadowDbInitScript: '',
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok', value: fs.readFileSync(path.join(MIGRATIONS_DIR, name, 'migration.sql'), 'utf8') },
      },
    })),
  };
}

/** Applies every pending migration; returns the names applied (none when up to date). */
export async function applyPendingMigrations(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  return withEngine(adapterFactory, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList: readMigrationsList(), filters: FILTERS });
    return result.appliedMigrationNames;
  });
}

/** SQL that takes the migration history to the current schema.prisma ('' when they agree). */
export async function diffHistoryAgainstSchema(): Promise<string> {
  const main = createPGlite();
  try {
    return await withEngine(new PrismaPGlite(main), async (engine) => {
      const result = await engine.diff({
        from: { tag: 'migrations', ...readMigrationsList() },
        to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: fs.readFileSync(SCHEMA_PATH, 'utf8') }] },
        script: true,
        exitCode: null,
        filters: FILTERS,
      });
      const sql = result.stdout ?? '';
      return /^\s*(-- This is an empty migration\.)?\s*$/.test(sql) ? '' : sql;
    });
  } finally {
    await main.close();
  }
}

/** Writes prisma/migrations/<timestamp>_<name>/migration.sql from the schema difference. */
export async function createMigration(name: string, now = new Date()): Promise<string | null> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error('Migration name must be lower-case letters, digits and underscores: ' + name);
  const sql = await diffHistoryAgainstSchema();
  if (!sql) return null;
  const stamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'migration.sql'), sql);
  return dir;
}
