'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useQueryClient } from '@tanstack/react-query';
import { DEFAULT_CARD_LIST_QUERY, cardListSearchParams } from '@/lib/schemas/card-list-params';
import { clearCardFilters, hasCardFilters } from './hub-view';
import { cardKeys } from '@/lib/query-keys';
import { buttonClass } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { currentView, loadCardListParser, useCardList } from './use-card-list';
import type { ViewUpdate } from './use-card-list';
import { useNow } from './relative-time';
import { HubCounts } from './hub-counts';
import { HubFilters } from './hub-filters';
import { HubTable } from './hub-table';
import { HubPagination } from './hub-pagination';
import { BulkActions, BulkResultNotice, cards } from './bulk-actions';
import type { BulkResult } from './bulk-actions';
import { EmptyRegistry, NoMatches } from './hub-empty';
import { QueryProvider } from '@/components/providers/query-provider';
import type { CardHubProps } from './card-hub';
import { PageHeader } from '@/components/ui/page-header';

/** A range that ends before it starts, said in the words of the form rather than the URL's. */
function filterMessage(path: string, message: string): string {
  if (path === 'createdTo') return '“Created to” is before “Created from”.';
  if (path === 'modifiedTo') return '“Modified to” is before “Modified from”.';
  return message;
}

/** The hub with the tab's query client: what card-hub.tsx loads lazily. */
export function LiveCardHub(props: CardHubProps) {
  return (
    <QueryProvider>
      <Hub {...props} />
    </QueryProvider>
  );
}

function Hub({ initial, owners, currentUserId, canAuthor }: CardHubProps) {
  const queryClient = useQueryClient();
  const list = useCardList(initial);
  const query = list.query ?? DEFAULT_CARD_LIST_QUERY;
  const data = list.data;
  const tick = useNow(initial.fetchedAt);
  // Relative times count from the newer of the clock and the answer, so a fresh answer never reads as older than it is.
  const now = Math.max(tick, list.dataUpdatedAt || initial.fetchedAt);
  const [filterError, setFilterError] = useState<string | null>(null);
  const [result, setResult] = useState<BulkResult | null>(null);

  const viewKey = JSON.stringify(cardKeys.list(query));
  const [selection, setSelection] = useState<{ view: string; ids: string[] }>({ view: viewKey, ids: [] });
  const items = data?.items ?? [];
  const selectedIds = selection.view === viewKey ? selection.ids.filter((id) => items.some((card) => card.id === id)) : [];
  const chosen = items.filter((card) => selectedIds.includes(card.id));
  // Each card says what this person may do to it (the archive and delete services' own checks); the page offers what any of its cards allows.
  const canArchive = items.some((card) => card.actions.canArchive);
  const canDelete = items.some((card) => card.actions.canDelete);
  const selectable = canArchive || canDelete;

  /** Any change of filter, sort or page size starts again from the first page. */
  async function applyFilters(update: ViewUpdate, options?: { search?: boolean }) {
    const parse = await loadCardListParser();
    const view = { ...update(currentView(parse)), cursor: undefined, back: [] };
    const checked = parse(cardListSearchParams(view));
    if (!checked.ok) {
      setFilterError(filterMessage(checked.path, checked.message));
      return;
    }
    setFilterError(null);
    await list.navigate(checked.query, options);
  }

  async function finishBulk(outcome: BulkResult) {
    setResult(outcome);
    setSelection({ view: viewKey, ids: [] });
    await queryClient.invalidateQueries({ queryKey: cardKeys.all });
  }

  const filtered = hasCardFilters(query);
  const emptyRegistry = !!data && !filtered && !query.cursor && data.counts.total === 0;
  const showActions = canAuthor && !emptyRegistry;

  return (
    <section aria-labelledby="page-title" className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <PageHeader title="Model cards">Every card in the registry, with its status, risk and latest version.</PageHeader>
        {showActions ? (
          <div className="flex gap-2">
            <Link href="/model-cards/import" className={buttonClass('secondary')}>
              Import JSON
            </Link>
            <Link href="/model-cards/new" className={buttonClass('primary')}>
              Create model card
            </Link>
          </div>
        ) : null}
      </div>

      {result ? <BulkResultNotice result={result} onDismiss={() => setResult(null)} /> : null}

      {list.error ? (
        <Notice tone="error">
          <span>{list.error} </span>
          {list.query ? (
            <button
              type="button"
              className="font-medium underline"
              onClick={() => (query.cursor ? list.navigate({ ...query, cursor: undefined, back: [] }) : list.refetch())}
            >
              {query.cursor ? 'Go to the first page' : 'Try again'}
            </button>
          ) : (
            <button type="button" className="font-medium underline" onClick={() => list.navigate(DEFAULT_CARD_LIST_QUERY)}>
              Show all cards
            </button>
          )}
        </Notice>
      ) : null}

      {emptyRegistry ? (
        <EmptyRegistry canAuthor={canAuthor} />
      ) : (
        <>
          <HubCounts counts={data?.counts ?? null} query={query} onChange={applyFilters} />
          <HubFilters
            query={query}
            owners={owners}
            currentUserId={currentUserId}
            onChange={applyFilters}
            onSearch={(name) => applyFilters((current) => ({ ...current, name: name || undefined }), { search: true })}
          />
          {filterError ? <Notice tone="error">{filterError}</Notice> : null}
          <div className="flex min-h-9 flex-wrap items-center justify-between gap-3">
            <p className="text-sm text-muted">
              <span role="status" aria-live="polite">
                <span className="font-medium text-fg">{data ? cards(data.counts.total) : 'Loading cards…'}</span>
                {chosen.length ? ` · ${chosen.length} selected` : ''}
              </span>
              {filtered ? (
                <>
                  {' · '}
                  <button
                    type="button"
                    className="rounded font-medium text-accent underline-offset-2 hover:underline"
                    onClick={() => applyFilters(clearCardFilters)}
                  >
                    Clear filters
                  </button>
                </>
              ) : null}
            </p>
            <BulkActions chosen={chosen} canArchive={canArchive} canDelete={canDelete} onDone={finishBulk} />
          </div>
          {items.length ? (
            <HubTable
              items={items}
              query={query}
              now={now}
              selectable={selectable}
              selected={selectedIds}
              onSelect={(ids) => setSelection({ view: viewKey, ids })}
              onSort={(sort, order) => applyFilters((current) => ({ ...current, sort, order }))}
              busy={list.isFetching}
            />
          ) : data && filtered && !query.cursor ? (
            <NoMatches reason="filters" action="Clear filters" onAction={() => applyFilters(clearCardFilters)} />
          ) : data && query.cursor ? (
            <NoMatches reason="page" action="Go to the first page" onAction={() => applyFilters((current) => current)} />
          ) : list.isPending ? (
            <div aria-busy className="h-64 animate-pulse rounded-xl border border-line bg-surface" />
          ) : null}
          {items.length || query.cursor ? (
            <HubPagination
              query={query}
              shown={items.length}
              total={data ? data.counts.total : null}
              nextCursor={data?.nextCursor ?? null}
              onChange={(update) => list.navigate(update)}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
