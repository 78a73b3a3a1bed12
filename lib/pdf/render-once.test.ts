// Callers of one key share the render in flight; one caller cancelling leaves the others their PDF, and the render stops only when nobody waits for it.
import { describe, expect, it } from 'vitest';
import { createRenderOnce } from './render-once';

function deferredRender() {
  const renders: { signal: AbortSignal; onStart: (pid: number) => void; finish: (value: string) => void; fail: (error: Error) => void }[] = [];
  const render = ({ signal, onStart }: { signal: AbortSignal; onStart: (pid: number) => void }) =>
    new Promise<string>((finish, fail) => {
      renders.push({ signal, onStart, finish, fail });
      signal.addEventListener('abort', () => fail(new Error('killed')));
    });
  return { render, renders };
}

describe('one render per key in flight', () => {
  it('renders once for callers of one key, tells each the renderer, and renders again once that render is over', async () => {
    const renderOnce = createRenderOnce();
    const { render, renders } = deferredRender();
    const pids: number[] = [];
    const first = renderOnce('a', render, { onStart: (pid) => pids.push(pid) });
    const second = renderOnce('a', render);
    const other = renderOnce('b', render);
    expect(renders).toHaveLength(2);
    renders[0].onStart(41);
    const late = renderOnce('a', render, { onStart: (pid) => pids.push(pid) });
    expect(pids).toEqual([41, 41]);
    renders[0].finish('pdf a');
    renders[1].finish('pdf b');
    expect(await Promise.all([first, second, late, other])).toEqual(['pdf a', 'pdf a', 'pdf a', 'pdf b']);
    const again = renderOnce('a', render);
    expect(renders).toHaveLength(3);
    renders[2].fail(new Error('renderer crashed'));
    await expect(again).rejects.toThrow('renderer crashed');
  });

  it('lets one caller cancel without the others losing their PDF, and stops the render when the last one cancels', async () => {
    const renderOnce = createRenderOnce();
    const { render, renders } = deferredRender();
    const leaving = new AbortController();
    const staying = renderOnce('a', render);
    const left = renderOnce('a', render, { signal: leaving.signal });
    leaving.abort();
    await expect(left).rejects.toThrow('cancelled');
    expect(renders[0].signal.aborted).toBe(false);
    renders[0].finish('pdf');
    expect(await staying).toBe('pdf');

    const [one, two] = [new AbortController(), new AbortController()];
    const both = [renderOnce('b', render, { signal: one.signal }), renderOnce('b', render, { signal: two.signal })];
    one.abort();
    expect(renders[1].signal.aborted).toBe(false);
    two.abort();
    expect(renders[1].signal.aborted).toBe(true);
    await expect(Promise.all(both)).rejects.toThrow('cancelled');
    const fresh = renderOnce('b', render);
    expect(renders).toHaveLength(3);
    renders[2].finish('pdf b');
    expect(await fresh).toBe('pdf b');
    await expect(renderOnce('c', render, { signal: AbortSignal.abort() })).rejects.toThrow('cancelled');
    expect(renders).toHaveLength(3);
  });
});
