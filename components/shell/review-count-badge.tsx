// The navigation's "waiting for you" badge: the server's count on every page render, refreshed in the background between them.
'use client';

import { Suspense, lazy } from 'react';

const loadLive = () => import('./review-count-badge-live');
// TanStack Query is not part of the console's first load: the refresh loads as soon as this module runs in the browser, and until
// it arrives the badge is the server's markup (on hydration) or the server's count (on a client render), which look the same.
if (typeof window !== 'undefined') loadLive().catch(() => {});
const LiveReviewCountBadge = lazy(() => loadLive().then((module) => ({ default: module.LiveReviewCountBadge })));

/** The pill itself: nothing when no card waits. */
export function CountPill({ count }: { count: number }) {
  if (!count) return null;
  return (
    <span
      data-review-count
      className="ml-1.5 inline-flex min-w-5 items-center justify-center rounded-full bg-accent px-1.5 text-xs font-semibold text-on-accent"
    >
      {count > 99 ? '99+' : count}
      <span className="sr-only"> waiting</span>
    </span>
  );
}

/** `initial` is what the server rendered with the page; a newer render (after a decision) replaces the cached count. */
export function ReviewCountBadge({ initial }: { initial: number }) {
  return (
    <Suspense fallback={<CountPill count={initial} />}>
      <LiveReviewCountBadge initial={initial} />
    </Suspense>
  );
}
