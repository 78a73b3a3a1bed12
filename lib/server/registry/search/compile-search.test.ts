// The Search expression compiler: values only ever as parameters, SageMaker's operator rules per property kind, its limits, and what Cardinal refuses by name.
import { describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/server/errors';
import type { TSearchExpression, TSearchableResource } from '@/lib/sagemaker/search-operation';
import { ZSearchRequest } from '@/lib/sagemaker/search-operation';
import { buildSearchQuery } from './build-search-query';
import { readTimeValue } from './compile-search';

const ARN = { region: 'eu-west-1', account: '111122223333' };

function build(resource: TSearchableResource, expression?: TSearchExpression, extra: { sortBy?: string; descending?: boolean } = {}) {
  return buildSearchQuery({ arn: ARN, resource, expression, descending: extra.descending ?? true, limit: 10, sortBy: extra.sortBy });
}

function refusal(run: () => unknown): { message: string; path?: string } {
  try {
    run();
  } catch (error) {
    if (isAppError(error) && error.code === 'INVALID_INPUT') return { message: error.message, path: error.path };
    throw error;
  }
  throw new Error('expected a ValidationException');
}

describe('filters become parameterised SQL', () => {
  it('never puts a value into the SQL text, however it is quoted', () => {
    const hostile = 'x\'); DROP TABLE "ModelCard"; --';
    const { page, count } = build('ModelCard', {
      Filters: [
        { Name: 'ModelCardName', Operator: 'Equals', Value: hostile },
        { Name: 'Tags.team', Operator: 'In', Value: `${hostile},b` },
      ],
    });
    expect(page.sql).not.toContain('DROP');
    expect(count.sql).not.toContain('DROP');
    expect(page.values).toEqual([hostile, 'team', hostile, 'b']);
  });

  it('a keyed property name is a parameter too (Tags.<key>, CustomerMetadataProperties.<key>, HyperParameters.<name>)', () => {
    const { page } = build('ModelPackage', { Filters: [{ Name: "CustomerMetadataProperties.a'b", Operator: 'Exists' }] });
    expect(page.sql).not.toContain("a'b");
    expect(page.values).toContain("a'b");
  });

  it('a filter with a Value and no Operator is Equals, as SageMaker documents', () => {
    const withDefault = build('ModelCard', { Filters: [{ Name: 'ModelId', Value: 'arn:x' }] }).page.sql;
    const explicit = build('ModelCard', { Filters: [{ Name: 'ModelId', Operator: 'Equals', Value: 'arn:x' }] }).page.sql;
    expect(withDefault).toBe(explicit);
  });

  it('combines filters with And by default and with Or when asked, sub-expressions nested in parentheses', () => {
    const { page } = build('ModelPackage', {
      Operator: 'Or',
      Filters: [{ Name: 'ModelApprovalStatus', Operator: 'Equals', Value: 'Approved' }],
      SubExpressions: [
        {
          Filters: [
            { Name: 'ModelPackageVersion', Operator: 'GreaterThan', Value: '3' },
            { Name: 'ModelPackageGroupName', Operator: 'Equals', Value: 'churn' },
          ],
        },
      ],
    });
    expect(page.sql).toMatch(
      /WHERE \(coalesce\(r\."approvalStatus"::text = \$1, false\) OR \(coalesce\(r\.version > \$2::numeric, false\) AND coalesce\(r\."groupName" = \$3, false\)\)\)/,
    );
  });

  it('reads timestamps as SageMaker documents them (UTC without a zone), with a zone, or as epoch seconds', () => {
    expect(readTimeValue('2026-01-31T12:00:00')).toBe('2026-01-31T12:00:00.000Z');
    expect(readTimeValue('2026-01-31T12:00:00+02:00')).toBe('2026-01-31T10:00:00.000Z');
    expect(readTimeValue('2026-01-31')).toBe('2026-01-31T00:00:00.000Z');
    expect(readTimeValue('1769860800')).toBe('2026-01-31T12:00:00.000Z');
    expect(readTimeValue('2026-02-30T00:00:00')).toBeNull();
    expect(readTimeValue('yesterday')).toBeNull();
    const { page } = build('ModelCard', { Filters: [{ Name: 'CreationTime', Operator: 'GreaterThanOrEqualTo', Value: '2026-01-31T12:00:00' }] });
    expect(page.values).toEqual(['2026-01-31T12:00:00.000Z']);
  });
});

describe('what SageMaker refuses, refused with a message that says why', () => {
  it('an unknown property names the resource and what it can be searched by', () => {
    const { message, path } = refusal(() => build('ModelCard', { Filters: [{ Name: 'ModelCardColour', Value: 'red' }] }));
    expect(path).toBe('SearchExpression.Filters[0].Name');
    expect(message).toContain("'ModelCardColour' is not a searchable property of ModelCard");
    expect(message).toContain('ModelPackageGroupName');
    expect(message).toContain('Tags.<key>');
  });

  it('an unknown SortBy likewise', () => {
    expect(refusal(() => build('TrainingJob', undefined, { sortBy: 'Colour' })).path).toBe('SortBy');
  });

  it('Contains and In only on text; comparisons only on numbers and times', () => {
    expect(refusal(() => build('ModelPackage', { Filters: [{ Name: 'ModelPackageVersion', Operator: 'Contains', Value: '1' }] })).message).toContain(
      'Contains is only supported for text properties',
    );
    expect(refusal(() => build('ModelCard', { Filters: [{ Name: 'CreationTime', Operator: 'In', Value: '1,2' }] })).message).toContain(
      'In is only supported for text properties',
    );
    expect(refusal(() => build('ModelCard', { Filters: [{ Name: 'ModelCardName', Operator: 'GreaterThan', Value: 'a' }] })).message).toContain(
      'GreaterThan is not supported for text properties',
    );
  });

  it('a value that is not of the property kind', () => {
    expect(refusal(() => build('ModelPackage', { Filters: [{ Name: 'ModelPackageVersion', Operator: 'Equals', Value: 'two' }] })).message).toContain(
      "'two' is not a number",
    );
    expect(refusal(() => build('ModelCard', { Filters: [{ Name: 'LastModifiedTime', Operator: 'LessThan', Value: 'soon' }] })).message).toContain(
      "'soon' is not a timestamp",
    );
  });

  it('a comparison without a Value', () => {
    expect(refusal(() => build('ModelCard', { Filters: [{ Name: 'ModelCardVersion', Operator: 'GreaterThan' }] })).path).toBe(
      'SearchExpression.Filters[0].Value',
    );
  });

  it("one Contains per search, with SageMaker's own words", () => {
    const { message } = refusal(() =>
      build('ModelCard', {
        Filters: [{ Name: 'ModelCardName', Operator: 'Contains', Value: 'a' }],
        SubExpressions: [{ Filters: [{ Name: 'Content', Operator: 'Contains', Value: 'b' }] }],
      }),
    );
    expect(message).toContain("'CONTAINS' operator usage limit of 1 exceeded.");
  });

  it('at most 50 filters and sub-expressions through every level', () => {
    const twenty = (value: string) => Array.from({ length: 20 }, () => ({ Name: 'ModelCardName', Operator: 'Equals' as const, Value: value }));
    const fine: TSearchExpression = { Filters: twenty('a'), SubExpressions: [{ Filters: twenty('b').slice(0, 19) }, { Filters: twenty('c').slice(0, 9) }] };
    expect(() => build('ModelCard', fine)).not.toThrow();
    const tooMany: TSearchExpression = { Filters: twenty('a'), SubExpressions: [{ Filters: twenty('b') }, { Filters: twenty('c') }] };
    expect(refusal(() => build('ModelCard', tooMany)).message).toContain('at most 50');
  });

  it('an empty expression and NestedFilters', () => {
    expect(refusal(() => build('ModelCard', {})).message).toContain('at least one filter or sub-expression');
    const nested = refusal(() =>
      build('TrainingJob', { NestedFilters: [{ NestedPropertyName: 'InputDataConfig', Filters: [{ Name: 'InputDataConfig.ChannelName', Value: 'train' }] }] }),
    );
    expect(nested.message).toContain('NestedFilters are not supported by Cardinal');
  });

  it('the request schema keeps the 20-per-list limit and knows every ResourceType botocore has', () => {
    const filters = Array.from({ length: 21 }, () => ({ Name: 'ModelCardName', Value: 'a' }));
    expect(ZSearchRequest.safeParse({ Resource: 'ModelCard', SearchExpression: { Filters: filters } }).success).toBe(false);
    expect(ZSearchRequest.safeParse({ Resource: 'Endpoint' }).success).toBe(true);
    expect(ZSearchRequest.parse({ Resource: 'ModelCard' })).toMatchObject({ SortOrder: 'Descending', MaxResults: 10 });
  });
});

describe('sorting and keyset paging', () => {
  it('sorts by the default property with the id as tie-break, and pages after (key, id) with a row comparison on NOT NULL keys', () => {
    const first = build('ModelPackage');
    expect(first.page.sql).toContain('ORDER BY r."updatedAt" DESC, r.id DESC LIMIT 11');
    const next = buildSearchQuery({ arn: ARN, resource: 'ModelPackage', descending: true, limit: 10, after: { key: '2026-01-01 00:00:00', id: 'abc' } });
    expect(next.page.sql).toContain('(r."updatedAt", r.id) < ($1::timestamp(3), $2)');
  });

  it('a nullable sort key sorts missing values last in both directions', () => {
    const { page } = build('ModelPackage', undefined, { sortBy: 'ModelPackageDescription', descending: false });
    expect(page.sql).toContain('ORDER BY r.description ASC NULLS LAST, r.id ASC');
    const after = buildSearchQuery({
      arn: ARN,
      resource: 'ModelPackage',
      descending: false,
      limit: 5,
      sortBy: 'ModelPackageDescription',
      after: { key: null, id: 'x' },
    });
    expect(after.page.sql).toContain('(r.description IS NULL AND r.id > $1)');
  });
});
