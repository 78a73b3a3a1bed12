// Starts and stops worker-loop processes (test/webhook-worker-process.ts) against one PostgreSQL database; each runs in its own process group, killed on every exit path.
import path from 'node:path';
import readline from 'node:readline';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';

export type WorkerProcess = { id: string; child: ChildProcess; kill: (signal?: NodeJS.Signals) => void; exited: Promise<number | null> };

const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid && child.exitCode === null && child.signalCode === null) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  }
}

process.on('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
});

export async function startWorkerProcess(databaseUrl: string, env: Record<string, string> = {}): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', path.resolve('test/webhook-worker-process.ts')], {
    env: { ...process.env, DATABASE_URL: databaseUrl, CARDINAL_WEBHOOK_ALLOW_PRIVATE: '1', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  running.add(child);
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  const id = await new Promise<string>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (line.startsWith('ready ')) resolve(line.slice(6));
    });
    exited.then((code) => reject(new Error(`worker process exited with ${code} before it was ready:\n${stderr}`)));
  });
  return { id, child, kill: (signal = 'SIGTERM') => killGroup(child, signal), exited };
}

/** Stops every worker process still running (SIGKILL: the tests check the database, not a graceful stop). */
export async function stopWorkerProcesses(): Promise<void> {
  const children = [...running];
  for (const child of children) killGroup(child, 'SIGKILL');
  await Promise.all(
    children.map((child) => new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.on('exit', resolve)))),
  );
}
