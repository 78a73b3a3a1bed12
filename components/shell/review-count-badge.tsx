// The navigation's "waiting for you" badge: the server's count on every page render, refreshed in the background between them.
'use client';

import { useEffect } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { reviewKeys } from '@/lib/query-keys';

const REFRESH_MS = 60_000;

async function fetchReviewCount(): Promise<number> {
  const response = await fetch('/api/v1/reviews/count', { cache: 'no-store' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return ((await response.json()) as { count: number }).count;
}

/** `initial` is what the server rendered with the page; a newer render (after a decision) replaces the cached count. */
export function ReviewCountBadge({ initial }: { initial: number }) {
  const queryClient = useQueryClient();
  useEffect(() => {
    queryClient.setQueryData(reviewKeys.count(), initial);
  }, [initial, queryClient]);
  const { data: count = initial } = useQuery({
    queryKey: reviewKeys.count(),
    queryFn: fetchReviewCount,
    initialData: initial,
    staleTime: REFRESH_MS / 2,
    refetchInterval: REFRESH_MS,
    refetchOnWindowFocus: true,
  });
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
