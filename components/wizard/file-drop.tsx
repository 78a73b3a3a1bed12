'use client';

import { useId, useRef, useState } from 'react';
import type { DragEvent } from 'react';

/** A drop zone that is also a file picker (a real button, so keyboards and screen readers reach it). */
export function FileDrop({ label, hint, accept, onFile, busy }: { label: string; hint: string; accept: string; onFile: (file: File) => void; busy?: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const hintId = useId();

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  }

  return (
    <div
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      className={`flex flex-wrap items-center justify-between gap-3 rounded-lg border border-dashed px-4 py-4 transition-colors ${over ? 'border-accent bg-info-soft' : 'border-line bg-canvas'}`}
    >
      <p id={hintId} className="text-sm text-muted">
        {busy ? 'Reading the file…' : hint}
      </p>
      <button
        type="button"
        className="inline-flex items-center justify-center rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium text-fg hover:bg-sunken disabled:opacity-60"
        aria-describedby={hintId}
        disabled={busy}
        onClick={() => input.current?.click()}
      >
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        className="sr-only"
        tabIndex={-1}
        aria-label={label}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
