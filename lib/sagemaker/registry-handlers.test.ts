// The registry operations called in-process against a real database: what each answers on the wire, the approval gate and delete rules as AWS error types, names and ARNs read per member, and what Cardinal refuses with a reason.
import { beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import { createTeam, uniqueSuffix } from '@/test/factories';
import type { Team } from '@/test/factories';
import type { Actor } from '@/lib/server/auth/actor';
import { readArnContext } from '@/lib/server/arn-context';
import { recordTrainingJob } from '@/lib/server/registry/record-training-job';
import { handleSageMakerRequest } from './handle-request';
import type { TSageMakerOperation } from './operations';

let team: Team;
const { region, account } = readArnContext();
const arn = (resource: string) => `arn:aws:sagemaker:${region}:${account}:${resource}`;
const name = (prefix: string) => `${prefix}-${uniqueSuffix()}`.slice(0, 40);

beforeAll(async () => {
  await setupTestDatabase();
  team = await createTeam();
});

async function call(actor: Actor, operation: TSageMakerOperation, body: unknown) {
  const response = await handleSageMakerRequest({ actor, operation, body: JSON.stringify(body) });
  return { status: response.status, body: JSON.parse(JSON.stringify(response.body)) };
}

async function succeed(actor: Actor, operation: TSageMakerOperation, body: unknown) {
  const response = await call(actor, operation, body);
  expect(response, JSON.stringify(response.body)).toMatchObject({ status: 200 });
  return response.body;
}

async function fail(actor: Actor, operation: TSageMakerOperation, body: unknown): Promise<[string, string]> {
  const response = await call(actor, operation, body);
  expect(response.status).not.toBe(200);
  return [response.body.__type, response.body.message];
}

async function newGroup(actor: Actor = team.author) {
  const group = name('grp');
  await succeed(actor, 'CreateModelPackageGroup', { ModelPackageGroupName: group });
  return group;
}

const CONTAINER = { Image: 'img:1', ModelDataUrl: 's3://models/churn/model.tar.gz', Framework: 'XGBOOST' };

describe('model package groups', () => {
  it('are created, described by name or ARN with who created them, listed in pages, and deleted', async () => {
    const group = name('grp');
    expect(await succeed(team.author, 'CreateModelPackageGroup', { ModelPackageGroupName: group, ModelPackageGroupDescription: 'Churn' })).toEqual({
      ModelPackageGroupArn: arn(`model-package-group/${group}`),
    });
    for (const ModelPackageGroupName of [group, arn(`model-package-group/${group}`)]) {
      expect(await succeed(team.auditor, 'DescribeModelPackageGroup', { ModelPackageGroupName })).toEqual({
        ModelPackageGroupName: group,
        ModelPackageGroupArn: arn(`model-package-group/${group}`),
        ModelPackageGroupDescription: 'Churn',
        CreationTime: expect.any(Number),
        ModelPackageGroupStatus: 'Completed',
        CreatedBy: { UserProfileName: 'Ann Author', IamIdentity: { PrincipalId: team.author.id, SourceIdentity: expect.any(String) } },
      });
    }
    await succeed(team.author, 'CreateModelPackageGroup', { ModelPackageGroupName: `${group}-b` });
    const first = await succeed(team.author, 'ListModelPackageGroups', { NameContains: group, MaxResults: 1 });
    expect(first.ModelPackageGroupSummaryList.map((g: { ModelPackageGroupName: string }) => g.ModelPackageGroupName)).toEqual([group]);
    const second = await succeed(team.author, 'ListModelPackageGroups', { NameContains: group, MaxResults: 1, NextToken: first.NextToken });
    expect(second).toEqual({ ModelPackageGroupSummaryList: [expect.objectContaining({ ModelPackageGroupName: `${group}-b` })] });
    expect(await fail(team.author, 'ListModelPackageGroups', { NameContains: group, SortOrder: 'Descending', NextToken: first.NextToken })).toEqual([
      'ValidationException',
      expect.stringContaining('NextToken'),
    ]);
    await succeed(team.author, 'DeleteModelPackageGroup', { ModelPackageGroupName: `${group}-b` });
    expect(await fail(team.author, 'DescribeModelPackageGroup', { ModelPackageGroupName: `${group}-b` })).toEqual([
      'ResourceNotFound',
      `Model package group ${group}-b does not exist.`,
    ]);
  });

  it('refuse what Cardinal does not have, naming the member', async () => {
    const group = await newGroup();
    expect(
      await fail(team.author, 'DescribeModelPackageGroup', { ModelPackageGroupName: `arn:aws:sagemaker:${region}:999999999999:model-package-group/${group}` }),
    ).toEqual(['ValidationException', expect.stringMatching(/^ModelPackageGroupName: .* is not an ARN of this Cardinal server/)]);
    expect(await fail(team.author, 'DescribeModelPackageGroup', { ModelPackageGroupName: arn(`model/${group}`) })).toEqual([
      'ValidationException',
      expect.stringContaining('is not a model package group ARN'),
    ]);
    expect(await fail(team.author, 'ListModelPackageGroups', { CrossAccountFilterOption: 'CrossAccount' })).toEqual([
      'ValidationException',
      expect.stringMatching(/^CrossAccountFilterOption: /),
    ]);
    expect(
      await fail(team.author, 'CreateModelPackageGroup', { ModelPackageGroupName: name('g'), ManagedConfiguration: { ManagedStorageType: 'Restricted' } }),
    ).toEqual(['ValidationException', expect.stringMatching(/^ManagedConfiguration.ManagedStorageType: /)]);
    expect(await fail(team.author, 'CreateModelPackageGroup', { ModelPackageGroupName: group })).toEqual([
      'ConflictException',
      expect.stringContaining('already exists'),
    ]);
    expect(await fail(team.auditor, 'CreateModelPackageGroup', { ModelPackageGroupName: name('g') })).toEqual(['AccessDeniedException', expect.any(String)]);
  });
});

describe('model package versions', () => {
  it('are registered 1..N, described with every member as sent, listed by group, and deleted', async () => {
    const group = await newGroup();
    const members = {
      ModelPackageDescription: 'First',
      InferenceSpecification: { Containers: [CONTAINER], SupportedContentTypes: ['text/csv'], SupportedResponseMIMETypes: ['text/csv'] },
      ModelMetrics: { Bias: { Report: { ContentType: 'application/json', S3Uri: 's3://m/bias.json' } } },
      CustomerMetadataProperties: { owner: 'risk' },
      ModelLifeCycle: { Stage: 'Development', StageStatus: 'InProgress' },
      Domain: 'MACHINE_LEARNING',
      Task: 'CLASSIFICATION',
    };
    expect(await succeed(team.author, 'CreateModelPackage', { ModelPackageGroupName: group, ...members })).toEqual({
      ModelPackageArn: arn(`model-package/${group}/1`),
    });
    expect(await succeed(team.author, 'CreateModelPackage', { ModelPackageGroupName: arn(`model-package-group/${group}`) })).toEqual({
      ModelPackageArn: arn(`model-package/${group}/2`),
    });
    const described = await succeed(team.auditor, 'DescribeModelPackage', { ModelPackageName: `${group}/1` });
    expect(described).toMatchObject({
      ModelPackageName: group,
      ModelPackageGroupName: group,
      ModelPackageVersion: 1,
      ModelPackageArn: arn(`model-package/${group}/1`),
      ModelPackageStatus: 'Completed',
      ModelPackageStatusDetails: { ValidationStatuses: [] },
      ModelApprovalStatus: 'PendingManualApproval',
      ...members,
      Cardinal: { CardChangedSinceApproval: false },
    });
    expect(described).not.toHaveProperty('ModelCard');
    const listed = await succeed(team.author, 'ListModelPackages', { ModelPackageGroupName: group });
    expect(listed.ModelPackageSummaryList.map((p: { ModelPackageVersion: number }) => p.ModelPackageVersion)).toEqual([1, 2]);
    expect(await succeed(team.author, 'ListModelPackages', { NameContains: group })).toEqual({ ModelPackageSummaryList: [] });

    expect(await fail(team.author, 'DeleteModelPackageGroup', { ModelPackageGroupName: group })).toEqual([
      'ConflictException',
      expect.stringContaining('Delete its versions first'),
    ]);
    await succeed(team.author, 'DeleteModelPackage', { ModelPackageName: arn(`model-package/${group}/2`) });
    expect(await fail(team.author, 'DescribeModelPackage', { ModelPackageName: `${group}/2` })).toEqual([
      'ResourceNotFound',
      `Model package ${group}/2 does not exist.`,
    ]);
  });

  it('refuse unversioned packages, KMS keys and a card without its members, naming the member', async () => {
    const group = await newGroup();
    expect(await fail(team.author, 'CreateModelPackage', { ModelPackageName: 'standalone' })).toEqual([
      'ValidationException',
      expect.stringMatching(/^ModelPackageName: .*versioned model packages only/),
    ]);
    expect(await fail(team.author, 'DescribeModelPackage', { ModelPackageName: group })).toEqual([
      'ValidationException',
      expect.stringContaining('unversioned model package'),
    ]);
    expect(await fail(team.author, 'CreateModelPackage', { ModelPackageGroupName: group, SecurityConfig: { KmsKeyId: 'alias/k' } })).toEqual([
      'ValidationException',
      expect.stringMatching(/^SecurityConfig.KmsKeyId: /),
    ]);
    expect(await fail(team.author, 'CreateModelPackage', { ModelPackageGroupName: group, ModelCard: { ModelCardStatus: 'Draft' } })).toEqual([
      'ValidationException',
      expect.stringMatching(/^ModelCard.ModelCardContent: /),
    ]);
    expect(await fail(team.author, 'CreateModelPackage', { ModelPackageGroupName: `nope-${uniqueSuffix()}` })).toEqual([
      'ResourceNotFound',
      expect.stringContaining('does not exist'),
    ]);
  });

  it('reach Approved only through a reviewer and an approved card, and a later card version is flagged', async () => {
    const group = await newGroup();
    const content = '{"model_overview": {"model_creator": "Risk ✓"},  "intended_uses": {"risk_rating": "Low"}}';
    const { ModelPackageArn } = await succeed(team.author, 'CreateModelPackage', {
      ModelPackageGroupName: group,
      InferenceSpecification: { Containers: [CONTAINER] },
      ModelCard: { ModelCardContent: content, ModelCardStatus: 'Draft' },
    });
    const card = `${group}-1`;
    expect(await succeed(team.author, 'DescribeModelPackage', { ModelPackageName: ModelPackageArn })).toMatchObject({
      ModelCard: { ModelCardContent: content, ModelCardStatus: 'Draft' },
      Cardinal: {
        ModelCardName: card,
        ModelCardArn: arn(`model-card/${card}`),
        ModelCardVersion: 1,
        ModelCardStatus: 'Draft',
        CardChangedSinceApproval: false,
      },
    });
    expect(await fail(team.author, 'UpdateModelPackage', { ModelPackageArn, ModelApprovalStatus: 'Approved' })).toEqual([
      'AccessDeniedException',
      expect.any(String),
    ]);
    const [type, message] = await fail(team.reviewer, 'UpdateModelPackage', { ModelPackageArn, ModelApprovalStatus: 'Approved' });
    expect(type).toBe('ConflictException');
    expect(message).toContain(card);
    expect(message).toContain('Draft');

    await succeed(team.author, 'UpdateModelPackage', { ModelPackageArn, ModelCard: { ModelCardStatus: 'PendingReview' } });
    await succeed(team.reviewer, 'UpdateModelCard', { ModelCardName: card, ModelCardStatus: 'Approved' });
    await succeed(team.reviewer, 'UpdateModelPackage', { ModelPackageArn, ModelApprovalStatus: 'Approved', ApprovalDescription: 'ok' });
    expect(await succeed(team.author, 'DescribeModelPackage', { ModelPackageName: ModelPackageArn })).toMatchObject({
      ModelApprovalStatus: 'Approved',
      ApprovalDescription: 'ok',
      ModelCard: { ModelCardStatus: 'Approved' },
      Cardinal: { ApprovedWithCardVersion: 1, CardChangedSinceApproval: false },
    });

    expect(await fail(team.author, 'UpdateModelPackage', { ModelPackageArn, ModelCard: { ModelCardContent: '{}', ModelCardStatus: 'Draft' } })).toEqual([
      'ValidationException',
      expect.stringContaining('not both in one call'),
    ]);
    const revised = content.replace('Risk ✓', 'Model risk');
    await succeed(team.author, 'UpdateModelPackage', { ModelPackageArn, ModelCard: { ModelCardContent: revised } });
    expect(await succeed(team.author, 'DescribeModelPackage', { ModelPackageName: ModelPackageArn })).toMatchObject({
      ModelApprovalStatus: 'Approved',
      ModelCard: { ModelCardContent: revised, ModelCardStatus: 'Draft' },
      Cardinal: { ModelCardVersion: 2, ApprovedWithCardVersion: 1, CardChangedSinceApproval: true },
    });
    expect(await fail(team.admin, 'DeleteModelPackage', { ModelPackageName: ModelPackageArn })).toEqual(['ConflictException', expect.stringContaining(card)]);
  });
});

describe('models', () => {
  it('are created with a lower-case ARN, described as sent, listed, and deleted unless a card documents them', async () => {
    const model = name('Churn-Model');
    const container = { Image: 'img:1', ModelDataUrl: 's3://models/churn/model.tar.gz', Environment: { SAGEMAKER_PROGRAM: 'inference.py' } };
    const { ModelArn } = await succeed(team.author, 'CreateModel', {
      ModelName: model,
      PrimaryContainer: container,
      ExecutionRoleArn: 'arn:aws:iam::111122223333:role/R',
    });
    expect(ModelArn).toBe(arn(`model/${model.toLowerCase()}`));
    expect(await succeed(team.auditor, 'DescribeModel', { ModelName: model })).toEqual({
      ModelName: model,
      PrimaryContainer: container,
      ExecutionRoleArn: 'arn:aws:iam::111122223333:role/R',
      CreationTime: expect.any(Number),
      ModelArn,
    });
    expect((await succeed(team.author, 'ListModels', { NameContains: model })).Models).toEqual([
      { ModelName: model, ModelArn, CreationTime: expect.any(Number) },
    ]);
    expect(await fail(team.author, 'CreateModel', { ModelName: model })).toEqual(['ConflictException', expect.stringContaining(model)]);

    const card = name('model-card');
    await succeed(team.author, 'CreateModelCard', {
      ModelCardName: card,
      Content: JSON.stringify({ model_overview: { model_id: ModelArn } }),
      ModelCardStatus: 'Draft',
    });
    expect(await fail(team.admin, 'DeleteModel', { ModelName: model })).toEqual(['ConflictException', expect.stringContaining(card)]);
    await succeed(team.admin, 'DeleteModelCard', { ModelCardName: card });
    await succeed(team.admin, 'DeleteModel', { ModelName: model });
    expect((await fail(team.author, 'DescribeModel', { ModelName: model }))[0]).toBe('ResourceNotFound');
  });
});

describe('training jobs', () => {
  const job = (jobName: string, status = 'Completed') => ({
    TrainingJobName: jobName,
    TrainingJobArn: `arn:aws:sagemaker:eu-west-1:123456789012:training-job/${jobName}`,
    ModelArtifacts: { S3ModelArtifacts: `s3://models/${jobName}/model.tar.gz` },
    TrainingJobStatus: status,
    SecondaryStatus: status,
    HyperParameters: { max_depth: '5' },
    AlgorithmSpecification: { TrainingImage: 'img:train', TrainingInputMode: 'File' },
    StoppingCondition: { MaxRuntimeInSeconds: 3600 },
    CreationTime: '2026-11-30T10:15:02.123000+00:00',
    TrainingEndTime: '2026-11-30T10:25:11+00:00',
    SecondaryStatusTransitions: [{ Status: status, StartTime: '2026-11-30T10:25:00+00:00' }],
    FinalMetricDataList: [{ MetricName: 'validation:auc', Value: 0.91, Timestamp: '2026-11-30T10:24:50+00:00' }],
  });

  it("are described as recorded, with epoch-second times and this server's ARN, and listed by status", async () => {
    const jobName = name('Train');
    await recordTrainingJob({ actor: team.author, description: job(jobName) });
    await recordTrainingJob({ actor: team.author, description: job(`${jobName}-f`, 'Failed') });
    const described = await succeed(team.auditor, 'DescribeTrainingJob', { TrainingJobName: jobName });
    expect(described).toEqual({
      ...job(jobName),
      TrainingJobArn: arn(`training-job/${jobName.toLowerCase()}`),
      CreationTime: Date.parse('2026-11-30T10:15:02.123Z') / 1000,
      TrainingEndTime: Date.parse('2026-11-30T10:25:11Z') / 1000,
      SecondaryStatusTransitions: [{ Status: 'Completed', StartTime: Date.parse('2026-11-30T10:25:00Z') / 1000 }],
      FinalMetricDataList: [{ MetricName: 'validation:auc', Value: 0.91, Timestamp: Date.parse('2026-11-30T10:24:50Z') / 1000 }],
      Cardinal: { SourceTrainingJobArn: job(jobName).TrainingJobArn },
    });
    expect((await succeed(team.author, 'ListTrainingJobs', { NameContains: jobName, StatusEquals: 'Failed' })).TrainingJobSummaries).toEqual([
      {
        TrainingJobName: `${jobName}-f`,
        TrainingJobArn: arn(`training-job/${jobName.toLowerCase()}-f`),
        CreationTime: Date.parse('2026-11-30T10:15:02.123Z') / 1000,
        TrainingEndTime: Date.parse('2026-11-30T10:25:11Z') / 1000,
        TrainingJobStatus: 'Failed',
        SecondaryStatus: 'Failed',
      },
    ]);
    expect(await fail(team.author, 'DescribeTrainingJob', { TrainingJobName: `${jobName}-x` })).toEqual([
      'ResourceNotFound',
      expect.stringContaining(`${jobName}-x`),
    ]);
    expect(await fail(team.author, 'ListTrainingJobs', { SortBy: 'Status' })).toEqual(['ValidationException', expect.stringMatching(/^SortBy: /)]);
  });
});

describe('tags on registry ARNs', () => {
  it('are added, listed and deleted on groups, package versions and models, and refused on ARNs Cardinal keeps no tags on', async () => {
    const group = await newGroup();
    const { ModelPackageArn } = await succeed(team.author, 'CreateModelPackage', { ModelPackageGroupName: group });
    const { ModelArn } = await succeed(team.author, 'CreateModel', { ModelName: name('tagged') });
    for (const ResourceArn of [arn(`model-package-group/${group}`), ModelPackageArn, ModelArn]) {
      await succeed(team.author, 'AddTags', {
        ResourceArn,
        Tags: [
          { Key: 'team', Value: 'risk' },
          { Key: 'stage', Value: 'dev' },
        ],
      });
      await succeed(team.author, 'DeleteTags', { ResourceArn, TagKeys: ['stage', 'absent'] });
      expect([ResourceArn, (await succeed(team.auditor, 'ListTags', { ResourceArn })).Tags]).toEqual([ResourceArn, [{ Key: 'team', Value: 'risk' }]]);
    }
    expect(await fail(team.author, 'ListTags', { ResourceArn: arn(`model-package/${group}/9`) })).toEqual([
      'ResourceNotFound',
      `Model package ${group}/9 does not exist.`,
    ]);
    expect(await fail(team.author, 'ListTags', { ResourceArn: arn('endpoint/e1') })).toEqual([
      'ValidationException',
      expect.stringMatching(/^ResourceArn: Cardinal keeps tags on/),
    ]);
    expect(await fail(team.author, 'ListTags', { ResourceArn: `arn:aws:sagemaker:${region}:999999999999:model/m` })).toEqual([
      'ValidationException',
      expect.stringContaining('is not an ARN of this Cardinal server'),
    ]);
    expect(await fail(team.auditor, 'AddTags', { ResourceArn: ModelArn, Tags: [{ Key: 'x', Value: 'y' }] })).toEqual([
      'AccessDeniedException',
      expect.any(String),
    ]);
  });
});
