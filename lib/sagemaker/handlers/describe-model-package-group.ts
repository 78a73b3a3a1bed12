// DescribeModelPackageGroup: the group by name or ARN, who created it and when; a group Cardinal holds is always Completed.
import 'server-only';
import { getModelPackageGroup } from '@/lib/server/registry/get-model-package-group';
import type { TDescribeModelPackageGroupRequest, TDescribeModelPackageGroupResponse } from '../registry-operations';
import type { THandlerContext } from './handler-context';
import { groupNameOf } from './registry-context';
import { groupDescription } from './registry-shapes';

export async function describeModelPackageGroup(
  context: THandlerContext,
  request: TDescribeModelPackageGroupRequest,
): Promise<TDescribeModelPackageGroupResponse> {
  const name = groupNameOf(context, 'ModelPackageGroupName', request.ModelPackageGroupName);
  return groupDescription(await getModelPackageGroup({ actor: context.actor, name }));
}
