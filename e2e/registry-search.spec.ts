// A pipeline searches the registry with the real @aws-sdk/client-sagemaker: every filter operator, And/Or sub-expressions, sorting, NextToken pages (the SDK's own paginator), records as the SDK parses them, and the ValidationExceptions for what Cardinal does not support.
import { test, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import {
  AddTagsCommand,
  CreateModelCardCommand,
  CreateModelCommand,
  CreateModelPackageCommand,
  CreateModelPackageGroupCommand,
  SageMakerClient,
  SearchCommand,
  paginateSearch,
} from '@aws-sdk/client-sagemaker';
import type { SearchCommandInput, SearchExpression, SageMakerServiceException } from '@aws-sdk/client-sagemaker';
import { signInAsAdmin } from './support/accounts';
import { FRESH_URL } from './support/servers';

const REGION = 'us-east-1';
const ACCOUNT = '000000000000';
const PREFIX = `arn:aws:sagemaker:${REGION}:${ACCOUNT}:`;
const RUN = Date.now().toString(36);
const GROUP = `search-group-${RUN}`;
const OTHER_GROUP = `search-other-${RUN}`;
const MODEL = `search-model-${RUN}`;
const JOB = `search-training-${RUN}`;
const ARTIFACTS = `s3://bucket/${JOB}/output/model.tar.gz`;

type TKey = { accessKeyId: string; secretAccessKey: string };
let sagemaker: SageMakerClient;

async function createKey(page: Page): Promise<TKey> {
  // /profile opens its one page, the access keys.
  await page.goto('/profile');
  await expect(page).toHaveURL(/\/profile\/access-keys$/);
  await page.getByLabel('Label (optional)').fill('registry search e2e');
  await page.getByRole('button', { name: 'Create access key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Access key created' });
  const key = {
    accessKeyId: await dialog.getByRole('textbox', { name: 'Access key ID' }).inputValue(),
    secretAccessKey: await dialog.getByRole('textbox', { name: 'Secret access key' }).inputValue(),
  };
  await dialog.getByRole('button', { name: 'I have copied the secret' }).click();
  return key;
}

async function caught(promise: Promise<unknown>): Promise<SageMakerServiceException> {
  return promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error as SageMakerServiceException,
  );
}

const inGroup = { Name: 'ModelPackageGroupName', Operator: 'Equals' as const, Value: GROUP };

/** Versions of GROUP matching the filters, ascending. */
async function versions(...filters: NonNullable<SearchExpression['Filters']>): Promise<number[]> {
  const found = await sagemaker.send(
    new SearchCommand({
      Resource: 'ModelPackage',
      SearchExpression: { Filters: [inGroup, ...filters] },
      SortBy: 'ModelPackageVersion',
      SortOrder: 'Ascending',
      MaxResults: 100,
    }),
  );
  return (found.Results ?? []).map((record) => record.ModelPackage!.ModelPackageVersion!);
}

test.describe.serial('Search with the AWS SDK for JavaScript', () => {
  test('a pipeline registers packages, cards, a model and a training job', async ({ page }) => {
    test.setTimeout(120_000);
    await signInAsAdmin(page);
    const key = await createKey(page);
    sagemaker = new SageMakerClient({ endpoint: `${FRESH_URL}/api/sagemaker`, region: REGION, credentials: key, maxAttempts: 1 });

    await sagemaker.send(
      new CreateModelPackageGroupCommand({
        ModelPackageGroupName: GROUP,
        ModelPackageGroupDescription: 'Churn models',
        Tags: [{ Key: 'owner', Value: 'risk' }],
      }),
    );
    await sagemaker.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: OTHER_GROUP }));
    const container = (version: number) => ({ Containers: [{ Image: 'image:1', ModelDataUrl: `s3://bucket/${GROUP}/${version}/model.tar.gz` }] });
    const packages = [
      { ModelPackageDescription: 'Churn baseline', CustomerMetadataProperties: { team: 'risk' }, Tags: [{ Key: 'stage', Value: 'prod' }] },
      { ModelPackageDescription: 'Churn with new features', ModelApprovalStatus: 'Rejected' as const, Domain: 'MACHINE_LEARNING' },
      { CustomerMetadataProperties: { team: 'growth' } },
      { ModelPackageDescription: 'Retrained weekly', ModelApprovalStatus: 'Rejected' as const },
      { ModelPackageDescription: 'Calibrated' },
    ];
    for (const [index, extra] of packages.entries()) {
      await sagemaker.send(
        new CreateModelPackageCommand({
          ModelPackageGroupName: GROUP,
          InferenceSpecification: { ...container(index + 1), SupportedContentTypes: ['text/csv'], SupportedResponseMIMETypes: ['text/csv'] },
          ...extra,
        }),
      );
    }
    await sagemaker.send(new CreateModelPackageCommand({ ModelPackageGroupName: OTHER_GROUP, ModelPackageDescription: 'Churn elsewhere' }));

    const cardContent = (version: number, risk: string) =>
      JSON.stringify({
        model_package_details: { model_package_arn: `${PREFIX}model-package/${GROUP}/${version}`, model_package_group_name: GROUP },
        intended_uses: { risk_rating: risk },
      });
    await sagemaker.send(
      new CreateModelCardCommand({
        ModelCardName: `search-card-1-${RUN}`,
        Content: cardContent(1, 'High'),
        ModelCardStatus: 'Draft',
        Tags: [{ Key: 'team', Value: 'risk' }],
      }),
    );
    await sagemaker.send(new CreateModelCardCommand({ ModelCardName: `search-card-2-${RUN}`, Content: cardContent(2, 'Low'), ModelCardStatus: 'Draft' }));

    await sagemaker.send(
      new CreateModelCommand({
        ModelName: MODEL,
        PrimaryContainer: { Image: 'image:1', ModelDataUrl: ARTIFACTS },
        ExecutionRoleArn: 'arn:aws:iam::111122223333:role/SageMakerRole',
      }),
    );
    const modelArn = `${PREFIX}model/${MODEL.toLowerCase()}`;
    await sagemaker.send(
      new CreateModelCardCommand({
        ModelCardName: `search-model-card-${RUN}`,
        Content: JSON.stringify({ model_overview: { model_id: modelArn } }),
        ModelCardStatus: 'Draft',
      }),
    );
    await sagemaker.send(new AddTagsCommand({ ResourceArn: modelArn, Tags: [{ Key: 'env', Value: 'prod' }] }));

    const recorded = await page.request.post('/api/v1/training-jobs', {
      data: {
        TrainingJobName: JOB,
        TrainingJobArn: `${PREFIX}training-job/${JOB}`,
        TrainingJobStatus: 'Completed',
        SecondaryStatus: 'Completed',
        ModelArtifacts: { S3ModelArtifacts: ARTIFACTS },
        AlgorithmSpecification: { TrainingImage: 'image:1', TrainingInputMode: 'File' },
        HyperParameters: { eta: '0.2', objective: 'binary:logistic' },
        FinalMetricDataList: [{ MetricName: 'validation:auc', Value: 0.93, Timestamp: '2026-01-01T00:30:00Z' }],
        RoleArn: 'arn:aws:iam::111122223333:role/SageMakerRole',
        CreationTime: '2026-01-01T00:00:00Z',
        TrainingStartTime: '2026-01-01T00:01:00Z',
        TrainingEndTime: '2026-01-01T00:29:00Z',
        LastModifiedTime: '2026-01-01T00:30:00Z',
      },
    });
    expect(recorded.status(), await recorded.text()).toBe(201);
  });

  test('every filter operator on package versions', async () => {
    expect(await versions({ Name: 'ModelApprovalStatus', Operator: 'Equals', Value: 'Rejected' })).toEqual([2, 4]);
    expect(await versions({ Name: 'ModelApprovalStatus', Value: 'Rejected' })).toEqual([2, 4]);
    expect(await versions({ Name: 'ModelApprovalStatus', Operator: 'NotEquals', Value: 'Rejected' })).toEqual([1, 3, 5]);
    expect(await versions({ Name: 'ModelPackageDescription', Operator: 'Contains', Value: 'churn' })).toEqual([1, 2]);
    expect(await versions({ Name: 'ModelPackageDescription', Operator: 'Exists' })).toEqual([1, 2, 4, 5]);
    expect(await versions({ Name: 'ModelPackageDescription', Operator: 'NotExists' })).toEqual([3]);
    expect(await versions({ Name: 'CustomerMetadataProperties.team', Operator: 'In', Value: 'risk,growth' })).toEqual([1, 3]);
    expect(await versions({ Name: 'ModelPackageVersion', Operator: 'GreaterThan', Value: '3' })).toEqual([4, 5]);
    expect(await versions({ Name: 'ModelPackageVersion', Operator: 'GreaterThanOrEqualTo', Value: '3' })).toEqual([3, 4, 5]);
    expect(await versions({ Name: 'ModelPackageVersion', Operator: 'LessThan', Value: '2' })).toEqual([1]);
    expect(await versions({ Name: 'ModelPackageVersion', Operator: 'LessThanOrEqualTo', Value: '2' })).toEqual([1, 2]);
    expect(await versions({ Name: 'CreationTime', Operator: 'GreaterThan', Value: '2000-01-01T00:00:00' })).toEqual([1, 2, 3, 4, 5]);
    expect(await versions({ Name: 'LastModifiedTime', Operator: 'LessThan', Value: '2000-01-01T00:00:00' })).toEqual([]);
    expect(await versions({ Name: 'Tags.stage', Operator: 'Equals', Value: 'prod' })).toEqual([1]);
    expect(
      await versions({ Name: 'InferenceSpecification.Containers.ModelDataUrl', Operator: 'Equals', Value: `s3://bucket/${GROUP}/4/model.tar.gz` }),
    ).toEqual([4]);
  });

  test('sub-expressions combine with And and Or', async () => {
    const found = await sagemaker.send(
      new SearchCommand({
        Resource: 'ModelPackage',
        SearchExpression: {
          Operator: 'Or',
          SubExpressions: [
            { Filters: [inGroup, { Name: 'ModelApprovalStatus', Operator: 'Equals', Value: 'Rejected' }, { Name: 'Domain', Operator: 'Exists' }] },
            { Operator: 'And', Filters: [{ Name: 'ModelPackageGroupName', Operator: 'Equals', Value: OTHER_GROUP }] },
          ],
        },
        SortBy: 'CreationTime',
        SortOrder: 'Ascending',
      }),
    );
    expect(found.Results!.map((record) => `${record.ModelPackage!.ModelPackageGroupName}/${record.ModelPackage!.ModelPackageVersion}`)).toEqual([
      `${GROUP}/2`,
      `${OTHER_GROUP}/1`,
    ]);
    expect(found.TotalHits).toEqual({ Value: 2, Relation: 'EqualTo' });
  });

  test('the SDK paginator walks every page, sorted either way, and records carry what the SDK reads', async () => {
    for (const SortOrder of ['Ascending', 'Descending'] as const) {
      const seen: number[] = [];
      const input: SearchCommandInput = {
        Resource: 'ModelPackage',
        SearchExpression: { Filters: [inGroup] },
        SortBy: 'ModelPackageVersion',
        SortOrder,
        MaxResults: 2,
      };
      let pages = 0;
      for await (const page of paginateSearch({ client: sagemaker }, input)) {
        pages++;
        seen.push(...page.Results!.map((record) => record.ModelPackage!.ModelPackageVersion!));
      }
      expect(pages).toBe(3);
      expect(seen).toEqual(SortOrder === 'Ascending' ? [1, 2, 3, 4, 5] : [5, 4, 3, 2, 1]);
    }
    const [first] = (
      await sagemaker.send(
        new SearchCommand({ Resource: 'ModelPackage', SearchExpression: { Filters: [inGroup, { Name: 'ModelPackageVersion', Value: '1' }] } }),
      )
    ).Results!;
    expect(first.ModelPackage).toMatchObject({
      ModelPackageArn: `${PREFIX}model-package/${GROUP}/1`,
      ModelPackageGroupName: GROUP,
      ModelPackageVersion: 1,
      ModelApprovalStatus: 'PendingManualApproval',
      CustomerMetadataProperties: { team: 'risk' },
      Tags: [{ Key: 'stage', Value: 'prod' }],
      InferenceSpecification: { Containers: [{ Image: 'image:1', ModelDataUrl: `s3://bucket/${GROUP}/1/model.tar.gz` }] },
      ModelCard: { ModelCardStatus: 'Draft', ModelCardContent: JSON.stringify({ intended_uses: { risk_rating: 'High' } }) },
    });
    expect(first.ModelPackage!.CreationTime).toBeInstanceOf(Date);
  });

  test('model cards by the properties SageMaker derives (ModelId, RiskRating, ModelPackageGroupName) and by tag', async () => {
    const cards = async (SearchExpression: SearchExpression, SortOrder: 'Ascending' | 'Descending' = 'Ascending') =>
      (await sagemaker.send(new SearchCommand({ Resource: 'ModelCard', SearchExpression, SortBy: 'ModelCardName', SortOrder }))).Results!.map(
        (record) => record.ModelCard!,
      );
    const group = await cards({ Filters: [{ Name: 'ModelPackageGroupName', Operator: 'Equals', Value: GROUP }] });
    expect(group.map((card) => card.ModelCardName)).toEqual([`search-card-1-${RUN}`, `search-card-2-${RUN}`]);
    expect(group[0]).toMatchObject({
      ModelCardArn: `${PREFIX}model-card/search-card-1-${RUN}`,
      ModelCardVersion: 1,
      ModelCardStatus: 'Draft',
      ModelId: `${PREFIX}model-package/${GROUP}/1`,
      RiskRating: 'High',
      ModelPackageGroupName: GROUP,
      Tags: [{ Key: 'team', Value: 'risk' }],
    });
    expect(group[0].LastModifiedTime).toBeInstanceOf(Date);
    expect(JSON.parse(group[0].Content!)).toMatchObject({ intended_uses: { risk_rating: 'High' } });
    expect(
      (
        await cards({
          Operator: 'Or',
          Filters: [
            { Name: 'RiskRating', Value: 'Low' },
            { Name: 'Tags.team', Value: 'risk' },
          ],
          SubExpressions: [{ Filters: [inGroup] }],
        })
      ).length,
    ).toBeGreaterThanOrEqual(2);
    const byModel = await cards({ Filters: [{ Name: 'ModelId', Operator: 'Equals', Value: `${PREFIX}model/${MODEL.toLowerCase()}` }] });
    expect(byModel.map((card) => card.ModelCardName)).toEqual([`search-model-card-${RUN}`]);
  });

  test('models, groups and training jobs', async () => {
    const [model] = (
      await sagemaker.send(
        new SearchCommand({
          Resource: 'Model',
          SearchExpression: {
            Filters: [
              { Name: 'Model.ModelName', Value: MODEL },
              { Name: 'Model.Tags.env', Value: 'prod' },
            ],
          },
        }),
      )
    ).Results!;
    expect(model.Model).toMatchObject({
      Model: {
        ModelName: MODEL,
        ModelArn: `${PREFIX}model/${MODEL.toLowerCase()}`,
        PrimaryContainer: { Image: 'image:1', ModelDataUrl: ARTIFACTS },
        Tags: [{ Key: 'env', Value: 'prod' }],
      },
      ModelCard: { ModelCardName: `search-model-card-${RUN}`, ModelCardStatus: 'Draft' },
    });

    const [group] = (
      await sagemaker.send(
        new SearchCommand({
          Resource: 'ModelPackageGroup',
          SearchExpression: {
            Filters: [
              { Name: 'ModelPackageGroupName', Operator: 'Contains', Value: `group-${RUN}` },
              { Name: 'Tags.owner', Value: 'risk' },
            ],
          },
        }),
      )
    ).Results!;
    expect(group.ModelPackageGroup).toMatchObject({
      ModelPackageGroupName: GROUP,
      ModelPackageGroupDescription: 'Churn models',
      ModelPackageGroupStatus: 'Completed',
    });

    const jobs = await sagemaker.send(
      new SearchCommand({
        Resource: 'TrainingJob',
        SearchExpression: {
          Filters: [
            { Name: 'ModelArtifacts.S3ModelArtifacts', Operator: 'Equals', Value: ARTIFACTS },
            { Name: 'Metrics.validation:auc', Operator: 'GreaterThanOrEqualTo', Value: '0.9' },
            { Name: 'HyperParameters.eta', Operator: 'LessThan', Value: '0.5' },
          ],
        },
      }),
    );
    expect(jobs.Results).toHaveLength(1);
    const job = jobs.Results![0].TrainingJob!;
    expect(job).toMatchObject({ TrainingJobName: JOB, TrainingJobStatus: 'Completed', HyperParameters: { eta: '0.2', objective: 'binary:logistic' } });
    expect(job.TrainingEndTime).toEqual(new Date('2026-01-01T00:29:00Z'));
    expect(job.FinalMetricDataList![0]).toMatchObject({ MetricName: 'validation:auc', Value: 0.93, Timestamp: new Date('2026-01-01T00:30:00Z') });
  });

  test('what Cardinal does not support is a ValidationException that says so', async () => {
    const refused = async (input: SearchCommandInput) => {
      const error = await caught(sagemaker.send(new SearchCommand(input)));
      expect(error.name).toBe('ValidationException');
      expect(error.$metadata.httpStatusCode).toBe(400);
      return error.message;
    };
    expect(await refused({ Resource: 'ModelPackage', SearchExpression: { Filters: [{ Name: 'Colour', Value: 'red' }] } })).toContain(
      "'Colour' is not a searchable property of ModelPackage",
    );
    expect(
      await refused({
        Resource: 'TrainingJob',
        SearchExpression: { NestedFilters: [{ NestedPropertyName: 'InputDataConfig', Filters: [{ Name: 'InputDataConfig.ChannelName', Value: 'train' }] }] },
      }),
    ).toContain('NestedFilters are not supported');
    expect(await refused({ Resource: 'ModelCard', CrossAccountFilterOption: 'CrossAccount' })).toContain('cross-account search is not supported');
    expect(await refused({ Resource: 'Endpoint' })).toContain('Cardinal keeps no Endpoint resources');
    expect(
      await refused({
        Resource: 'ModelCard',
        SearchExpression: {
          Filters: [
            { Name: 'ModelCardName', Operator: 'Contains', Value: 'a' },
            { Name: 'Content', Operator: 'Contains', Value: 'b' },
          ],
        },
      }),
    ).toContain("'CONTAINS' operator usage limit of 1 exceeded.");
    expect(await refused({ Resource: 'ModelCard', SearchExpression: { Filters: [{ Name: 'ModelCardName', Operator: 'GreaterThan', Value: 'a' }] } })).toContain(
      'not supported for text properties',
    );
    expect(
      await refused({ Resource: 'ModelPackage', SearchExpression: { Filters: [{ Name: 'CreationTime', Operator: 'LessThan', Value: 'last week' }] } }),
    ).toContain('is not a timestamp');
    expect(await refused({ Resource: 'ModelPackage', SortBy: 'Colour' })).toContain('SortBy');

    const first = await sagemaker.send(new SearchCommand({ Resource: 'ModelPackage', SearchExpression: { Filters: [inGroup] }, MaxResults: 1 }));
    expect(
      await refused({ Resource: 'ModelPackage', SearchExpression: { Filters: [inGroup] }, SortOrder: 'Ascending', MaxResults: 1, NextToken: first.NextToken }),
    ).toContain('this token continues a different search');
    expect(await refused({ Resource: 'ModelPackage', NextToken: `${first.NextToken}x` })).toContain('Invalid NextToken');
  });
});
