'use client';

import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useSearchParams } from 'next/navigation';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { DEFAULT_CARD_LIST_QUERY, cardListSearchParams, searchKey } from '@/lib/schemas/card-list-params';
import type { TCardListQuery, TCardListQueryResult } from '@/lib/schemas/card-list-query';
import type { TCardListResponse, InitialCardList } from '@/lib/server/screens/hub-list';
import { cardKeys } from '@/lib/query-keys';

/**
 * A change to the view, applied to the URL as it is when the change happens (a render may not have caught up with the last one yet).
 * It may run after the event that made it (the URL's parser may be loading): read what the event says before, not inside it.
 */
export type ViewUpdate = (current: TCardListQuery) => TCardListQuery;

export type ParseCardListQuery = (input: URLSearchParams) => TCardListQueryResult;

let parser: ParseCardListQuery | null = null;
let loading: Promise<ParseCardListQuery> | null = null;

/**
 * The URL's validator (zod and the hub's query schema, ~30 KB gzip) is not part of the hub's first load: the server parsed the
 * URL it rendered, and the browser parses only once the view changes, which always goes through here first.
 */
export function loadCardListParser(): Promise<ParseCardListQuery> {
  loading ??= import('@/lib/schemas/card-list-query').then(
    (schema) => (parser = schema.parseCardListQuery),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The view in the address bar now; a link with bad parameters counts as the default view. */
export function currentView(parse: ParseCardListQuery): TCardListQuery {
  const parsed = parse(new URLSearchParams(window.location.search));
  return parsed.ok ? parsed.query : DEFAULT_CARD_LIST_QUERY;
}

/** What the server made of the URL it rendered (its message when the URL was refused). */
function serverParse(initial: InitialCardList): TCardListQueryResult {
  return initial.query ? { ok: true, query: initial.query } : { ok: false, path: 'query', message: initial.error ?? '' };
}

export class CardListError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function fetchCardList(query: TCardListQuery, signal: AbortSignal): Promise<TCardListResponse> {
  const response = await fetch(`/api/v1/model-cards?${cardListSearchParams(query, { forApi: true })}`, { signal, headers: { accept: 'application/json' } });
  const body = (await response.json().catch(() => null)) as (TCardListResponse & { error?: { message?: string } }) | null;
  if (!response.ok || !body) {
    if (response.status === 401) throw new CardListError('Your session has ended. Sign in again to see the cards.', 401);
    throw new CardListError(body?.error?.message ?? `The cards could not be loaded (HTTP ${response.status}). Try again.`, response.status);
  }
  return body;
}

/** navigate's own changes to the address bar; Back and Forward are popstate. */
const ADDRESS_CHANGED = 'cardinal:hub-address';

function subscribeToAddressBar(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(ADDRESS_CHANGED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(ADDRESS_CHANGED, onChange);
  };
}

function sameView(a: TCardListQuery | null, b: TCardListQuery | null): boolean {
  return !!a && !!b && JSON.stringify(cardKeys.list(a)) === JSON.stringify(cardKeys.list(b));
}

/**
 * The hub's view lives in the URL: it is read with useSearchParams and changed with the native
 * history API, which Next folds into its router without asking the server to render the page again;
 * the list then comes from GET /api/v1/model-cards through TanStack Query. The server's first
 * answer seeds the cache for the view it rendered.
 */
export function useCardList(initial: InitialCardList) {
  // The view is read from the address bar itself. Next's router state (useSearchParams) can lag behind it: Backs pressed in quick
  // succession, or before hydration, move the browser to entries the router never restores. It still re-renders this hook on
  // Next's own navigations; the address bar is read again after each render that router commits (getSnapshot is new each render).
  useSearchParams();
  const address = useSyncExternalStore(
    subscribeToAddressBar,
    () => window.location.search,
    () => initial.search,
  );
  // Before the parser has loaded, the view is what the server made of the URL it rendered, as long as the address bar still shows
  // that URL. Once it shows another (a Back or Forward to an entry from before a reload, or pressed before hydration), the parser
  // loads (the rendered view stays until then) and the view is read from the URL once it has arrived.
  const parse = parser;
  const showsRendered = searchKey(new URLSearchParams(address)) === initial.search;
  const [, setParserArrived] = useState(false);
  useEffect(() => {
    if (parser || showsRendered) return;
    let current = true;
    loadCardListParser().then(
      () => current && setParserArrived(true),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [showsRendered]);
  const parsed = useMemo(() => (parse ? parse(new URLSearchParams(address)) : serverParse(initial)), [parse, address, initial]);
  const query = parsed.ok ? parsed.query : null;
  const isInitialView = sameView(query, initial.query);
  const result = useQuery({
    queryKey: query ? cardKeys.list(query) : [...cardKeys.lists(), 'invalid'],
    queryFn: ({ signal }) => fetchCardList(query!, signal),
    // The server already tried this view and was refused (a stale page link): no second try on load.
    enabled: !!query && !(isInitialView && initial.error),
    initialData: isInitialView && initial.data ? initial.data : undefined,
    initialDataUpdatedAt: initial.fetchedAt,
    placeholderData: keepPreviousData,
  });
  const error = !parsed.ok ? parsed.message : result.error ? result.error.message : isInitialView ? initial.error : null;

  // Typing in the search box replaces its own history entry, so Back leaves the search rather than replaying every keystroke.
  const lastWasSearch = useRef(false);
  useEffect(() => {
    const forget = () => {
      lastWasSearch.current = false;
    };
    window.addEventListener('popstate', forget);
    return () => window.removeEventListener('popstate', forget);
  }, []);
  const navigate = useCallback(async (next: TCardListQuery | ViewUpdate, { search = false }: { search?: boolean } = {}) => {
    // Loaded before the URL changes, so the render that follows can parse it.
    const parse = await loadCardListParser();
    const view = typeof next === 'function' ? next(currentView(parse)) : next;
    const params = cardListSearchParams(view).toString();
    const url = `${window.location.pathname}${params ? `?${params}` : ''}`;
    if (search && lastWasSearch.current) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    window.dispatchEvent(new Event(ADDRESS_CHANGED));
    lastWasSearch.current = search;
  }, []);

  return {
    query,
    data: result.data ?? null,
    isFetching: result.isFetching,
    isPending: result.isPending && !!query && !error,
    dataUpdatedAt: result.dataUpdatedAt,
    error,
    refetch: result.refetch,
    navigate,
  };
}
