'use client';

import { useState } from 'react';
import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // First paint comes from the server; the same data is not fetched again straight away.
      queries: { staleTime: 30_000, refetchOnWindowFocus: false, retry: 1 },
    },
  });
}

let browserClient: QueryClient | null = null;

/**
 * One QueryClient per browser tab (and per server render), for what changes in the browser after first paint.
 * Each part of a page that uses TanStack Query wraps itself in this provider, so TanStack Query loads with those parts (lazily, on
 * the hub and in the navigation) rather than with the console layout; in the browser they all share the tab's one client, so the
 * cache outlives navigation as it did when the layout held the provider.
 */
export function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(() => (typeof window === 'undefined' ? makeQueryClient() : (browserClient ??= makeQueryClient())));
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
