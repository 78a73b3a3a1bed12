import { describe, it, expect } from 'vitest';
import { MAX_PAGE_SIZE as SERVICE_MAX_PAGE_SIZE } from '@/lib/server/model-cards/cursor';
import { DEFAULT_CARD_LIST_QUERY, MAX_PAGE_SIZE, cardListSearchParams, searchKey } from './card-list-params';
import { parseCardListQuery } from './card-list-query';

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
    expect(refusal('status=Draft,Done')).toMatchObject({
      path: 'status',
      message: expect.stringMatching(/^status: must be one of Draft, PendingReview, Approved, Archived/),
    });
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
    const search =
      'name=churn&status=Draft,Approved&risk=High&owner=me&createdFrom=2026-01-01&modifiedTo=2026-03-01T12:00:00Z&sort=name&order=desc&limit=10&cursor=abc&back=x,y';
    const query = parse(search);
    expect(cardListSearchParams(query).toString()).toBe(new URLSearchParams(search).toString());
    expect(parse(cardListSearchParams(query).toString())).toEqual(query);
    expect(cardListSearchParams(parse('sort=updatedAt&order=desc&limit=25')).toString()).toBe('');
  });

  it('gives the API every setting but not the hub’s way back', () => {
    const params = cardListSearchParams(parse('cursor=c3&back=c1,c2'), { forApi: true });
    expect(Object.fromEntries(params)).toEqual({ sort: 'updatedAt', order: 'desc', limit: '25', cursor: 'c3' });
  });
});

describe('searchKey', () => {
  it('is the same for the server’s parameter record and the address bar, in any order, and differs for another view', () => {
    const fromServer = searchKey({ status: 'Draft', owner: 'u-1', risk: ['high', 'low'], name: undefined });
    expect(searchKey(new URLSearchParams('?owner=u-1&risk=high&status=Draft&risk=low'))).toBe(fromServer);
    expect(searchKey(new URLSearchParams('?risk=high&risk=low&status=Draft&owner=u-1'))).toBe(fromServer);
    expect(searchKey(new URLSearchParams('?status=Draft'))).not.toBe(fromServer);
    expect(searchKey(new URLSearchParams(''))).toBe(searchKey({}));
  });
});
