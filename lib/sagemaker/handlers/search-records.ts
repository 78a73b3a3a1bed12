// SearchRecords as botocore's SearchRecord shape has them: ModelCard (with Tags, ModelId, RiskRating, ModelPackageGroupName), ModelPackage, ModelPackageGroup, Model (a ModelDashboardModel) and TrainingJob, epoch-second timestamps throughout.
import 'server-only';
import type { TSearchItems, TSearchCardDto, TTagDto } from '@/lib/server/registry/search/load-search-records';
import { packageCardView } from '@/lib/server/registry/package-card';
import { modelArn, modelPackageArn, modelPackageGroupArn, trainingJobArn } from '@/lib/server/registry/registry-arns';
import { fromEpochSeconds, toEpochSeconds } from '../protocol';
import type { TSearchModelCard, TSearchRecord } from '../search-operation';
import type { THandlerContext } from './handler-context';
import { cardArn, userContext } from './handler-context';

const tagList = (tags: TTagDto[]) => tags.map(({ key, value }) => ({ Key: key, Value: value }));
const PACKAGE_GROUP_OF_ARN = /:model-package\/([^/]+)\/[0-9]+$/;

/** Drops members that are null, as AWS leaves out members a resource does not have. */
function present(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null && value !== undefined));
}

function modelCardRecord(context: THandlerContext, card: TSearchCardDto): TSearchModelCard {
  const linked = card.modelId ?? card.modelPackageArn;
  const group = card.modelPackageArn ? PACKAGE_GROUP_OF_ARN.exec(card.modelPackageArn)?.[1] : undefined;
  return {
    ModelCardArn: cardArn(context, card.name),
    ModelCardName: card.name,
    ModelCardVersion: card.latestVersion,
    Content: card.content,
    ModelCardStatus: card.status,
    CreationTime: toEpochSeconds(card.createdAt),
    CreatedBy: userContext(card.createdBy),
    LastModifiedTime: toEpochSeconds(card.updatedAt),
    LastModifiedBy: userContext(card.updatedBy),
    Tags: tagList(card.tags),
    ...(linked ? { ModelId: linked } : {}),
    RiskRating: card.riskRating,
    ...(group ? { ModelPackageGroupName: group } : {}),
  };
}

/** DescribeModelPackage's ModelCard member, from the same view of the card. */
function packageModelCard(card: TSearchCardDto): { ModelCardContent: string; ModelCardStatus: string } {
  const view = packageCardView(card);
  return { ModelCardContent: view.content, ModelCardStatus: view.status };
}

/** Timestamp members of botocore's TrainingJob shape, which a recorded DescribeTrainingJob may hold as ISO text. */
const TRAINING_JOB_TIMES = ['CreationTime', 'TrainingStartTime', 'TrainingEndTime', 'LastModifiedTime'];
const TRAINING_JOB_MEMBERS = new Set([
  'TrainingJobName',
  'TrainingJobArn',
  'TuningJobArn',
  'LabelingJobArn',
  'AutoMLJobArn',
  'ModelArtifacts',
  'TrainingJobStatus',
  'SecondaryStatus',
  'FailureReason',
  'HyperParameters',
  'AlgorithmSpecification',
  'RoleArn',
  'InputDataConfig',
  'OutputDataConfig',
  'ResourceConfig',
  'WarmPoolStatus',
  'VpcConfig',
  'StoppingCondition',
  'CreationTime',
  'TrainingStartTime',
  'TrainingEndTime',
  'LastModifiedTime',
  'SecondaryStatusTransitions',
  'FinalMetricDataList',
  'EnableNetworkIsolation',
  'EnableInterContainerTrafficEncryption',
  'EnableManagedSpotTraining',
  'CheckpointConfig',
  'TrainingTimeInSeconds',
  'BillableTimeInSeconds',
  'DebugHookConfig',
  'ExperimentConfig',
  'DebugRuleConfigurations',
  'TensorBoardOutputConfig',
  'DebugRuleEvaluationStatuses',
  'OutputModelPackageArn',
  'ModelPackageConfig',
  'ProfilerConfig',
  'Environment',
  'RetryStrategy',
]);

function epoch(value: unknown): unknown {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return value;
  const date = fromEpochSeconds(value);
  return date ? toEpochSeconds(date) : value;
}

function withEpochTimes(items: unknown, members: string[]): unknown {
  if (!Array.isArray(items)) return items;
  return items.map((item) =>
    typeof item === 'object' && item !== null
      ? Object.fromEntries(Object.entries(item).map(([key, value]) => [key, members.includes(key) ? epoch(value) : value]))
      : item,
  );
}

function trainingJobRecord(context: THandlerContext, job: Extract<TSearchItems, { resource: 'TrainingJob' }>['items'][number]): Record<string, unknown> {
  const parsed = JSON.parse(job.description) as Record<string, unknown>;
  const record: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed)) if (TRAINING_JOB_MEMBERS.has(key)) record[key] = TRAINING_JOB_TIMES.includes(key) ? epoch(value) : value;
  if (record.SecondaryStatusTransitions) record.SecondaryStatusTransitions = withEpochTimes(record.SecondaryStatusTransitions, ['StartTime', 'EndTime']);
  if (record.FinalMetricDataList) record.FinalMetricDataList = withEpochTimes(record.FinalMetricDataList, ['Timestamp']);
  if (record.DebugRuleEvaluationStatuses) record.DebugRuleEvaluationStatuses = withEpochTimes(record.DebugRuleEvaluationStatuses, ['LastModifiedTime']);
  return { ...record, TrainingJobName: job.name, TrainingJobArn: trainingJobArn(context.arn, job.name), Tags: tagList(job.tags) };
}

export function searchRecords(context: THandlerContext, page: TSearchItems): TSearchRecord[] {
  switch (page.resource) {
    case 'ModelCard':
      return page.items.map((card) => ({ ModelCard: modelCardRecord(context, card) }));
    case 'ModelPackage':
      return page.items.map((row) => ({
        ModelPackage: present({
          ModelPackageName: row.groupName,
          ModelPackageGroupName: row.groupName,
          ModelPackageVersion: row.version,
          ModelPackageRegistrationType: row.registrationType,
          ModelPackageArn: modelPackageArn(context.arn, row.groupName, row.version),
          ModelPackageDescription: row.description,
          CreationTime: toEpochSeconds(row.createdAt),
          InferenceSpecification: row.inferenceSpecification,
          SourceAlgorithmSpecification: row.sourceAlgorithmSpecification,
          ValidationSpecification: row.validationSpecification,
          ModelPackageStatus: row.packageStatus,
          CertifyForMarketplace: row.certifyForMarketplace,
          ModelApprovalStatus: row.approvalStatus,
          CreatedBy: userContext(row.createdBy),
          MetadataProperties: row.metadataProperties,
          ModelMetrics: row.modelMetrics,
          LastModifiedTime: toEpochSeconds(row.updatedAt),
          LastModifiedBy: userContext(row.updatedBy),
          ApprovalDescription: row.approvalDescription,
          Domain: row.domain,
          Task: row.task,
          SamplePayloadUrl: row.samplePayloadUrl,
          AdditionalInferenceSpecifications: row.additionalInferenceSpecifications,
          SourceUri: row.sourceUri,
          ModelCard: row.card ? packageModelCard(row.card) : null,
          ModelLifeCycle:
            row.lifecycleStage && row.lifecycleStageStatus
              ? present({ Stage: row.lifecycleStage, StageStatus: row.lifecycleStageStatus, StageDescription: row.lifecycleStageDescription })
              : null,
          Tags: tagList(row.tags),
          CustomerMetadataProperties: row.customerMetadataProperties,
          DriftCheckBaselines: row.driftCheckBaselines,
          SkipModelValidation: row.skipModelValidation,
        }),
      }));
    case 'ModelPackageGroup':
      return page.items.map((row) => ({
        ModelPackageGroup: present({
          ModelPackageGroupName: row.name,
          ModelPackageGroupArn: modelPackageGroupArn(context.arn, row.name),
          ModelPackageGroupDescription: row.description,
          CreationTime: toEpochSeconds(row.createdAt),
          CreatedBy: userContext(row.createdBy),
          ModelPackageGroupStatus: 'Completed',
          Tags: tagList(row.tags),
        }),
      }));
    case 'Model':
      return page.items.map((row) => {
        const card = row.card ? modelCardRecord(context, row.card) : null;
        return {
          Model: present({
            Model: present({
              ModelName: row.name,
              PrimaryContainer: row.primaryContainer,
              Containers: row.containers,
              InferenceExecutionConfig: row.inferenceExecutionConfig,
              ExecutionRoleArn: row.executionRoleArn,
              VpcConfig: row.vpcConfig,
              CreationTime: toEpochSeconds(row.createdAt),
              ModelArn: modelArn(context.arn, row.name),
              EnableNetworkIsolation: row.enableNetworkIsolation,
              Tags: tagList(row.tags),
            }),
            // ModelDashboardModelCard has no Content and no ModelPackageGroupName.
            ModelCard: card && {
              ModelCardArn: card.ModelCardArn,
              ModelCardName: card.ModelCardName,
              ModelCardVersion: card.ModelCardVersion,
              ModelCardStatus: card.ModelCardStatus,
              CreationTime: card.CreationTime,
              CreatedBy: card.CreatedBy,
              LastModifiedTime: card.LastModifiedTime,
              LastModifiedBy: card.LastModifiedBy,
              Tags: card.Tags,
              ModelId: card.ModelId,
              RiskRating: card.RiskRating,
            },
          }),
        };
      });
    case 'TrainingJob':
      return page.items.map((job) => ({ TrainingJob: trainingJobRecord(context, job) }));
  }
}
