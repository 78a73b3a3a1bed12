// A PostgreSQL cluster from the installed server binaries, for one test run or spec: temp dir, trust auth, a free port; stop() stops and removes it, and so does the end of the process that started it, however it ends.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { stopOnExit } from './support/stop-on-exit';
import { freePort } from './support/server';

export type ThrowawayPostgres = { url: string; bin: string; port: number; stop: () => void };

function findPostgresBin(): string | null {
  const candidates = [process.env.POSTGRES_BIN, ...['17', '16', '15', '14'].map((v) => `/usr/lib/postgresql/${v}/bin`)].filter(Boolean) as string[];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'pg_ctl'))) ?? null;
}

/** Null where no PostgreSQL server binaries are installed. `settings` are extra `-c name=value` server options. */
export async function startThrowawayPostgres({ settings = [] }: { settings?: string[] } = {}): Promise<ThrowawayPostgres | null> {
  const bin = findPostgresBin();
  if (!bin) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cardinal-pg-'));
  const dataDir = path.join(dir, 'data');
  const port = await freePort();
  // initdb and postgres refuse to run as root; run them as the postgres user, who owns the temp dir, when we are root.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) spawnSync('chown', ['-R', 'postgres', dir]);
  const run = (args: string[]) => {
    const [cmd, ...rest] = asRoot ? ['runuser', '-u', 'postgres', '--', ...args] : args;
    const result = spawnSync(cmd, rest, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  };
  // pg_ctl starts the server in a session of its own, so a Ctrl-C never reaches it: it is stopped here on every way out.
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    unregister();
    try {
      if (fs.existsSync(path.join(dataDir, 'postmaster.pid'))) stopServer(bin, dataDir, run);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  // After a signal: the same without blocking the event loop (see stop-on-exit.ts).
  const stopSoon = async () => {
    if (stopped) return;
    stopped = true;
    unregister();
    try {
      await stopServerSoon(dataDir);
    } finally {
      await fs.promises.rm(dir, { recursive: true, force: true });
    }
  };
  const unregister = stopOnExit(stop, stopSoon);
  try {
    run([path.join(bin, 'initdb'), '-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
    const options = [`-p ${port}`, `-k ${dir}`, '-c listen_addresses=127.0.0.1', '-c fsync=off', ...settings.map((setting) => `-c ${setting}`)].join(' ');
    run([path.join(bin, 'pg_ctl'), '-D', dataDir, '-l', path.join(dir, 'server.log'), '-w', '-o', options, 'start']);
  } catch (error) {
    stop();
    throw error;
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, bin, port, stop };
}

function postmasterPid(dataDir: string): number | null {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** What `pg_ctl -m immediate stop` does (SIGQUIT to the postmaster), waiting without blocking; SIGKILL after 10 s. */
async function stopServerSoon(dataDir: string): Promise<void> {
  const pid = postmasterPid(dataDir);
  if (pid === null || !isRunning(pid)) return;
  process.kill(pid, 'SIGQUIT');
  for (let waited = 0; isRunning(pid); waited += 50) {
    if (waited >= 10_000) {
      process.kill(pid, 'SIGKILL');
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** pg_ctl's immediate stop; should pg_ctl fail, the postmaster (first line of postmaster.pid) is killed, which ends its backends. */
function stopServer(bin: string, dataDir: string, run: (args: string[]) => void): void {
  try {
    run([path.join(bin, 'pg_ctl'), '-D', dataDir, '-m', 'immediate', 'stop']);
  } catch (error) {
    const pid = postmasterPid(dataDir);
    if (pid === null) throw error;
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}
