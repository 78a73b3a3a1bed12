// CreateModelPackage: the group's next version through registerModelPackage (versions 1..N under the group's row lock), with ModelCard creating the version's card "<group>-<version>" in the same transaction; unversioned packages, KMS keys and managed storage are refused, as Cardinal has none of them.
import 'server-only';
import { registerModelPackage } from '@/lib/server/registry/register-model-package';
import type { TCreateModelPackageRequest, TCreateModelPackageResponse } from '../registry-operations';
import type { THandlerContext } from './handler-context';
import { groupNameOf, refuseUnsupported } from './registry-context';

export async function createModelPackage(context: THandlerContext, request: TCreateModelPackageRequest): Promise<TCreateModelPackageResponse> {
  refuseUnsupported(
    'ModelPackageName',
    request.ModelPackageName !== undefined,
    'Cardinal keeps versioned model packages only; leave ModelPackageName out and name the ModelPackageGroupName the new version belongs to.',
  );
  refuseUnsupported(
    'SecurityConfig.KmsKeyId',
    request.SecurityConfig !== undefined,
    'Cardinal does not encrypt package data with AWS KMS keys; leave SecurityConfig out.',
  );
  refuseUnsupported(
    'ManagedStorageType',
    request.ManagedStorageType !== undefined,
    'Cardinal keeps no model artifacts, so it has no managed storage; leave ManagedStorageType out.',
  );
  const registered = await registerModelPackage({
    actor: context.actor,
    // The schema has made sure a group is named when ModelPackageName is not.
    groupName: groupNameOf(context, 'ModelPackageGroupName', request.ModelPackageGroupName!),
    modelCard: request.ModelCard && { content: request.ModelCard.ModelCardContent, status: request.ModelCard.ModelCardStatus },
    tags: request.Tags?.map(({ Key, Value }) => ({ key: Key, value: Value })),
    description: request.ModelPackageDescription,
    approvalStatus: request.ModelApprovalStatus,
    registrationType: request.ModelPackageRegistrationType,
    domain: request.Domain,
    task: request.Task,
    samplePayloadUrl: request.SamplePayloadUrl,
    sourceUri: request.SourceUri,
    certifyForMarketplace: request.CertifyForMarketplace,
    skipModelValidation: request.SkipModelValidation,
    modelLifeCycle: request.ModelLifeCycle,
    inferenceSpecification: request.InferenceSpecification,
    sourceAlgorithmSpecification: request.SourceAlgorithmSpecification,
    validationSpecification: request.ValidationSpecification,
    modelMetrics: request.ModelMetrics,
    metadataProperties: request.MetadataProperties,
    customerMetadataProperties: request.CustomerMetadataProperties,
    driftCheckBaselines: request.DriftCheckBaselines,
    additionalInferenceSpecifications: request.AdditionalInferenceSpecifications,
    clientToken: request.ClientToken,
  });
  return { ModelPackageArn: registered.arn };
}
