// Work created in this process (an export job, a test event, a resend) wakes this process's worker at once instead of at its next poll; other instances find it when they poll.
import 'server-only';

type Listener = () => void;
const holder = globalThis as typeof globalThis & { __cardinalWorkerListeners?: Set<Listener> };

/** Kept on globalThis: Next bundles instrumentation and route handlers separately, and both must reach the same listeners. */
function listeners(): Set<Listener> {
  holder.__cardinalWorkerListeners ??= new Set();
  return holder.__cardinalWorkerListeners;
}

export function nudgeWorker(): void {
  for (const listener of listeners()) listener();
}

export function onWorkerNudge(listener: Listener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}
