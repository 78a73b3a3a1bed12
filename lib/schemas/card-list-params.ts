// The hub's list query as URL parameters, and its defaults, without zod: the hub's first load carries no validator.
// card-list-query.ts validates (the hub page, GET /api/v1/model-cards, and the browser once the view changes).
import type { TCardListQuery } from './card-list-query';
import type { TCardSortKey } from './card-status';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

/** Names first A→Z; times newest first. */
export function defaultOrder(sort: TCardSortKey): 'asc' | 'desc' {
  return sort === 'name' ? 'asc' : 'desc';
}

/** What parseCardListQuery makes of no parameters at all (card-list-query.test.ts holds the two together). */
export const DEFAULT_CARD_LIST_QUERY: TCardListQuery = {
  name: undefined,
  status: [],
  risk: [],
  sort: 'updatedAt',
  order: defaultOrder('updatedAt'),
  limit: DEFAULT_PAGE_SIZE,
  back: [],
};

/** Parameters for a URL, in a fixed order and without defaults, so equal views have equal URLs. `back` only for the hub's own URL. */
export function cardListSearchParams(query: TCardListQuery, { forApi = false }: { forApi?: boolean } = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (query.name) params.set('name', query.name);
  if (query.status.length) params.set('status', query.status.join(','));
  if (query.risk.length) params.set('risk', query.risk.join(','));
  if (query.owner) params.set('owner', query.owner);
  for (const key of ['createdFrom', 'createdTo', 'modifiedFrom', 'modifiedTo'] as const) if (query[key]) params.set(key, query[key]);
  if (forApi || query.sort !== 'updatedAt') params.set('sort', query.sort);
  if (forApi || query.order !== defaultOrder(query.sort)) params.set('order', query.order);
  if (forApi || query.limit !== DEFAULT_PAGE_SIZE) params.set('limit', String(query.limit));
  if (query.cursor) params.set('cursor', query.cursor);
  if (!forApi && query.back.length) params.set('back', query.back.join(','));
  return params;
}

/**
 * A URL's parameters in a form that compares equal for the same parameters in any order: what the server rendered
 * (from its parameter record) against the address bar (which, after a Back before hydration, may show another entry).
 */
export function searchKey(params: URLSearchParams | Record<string, string | string[] | undefined>): string {
  const sorted = new URLSearchParams();
  if (params instanceof URLSearchParams) for (const [key, value] of params) sorted.append(key, value);
  else for (const [key, value] of Object.entries(params)) for (const one of [value ?? []].flat()) sorted.append(key, one);
  sorted.sort();
  return sorted.toString();
}
