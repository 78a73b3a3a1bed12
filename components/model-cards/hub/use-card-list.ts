'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'next/navigation';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { DEFAULT_CARD_LIST_QUERY, cardListSearchParams } from '@/lib/schemas/card-list-params';
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
  const searchParams = useSearchParams();
  // Before the parser has loaded, the address bar shows the URL the server rendered, or one Back or Forward reached without a
  // change through navigate (history entries from before a reload, which the router may restore without rendering the page
  // again): then the parser loads, and the view is read from the URL once it has arrived.
  const parse = parser;
  const [renderedSearch] = useState(() => searchParams.toString());
  const [, setParserArrived] = useState(false);
  useEffect(() => {
    if (parser || searchParams.toString() === renderedSearch) return;
    let current = true;
    loadCardListParser().then(
      () => current && setParserArrived(true),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [searchParams, renderedSearch]);
  const parsed = useMemo(() => (parse ? parse(searchParams) : serverParse(initial)), [parse, searchParams, initial]);
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
