// DeleteModelPackageGroup: refused (ConflictException) while the group holds package versions, as the service says which; its tags go with it.
import 'server-only';
import { deleteModelPackageGroup as deleteGroup } from '@/lib/server/registry/delete-model-package-group';
import type { TDeleteModelPackageGroupRequest, TDeleteModelPackageGroupResponse } from '../registry-operations';
import type { THandlerContext } from './handler-context';
import { groupNameOf } from './registry-context';

export async function deleteModelPackageGroup(context: THandlerContext, request: TDeleteModelPackageGroupRequest): Promise<TDeleteModelPackageGroupResponse> {
  await deleteGroup({ actor: context.actor, name: groupNameOf(context, 'ModelPackageGroupName', request.ModelPackageGroupName) });
  return {};
}
