// A job created in this process wakes this process's worker at once instead of at its next poll; other instances find it when they poll.
import 'server-only';

type Listener = () => void;
const holder = globalThis as typeof globalThis & { __cardinalExportListeners?: Set<Listener> };

/** Kept on globalThis: Next bundles instrumentation and route handlers separately, and both must reach the same listeners. */
function listeners(): Set<Listener> {
  holder.__cardinalExportListeners ??= new Set();
  return holder.__cardinalExportListeners;
}

export function nudgeExportWorker(): void {
  for (const listener of listeners()) listener();
}

export function onExportNudge(listener: Listener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}
