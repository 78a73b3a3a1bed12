'use client';

import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

/** A modal on the native <dialog>: focus is trapped, Escape closes it, focus returns to the opener. */
export function Dialog({ open, onClose, title, children }: { open: boolean; onClose: () => void; title: string; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby="dialog-title"
      className="m-auto w-full max-w-md rounded-xl border border-line bg-surface p-6 text-fg shadow-xl backdrop:bg-black/40"
    >
      {open ? (
        <>
          <h2 id="dialog-title" className="text-base font-semibold">
            {title}
          </h2>
          <div className="mt-3">{children}</div>
        </>
      ) : null}
    </dialog>
  );
}
