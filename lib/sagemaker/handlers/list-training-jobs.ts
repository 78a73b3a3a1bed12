// ListTrainingJobs: recorded jobs filtered by name part, status and creation window, sorted by name or creation time (Ascending unless asked), in MaxResults pages; warm pools and training plans do not exist here.
import 'server-only';
import { listTrainingJobs as listRecordedJobs } from '@/lib/server/registry/list-training-jobs';
import type { TListTrainingJobsRequest, TListTrainingJobsResponse } from '../registry-operations';
import type { THandlerContext } from './handler-context';
import { listKey, listToken, readListToken, refuseUnsupported, toSortOrder } from './registry-context';
import { trainingJobSummary } from './registry-shapes';

export async function listTrainingJobs(context: THandlerContext, request: TListTrainingJobsRequest): Promise<TListTrainingJobsResponse> {
  const unsupported = 'Cardinal records finished jobs and runs no training, so it has no warm pools or training plans; leave this filter out.';
  refuseUnsupported('WarmPoolStatusEquals', request.WarmPoolStatusEquals !== undefined, unsupported);
  refuseUnsupported('TrainingPlanArnEquals', request.TrainingPlanArnEquals !== undefined, unsupported);
  refuseUnsupported(
    'LastModifiedTimeAfter',
    request.LastModifiedTimeAfter !== undefined,
    'Cardinal filters recorded jobs by CreationTime only; use CreationTimeAfter.',
  );
  refuseUnsupported(
    'LastModifiedTimeBefore',
    request.LastModifiedTimeBefore !== undefined,
    'Cardinal filters recorded jobs by CreationTime only; use CreationTimeBefore.',
  );
  refuseUnsupported('SortBy', request.SortBy === 'Status', 'Cardinal sorts recorded jobs by Name or CreationTime; filter by status with StatusEquals.');
  const list = listKey('ListTrainingJobs', request);
  const page = await listRecordedJobs({
    actor: context.actor,
    nameContains: request.NameContains,
    status: request.StatusEquals,
    createdAfter: request.CreationTimeAfter,
    createdBefore: request.CreationTimeBefore,
    sortBy: request.SortBy === 'Name' ? 'name' : 'createdAt',
    sortOrder: toSortOrder(request.SortOrder),
    limit: request.MaxResults,
    cursor: readListToken(request.NextToken, list),
  });
  return { TrainingJobSummaries: page.items.map(trainingJobSummary), NextToken: listToken(page.nextCursor, list) };
}
