import type { ReactNode } from 'react';

/** A list with nothing to show: what that means, and what to do (clear the filters, or where things come from). */
export function EmptyState({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <div className="rounded-xl border border-dashed border-line bg-surface px-6 py-14 text-center">
      <h2 className="text-lg font-semibold">{title}</h2>
      <p className="mx-auto mt-2 max-w-xl text-sm text-muted">{children}</p>
      {actions ? <div className="mt-6 flex justify-center gap-3">{actions}</div> : null}
    </div>
  );
}
