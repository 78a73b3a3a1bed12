import { describe, it, expect } from 'vitest';
import { MAX_PAGE_SIZE as SERVICE_MAX_PAGE_SIZE } from '@/lib/server/model-cards/cursor';
import type { CardCountsDto } from '@/lib/server/model-cards/count-cards';
import type { TCardFilters } from '@/lib/server/model-cards/card-query';
import {
  DEFAULT_CARD_LIST_QUERY,
  MAX_PAGE_SIZE,
  cardFiltersOf,
  cardListSearchParams,
  clearCardFilters,
  countCardFacets,
  hasCardFilters,
  parseCardListQuery,
} from './card-list-query';

function parse(search: string) {
  const result = parseCardListQuery(new URLSearchParams(search));
  if (!result.ok) throw new Error(`expected ${search} to parse: ${result.message}`);
  return result.query;
}

function refusal(search: string) {
  const result = parseCardListQuery(new URLSearchParams(search));
  if (result.ok) throw new Error(`expected ${search} to be refused`);
  return result;
}

describe('parseCardListQuery', () => {
  it('keeps to the services’ page-size limit', () => {
    expect(MAX_PAGE_SIZE).toBe(SERVICE_MAX_PAGE_SIZE);
  });

  it('gives the hub’s defaults for an empty query: last modified first, 25 a page', () => {
    expect(parse('')).toEqual({ status: [], risk: [], sort: 'updatedAt', order: 'desc', limit: 25, back: [] });
    expect(DEFAULT_CARD_LIST_QUERY).toEqual(parse(''));
    expect(hasCardFilters(parse(''))).toBe(false);
  });

  it('reads lists repeated or comma-separated, without duplicates, and treats empty values as absent', () => {
    expect(parse('status=Draft,Approved&status=Draft&risk=High').status).toEqual(['Draft', 'Approved']);
    expect(parse('status=Draft&risk=High&risk=Low').risk).toEqual(['High', 'Low']);
    const blank = parse('name=&status=&owner=&cursor=');
    expect(blank).toEqual(parse(''));
  });

  it('trims the name and orders names A→Z unless told otherwise', () => {
    expect(parse('name=%20churn%20').name).toBe('churn');
    expect(parse('sort=name')).toMatchObject({ sort: 'name', order: 'asc' });
    expect(parse('sort=name&order=desc')).toMatchObject({ sort: 'name', order: 'desc' });
    expect(parse('sort=createdAt')).toMatchObject({ sort: 'createdAt', order: 'desc' });
  });

  it('accepts Next’s searchParams record as well as URLSearchParams', () => {
    const result = parseCardListQuery({ status: ['Draft', 'Archived'], risk: 'High', limit: '10', unknown: 'ignored' });
    expect(result).toEqual({ ok: true, query: expect.objectContaining({ status: ['Draft', 'Archived'], risk: ['High'], limit: 10 }) });
  });

  it('names the parameter that is wrong', () => {
    expect(refusal('status=Draft,Done')).toMatchObject({ path: 'status', message: expect.stringMatching(/^status: must be one of Draft, PendingReview, Approved, Archived/) });
    expect(refusal('risk=Extreme').path).toBe('risk');
    expect(refusal('sort=owner').path).toBe('sort');
    expect(refusal('order=up').path).toBe('order');
    expect(refusal('owner=alice').message).toBe('owner: must be a user id or "me"');
    for (const limit of ['0', '101', '2.5', 'ten']) expect(refusal(`limit=${limit}`).path).toBe('limit');
    expect(refusal('createdFrom=yesterday').message).toMatch(/^createdFrom: must be a date \(YYYY-MM-DD\)/);
    expect(refusal('modifiedTo=2026-02-30').path).toBe('modifiedTo');
    expect(refusal(`name=${'x'.repeat(257)}`).path).toBe('name');
  });

  it('refuses a range that ends before it starts', () => {
    expect(refusal('createdFrom=2026-03-02&createdTo=2026-03-01')).toMatchObject({ path: 'createdTo', message: 'createdTo: must not be before createdFrom' });
    expect(parse('modifiedFrom=2026-03-01&modifiedTo=2026-03-01').modifiedTo).toBe('2026-03-01');
  });
});

describe('cardListSearchParams', () => {
  it('writes a view back to the parameters it was read from, leaving defaults out', () => {
    const search = 'name=churn&status=Draft,Approved&risk=High&owner=me&createdFrom=2026-01-01&modifiedTo=2026-03-01T12:00:00Z&sort=name&order=desc&limit=10&cursor=abc&back=x,y';
    const query = parse(search);
    expect(cardListSearchParams(query).toString()).toBe(new URLSearchParams(search).toString());
    expect(parse(cardListSearchParams(query).toString())).toEqual(query);
    expect(cardListSearchParams(parse('sort=updatedAt&order=desc&limit=25')).toString()).toBe('');
  });

  it('gives the API every setting but not the hub’s way back', () => {
    const params = cardListSearchParams(parse('cursor=c3&back=c1,c2'), { forApi: true });
    expect(Object.fromEntries(params)).toEqual({ sort: 'updatedAt', order: 'desc', limit: '25', cursor: 'c3' });
  });

  it('clears filters and paging but keeps sort and page size', () => {
    const cleared = clearCardFilters(parse('name=a&status=Draft&sort=name&limit=50&cursor=c2&back=c1'));
    expect(cleared).toEqual({ ...DEFAULT_CARD_LIST_QUERY, sort: 'name', order: 'asc', limit: 50 });
    expect(hasCardFilters(parse('createdTo=2026-01-01'))).toBe(true);
  });
});

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
    const kept = cards.filter((card) => (!filters.status?.length || filters.status.includes(card.status)) && (!filters.riskRating?.length || filters.riskRating.includes(card.risk)));
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
    expect(await countCardFacets({}, count)).toEqual({ total: 6, byStatus: { Draft: 2, PendingReview: 0, Approved: 3, Archived: 1 }, byRisk: { High: 2, Medium: 1, Low: 3, Unknown: 0 } });
    expect(calls).toHaveLength(1);
  });

  it('leaves each dimension’s own filter out of its counts, and totals the filtered list', async () => {
    const counts = await countCardFacets({ status: ['Approved'], riskRating: ['Low'] }, count);
    expect(counts.total).toBe(2);
    expect(counts.byStatus).toEqual({ Draft: 1, PendingReview: 0, Approved: 2, Archived: 0 });
    expect(counts.byRisk).toEqual({ High: 1, Medium: 0, Low: 2, Unknown: 0 });
  });
});
