'use client';

import { lazy } from 'react';
import type { InitialCardList } from '@/lib/server/screens/hub-list';
import type { CardOwner } from './hub-filters';

export type CardHubProps = {
  initial: InitialCardList;
  owners: CardOwner[];
  currentUserId: string;
  canAuthor: boolean;
};

const loadHub = () => import('./card-hub-live');
// The hub's components and TanStack Query are not part of the hub's first load (157 → 138 KB gzip with the review badge's): the
// server renders the hub, the browser shows that markup and hydrates it once this chunk arrives, which starts loading as soon as
// this module runs in the browser.
if (typeof window !== 'undefined') loadHub().catch(() => {});
const LiveCardHub = lazy(() => loadHub().then((module) => ({ default: module.LiveCardHub })));

/**
 * No Suspense boundary of its own: React's server renderer sends a boundary's content larger than 12.8 KB (the hub's is) after its
 * fallback, which the browser would show first. Without one the server sends the hub in the page as before; in the browser the
 * page's hydration waits for the chunk (already loading), with the server's markup on screen, and a client navigation to the hub
 * keeps the previous page until it has arrived.
 */
export function CardHub(props: CardHubProps) {
  return <LiveCardHub {...props} />;
}
