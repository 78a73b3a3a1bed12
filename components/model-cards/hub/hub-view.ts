// The hub's view of its query: whether it narrows the list, and the same view with the filters cleared.
import { DEFAULT_CARD_LIST_QUERY } from '@/lib/schemas/card-list-params';
import type { TCardListQuery } from '@/lib/schemas/card-list-query';

/** True when the query narrows the list (sort and paging do not). */
export function hasCardFilters(query: TCardListQuery): boolean {
  return !!(
    query.name ||
    query.status.length ||
    query.risk.length ||
    query.owner ||
    query.createdFrom ||
    query.createdTo ||
    query.modifiedFrom ||
    query.modifiedTo
  );
}

/** The same view without filters or paging; sort and page size stay. */
export function clearCardFilters(query: TCardListQuery): TCardListQuery {
  return { ...DEFAULT_CARD_LIST_QUERY, sort: query.sort, order: query.order, limit: query.limit };
}
