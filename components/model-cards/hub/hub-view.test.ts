// The hub's own view of its query: what counts as a filter, and clearing them.
import { describe, it, expect } from 'vitest';
import { DEFAULT_CARD_LIST_QUERY } from '@/lib/schemas/card-list-params';
import { parseCardListQuery } from '@/lib/schemas/card-list-query';
import { clearCardFilters, hasCardFilters } from './hub-view';

function parse(search: string) {
  const result = parseCardListQuery(new URLSearchParams(search));
  if (!result.ok) throw new Error(`expected ${search} to parse: ${result.message}`);
  return result.query;
}

describe('clearCardFilters', () => {
  it('clears filters and paging but keeps sort and page size', () => {
    const cleared = clearCardFilters(parse('name=a&status=Draft&sort=name&limit=50&cursor=c2&back=c1'));
    expect(cleared).toEqual({ ...DEFAULT_CARD_LIST_QUERY, sort: 'name', order: 'asc', limit: 50 });
    expect(hasCardFilters(parse('createdTo=2026-01-01'))).toBe(true);
    expect(hasCardFilters(parse(''))).toBe(false);
  });
});
