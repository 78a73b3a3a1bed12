// One page of a search as SQL: the compiled condition, the sort property with the id as tie-break, keyset paging after the previous page's last (sort key, id), and a capped count of every match.
import 'server-only';
import type { TSearchExpression, TSearchableResource } from '@/lib/sagemaker/search-operation';
import type { TArnContext } from '@/lib/server/arn-context';
import { compileSearchExpression, resolveProperty } from './compile-search';
import { SqlParams, TIME_CAST } from './search-sql';
import type { TProperty } from './search-sql';
import { SEARCH_CATALOGUES } from './catalogues';

/** Where the previous page ended: its last row's sort key (as text; NULL sorts last) and id. */
export type TSearchPosition = { key: string | null; id: string };

/** TotalHits counts at most this many matches and says GreaterThanOrEqualTo beyond, so a count never costs more than this. */
export const TOTAL_HITS_CAP = 10_000;

export type TSearchQuery = {
  /** Rows `id`, `sort_key` (text), limit + 1 of them: one more than the page tells whether another page follows. */
  page: { sql: string; values: string[] };
  count: { sql: string; values: string[] };
};

function bindKey(property: TProperty, key: string, params: SqlParams): string {
  if (property.kind === 'time') return `${params.add(key)}::${TIME_CAST}`;
  if (property.kind === 'number') return `${params.add(key)}::numeric`;
  return params.add(key);
}

/**
 * Rows after the position in ORDER BY key <dir> NULLS LAST, id <dir>. For a NOT NULL key it is one row comparison,
 * which an index on (key, id) serves in either direction.
 */
function afterPosition(property: TProperty, subject: string, descending: boolean, position: TSearchPosition, params: SqlParams): string {
  const beyond = descending ? '<' : '>';
  if (position.key === null) return `(${subject} IS NULL AND r.id ${beyond} ${params.add(position.id)})`;
  const key = bindKey(property, position.key, params);
  const id = params.add(position.id);
  if (property.notNull) return `(${subject}, r.id) ${beyond} (${key}, ${id})`;
  return `(${subject} ${beyond} ${key} OR (${subject} = ${key} AND r.id ${beyond} ${id}) OR ${subject} IS NULL)`;
}

export function buildSearchQuery({
  arn,
  resource,
  expression,
  sortBy,
  descending,
  limit,
  after,
}: {
  arn: TArnContext;
  resource: TSearchableResource;
  expression?: TSearchExpression;
  /** A property name; the resource's default (LastModifiedTime, or CreationTime where it has none) when omitted. */
  sortBy?: string;
  descending: boolean;
  limit: number;
  after?: TSearchPosition;
}): TSearchQuery {
  const catalogue = SEARCH_CATALOGUES[resource];
  const sortProperty = resolveProperty(resource, catalogue, sortBy ?? catalogue.defaultSortBy, 'SortBy');

  const countParams = new SqlParams(arn);
  const countWhere = compileSearchExpression(resource, catalogue, expression, countParams);
  const count = {
    sql: `SELECT count(*)::int AS hits FROM (SELECT 1 FROM ${catalogue.from} WHERE ${countWhere} LIMIT ${TOTAL_HITS_CAP + 1}) matches`,
    values: countParams.values,
  };

  const params = new SqlParams(arn);
  const where = compileSearchExpression(resource, catalogue, expression, params);
  const subject = sortProperty.sql(params);
  const direction = descending ? 'DESC' : 'ASC';
  const conditions = after ? `${where} AND ${afterPosition(sortProperty, subject, descending, after, params)}` : where;
  const nulls = sortProperty.notNull ? '' : ' NULLS LAST';
  const page = {
    sql: `SELECT r.id AS id, (${subject})::text AS sort_key FROM ${catalogue.from} WHERE ${conditions} ORDER BY ${subject} ${direction}${nulls}, r.id ${direction} LIMIT ${limit + 1}`,
    values: params.values,
  };
  return { page, count };
}
