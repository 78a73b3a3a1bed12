// Export jobs newest first by default (or by name or status), filtered by card, version, status, name and creation window, in keyset pages.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Prisma } from '@/lib/server/generated/prisma/client';
import type { Actor } from '@/lib/server/auth/actor';
import { requireCardReader } from '@/lib/server/model-cards/card-rules';
import { cursorDate, cursorString, decodeCursor, encodeCursor, parsePageSize } from '@/lib/server/model-cards/cursor';
import type { Page } from '@/lib/server/model-cards/card-dto';
import { EXPORT_JOB_STATUSES } from '@/lib/schemas/export-job-status';
import type { TExportJobStatus } from '@/lib/schemas/export-job-status';
import { EXPORT_JOB_SELECT } from './export-job-dto';
import type { ExportJobDto } from './export-job-dto';

export type ExportJobSort = 'createdAt' | 'name' | 'status';
export type ExportJobFilters = {
  cardName?: string;
  version?: number;
  status?: TExportJobStatus;
  nameContains?: string;
  createdAfter?: Date;
  createdBefore?: Date;
};

const DEFAULT_PAGE_SIZE = 25;

/** Rows after the cursor row in (createdAt, id) order. */
function afterTime(createdAt: Date, id: string, desc: boolean): Prisma.ExportJobWhereInput {
  const past = desc ? 'lt' : 'gt';
  return { OR: [{ createdAt: { [past]: createdAt } }, { createdAt, id: { [past]: id } }] };
}

/** The status order is the enum's (InProgress, Completed, Failed), as PostgreSQL sorts it. */
function afterCursor(sortBy: ExportJobSort, desc: boolean, keys: unknown[]): Prisma.ExportJobWhereInput {
  const id = cursorString(keys[keys.length - 1]);
  const past = desc ? 'lt' : 'gt';
  if (sortBy === 'createdAt') return afterTime(cursorDate(keys[0]), id, desc);
  if (sortBy === 'name') {
    const name = cursorString(keys[0]);
    return { OR: [{ jobName: { [past]: name } }, { jobName: name, id: { [past]: id } }] };
  }
  const status = cursorString(keys[0]) as TExportJobStatus;
  const rank = EXPORT_JOB_STATUSES.indexOf(status);
  const later = EXPORT_JOB_STATUSES.filter((_, index) => (desc ? index < rank : index > rank));
  return { OR: [{ status: { in: [...later] } }, { status, ...afterTime(cursorDate(keys[1]), id, desc) }] };
}

function orderOf(sortBy: ExportJobSort, direction: 'asc' | 'desc'): Prisma.ExportJobOrderByWithRelationInput[] {
  if (sortBy === 'name') return [{ jobName: direction }, { id: direction }];
  if (sortBy === 'status') return [{ status: direction }, { createdAt: direction }, { id: direction }];
  return [{ createdAt: direction }, { id: direction }];
}

function cursorKeys(sortBy: ExportJobSort, job: ExportJobDto): string[] {
  if (sortBy === 'name') return [job.jobName, job.id];
  if (sortBy === 'status') return [job.status, job.createdAt.toISOString(), job.id];
  return [job.createdAt.toISOString(), job.id];
}

export async function listExportJobs({
  actor,
  filters = {},
  sortBy = 'createdAt',
  order = 'desc',
  limit,
  cursor,
}: {
  actor: Actor | null;
  filters?: ExportJobFilters;
  sortBy?: ExportJobSort;
  order?: 'asc' | 'desc';
  limit?: number;
  cursor?: string;
}): Promise<Page<ExportJobDto>> {
  requireCardReader(actor);
  const take = parsePageSize(limit, DEFAULT_PAGE_SIZE);
  const listing = `export-jobs:${sortBy}:${order}`;
  const where: Prisma.ExportJobWhereInput = {
    ...(filters.cardName !== undefined ? { cardName: filters.cardName } : {}),
    ...(filters.version !== undefined ? { version: filters.version } : {}),
    ...(filters.status !== undefined ? { status: filters.status } : {}),
    ...(filters.nameContains ? { jobName: { contains: filters.nameContains, mode: 'insensitive' } } : {}),
    ...(filters.createdAfter || filters.createdBefore
      ? { createdAt: { ...(filters.createdAfter ? { gt: filters.createdAfter } : {}), ...(filters.createdBefore ? { lt: filters.createdBefore } : {}) } }
      : {}),
  };
  const page = cursor === undefined ? where : { AND: [where, afterCursor(sortBy, order === 'desc', decodeCursor(cursor, listing))] };
  const rows = await getDb().exportJob.findMany({ where: page, orderBy: orderOf(sortBy, order), take: take + 1, select: EXPORT_JOB_SELECT });
  const items = rows.slice(0, take);
  return { items, nextCursor: rows.length > take ? encodeCursor(listing, cursorKeys(sortBy, items[items.length - 1])) : null };
}
