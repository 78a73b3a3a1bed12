// A version's SHA-256, short enough to read (first 12 hex digits) with the full value one click away: a Copy button and the whole hash in its title and accessible name.
'use client';

import { useCopy } from '@/components/ui/use-copy';

export function ContentHash({ hash }: { hash: string }) {
  // Without a clipboard, the full hash stays readable in the title and is announced.
  const { state, copy } = useCopy(hash);

  return (
    <span className="inline-flex items-center gap-1.5">
      <code className="rounded bg-sunken px-1.5 py-0.5 font-mono text-xs" title={`SHA-256 ${hash}`} data-content-hash={hash}>
        {hash.slice(0, 12)}
      </code>
      <button
        type="button"
        onClick={copy}
        aria-label={`Copy the full SHA-256 hash ${hash}`}
        className="rounded px-1.5 py-0.5 text-xs text-muted hover:bg-sunken hover:text-fg"
      >
        {state === 'copied' ? 'Copied ✓' : 'Copy'}
      </button>
      <span aria-live="polite" className="sr-only">
        {state === 'copied' ? 'Hash copied to the clipboard.' : state === 'unavailable' ? `Copying is not available here; the hash is ${hash}.` : ''}
      </span>
    </span>
  );
}
