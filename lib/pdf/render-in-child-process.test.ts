// The child-process renderer gives the same PDF as rendering in this process, runs elsewhere, and turns a crash, a timeout or a cancellation into an error that says which.
import { describe, expect, it } from 'vitest';
import { renderVersionDocument } from './render-version-document';
import { renderInChildProcess } from './render-in-child-process';
import { encodeRenderInput, decodeRenderInput } from './render-input';
import { maximalVersion, minimalVersion } from '@/test/fixtures/maximal-version';

describe('rendering in a child process', () => {
  it('produces byte for byte the PDF an in-process render does, from another process', async () => {
    const version = maximalVersion({ status: 'PendingReview' });
    const child = renderInChildProcess(version);
    expect(child.pid).toEqual(expect.any(Number));
    expect(child.pid).not.toBe(process.pid);
    const [fromChild, inProcess] = await Promise.all([child.pdf, renderVersionDocument(version)]);
    expect(fromChild.sha256).toBe(inProcess.sha256);
    expect(fromChild.fileName).toBe(inProcess.fileName);
  });

  it('carries dates across as dates, and leaves content alone', () => {
    const version = maximalVersion();
    const decoded = decodeRenderInput(encodeRenderInput(version));
    expect(decoded).toEqual(version);
    expect(decoded.reviews[0].createdAt).toBeInstanceOf(Date);
  });

  it('fails with the reason when the render times out, is cancelled, or the renderer exits with an error', async () => {
    await expect(renderInChildProcess(minimalVersion(), { timeoutMs: 50 }).pdf).rejects.toThrow(/took longer than 0.05 s/);
    const controller = new AbortController();
    const cancelled = renderInChildProcess(minimalVersion(), { signal: controller.signal });
    controller.abort();
    await expect(cancelled.pdf).rejects.toThrow(/was cancelled/);
    const broken = { ...minimalVersion(), card: null } as unknown as ReturnType<typeof minimalVersion>;
    await expect(renderInChildProcess(broken).pdf).rejects.toThrow(/renderer exited with code 1\. Renderer output: .*TypeError/s);
  });
});
