// Registry changes as events: a package version's registration, approval and lifecycle changes are SageMaker's "Model Package State Change" with the full DescribeModelPackage-style detail (ISO times); models, which SageMaker announces with no documented payload, get Cardinal's own events.
import 'server-only';
import type { Tx } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { PACKAGE_SELECT } from '@/lib/server/registry/registry-dto';
import { toPackageDto } from '@/lib/server/registry/registry-mappers';
import { modelArn } from '@/lib/server/registry/registry-arns';
import { userContext } from '@/lib/sagemaker/handlers/handler-context';
import { readArnContext } from '@/lib/server/arn-context';
import { present } from '@/lib/sagemaker/handlers/registry-shapes';
import { recordEvent } from './record-event';

export const MODEL_PACKAGE_STATE_CHANGE = 'SageMaker Model Package State Change';
export const MODEL_CREATED = 'Cardinal Model Created';
export const MODEL_DELETED = 'Cardinal Model Deleted';

const PACKAGE_CHANGES = new Set(['model_package.registered', 'model_package.approval_changed', 'model_package.updated']);

export async function recordRegistryEvents(
  tx: Tx,
  actor: Actor,
  action: string,
  target: { id: string; name: string },
  details: Record<string, unknown> | undefined,
): Promise<void> {
  if (PACKAGE_CHANGES.has(action)) return recordPackageEvent(tx, action, target.id);
  if (action === 'model.created' || action === 'model.deleted') {
    const arn = modelArn(readArnContext(), target.name);
    const time = new Date();
    await recordEvent(tx, {
      type: action,
      source: 'cardinal',
      detailType: action === 'model.created' ? MODEL_CREATED : MODEL_DELETED,
      stream: arn,
      resources: [arn],
      time,
      detail: {
        ModelName: target.name,
        ModelArn: arn,
        ...(action === 'model.created' ? { CreatedBy: userContext(actor), Tags: details?.tags ?? {} } : { DeletedBy: userContext(actor) }),
      },
    });
  }
}

async function recordPackageEvent(tx: Tx, action: string, packageId: string): Promise<void> {
  const row = await tx.modelPackage.findUniqueOrThrow({ where: { id: packageId }, select: PACKAGE_SELECT });
  const pkg = toPackageDto(readArnContext(), row);
  await recordEvent(tx, {
    type: action,
    source: 'aws.sagemaker',
    detailType: MODEL_PACKAGE_STATE_CHANGE,
    stream: pkg.arn,
    resources: [pkg.arn],
    time: pkg.updatedAt,
    detail: {
      ModelPackageGroupName: pkg.groupName,
      ModelPackageVersion: pkg.version,
      ModelPackageArn: pkg.arn,
      ModelPackageName: pkg.groupName,
      ...present({ ModelPackageDescription: pkg.description }),
      CreationTime: pkg.createdAt.toISOString(),
      ...present({
        InferenceSpecification: pkg.inferenceSpecification,
        SourceAlgorithmSpecification: pkg.sourceAlgorithmSpecification,
        ValidationSpecification: pkg.validationSpecification,
      }),
      ModelPackageStatus: pkg.packageStatus,
      ModelPackageStatusDetails: { ValidationStatuses: [], ImageScanStatuses: [] },
      ...present({ CertifyForMarketplace: pkg.certifyForMarketplace }),
      ModelApprovalStatus: pkg.approvalStatus,
      ...present({
        ApprovalDescription: pkg.approvalDescription,
        MetadataProperties: pkg.metadataProperties,
        ModelMetrics: pkg.modelMetrics,
        ModelLifeCycle: pkg.modelLifeCycle,
        CustomerMetadataProperties: pkg.customerMetadataProperties,
        DriftCheckBaselines: pkg.driftCheckBaselines,
        Domain: pkg.domain,
        Task: pkg.task,
        SamplePayloadUrl: pkg.samplePayloadUrl,
        SourceUri: pkg.sourceUri,
        ModelPackageRegistrationType: pkg.registrationType,
      }),
      CreatedBy: userContext(pkg.createdBy),
      LastModifiedTime: pkg.updatedAt.toISOString(),
      LastModifiedBy: userContext(pkg.updatedBy),
    },
  });
}
