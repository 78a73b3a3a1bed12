import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways when the screen is narrower than its fixed columns. It is a named region in the tab order, so a keyboard
 * can scroll it too (WCAG 2.1.1; axe's scrollable-region-focusable): the tables inside hold only text, nothing else to focus. `relative`
 * keeps screen-reader-only text inside (such as the caption) from escaping the box and widening the page.
 */
export function ScrollBox({ label, className, children }: { label: string; className: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={`relative overflow-x-auto focus:outline-none focus-visible:ring-2 focus-visible:ring-accent/40 ${className}`}
    >
      {children}
    </div>
  );
}
