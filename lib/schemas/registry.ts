// The registry's structured members in SageMaker's own PascalCase shapes (botocore), with the limits SageMaker enforces; unknown members inside them are kept, since they are stored as sent.
import { z } from 'zod';

export const MODEL_APPROVAL_STATUSES = ['PendingManualApproval', 'Approved', 'Rejected'] as const;
export type TModelApprovalStatus = (typeof MODEL_APPROVAL_STATUSES)[number];
export const ZModelApprovalStatus = z.enum(MODEL_APPROVAL_STATUSES);

export const MODEL_CARD_STATUSES = ['Draft', 'PendingReview', 'Approved', 'Archived'] as const;

export const TRAINING_JOB_STATUSES = ['InProgress', 'Completed', 'Failed', 'Stopping', 'Stopped', 'Deleting'] as const;

const entityName = z
  .string()
  .regex(/^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/, 'must be 1–63 letters, digits and hyphens, starting and ending with a letter or digit');
const url = z.string().max(1024);

const ZPackageContainer = z.looseObject({
  Image: z.string().min(1).max(255).optional(),
  ModelDataUrl: url.optional(),
  NearestModelName: z.string().optional(),
  Framework: z.string().optional(),
  FrameworkVersion: z.string().optional(),
  Environment: z.record(z.string().max(1024), z.string().max(1024)).optional(),
});

export const ZInferenceSpecification = z.looseObject({
  Containers: z.array(ZPackageContainer).min(1).max(15),
  SupportedTransformInstanceTypes: z.array(z.string()).optional(),
  SupportedRealtimeInferenceInstanceTypes: z.array(z.string()).optional(),
  SupportedContentTypes: z.array(z.string()).optional(),
  SupportedResponseMIMETypes: z.array(z.string()).optional(),
});

export const ZSourceAlgorithmSpecification = z.looseObject({
  SourceAlgorithms: z.array(z.looseObject({ AlgorithmName: z.string().min(1).max(170), ModelDataUrl: url.optional() })).min(1),
});

const ZMetricsSource = z.looseObject({ ContentType: z.string().max(256), S3Uri: url, ContentDigest: z.string().optional() });
const metricsGroup = <K extends string>(...keys: K[]) =>
  z.looseObject(Object.fromEntries(keys.map((key) => [key, ZMetricsSource.optional()])) as Record<K, z.ZodOptional<typeof ZMetricsSource>>);

/** Pointers to reports in S3 (MetricsSource), kept and shown; Cardinal does not fetch them. */
export const ZModelMetrics = z.looseObject({
  ModelQuality: metricsGroup('Statistics', 'Constraints').optional(),
  ModelDataQuality: metricsGroup('Statistics', 'Constraints').optional(),
  Bias: metricsGroup('Report', 'PreTrainingReport', 'PostTrainingReport').optional(),
  Explainability: metricsGroup('Report').optional(),
});

export const ZMetadataProperties = z.strictObject({
  CommitId: z.string().max(1024).optional(),
  Repository: z.string().max(1024).optional(),
  GeneratedBy: z.string().max(1024).optional(),
  ProjectId: z.string().max(1024).optional(),
});

export const MAX_CUSTOMER_METADATA = 50;
export const ZCustomerMetadataProperties = z
  .record(z.string().min(1).max(128), z.string().min(1).max(256))
  .refine((map) => Object.keys(map).length <= MAX_CUSTOMER_METADATA, `at most ${MAX_CUSTOMER_METADATA} properties`);

export const ZModelLifeCycle = z.strictObject({
  Stage: entityName,
  StageStatus: entityName,
  StageDescription: z.string().max(1024).optional(),
});
export type TModelLifeCycle = z.infer<typeof ZModelLifeCycle>;

/**
 * CreateModelPackage's / UpdateModelPackage's ModelCard: content in the package-card form, as a JSON string, and a status.
 * Creating needs the content (the status defaults to Draft); an update sends one of the two, as UpdateModelCard.
 */
export const ZPackageModelCard = z.strictObject({
  content: z.string().min(1).max(100_000).optional(),
  status: z.enum(MODEL_CARD_STATUSES).optional(),
});
export type TPackageModelCard = z.infer<typeof ZPackageModelCard>;

export const ZRegisterModelPackageMembers = z.strictObject({
  description: z.string().max(1024).optional(),
  approvalStatus: ZModelApprovalStatus.optional(),
  approvalDescription: z.string().max(1024).optional(),
  registrationType: z.enum(['Logged', 'Registered']).optional(),
  domain: z.string().max(1024).optional(),
  task: z.string().max(1024).optional(),
  samplePayloadUrl: url.optional(),
  sourceUri: url.optional(),
  certifyForMarketplace: z.boolean().optional(),
  skipModelValidation: z.enum(['All', 'None']).optional(),
  modelLifeCycle: ZModelLifeCycle.optional(),
  inferenceSpecification: ZInferenceSpecification.optional(),
  sourceAlgorithmSpecification: ZSourceAlgorithmSpecification.optional(),
  validationSpecification: z.looseObject({}).optional(),
  modelMetrics: ZModelMetrics.optional(),
  metadataProperties: ZMetadataProperties.optional(),
  customerMetadataProperties: ZCustomerMetadataProperties.optional(),
  driftCheckBaselines: z.looseObject({}).optional(),
  additionalInferenceSpecifications: z
    .array(z.looseObject({ Name: z.string().min(1).max(63), Containers: z.array(ZPackageContainer).min(1).max(15) }))
    .min(1)
    .max(15)
    .optional(),
  clientToken: z
    .string()
    .regex(/^[a-zA-Z0-9-]{1,36}$/, 'must be 1–36 letters, digits and hyphens')
    .optional(),
});
export type TRegisterModelPackageMembers = z.infer<typeof ZRegisterModelPackageMembers>;

export const ZUpdateModelPackageMembers = z.strictObject({
  approvalStatus: ZModelApprovalStatus.optional(),
  approvalDescription: z.string().max(1024).optional(),
  registrationType: z.enum(['Logged', 'Registered']).optional(),
  customerMetadataProperties: ZCustomerMetadataProperties.optional(),
  customerMetadataPropertiesToRemove: z.array(z.string().min(1).max(128)).max(MAX_CUSTOMER_METADATA).optional(),
  additionalInferenceSpecificationsToAdd: ZRegisterModelPackageMembers.shape.additionalInferenceSpecifications.optional(),
  inferenceSpecification: ZInferenceSpecification.optional(),
  sourceUri: url.optional(),
  modelLifeCycle: ZModelLifeCycle.optional(),
});
export type TUpdateModelPackageMembers = z.infer<typeof ZUpdateModelPackageMembers>;

const ZModelContainer = z.looseObject({
  ContainerHostname: z.string().max(63).optional(),
  Image: z.string().max(255).optional(),
  ModelDataUrl: url.optional(),
  Environment: z.record(z.string().max(1024), z.string().max(1024)).optional(),
  ModelPackageName: z.string().max(176).optional(),
});

export const ZCreateModelMembers = z.strictObject({
  primaryContainer: ZModelContainer.optional(),
  containers: z.array(ZModelContainer).max(15).optional(),
  executionRoleArn: z.string().min(20).max(2048).optional(),
  inferenceExecutionConfig: z.looseObject({ Mode: z.enum(['Serial', 'Direct']) }).optional(),
  vpcConfig: z.looseObject({}).optional(),
  enableNetworkIsolation: z.boolean().optional(),
});
export type TCreateModelMembers = z.infer<typeof ZCreateModelMembers>;

const timestamp = z.union([z.number(), z.string()]);

/** A DescribeTrainingJob response as `aws sagemaker describe-training-job` prints it; the members a card is filled from are checked, the rest kept. */
export const ZTrainingJobDescription = z.looseObject({
  TrainingJobName: entityName,
  TrainingJobArn: z.string().max(256).optional(),
  TrainingJobStatus: z.enum(TRAINING_JOB_STATUSES),
  CreationTime: timestamp,
  ModelArtifacts: z.looseObject({ S3ModelArtifacts: url }).optional(),
  AlgorithmSpecification: z.looseObject({ TrainingImage: z.string().max(255).optional() }).optional(),
  HyperParameters: z.record(z.string().max(256), z.string().max(2500)).optional(),
  FinalMetricDataList: z
    .array(z.looseObject({ MetricName: z.string().min(1).max(255), Value: z.number(), Timestamp: timestamp.optional() }))
    .max(40)
    .optional(),
});
export type TTrainingJobDescription = z.infer<typeof ZTrainingJobDescription>;
