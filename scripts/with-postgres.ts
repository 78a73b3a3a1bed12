// Runs a command against a throwaway PostgreSQL cluster from the installed server binaries
// (temp dir, trust auth, free port), passing it as TEST_DATABASE_URL; stops and removes it afterwards, also when
// interrupted (SIGINT, SIGTERM, SIGHUP: the command gets the signal first) or when something throws.
import path from 'node:path';
import { spawn } from 'node:child_process';
import { startThrowawayPostgres } from './throwaway-postgres';
import { stopOnExit } from './support/stop-on-exit';

function runCommand(command: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const child = spawn(command[0], command.slice(1), { stdio: 'inherit', env, shell: false });
  // Registered after the server, so it runs before the server stops: the command ends before its database goes.
  const unregister = stopOnExit(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  });
  return new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      unregister();
      resolve(code ?? 1);
    });
  });
}

// --or-without: where no server can be started, run the command anyway without one (benchmarks keep their PGlite lane).
const orWithout = process.argv[2] === '--or-without';
const command = process.argv.slice(orWithout ? 3 : 2);
if (!command.length) {
  console.error('Usage: tsx scripts/with-postgres.ts [--or-without] <command …>');
  process.exit(2);
}
// Durability off and room for the concurrency tests' connections: a test server, not a database anyone keeps.
const postgres = await startThrowawayPostgres({ settings: ['synchronous_commit=off', 'full_page_writes=off', 'max_connections=300'] });
if (!postgres) {
  console.log('PostgreSQL lane SKIPPED: no PostgreSQL server binaries (initdb, pg_ctl) found under /usr/lib/postgresql/*/bin or $POSTGRES_BIN.');
  process.exit(orWithout ? await runCommand(command) : 0);
}
console.log(`PostgreSQL lane: throwaway server ${path.basename(postgres.bin.replace(/\/bin$/, ''))} on port ${postgres.port}`);

let exitCode = 1;
try {
  exitCode = await runCommand(command, { ...process.env, TEST_DATABASE_URL: postgres.url });
} finally {
  // A no-op when a signal has already begun stopping it; the process then ends once that is done.
  postgres.stop();
}
process.exitCode = exitCode;
