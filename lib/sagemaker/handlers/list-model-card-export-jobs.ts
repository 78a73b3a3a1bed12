// ListModelCardExportJobs: one card's jobs (by name; none for a name with no card), filtered by version, status, name and creation window, sorted by creation time, name or status, in pages.
import 'server-only';
import { z } from 'zod';
import { listExportJobs } from '@/lib/server/exports/list-export-jobs';
import type { ExportJobSort } from '@/lib/server/exports/list-export-jobs';
import { AppError } from '@/lib/server/errors';
import type { TListModelCardExportJobsRequest, TListModelCardExportJobsResponse } from '../operations';
import { nextToken, readNextToken } from './handler-context';
import type { THandlerContext } from './handler-context';
import { jobSummary } from './export-job-shapes';

const SORT_KEYS: Record<TListModelCardExportJobsRequest['SortBy'], ExportJobSort> = { CreationTime: 'createdAt', Name: 'name', Status: 'status' };

/** The service's cursor, bound to the card and order it pages through. */
const ZJobsToken = z.object({ card: z.string(), sortBy: z.string(), sortOrder: z.string(), cursor: z.string() });

export async function listModelCardExportJobs(context: THandlerContext, request: TListModelCardExportJobsRequest): Promise<TListModelCardExportJobsResponse> {
  const token = request.NextToken === undefined ? undefined : readNextToken(request.NextToken, ZJobsToken);
  if (token && (token.card !== request.ModelCardName || token.sortBy !== request.SortBy || token.sortOrder !== request.SortOrder)) {
    throw new AppError(
      'INVALID_INPUT',
      'NextToken: this token continues another list; send it with the ModelCardName, SortBy and SortOrder it came with, or start again without it.',
      {
        path: 'NextToken',
      },
    );
  }
  const page = await listExportJobs({
    actor: context.actor,
    filters: {
      cardName: request.ModelCardName,
      version: request.ModelCardVersion,
      status: request.StatusEquals,
      nameContains: request.ModelCardExportJobNameContains,
      createdAfter: request.CreationTimeAfter,
      createdBefore: request.CreationTimeBefore,
    },
    sortBy: SORT_KEYS[request.SortBy],
    order: request.SortOrder === 'Ascending' ? 'asc' : 'desc',
    limit: request.MaxResults,
    cursor: token?.cursor,
  });
  return {
    ModelCardExportJobSummaries: page.items.map((job) => jobSummary(context, job)),
    NextToken: nextToken(
      page.nextCursor === null ? null : { card: request.ModelCardName, sortBy: request.SortBy, sortOrder: request.SortOrder, cursor: page.nextCursor },
    ),
  };
}
