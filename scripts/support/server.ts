// Starts Cardinal as `npm start` does (scripts/start.ts: build if needed, migrate, serve) in its own process group, waits until it answers, and stops exactly that group.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { stopOnExit } from './stop-on-exit';

export type RunningServer = {
  url: string;
  pid: number;
  log: string;
  /** SIGTERM shuts down as an operator would; SIGKILL is a crash. Either way it returns once every process of the group is gone. */
  stop: (signal?: 'SIGTERM' | 'SIGKILL') => Promise<void>;
  peakRssMiB: () => number | null;
};

/** The largest peak resident set (VmHWM) among the processes of a process group, in MiB; null where /proc is missing. */
function groupPeakRssMiB(groupId: number): number | null {
  if (!fs.existsSync('/proc/self/status')) return null;
  let peak = 0;
  for (const pid of fs.readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      // Field 5 of /proc/<pid>/stat is the process group; the command name before it may hold spaces, so split after ')'.
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      if (Number(fields[2]) !== groupId) continue;
      const kib = Number(fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmHWM:\s+(\d+) kB/)?.[1] ?? 0);
      peak = Math.max(peak, kib / 1024);
    } catch {
      // gone, or not ours
    }
  }
  return peak;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** `preferred` if nobody listens on it, else the next free one above it; without `preferred`, any free port the system picks. */
export async function freePort(preferred?: number): Promise<number> {
  if (preferred === undefined) {
    return new Promise((resolve, reject) => {
      const probe = net.createServer();
      probe.once('error', reject);
      probe.listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(port));
      });
    });
  }
  for (let port = preferred; port < preferred + 100; port++) if (await portIsFree(port)) return port;
  throw new Error(`No free port from ${preferred} to ${preferred + 99}`);
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
}

export async function startCardinal({
  port,
  env,
  log,
  timeoutMs = 15 * 60_000,
}: {
  port: number;
  /** Added to this process's environment (DATABASE_URL or CARDINAL_DATA_DIR, NEXTAUTH_SECRET, …). */
  env: Record<string, string>;
  /** File that receives the server's output. */
  log: string;
  /** Includes a build when the sources are newer than the last one. */
  timeoutMs?: number;
}): Promise<RunningServer> {
  const root = process.cwd();
  const out = fs.openSync(log, 'w');
  const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), '--conditions=react-server', 'scripts/start.ts'], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env, PORT: String(port) },
    stdio: ['ignore', out, out],
    detached: true,
  });
  fs.closeSync(out);
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  /** Sends the signal to the server's whole process group; false once no process of it is left (signal 0 only asks). */
  const signalGroup = (signal: NodeJS.Signals | 0): boolean => {
    try {
      process.kill(-child.pid!, signal);
      return true;
    } catch {
      return false;
    }
  };
  // Its own process group never sees the bench's Ctrl-C, so the bench ending in any way kills the group.
  const unregister = stopOnExit(() => {
    if (!gone()) signalGroup('SIGKILL');
  });
  child.on('exit', unregister);
  const url = `http://localhost:${port}`;
  const stop = async (signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM') => {
    if (gone() || !signalGroup(signal)) return;
    const killer = setTimeout(() => signalGroup('SIGKILL'), 10_000);
    await exited(child);
    clearTimeout(killer);
    // The group's other members (next-server) may outlive the leader by a moment; a restart on the same port or data waits for them.
    for (let i = 0; i < 50 && signalGroup(0); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`Cardinal exited with code ${child.exitCode} before answering; see ${log}:\n${fs.readFileSync(log, 'utf8').slice(-2000)}`);
    try {
      const response = await fetch(`${url}/api/auth/csrf`);
      if (response.ok) return { url, pid: child.pid!, log, stop, peakRssMiB: () => groupPeakRssMiB(child.pid!) };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`Cardinal did not answer on ${url} within ${timeoutMs / 1000} s; see ${log}`);
}
