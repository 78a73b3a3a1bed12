// The warm renderers give the PDF an in-process render gives, and a crash, a timeout, a cancellation or a failing render costs that one render: the next one succeeds on a fresh or the same renderer.
import { afterAll, describe, expect, it } from 'vitest';
import { createRenderPool } from './render-pool';
import { renderVersionDocument } from './render-version-document';
import { decodeRenderInput, encodeRenderInput } from './render-input';
import { maximalVersion, minimalVersion } from '@/test/fixtures/maximal-version';

// One renderer, so "the next render" runs where the failed one did, or on its replacement; restarts skip the warm-up card.
const pool = createRenderPool({ size: 1, warmUp: false });
afterAll(() => pool.stop());

const small = encodeRenderInput(minimalVersion());
// Seconds of layout even on a quiet machine: long enough to be killed mid-render.
const large = encodeRenderInput(maximalVersion());

function startedOn(): { pid: Promise<number>; onStart: (pid: number) => void } {
  let onStart: (pid: number) => void = () => {};
  const pid = new Promise<number>((resolve) => (onStart = resolve));
  return { pid, onStart };
}

describe('the warm render pool', () => {
  it('produces byte for byte the PDF an in-process render does, in another process that stays for the next render', async () => {
    const first = startedOn();
    const [fromPool, inProcess] = await Promise.all([pool.render(small, { onStart: first.onStart }), renderVersionDocument(minimalVersion())]);
    expect(Buffer.from(fromPool).equals(Buffer.from(inProcess.bytes))).toBe(true);
    expect(await first.pid).not.toBe(process.pid);
    const second = startedOn();
    await pool.render(small, { onStart: second.onStart });
    expect(await second.pid).toBe(await first.pid);
    expect(await pool.rendererVersion()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('fails the render whose renderer is killed mid-render with the reason, and renders the next on a fresh renderer', async () => {
    const started = startedOn();
    const doomed = pool.render(large, { onStart: started.onStart });
    const pid = await started.pid;
    process.kill(pid, 'SIGKILL');
    await expect(doomed).rejects.toThrow(/The PDF was not rendered: the renderer was killed \(SIGKILL\)/);
    const next = startedOn();
    expect(
      Buffer.from(await pool.render(small, { onStart: next.onStart }))
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(await next.pid).not.toBe(pid);
  });

  it('kills a render that outlasts its timeout, and one that is cancelled, and serves the next', async () => {
    await expect(pool.render(large, { timeoutMs: 300 })).rejects.toThrow(/took longer than 0.3 s \(CARDINAL_PDF_RENDER_TIMEOUT_SECONDS\)/);
    const controller = new AbortController();
    const cancelled = pool.render(large, { signal: controller.signal, onStart: () => controller.abort() });
    await expect(cancelled).rejects.toThrow(/it was cancelled/);
    expect((await pool.render(small)).byteLength).toBeGreaterThan(1000);
  });

  it('reports a render that throws with the renderer output, and keeps that renderer', async () => {
    const broken = encodeRenderInput({ ...decodeRenderInput(small), card: null } as unknown as ReturnType<typeof minimalVersion>);
    const failed = startedOn();
    await expect(pool.render(broken, { onStart: failed.onStart })).rejects.toThrow(/the renderer failed\. Renderer output: TypeError/);
    const next = startedOn();
    await pool.render(small, { onStart: next.onStart });
    expect(await next.pid).toBe(await failed.pid);
  });

  it('replaces a renderer that grew past its memory limit once its render is done', async () => {
    // 100 MB is below what any renderer holds after a render (about 150 MB), so each is retired after one.
    const lean = createRenderPool({ size: 1, memoryMb: 100, warmUp: false });
    try {
      const pids: number[] = [];
      for (let run = 0; run < 2; run++) await lean.render(small, { onStart: (pid) => pids.push(pid) });
      expect(pids[0]).not.toBe(pids[1]);
    } finally {
      await lean.stop();
    }
  });
});
