// Whatever a script or test helper starts (a PostgreSQL cluster, a server, a worker process) it stops on every way out:
// a normal end, process.exit, an uncaught error, and SIGINT / SIGTERM / SIGHUP.
import os from 'node:os';

const cleanups = new Set<() => void>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let installed = false;

function runCleanups(): void {
  for (const cleanup of [...cleanups].reverse()) {
    cleanups.delete(cleanup);
    try {
      cleanup();
    } catch (error) {
      console.error('Cleanup on exit failed:', error);
    }
  }
}

function install(): void {
  if (installed) return;
  installed = true;
  // 'exit' also fires after an uncaught exception or rejection ends the process.
  process.on('exit', runCleanups);
  for (const signal of SIGNALS) {
    // A process that already handles the signal (a test runner's worker) decides itself how to end; its 'exit' still cleans up.
    if (process.listenerCount(signal) > 0) continue;
    process.on(signal, () => {
      runCleanups();
      process.exit(128 + os.constants.signals[signal]);
    });
  }
}

/**
 * Runs `cleanup` once when the process ends, however it ends. It must be synchronous (spawnSync, process.kill):
 * nothing asynchronous runs on 'exit'. Returns a function that unregisters it, for callers that stop the thing themselves.
 */
export function stopOnExit(cleanup: () => void): () => void {
  install();
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    cleanup();
  };
  cleanups.add(once);
  return () => {
    cleanups.delete(once);
  };
}
