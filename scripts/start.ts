// `npm start`: build when the sources are newer than the build, apply migrations, create the
// environment's admin, then serve. The embedded database is closed before Next opens it.
import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { resolveDatabaseMode } from '../lib/server/db/connection';
import { migrateDatabase } from '../lib/server/db/migrate';
import { ensureSessionSecret } from '../lib/server/runtime-secret';
import { bootstrapAdminAccessKeyFromEnvironment, bootstrapAdminFromEnvironment } from '../lib/server/bootstrap-admin';
import { closeDb } from '../lib/server/db';

const root = process.cwd();
const SOURCES = ['app', 'components', 'lib', 'public', 'prisma/schema.prisma', 'next.config.js', 'package.json', 'postcss.config.mjs', 'tsconfig.json'];

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target)) {
    if (entry === 'generated' || entry.endsWith('.test.ts')) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

function buildIsCurrent(): boolean {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!fs.existsSync(buildId)) return false;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCES.every((source) => newestMtime(path.join(root, source)) <= built);
}

function fail(message: string): never {
  console.error(`\nCardinal cannot start: ${message}\n`);
  process.exit(1);
}

const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const port = env.PORT?.trim() || '3000';
let mode;
try {
  mode = resolveDatabaseMode(env);
  env.NEXTAUTH_SECRET = ensureSessionSecret(mode, env);
} catch (error) {
  fail((error as Error).message);
}
env.NEXTAUTH_URL ||= `http://localhost:${port}`;

const BUILD_LOCK = path.join(root, '.cardinal-build.lock');

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Instances sharing one checkout build one at a time; the others wait, then find the build current. */
async function withBuildLock(work: () => void): Promise<void> {
  for (;;) {
    try {
      fs.writeFileSync(BUILD_LOCK, String(process.pid), { flag: 'wx' });
      break;
    } catch {
      const holder = Number(fs.readFileSync(BUILD_LOCK, 'utf8'));
      if (!processAlive(holder)) fs.rmSync(BUILD_LOCK, { force: true });
      else await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
  try {
    work();
  } finally {
    fs.rmSync(BUILD_LOCK, { force: true });
  }
}

if (!buildIsCurrent() && env.CARDINAL_SKIP_BUILD !== '1') {
  await withBuildLock(() => {
    if (buildIsCurrent()) return;
    console.log('Building Cardinal (first start or changed sources)…');
    const build = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], { stdio: 'inherit', env });
    if (build.status !== 0) fail('the build failed (see above).');
  });
}

try {
  const applied = await migrateDatabase(mode);
  console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.');
  // Assigning undefined to process.env stores the string 'undefined', which reads as a (bad) PostgreSQL URL.
  if (env.DATABASE_URL) process.env.DATABASE_URL = env.DATABASE_URL;
  // Access-key secrets are encrypted under a key derived from it.
  process.env.NEXTAUTH_SECRET = env.NEXTAUTH_SECRET;
  const admin = await bootstrapAdminFromEnvironment(env);
  if (admin) console.log(`Created the first admin ${admin} from CARDINAL_ADMIN_EMAIL.`);
} catch (error) {
  fail(`the database could not be prepared: ${(error as Error).message}`);
}
try {
  const accessKey = await bootstrapAdminAccessKeyFromEnvironment(env);
  if (accessKey) console.log(accessKey);
  await closeDb();
} catch (error) {
  // Its messages name the setting to fix (a wrong secret for an existing key id, a malformed id).
  fail((error as Error).message);
}

console.log(`Cardinal on http://localhost:${port} (${mode.kind === 'embedded' ? `embedded database in ${mode.dataDir}` : 'PostgreSQL'})`);
const server = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', port], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
