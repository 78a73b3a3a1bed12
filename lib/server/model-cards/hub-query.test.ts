// What the hub's URL query asks the services for: filters with whole UTC days, and counts faceted so a chosen status still shows what another would add.
import { describe, it, expect } from 'vitest';
import { parseCardListQuery } from '@/lib/schemas/card-list-query';
import { cardFiltersOf } from './card-query';
import { countCardFacets } from './count-card-facets';
import type { CardCountCell } from './count-card-facets';

function parse(search: string) {
  const result = parseCardListQuery(new URLSearchParams(search));
  if (!result.ok) throw new Error(`expected ${search} to parse: ${result.message}`);
  return result.query;
}

describe('cardFiltersOf', () => {
  it('turns the query into service filters, with me as the signed-in user and whole UTC days both ends included', () => {
    const filters = cardFiltersOf(parse('name=churn&status=Draft&risk=Low&owner=me&createdFrom=2026-03-01&createdTo=2026-03-02'), 'user-1');
    expect(filters).toEqual({
      nameContains: 'churn',
      status: ['Draft'],
      riskRating: ['Low'],
      ownerId: 'user-1',
      createdAfter: new Date('2026-02-28T23:59:59.999Z'),
      createdBefore: new Date('2026-03-03T00:00:00.000Z'),
      modifiedAfter: undefined,
      modifiedBefore: undefined,
    });
  });

  it('includes an exact instant at both ends', () => {
    const filters = cardFiltersOf(parse('modifiedFrom=2026-03-01T10:00:00Z&modifiedTo=2026-03-01T11:00:00%2B01:00'), 'u');
    expect(filters.modifiedAfter).toEqual(new Date('2026-03-01T09:59:59.999Z'));
    expect(filters.modifiedBefore).toEqual(new Date('2026-03-01T10:00:00.001Z'));
  });
});

describe('countCardFacets', () => {
  // Six cards as status × risk cells, the way countCards reads them (under every filter but status and risk).
  const cells: CardCountCell[] = [
    { status: 'Draft', riskRating: 'High', cards: 1 },
    { status: 'Draft', riskRating: 'Low', cards: 1 },
    { status: 'Approved', riskRating: 'High', cards: 1 },
    { status: 'Approved', riskRating: 'Low', cards: 2 },
    { status: 'Archived', riskRating: 'Medium', cards: 1 },
  ];

  it('counts every card once when neither status nor risk is filtered', () => {
    expect(countCardFacets({}, cells)).toEqual({
      total: 6,
      byStatus: { Draft: 2, PendingReview: 0, Approved: 3, Archived: 1 },
      byRisk: { High: 2, Medium: 1, Low: 3, Unknown: 0 },
    });
  });

  it('leaves each dimension’s own filter out of its counts, and totals the filtered list', () => {
    const counts = countCardFacets({ status: ['Approved'], riskRating: ['Low'] }, cells);
    expect(counts.total).toBe(2);
    expect(counts.byStatus).toEqual({ Draft: 1, PendingReview: 0, Approved: 2, Archived: 0 });
    expect(counts.byRisk).toEqual({ High: 1, Medium: 0, Low: 2, Unknown: 0 });
  });
});
