// What the hub's URL query asks the services for: filters with whole UTC days, and counts faceted so a chosen status still shows what another would add.
import { describe, it, expect } from 'vitest';
import { parseCardListQuery } from '@/lib/schemas/card-list-query';
import { cardFiltersOf } from './card-query';
import type { TCardFilters } from './card-query';
import { countCardFacets } from './count-card-facets';
import type { CardCountsDto } from './count-cards';

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
  const zero = { Draft: 0, PendingReview: 0, Approved: 0, Archived: 0 };
  // A fake count over six cards, honouring status and risk filters the way countCards does.
  const cards = [
    { status: 'Draft', risk: 'High' },
    { status: 'Draft', risk: 'Low' },
    { status: 'Approved', risk: 'High' },
    { status: 'Approved', risk: 'Low' },
    { status: 'Approved', risk: 'Low' },
    { status: 'Archived', risk: 'Medium' },
  ] as const;
  const calls: TCardFilters[] = [];
  async function count(filters: TCardFilters): Promise<CardCountsDto> {
    calls.push(filters);
    const kept = cards.filter(
      (card) => (!filters.status?.length || filters.status.includes(card.status)) && (!filters.riskRating?.length || filters.riskRating.includes(card.risk)),
    );
    const byStatus = { ...zero };
    const byRisk = { High: 0, Medium: 0, Low: 0, Unknown: 0 };
    for (const card of kept) {
      byStatus[card.status]++;
      byRisk[card.risk]++;
    }
    return { total: kept.length, byStatus, byRisk };
  }

  it('counts once when neither status nor risk is filtered', async () => {
    calls.length = 0;
    expect(await countCardFacets({}, count)).toEqual({
      total: 6,
      byStatus: { Draft: 2, PendingReview: 0, Approved: 3, Archived: 1 },
      byRisk: { High: 2, Medium: 1, Low: 3, Unknown: 0 },
    });
    expect(calls).toHaveLength(1);
  });

  it('leaves each dimension’s own filter out of its counts, and totals the filtered list', async () => {
    const counts = await countCardFacets({ status: ['Approved'], riskRating: ['Low'] }, count);
    expect(counts.total).toBe(2);
    expect(counts.byStatus).toEqual({ Draft: 1, PendingReview: 0, Approved: 2, Archived: 0 });
    expect(counts.byRisk).toEqual({ High: 1, Medium: 0, Low: 2, Unknown: 0 });
  });
});
