// Runs a command against a throwaway PostgreSQL cluster from the installed server binaries
// (temp dir, trust auth, free port), passing it as TEST_DATABASE_URL; stops and removes it afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { spawn, spawnSync } from 'node:child_process';

export function findPostgresBin(): string | null {
  const candidates = [process.env.POSTGRES_BIN, ...['17', '16', '15', '14'].map((v) => `/usr/lib/postgresql/${v}/bin`)].filter(Boolean) as string[];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'pg_ctl'))) ?? null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

// --or-without: where no server can be started, run the command anyway without one (benchmarks keep their PGlite lane).
const orWithout = process.argv[2] === '--or-without';
const command = process.argv.slice(orWithout ? 3 : 2);
if (!command.length) {
  console.error('Usage: tsx scripts/with-postgres.ts [--or-without] <command …>');
  process.exit(2);
}
const bin = findPostgresBin();
if (!bin) {
  console.log('PostgreSQL lane SKIPPED: no PostgreSQL server binaries (initdb, pg_ctl) found under /usr/lib/postgresql/*/bin or $POSTGRES_BIN.');
  if (!orWithout) process.exit(0);
  const child = spawn(command[0], command.slice(1), { stdio: 'inherit' });
  process.exit(await new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1))));
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cardinal-pg-'));
const dataDir = path.join(dir, 'data');
const port = await freePort();
// initdb and postgres refuse to run as root; run them as the nobody-like owner of the temp dir when we are root.
const asRoot = process.getuid?.() === 0;
const runAs = (args: string[]) => (asRoot ? ['runuser', '-u', 'postgres', '--', ...args] : args);
if (asRoot) spawnSync('chown', ['-R', 'postgres', dir]);

function run(args: string[]) {
  const [cmd, ...rest] = runAs(args);
  const result = spawnSync(cmd, rest, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

run([path.join(bin, 'initdb'), '-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
run([
  path.join(bin, 'pg_ctl'), '-D', dataDir, '-l', path.join(dir, 'server.log'), '-w', '-o',
  `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`,
  'start',
]);
const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
console.log(`PostgreSQL lane: throwaway server ${path.basename(bin.replace(/\/bin$/, ''))} on port ${port}`);

let exitCode = 1;
try {
  const child = spawn(command[0], command.slice(1), { stdio: 'inherit', env: { ...process.env, TEST_DATABASE_URL: url }, shell: false });
  exitCode = await new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
} finally {
  try {
    run([path.join(bin, 'pg_ctl'), '-D', dataDir, '-m', 'immediate', 'stop']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
process.exit(exitCode);
