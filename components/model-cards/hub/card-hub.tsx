'use client';

import dynamic from 'next/dynamic';
import type { InitialCardList } from '@/lib/server/screens/hub-list';
import type { CardOwner } from './hub-filters';

export type CardHubProps = {
  initial: InitialCardList;
  owners: CardOwner[];
  currentUserId: string;
  canAuthor: boolean;
};

/**
 * The hub's components and TanStack Query are not part of the hub's first load (157 → 140 KB gzip with the review badge's): the
 * server renders the hub and names its chunks in the page's head, so the browser downloads them alongside the first load and
 * hydrates the server's markup when they are in. next/dynamic rather than React's lazy for that preload (its loader is 2.4 KB):
 * without it the page's hydration, which waits for the hub, would wait a round trip longer, and a Back pressed in that time would
 * find no router to answer it. With `ssr` and no `loading` it adds no Suspense boundary: React's server renderer sends a
 * boundary's content larger than 12.8 KB (the hub's is) after its fallback, which the browser would show first.
 */
export const CardHub = dynamic<CardHubProps>(() => import('./card-hub-live').then((module) => module.LiveCardHub));
