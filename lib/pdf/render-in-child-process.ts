// Renders a version's PDF in a child process: react-pdf's layout holds a thread for seconds on a large card, and on the server's own event loop the instance would answer nothing and could not renew its export lease meanwhile. A child that crashes or runs out of memory fails this one render, not the server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import type { VersionDto } from '@/lib/server/model-cards/card-dto';
import { encodeRenderInput } from './render-input';
import { pdfFileName } from './render-version-document';
import type { RenderedPdf } from './render-version-document';

const DEFAULT_TIMEOUT_SECONDS = 300;
const STDERR_TAIL_CHARS = 2000;
const CLI = path.join('lib', 'pdf', 'render-cli.ts');

function renderTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.CARDINAL_PDF_RENDER_TIMEOUT_SECONDS);
  return (Number.isFinite(value) && value >= 1 ? value : DEFAULT_TIMEOUT_SECONDS) * 1000;
}

/**
 * The directory holding package.json and the render script. The server code is bundled into .next, so its own
 * location says nothing; CARDINAL_ROOT wins, else the nearest directory from the working directory upwards.
 */
function projectRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CARDINAL_ROOT) return env.CARDINAL_ROOT;
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, CLI))) return dir;
    if (path.dirname(dir) === dir)
      throw new Error(`The PDF renderer ${CLI} was not found from ${process.cwd()} upwards; set CARDINAL_ROOT to Cardinal's directory.`);
  }
}

/** The server runs with --conditions=react-server; the child must resolve the client React, so that condition is not passed on. */
function childEnv(): NodeJS.ProcessEnv {
  const nodeOptions = (process.env.NODE_OPTIONS ?? '').replace(/(--conditions?|-C)[= ]react-server/g, '').trim();
  return { ...process.env, NODE_OPTIONS: nodeOptions };
}

export type ChildRender = { pid: number | undefined; pdf: Promise<RenderedPdf> };

/** Starts the render at once; `pid` lets a caller see where it runs, `pdf` settles when the child has written the file (or failed, timed out, was aborted). */
export function renderInChildProcess(
  version: VersionDto,
  { timeoutMs = renderTimeoutMs(), signal }: { timeoutMs?: number; signal?: AbortSignal } = {},
): ChildRender {
  const root = projectRoot();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cardinal-render-'));
  const output = path.join(dir, 'version.pdf');
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, CLI), output], { cwd: root, env: childEnv(), stdio: ['pipe', 'ignore', 'pipe'] });
  const pdf = new Promise<RenderedPdf>((resolve, reject) => {
    let stderr = '';
    let stopReason: string | null = null;
    const stop = (reason: string) => {
      stopReason ??= reason;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => stop(`it took longer than ${timeoutMs / 1000} s (CARDINAL_PDF_RENDER_TIMEOUT_SECONDS)`), timeoutMs);
    const onAbort = () => stop('it was cancelled');
    signal?.addEventListener('abort', onAbort, { once: true });
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-STDERR_TAIL_CHARS);
    });
    // A child that dies before reading its input closes the pipe; the exit handler below reports why.
    child.stdin!.on('error', () => {});
    child.stdin!.end(encodeRenderInput(version));
    child.on('error', (error) => stop(`the renderer could not be started: ${error.message}`));
    child.on('close', (code, exitSignal) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      try {
        if (stopReason || code !== 0) {
          const why = stopReason ?? (code === null ? `the renderer was killed (${exitSignal})` : `the renderer exited with code ${code}`);
          reject(new Error(`The PDF was not rendered: ${why}.${stderr.trim() ? ` Renderer output: ${stderr.trim()}` : ''}`));
          return;
        }
        const bytes = new Uint8Array(fs.readFileSync(output));
        resolve({ bytes, sha256: createHash('sha256').update(bytes).digest('hex'), fileName: pdfFileName(version.card.name, version.version) });
      } catch (error) {
        reject(error);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
  return { pid: child.pid, pdf };
}
