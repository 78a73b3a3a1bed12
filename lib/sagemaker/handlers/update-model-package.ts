// UpdateModelPackage: only what SageMaker lets change, through updateModelPackage: approval (reviewers and admins, and Approved only while the version's card is Approved — the gate), metadata, life cycle, inference specification, source URI, and the card (a new version or a status change, as UpdateModelCard).
import 'server-only';
import { updateModelPackage as updatePackage } from '@/lib/server/registry/update-model-package';
import type { TUpdateModelPackageRequest, TUpdateModelPackageResponse } from '../registry-operations';
import type { THandlerContext } from './handler-context';
import { packageRefOf } from './registry-context';

export async function updateModelPackage(context: THandlerContext, request: TUpdateModelPackageRequest): Promise<TUpdateModelPackageResponse> {
  const ref = packageRefOf(context, 'ModelPackageArn', request.ModelPackageArn);
  const updated = await updatePackage({
    actor: context.actor,
    ...ref,
    approvalStatus: request.ModelApprovalStatus,
    approvalDescription: request.ApprovalDescription,
    registrationType: request.ModelPackageRegistrationType,
    customerMetadataProperties: request.CustomerMetadataProperties,
    customerMetadataPropertiesToRemove: request.CustomerMetadataPropertiesToRemove,
    additionalInferenceSpecificationsToAdd: request.AdditionalInferenceSpecificationsToAdd,
    inferenceSpecification: request.InferenceSpecification,
    sourceUri: request.SourceUri,
    modelLifeCycle: request.ModelLifeCycle,
    // The registry applies UpdateModelCard's rules: content or status, not both in one call.
    modelCard: request.ModelCard && { content: request.ModelCard.ModelCardContent, status: request.ModelCard.ModelCardStatus },
  });
  return { ModelPackageArn: updated.arn };
}
