// The review badge's refresh: TanStack Query polls the count between page renders. Loaded lazily by review-count-badge.tsx.
'use client';

import { useEffect } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { reviewKeys } from '@/lib/query-keys';
import { QueryProvider } from '@/components/providers/query-provider';
import { CountPill } from './review-count-badge';

const REFRESH_MS = 60_000;

async function fetchReviewCount(): Promise<number> {
  const response = await fetch('/api/v1/reviews/count', { cache: 'no-store' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return ((await response.json()) as { count: number }).count;
}

/** The badge with the tab's query client: what the navigation loads lazily (see review-count-badge.tsx). */
export function LiveReviewCountBadge({ initial }: { initial: number }) {
  return (
    <QueryProvider>
      <RefreshedCount initial={initial} />
    </QueryProvider>
  );
}

/** `initial` is what the server rendered with the page; a newer render (after a decision) replaces the cached count. */
function RefreshedCount({ initial }: { initial: number }) {
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
  return <CountPill count={count} />;
}
