// Search over model cards, package versions, package groups, models and training-job records: any signed-in role may search, the database filters, sorts and pages (keyset on sort key and id), and TotalHits is a count capped at 10,000.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { requireRole } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { AppError } from '@/lib/server/errors';
import type { TSearchExpression, TSearchableResource } from '@/lib/sagemaker/search-operation';
import type { TArnContext } from '@/lib/server/arn-context';
import { buildSearchQuery, TOTAL_HITS_CAP } from './build-search-query';
import type { TSearchPosition } from './build-search-query';
import { loadSearchRecords } from './load-search-records';
import type { TSearchItems } from './load-search-records';

export type { TSearchPosition };

export type TSearchPage = TSearchItems & {
  /** Where the next page starts; null on the last page. */
  next: TSearchPosition | null;
  totalHits: { value: number; atLeast: boolean };
};

export async function searchRegistry({
  actor,
  arn,
  resource,
  expression,
  sortBy,
  sortOrder = 'Descending',
  limit = 10,
  after,
}: {
  actor: Actor | null;
  /** This server's region and account: ARN properties are built from them. */
  arn: TArnContext;
  resource: TSearchableResource;
  expression?: TSearchExpression;
  sortBy?: string;
  sortOrder?: 'Ascending' | 'Descending';
  /** 1–100. */
  limit?: number;
  after?: TSearchPosition;
}): Promise<TSearchPage> {
  requireRole(actor, ['admin', 'author', 'reviewer', 'auditor'], 'search the registry');
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    throw new AppError('INVALID_INPUT', 'MaxResults: must be a whole number from 1 to 100', { path: 'MaxResults' });
  const query = buildSearchQuery({ arn, resource, expression, sortBy, descending: sortOrder === 'Descending', limit, after });
  const db = getDb();
  const rows = await db.$queryRawUnsafe<{ id: string; sort_key: string | null }[]>(query.page.sql, ...query.page.values);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  // A first page that holds every match is its own count: the SDK's lookups (one card, one job) need no second query.
  const countAll = after !== undefined || rows.length > limit;
  const [records, hits] = await Promise.all([
    loadSearchRecords(
      resource,
      page.map((row) => row.id),
      arn,
    ),
    countAll ? db.$queryRawUnsafe<{ hits: number }[]>(query.count.sql, ...query.count.values).then((counted) => Number(counted[0]?.hits ?? 0)) : rows.length,
  ]);
  return {
    ...records,
    next: rows.length > limit ? { key: last.sort_key, id: last.id } : null,
    totalHits: { value: Math.min(hits, TOTAL_HITS_CAP), atLeast: hits > TOTAL_HITS_CAP },
  };
}
