import type { ReactNode } from 'react';

/**
 * A list or section with nothing to show: what that means, and what to do (clear the filters, or where things come from).
 * `level` is the heading's level in the page's outline: 2 on its own under the page title, 3 inside a section that has its own heading.
 */
export function EmptyState({ title, children, actions, level = 2 }: { title: string; children?: ReactNode; actions?: ReactNode; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className="rounded-xl border border-dashed border-line bg-surface px-6 py-10 text-center">
      <Heading className="text-base font-semibold">{title}</Heading>
      {children ? <p className="mx-auto mt-2 max-w-xl text-sm text-muted">{children}</p> : null}
      {actions ? <div className="mt-5 flex flex-wrap items-center justify-center gap-3">{actions}</div> : null}
    </div>
  );
}
