// Registry test data made fresh for each test through the real services: groups, package versions with a unique artifact, models, DescribeTrainingJob bodies, and approved cards.
import type { Actor } from '@/lib/server/auth/actor';
import type { TModelCardContent } from '@/lib/schemas/model-card-content';
import { createModelPackageGroup } from '@/lib/server/registry/create-model-package-group';
import { registerModelPackage } from '@/lib/server/registry/register-model-package';
import { createModel } from '@/lib/server/registry/create-model';
import { createCard } from '@/lib/server/model-cards/create-card';
import { submitForReview } from '@/lib/server/model-cards/submit-for-review';
import { approve } from '@/lib/server/model-cards/approve';
import type { TPackageModelCard, TRegisterModelPackageMembers } from '@/lib/schemas/registry';
import { uniqueCardName, uniqueSuffix } from './factories';

export const TRAINING_IMAGE = '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1';

export function uniqueArtifact(): string {
  return `s3://cardinal-test/${uniqueSuffix()}/output/model.tar.gz`;
}

export async function createTestGroup(actor: Actor, name = uniqueCardName('group')) {
  return createModelPackageGroup({ actor, name, description: 'Churn models' });
}

export function packageMembers(artifact = uniqueArtifact()): TRegisterModelPackageMembers {
  return {
    description: 'XGBoost churn model',
    inferenceSpecification: {
      Containers: [{ Image: TRAINING_IMAGE, ModelDataUrl: artifact, Framework: 'XGBOOST', FrameworkVersion: '1.7-1' }],
      SupportedContentTypes: ['text/csv'],
      SupportedResponseMIMETypes: ['text/csv'],
    },
  };
}

export async function registerTestPackage(
  actor: Actor,
  groupName: string,
  options: { artifact?: string; modelCard?: TPackageModelCard; members?: Partial<TRegisterModelPackageMembers> } = {},
) {
  return registerModelPackage({ actor, groupName, modelCard: options.modelCard, ...packageMembers(options.artifact), ...options.members });
}

export async function createTestModel(actor: Actor, artifact = uniqueArtifact(), name = uniqueCardName('model')) {
  return createModel({
    actor,
    name,
    primaryContainer: { Image: TRAINING_IMAGE, ModelDataUrl: artifact, Environment: { SAGEMAKER_PROGRAM: 'inference.py' } },
    executionRoleArn: 'arn:aws:iam::111122223333:role/SageMakerRole',
  });
}

/** What `aws sagemaker describe-training-job` prints for a completed XGBoost job (times as ISO strings). */
export function trainingJobDescription(name: string, artifact: string, overrides: Record<string, unknown> = {}) {
  return {
    TrainingJobName: name,
    TrainingJobArn: `arn:aws:sagemaker:us-east-1:111122223333:training-job/${name.toLowerCase()}`,
    ModelArtifacts: { S3ModelArtifacts: artifact },
    TrainingJobStatus: 'Completed',
    SecondaryStatus: 'Completed',
    HyperParameters: { max_depth: '6', eta: '0.2', objective: 'binary:logistic' },
    AlgorithmSpecification: { TrainingImage: TRAINING_IMAGE, TrainingInputMode: 'File', EnableSageMakerMetricsTimeSeries: false },
    RoleArn: 'arn:aws:iam::111122223333:role/SageMakerRole',
    InputDataConfig: [{ ChannelName: 'train', DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://cardinal-test/train/' } } }],
    OutputDataConfig: { S3OutputPath: 's3://cardinal-test/output' },
    ResourceConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: 1, VolumeSizeInGB: 30 },
    StoppingCondition: { MaxRuntimeInSeconds: 86400 },
    CreationTime: '2026-11-30T10:15:02.118000+00:00',
    TrainingStartTime: '2026-11-30T10:16:40.512000+00:00',
    TrainingEndTime: '2026-11-30T10:21:03.904000+00:00',
    LastModifiedTime: '2026-11-30T10:21:12.377000+00:00',
    FinalMetricDataList: [
      { MetricName: 'validation:auc', Value: 0.91, Timestamp: '2026-11-30T10:20:55+00:00' },
      { MetricName: 'train:auc', Value: 0.95, Timestamp: '2026-11-30T10:20:55+00:00' },
    ],
    TrainingTimeInSeconds: 263,
    BillableTimeInSeconds: 263,
    ...overrides,
  };
}

/** A Low-risk card with the given content, submitted by its author and approved by a reviewer. */
export async function createApprovedCard({
  author,
  reviewer,
  content,
  name = uniqueCardName('card'),
}: {
  author: Actor;
  reviewer: Actor;
  content: TModelCardContent | string;
  name?: string;
}) {
  const saved = await createCard({ actor: author, name, content });
  await submitForReview({ actor: author, cardId: saved.card.id });
  await approve({ actor: reviewer, cardId: saved.card.id, version: saved.version });
  return saved;
}
