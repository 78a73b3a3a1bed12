// ListModelPackageGroups: groups filtered by name part and creation window, sorted by name or creation time (Ascending unless asked), in MaxResults pages; groups shared from other accounts do not exist here.
import 'server-only';
import { listModelPackageGroups as listGroups } from '@/lib/server/registry/list-model-package-groups';
import type { TListModelPackageGroupsRequest, TListModelPackageGroupsResponse } from '../registry-operations';
import type { THandlerContext } from './handler-context';
import { listKey, listWindow, listToken, readListToken, refuseCrossAccount } from './registry-context';
import { groupSummary } from './registry-shapes';

export async function listModelPackageGroups(context: THandlerContext, request: TListModelPackageGroupsRequest): Promise<TListModelPackageGroupsResponse> {
  refuseCrossAccount(request.CrossAccountFilterOption);
  const list = listKey('ListModelPackageGroups', request);
  const page = await listGroups({
    actor: context.actor,
    ...listWindow(request),
    cursor: readListToken(request.NextToken, list),
  });
  return { ModelPackageGroupSummaryList: page.items.map(groupSummary), NextToken: listToken(page.nextCursor, list) };
}
