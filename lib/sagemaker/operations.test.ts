// The request schemas accept exactly what @aws-sdk/client-sagemaker sends, with SageMaker's limits and defaults; the response types are what it reads back.
import * as sdk from '@aws-sdk/client-sagemaker';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import {
  OPERATION_REQUEST_SCHEMAS,
  SAGEMAKER_OPERATIONS,
  ZAddTagsRequest,
  ZCreateModelCardExportJobRequest,
  ZCreateModelCardRequest,
  ZDeleteModelCardRequest,
  ZDeleteTagsRequest,
  ZDescribeModelCardExportJobRequest,
  ZDescribeModelCardRequest,
  ZListModelCardExportJobsRequest,
  ZListModelCardsRequest,
  ZListModelCardVersionsRequest,
  ZListTagsRequest,
  ZUpdateModelCardRequest,
  type TAddTagsRequest,
  type TAddTagsResponse,
  type TCreateModelCardExportJobRequest,
  type TCreateModelCardExportJobResponse,
  type TCreateModelCardRequest,
  type TCreateModelCardResponse,
  type TDeleteModelCardRequest,
  type TDeleteTagsRequest,
  type TDescribeModelCardExportJobRequest,
  type TDescribeModelCardExportJobResponse,
  type TDescribeModelCardRequest,
  type TDescribeModelCardResponse,
  type TListModelCardExportJobsRequest,
  type TListModelCardExportJobsResponse,
  type TListModelCardsRequest,
  type TListModelCardsResponse,
  type TListModelCardVersionsRequest,
  type TListModelCardVersionsResponse,
  type TListTagsRequest,
  type TListTagsResponse,
  type TModelCardExportJobSummary,
  type TModelCardSummary,
  type TModelCardVersionSummary,
  type TSageMakerOperation,
  type TUpdateModelCardRequest,
  type TUpdateModelCardResponse,
  type TUserContext,
} from './operations';
import { REGISTRY_OPERATIONS, type TRegistryOperation } from './registry-operations';
import { toEpochSeconds } from './protocol';
import type { TSearchResponse } from './search-operation';
import { startCaptureServer, type TCaptureServer } from './test-support/capture-server';

const CARD_ARN = 'arn:aws:sagemaker:us-east-1:111122223333:model-card/churn';
const JOB_ARN = `${CARD_ARN}/export-job/churn-export-1`;
const T1 = new Date('2026-01-02T03:04:05.678Z');
const T2 = new Date('2026-03-04T05:06:07.089Z');

let server: TCaptureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const clientFor = (endpoint: string) =>
  new sdk.SageMakerClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'AKID', secretAccessKey: 'SECRET' }, maxAttempts: 1 });

/** One fully populated call per operation, as a user of the JS SDK writes it. */
/** Commands are kept loosely typed: the client's send() accepts each one only under its own input and output types. */
type TAnyCommand = { input: object };
/** The model-card operations; registry-operations.test.ts covers the registry's. */
type TCardOperation = Exclude<TSageMakerOperation, TRegistryOperation>;
const CARD_OPERATIONS = SAGEMAKER_OPERATIONS.filter((operation) => !(REGISTRY_OPERATIONS as readonly string[]).includes(operation));
const SDK_CALLS: [TCardOperation, () => TAnyCommand][] = [
  [
    'CreateModelCard',
    () =>
      new sdk.CreateModelCardCommand({
        ModelCardName: 'churn',
        SecurityConfig: { KmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' },
        Content: '{"model_overview":{"model_description":"Churn ✓"}}',
        ModelCardStatus: 'Draft',
        Tags: [
          { Key: 'team', Value: 'risk' },
          { Key: 'Ünïcode key', Value: '' },
        ],
      }),
  ],
  ['DescribeModelCard', () => new sdk.DescribeModelCardCommand({ ModelCardName: CARD_ARN, ModelCardVersion: 2, IncludedData: 'MetadataOnly' })],
  ['UpdateModelCard', () => new sdk.UpdateModelCardCommand({ ModelCardName: 'churn', Content: '{}' })],
  ['DeleteModelCard', () => new sdk.DeleteModelCardCommand({ ModelCardName: 'churn' })],
  [
    'ListModelCards',
    () =>
      new sdk.ListModelCardsCommand({
        CreationTimeAfter: T1,
        CreationTimeBefore: T2,
        MaxResults: 100,
        NameContains: 'churn',
        ModelCardStatus: 'Approved',
        NextToken: 'v1.e30.xxxxxxxxxxxxxxxx',
        SortBy: 'Name',
        SortOrder: 'Ascending',
      }),
  ],
  [
    'ListModelCardVersions',
    () =>
      new sdk.ListModelCardVersionsCommand({
        CreationTimeAfter: T1,
        CreationTimeBefore: T2,
        MaxResults: 1,
        ModelCardName: 'churn',
        ModelCardStatus: 'Archived',
        NextToken: 't',
        SortBy: 'Version',
        SortOrder: 'Descending',
      }),
  ],
  [
    'CreateModelCardExportJob',
    () =>
      new sdk.CreateModelCardExportJobCommand({
        ModelCardName: CARD_ARN,
        ModelCardVersion: 3,
        ModelCardExportJobName: 'churn-export-1',
        OutputConfig: { S3OutputPath: 's3://bucket/exports/' },
      }),
  ],
  ['DescribeModelCardExportJob', () => new sdk.DescribeModelCardExportJobCommand({ ModelCardExportJobArn: JOB_ARN })],
  [
    'ListModelCardExportJobs',
    () =>
      new sdk.ListModelCardExportJobsCommand({
        ModelCardName: 'churn',
        ModelCardVersion: 3,
        CreationTimeAfter: T1,
        CreationTimeBefore: T2,
        ModelCardExportJobNameContains: 'export',
        StatusEquals: 'Completed',
        SortBy: 'Status',
        SortOrder: 'Ascending',
        NextToken: 't',
        MaxResults: 50,
      }),
  ],
  ['AddTags', () => new sdk.AddTagsCommand({ ResourceArn: CARD_ARN, Tags: [{ Key: 'team', Value: 'risk' }] })],
  ['ListTags', () => new sdk.ListTagsCommand({ ResourceArn: CARD_ARN, NextToken: 't', MaxResults: 75 })],
  ['DeleteTags', () => new sdk.DeleteTagsCommand({ ResourceArn: CARD_ARN, TagKeys: ['team', 'Ünïcode key'] })],
  [
    'Search',
    () =>
      new sdk.SearchCommand({
        Resource: 'ModelCard',
        SearchExpression: {
          Filters: [{ Name: 'ModelId', Operator: 'Equals', Value: 'arn:aws:sagemaker:us-east-1:111122223333:model/churn' }],
          SubExpressions: [
            {
              Filters: [
                { Name: 'RiskRating', Operator: 'In', Value: 'High,Medium' },
                { Name: 'Tags.team', Operator: 'Exists' },
              ],
              Operator: 'Or',
            },
          ],
          Operator: 'And',
        },
        SortBy: 'LastModifiedTime',
        SortOrder: 'Descending',
        NextToken: 't',
        MaxResults: 25,
      }),
  ],
];

describe('request schemas against what @aws-sdk/client-sagemaker sends', () => {
  it('cover every supported operation, once', () => {
    expect(Object.keys(OPERATION_REQUEST_SCHEMAS).sort()).toEqual([...SAGEMAKER_OPERATIONS].sort());
    expect(SDK_CALLS.map(([operation]) => operation).sort()).toEqual([...CARD_OPERATIONS].sort());
  });

  it.each(SDK_CALLS)('%s: the serialized request parses back to the input given to the SDK', async (operation, command) => {
    server = await startCaptureServer(() => ({ status: 200, body: {} }));
    const sent = command();
    await clientFor(server.endpoint).send(sent as Parameters<sdk.SageMakerClient['send']>[0]);
    const [request] = server.requests;
    expect(request.headers['x-amz-target']).toBe(`SageMaker.${operation}`);
    const parsed = OPERATION_REQUEST_SCHEMAS[operation].safeParse(JSON.parse(request.body.toString()));
    expect(parsed.error?.issues).toBeUndefined();
    expect(parsed.data).toEqual(sent.input);
  });

  it('request types have the SDK input types’ fields and are accepted where those are', () => {
    expectTypeOf<keyof TCreateModelCardRequest>().toEqualTypeOf<keyof sdk.CreateModelCardRequest>();
    expectTypeOf<keyof TDescribeModelCardRequest>().toEqualTypeOf<keyof sdk.DescribeModelCardRequest>();
    expectTypeOf<keyof TUpdateModelCardRequest>().toEqualTypeOf<keyof sdk.UpdateModelCardRequest>();
    expectTypeOf<keyof TDeleteModelCardRequest>().toEqualTypeOf<keyof sdk.DeleteModelCardRequest>();
    expectTypeOf<keyof TListModelCardsRequest>().toEqualTypeOf<keyof sdk.ListModelCardsRequest>();
    expectTypeOf<keyof TListModelCardVersionsRequest>().toEqualTypeOf<keyof sdk.ListModelCardVersionsRequest>();
    expectTypeOf<keyof TCreateModelCardExportJobRequest>().toEqualTypeOf<keyof sdk.CreateModelCardExportJobRequest>();
    expectTypeOf<keyof TDescribeModelCardExportJobRequest>().toEqualTypeOf<keyof sdk.DescribeModelCardExportJobRequest>();
    expectTypeOf<keyof TListModelCardExportJobsRequest>().toEqualTypeOf<keyof sdk.ListModelCardExportJobsRequest>();
    expectTypeOf<keyof TAddTagsRequest>().toEqualTypeOf<keyof sdk.AddTagsInput>();
    expectTypeOf<keyof TListTagsRequest>().toEqualTypeOf<keyof sdk.ListTagsInput>();
    expectTypeOf<keyof TDeleteTagsRequest>().toEqualTypeOf<keyof sdk.DeleteTagsInput>();

    expectTypeOf<TCreateModelCardRequest>().toExtend<sdk.CreateModelCardRequest>();
    expectTypeOf<TDescribeModelCardRequest>().toExtend<sdk.DescribeModelCardRequest>();
    expectTypeOf<TUpdateModelCardRequest>().toExtend<sdk.UpdateModelCardRequest>();
    expectTypeOf<TListModelCardsRequest>().toExtend<sdk.ListModelCardsRequest>();
    expectTypeOf<TListModelCardVersionsRequest>().toExtend<sdk.ListModelCardVersionsRequest>();
    expectTypeOf<TCreateModelCardExportJobRequest>().toExtend<sdk.CreateModelCardExportJobRequest>();
    expectTypeOf<TDescribeModelCardExportJobRequest>().toExtend<sdk.DescribeModelCardExportJobRequest>();
    expectTypeOf<TListModelCardExportJobsRequest>().toExtend<sdk.ListModelCardExportJobsRequest>();
    expectTypeOf<TAddTagsRequest>().toExtend<sdk.AddTagsInput>();
    expectTypeOf<TListTagsRequest>().toExtend<sdk.ListTagsInput>();
    expectTypeOf<TDeleteTagsRequest>().toExtend<sdk.DeleteTagsInput>();
  });
});

describe('response types against what @aws-sdk/client-sagemaker reads', () => {
  const user: TUserContext = {
    UserProfileArn: 'arn:aws:sagemaker:us-east-1:111122223333:user-profile/d-1/alice',
    UserProfileName: 'alice',
    DomainId: 'd-1',
    IamIdentity: { Arn: 'arn:aws:iam::111122223333:user/alice', PrincipalId: 'AIDA1', SourceIdentity: 'alice' },
  };
  const cardSummary: TModelCardSummary = {
    ModelCardName: 'churn',
    ModelCardArn: CARD_ARN,
    ModelCardStatus: 'Approved',
    CreationTime: toEpochSeconds(T1),
    LastModifiedTime: toEpochSeconds(T2),
  };
  const versionSummary: TModelCardVersionSummary = { ...cardSummary, ModelCardVersion: 2 };
  const jobSummary: TModelCardExportJobSummary = {
    ModelCardExportJobName: 'churn-export-1',
    ModelCardExportJobArn: JOB_ARN,
    Status: 'Completed',
    ModelCardName: 'churn',
    ModelCardVersion: 2,
    CreatedAt: toEpochSeconds(T1),
    LastModifiedAt: toEpochSeconds(T2),
  };
  const RESPONSES: Record<TCardOperation, object> = {
    CreateModelCard: { ModelCardArn: CARD_ARN } satisfies TCreateModelCardResponse,
    DescribeModelCard: {
      ModelCardArn: CARD_ARN,
      ModelCardName: 'churn',
      ModelCardVersion: 2,
      Content: '{"model_overview":{}}',
      ModelCardStatus: 'Approved',
      SecurityConfig: { KmsKeyId: 'alias/cards' },
      CreationTime: toEpochSeconds(T1),
      CreatedBy: user,
      LastModifiedTime: toEpochSeconds(T2),
      LastModifiedBy: { UserProfileName: 'bob' },
      ModelCardProcessingStatus: 'DeletePending',
    } satisfies TDescribeModelCardResponse,
    UpdateModelCard: { ModelCardArn: CARD_ARN } satisfies TUpdateModelCardResponse,
    DeleteModelCard: {},
    ListModelCards: { ModelCardSummaries: [cardSummary], NextToken: 'next' } satisfies TListModelCardsResponse,
    ListModelCardVersions: { ModelCardVersionSummaryList: [versionSummary], NextToken: 'next' } satisfies TListModelCardVersionsResponse,
    CreateModelCardExportJob: { ModelCardExportJobArn: JOB_ARN } satisfies TCreateModelCardExportJobResponse,
    DescribeModelCardExportJob: {
      ...jobSummary,
      OutputConfig: { S3OutputPath: 's3://bucket/exports' },
      FailureReason: 'none',
      ExportArtifacts: { S3ExportArtifacts: 's3://bucket/exports/churn/churn-export-1.pdf' },
    } satisfies TDescribeModelCardExportJobResponse,
    ListModelCardExportJobs: { ModelCardExportJobSummaries: [jobSummary], NextToken: 'next' } satisfies TListModelCardExportJobsResponse,
    AddTags: { Tags: [{ Key: 'team', Value: 'risk' }] } satisfies TAddTagsResponse,
    ListTags: { Tags: [{ Key: 'team', Value: 'risk' }], NextToken: 'next' } satisfies TListTagsResponse,
    DeleteTags: {},
    Search: {
      Results: [
        {
          ModelCard: {
            ModelCardArn: CARD_ARN,
            ModelCardName: 'churn',
            ModelCardVersion: 2,
            Content: '{}',
            ModelCardStatus: 'Draft',
            CreationTime: toEpochSeconds(T1),
            CreatedBy: user,
            LastModifiedTime: toEpochSeconds(T2),
            LastModifiedBy: { UserProfileName: 'bob' },
            Tags: [{ Key: 'team', Value: 'risk' }],
            ModelId: 'arn:aws:sagemaker:us-east-1:111122223333:model/churn',
            RiskRating: 'Low',
            ModelPackageGroupName: 'churn-group',
          },
        },
      ],
      NextToken: 'next',
      TotalHits: { Value: 1, Relation: 'EqualTo' },
    } satisfies TSearchResponse,
  };

  /** The SDK turns epoch seconds into Dates; turning them back must give exactly what was sent. */
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

  it.each(SDK_CALLS)('%s: every field of the response type reaches the SDK caller', async (operation, command) => {
    server = await startCaptureServer(() => ({ status: 200, body: RESPONSES[operation] }));
    const output = await clientFor(server.endpoint).send(command() as Parameters<sdk.SageMakerClient['send']>[0]);
    expect(asWire(output)).toEqual(RESPONSES[operation]);
  });

  it('response types have the SDK output types’ fields', () => {
    expectTypeOf<keyof TDescribeModelCardResponse>().toEqualTypeOf<keyof sdk.DescribeModelCardResponse>();
    expectTypeOf<keyof TModelCardSummary>().toEqualTypeOf<keyof sdk.ModelCardSummary>();
    expectTypeOf<keyof TModelCardVersionSummary>().toEqualTypeOf<keyof sdk.ModelCardVersionSummary>();
    expectTypeOf<keyof TModelCardExportJobSummary>().toEqualTypeOf<keyof sdk.ModelCardExportJobSummary>();
    expectTypeOf<keyof TDescribeModelCardExportJobResponse>().toEqualTypeOf<keyof sdk.DescribeModelCardExportJobResponse>();
    expectTypeOf<keyof TListModelCardsResponse>().toEqualTypeOf<keyof sdk.ListModelCardsResponse>();
    expectTypeOf<keyof TListModelCardVersionsResponse>().toEqualTypeOf<keyof sdk.ListModelCardVersionsResponse>();
    expectTypeOf<keyof TListModelCardExportJobsResponse>().toEqualTypeOf<keyof sdk.ListModelCardExportJobsResponse>();
    expectTypeOf<keyof TUserContext>().toEqualTypeOf<keyof sdk.UserContext>();
    expectTypeOf<keyof TListTagsResponse>().toEqualTypeOf<keyof sdk.ListTagsOutput>();
    expectTypeOf<TDescribeModelCardResponse['ModelCardStatus']>().toEqualTypeOf<NonNullable<sdk.DescribeModelCardResponse['ModelCardStatus']>>();
    expectTypeOf<TDescribeModelCardExportJobResponse['Status']>().toEqualTypeOf<NonNullable<sdk.DescribeModelCardExportJobResponse['Status']>>();
    expectTypeOf<NonNullable<TDescribeModelCardResponse['ModelCardProcessingStatus']>>().toEqualTypeOf<
      NonNullable<sdk.DescribeModelCardResponse['ModelCardProcessingStatus']>
    >();
  });
});

describe('request defaults', () => {
  it('fill in page size, sort and included data as SageMaker does', () => {
    expect(ZListModelCardsRequest.parse({})).toEqual({ MaxResults: 10, SortBy: 'CreationTime', SortOrder: 'Descending' });
    expect(ZListModelCardVersionsRequest.parse({ ModelCardName: 'churn' })).toEqual({
      ModelCardName: 'churn',
      MaxResults: 10,
      SortBy: 'Version',
      SortOrder: 'Descending',
    });
    expect(ZListModelCardExportJobsRequest.parse({ ModelCardName: 'churn' })).toMatchObject({
      MaxResults: 10,
      SortBy: 'CreationTime',
      SortOrder: 'Descending',
    });
    expect(ZListTagsRequest.parse({ ResourceArn: CARD_ARN })).toEqual({ ResourceArn: CARD_ARN, MaxResults: 50 });
    expect(ZDescribeModelCardRequest.parse({ ModelCardName: 'churn' })).toEqual({ ModelCardName: 'churn', IncludedData: 'AllData' });
  });

  it('drop members this server does not know, as a newer SDK may send them', () => {
    expect(ZDeleteModelCardRequest.parse({ ModelCardName: 'churn', FutureMember: true })).toEqual({ ModelCardName: 'churn' });
  });

  it('read hand-written ISO-8601 timestamps as well as epoch seconds', () => {
    expect(ZListModelCardsRequest.parse({ CreationTimeAfter: '2026-01-02T03:04:05.678Z', CreationTimeBefore: 1772600767.089 })).toMatchObject({
      CreationTimeAfter: T1,
      CreationTimeBefore: T2,
    });
  });
});

describe('request limits', () => {
  const validCreate = { ModelCardName: 'churn', Content: '{}', ModelCardStatus: 'Draft' };
  const issuePaths = (result: { error?: { issues: { path: PropertyKey[] }[] } }) => result.error?.issues.map((issue) => issue.path.join('.'));

  it.each([
    ['a name with an underscore', ZCreateModelCardRequest, { ...validCreate, ModelCardName: 'churn_v2' }, 'ModelCardName'],
    ['a name starting with a hyphen', ZCreateModelCardRequest, { ...validCreate, ModelCardName: '-churn' }, 'ModelCardName'],
    ['a 64-character name', ZCreateModelCardRequest, { ...validCreate, ModelCardName: 'a'.repeat(64) }, 'ModelCardName'],
    ['an empty name', ZCreateModelCardRequest, { ...validCreate, ModelCardName: '' }, 'ModelCardName'],
    ['an ARN where only a name is taken (Create)', ZCreateModelCardRequest, { ...validCreate, ModelCardName: CARD_ARN }, 'ModelCardName'],
    ['an ARN where only a name is taken (Delete)', ZDeleteModelCardRequest, { ModelCardName: CARD_ARN }, 'ModelCardName'],
    ['an ARN where only a name is taken (ListModelCardExportJobs)', ZListModelCardExportJobsRequest, { ModelCardName: CARD_ARN }, 'ModelCardName'],
    ['content over 100,000 characters', ZCreateModelCardRequest, { ...validCreate, Content: 'x'.repeat(100_001) }, 'Content'],
    ['an unknown status', ZCreateModelCardRequest, { ...validCreate, ModelCardStatus: 'Rejected' }, 'ModelCardStatus'],
    ['a KMS key with a space', ZCreateModelCardRequest, { ...validCreate, SecurityConfig: { KmsKeyId: 'my key' } }, 'SecurityConfig.KmsKeyId'],
    ['51 tags', ZCreateModelCardRequest, { ...validCreate, Tags: Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: 'v' })) }, 'Tags'],
    ['a tag key with #', ZAddTagsRequest, { ResourceArn: CARD_ARN, Tags: [{ Key: 'a#b', Value: 'v' }] }, 'Tags.0.Key'],
    ['a 129-character tag key', ZAddTagsRequest, { ResourceArn: CARD_ARN, Tags: [{ Key: 'k'.repeat(129), Value: 'v' }] }, 'Tags.0.Key'],
    ['a tag without a value', ZAddTagsRequest, { ResourceArn: CARD_ARN, Tags: [{ Key: 'k' }] }, 'Tags.0.Value'],
    ['no tag keys to delete', ZDeleteTagsRequest, { ResourceArn: CARD_ARN, TagKeys: [] }, 'TagKeys'],
    ['a resource ARN of another service', ZAddTagsRequest, { ResourceArn: 'arn:aws:s3:::bucket', Tags: [] }, 'ResourceArn'],
    ['content and status in one update', ZUpdateModelCardRequest, { ModelCardName: 'churn', Content: '{}', ModelCardStatus: 'Approved' }, 'ModelCardStatus'],
    ['a version that is not an integer', ZDescribeModelCardRequest, { ModelCardName: 'churn', ModelCardVersion: 1.5 }, 'ModelCardVersion'],
    ['a version past 32 bits', ZDescribeModelCardRequest, { ModelCardName: 'churn', ModelCardVersion: 2 ** 31 }, 'ModelCardVersion'],
    ['unknown IncludedData', ZDescribeModelCardRequest, { ModelCardName: 'churn', IncludedData: 'Everything' }, 'IncludedData'],
    ['MaxResults 0', ZListModelCardsRequest, { MaxResults: 0 }, 'MaxResults'],
    ['MaxResults 101', ZListModelCardsRequest, { MaxResults: 101 }, 'MaxResults'],
    ['ListTags MaxResults 49', ZListTagsRequest, { ResourceArn: CARD_ARN, MaxResults: 49 }, 'MaxResults'],
    ['a NextToken over 8192 characters', ZListModelCardsRequest, { NextToken: 't'.repeat(8193) }, 'NextToken'],
    ['NameContains with a space', ZListModelCardsRequest, { NameContains: 'churn model' }, 'NameContains'],
    ['SortBy Version on cards', ZListModelCardsRequest, { SortBy: 'Version' }, 'SortBy'],
    ['SortBy Name on versions', ZListModelCardVersionsRequest, { ModelCardName: 'churn', SortBy: 'Name' }, 'SortBy'],
    ['a lower-case sort order', ZListModelCardsRequest, { SortOrder: 'ascending' }, 'SortOrder'],
    ['a zone-less timestamp', ZListModelCardsRequest, { CreationTimeAfter: '2026-01-02T03:04:05' }, 'CreationTimeAfter'],
    ['a boolean timestamp', ZListModelCardsRequest, { CreationTimeBefore: true }, 'CreationTimeBefore'],
    ['an unknown export status', ZListModelCardExportJobsRequest, { ModelCardName: 'churn', StatusEquals: 'Stopped' }, 'StatusEquals'],
    [
      'an ftp output path',
      ZCreateModelCardExportJobRequest,
      { ModelCardName: 'churn', ModelCardExportJobName: 'j', OutputConfig: { S3OutputPath: 'ftp://b/x' } },
      'OutputConfig.S3OutputPath',
    ],
    [
      'an export job name with a dot',
      ZCreateModelCardExportJobRequest,
      { ModelCardName: 'churn', ModelCardExportJobName: 'j.1', OutputConfig: { S3OutputPath: 's3://b' } },
      'ModelCardExportJobName',
    ],
    ['a card ARN as export job ARN', ZDescribeModelCardExportJobRequest, { ModelCardExportJobArn: CARD_ARN }, 'ModelCardExportJobArn'],
    ['a null member', ZListModelCardsRequest, { NameContains: null }, 'NameContains'],
  ])('refuse %s', (_label, schema, input, path) => {
    expect(issuePaths(schema.safeParse(input))).toEqual([path]);
  });

  it.each([
    ['a 63-character name with doubled hyphens', ZCreateModelCardRequest, { ...validCreate, ModelCardName: `a--b${'c'.repeat(59)}` }],
    ['a card ARN where a name or ARN is taken', ZUpdateModelCardRequest, { ModelCardName: CARD_ARN, ModelCardStatus: 'Archived' }],
    ['an update with only content', ZUpdateModelCardRequest, { ModelCardName: 'churn', Content: '' }],
    ['content of exactly 100,000 characters', ZCreateModelCardRequest, { ...validCreate, Content: 'x'.repeat(100_000) }],
    ['content with line breaks', ZCreateModelCardRequest, { ...validCreate, Content: '{\n  "model_overview": {}\n}' }],
    [
      '50 tags with unicode letters, spaces and an empty value',
      ZCreateModelCardRequest,
      { ...validCreate, Tags: Array.from({ length: 50 }, (_, i) => ({ Key: `Ünï côdé ${i} _.:/=+-@`, Value: i ? 'v' : '' })) },
    ],
    [
      'an https output path',
      ZCreateModelCardExportJobRequest,
      { ModelCardName: 'churn', ModelCardExportJobName: 'j', OutputConfig: { S3OutputPath: 'https://b.s3.amazonaws.com/x' } },
    ],
    ['ListTags MaxResults above 100', ZListTagsRequest, { ResourceArn: CARD_ARN, MaxResults: 500 }],
  ])('accept %s', (_label, schema, input) => {
    expect(schema.safeParse(input).error?.issues).toBeUndefined();
  });
});
