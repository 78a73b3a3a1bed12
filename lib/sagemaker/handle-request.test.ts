// Every SageMaker operation called in-process against a real database: fields, defaults, filters, paging and ARNs as reference §2 has them, the console's rules through the console's services, and each service error as the AWS error type clients expect.
import { beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import { createTeam, createTestUser, uniqueCardName, uniqueSuffix } from '@/test/factories';
import type { Team } from '@/test/factories';
import type { Actor } from '@/lib/server/auth/actor';
import { getVersion } from '@/lib/server/model-cards/get-version';
import { getCard } from '@/lib/server/model-cards/get-card';
import { MAX_CONTENT_CHARS } from '@/lib/schemas/model-card-content';
import { handleSageMakerRequest } from './handle-request';
import type { TSageMakerOperation } from './operations';
import { claimNextExportJob } from '@/lib/server/exports/claim-next-export-job';
import { runExportJob } from '@/lib/server/exports/run-export-job';

let team: Team;
const ARN_CONTEXT = { region: 'eu-west-1', account: '111122223333' };
const arnOf = (name: string) => `arn:aws:sagemaker:eu-west-1:111122223333:model-card/${name}`;

beforeAll(async () => {
  await setupTestDatabase();
  team = await createTeam();
});

async function call(actor: Actor, operation: TSageMakerOperation, body: unknown) {
  const response = await handleSageMakerRequest({ actor, operation, body: typeof body === 'string' ? body : JSON.stringify(body), arnContext: ARN_CONTEXT });
  // What goes on the wire, read back as a client reads it.
  return { status: response.status, headers: response.headers, body: JSON.parse(JSON.stringify(response.body)) };
}

/** The body of a 200 answer; fails the test with the AWS error otherwise. */
async function succeed(actor: Actor, operation: TSageMakerOperation, body: unknown) {
  const response = await call(actor, operation, body);
  expect(response, JSON.stringify(response.body)).toMatchObject({ status: 200 });
  return response.body;
}

async function fail(actor: Actor, operation: TSageMakerOperation, body: unknown) {
  const response = await call(actor, operation, body);
  expect(response.status).not.toBe(200);
  expect(response.headers['x-amzn-ErrorType']).toBe(response.body.__type);
  return response.body as { __type: string; message: string };
}

const CONTENT = (description = 'Predicts churn.') =>
  JSON.stringify({ model_overview: { model_description: description }, intended_uses: { risk_rating: 'Low' } });

async function newCard(actor: Actor = team.author, extra: Record<string, unknown> = {}) {
  const name = uniqueCardName('sm');
  await succeed(actor, 'CreateModelCard', { ModelCardName: name, Content: CONTENT(), ModelCardStatus: 'Draft', ...extra });
  return name;
}

describe('CreateModelCard and DescribeModelCard', () => {
  it('creates version 1 with the content stored byte for byte and describes it with ARN, epoch-second times and who created it', async () => {
    const name = uniqueCardName('roundtrip');
    const content = '{ "intended_uses":{"risk_rating" :"Low"},\n\t"model_overview": {"model_description": "Ünïcode ✓ \\u00e9 and \\"quotes\\""}   }';
    const before = Date.now() / 1000;
    expect(await succeed(team.author, 'CreateModelCard', { ModelCardName: name, Content: content, ModelCardStatus: 'Draft' })).toEqual({
      ModelCardArn: arnOf(name),
    });

    const described = await succeed(team.reviewer, 'DescribeModelCard', { ModelCardName: name });
    expect(described).toEqual({
      ModelCardArn: arnOf(name),
      ModelCardName: name,
      ModelCardVersion: 1,
      Content: content,
      ModelCardStatus: 'Draft',
      CreationTime: expect.any(Number),
      CreatedBy: { UserProfileName: 'Ann Author', IamIdentity: { PrincipalId: team.author.id, SourceIdentity: team.author.email } },
      LastModifiedTime: described.CreationTime,
      LastModifiedBy: { UserProfileName: 'Ann Author', IamIdentity: { PrincipalId: team.author.id, SourceIdentity: team.author.email } },
    });
    expect(described.CreationTime).toBeGreaterThanOrEqual(before - 1);
    expect(described.CreationTime).toBeLessThanOrEqual(Date.now() / 1000 + 1);
  });

  it('applies PendingReview and Archived at creation through submit and archive, and stores the tags', async () => {
    const pending = await newCard(team.author, {
      ModelCardStatus: 'PendingReview',
      Tags: [
        { Key: 'team', Value: 'risk' },
        { Key: 'cost-center', Value: '42' },
      ],
    });
    expect((await succeed(team.author, 'DescribeModelCard', { ModelCardName: pending })).ModelCardStatus).toBe('PendingReview');
    expect(await succeed(team.auditor, 'ListTags', { ResourceArn: arnOf(pending) })).toEqual({
      Tags: [
        { Key: 'cost-center', Value: '42' },
        { Key: 'team', Value: 'risk' },
      ],
    });
    const card = await getCard({ actor: team.author, name: pending });
    const history = await getVersion({ actor: team.author, cardId: card.id });
    expect(history.statusChanges.map((change) => [change.toStatus, change.comment])).toEqual([
      ['Draft', null],
      ['PendingReview', 'Submitted through the SageMaker API'],
    ]);

    const archived = await newCard(team.author, { ModelCardStatus: 'Archived' });
    expect((await succeed(team.author, 'DescribeModelCard', { ModelCardName: archived })).ModelCardStatus).toBe('Archived');
  });

  it('refuses to create a card as Approved, creating nothing, since nobody approves a version they authored', async () => {
    const name = uniqueCardName('approved');
    const error = await fail(team.admin, 'CreateModelCard', { ModelCardName: name, Content: CONTENT(), ModelCardStatus: 'Approved' });
    expect(error).toEqual({ __type: 'AccessDeniedException', message: expect.stringContaining('nobody approves a version they authored') });
    expect(await fail(team.admin, 'DescribeModelCard', { ModelCardName: name })).toEqual({
      __type: 'ResourceNotFound',
      message: `Model card ${name} does not exist.`,
    });
  });

  it('answers each kind of bad request with the AWS error type and the field', async () => {
    const name = await newCard();
    expect(await fail(team.author, 'CreateModelCard', { ModelCardName: name, Content: CONTENT(), ModelCardStatus: 'Draft' })).toEqual({
      __type: 'ConflictException',
      message: expect.stringContaining(`A model card named ${name} already exists`),
    });
    expect(await fail(team.author, 'CreateModelCard', { Content: CONTENT(), ModelCardStatus: 'Draft' })).toEqual({
      __type: 'ValidationException',
      message: '1 validation error detected: ModelCardName: required',
    });
    expect(await fail(team.author, 'CreateModelCard', { ModelCardName: '-bad-', Content: CONTENT(), ModelCardStatus: 'Sideways' })).toEqual({
      __type: 'ValidationException',
      message: expect.stringMatching(
        /^2 validation errors detected: ModelCardName: must be 1-63 letters.*; ModelCardStatus: must be one of Draft, PendingReview, Approved, Archived$/,
      ),
    });
    expect(
      await fail(team.author, 'CreateModelCard', { ModelCardName: uniqueCardName(), Content: '{"model_overview":{"colour":"red"}}', ModelCardStatus: 'Draft' }),
    ).toEqual({
      __type: 'ValidationException',
      message: expect.stringMatching(/^Content: model_overview\.colour: unknown key/),
    });
    expect(
      await fail(team.author, 'CreateModelCard', { ModelCardName: uniqueCardName(), Content: '{"model_overview":', ModelCardStatus: 'Draft' }),
    ).toMatchObject({
      __type: 'ValidationException',
      message: expect.stringMatching(/^Content: /),
    });
    const huge = JSON.stringify({ model_overview: { model_description: 'x'.repeat(MAX_CONTENT_CHARS) } });
    expect(await fail(team.author, 'CreateModelCard', { ModelCardName: uniqueCardName(), Content: huge, ModelCardStatus: 'Draft' })).toEqual({
      __type: 'ValidationException',
      message: `1 validation error detected: Content: at most ${MAX_CONTENT_CHARS} characters`,
    });
    expect(
      await fail(team.author, 'CreateModelCard', {
        ModelCardName: uniqueCardName(),
        Content: CONTENT(),
        ModelCardStatus: 'Draft',
        SecurityConfig: { KmsKeyId: 'alias/cards' },
      }),
    ).toEqual({
      __type: 'ValidationException',
      message: expect.stringContaining('SecurityConfig.KmsKeyId: Cardinal does not encrypt'),
    });
    expect(await fail(team.author, 'ListModelCards', '{"MaxResults": 5,')).toEqual({
      __type: 'SerializationException',
      message: expect.stringContaining('not valid JSON'),
    });
    expect(await fail(team.author, 'ListModelCards', '[]')).toEqual({ __type: 'SerializationException', message: expect.stringContaining('JSON object') });
  });

  it('refuses an auditor creating a card, naming the role needed', async () => {
    expect(await fail(team.auditor, 'CreateModelCard', { ModelCardName: uniqueCardName(), Content: CONTENT(), ModelCardStatus: 'Draft' })).toEqual({
      __type: 'AccessDeniedException',
      message: 'You need the author or admin role to create model cards.',
    });
  });

  it('describes an older version, by ARN, and only the metadata paths with MetadataOnly', async () => {
    const name = uniqueCardName('meta');
    const content = JSON.stringify({
      model_overview: {
        model_id: `arn:aws:sagemaker:eu-west-1:111122223333:model/m-${uniqueSuffix()}`,
        model_name: 'churn',
        model_description: 'secret sauce',
      },
      intended_uses: { risk_rating: 'Medium', purpose_of_model: 'keep customers' },
    });
    await succeed(team.author, 'CreateModelCard', { ModelCardName: name, Content: content, ModelCardStatus: 'Draft' });
    await succeed(team.author, 'UpdateModelCard', { ModelCardName: name, Content: content.replace('secret sauce', 'v2') });

    const v1 = await succeed(team.auditor, 'DescribeModelCard', { ModelCardName: arnOf(name), ModelCardVersion: 1 });
    expect(v1).toMatchObject({ ModelCardVersion: 1, Content: content, ModelCardStatus: 'Draft' });
    const meta = await succeed(team.auditor, 'DescribeModelCard', { ModelCardName: name, IncludedData: 'MetadataOnly' });
    expect(meta.ModelCardVersion).toBe(2);
    expect(JSON.parse(meta.Content)).toEqual({
      model_overview: { model_id: JSON.parse(content).model_overview.model_id, model_name: 'churn' },
      intended_uses: { risk_rating: 'Medium' },
    });

    expect(await fail(team.auditor, 'DescribeModelCard', { ModelCardName: name, ModelCardVersion: 9 })).toEqual({
      __type: 'ResourceNotFound',
      message: expect.stringContaining('has no version 9'),
    });
    expect(await fail(team.auditor, 'DescribeModelCard', { ModelCardName: `arn:aws:sagemaker:us-east-1:111122223333:model-card/${name}` })).toEqual({
      __type: 'ValidationException',
      message: expect.stringContaining('is not an ARN of this Cardinal server'),
    });
  });
});

describe('UpdateModelCard', () => {
  it('saves new content as the next version, and succeeds without a version for unchanged content', async () => {
    const name = await newCard();
    await succeed(team.coauthor, 'UpdateModelCard', { ModelCardName: name, Content: CONTENT('second') });
    await succeed(team.coauthor, 'UpdateModelCard', { ModelCardName: name, Content: CONTENT('second') });
    // Canonically equal (keys in another order) is unchanged too.
    await succeed(team.coauthor, 'UpdateModelCard', {
      ModelCardName: name,
      Content: '{"intended_uses":{"risk_rating":"Low"},"model_overview":{"model_description":"second"}}',
    });
    const described = await succeed(team.author, 'DescribeModelCard', { ModelCardName: name });
    expect(described).toMatchObject({ ModelCardVersion: 2, Content: CONTENT('second'), LastModifiedBy: { UserProfileName: 'Cal Coauthor' } });
    expect(await fail(team.author, 'UpdateModelCard', { ModelCardName: name, Content: CONTENT('x'), ModelCardStatus: 'Draft' })).toEqual({
      __type: 'ValidationException',
      message: expect.stringContaining('Content and ModelCardStatus cannot both be set'),
    });
    expect(await fail(team.auditor, 'UpdateModelCard', { ModelCardName: name, Content: CONTENT('auditor') })).toMatchObject({
      __type: 'AccessDeniedException',
    });
    expect(await fail(team.author, 'UpdateModelCard', { ModelCardName: 'no-such-card-here', Content: CONTENT() })).toEqual({
      __type: 'ResourceNotFound',
      message: 'Model card no-such-card-here does not exist.',
    });
  });

  it("moves through the review workflow with the console's transitions and refuses what its rules refuse", async () => {
    const name = await newCard();
    const status = async () => (await succeed(team.auditor, 'DescribeModelCard', { ModelCardName: name })).ModelCardStatus;

    await succeed(team.author, 'UpdateModelCard', { ModelCardName: name, ModelCardStatus: 'PendingReview' });
    expect(await status()).toBe('PendingReview');
    // Setting the status it already has changes nothing.
    await succeed(team.author, 'UpdateModelCard', { ModelCardName: name, ModelCardStatus: 'PendingReview' });

    const ownApproval = await fail(team.admin, 'UpdateModelCard', { ModelCardName: name, ModelCardStatus: 'Approved' });
    expect(ownApproval).toEqual({ __type: 'AccessDeniedException', message: 'You need the reviewer role to approve model cards.' });

    await succeed(team.reviewer, 'UpdateModelCard', { ModelCardName: name, ModelCardStatus: 'Draft' });
    expect(await status()).toBe('Draft');
    const card = await getCard({ actor: team.author, name });
    expect((await getVersion({ actor: team.author, cardId: card.id })).reviews).toEqual([
      expect.objectContaining({ decision: 'ChangesRequested', comment: 'Sent back to Draft through the SageMaker API' }),
    ]);

    await succeed(team.author, 'UpdateModelCard', { ModelCardName: name, Content: CONTENT('fixed') });
    await succeed(team.author, 'UpdateModelCard', { ModelCardName: name, ModelCardStatus: 'PendingReview' });
    expect(await fail(team.author, 'UpdateModelCard', { ModelCardName: name, ModelCardStatus: 'Approved' })).toMatchObject({ __type: 'AccessDeniedException' });
    await succeed(team.reviewer, 'UpdateModelCard', { ModelCardName: name, ModelCardStatus: 'Approved' });
    expect(await status()).toBe('Approved');

    expect(await fail(team.author, 'UpdateModelCard', { ModelCardName: name, ModelCardStatus: 'PendingReview' })).toEqual({
      __type: 'ConflictException',
      message: expect.stringContaining('is already approved'),
    });
    expect(await fail(team.reviewer, 'UpdateModelCard', { ModelCardName: name, ModelCardStatus: 'Draft' })).toEqual({
      __type: 'ConflictException',
      message: expect.stringContaining('an approved version does not go back to Draft'),
    });

    await succeed(team.author, 'UpdateModelCard', { ModelCardName: name, ModelCardStatus: 'Archived' });
    expect(await status()).toBe('Archived');
    expect(await fail(team.author, 'UpdateModelCard', { ModelCardName: name, Content: CONTENT('after archive') })).toEqual({
      __type: 'ConflictException',
      message: 'Model Card is in Archived state',
    });
  });

  it('refuses the author approving their own version, saying why', async () => {
    const authorReviewer = await createTestUser(['author', 'reviewer'], 'Ava Both');
    const name = await newCard(authorReviewer, { ModelCardStatus: 'PendingReview' });
    expect(await fail(authorReviewer, 'UpdateModelCard', { ModelCardName: name, ModelCardStatus: 'Approved' })).toEqual({
      __type: 'AccessDeniedException',
      message: 'You authored this version, so you cannot approve it',
    });
  });

  it('records a first approval of a High-risk card and leaves it PendingReview until a second reviewer approves', async () => {
    const name = uniqueCardName('high');
    const high = JSON.stringify({ intended_uses: { risk_rating: 'High' } });
    await succeed(team.author, 'CreateModelCard', { ModelCardName: name, Content: high, ModelCardStatus: 'PendingReview' });
    await succeed(team.reviewer, 'UpdateModelCard', { ModelCardName: name, ModelCardStatus: 'Approved' });
    expect((await succeed(team.author, 'DescribeModelCard', { ModelCardName: name })).ModelCardStatus).toBe('PendingReview');
    await succeed(team.secondReviewer, 'UpdateModelCard', { ModelCardName: name, ModelCardStatus: 'Approved' });
    expect((await succeed(team.author, 'DescribeModelCard', { ModelCardName: name })).ModelCardStatus).toBe('Approved');
  });
});

describe('DeleteModelCard', () => {
  it('deletes through deleteCard with its rules; the card is then gone from every operation', async () => {
    const name = await newCard();
    expect(await fail(team.reviewer, 'DeleteModelCard', { ModelCardName: name })).toMatchObject({ __type: 'AccessDeniedException' });
    expect(await fail(team.author, 'DeleteModelCard', { ModelCardName: arnOf(name) })).toMatchObject({
      __type: 'ValidationException',
      message: expect.stringContaining('ModelCardName'),
    });
    expect(await succeed(team.author, 'DeleteModelCard', { ModelCardName: name })).toEqual({});
    expect(await fail(team.author, 'DescribeModelCard', { ModelCardName: name })).toEqual({
      __type: 'ResourceNotFound',
      message: `Model card ${name} does not exist.`,
    });
    expect(await fail(team.author, 'DeleteModelCard', { ModelCardName: name })).toMatchObject({ __type: 'ResourceNotFound' });
  });
});

describe('ListModelCards', () => {
  const prefix = `lst${uniqueSuffix()}`;
  let names: string[];

  beforeAll(async () => {
    names = [];
    for (const letter of ['c', 'a', 'e', 'b', 'd']) {
      const name = `${prefix}-${letter}`;
      await succeed(team.author, 'CreateModelCard', {
        ModelCardName: name,
        Content: CONTENT(),
        ModelCardStatus: letter === 'b' || letter === 'd' ? 'PendingReview' : 'Draft',
      });
      names.push(name);
    }
  });

  async function everyPage(request: Record<string, unknown>) {
    const pages: string[][] = [];
    let token: string | undefined;
    do {
      const page = await succeed(team.auditor, 'ListModelCards', { NameContains: prefix, ...request, NextToken: token });
      pages.push(page.ModelCardSummaries.map((summary: { ModelCardName: string }) => summary.ModelCardName));
      token = page.NextToken;
    } while (token);
    return pages;
  }

  it('lists newest first by default, with ARNs and epoch-second times, and pages without gaps or repeats', async () => {
    const page = await succeed(team.auditor, 'ListModelCards', { NameContains: prefix });
    expect(page.NextToken).toBeUndefined();
    expect(page.ModelCardSummaries.map((summary: { ModelCardName: string }) => summary.ModelCardName)).toEqual([...names].reverse());
    expect(page.ModelCardSummaries[0]).toEqual({
      ModelCardName: names[4],
      ModelCardArn: arnOf(names[4]),
      ModelCardStatus: 'PendingReview',
      CreationTime: expect.any(Number),
      LastModifiedTime: expect.any(Number),
    });
    expect(await everyPage({ MaxResults: 2, SortBy: 'Name', SortOrder: 'Ascending' })).toEqual([
      [`${prefix}-a`, `${prefix}-b`],
      [`${prefix}-c`, `${prefix}-d`],
      [`${prefix}-e`],
    ]);
    expect((await everyPage({ MaxResults: 3, SortBy: 'CreationTime', SortOrder: 'Ascending' })).flat()).toEqual(names);
  });

  it('filters by status, name part (any case) and creation window', async () => {
    expect((await everyPage({ ModelCardStatus: 'PendingReview', SortBy: 'Name', SortOrder: 'Ascending' })).flat()).toEqual([`${prefix}-b`, `${prefix}-d`]);
    expect((await everyPage({ NameContains: `${prefix.toUpperCase()}-E` })).flat()).toEqual([`${prefix}-e`]);
    const times = await Promise.all(
      names.map(async (name) => (await succeed(team.auditor, 'DescribeModelCard', { ModelCardName: name })).CreationTime as number),
    );
    const window = await everyPage({ CreationTimeAfter: times[0], CreationTimeBefore: times[4], SortBy: 'CreationTime', SortOrder: 'Ascending' });
    expect(window.flat()).toEqual(names.slice(1, 4));
    expect((await everyPage({ CreationTimeAfter: new Date(times[3] * 1000).toISOString(), SortOrder: 'Ascending' })).flat()).toEqual([names[4]]);
  });

  it('refuses a token from another sort, a tampered token and MaxResults over 100', async () => {
    const first = await succeed(team.auditor, 'ListModelCards', { NameContains: prefix, MaxResults: 1, SortBy: 'Name' });
    expect(await fail(team.auditor, 'ListModelCards', { NameContains: prefix, NextToken: first.NextToken })).toEqual({
      __type: 'ValidationException',
      message: expect.stringContaining('NextToken: this token continues a list sorted by Name Descending'),
    });
    expect(await fail(team.auditor, 'ListModelCards', { NextToken: `${first.NextToken}x` })).toEqual({
      __type: 'ValidationException',
      message: expect.stringContaining('Invalid NextToken'),
    });
    expect(await fail(team.auditor, 'ListModelCards', { MaxResults: 101 })).toEqual({
      __type: 'ValidationException',
      message: '1 validation error detected: MaxResults: must be at most 100',
    });
  });
});

describe('ListModelCardVersions', () => {
  it("lists versions newest first with each version's status, pages, and filters by status", async () => {
    const name = await newCard();
    await succeed(team.author, 'UpdateModelCard', { ModelCardName: name, Content: CONTENT('v2') });
    await succeed(team.author, 'UpdateModelCard', { ModelCardName: name, Content: CONTENT('v3') });
    await succeed(team.author, 'UpdateModelCard', { ModelCardName: name, ModelCardStatus: 'PendingReview' });

    const all = await succeed(team.auditor, 'ListModelCardVersions', { ModelCardName: arnOf(name) });
    expect(all.NextToken).toBeUndefined();
    expect(
      all.ModelCardVersionSummaryList.map((summary: { ModelCardVersion: number; ModelCardStatus: string }) => [
        summary.ModelCardVersion,
        summary.ModelCardStatus,
      ]),
    ).toEqual([
      [3, 'PendingReview'],
      [2, 'Draft'],
      [1, 'Draft'],
    ]);
    expect(all.ModelCardVersionSummaryList[0]).toEqual({
      ModelCardName: name,
      ModelCardArn: arnOf(name),
      ModelCardStatus: 'PendingReview',
      ModelCardVersion: 3,
      CreationTime: expect.any(Number),
      LastModifiedTime: expect.any(Number),
    });

    const first = await succeed(team.auditor, 'ListModelCardVersions', { ModelCardName: name, MaxResults: 2, SortOrder: 'Ascending' });
    expect(first.ModelCardVersionSummaryList.map((summary: { ModelCardVersion: number }) => summary.ModelCardVersion)).toEqual([1, 2]);
    const second = await succeed(team.auditor, 'ListModelCardVersions', {
      ModelCardName: name,
      MaxResults: 2,
      SortOrder: 'Ascending',
      NextToken: first.NextToken,
    });
    expect(second.ModelCardVersionSummaryList.map((summary: { ModelCardVersion: number }) => summary.ModelCardVersion)).toEqual([3]);
    expect(second.NextToken).toBeUndefined();

    const drafts = await succeed(team.auditor, 'ListModelCardVersions', { ModelCardName: name, ModelCardStatus: 'Draft' });
    expect(drafts.ModelCardVersionSummaryList.map((summary: { ModelCardVersion: number }) => summary.ModelCardVersion)).toEqual([2, 1]);

    const other = await newCard();
    expect(
      await fail(team.auditor, 'ListModelCardVersions', { ModelCardName: other, MaxResults: 2, SortOrder: 'Ascending', NextToken: first.NextToken }),
    ).toMatchObject({
      __type: 'ValidationException',
    });
    expect(await fail(team.auditor, 'ListModelCardVersions', { ModelCardName: 'missing-card' })).toMatchObject({ __type: 'ResourceNotFound' });
  });
});

describe('AddTags, ListTags, DeleteTags', () => {
  it("adds, overwrites and removes tags on a card's ARN, at most 50, and only on model cards", async () => {
    const name = await newCard();
    const ResourceArn = arnOf(name);
    expect(await succeed(team.author, 'AddTags', { ResourceArn, Tags: [{ Key: 'stage', Value: 'dev' }] })).toEqual({ Tags: [{ Key: 'stage', Value: 'dev' }] });
    await succeed(team.coauthor, 'AddTags', {
      ResourceArn,
      Tags: [
        { Key: 'stage', Value: 'prod' },
        { Key: 'owner', Value: 'risk team' },
      ],
    });
    expect(await succeed(team.auditor, 'ListTags', { ResourceArn })).toEqual({
      Tags: [
        { Key: 'owner', Value: 'risk team' },
        { Key: 'stage', Value: 'prod' },
      ],
    });
    expect(await succeed(team.author, 'DeleteTags', { ResourceArn, TagKeys: ['stage', 'never-set'] })).toEqual({});
    expect(await succeed(team.auditor, 'ListTags', { ResourceArn })).toEqual({ Tags: [{ Key: 'owner', Value: 'risk team' }] });

    const fifty = Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: `${i}` }));
    expect(await fail(team.author, 'AddTags', { ResourceArn, Tags: fifty })).toEqual({
      __type: 'ResourceLimitExceeded',
      message: expect.stringContaining(`${name} would have 51 tags; a model card holds at most 50`),
    });
    expect((await succeed(team.auditor, 'ListTags', { ResourceArn })).Tags).toHaveLength(1);

    expect(await fail(team.auditor, 'AddTags', { ResourceArn, Tags: [{ Key: 'x', Value: 'y' }] })).toMatchObject({ __type: 'AccessDeniedException' });
    expect(await fail(team.author, 'ListTags', { ResourceArn: 'arn:aws:sagemaker:eu-west-1:111122223333:endpoint/e1' })).toEqual({
      __type: 'ValidationException',
      message: expect.stringContaining('Cardinal keeps tags on model cards, model package groups, model packages, models and training jobs'),
    });
    expect(await fail(team.author, 'ListTags', { ResourceArn: arnOf('nobody-made-this') })).toMatchObject({ __type: 'ResourceNotFound' });
    expect(await fail(team.author, 'ListTags', { ResourceArn, NextToken: 'anything' })).toMatchObject({ __type: 'ValidationException' });
  });
});

describe('model card export jobs', () => {
  const S3 = 's3://audit-bucket/exports';
  const jobArnOf = (card: string, job: string) => `${arnOf(card)}/export-job/${job}`;

  /** What the server's worker does, run here in-process: claim each waiting job and render it. */
  async function renderWaitingJobs() {
    for (let job = await claimNextExportJob({ workerId: 'test' }); job; job = await claimNextExportJob({ workerId: 'test' })) await runExportJob(job);
  }

  it("create → describe InProgress → Completed with the PDF's download URL as S3ExportArtifacts; S3OutputPath is echoed", async () => {
    const name = await newCard();
    expect(
      await succeed(team.author, 'CreateModelCardExportJob', {
        ModelCardName: arnOf(name),
        ModelCardExportJobName: 'export-1',
        OutputConfig: { S3OutputPath: S3 },
      }),
    ).toEqual({
      ModelCardExportJobArn: jobArnOf(name, 'export-1'),
    });
    const pending = await succeed(team.auditor, 'DescribeModelCardExportJob', { ModelCardExportJobArn: jobArnOf(name, 'export-1') });
    expect(pending).toEqual({
      ModelCardExportJobName: 'export-1',
      ModelCardExportJobArn: jobArnOf(name, 'export-1'),
      Status: 'InProgress',
      ModelCardName: name,
      ModelCardVersion: 1,
      OutputConfig: { S3OutputPath: S3 },
      CreatedAt: expect.any(Number),
      LastModifiedAt: expect.any(Number),
    });
    await renderWaitingJobs();
    const done = await succeed(team.auditor, 'DescribeModelCardExportJob', { ModelCardExportJobArn: jobArnOf(name, 'export-1') });
    expect(done).toMatchObject({
      Status: 'Completed',
      ExportArtifacts: { S3ExportArtifacts: expect.stringMatching(/^https?:\/\/[^/]+\/api\/v1\/export-jobs\/[0-9a-f-]{36}\/pdf$/) },
    });
    expect(done.FailureReason).toBeUndefined();
  });

  it("lists one card's jobs with filters, three sort orders and pages that neither skip nor repeat", async () => {
    const name = await newCard();
    await succeed(team.author, 'UpdateModelCard', { ModelCardName: name, Content: CONTENT('second version') });
    for (const [job, version] of [
      ['b-job', 1],
      ['a-job', 2],
      ['c-job', 2],
    ] as const) {
      await succeed(team.auditor, 'CreateModelCardExportJob', {
        ModelCardName: name,
        ModelCardVersion: version,
        ModelCardExportJobName: job,
        OutputConfig: { S3OutputPath: S3 },
      });
    }
    const names = (body: { ModelCardExportJobSummaries: { ModelCardExportJobName: string }[] }) =>
      body.ModelCardExportJobSummaries.map((job) => job.ModelCardExportJobName);
    expect(names(await succeed(team.author, 'ListModelCardExportJobs', { ModelCardName: name }))).toEqual(['c-job', 'a-job', 'b-job']);
    expect(names(await succeed(team.author, 'ListModelCardExportJobs', { ModelCardName: name, SortBy: 'Name', SortOrder: 'Ascending' }))).toEqual([
      'a-job',
      'b-job',
      'c-job',
    ]);
    expect(names(await succeed(team.author, 'ListModelCardExportJobs', { ModelCardName: name, ModelCardVersion: 2, SortBy: 'Name' }))).toEqual([
      'c-job',
      'a-job',
    ]);
    expect(names(await succeed(team.author, 'ListModelCardExportJobs', { ModelCardName: name, ModelCardExportJobNameContains: 'B-JOB' }))).toEqual(['b-job']);
    expect(names(await succeed(team.author, 'ListModelCardExportJobs', { ModelCardName: name, StatusEquals: 'Completed' }))).toEqual([]);
    expect(names(await succeed(team.author, 'ListModelCardExportJobs', { ModelCardName: 'no-such-card' }))).toEqual([]);

    const seen: string[] = [];
    let token: string | undefined;
    do {
      const page = await succeed(team.author, 'ListModelCardExportJobs', { ModelCardName: name, SortBy: 'Status', MaxResults: 2, NextToken: token });
      seen.push(...names(page));
      token = page.NextToken;
    } while (token);
    expect(seen.sort()).toEqual(['a-job', 'b-job', 'c-job']);
    const first = await succeed(team.author, 'ListModelCardExportJobs', { ModelCardName: name, MaxResults: 1 });
    expect(await fail(team.author, 'ListModelCardExportJobs', { ModelCardName: name, SortBy: 'Name', NextToken: first.NextToken })).toMatchObject({
      __type: 'ValidationException',
    });
  });

  it('answers a taken job name, a missing card or version and a foreign ARN with the AWS error types', async () => {
    const name = await newCard();
    const create = (body: Record<string, unknown>) => ({
      ModelCardName: name,
      ModelCardExportJobName: 'export-1',
      OutputConfig: { S3OutputPath: S3 },
      ...body,
    });
    await succeed(team.author, 'CreateModelCardExportJob', create({}));
    expect(await fail(team.author, 'CreateModelCardExportJob', create({}))).toEqual({
      __type: 'ConflictException',
      message: expect.stringContaining('An export job named export-1 already exists'),
    });
    expect(await fail(team.author, 'CreateModelCardExportJob', create({ ModelCardName: 'nobody-made-this' }))).toEqual({
      __type: 'ResourceNotFound',
      message: 'Model card nobody-made-this does not exist.',
    });
    expect(await fail(team.author, 'CreateModelCardExportJob', create({ ModelCardExportJobName: 'export-2', ModelCardVersion: 9 }))).toMatchObject({
      __type: 'ResourceNotFound',
    });
    expect(await fail(team.author, 'CreateModelCardExportJob', create({ OutputConfig: { S3OutputPath: 'ftp://x' } }))).toMatchObject({
      __type: 'ValidationException',
    });
    expect(await fail(team.author, 'DescribeModelCardExportJob', { ModelCardExportJobArn: jobArnOf(name, 'never') })).toMatchObject({
      __type: 'ResourceNotFound',
    });
    expect(
      await fail(team.author, 'DescribeModelCardExportJob', {
        ModelCardExportJobArn: `arn:aws:sagemaker:us-west-2:111122223333:model-card/${name}/export-job/export-1`,
      }),
    ).toMatchObject({
      __type: 'ValidationException',
    });
    expect(await fail(team.author, 'ListModelCardExportJobs', {})).toEqual({
      __type: 'ValidationException',
      message: '1 validation error detected: ModelCardName: required',
    });
  });
});

describe('values the database cannot hold (issue 19)', () => {
  it('refuses a NUL inside content strings and in free-text members with a ValidationException naming the member', async () => {
    const content = JSON.stringify({ model_overview: { model_id: 'churn\u0000', model_description: 'x' } });
    const created = await fail(team.author, 'CreateModelCard', { ModelCardName: uniqueCardName('nul'), Content: content, ModelCardStatus: 'Draft' });
    expect(created).toMatchObject({ __type: 'ValidationException', message: expect.stringContaining('model_overview.model_id') });
    const listed = await fail(team.author, 'ListModelCards', { NameContains: 'a\u0000' });
    expect(listed).toMatchObject({ __type: 'ValidationException', message: expect.stringContaining('NameContains') });
  });

  it('refuses timestamps outside years 0001-9999 with a ValidationException naming the member', async () => {
    const name = await newCard();
    for (const [member, value] of [
      ['CreationTimeAfter', -8e12],
      ['CreationTimeBefore', 8e12],
      ['CreationTimeAfter', '0000-01-01T00:00:00Z'],
    ] as const) {
      const refused = await fail(team.author, 'ListModelCardExportJobs', { ModelCardName: name, [member]: value });
      expect(refused).toMatchObject({ __type: 'ValidationException', message: expect.stringContaining(member) });
    }
    expect(await succeed(team.author, 'ListModelCardExportJobs', { ModelCardName: name, CreationTimeAfter: -62135596800 })).toMatchObject({
      ModelCardExportJobSummaries: [],
    });
  });
});
