// The registry request schemas accept exactly what @aws-sdk/client-sagemaker sends, with botocore's limits and defaults, and the response types reach the SDK caller unchanged.
import * as sdk from '@aws-sdk/client-sagemaker';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  REGISTRY_OPERATIONS,
  REGISTRY_REQUEST_SCHEMAS,
  ZCreateModelPackageGroupRequest,
  ZCreateModelPackageRequest,
  ZCreateModelRequest,
  ZDescribeModelPackageRequest,
  ZListModelPackageGroupsRequest,
  ZListModelPackagesRequest,
  ZListModelsRequest,
  ZListTrainingJobsRequest,
  ZUpdateModelPackageRequest,
  type TDescribeModelPackageResponse,
  type TDescribeModelResponse,
  type TListModelPackageGroupsResponse,
  type TListModelPackagesResponse,
  type TListModelsResponse,
  type TListTrainingJobsResponse,
  type TModelPackageGroupSummary,
  type TModelPackageSummary,
  type TModelSummary,
  type TRegistryOperation,
  type TTrainingJobSummary,
} from './registry-operations';
import { OPERATION_REQUEST_SCHEMAS, SAGEMAKER_OPERATIONS } from './operations';
import { toEpochSeconds } from './protocol';
import { startCaptureServer, type TCaptureServer } from './test-support/capture-server';

const ACCOUNT_ARN = 'arn:aws:sagemaker:us-east-1:111122223333';
const GROUP_ARN = `${ACCOUNT_ARN}:model-package-group/churn`;
const PACKAGE_ARN = `${ACCOUNT_ARN}:model-package/churn/3`;
const MODEL_ARN = `${ACCOUNT_ARN}:model/churn-model`;
const JOB_ARN = `${ACCOUNT_ARN}:training-job/churn-train-1`;
const T1 = new Date('2026-01-02T03:04:05.678Z');
const T2 = new Date('2026-03-04T05:06:07.089Z');
const DIGEST = `sha256:${'a'.repeat(64)}`;

let server: TCaptureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const clientFor = (endpoint: string) =>
  new sdk.SageMakerClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'AKID', secretAccessKey: 'SECRET' }, maxAttempts: 1 });

const CONTAINER: sdk.ModelPackageContainerDefinition = {
  ContainerHostname: 'main',
  Image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1',
  ImageDigest: DIGEST,
  ModelDataUrl: 's3://models/churn/model.tar.gz',
  ModelDataSource: { S3DataSource: { S3Uri: 's3://models/churn/', S3DataType: 'S3Prefix', CompressionType: 'None', ModelAccessConfig: { AcceptEula: true } } },
  Environment: { SAGEMAKER_PROGRAM: 'inference.py' },
  Framework: 'XGBOOST',
  FrameworkVersion: '1.7-1',
  NearestModelName: 'xgboost',
  AdditionalS3DataSource: { S3DataType: 'S3Object', S3Uri: 's3://models/extra.bin', CompressionType: 'Gzip' },
  IsCheckpoint: false,
};
const INFERENCE: sdk.InferenceSpecification = {
  Containers: [CONTAINER],
  SupportedTransformInstanceTypes: ['ml.m5.xlarge'],
  SupportedRealtimeInferenceInstanceTypes: ['ml.m5.large', 'ml.g6e.xlarge'],
  SupportedContentTypes: ['text/csv'],
  SupportedResponseMIMETypes: ['text/csv'],
};
const METRICS_SOURCE = { ContentType: 'application/json', S3Uri: 's3://metrics/statistics.json', ContentDigest: DIGEST };
const CARD_CONTENT = '{"intended_uses":{"risk_rating":"Low"},"model_overview":{"model_creator":"Risk team ✓"}}';

type TAnyCommand = { input: object };
/** One fully populated call per operation, as a user of the JS SDK writes it. */
const SDK_CALLS: [TRegistryOperation, () => TAnyCommand][] = [
  [
    'CreateModelPackageGroup',
    () =>
      new sdk.CreateModelPackageGroupCommand({
        ModelPackageGroupName: 'churn',
        ModelPackageGroupDescription: 'Churn models — retail',
        Tags: [{ Key: 'team', Value: 'risk' }],
      }),
  ],
  ['DescribeModelPackageGroup', () => new sdk.DescribeModelPackageGroupCommand({ ModelPackageGroupName: GROUP_ARN })],
  [
    'ListModelPackageGroups',
    () =>
      new sdk.ListModelPackageGroupsCommand({
        CreationTimeAfter: T1,
        CreationTimeBefore: T2,
        MaxResults: 100,
        NameContains: 'churn',
        NextToken: 't',
        SortBy: 'Name',
        SortOrder: 'Descending',
        CrossAccountFilterOption: 'SameAccount',
      }),
  ],
  ['DeleteModelPackageGroup', () => new sdk.DeleteModelPackageGroupCommand({ ModelPackageGroupName: 'churn' })],
  [
    'CreateModelPackage',
    () =>
      new sdk.CreateModelPackageCommand({
        ModelPackageGroupName: 'churn',
        ModelPackageDescription: 'Gradient-boosted churn model',
        ModelPackageRegistrationType: 'Registered',
        InferenceSpecification: INFERENCE,
        SourceAlgorithmSpecification: { SourceAlgorithms: [{ AlgorithmName: 'xgboost', ModelDataUrl: 's3://models/churn/model.tar.gz' }] },
        ModelApprovalStatus: 'PendingManualApproval',
        MetadataProperties: { CommitId: 'abc123', Repository: 'https://git.example.com/churn', GeneratedBy: 'pipeline', ProjectId: 'p-1' },
        ModelMetrics: { ModelQuality: { Statistics: METRICS_SOURCE }, Bias: { Report: METRICS_SOURCE }, Explainability: { Report: METRICS_SOURCE } },
        ClientToken: 'token-1',
        Domain: 'MACHINE_LEARNING',
        Task: 'CLASSIFICATION',
        SamplePayloadUrl: 's3://samples/payload.tar.gz',
        CustomerMetadataProperties: { owner: 'risk team', 'cost-centre': '42' },
        DriftCheckBaselines: { ModelQuality: { Constraints: METRICS_SOURCE } },
        AdditionalInferenceSpecifications: [{ Name: 'batch', Description: 'Batch scoring', Containers: [{ Image: 'img:2' }] }],
        SkipModelValidation: 'All',
        SourceUri: 's3://models/churn/',
        ModelCard: { ModelCardContent: CARD_CONTENT, ModelCardStatus: 'Draft' },
        ModelLifeCycle: { Stage: 'Development', StageStatus: 'InProgress', StageDescription: 'First cut' },
        Tags: [{ Key: 'team', Value: 'risk' }],
      }),
  ],
  ['DescribeModelPackage', () => new sdk.DescribeModelPackageCommand({ ModelPackageName: PACKAGE_ARN })],
  [
    'ListModelPackages',
    () =>
      new sdk.ListModelPackagesCommand({
        CreationTimeAfter: T1,
        CreationTimeBefore: T2,
        MaxResults: 50,
        NameContains: 'churn',
        ModelApprovalStatus: 'Approved',
        ModelPackageGroupName: 'churn',
        ModelPackageType: 'Versioned',
        NextToken: 't',
        SortBy: 'CreationTime',
        SortOrder: 'Descending',
      }),
  ],
  [
    'UpdateModelPackage',
    () =>
      new sdk.UpdateModelPackageCommand({
        ModelPackageArn: PACKAGE_ARN,
        ModelApprovalStatus: 'Approved',
        ApprovalDescription: 'Reviewed card v2',
        CustomerMetadataProperties: { owner: 'risk' },
        CustomerMetadataPropertiesToRemove: ['cost-centre'],
        ModelLifeCycle: { Stage: 'Production', StageStatus: 'Approved' },
        ClientToken: 'token-2',
      }),
  ],
  ['DeleteModelPackage', () => new sdk.DeleteModelPackageCommand({ ModelPackageName: 'churn/3' })],
  [
    'CreateModel',
    () =>
      new sdk.CreateModelCommand({
        ModelName: 'churn-model',
        PrimaryContainer: {
          Image: 'img:1',
          ModelDataUrl: 's3://models/churn/model.tar.gz',
          Environment: { A: '1' },
          Mode: 'SingleModel',
          ImageConfig: { RepositoryAccessMode: 'Platform' },
          ModelPackageName: PACKAGE_ARN,
        },
        InferenceExecutionConfig: { Mode: 'Serial' },
        ExecutionRoleArn: 'arn:aws:iam::111122223333:role/SageMakerRole',
        Tags: [{ Key: 'team', Value: 'risk' }],
        VpcConfig: { SecurityGroupIds: ['sg-1'], Subnets: ['subnet-1'] },
        EnableNetworkIsolation: true,
      }),
  ],
  ['DescribeModel', () => new sdk.DescribeModelCommand({ ModelName: 'churn-model' })],
  [
    'ListModels',
    () =>
      new sdk.ListModelsCommand({
        SortBy: 'Name',
        SortOrder: 'Ascending',
        NextToken: 't',
        MaxResults: 5,
        NameContains: 'churn',
        CreationTimeBefore: T2,
        CreationTimeAfter: T1,
      }),
  ],
  ['DeleteModel', () => new sdk.DeleteModelCommand({ ModelName: 'churn-model' })],
  ['DescribeTrainingJob', () => new sdk.DescribeTrainingJobCommand({ TrainingJobName: 'churn-train-1' })],
  [
    'ListTrainingJobs',
    () =>
      new sdk.ListTrainingJobsCommand({
        NextToken: 't',
        MaxResults: 20,
        CreationTimeAfter: T1,
        CreationTimeBefore: T2,
        LastModifiedTimeAfter: T1,
        LastModifiedTimeBefore: T2,
        NameContains: 'churn',
        StatusEquals: 'Completed',
        SortBy: 'Status',
        SortOrder: 'Descending',
      }),
  ],
];

describe('registry request schemas against what @aws-sdk/client-sagemaker sends', () => {
  it('cover every registry operation once, and each is served by the endpoint', () => {
    expect(Object.keys(REGISTRY_REQUEST_SCHEMAS).sort()).toEqual([...REGISTRY_OPERATIONS].sort());
    expect(SDK_CALLS.map(([operation]) => operation).sort()).toEqual([...REGISTRY_OPERATIONS].sort());
    for (const operation of REGISTRY_OPERATIONS) {
      expect(SAGEMAKER_OPERATIONS).toContain(operation);
      expect(OPERATION_REQUEST_SCHEMAS[operation]).toBe(REGISTRY_REQUEST_SCHEMAS[operation]);
    }
  });

  it.each(SDK_CALLS)('%s: the serialized request parses back to the input given to the SDK', async (operation, command) => {
    server = await startCaptureServer(() => ({ status: 200, body: {} }));
    const sent = command();
    await clientFor(server.endpoint).send(sent as Parameters<sdk.SageMakerClient['send']>[0]);
    const [request] = server.requests;
    expect(request.headers['x-amz-target']).toBe(`SageMaker.${operation}`);
    const parsed = REGISTRY_REQUEST_SCHEMAS[operation].safeParse(JSON.parse(request.body.toString()));
    expect(parsed.error?.issues).toBeUndefined();
    expect(parsed.data).toEqual(sent.input);
  });

  it('request members are the SDK input members', () => {
    expectTypeOf<keyof z.output<typeof ZCreateModelPackageGroupRequest>>().toEqualTypeOf<keyof sdk.CreateModelPackageGroupInput>();
    expectTypeOf<keyof z.output<typeof ZListModelPackageGroupsRequest>>().toEqualTypeOf<keyof sdk.ListModelPackageGroupsInput>();
    expectTypeOf<keyof z.output<typeof ZCreateModelPackageRequest>>().toEqualTypeOf<keyof sdk.CreateModelPackageInput>();
    expectTypeOf<keyof z.output<typeof ZListModelPackagesRequest>>().toEqualTypeOf<keyof sdk.ListModelPackagesInput>();
    expectTypeOf<keyof z.output<typeof ZUpdateModelPackageRequest>>().toEqualTypeOf<keyof sdk.UpdateModelPackageInput>();
    expectTypeOf<keyof z.output<typeof ZCreateModelRequest>>().toEqualTypeOf<keyof sdk.CreateModelInput>();
    expectTypeOf<keyof z.output<typeof ZListModelsRequest>>().toEqualTypeOf<keyof sdk.ListModelsInput>();
    expectTypeOf<keyof z.output<typeof ZListTrainingJobsRequest>>().toEqualTypeOf<keyof sdk.ListTrainingJobsRequest>();
  });
});

describe('registry response types against what @aws-sdk/client-sagemaker reads', () => {
  const groupSummary: TModelPackageGroupSummary = {
    ModelPackageGroupName: 'churn',
    ModelPackageGroupArn: GROUP_ARN,
    ModelPackageGroupDescription: 'Churn models',
    CreationTime: toEpochSeconds(T1),
    ModelPackageGroupStatus: 'Completed',
  };
  const packageSummary: TModelPackageSummary = {
    ModelPackageGroupName: 'churn',
    ModelPackageVersion: 3,
    ModelPackageArn: PACKAGE_ARN,
    ModelPackageDescription: 'v3',
    CreationTime: toEpochSeconds(T1),
    ModelPackageStatus: 'Completed',
    ModelApprovalStatus: 'Approved',
    ModelLifeCycle: { Stage: 'Production', StageStatus: 'Approved' },
    ModelPackageRegistrationType: 'Registered',
  };
  const described: TDescribeModelPackageResponse = {
    ModelPackageName: 'churn',
    ModelPackageGroupName: 'churn',
    ModelPackageVersion: 3,
    ModelPackageArn: PACKAGE_ARN,
    ModelPackageDescription: 'v3',
    CreationTime: toEpochSeconds(T1),
    InferenceSpecification: INFERENCE,
    ModelPackageStatus: 'Completed',
    ModelPackageStatusDetails: { ValidationStatuses: [] },
    ModelApprovalStatus: 'Approved',
    CreatedBy: { UserProfileName: 'Ada', IamIdentity: { PrincipalId: 'u1', SourceIdentity: 'ada@example.com' } },
    ModelMetrics: { ModelQuality: { Statistics: METRICS_SOURCE } },
    LastModifiedTime: toEpochSeconds(T2),
    ApprovalDescription: 'ok',
    CustomerMetadataProperties: { owner: 'risk' },
    ModelCard: { ModelCardContent: CARD_CONTENT, ModelCardStatus: 'Approved' },
    ModelLifeCycle: { Stage: 'Production', StageStatus: 'Approved' },
  };
  const modelDescription: TDescribeModelResponse = {
    ModelName: 'churn-model',
    PrimaryContainer: { Image: 'img:1', ModelDataUrl: 's3://models/churn/model.tar.gz', Environment: { A: '1' } },
    ExecutionRoleArn: 'arn:aws:iam::111122223333:role/SageMakerRole',
    CreationTime: toEpochSeconds(T1),
    ModelArn: MODEL_ARN,
    EnableNetworkIsolation: false,
  };
  const modelSummary: TModelSummary = { ModelName: 'churn-model', ModelArn: MODEL_ARN, CreationTime: toEpochSeconds(T1) };
  const jobSummary: TTrainingJobSummary = {
    TrainingJobName: 'churn-train-1',
    TrainingJobArn: JOB_ARN,
    CreationTime: toEpochSeconds(T1),
    TrainingEndTime: toEpochSeconds(T2),
    LastModifiedTime: toEpochSeconds(T2),
    TrainingJobStatus: 'Completed',
    SecondaryStatus: 'Completed',
  };
  const RESPONSES: Record<TRegistryOperation, object> = {
    CreateModelPackageGroup: { ModelPackageGroupArn: GROUP_ARN },
    DescribeModelPackageGroup: { ...groupSummary, CreatedBy: { UserProfileName: 'Ada' } },
    ListModelPackageGroups: { ModelPackageGroupSummaryList: [groupSummary], NextToken: 'next' } satisfies TListModelPackageGroupsResponse,
    DeleteModelPackageGroup: {},
    CreateModelPackage: { ModelPackageArn: PACKAGE_ARN },
    DescribeModelPackage: described,
    ListModelPackages: { ModelPackageSummaryList: [packageSummary], NextToken: 'next' } satisfies TListModelPackagesResponse,
    UpdateModelPackage: { ModelPackageArn: PACKAGE_ARN },
    DeleteModelPackage: {},
    CreateModel: { ModelArn: MODEL_ARN },
    DescribeModel: modelDescription,
    ListModels: { Models: [modelSummary], NextToken: 'next' } satisfies TListModelsResponse,
    DeleteModel: {},
    DescribeTrainingJob: {
      TrainingJobName: 'churn-train-1',
      TrainingJobArn: JOB_ARN,
      ModelArtifacts: { S3ModelArtifacts: 's3://models/churn/model.tar.gz' },
      TrainingJobStatus: 'Completed',
      SecondaryStatus: 'Completed',
      HyperParameters: { max_depth: '5' },
      AlgorithmSpecification: { TrainingImage: 'img:train', TrainingInputMode: 'File' },
      StoppingCondition: { MaxRuntimeInSeconds: 3600 },
      CreationTime: toEpochSeconds(T1),
      SecondaryStatusTransitions: [{ Status: 'Completed', StartTime: toEpochSeconds(T1), EndTime: toEpochSeconds(T2) }],
      FinalMetricDataList: [{ MetricName: 'validation:auc', Value: 0.91, Timestamp: toEpochSeconds(T2) }],
    },
    ListTrainingJobs: { TrainingJobSummaries: [jobSummary], NextToken: 'next' } satisfies TListTrainingJobsResponse,
  };

  const asWire = (value: unknown): unknown =>
    value instanceof Date
      ? toEpochSeconds(value)
      : Array.isArray(value)
        ? value.map(asWire)
        : value && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .filter(([key]) => key !== '$metadata')
                .map(([key, item]) => [key, asWire(item)]),
            )
          : value;

  it.each(SDK_CALLS)('%s: every field of the response reaches the SDK caller', async (operation, command) => {
    server = await startCaptureServer(() => ({ status: 200, body: RESPONSES[operation] }));
    const output = await clientFor(server.endpoint).send(command() as Parameters<sdk.SageMakerClient['send']>[0]);
    expect(asWire(output)).toEqual(RESPONSES[operation]);
  });

  it("Cardinal's own DescribeModelPackage member does not disturb the SDK's shape", async () => {
    const withExtras = { ...described, Cardinal: { ModelCardName: 'churn-3', CardChangedSinceApproval: true, ApprovedWithCardVersion: 2 } };
    server = await startCaptureServer(() => ({ status: 200, body: withExtras }));
    const output = await clientFor(server.endpoint).send(new sdk.DescribeModelPackageCommand({ ModelPackageName: PACKAGE_ARN }));
    expect(asWire(output)).toEqual(described);
  });

  it('response types have the SDK output types’ fields', () => {
    expectTypeOf<keyof TModelPackageGroupSummary>().toEqualTypeOf<Exclude<keyof sdk.ModelPackageGroupSummary, 'ManagedConfiguration'>>();
    expectTypeOf<keyof TModelPackageSummary>().toEqualTypeOf<keyof sdk.ModelPackageSummary>();
    expectTypeOf<keyof TModelSummary>().toEqualTypeOf<keyof sdk.ModelSummary>();
    expectTypeOf<Exclude<keyof TDescribeModelPackageResponse, 'Cardinal'>>().toExtend<keyof sdk.DescribeModelPackageOutput>();
  });
});

describe('registry request defaults and limits', () => {
  const issuePaths = (result: { error?: { issues: { path: PropertyKey[] }[] } }) => result.error?.issues.map((issue) => issue.path.join('.'));

  it('fill in page size and each list’s documented sort', () => {
    expect(ZListModelPackageGroupsRequest.parse({})).toEqual({ MaxResults: 10, SortBy: 'CreationTime', SortOrder: 'Ascending' });
    expect(ZListModelPackagesRequest.parse({})).toEqual({ MaxResults: 10, SortBy: 'CreationTime', SortOrder: 'Ascending' });
    expect(ZListModelsRequest.parse({})).toEqual({ MaxResults: 10, SortBy: 'CreationTime', SortOrder: 'Descending' });
    expect(ZListTrainingJobsRequest.parse({})).toEqual({ MaxResults: 10, SortBy: 'CreationTime', SortOrder: 'Ascending' });
  });

  it('drop members this server does not know, as a newer SDK may send them', () => {
    expect(ZDescribeModelPackageRequest.parse({ ModelPackageName: 'churn/1', FutureMember: 1 })).toEqual({ ModelPackageName: 'churn/1' });
  });

  const group = { ModelPackageGroupName: 'churn' };
  it.each([
    ['a group name with an underscore', ZCreateModelPackageGroupRequest, { ModelPackageGroupName: 'churn_v2' }, 'ModelPackageGroupName'],
    [
      'a group description with a line break',
      ZCreateModelPackageGroupRequest,
      { ...group, ModelPackageGroupDescription: 'a\nb' },
      'ModelPackageGroupDescription',
    ],
    [
      'a 1025-character group description',
      ZCreateModelPackageGroupRequest,
      { ...group, ModelPackageGroupDescription: 'a'.repeat(1025) },
      'ModelPackageGroupDescription',
    ],
    ['a package with neither group nor name', ZCreateModelPackageRequest, {}, 'ModelPackageGroupName'],
    ['a group name ending in a hyphen', ZCreateModelPackageRequest, { ModelPackageGroupName: 'churn-' }, 'ModelPackageGroupName'],
    ['an unknown approval status', ZCreateModelPackageRequest, { ...group, ModelApprovalStatus: 'Pending' }, 'ModelApprovalStatus'],
    ['no containers', ZCreateModelPackageRequest, { ...group, InferenceSpecification: { Containers: [] } }, 'InferenceSpecification.Containers'],
    [
      '16 containers',
      ZCreateModelPackageRequest,
      { ...group, InferenceSpecification: { Containers: Array.from({ length: 16 }, () => ({ Image: 'i' })) } },
      'InferenceSpecification.Containers',
    ],
    [
      'an ftp model data URL',
      ZCreateModelPackageRequest,
      { ...group, InferenceSpecification: { Containers: [{ ModelDataUrl: 'ftp://x/y' }] } },
      'InferenceSpecification.Containers.0.ModelDataUrl',
    ],
    [
      'a bad framework version',
      ZCreateModelPackageRequest,
      { ...group, InferenceSpecification: { Containers: [{ FrameworkVersion: 'latest' }] } },
      'InferenceSpecification.Containers.0.FrameworkVersion',
    ],
    [
      'an instance type that is not one',
      ZCreateModelPackageRequest,
      { ...group, InferenceSpecification: { Containers: [{}], SupportedRealtimeInferenceInstanceTypes: ['m5.large'] } },
      'InferenceSpecification.SupportedRealtimeInferenceInstanceTypes.0',
    ],
    [
      'a metrics source without a content type',
      ZCreateModelPackageRequest,
      { ...group, ModelMetrics: { Bias: { Report: { S3Uri: 's3://m/r.json' } } } },
      'ModelMetrics.Bias.Report.ContentType',
    ],
    [
      'a bad content digest',
      ZCreateModelPackageRequest,
      { ...group, ModelMetrics: { Bias: { Report: { ...METRICS_SOURCE, ContentDigest: 'md5:1' } } } },
      'ModelMetrics.Bias.Report.ContentDigest',
    ],
    [
      '51 customer metadata properties',
      ZCreateModelPackageRequest,
      { ...group, CustomerMetadataProperties: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v'])) },
      'CustomerMetadataProperties',
    ],
    [
      'an empty customer metadata value',
      ZCreateModelPackageRequest,
      { ...group, CustomerMetadataProperties: { owner: '' } },
      'CustomerMetadataProperties.owner',
    ],
    [
      'a 129-character customer metadata key',
      ZCreateModelPackageRequest,
      { ...group, CustomerMetadataProperties: { ['k'.repeat(129)]: 'v' } },
      `CustomerMetadataProperties.${'k'.repeat(129)}`,
    ],
    [
      'a 257-character customer metadata value',
      ZCreateModelPackageRequest,
      { ...group, CustomerMetadataProperties: { k: 'v'.repeat(257) } },
      'CustomerMetadataProperties.k',
    ],
    [
      'a life-cycle stage with a space',
      ZCreateModelPackageRequest,
      { ...group, ModelLifeCycle: { Stage: 'Pre prod', StageStatus: 'InProgress' } },
      'ModelLifeCycle.Stage',
    ],
    ['a life cycle without a stage status', ZCreateModelPackageRequest, { ...group, ModelLifeCycle: { Stage: 'QA' } }, 'ModelLifeCycle.StageStatus'],
    [
      'card content over 100,000 characters',
      ZCreateModelPackageRequest,
      { ...group, ModelCard: { ModelCardContent: 'x'.repeat(100_001) } },
      'ModelCard.ModelCardContent',
    ],
    ['a Rejected card status', ZCreateModelPackageRequest, { ...group, ModelCard: { ModelCardStatus: 'Rejected' } }, 'ModelCard.ModelCardStatus'],
    ['a client token with a dot', ZCreateModelPackageRequest, { ...group, ClientToken: 'a.b' }, 'ClientToken'],
    [
      'two source algorithms',
      ZCreateModelPackageRequest,
      { ...group, SourceAlgorithmSpecification: { SourceAlgorithms: [{ AlgorithmName: 'a' }, { AlgorithmName: 'b' }] } },
      'SourceAlgorithmSpecification.SourceAlgorithms',
    ],
    ['a package name without a version in a package ARN', ZUpdateModelPackageRequest, { ModelPackageArn: GROUP_ARN }, 'ModelPackageArn'],
    ['a package name with a non-numeric version', ZDescribeModelPackageRequest, { ModelPackageName: 'churn/latest' }, 'ModelPackageName'],
    ['a ten-digit version', ZDescribeModelPackageRequest, { ModelPackageName: 'churn/1234567890' }, 'ModelPackageName'],
    ['NameContains with a dot', ZListModelPackagesRequest, { NameContains: 'churn.v2' }, 'NameContains'],
    ['an unknown package type', ZListModelPackagesRequest, { ModelPackageType: 'All' }, 'ModelPackageType'],
    ['SortBy Version on packages', ZListModelPackagesRequest, { SortBy: 'Version' }, 'SortBy'],
    ['MaxResults 101 on groups', ZListModelPackageGroupsRequest, { MaxResults: 101 }, 'MaxResults'],
    ['a model name with a double hyphen at the end', ZCreateModelRequest, { ModelName: 'churn--' }, 'ModelName'],
    ['a 64-character model name', ZCreateModelRequest, { ModelName: 'm'.repeat(64) }, 'ModelName'],
    [
      'an execution role that is not a role ARN',
      ZCreateModelRequest,
      { ModelName: 'm', ExecutionRoleArn: 'arn:aws:iam::111122223333:user/alice' },
      'ExecutionRoleArn',
    ],
    [
      'an environment variable name with a hyphen',
      ZCreateModelRequest,
      { ModelName: 'm', PrimaryContainer: { Environment: { 'MY-VAR': '1' } } },
      'PrimaryContainer.Environment.MY-VAR',
    ],
    ['16 model containers', ZCreateModelRequest, { ModelName: 'm', Containers: Array.from({ length: 16 }, () => ({})) }, 'Containers'],
    ['a VPC config without subnets', ZCreateModelRequest, { ModelName: 'm', VpcConfig: { SecurityGroupIds: ['sg-1'], Subnets: [] } }, 'VpcConfig.Subnets'],
    ['an unknown training status', ZListTrainingJobsRequest, { StatusEquals: 'Running' }, 'StatusEquals'],
    ['SortBy Version on models', ZListModelsRequest, { SortBy: 'Version' }, 'SortBy'],
  ])('refuse %s', (_label, schema, input, path) => {
    expect(issuePaths(schema.safeParse(input))).toEqual([path]);
  });

  it.each([
    ['a group name or its ARN', ZDescribeModelPackageRequest, { ModelPackageName: PACKAGE_ARN }],
    ['<group>/<version>', ZDescribeModelPackageRequest, { ModelPackageName: 'churn/12' }],
    ['a group ARN for the group', ZListModelPackagesRequest, { ModelPackageGroupName: GROUP_ARN }],
    ['an unversioned package name (refused later, by the handler, with a reason)', ZCreateModelPackageRequest, { ModelPackageName: 'standalone' }],
    [
      'a description with unicode punctuation and symbols',
      ZCreateModelPackageGroupRequest,
      { ...group, ModelPackageGroupDescription: 'Churn — “retail” €5 ✓' },
    ],
    [
      'exactly 50 customer metadata properties',
      ZCreateModelPackageRequest,
      { ...group, CustomerMetadataProperties: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k ${i}`, 'v'])) },
    ],
    ['a one-character model name', ZCreateModelRequest, { ModelName: 'm' }],
    [
      'an instance type from a newer release',
      ZCreateModelPackageRequest,
      { ...group, InferenceSpecification: { Containers: [{}], SupportedRealtimeInferenceInstanceTypes: ['ml.p7-x.96xlarge'] } },
    ],
  ])('accept %s', (_label, schema, input) => {
    expect(schema.safeParse(input).error?.issues).toBeUndefined();
  });
});
