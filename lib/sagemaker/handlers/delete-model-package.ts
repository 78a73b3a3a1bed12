// DeleteModelPackage: one version by ARN or <group>/<version>, refused (ConflictException) while a card documents it, naming the card; its number is never handed out again.
import 'server-only';
import { deleteModelPackage as deletePackage } from '@/lib/server/registry/delete-model-package';
import type { TDeleteModelPackageRequest, TDeleteModelPackageResponse } from '../registry-operations';
import type { THandlerContext } from './handler-context';
import { packageRefOf } from './registry-context';

export async function deleteModelPackage(context: THandlerContext, request: TDeleteModelPackageRequest): Promise<TDeleteModelPackageResponse> {
  await deletePackage({ actor: context.actor, ...packageRefOf(context, 'ModelPackageName', request.ModelPackageName) });
  return {};
}
