// A value to copy exactly, such as an access key's id or secret: shown whole in monospace, with a Copy button that says when it worked.
'use client';

import { useRef } from 'react';
import { Button } from '@/components/ui/button';
import { useCopy } from './use-copy';

export function CopyField({ label, value, id }: { label: string; value: string; id: string }) {
  const input = useRef<HTMLInputElement>(null);
  // Without a clipboard, the value is selected for Ctrl+C instead.
  const { state, copy } = useCopy(value, () => {
    input.current?.focus();
    input.current?.select();
  });

  return (
    <div className="space-y-1.5">
      <div className="flex items-center justify-between gap-2">
        <label htmlFor={id} className="block text-sm font-medium text-fg">
          {label}
        </label>
        <Button variant="secondary" className="w-24 whitespace-nowrap px-2.5 py-1 text-xs" onClick={copy} aria-label={`Copy the ${label.toLowerCase()}`}>
          {state === 'copied' ? 'Copied ✓' : 'Copy'}
        </Button>
      </div>
      <input
        ref={input}
        id={id}
        readOnly
        value={value}
        spellCheck={false}
        onClick={(event) => event.currentTarget.select()}
        className="block w-full rounded-md border border-line bg-sunken px-3 py-2 font-mono text-[13px] text-fg focus:outline-none focus-visible:border-accent focus-visible:ring-2 focus-visible:ring-accent/30"
      />
      <p aria-live="polite" className={state === 'unavailable' ? 'text-xs text-muted' : 'sr-only'}>
        {state === 'copied' ? `${label} copied to the clipboard.` : state === 'unavailable' ? 'Selected: press Ctrl+C (⌘C on a Mac) to copy.' : ''}
      </p>
    </div>
  );
}
