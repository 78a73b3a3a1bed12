// Renders asked for under one cache key while one is in flight wait for that one: a version opened by several people at once (a link
// sent to a review board) or viewed while an export job renders it costs one render, not one renderer each. The shared render is
// cancelled only when every caller waiting for it has cancelled.

export type SharedRenderOptions = {
  /** This caller stops waiting; the render itself stops once nobody waits for it. */
  signal?: AbortSignal;
  /** Told the renderer's process id when the shared render starts (at once if it already has). */
  onStart?: (pid: number) => void;
};

type Shared<T> = { result: Promise<T>; stop: AbortController; waiting: number; pid: number | null; onStart: Set<(pid: number) => void> };

export type RenderOnce = <T>(
  key: string,
  render: (options: { signal: AbortSignal; onStart: (pid: number) => void }) => Promise<T>,
  options?: SharedRenderOptions,
) => Promise<T>;

const cancelled = () => new Error('The PDF was not rendered: it was cancelled.');

export function createRenderOnce(): RenderOnce {
  const inFlight = new Map<string, Shared<unknown>>();

  return <T>(
    key: string,
    render: (options: { signal: AbortSignal; onStart: (pid: number) => void }) => Promise<T>,
    { signal, onStart }: SharedRenderOptions = {},
  ) => {
    if (signal?.aborted) return Promise.reject(cancelled());
    let shared = inFlight.get(key) as Shared<T> | undefined;
    if (!shared) {
      const started: Shared<T> = { result: null!, stop: new AbortController(), waiting: 0, pid: null, onStart: new Set() };
      const forget = () => {
        if (inFlight.get(key) === started) inFlight.delete(key);
      };
      started.result = render({
        signal: started.stop.signal,
        onStart: (pid) => {
          started.pid = pid;
          for (const tell of started.onStart) tell(pid);
        },
      }).finally(forget);
      inFlight.set(key, started);
      shared = started;
    }
    const joined = shared;
    joined.waiting++;
    if (onStart) {
      if (joined.pid === null) joined.onStart.add(onStart);
      else onStart(joined.pid);
    }
    return new Promise<T>((resolve, reject) => {
      let left = false;
      const leave = () => {
        left = true;
        signal?.removeEventListener('abort', onAbort);
        if (onStart) joined.onStart.delete(onStart);
        joined.waiting--;
      };
      const onAbort = () => {
        leave();
        if (joined.waiting === 0) {
          // A caller arriving now starts afresh rather than joining a render being killed.
          if (inFlight.get(key) === joined) inFlight.delete(key);
          joined.stop.abort();
        }
        reject(cancelled());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      joined.result.then(
        (value) => {
          if (left) return;
          leave();
          resolve(value);
        },
        (error: unknown) => {
          if (left) return;
          leave();
          reject(error as Error);
        },
      );
    });
  };
}
