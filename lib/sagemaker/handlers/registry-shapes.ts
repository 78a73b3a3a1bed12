// How Cardinal's registry DTOs read as SageMaker's shapes: summaries and descriptions with epoch-second times, stored members as they were sent, and a recorded DescribeTrainingJob with its times as AWS JSON has them.
import 'server-only';
import type { ModelPackageDto, ModelPackageGroupDto, RegisteredModelDto, TrainingJobDto } from '@/lib/server/registry/registry-dto';
import { fromEpochSeconds, toEpochSeconds } from '../protocol';
import type {
  TDescribeModelPackageGroupResponse,
  TDescribeModelResponse,
  TDescribeTrainingJobResponse,
  TModelPackageGroupSummary,
  TModelPackageStatus,
  TModelPackageSummary,
  TModelSummary,
  TTrainingJobStatus,
  TTrainingJobSummary,
} from '../registry-operations';
import { userContext } from './handler-context';

/** Members left out when empty: AWS omits a member it has no value for, and the SDKs read a missing member as undefined. */
export function present<T extends Record<string, unknown>>(members: T): { [K in keyof T]?: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(members).filter(([, value]) => value !== null && value !== undefined)) as { [K in keyof T]?: Exclude<T[K], null> };
}

export function groupSummary(group: ModelPackageGroupDto): TModelPackageGroupSummary {
  return {
    ModelPackageGroupName: group.name,
    ModelPackageGroupArn: group.arn,
    ...present({ ModelPackageGroupDescription: group.description }),
    CreationTime: toEpochSeconds(group.createdAt),
    // Cardinal creates a group in one transaction: it exists Completed or not at all.
    ModelPackageGroupStatus: 'Completed',
  };
}

export function groupDescription(group: ModelPackageGroupDto): TDescribeModelPackageGroupResponse {
  return { ...groupSummary(group), CreatedBy: userContext(group.createdBy) };
}

export function packageSummary(pkg: ModelPackageDto): TModelPackageSummary {
  return {
    // SageMaker names a version by its group.
    ModelPackageName: pkg.groupName,
    ModelPackageGroupName: pkg.groupName,
    ModelPackageVersion: pkg.version,
    ModelPackageArn: pkg.arn,
    ...present({ ModelPackageDescription: pkg.description }),
    CreationTime: toEpochSeconds(pkg.createdAt),
    ModelPackageStatus: pkg.packageStatus as TModelPackageStatus,
    ModelApprovalStatus: pkg.approvalStatus,
    ...present({
      ModelLifeCycle: pkg.modelLifeCycle,
      ModelPackageRegistrationType: pkg.registrationType as TModelPackageSummary['ModelPackageRegistrationType'] | null,
    }),
  };
}

export function modelSummary(model: RegisteredModelDto): TModelSummary {
  return { ModelName: model.name, ModelArn: model.arn, CreationTime: toEpochSeconds(model.createdAt) };
}

export function modelDescription(model: RegisteredModelDto): TDescribeModelResponse {
  return {
    ModelName: model.name,
    ...present({
      PrimaryContainer: model.primaryContainer,
      Containers: model.containers as unknown[] | null,
      InferenceExecutionConfig: model.inferenceExecutionConfig,
      ExecutionRoleArn: model.executionRoleArn,
      VpcConfig: model.vpcConfig,
    }),
    CreationTime: toEpochSeconds(model.createdAt),
    ModelArn: model.arn,
    ...present({ EnableNetworkIsolation: model.enableNetworkIsolation }),
  };
}

/** Every timestamp member of DescribeTrainingJob's response (botocore 1.43.11): [member, member of each list item]. */
const TIMESTAMP_MEMBERS: [string, string?][] = [
  ['CreationTime'],
  ['TrainingStartTime'],
  ['TrainingEndTime'],
  ['LastModifiedTime'],
  ['SecondaryStatusTransitions', 'StartTime'],
  ['SecondaryStatusTransitions', 'EndTime'],
  ['FinalMetricDataList', 'Timestamp'],
  ['DebugRuleEvaluationStatuses', 'LastModifiedTime'],
  ['ProfilerRuleEvaluationStatuses', 'LastModifiedTime'],
];

/** `aws sagemaker describe-training-job` prints ISO-8601 times; the AWS JSON wire carries epoch seconds, the only form the SDKs read. */
function asEpochSeconds(value: unknown): unknown {
  if (typeof value !== 'number' && typeof value !== 'string') return value;
  const date = fromEpochSeconds(value);
  return date === null ? value : toEpochSeconds(date);
}

function readDescription(job: TrainingJobDto): Record<string, unknown> {
  const description = JSON.parse(job.descriptionText) as Record<string, unknown>;
  for (const [member, itemMember] of TIMESTAMP_MEMBERS) {
    const value = description[member];
    if (itemMember === undefined) {
      if (value !== undefined) description[member] = asEpochSeconds(value);
    } else if (Array.isArray(value)) {
      for (const item of value) {
        if (item && typeof item === 'object' && itemMember in item)
          (item as Record<string, unknown>)[itemMember] = asEpochSeconds((item as Record<string, unknown>)[itemMember]);
      }
    }
  }
  return description;
}

/**
 * The job as it was recorded, under this server's ARN (what tags, Search and ListTrainingJobs name it by); the ARN it
 * had where it ran is kept under Cardinal.SourceTrainingJobArn, a member AWS clients skip.
 */
export function trainingJobDescription(job: TrainingJobDto): TDescribeTrainingJobResponse {
  return {
    ...readDescription(job),
    TrainingJobName: job.name,
    TrainingJobArn: job.arn,
    TrainingJobStatus: job.status as TTrainingJobStatus,
    CreationTime: toEpochSeconds(job.creationTime),
    ...(job.sourceArn && job.sourceArn !== job.arn ? { Cardinal: { SourceTrainingJobArn: job.sourceArn } } : {}),
  };
}

export function trainingJobSummary(job: TrainingJobDto): TTrainingJobSummary {
  const description = readDescription(job);
  const epoch = (member: string) => (typeof description[member] === 'number' ? (description[member] as number) : undefined);
  return {
    TrainingJobName: job.name,
    TrainingJobArn: job.arn,
    CreationTime: toEpochSeconds(job.creationTime),
    ...present({ TrainingEndTime: epoch('TrainingEndTime'), LastModifiedTime: epoch('LastModifiedTime') }),
    TrainingJobStatus: job.status as TTrainingJobStatus,
    ...present({ SecondaryStatus: typeof description.SecondaryStatus === 'string' ? description.SecondaryStatus : undefined }),
  };
}
