// A few warm PDF renderers, each its own Node.js process running the compiled renderer (renderer-bundle.ts): a render no longer starts a process and compiles TypeScript (1.6 s for a one-page card), and react-pdf's layout, which holds a thread for seconds on a large card, still never runs on the server's event loop. Processes rather than worker threads: a renderer that crashes, runs out of memory or is killed on a timeout takes down nothing but itself and the one render it held; its environment carries no database URL or secret; and its memory can be measured and capped on its own.
import os from 'node:os';
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';
import { buildRendererBundle, projectRoot } from './renderer-bundle';
import type { RendererBundle } from './renderer-bundle';
import type { RenderReply } from './render-worker-protocol';

const DEFAULT_TIMEOUT_SECONDS = 300;
const DEFAULT_MEMORY_MB = 1024;
const MAX_WORKERS = 4;
const STDERR_TAIL_CHARS = 2000;
/** Renderers that die before they are ready this many times in a row (a broken install) fail the waiting renders instead of being restarted forever. */
const MAX_FAILED_STARTS = 3;
/** All a renderer needs from the server's environment; the database URL, NEXTAUTH_SECRET and the rest stay behind. */
const PASSED_ENV = ['PATH', 'TZ', 'LANG', 'TMPDIR', 'SYSTEMROOT'];
const RENDERER_NICENESS = 10;
/**
 * A render allocates short-lived objects by the hundred megabytes (layout nodes, text runs, PDF chunks); with V8's default 16 MB semi-spaces
 * the young generation filled and was scavenged over and over during a large card. 64 MB ones cut the collector's pauses per render of
 * the largest card from about 500 to 300 ms in one warm process (a PerformanceObserver over in-process renders; the CPU time per render
 * moved within this machine's noise), for at most about 150 MB more memory per renderer, taken only as a render needs it.
 */
const RENDERER_SEMI_SPACE_MB = 64;

export function renderTimeoutMs(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.CARDINAL_PDF_RENDER_TIMEOUT_SECONDS);
  return (Number.isFinite(value) && value > 0 ? value : DEFAULT_TIMEOUT_SECONDS) * 1000;
}

/**
 * CARDINAL_PDF_WORKERS, else one fewer than the CPUs (the server keeps one), at least two so a View PDF never waits behind an
 * export job's large card, at most four. An idle renderer costs memory (about 150 MB), no CPU.
 */
export function renderPoolSize(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.CARDINAL_PDF_WORKERS);
  if (Number.isInteger(value) && value >= 1) return value;
  return Math.min(MAX_WORKERS, Math.max(2, os.availableParallelism() - 1));
}

export function renderWorkerMemoryMb(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.CARDINAL_PDF_WORKER_MEMORY_MB);
  return Number.isInteger(value) && value >= 64 ? value : DEFAULT_MEMORY_MB;
}

export type RenderJobOptions = {
  /** From the moment the render is asked for, waiting for a free renderer included. */
  timeoutMs?: number;
  /** Kills the render (an export job whose lease was taken over stops spending CPU on a PDF nobody will store). */
  signal?: AbortSignal;
  /** Told the renderer's process id when the render starts there. */
  onStart?: (pid: number) => void;
};

export type RenderPool = {
  /** Starts the renderers now instead of at the first render. */
  warm: () => void;
  /** Changes whenever the renderer's code or its packages change; rendered PDFs are cached under it. */
  rendererVersion: () => Promise<string>;
  /** `input` is encodeRenderInput(version). */
  render: (input: string, options?: RenderJobOptions) => Promise<Uint8Array<ArrayBuffer>>;
  /** Fails whatever is waiting or rendering and ends every renderer. */
  stop: () => Promise<void>;
};

type Task = {
  id: number;
  input: string;
  options: RenderJobOptions;
  slot: Slot | null;
  settled: boolean;
  resolve: (bytes: Uint8Array<ArrayBuffer>) => void;
  reject: (error: Error) => void;
  cleanup: () => void;
};

type Slot = { child: ChildProcess; ready: boolean; task: Task | null; stderr: string; stopReason: string | null; retiring: boolean; exited: Promise<void> };

function renderError(why: string, output = ''): Error {
  const said = output.trim().slice(0, STDERR_TAIL_CHARS);
  return new Error(`The PDF was not rendered: ${why}.${said ? ` Renderer output: ${said}` : ''}`);
}

function workerEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { NODE_ENV: 'production' };
  for (const name of PASSED_ENV) if (process.env[name] !== undefined) env[name] = process.env[name];
  return env;
}

/** A renderer holds the process open only while it renders, so a script that is done with its PDFs can end. */
function holdOpen(child: ChildProcess, hold: boolean): void {
  const handles = [child.channel, child.stderr as Socket | null];
  for (const handle of handles) {
    if (hold) handle?.ref();
    else handle?.unref();
  }
  if (hold) child.ref();
  else child.unref();
}

export function createRenderPool({
  size = renderPoolSize(),
  memoryMb = renderWorkerMemoryMb(),
  root = projectRoot(),
  bundle = () => buildRendererBundle(root),
  warmUp = true,
}: {
  size?: number;
  memoryMb?: number;
  root?: string;
  bundle?: () => Promise<RendererBundle>;
  /** Whether a new renderer draws a small card before it takes work (tests that restart renderers on purpose turn it off). */
  warmUp?: boolean;
} = {}): RenderPool {
  const slots = new Set<Slot>();
  const queue: Task[] = [];
  let nextId = 1;
  let failedStarts = 0;
  let stopping = false;

  function settle(task: Task, outcome: { bytes: Uint8Array<ArrayBuffer> } | { error: Error }): void {
    if (task.settled) return;
    task.settled = true;
    task.cleanup();
    if ('bytes' in outcome) task.resolve(outcome.bytes);
    else task.reject(outcome.error);
  }

  function failWaiting(error: Error): void {
    for (const task of queue.splice(0)) settle(task, { error });
  }

  function kill(slot: Slot, reason: string): void {
    slot.stopReason ??= reason;
    slot.child.kill('SIGKILL');
  }

  function dispatch(): void {
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (!slot.ready || slot.task || slot.retiring) continue;
      const task = queue.shift()!;
      slot.task = task;
      task.slot = slot;
      holdOpen(slot.child, true);
      slot.child.send({ id: task.id, input: task.input });
      task.options.onStart?.(slot.child.pid!);
    }
  }

  function onReply(slot: Slot, reply: RenderReply): void {
    if ('ready' in reply) {
      slot.ready = true;
      failedStarts = 0;
      dispatch();
      return;
    }
    const task = slot.task;
    if (!task || task.id !== reply.id) return;
    slot.task = null;
    holdOpen(slot.child, false);
    if (reply.ok) settle(task, { bytes: new Uint8Array(reply.bytes) });
    else settle(task, { error: renderError('the renderer failed', reply.message) });
    // V8's heap limit caps one render; a renderer that kept growing across renders (fragmentation, caches) is replaced while idle.
    if (reply.rss > memoryMb * 1024 * 1024) {
      slot.retiring = true;
      slot.child.kill('SIGTERM');
    }
    dispatch();
  }

  function onExit(slot: Slot, code: number | null, signal: NodeJS.Signals | null): void {
    if (!slots.delete(slot)) return;
    const why = slot.stopReason ?? (code === null ? `the renderer was killed (${signal})` : `the renderer exited with code ${code}`);
    if (slot.task) settle(slot.task, { error: renderError(why, slot.stderr) });
    else if (!slot.ready && !slot.retiring && !stopping && ++failedStarts >= MAX_FAILED_STARTS) {
      failWaiting(renderError(`the renderer could not start (${why})`, slot.stderr));
      return;
    }
    fill();
  }

  function spawn({ file }: RendererBundle): void {
    const child = fork(file, warmUp ? [] : ['--no-warm-up'], {
      cwd: root,
      execArgv: [`--max-old-space-size=${memoryMb}`, `--max-semi-space-size=${RENDERER_SEMI_SPACE_MB}`],
      env: workerEnv(),
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    // The server answers first when it and a renderer want the same core: niceness matters only under contention, so an otherwise idle
    // machine renders as fast as before.
    try {
      if (child.pid !== undefined) os.setPriority(child.pid, RENDERER_NICENESS);
    } catch {
      // Already gone (its exit says why), or a platform without priorities: it renders at the server's priority.
    }
    let markExited: () => void = () => {};
    const exited = new Promise<void>((resolve) => (markExited = resolve));
    const slot: Slot = { child, ready: false, task: null, stderr: '', stopReason: null, retiring: false, exited };
    slots.add(slot);
    child.stderr!.on('data', (chunk: Buffer) => {
      slot.stderr = (slot.stderr + chunk.toString()).slice(-STDERR_TAIL_CHARS);
    });
    child.on('message', (reply: RenderReply) => onReply(slot, reply));
    // A renderer killed mid-send closes the channel under the message; its exit says why.
    child.on('error', (error) => {
      slot.stopReason ??= `the renderer could not be started: ${error.message}`;
      if (child.pid === undefined) {
        markExited();
        onExit(slot, null, null);
      }
    });
    child.on('exit', (code, signal) => {
      markExited();
      onExit(slot, code, signal);
    });
    holdOpen(child, false);
  }

  function fill(): void {
    if (stopping || failedStarts >= MAX_FAILED_STARTS || slots.size >= size) return;
    bundle().then(
      (bundle) => {
        while (!stopping && slots.size < size) spawn(bundle);
      },
      (error: Error) => failWaiting(renderError(`the renderer could not be compiled: ${error.message}`)),
    );
  }

  return {
    warm: fill,
    rendererVersion: async () => (await bundle()).version,
    render(input, options = {}) {
      if (stopping) return Promise.reject(renderError('the server is stopping'));
      if (options.signal?.aborted) return Promise.reject(renderError('it was cancelled'));
      return new Promise((resolve, reject) => {
        const timeoutMs = options.timeoutMs ?? renderTimeoutMs();
        const cancel = (reason: string) => {
          if (task.settled) return;
          if (task.slot) return kill(task.slot, reason);
          queue.splice(queue.indexOf(task), 1);
          settle(task, { error: renderError(reason) });
        };
        const timer = setTimeout(() => cancel(`it took longer than ${timeoutMs / 1000} s (CARDINAL_PDF_RENDER_TIMEOUT_SECONDS)`), timeoutMs);
        const onAbort = () => cancel('it was cancelled');
        const task: Task = {
          id: nextId++,
          input,
          options,
          slot: null,
          settled: false,
          resolve,
          reject,
          cleanup: () => {
            clearTimeout(timer);
            options.signal?.removeEventListener('abort', onAbort);
          },
        };
        options.signal?.addEventListener('abort', onAbort, { once: true });
        queue.push(task);
        // A render asked for after the renderers failed to start tries to start them again.
        if (failedStarts >= MAX_FAILED_STARTS) failedStarts = 0;
        fill();
        dispatch();
      });
    },
    async stop() {
      stopping = true;
      failWaiting(renderError('the server is stopping'));
      const running = [...slots];
      for (const slot of running) kill(slot, 'the server is stopping');
      await Promise.all(running.map((slot) => slot.exited));
    },
  };
}

const holder = globalThis as typeof globalThis & { __cardinalRenderPool?: RenderPool };

/** This process's pool (one per process; a globalThis singleton survives Next's module reloading), created with the environment's settings. */
export function getRenderPool(): RenderPool {
  return (holder.__cardinalRenderPool ??= createRenderPool());
}

/** Stops this process's pool, if it has one; the next getRenderPool() starts a new one. */
export async function stopRenderPool(): Promise<void> {
  const pool = holder.__cardinalRenderPool;
  holder.__cardinalRenderPool = undefined;
  await pool?.stop();
}
