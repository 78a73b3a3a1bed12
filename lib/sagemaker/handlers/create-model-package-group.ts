// CreateModelPackageGroup: a group through createModelPackageGroup, its tags in the same transaction; SageMaker-managed restricted storage is refused, since Cardinal stores no model artifacts.
import 'server-only';
import { createModelPackageGroup as createGroup } from '@/lib/server/registry/create-model-package-group';
import type { TCreateModelPackageGroupRequest, TCreateModelPackageGroupResponse } from '../registry-operations';
import type { THandlerContext } from './handler-context';
import { refuseUnsupported } from './registry-context';

export async function createModelPackageGroup(context: THandlerContext, request: TCreateModelPackageGroupRequest): Promise<TCreateModelPackageGroupResponse> {
  refuseUnsupported(
    'ManagedConfiguration.ManagedStorageType',
    request.ManagedConfiguration?.ManagedStorageType !== undefined,
    'Cardinal keeps no model artifacts, so it has no managed storage; leave ManagedConfiguration out.',
  );
  const group = await createGroup({
    actor: context.actor,
    name: request.ModelPackageGroupName,
    description: request.ModelPackageGroupDescription,
    tags: request.Tags?.map(({ Key, Value }) => ({ key: Key, value: Value })),
  });
  return { ModelPackageGroupArn: group.arn };
}
