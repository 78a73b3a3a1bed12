// The properties Search knows for each resource, named as SageMaker names them, each a SQL expression over the resource's table: the one list that decides what can be filtered and sorted.
import 'server-only';
import type { TSearchableResource } from '@/lib/sagemaker/search-operation';
import { jsonKey, number, text, time } from './search-sql';
import type { SqlParams, TProperty, TResourceCatalogue } from './search-sql';

const userName = (column: string) => text(`(SELECT u.name FROM "User" u WHERE u.id = r."${column}")`);

/** Tags.<key> of a registry resource: its value, or NULL where the resource has no such tag. */
const registryTag =
  (resourceType: string) =>
  (key: string): TProperty => ({
    kind: 'text',
    sql: (params) =>
      `(SELECT t.value FROM "RegistryTag" t WHERE t."resourceType" = '${resourceType}' AND t."resourceId" = r.id AND t.key = ${params.add(key)})`,
  });

const arn = (build: (prefix: string) => string): TProperty => ({ kind: 'text', sql: (params: SqlParams) => `(${build(params.arnPrefix())})` });

/** The package a card documents is in its modelPackageArn (…:model-package/<group>/<version>); the group is that ARN's middle part. */
const CARD_GROUP_NAME = `substring(r."modelPackageArn" from ':model-package/([^/]+)/[0-9]+$')`;

const MODEL_CARD: TResourceCatalogue = {
  from: '"ModelCard" r',
  properties: {
    ModelCardArn: arn((prefix) => `${prefix} || 'model-card/' || r.name`),
    ModelCardName: text('r.name', true),
    ModelCardVersion: number('r."latestVersion"', true),
    ModelCardStatus: text('r.status::text', true),
    Content: text('(SELECT v.content FROM "ModelCardVersion" v WHERE v."cardId" = r.id AND v.version = r."latestVersion")'),
    CreationTime: time('r."createdAt"', true),
    LastModifiedTime: time('r."updatedAt"', true),
    'CreatedBy.UserProfileName': userName('createdById'),
    'LastModifiedBy.UserProfileName': userName('updatedById'),
    // SageMaker derives ModelId from the content: the model's ARN, or the package version's ARN for a package card.
    ModelId: text('coalesce(r."modelId", r."modelPackageArn")'),
    RiskRating: text('r."riskRating"::text'),
    ModelPackageGroupName: text(CARD_GROUP_NAME),
  },
  keyed: {
    Tags: (key) => ({ kind: 'text', sql: (params) => `(SELECT t.value FROM "ModelCardTag" t WHERE t."cardId" = r.id AND t.key = ${params.add(key)})` }),
  },
  defaultSortBy: 'LastModifiedTime',
};

/** The card that documents the package version (its modelPackageArn is the version's ARN), as the record's ModelCard member. */
const packageCardOf = (column: string): TProperty => ({
  kind: 'text',
  sql: (params) =>
    `(SELECT ${column} FROM "ModelCard" c WHERE c."modelPackageArn" = ${params.arnPrefix()} || 'model-package/' || r."groupName" || '/' || r.version)`,
});

const MODEL_PACKAGE: TResourceCatalogue = {
  from: '"ModelPackage" r',
  properties: {
    ModelPackageArn: arn((prefix) => `${prefix} || 'model-package/' || r."groupName" || '/' || r.version`),
    // A versioned package's ModelPackageName is its group's name, as DescribeModelPackage gives it.
    ModelPackageName: text('r."groupName"', true),
    ModelPackageGroupName: text('r."groupName"', true),
    ModelPackageVersion: number('r.version', true),
    ModelPackageDescription: text('r.description'),
    ModelPackageStatus: text('r."packageStatus"'),
    ModelApprovalStatus: text('r."approvalStatus"::text', true),
    ApprovalDescription: text('r."approvalDescription"'),
    ModelPackageRegistrationType: text('r."registrationType"'),
    Domain: text('r.domain'),
    Task: text('r.task'),
    SamplePayloadUrl: text('r."samplePayloadUrl"'),
    SourceUri: text('r."sourceUri"'),
    'ModelLifeCycle.Stage': text('r."lifecycleStage"'),
    'ModelLifeCycle.StageStatus': text('r."lifecycleStageStatus"'),
    'ModelLifeCycle.StageDescription': text('r."lifecycleStageDescription"'),
    // The single inference container's artifacts (NULL for packages with several containers).
    'InferenceSpecification.Containers.ModelDataUrl': text('r."modelDataUrl"'),
    'InferenceSpecification.Containers.Image': text(`(r."inferenceSpecification" -> 'Containers' -> 0 ->> 'Image')`),
    CreationTime: time('r."createdAt"', true),
    LastModifiedTime: time('r."updatedAt"', true),
    'CreatedBy.UserProfileName': userName('createdById'),
    'LastModifiedBy.UserProfileName': userName('updatedById'),
    'ModelCard.ModelCardStatus': packageCardOf('c.status::text'),
    'ModelCard.ModelCardName': packageCardOf('c.name'),
  },
  keyed: {
    Tags: registryTag('model-package'),
    CustomerMetadataProperties: jsonKey('r."customerMetadataProperties"'),
  },
  defaultSortBy: 'LastModifiedTime',
};

const MODEL_PACKAGE_GROUP: TResourceCatalogue = {
  from: '"ModelPackageGroup" r',
  properties: {
    ModelPackageGroupArn: arn((prefix) => `${prefix} || 'model-package-group/' || r.name`),
    ModelPackageGroupName: text('r.name', true),
    ModelPackageGroupDescription: text('r.description'),
    // Cardinal creates groups synchronously: every group it keeps is Completed.
    ModelPackageGroupStatus: text(`'Completed'`),
    CreationTime: time('r."createdAt"', true),
    'CreatedBy.UserProfileName': userName('createdById'),
  },
  keyed: { Tags: registryTag('model-package-group') },
  // The ModelPackageGroup record has no LastModifiedTime.
  defaultSortBy: 'CreationTime',
};

/** The card that documents the model (its model_id is the model's ARN), for the ModelDashboardModel's ModelCard members. */
const modelCardOf = (column: string): TProperty => ({
  kind: 'text',
  sql: (params) => `(SELECT ${column} FROM "ModelCard" c WHERE c."modelId" = ${params.arnPrefix()} || 'model/' || r."nameLower")`,
});

/** A Model search record is a ModelDashboardModel ({ Model, ModelCard, … }), so its properties are named by that path. */
const MODEL: TResourceCatalogue = {
  from: '"RegisteredModel" r',
  properties: {
    'Model.ModelName': text('r.name', true),
    // SageMaker lower-cases model names in ARNs.
    'Model.ModelArn': arn((prefix) => `${prefix} || 'model/' || r."nameLower"`),
    'Model.ExecutionRoleArn': text('r."executionRoleArn"'),
    'Model.CreationTime': time('r."createdAt"', true),
    'Model.PrimaryContainer.Image': text(`(r."primaryContainer" ->> 'Image')`),
    'Model.PrimaryContainer.ModelDataUrl': text(`(r."primaryContainer" ->> 'ModelDataUrl')`),
    'Model.PrimaryContainer.ModelPackageName': text(`(r."primaryContainer" ->> 'ModelPackageName')`),
    'ModelCard.ModelCardName': modelCardOf('c.name'),
    'ModelCard.ModelCardStatus': modelCardOf('c.status::text'),
    'ModelCard.RiskRating': modelCardOf('c."riskRating"::text'),
  },
  keyed: { 'Model.Tags': registryTag('model') },
  defaultSortBy: 'Model.CreationTime',
};

/** FinalMetricDataList's value for one metric name. */
const trainingMetric = (name: string): TProperty => ({
  kind: 'number',
  sql: (params) =>
    `(SELECT (m ->> 'Value')::float8 FROM jsonb_array_elements(CASE WHEN jsonb_typeof(r.parsed -> 'FinalMetricDataList') = 'array' THEN r.parsed -> 'FinalMetricDataList' ELSE '[]'::jsonb END) m WHERE m ->> 'MetricName' = ${params.add(name)} AND jsonb_typeof(m -> 'Value') = 'number' LIMIT 1)`,
});

/** A time member of the recorded job: recordTrainingJob stores every *Time member as ISO 8601 UTC text, so the cast cannot fail. */
const jsonTime = (member: string) => time(`(((r.parsed ->> '${member}')::timestamptz AT TIME ZONE 'UTC')::timestamp(3))`);

/** A whole number member of the recorded DescribeTrainingJob JSON. */
const jsonNumber = (member: string) => number(`(CASE WHEN jsonb_typeof(r.parsed -> '${member}') = 'number' THEN (r.parsed ->> '${member}')::numeric END)`);

const TRAINING_JOB: TResourceCatalogue = {
  from: '"TrainingJobRecord" r',
  properties: {
    TrainingJobName: text('r.name', true),
    // This server's ARN for the record, lower-cased as SageMaker writes it (the ARN a job was posted with is not searched).
    TrainingJobArn: arn((prefix) => `${prefix} || 'training-job/' || r."nameLower"`),
    TrainingJobStatus: text('r.status', true),
    SecondaryStatus: text(`(r.parsed ->> 'SecondaryStatus')`),
    FailureReason: text(`(r.parsed ->> 'FailureReason')`),
    RoleArn: text(`(r.parsed ->> 'RoleArn')`),
    'ModelArtifacts.S3ModelArtifacts': text('r."s3ModelArtifacts"'),
    'AlgorithmSpecification.TrainingImage': text('r."trainingImage"'),
    'AlgorithmSpecification.AlgorithmName': text(`(r.parsed -> 'AlgorithmSpecification' ->> 'AlgorithmName')`),
    'OutputDataConfig.S3OutputPath': text(`(r.parsed -> 'OutputDataConfig' ->> 'S3OutputPath')`),
    TuningJobArn: text(`(r.parsed ->> 'TuningJobArn')`),
    TrainingTimeInSeconds: jsonNumber('TrainingTimeInSeconds'),
    BillableTimeInSeconds: jsonNumber('BillableTimeInSeconds'),
    CreationTime: time('r."creationTime"', true),
    LastModifiedTime: jsonTime('LastModifiedTime'),
    TrainingStartTime: jsonTime('TrainingStartTime'),
    TrainingEndTime: jsonTime('TrainingEndTime'),
  },
  keyed: {
    Tags: registryTag('training-job'),
    HyperParameters: (key) => ({ ...jsonKey(`(r.parsed -> 'HyperParameters')`)(key), kind: 'numeric-text' }),
    Metrics: trainingMetric,
  },
  // SageMaker's default; a record posted without LastModifiedTime sorts after those with one.
  defaultSortBy: 'LastModifiedTime',
};

export const SEARCH_CATALOGUES: Record<TSearchableResource, TResourceCatalogue> = {
  ModelCard: MODEL_CARD,
  ModelPackage: MODEL_PACKAGE,
  ModelPackageGroup: MODEL_PACKAGE_GROUP,
  Model: MODEL,
  TrainingJob: TRAINING_JOB,
};
