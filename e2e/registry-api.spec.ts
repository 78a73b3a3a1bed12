// Pipelines register models in Cardinal with the real SageMakerClient: groups, package versions with their cards, models and recorded training jobs, their errors as AWS names them, the approval gate, tags on every registry ARN, and pages over 250 versions.
import { test, expect } from '@playwright/test';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import {
  AddTagsCommand,
  CreateModelCardCommand,
  CreateModelCommand,
  CreateModelPackageCommand,
  CreateModelPackageGroupCommand,
  DeleteModelCardCommand,
  DeleteModelCommand,
  DeleteModelPackageCommand,
  DeleteModelPackageGroupCommand,
  DeleteTagsCommand,
  DescribeModelCardCommand,
  DescribeModelCommand,
  DescribeModelPackageCommand,
  DescribeModelPackageGroupCommand,
  DescribeTrainingJobCommand,
  ListModelCardsCommand,
  ListModelPackageGroupsCommand,
  ListModelPackagesCommand,
  SageMakerClient,
  ListModelsCommand,
  ListTagsCommand,
  ListTrainingJobsCommand,
  UpdateModelCardCommand,
  UpdateModelPackageCommand,
  paginateListModelPackages,
} from '@aws-sdk/client-sagemaker';
import type { InferenceSpecification, SageMakerServiceException } from '@aws-sdk/client-sagemaker';
import { ADMIN, HUB_AUDITOR, HUB_AUTHOR, HUB_REVIEWER } from './support/accounts';
import { createAccessKey, sageMaker } from './support/card-api';
import type { AccessKey } from './support/card-api';
import { HUB_URL } from './support/servers';

const REGION = 'us-east-1';
const ACCOUNT = '000000000000';
const RUN = Date.now().toString(36);
const arn = (resource: string) => `arn:aws:sagemaker:${REGION}:${ACCOUNT}:${resource}`;
const keys: { admin?: AccessKey; author?: AccessKey; reviewer?: AccessKey; auditor?: AccessKey } = {};

const INFERENCE: InferenceSpecification = {
  Containers: [
    {
      Image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1',
      ModelDataUrl: `s3://models/${RUN}/churn/model.tar.gz`,
      Framework: 'XGBOOST',
      FrameworkVersion: '1.7-1',
    },
  ],
  SupportedContentTypes: ['text/csv'],
  SupportedResponseMIMETypes: ['text/csv'],
  SupportedRealtimeInferenceInstanceTypes: ['ml.m5.large'],
  SupportedTransformInstanceTypes: ['ml.m5.xlarge'],
};
const METRICS_SOURCE = { ContentType: 'application/json', S3Uri: 's3://metrics/statistics.json' };

async function caught(promise: Promise<unknown>): Promise<SageMakerServiceException> {
  return promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error as SageMakerServiceException,
  );
}

/** name, HTTP status and message of a refused call, in one comparable value. */
async function refusal(promise: Promise<unknown>): Promise<[string, number | undefined, string]> {
  const error = await caught(promise);
  return [error.name, error.$metadata.httpStatusCode, error.message];
}

/** A signed call without an SDK, to read what the SDK drops: the members Cardinal adds, and the REST API. */
async function signedFetch(key: AccessKey, init: { path: string; method: 'POST' | 'GET'; headers?: Record<string, string>; body?: string }): Promise<Response> {
  const url = new URL(HUB_URL);
  const signer = new SignatureV4({ service: 'sagemaker', region: REGION, credentials: key, sha256: Sha256 });
  const signed = await signer.sign({
    method: init.method,
    protocol: url.protocol,
    hostname: url.hostname,
    port: Number(url.port),
    path: init.path,
    headers: { host: url.host, ...init.headers },
    body: init.body,
  });
  return fetch(`${HUB_URL}${init.path}`, { method: init.method, headers: signed.headers, body: init.body });
}

async function rawSageMaker(key: AccessKey, operation: string, members: object): Promise<Record<string, unknown>> {
  const response = await signedFetch(key, {
    path: '/api/sagemaker',
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `SageMaker.${operation}` },
    body: JSON.stringify(members),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

/** What `aws sagemaker describe-training-job` prints for a finished job (times as the CLI prints them). */
function describeTrainingJobOutput(name: string, artifacts: string) {
  return {
    TrainingJobName: name,
    TrainingJobArn: `arn:aws:sagemaker:eu-west-1:123456789012:training-job/${name}`,
    ModelArtifacts: { S3ModelArtifacts: artifacts },
    TrainingJobStatus: 'Completed',
    SecondaryStatus: 'Completed',
    HyperParameters: { max_depth: '5', eta: '0.2' },
    AlgorithmSpecification: {
      TrainingImage: '683313688378.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-xgboost:1.7-1',
      TrainingInputMode: 'File',
      EnableSageMakerMetricsTimeSeries: false,
    },
    RoleArn: 'arn:aws:iam::123456789012:role/SageMakerRole',
    OutputDataConfig: { KmsKeyId: '', S3OutputPath: 's3://models/output' },
    ResourceConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: 1, VolumeSizeInGB: 30 },
    StoppingCondition: { MaxRuntimeInSeconds: 86400 },
    CreationTime: '2026-11-30T10:15:02.123000+00:00',
    TrainingStartTime: '2026-11-30T10:17:40.456000+00:00',
    TrainingEndTime: '2026-11-30T10:25:11.789000+00:00',
    LastModifiedTime: '2026-11-30T10:25:11.789000+00:00',
    SecondaryStatusTransitions: [
      { Status: 'Completed', StartTime: '2026-11-30T10:25:00+00:00', EndTime: '2026-11-30T10:25:11.789000+00:00', StatusMessage: 'Training job completed' },
    ],
    FinalMetricDataList: [
      { MetricName: 'validation:auc', Value: 0.912, Timestamp: '2026-11-30T10:24:50+00:00' },
      { MetricName: 'train:auc', Value: 0.951, Timestamp: '2026-11-30T10:24:50+00:00' },
    ],
    EnableNetworkIsolation: false,
    TrainingTimeInSeconds: 451,
    BillableTimeInSeconds: 451,
  };
}

test.describe.serial('the model registry through the SageMaker API', () => {
  test.beforeAll(async ({ browser }) => {
    // Four people sign in through the UI (argon2 each time) to make their keys.
    test.setTimeout(180_000);
    keys.admin = await createAccessKey(browser, ADMIN, `registry admin ${RUN}`);
    keys.author = await createAccessKey(browser, HUB_AUTHOR, `registry author ${RUN}`);
    keys.reviewer = await createAccessKey(browser, HUB_REVIEWER, `registry reviewer ${RUN}`);
    keys.auditor = await createAccessKey(browser, HUB_AUDITOR, `registry auditor ${RUN}`);
  });

  test('model package groups: create, describe by name or ARN, list, delete, and the errors of each', async () => {
    const author = sageMaker(keys.author!);
    const name = `grp-${RUN}`;
    const created = await author.send(
      new CreateModelPackageGroupCommand({
        ModelPackageGroupName: name,
        ModelPackageGroupDescription: 'Churn models — retail',
        Tags: [{ Key: 'team', Value: 'risk' }],
      }),
    );
    expect(created.ModelPackageGroupArn).toBe(arn(`model-package-group/${name}`));

    for (const ModelPackageGroupName of [name, arn(`model-package-group/${name}`)]) {
      const described = await author.send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName }));
      expect(described).toMatchObject({
        ModelPackageGroupName: name,
        ModelPackageGroupArn: arn(`model-package-group/${name}`),
        ModelPackageGroupDescription: 'Churn models — retail',
        ModelPackageGroupStatus: 'Completed',
        CreatedBy: { UserProfileName: HUB_AUTHOR.name },
      });
      expect(Math.abs(described.CreationTime!.getTime() - Date.now())).toBeLessThan(120_000);
    }

    await author.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: `${name}-b` }));
    const listed = await author.send(new ListModelPackageGroupsCommand({ NameContains: name, SortBy: 'Name', SortOrder: 'Descending' }));
    expect(listed.ModelPackageGroupSummaryList!.map((group) => [group.ModelPackageGroupName, group.ModelPackageGroupStatus])).toEqual([
      [`${name}-b`, 'Completed'],
      [name, 'Completed'],
    ]);
    const firstPage = await author.send(new ListModelPackageGroupsCommand({ NameContains: name, MaxResults: 1 }));
    expect(firstPage.ModelPackageGroupSummaryList!.map((group) => group.ModelPackageGroupName)).toEqual([name]);
    const secondPage = await author.send(new ListModelPackageGroupsCommand({ NameContains: name, MaxResults: 1, NextToken: firstPage.NextToken }));
    expect(secondPage.ModelPackageGroupSummaryList!.map((group) => group.ModelPackageGroupName)).toEqual([`${name}-b`]);
    expect(secondPage.NextToken).toBeUndefined();

    expect(await refusal(author.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: name })))).toEqual([
      'ConflictException',
      400,
      expect.stringContaining('already exists'),
    ]);
    expect(await refusal(author.send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: `nope-${RUN}` })))).toEqual([
      'ResourceNotFound',
      400,
      `Model package group nope-${RUN} does not exist.`,
    ]);
    expect(await refusal(author.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'churn_v2' })))).toEqual([
      'ValidationException',
      400,
      expect.stringContaining('ModelPackageGroupName'),
    ]);
    expect(
      await refusal(
        author.send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: `arn:aws:sagemaker:${REGION}:123456789012:model-package-group/${name}` })),
      ),
    ).toEqual(['ValidationException', 400, expect.stringContaining('is not an ARN of this Cardinal server')]);
    expect(await refusal(author.send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: arn(`model-card/${name}`) })))).toEqual([
      'ValidationException',
      400,
      expect.stringContaining('is not a model package group ARN'),
    ]);
    expect(await refusal(author.send(new ListModelPackageGroupsCommand({ CrossAccountFilterOption: 'CrossAccount' })))).toEqual([
      'ValidationException',
      400,
      expect.stringContaining('CrossAccountFilterOption'),
    ]);
    expect(await refusal(author.send(new ListModelPackageGroupsCommand({ NameContains: name, SortBy: 'Name', NextToken: firstPage.NextToken })))).toEqual([
      'ValidationException',
      400,
      expect.stringContaining('NextToken'),
    ]);
    expect(await refusal(sageMaker(keys.auditor!).send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: `${name}-audit` })))).toEqual([
      'AccessDeniedException',
      400,
      expect.any(String),
    ]);

    await author.send(new DeleteModelPackageGroupCommand({ ModelPackageGroupName: `${name}-b` }));
    expect((await caught(author.send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: `${name}-b` })))).name).toBe('ResourceNotFound');
  });

  test('package versions: register 1..N, describe every member as sent, list with filters, update what may change, delete', async () => {
    const author = sageMaker(keys.author!);
    const group = `pkg-${RUN}`;
    await author.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: group }));
    const first = await author.send(
      new CreateModelPackageCommand({
        ModelPackageGroupName: group,
        ModelPackageDescription: 'First cut',
        InferenceSpecification: INFERENCE,
        ModelMetrics: { ModelQuality: { Statistics: METRICS_SOURCE }, Bias: { Report: METRICS_SOURCE } },
        MetadataProperties: { CommitId: 'abc123', Repository: 'https://git.example.com/churn' },
        CustomerMetadataProperties: { owner: 'risk team', 'cost-centre': '42' },
        ModelLifeCycle: { Stage: 'Development', StageStatus: 'InProgress', StageDescription: 'First cut' },
        Domain: 'MACHINE_LEARNING',
        Task: 'CLASSIFICATION',
        SamplePayloadUrl: 's3://samples/payload.tar.gz',
        Tags: [{ Key: 'stage', Value: 'dev' }],
      }),
    );
    expect(first.ModelPackageArn).toBe(arn(`model-package/${group}/1`));
    const second = await author.send(
      new CreateModelPackageCommand({ ModelPackageGroupName: arn(`model-package-group/${group}`), InferenceSpecification: INFERENCE }),
    );
    expect(second.ModelPackageArn).toBe(arn(`model-package/${group}/2`));

    for (const ModelPackageName of [first.ModelPackageArn!, `${group}/1`]) {
      const described = await author.send(new DescribeModelPackageCommand({ ModelPackageName }));
      expect(described).toMatchObject({
        ModelPackageName: group,
        ModelPackageGroupName: group,
        ModelPackageVersion: 1,
        ModelPackageArn: first.ModelPackageArn,
        ModelPackageDescription: 'First cut',
        InferenceSpecification: INFERENCE,
        ModelMetrics: { ModelQuality: { Statistics: METRICS_SOURCE }, Bias: { Report: METRICS_SOURCE } },
        MetadataProperties: { CommitId: 'abc123', Repository: 'https://git.example.com/churn' },
        CustomerMetadataProperties: { owner: 'risk team', 'cost-centre': '42' },
        ModelLifeCycle: { Stage: 'Development', StageStatus: 'InProgress', StageDescription: 'First cut' },
        ModelPackageStatus: 'Completed',
        ModelPackageStatusDetails: { ValidationStatuses: [] },
        ModelApprovalStatus: 'PendingManualApproval',
        CreatedBy: { UserProfileName: HUB_AUTHOR.name },
        Domain: 'MACHINE_LEARNING',
        Task: 'CLASSIFICATION',
        SamplePayloadUrl: 's3://samples/payload.tar.gz',
      });
      expect(described.ModelCard).toBeUndefined();
    }

    const listed = await author.send(new ListModelPackagesCommand({ ModelPackageGroupName: group }));
    expect(listed.ModelPackageSummaryList!.map((summary) => [summary.ModelPackageVersion, summary.ModelApprovalStatus, summary.ModelPackageStatus])).toEqual([
      [1, 'PendingManualApproval', 'Completed'],
      [2, 'PendingManualApproval', 'Completed'],
    ]);
    expect(listed.ModelPackageSummaryList![0]).toMatchObject({
      ModelPackageGroupName: group,
      ModelPackageArn: first.ModelPackageArn,
      ModelLifeCycle: { Stage: 'Development' },
    });
    const newestFirst = await author.send(new ListModelPackagesCommand({ ModelPackageGroupName: group, SortOrder: 'Descending', SortBy: 'Name' }));
    expect(newestFirst.ModelPackageSummaryList!.map((summary) => summary.ModelPackageVersion)).toEqual([2, 1]);
    expect((await author.send(new ListModelPackagesCommand({ ModelPackageType: 'Versioned', NameContains: group }))).ModelPackageSummaryList).toHaveLength(2);
    // SageMaker's default type without a group is Unversioned, and Cardinal keeps none.
    expect((await author.send(new ListModelPackagesCommand({ NameContains: group }))).ModelPackageSummaryList).toEqual([]);

    await author.send(
      new UpdateModelPackageCommand({
        ModelPackageArn: first.ModelPackageArn,
        CustomerMetadataProperties: { owner: 'model risk' },
        CustomerMetadataPropertiesToRemove: ['cost-centre'],
        ModelLifeCycle: { Stage: 'QA', StageStatus: 'OnHold' },
      }),
    );
    const updated = await author.send(new DescribeModelPackageCommand({ ModelPackageName: first.ModelPackageArn }));
    expect(updated).toMatchObject({ CustomerMetadataProperties: { owner: 'model risk' }, ModelLifeCycle: { Stage: 'QA', StageStatus: 'OnHold' } });

    expect(await refusal(author.send(new CreateModelPackageCommand({ ModelPackageName: `standalone-${RUN}` })))).toEqual([
      'ValidationException',
      400,
      expect.stringContaining('versioned model packages only'),
    ]);
    expect(await refusal(author.send(new CreateModelPackageCommand({ ModelPackageGroupName: group, SecurityConfig: { KmsKeyId: 'alias/models' } })))).toEqual([
      'ValidationException',
      400,
      expect.stringContaining('SecurityConfig.KmsKeyId'),
    ]);
    expect(await refusal(author.send(new CreateModelPackageCommand({ ModelPackageGroupName: `nope-${RUN}` })))).toEqual([
      'ResourceNotFound',
      400,
      `Model package group nope-${RUN} does not exist.`,
    ]);
    expect(await refusal(author.send(new DescribeModelPackageCommand({ ModelPackageName: `${group}/9` })))).toEqual([
      'ResourceNotFound',
      400,
      `Model package ${group}/9 does not exist.`,
    ]);
    expect(await refusal(author.send(new DescribeModelPackageCommand({ ModelPackageName: group })))).toEqual([
      'ValidationException',
      400,
      expect.stringContaining('unversioned model package'),
    ]);
    expect(
      await refusal(author.send(new CreateModelPackageCommand({ ModelPackageGroupName: group, CustomerMetadataProperties: { ['k'.repeat(129)]: 'v' } }))),
    ).toEqual(['ValidationException', 400, expect.stringContaining('CustomerMetadataProperties')]);
    // Approval is a reviewer's decision, and a version without a card cannot be approved.
    expect(await refusal(author.send(new UpdateModelPackageCommand({ ModelPackageArn: second.ModelPackageArn, ModelApprovalStatus: 'Approved' })))).toEqual([
      'AccessDeniedException',
      400,
      expect.any(String),
    ]);
    expect(
      await refusal(
        sageMaker(keys.reviewer!).send(new UpdateModelPackageCommand({ ModelPackageArn: second.ModelPackageArn, ModelApprovalStatus: 'Approved' })),
      ),
    ).toEqual(['ConflictException', 400, expect.stringMatching(/card/i)]);
    await sageMaker(keys.reviewer!).send(
      new UpdateModelPackageCommand({ ModelPackageArn: second.ModelPackageArn, ModelApprovalStatus: 'Rejected', ApprovalDescription: 'AUC too low' }),
    );
    expect(await author.send(new DescribeModelPackageCommand({ ModelPackageName: second.ModelPackageArn }))).toMatchObject({
      ModelApprovalStatus: 'Rejected',
      ApprovalDescription: 'AUC too low',
    });
    expect(
      (await author.send(new ListModelPackagesCommand({ ModelPackageGroupName: group, ModelApprovalStatus: 'Rejected' }))).ModelPackageSummaryList!.map(
        (s) => s.ModelPackageVersion,
      ),
    ).toEqual([2]);

    expect(await refusal(author.send(new DeleteModelPackageGroupCommand({ ModelPackageGroupName: group })))).toEqual([
      'ConflictException',
      400,
      expect.stringContaining('Delete its versions first'),
    ]);
    await author.send(new DeleteModelPackageCommand({ ModelPackageName: second.ModelPackageArn }));
    await author.send(new DeleteModelPackageCommand({ ModelPackageName: `${group}/1` }));
    expect((await author.send(new ListModelPackagesCommand({ ModelPackageGroupName: group }))).ModelPackageSummaryList).toEqual([]);
    // A deleted version's number is never handed out again.
    expect((await author.send(new CreateModelPackageCommand({ ModelPackageGroupName: group }))).ModelPackageArn).toBe(arn(`model-package/${group}/3`));
  });

  test('approval: a package with its card, the card reviewed, the package approved, and a later card version flagged', async () => {
    const author = sageMaker(keys.author!);
    const reviewer = sageMaker(keys.reviewer!);
    const group = `appr-${RUN}`;
    await author.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: group }));
    // Spacing and key order as the pipeline wrote them: the card comes back byte for byte.
    const cardContent =
      '{ "model_overview": {"model_creator": "Risk team ✓", "model_artifact": ["s3://models/churn.tar.gz"]},\n  "intended_uses": {"risk_rating": "Low", "purpose_of_model": "Churn"} }';
    const { ModelPackageArn } = await author.send(
      new CreateModelPackageCommand({
        ModelPackageGroupName: group,
        InferenceSpecification: INFERENCE,
        ModelCard: { ModelCardContent: cardContent, ModelCardStatus: 'Draft' },
      }),
    );
    const cardName = `${group}-1`;
    expect(await author.send(new DescribeModelPackageCommand({ ModelPackageName: ModelPackageArn }))).toMatchObject({
      ModelCard: { ModelCardContent: cardContent, ModelCardStatus: 'Draft' },
      ModelApprovalStatus: 'PendingManualApproval',
    });
    // The package's card is an ordinary card, named <group>-<version>.
    expect(await author.send(new DescribeModelCardCommand({ ModelCardName: cardName }))).toMatchObject({ ModelCardStatus: 'Draft', ModelCardVersion: 1 });

    const gate = await refusal(reviewer.send(new UpdateModelPackageCommand({ ModelPackageArn, ModelApprovalStatus: 'Approved' })));
    expect(gate).toEqual(['ConflictException', 400, expect.stringContaining(cardName)]);
    expect(gate[2]).toContain('Draft');

    // The author submits through the package (as the SageMaker SDK's update_model_card does); a reviewer approves the card itself.
    await author.send(new UpdateModelPackageCommand({ ModelPackageArn, ModelCard: { ModelCardStatus: 'PendingReview' } }));
    await reviewer.send(new UpdateModelCardCommand({ ModelCardName: cardName, ModelCardStatus: 'Approved' }));
    await reviewer.send(new UpdateModelPackageCommand({ ModelPackageArn, ModelApprovalStatus: 'Approved', ApprovalDescription: 'Card v1 reviewed' }));
    expect(await author.send(new DescribeModelPackageCommand({ ModelPackageName: ModelPackageArn }))).toMatchObject({
      ModelApprovalStatus: 'Approved',
      ApprovalDescription: 'Card v1 reviewed',
      ModelCard: { ModelCardContent: cardContent, ModelCardStatus: 'Approved' },
    });
    expect((await rawSageMaker(keys.author!, 'DescribeModelPackage', { ModelPackageName: ModelPackageArn })).Cardinal).toMatchObject({
      ModelCardName: cardName,
      ModelCardArn: arn(`model-card/${cardName}`),
      ModelCardVersion: 1,
      ModelCardStatus: 'Approved',
      ApprovedWithCardVersion: 1,
      CardChangedSinceApproval: false,
    });

    // A new card version starts as Draft; the package keeps SageMaker's Approved, and Cardinal flags it.
    const revised = cardContent.replace('"Churn"', '"Churn, retail only"');
    expect(
      await refusal(author.send(new UpdateModelPackageCommand({ ModelPackageArn, ModelCard: { ModelCardContent: revised, ModelCardStatus: 'Draft' } }))),
    ).toEqual(['ValidationException', 400, expect.stringContaining('not both in one call')]);
    await author.send(new UpdateModelPackageCommand({ ModelPackageArn, ModelCard: { ModelCardContent: revised } }));
    expect(await author.send(new DescribeModelPackageCommand({ ModelPackageName: ModelPackageArn }))).toMatchObject({
      ModelApprovalStatus: 'Approved',
      ModelCard: { ModelCardContent: revised, ModelCardStatus: 'Draft' },
    });
    expect((await rawSageMaker(keys.author!, 'DescribeModelPackage', { ModelPackageName: ModelPackageArn })).Cardinal).toMatchObject({
      ModelCardVersion: 2,
      ApprovedWithCardVersion: 1,
      CardChangedSinceApproval: true,
    });

    // The version and its card stay together: the package cannot go while the card documents it.
    const refused = await refusal(author.send(new DeleteModelPackageCommand({ ModelPackageName: ModelPackageArn })));
    expect(refused).toEqual(['ConflictException', 400, expect.stringContaining(cardName)]);
    expect(
      await refusal(
        author.send(new CreateModelPackageCommand({ ModelPackageGroupName: group, ModelCard: { ModelCardContent: cardContent, ModelCardStatus: 'Approved' } })),
      ),
    ).toEqual(['AccessDeniedException', 400, expect.stringContaining('nobody approves a version they authored')]);
    expect(
      await refusal(
        author.send(
          new CreateModelPackageCommand({
            ModelPackageGroupName: group,
            ModelCard: { ModelCardContent: '{"model_package_details":{}}', ModelCardStatus: 'Draft' },
          }),
        ),
      ),
    ).toEqual(['ValidationException', 400, expect.stringContaining('model_package_details')]);
  });

  test('models: create, describe, list, delete; refused while a card documents the model', async () => {
    const author = sageMaker(keys.author!);
    const name = `Churn-Model-${RUN}`;
    const container = { Image: 'img:1', ModelDataUrl: `s3://models/${RUN}/model.tar.gz`, Environment: { SAGEMAKER_PROGRAM: 'inference.py' } };
    const { ModelArn } = await author.send(
      new CreateModelCommand({
        ModelName: name,
        PrimaryContainer: container,
        ExecutionRoleArn: 'arn:aws:iam::123456789012:role/SageMakerRole',
        Tags: [{ Key: 'team', Value: 'risk' }],
      }),
    );
    // SageMaker writes model names in ARNs in lower case.
    expect(ModelArn).toBe(arn(`model/${name.toLowerCase()}`));
    expect(await author.send(new DescribeModelCommand({ ModelName: name }))).toMatchObject({
      ModelName: name,
      ModelArn,
      PrimaryContainer: container,
      ExecutionRoleArn: 'arn:aws:iam::123456789012:role/SageMakerRole',
    });
    await author.send(
      new CreateModelCommand({ ModelName: `${name}-b`, Containers: [container, { Image: 'img:2' }], InferenceExecutionConfig: { Mode: 'Serial' } }),
    );
    const listed = await author.send(new ListModelsCommand({ NameContains: name, SortBy: 'Name', SortOrder: 'Ascending' }));
    expect(listed.Models!.map((model) => [model.ModelName, model.ModelArn])).toEqual([
      [name, ModelArn],
      [`${name}-b`, arn(`model/${name.toLowerCase()}-b`)],
    ]);
    expect((await author.send(new ListModelsCommand({ NameContains: name }))).Models!.map((model) => model.ModelName)).toEqual([`${name}-b`, name]);

    expect(await refusal(author.send(new CreateModelCommand({ ModelName: name })))).toEqual(['ConflictException', 400, expect.stringContaining(name)]);
    expect((await caught(author.send(new DescribeModelCommand({ ModelName: `nope-${RUN}` })))).name).toBe('ResourceNotFound');
    expect(await refusal(author.send(new CreateModelCommand({ ModelName: 'churn_model' })))).toEqual([
      'ValidationException',
      400,
      expect.stringContaining('ModelName'),
    ]);

    const cardName = `model-card-${RUN}`;
    await author.send(
      new CreateModelCardCommand({
        ModelCardName: cardName,
        Content: JSON.stringify({ model_overview: { model_id: ModelArn, model_name: name } }),
        ModelCardStatus: 'Draft',
      }),
    );
    expect(await refusal(author.send(new DeleteModelCommand({ ModelName: name })))).toEqual(['ConflictException', 400, expect.stringContaining(cardName)]);
    await sageMaker(keys.admin!).send(new DeleteModelCardCommand({ ModelCardName: cardName }));
    await author.send(new DeleteModelCommand({ ModelName: name }));
    expect((await caught(author.send(new DescribeModelCommand({ ModelName: name })))).name).toBe('ResourceNotFound');
  });

  test('training jobs: recorded from describe-training-job output, then described and listed as SageMaker does', async () => {
    const name = `train-${RUN}`;
    const job = describeTrainingJobOutput(name, `s3://models/${RUN}/train/model.tar.gz`);
    const post = (body: object) =>
      signedFetch(keys.author!, { path: '/api/v1/training-jobs', method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const first = await post(job);
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ created: true });
    const again = await post(job);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ created: false });
    const changed = await post({ ...job, HyperParameters: { max_depth: '6' } });
    expect(changed.status).toBe(409);

    const author = sageMaker(keys.author!);
    const described = await author.send(new DescribeTrainingJobCommand({ TrainingJobName: name }));
    expect(described).toMatchObject({
      TrainingJobName: name,
      TrainingJobArn: arn(`training-job/${name}`),
      TrainingJobStatus: 'Completed',
      SecondaryStatus: 'Completed',
      ModelArtifacts: job.ModelArtifacts,
      HyperParameters: job.HyperParameters,
      AlgorithmSpecification: { TrainingImage: job.AlgorithmSpecification.TrainingImage, TrainingInputMode: 'File' },
      StoppingCondition: { MaxRuntimeInSeconds: 86400 },
      TrainingTimeInSeconds: 451,
    });
    expect(described.CreationTime).toEqual(new Date('2026-11-30T10:15:02.123Z'));
    expect(described.TrainingEndTime).toEqual(new Date('2026-11-30T10:25:11.789Z'));
    expect(described.SecondaryStatusTransitions![0].StartTime).toEqual(new Date('2026-11-30T10:25:00Z'));
    expect(described.FinalMetricDataList).toEqual([
      { MetricName: 'validation:auc', Value: 0.912, Timestamp: new Date('2026-11-30T10:24:50Z') },
      { MetricName: 'train:auc', Value: 0.951, Timestamp: new Date('2026-11-30T10:24:50Z') },
    ]);

    await post(describeTrainingJobOutput(`${name}-b`, `s3://models/${RUN}/train-b/model.tar.gz`));
    await post({ ...describeTrainingJobOutput(`${name}-c`, `s3://models/${RUN}/train-c/model.tar.gz`), TrainingJobStatus: 'Failed', FailureReason: 'OOM' });
    const listed = await author.send(new ListTrainingJobsCommand({ NameContains: name, StatusEquals: 'Completed', SortBy: 'Name' }));
    expect(listed.TrainingJobSummaries!.map((summary) => [summary.TrainingJobName, summary.TrainingJobStatus])).toEqual([
      [name, 'Completed'],
      [`${name}-b`, 'Completed'],
    ]);
    expect(listed.TrainingJobSummaries![0]).toMatchObject({
      TrainingJobArn: arn(`training-job/${name}`),
      CreationTime: new Date('2026-11-30T10:15:02.123Z'),
      TrainingEndTime: expect.any(Date),
    });
    expect(
      (await author.send(new ListTrainingJobsCommand({ NameContains: name, StatusEquals: 'Failed' }))).TrainingJobSummaries!.map((s) => s.TrainingJobName),
    ).toEqual([`${name}-c`]);

    expect(await refusal(author.send(new DescribeTrainingJobCommand({ TrainingJobName: `nope-${RUN}` })))).toEqual([
      'ResourceNotFound',
      400,
      expect.stringContaining(`nope-${RUN}`),
    ]);
    expect(await refusal(author.send(new ListTrainingJobsCommand({ WarmPoolStatusEquals: 'Available' })))).toEqual([
      'ValidationException',
      400,
      expect.stringContaining('WarmPoolStatusEquals'),
    ]);
  });

  test('AddTags, ListTags and DeleteTags work on groups, package versions, models and training jobs', async () => {
    const author = sageMaker(keys.author!);
    const group = `tags-${RUN}`;
    const { ModelPackageGroupArn } = await author.send(
      new CreateModelPackageGroupCommand({ ModelPackageGroupName: group, Tags: [{ Key: 'team', Value: 'risk' }] }),
    );
    const { ModelPackageArn } = await author.send(new CreateModelPackageCommand({ ModelPackageGroupName: group, Tags: [{ Key: 'team', Value: 'risk' }] }));
    const { ModelArn } = await author.send(new CreateModelCommand({ ModelName: `tags-model-${RUN}`, Tags: [{ Key: 'team', Value: 'risk' }] }));
    const jobName = `tags-job-${RUN}`;
    await signedFetch(keys.author!, {
      path: '/api/v1/training-jobs',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(describeTrainingJobOutput(jobName, `s3://models/${RUN}/tags/model.tar.gz`)),
    });
    const jobArn = arn(`training-job/${jobName}`);

    for (const [ResourceArn, initial] of [
      [ModelPackageGroupArn!, [{ Key: 'team', Value: 'risk' }]],
      [ModelPackageArn!, [{ Key: 'team', Value: 'risk' }]],
      [ModelArn!, [{ Key: 'team', Value: 'risk' }]],
      [jobArn, []],
    ] as const) {
      expect([ResourceArn, (await author.send(new ListTagsCommand({ ResourceArn }))).Tags]).toEqual([ResourceArn, initial]);
      expect(
        (
          await author.send(
            new AddTagsCommand({
              ResourceArn,
              Tags: [
                { Key: 'stage', Value: 'prod' },
                { Key: 'team', Value: 'ml' },
              ],
            }),
          )
        ).Tags,
      ).toEqual([
        { Key: 'stage', Value: 'prod' },
        { Key: 'team', Value: 'ml' },
      ]);
      await author.send(new DeleteTagsCommand({ ResourceArn, TagKeys: ['team', 'absent'] }));
      expect([ResourceArn, (await author.send(new ListTagsCommand({ ResourceArn }))).Tags]).toEqual([ResourceArn, [{ Key: 'stage', Value: 'prod' }]]);
    }

    expect(await refusal(author.send(new ListTagsCommand({ ResourceArn: arn(`model-package/${group}/99`) })))).toEqual([
      'ResourceNotFound',
      400,
      expect.stringContaining(`${group}/99`),
    ]);
    expect(await refusal(author.send(new AddTagsCommand({ ResourceArn: arn(`endpoint/${group}`), Tags: [{ Key: 'a', Value: 'b' }] })))).toEqual([
      'ValidationException',
      400,
      expect.stringContaining('ResourceArn'),
    ]);
    expect(
      await refusal(
        author.send(new AddTagsCommand({ ResourceArn: ModelPackageGroupArn, Tags: Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: 'v' })) })),
      ),
    ).toEqual(['ResourceLimitExceeded', 400, expect.stringContaining('at most 50')]);
  });

  test('ListModelPackages pages through 250 versions registered concurrently, without gaps or repeats', async () => {
    test.setTimeout(300_000);
    // Retries are safe: each registration carries its ClientToken, and a retried one returns the version it registered.
    const author = new SageMakerClient({ endpoint: `${HUB_URL}/api/sagemaker`, region: REGION, credentials: keys.author!, maxAttempts: 3 });
    const group = `page-${RUN}`;
    await author.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: group }));
    const register = (index: number) =>
      author.send(new CreateModelPackageCommand({ ModelPackageGroupName: group, InferenceSpecification: INFERENCE, ClientToken: `page-${RUN}-${index}` }));
    const arns: string[] = [];
    for (let batch = 0; batch < 10; batch += 1) {
      const created = await Promise.all(Array.from({ length: 25 }, (_, i) => register(batch * 25 + i)));
      arns.push(...created.map((output) => output.ModelPackageArn!));
    }
    expect((await register(7)).ModelPackageArn).toBe(arns[7]);
    const versionOf = (packageArn: string) => Number(packageArn.split('/').pop());
    expect(arns.map(versionOf).sort((a, b) => a - b)).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));

    const pages: number[][] = [];
    let NextToken: string | undefined;
    do {
      const page = await author.send(new ListModelPackagesCommand({ ModelPackageGroupName: group, MaxResults: 100, SortBy: 'Name', NextToken }));
      pages.push(page.ModelPackageSummaryList!.map((summary) => summary.ModelPackageVersion!));
      NextToken = page.NextToken;
    } while (NextToken);
    expect(pages.map((page) => page.length)).toEqual([100, 100, 50]);
    expect(pages.flat()).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));

    const byCreation: string[] = [];
    for await (const page of paginateListModelPackages({ client: author, pageSize: 100 }, { ModelPackageGroupName: group, SortOrder: 'Descending' })) {
      byCreation.push(...page.ModelPackageSummaryList!.map((summary) => summary.ModelPackageArn!));
    }
    expect(byCreation).toHaveLength(250);
    expect(new Set(byCreation)).toEqual(new Set(arns));

    const approvedOnly = await author.send(new ListModelPackagesCommand({ ModelPackageGroupName: group, ModelApprovalStatus: 'Approved' }));
    expect(approvedOnly.ModelPackageSummaryList).toEqual([]);
    const cards = await author.send(new ListModelCardsCommand({ NameContains: group }));
    expect(cards.ModelCardSummaries).toEqual([]);
  });
});
