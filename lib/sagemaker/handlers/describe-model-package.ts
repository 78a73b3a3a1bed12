// DescribeModelPackage: one version by ARN or <group>/<version>, its members as they were sent, ModelCard as the card's latest content (package-card form, byte for byte as the API received it) and status, and under Cardinal the card link and whether the card changed since the approval.
import 'server-only';
import { getModelPackage } from '@/lib/server/registry/get-model-package';
import type { ModelPackageDetailDto } from '@/lib/server/registry/registry-dto';
import { modelCardArn, toEpochSeconds } from '../protocol';
import type { TDescribeModelPackageRequest, TDescribeModelPackageResponse } from '../registry-operations';
import { userContext } from './handler-context';
import type { THandlerContext } from './handler-context';
import { packageRefOf } from './registry-context';
import { packageSummary, present } from './registry-shapes';

function describePackage(context: THandlerContext, pkg: ModelPackageDetailDto): TDescribeModelPackageResponse {
  const summary = packageSummary(pkg);
  // The approval the current Approved status rests on (approvals are newest first); none while the package is not Approved.
  const approval = pkg.approvalStatus === 'Approved' ? pkg.approvals.find((record) => record.toStatus === 'Approved') : undefined;
  return {
    ...summary,
    ModelPackageName: pkg.groupName,
    // Cardinal validates nothing itself: there are no validation or image-scan runs to report.
    ModelPackageStatusDetails: { ValidationStatuses: [] },
    ...present({
      InferenceSpecification: pkg.inferenceSpecification,
      SourceAlgorithmSpecification: pkg.sourceAlgorithmSpecification,
      ValidationSpecification: pkg.validationSpecification,
      CertifyForMarketplace: pkg.certifyForMarketplace,
      MetadataProperties: pkg.metadataProperties,
      ModelMetrics: pkg.modelMetrics,
      ApprovalDescription: pkg.approvalDescription,
      Domain: pkg.domain,
      Task: pkg.task,
      SamplePayloadUrl: pkg.samplePayloadUrl,
      CustomerMetadataProperties: pkg.customerMetadataProperties,
      DriftCheckBaselines: pkg.driftCheckBaselines,
      AdditionalInferenceSpecifications: pkg.additionalInferenceSpecifications,
      SkipModelValidation: pkg.skipModelValidation as TDescribeModelPackageResponse['SkipModelValidation'] | null,
      SourceUri: pkg.sourceUri,
    }),
    CreatedBy: userContext(pkg.createdBy),
    LastModifiedTime: toEpochSeconds(pkg.updatedAt),
    LastModifiedBy: userContext(pkg.updatedBy),
    ...(pkg.modelCard ? { ModelCard: { ModelCardContent: pkg.modelCard.content, ModelCardStatus: pkg.modelCard.status } } : {}),
    Cardinal: {
      ...present({
        ModelCardName: pkg.card?.name,
        ModelCardArn: pkg.card ? modelCardArn({ ...context.arn, name: pkg.card.name }) : undefined,
        ModelCardVersion: pkg.card?.latestVersion,
        ModelCardStatus: pkg.card?.status,
        ApprovedWithCardVersion: approval?.cardVersion,
        ApprovedWithCardContentHash: approval?.cardContentHash,
      }),
      CardChangedSinceApproval: pkg.cardChangedSinceApproval,
    },
  };
}

export async function describeModelPackage(context: THandlerContext, request: TDescribeModelPackageRequest): Promise<TDescribeModelPackageResponse> {
  const ref = packageRefOf(context, 'ModelPackageName', request.ModelPackageName);
  return describePackage(context, await getModelPackage({ actor: context.actor, ...ref }));
}
