// ListModelPackages: package versions filtered by group, approval status, name part and creation window, sorted by name (group, then version) or creation time, Ascending unless asked. Every Cardinal package is versioned: ModelPackageType Unversioned (SageMaker's default when no group is named) lists nothing.
import 'server-only';
import { listModelPackages as listPackages } from '@/lib/server/registry/list-model-packages';
import type { TListModelPackagesRequest, TListModelPackagesResponse } from '../registry-operations';
import type { THandlerContext } from './handler-context';
import { groupNameOf, listKey, listWindow, listToken, readListToken } from './registry-context';
import { packageSummary } from './registry-shapes';

export async function listModelPackages(context: THandlerContext, request: TListModelPackagesRequest): Promise<TListModelPackagesResponse> {
  const groupName = request.ModelPackageGroupName === undefined ? undefined : groupNameOf(context, 'ModelPackageGroupName', request.ModelPackageGroupName);
  const type = request.ModelPackageType ?? (groupName === undefined ? 'Unversioned' : 'Versioned');
  const list = listKey('ListModelPackages', { ...request, ModelPackageGroupName: groupName });
  const cursor = readListToken(request.NextToken, list);
  if (type === 'Unversioned') return { ModelPackageSummaryList: [] };
  const page = await listPackages({
    actor: context.actor,
    groupName,
    approvalStatus: request.ModelApprovalStatus,
    ...listWindow(request),
    cursor,
  });
  return { ModelPackageSummaryList: page.items.map(packageSummary), NextToken: listToken(page.nextCursor, list) };
}
