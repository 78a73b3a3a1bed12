import type { ReactNode } from 'react';

/**
 * A console page's heading, which labels its section (aria-labelledby="page-title"), and a line on what the page is for.
 * A long unbroken title (a card or package name) wraps instead of widening the page.
 */
export function PageHeader({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div>
      <h1 id="page-title" className="text-2xl font-semibold tracking-tight wrap-anywhere">
        {title}
      </h1>
      {children ? <p className="mt-1 max-w-3xl text-sm text-muted">{children}</p> : null}
    </div>
  );
}
