// Whatever a script or test helper starts (a PostgreSQL cluster, a server, a worker process) it stops on every way out:
// a normal end, process.exit, an uncaught error, and SIGINT / SIGTERM / SIGHUP.
import os from 'node:os';

type Cleanup = { now: () => void; soon?: () => Promise<void> };

const cleanups = new Set<Cleanup>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let installed = false;
let stopping = false;

function report(error: unknown): void {
  console.error('Cleanup on exit failed:', error);
}

/** On 'exit' nothing asynchronous runs, so this is the synchronous way. */
function runCleanupsNow(): void {
  for (const cleanup of [...cleanups].reverse()) {
    cleanups.delete(cleanup);
    try {
      cleanup.now();
    } catch (error) {
      report(error);
    }
  }
}

/**
 * After a signal the event loop keeps turning while things stop: tsx relays a signal to the script's process and
 * SIGKILLs it unless that process acknowledges within milliseconds, which it cannot do while blocked in a spawnSync.
 */
async function runCleanupsSoon(): Promise<void> {
  for (const cleanup of [...cleanups].reverse()) {
    cleanups.delete(cleanup);
    try {
      await (cleanup.soon ?? (async () => cleanup.now()))();
    } catch (error) {
      report(error);
    }
  }
}

function install(): void {
  if (installed) return;
  installed = true;
  // 'exit' also fires after an uncaught exception or rejection ends the process.
  process.on('exit', runCleanupsNow);
  for (const signal of SIGNALS) {
    // A process that already handles the signal (a test runner's worker) decides itself how to end; its 'exit' still cleans up.
    if (process.listenerCount(signal) > 0) continue;
    process.on(signal, () => {
      // A second signal (a relay, an impatient Ctrl-C) while stopping changes nothing.
      if (stopping) return;
      stopping = true;
      void runCleanupsSoon().finally(() => process.exit(128 + os.constants.signals[signal]));
    });
  }
}

/**
 * Runs `now` once when the process ends, however it ends; it must be synchronous (spawnSync, process.kill), since
 * nothing asynchronous runs on 'exit'. `soon`, when given, does the same without blocking and is used after a signal.
 * Returns a function that unregisters the cleanup, for callers that stop the thing themselves.
 */
export function stopOnExit(now: () => void, soon?: () => Promise<void>): () => void {
  install();
  const cleanup: Cleanup = { now, soon };
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
  };
}
