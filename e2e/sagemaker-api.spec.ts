// AWS tools work against Cardinal: keys made under Profile → Access keys sign requests from the real SageMakerClient and curl --aws-sigv4, and every operation, error type, page and signature check behaves as AWS's does.
import { test, expect } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { Sha256 } from '@aws-crypto/sha256-js';
import {
  AddTagsCommand,
  CreateModelCardCommand,
  CreateModelCardExportJobCommand,
  DeleteModelCardCommand,
  DeleteTagsCommand,
  DescribeModelCardCommand,
  DescribeModelCardExportJobCommand,
  ListModelCardExportJobsCommand,
  ListModelCardsCommand,
  ListModelCardVersionsCommand,
  ListTagsCommand,
  SageMakerClient,
  UpdateModelCardCommand,
} from '@aws-sdk/client-sagemaker';
import type { ListModelCardsCommandOutput, SageMakerClientConfig, SageMakerServiceException } from '@aws-sdk/client-sagemaker';
import { SignatureV4 } from '@smithy/signature-v4';
import { ADMIN, signIn, signInAsAdmin } from './support/accounts';
import { FRESH_URL } from './support/servers';
import { maximalContent } from '../test/fixtures/maximal-version';

const run = promisify(execFile);
const ENDPOINT = `${FRESH_URL}/api/sagemaker`;
const REGION = 'us-east-1';
const ACCOUNT = '000000000000';
const RUN = Date.now().toString(36);
const REVIEWER = { name: 'Sage Reviewer', email: `sage.reviewer.${RUN}@example.com`, password: 'sage-reviewer-password-1' };
const AUDITOR = { name: 'Sage Auditor', email: `sage.auditor.${RUN}@example.com`, password: 'sage-auditor-password-1' };

type TKey = { accessKeyId: string; secretAccessKey: string };
const keys: { admin?: TKey; reviewer?: TKey; auditor?: TKey } = {};

const arnOf = (name: string) => `arn:aws:sagemaker:${REGION}:${ACCOUNT}:model-card/${name}`;
const client = (key: TKey, config: Partial<SageMakerClientConfig> = {}) =>
  new SageMakerClient({ endpoint: ENDPOINT, region: REGION, credentials: key, maxAttempts: 1, ...config });
const content = (description: string, risk = 'Low') =>
  JSON.stringify({ model_overview: { model_description: description }, intended_uses: { risk_rating: risk } });

async function caught(promise: Promise<unknown>): Promise<SageMakerServiceException> {
  return promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error as SageMakerServiceException,
  );
}

/** Profile → Access keys → Create: reads the id and secret from the one-time dialog, and checks the secret is gone once it closes. */
async function createKeyThroughProfile(page: Page, label: string): Promise<TKey> {
  await page.getByRole('button', { name: /^Account:/ }).click();
  await page.getByRole('menuitem', { name: 'Access keys' }).click();
  await expect(page.getByRole('heading', { name: 'Access keys', level: 1 })).toBeVisible();
  await page.getByLabel('Label (optional)').fill(label);
  await page.getByRole('button', { name: 'Create access key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Access key created' });
  await expect(dialog.getByText('This is the only time it is shown')).toBeVisible();
  const key = {
    accessKeyId: await dialog.getByRole('textbox', { name: 'Access key ID' }).inputValue(),
    secretAccessKey: await dialog.getByRole('textbox', { name: 'Secret access key' }).inputValue(),
  };
  expect(key.accessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
  expect(key.secretAccessKey).toHaveLength(40);
  // Copy puts exactly the secret on the clipboard and says so.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const copy = dialog.getByRole('button', { name: 'Copy the secret access key' });
  await copy.click();
  await expect(copy).toHaveText('Copied ✓');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key.secretAccessKey);
  await dialog.getByRole('button', { name: 'I have copied the secret' }).click();
  const row = page.locator(`tr[data-access-key-id="${key.accessKeyId}"]`);
  await expect(row).toContainText(label);
  await expect(row).toContainText('Active');
  await expect(row).toContainText('Never');
  await page.reload();
  await expect(row).toBeVisible();
  expect(await page.content()).not.toContain(key.secretAccessKey);
  return key;
}

async function createUserAndKey(browser: Browser, user: typeof REVIEWER, role: string): Promise<TKey> {
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signInAsAdmin(adminPage);
  await adminPage.goto('/admin/users');
  await adminPage.getByRole('button', { name: 'New user' }).click();
  await adminPage.getByLabel('Name').fill(user.name);
  await adminPage.getByLabel('Email').fill(user.email);
  await adminPage.getByLabel('Starting password').fill(user.password);
  for (const name of ['Author', 'Reviewer', 'Auditor', 'Admin']) {
    const box = adminPage.getByRole('checkbox', { name: new RegExp(`^${name}`) });
    if ((name === role) !== (await box.isChecked())) await box.click();
  }
  await adminPage.getByRole('button', { name: 'Create user' }).click();
  await expect(adminPage.getByText(`${user.email} can now sign in.`)).toBeVisible();
  await adminContext.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user.email, user.password);
  await expect(page.getByRole('heading', { name: /^(Model cards|Model dashboard)$/ })).toBeVisible();
  const key = await createKeyThroughProfile(page, `${role} key`);
  await context.close();
  return key;
}

test.describe.serial('the SageMaker-compatible API with the AWS SDK for JavaScript', () => {
  test('people create access keys under Profile, and the secret is shown once', async ({ page, browser }) => {
    // Three people sign in and two accounts are created through the UI (argon2 hashing each time): more than the default minute.
    test.setTimeout(180_000);
    await signInAsAdmin(page);
    keys.admin = await createKeyThroughProfile(page, 'SDK e2e');
    keys.reviewer = await createUserAndKey(browser, REVIEWER, 'Reviewer');
    keys.auditor = await createUserAndKey(browser, AUDITOR, 'Auditor');
  });

  test('every supported operation answers as SageMaker does', async () => {
    const admin = client(keys.admin!);
    const name = `sdk-ops-${RUN}`;
    expect(
      (
        await admin.send(
          new CreateModelCardCommand({ ModelCardName: name, Content: content('v1'), ModelCardStatus: 'Draft', Tags: [{ Key: 'team', Value: 'risk' }] }),
        )
      ).ModelCardArn,
    ).toBe(arnOf(name));
    const described = await admin.send(new DescribeModelCardCommand({ ModelCardName: name }));
    expect(described).toMatchObject({ ModelCardArn: arnOf(name), ModelCardName: name, ModelCardVersion: 1, Content: content('v1'), ModelCardStatus: 'Draft' });
    expect(described.CreatedBy).toEqual({ UserProfileName: ADMIN.name, IamIdentity: { PrincipalId: expect.any(String), SourceIdentity: ADMIN.email } });
    expect(Math.abs(described.CreationTime!.getTime() - Date.now())).toBeLessThan(120_000);

    await admin.send(new UpdateModelCardCommand({ ModelCardName: arnOf(name), Content: content('v2') }));
    await admin.send(new UpdateModelCardCommand({ ModelCardName: name, ModelCardStatus: 'PendingReview' }));
    await client(keys.reviewer!).send(new UpdateModelCardCommand({ ModelCardName: name, ModelCardStatus: 'Approved' }));
    expect(await admin.send(new DescribeModelCardCommand({ ModelCardName: name }))).toMatchObject({
      ModelCardVersion: 2,
      Content: content('v2'),
      ModelCardStatus: 'Approved',
    });
    expect((await admin.send(new DescribeModelCardCommand({ ModelCardName: name, ModelCardVersion: 1 }))).Content).toBe(content('v1'));

    const versions = await admin.send(new ListModelCardVersionsCommand({ ModelCardName: name }));
    expect(versions.ModelCardVersionSummaryList!.map((summary) => [summary.ModelCardVersion, summary.ModelCardStatus])).toEqual([
      [2, 'Approved'],
      [1, 'Draft'],
    ]);
    const listed = await admin.send(new ListModelCardsCommand({ NameContains: name, ModelCardStatus: 'Approved' }));
    expect(listed.ModelCardSummaries).toEqual([
      { ModelCardName: name, ModelCardArn: arnOf(name), ModelCardStatus: 'Approved', CreationTime: expect.any(Date), LastModifiedTime: expect.any(Date) },
    ]);

    await admin.send(new AddTagsCommand({ ResourceArn: arnOf(name), Tags: [{ Key: 'stage', Value: 'prod' }] }));
    expect((await admin.send(new ListTagsCommand({ ResourceArn: arnOf(name) }))).Tags).toEqual([
      { Key: 'stage', Value: 'prod' },
      { Key: 'team', Value: 'risk' },
    ]);
    await admin.send(new DeleteTagsCommand({ ResourceArn: arnOf(name), TagKeys: ['team'] }));
    expect((await admin.send(new ListTagsCommand({ ResourceArn: arnOf(name) }))).Tags).toEqual([{ Key: 'stage', Value: 'prod' }]);

    await admin.send(new DeleteModelCardCommand({ ModelCardName: name }));
    const gone = await caught(admin.send(new DescribeModelCardCommand({ ModelCardName: name })));
    expect([gone.name, gone.message]).toEqual(['ResourceNotFound', `Model card ${name} does not exist.`]);
  });

  test('export jobs: create, poll Describe until Completed, list with filters, and download the PDF that S3ExportArtifacts names', async () => {
    // The SDK polls every 4 s (reference §2.5); a worker renders in about a second here, but the machine may be busy.
    test.setTimeout(120_000);
    // The SDK's own retries (3 attempts): a large render keeps the server's event loop busy for seconds, and a kept-alive socket it closed meanwhile is reset.
    const admin = client(keys.admin!, { maxAttempts: 3 });
    const auditor = client(keys.auditor!, { maxAttempts: 3 });
    const name = `sdk-export-${RUN}`;
    const cardContent = JSON.stringify({ ...maximalContent('Medium'), model_overview: { ...maximalContent().model_overview, model_id: `model-${RUN}` } });
    await admin.send(new CreateModelCardCommand({ ModelCardName: name, Content: cardContent, ModelCardStatus: 'Draft' }));
    await admin.send(new UpdateModelCardCommand({ ModelCardName: name, Content: content('second version') }));
    const jobArn = (job: string) => `${arnOf(name)}/export-job/${job}`;
    const created = await auditor.send(
      new CreateModelCardExportJobCommand({
        ModelCardName: arnOf(name),
        ModelCardVersion: 1,
        ModelCardExportJobName: 'audit-v1',
        OutputConfig: { S3OutputPath: 's3://audit-bucket/cards' },
      }),
    );
    expect(created.ModelCardExportJobArn).toBe(jobArn('audit-v1'));
    await auditor.send(
      new CreateModelCardExportJobCommand({ ModelCardName: name, ModelCardExportJobName: 'latest', OutputConfig: { S3OutputPath: 's3://audit-bucket/cards' } }),
    );

    let described = await auditor.send(new DescribeModelCardExportJobCommand({ ModelCardExportJobArn: jobArn('audit-v1') }));
    await expect
      .poll(
        async () => {
          described = await auditor.send(new DescribeModelCardExportJobCommand({ ModelCardExportJobArn: jobArn('audit-v1') }));
          return described.Status;
        },
        { timeout: 90_000, intervals: [1000] },
      )
      .toBe('Completed');
    expect(described).toMatchObject({
      ModelCardExportJobName: 'audit-v1',
      ModelCardExportJobArn: jobArn('audit-v1'),
      ModelCardName: name,
      ModelCardVersion: 1,
      OutputConfig: { S3OutputPath: 's3://audit-bucket/cards' },
      ExportArtifacts: { S3ExportArtifacts: expect.stringMatching(new RegExp(`^${FRESH_URL}/api/v1/export-jobs/[0-9a-f-]{36}/pdf$`)) },
    });
    expect(described.CreatedAt).toBeInstanceOf(Date);
    expect(described.LastModifiedAt!.getTime()).toBeGreaterThanOrEqual(described.CreatedAt!.getTime());

    const listed = await auditor.send(new ListModelCardExportJobsCommand({ ModelCardName: name, SortBy: 'Name', SortOrder: 'Ascending' }));
    expect(listed.ModelCardExportJobSummaries!.map((job) => [job.ModelCardExportJobName, job.ModelCardVersion])).toEqual([
      ['audit-v1', 1],
      ['latest', 2],
    ]);
    const v1Only = await auditor.send(new ListModelCardExportJobsCommand({ ModelCardName: name, ModelCardVersion: 1, StatusEquals: 'Completed' }));
    expect(v1Only.ModelCardExportJobSummaries!.map((job) => job.ModelCardExportJobArn)).toEqual([jobArn('audit-v1')]);
    const taken = await caught(
      auditor.send(new CreateModelCardExportJobCommand({ ModelCardName: name, ModelCardExportJobName: 'latest', OutputConfig: { S3OutputPath: 's3://x/y' } })),
    );
    expect([taken.name, taken.message]).toEqual(['ConflictException', expect.stringContaining('An export job named latest already exists')]);

    // The artifact URL is an API route: signed with the same key, it answers the stored PDF and its SHA-256.
    const artifact = new URL(described.ExportArtifacts!.S3ExportArtifacts!);
    const signer = new SignatureV4({ service: 'sagemaker', region: REGION, credentials: keys.auditor!, sha256: Sha256 });
    const signed = await signer.sign({
      method: 'GET',
      protocol: artifact.protocol,
      hostname: artifact.hostname,
      port: Number(artifact.port),
      path: artifact.pathname,
      headers: { host: artifact.host },
    });
    const response = await fetch(artifact, { headers: signed.headers as Record<string, string> });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${name}-v1.pdf"`);
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(response.headers.get('x-pdf-sha256'));
    const file = path.join(test.info().outputDir, `${name}-v1.pdf`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, pdf);
    const { stdout: info } = await run('pdfinfo', [file]);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThan(10);
    const { stdout: text } = await run('pdftotext', ['-f', '1', '-l', '1', file, '-']);
    expect(text).toContain(name);
    expect(text).toContain('Draft');
  });

  test('each error type arrives as the exception AWS clients know, with a message that says why', async () => {
    const admin = client(keys.admin!);
    const name = `sdk-errors-${RUN}`;
    await admin.send(new CreateModelCardCommand({ ModelCardName: name, Content: content('errors'), ModelCardStatus: 'PendingReview' }));

    const validation = await caught(admin.send(new CreateModelCardCommand({ ModelCardName: 'not--valid-', Content: '{}', ModelCardStatus: 'Draft' })));
    expect([validation.name, validation.$metadata.httpStatusCode]).toEqual(['ValidationException', 400]);
    expect(validation.message).toMatch(/^1 validation error detected: ModelCardName: /);
    const badContent = await caught(admin.send(new UpdateModelCardCommand({ ModelCardName: name, Content: '{"model_overview":{"colour":"red"}}' })));
    expect([badContent.name, badContent.message]).toEqual(['ValidationException', expect.stringMatching(/^Content: model_overview\.colour: unknown key/)]);
    // AWS's model caps Content at 100,000 characters, which it enforces as a ValidationException on the member.
    const tooLong = await caught(admin.send(new UpdateModelCardCommand({ ModelCardName: name, Content: content('x'.repeat(100_000)) })));
    expect([tooLong.name, tooLong.message]).toEqual(['ValidationException', '1 validation error detected: Content: at most 100000 characters']);

    const missing = await caught(admin.send(new DescribeModelCardCommand({ ModelCardName: `missing-${RUN}` })));
    expect(missing.name).toBe('ResourceNotFound');

    const conflict = await caught(admin.send(new CreateModelCardCommand({ ModelCardName: name, Content: content('again'), ModelCardStatus: 'Draft' })));
    expect([conflict.name, conflict.message]).toEqual(['ConflictException', expect.stringContaining(`A model card named ${name} already exists`)]);

    await admin.send(new AddTagsCommand({ ResourceArn: arnOf(name), Tags: Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: `${i}` })) }));
    const limit = await caught(admin.send(new AddTagsCommand({ ResourceArn: arnOf(name), Tags: [{ Key: 'one-too-many', Value: 'x' }] })));
    expect([limit.name, limit.message]).toEqual(['ResourceLimitExceeded', expect.stringContaining('a model card holds at most 50')]);

    const ownApproval = await caught(admin.send(new UpdateModelCardCommand({ ModelCardName: name, ModelCardStatus: 'Approved' })));
    expect([ownApproval.name, ownApproval.message]).toEqual(['AccessDeniedException', 'You authored this version, so you cannot approve it']);
    const auditorCreates = await caught(
      client(keys.auditor!).send(new CreateModelCardCommand({ ModelCardName: `auditor-${RUN}`, Content: '{}', ModelCardStatus: 'Draft' })),
    );
    expect([auditorCreates.name, auditorCreates.message]).toEqual(['AccessDeniedException', 'You need the author or admin role to create model cards.']);

    await client(keys.reviewer!).send(new UpdateModelCardCommand({ ModelCardName: name, ModelCardStatus: 'Approved' }));
    const forbiddenMove = await caught(admin.send(new UpdateModelCardCommand({ ModelCardName: name, ModelCardStatus: 'PendingReview' })));
    expect([forbiddenMove.name, forbiddenMove.message]).toEqual(['ConflictException', expect.stringContaining('is already approved')]);

    const unknown = client(keys.admin!);
    unknown.middlewareStack.add(
      (next) => async (args) => {
        (args.request as { headers: Record<string, string> }).headers['x-amz-target'] = 'SageMaker.CreateTrainingJob';
        return next(args);
      },
      { step: 'build' },
    );
    const unknownOperation = await caught(unknown.send(new ListModelCardsCommand({})));
    expect([unknownOperation.name, unknownOperation.message]).toEqual([
      'UnknownOperationException',
      expect.stringContaining("Unknown operation 'SageMaker.CreateTrainingJob'"),
    ]);
  });

  test('ListModelCards pages through 250 cards made through the API, 100 at a time, without gaps or repeats', async () => {
    test.setTimeout(300_000);
    const admin = client(keys.admin!, { maxAttempts: 3 });
    const prefix = `page-${RUN}`;
    const names = Array.from({ length: 250 }, (_, i) => `${prefix}-${String(i).padStart(3, '0')}`);
    for (let start = 0; start < names.length; start += 25) {
      await Promise.all(
        names
          .slice(start, start + 25)
          .map((name) => admin.send(new CreateModelCardCommand({ ModelCardName: name, Content: content(name), ModelCardStatus: 'Draft' }))),
      );
    }
    const pages: string[][] = [];
    let NextToken: string | undefined;
    do {
      const page: ListModelCardsCommandOutput = await admin.send(new ListModelCardsCommand({ NameContains: prefix, MaxResults: 100, NextToken }));
      pages.push(page.ModelCardSummaries!.map((summary) => summary.ModelCardName!));
      NextToken = page.NextToken;
    } while (NextToken);
    expect(pages.map((page) => page.length)).toEqual([100, 100, 50]);
    expect(new Set(pages.flat()).size).toBe(250);
    expect([...pages.flat()].sort()).toEqual(names);

    const byName: string[] = [];
    NextToken = undefined;
    do {
      const page: ListModelCardsCommandOutput = await admin.send(
        new ListModelCardsCommand({ NameContains: prefix, MaxResults: 100, SortBy: 'Name', SortOrder: 'Ascending', NextToken }),
      );
      byName.push(...page.ModelCardSummaries!.map((summary) => summary.ModelCardName!));
      NextToken = page.NextToken;
    } while (NextToken);
    expect(byName).toEqual(names);
  });

  test('a wrong secret and a stale signature are refused; /api/sagemaker answers with or without the trailing slash', async () => {
    const wrong = await caught(client({ accessKeyId: keys.admin!.accessKeyId, secretAccessKey: 'x'.repeat(40) }).send(new ListModelCardsCommand({})));
    expect([wrong.name, wrong.$metadata.httpStatusCode, wrong.message]).toEqual([
      'InvalidSignatureException',
      400,
      expect.stringContaining('signature we calculated does not match'),
    ]);

    const stale = await caught(client(keys.admin!, { systemClockOffset: -20 * 60_000 }).send(new ListModelCardsCommand({})));
    expect([stale.name, stale.message]).toEqual([
      'InvalidSignatureException',
      expect.stringMatching(/^Signature expired: .* 20 min \d+ s behind the server's clock/),
    ]);

    // Signed by hand, as a script without an SDK would: an old date is refused, today's is answered on either path.
    const signer = new SignatureV4({ service: 'sagemaker', region: REGION, credentials: keys.admin!, sha256: Sha256 });
    const url = new URL(FRESH_URL);
    const send = async (pathname: string, signingDate: Date) => {
      const signed = await signer.sign(
        {
          method: 'POST',
          protocol: url.protocol,
          hostname: url.hostname,
          port: Number(url.port),
          path: pathname,
          headers: { host: url.host, 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'SageMaker.ListModelCards' },
          body: '{"MaxResults":1}',
        },
        { signingDate },
      );
      return fetch(`${FRESH_URL}${pathname}`, { method: 'POST', headers: signed.headers, body: signed.body as string, redirect: 'manual' });
    };
    const old = await send('/api/sagemaker/', new Date(Date.now() - 60 * 60_000));
    expect(old.status).toBe(400);
    expect(await old.json()).toEqual({ __type: 'InvalidSignatureException', message: expect.stringMatching(/^Signature expired/) });
    for (const pathname of ['/api/sagemaker', '/api/sagemaker/']) {
      const response = await send(pathname, new Date());
      expect([pathname, response.status]).toEqual([pathname, 200]);
      expect(response.headers.get('content-type')).toBe('application/x-amz-json-1.1');
      expect(await response.json()).toHaveProperty('ModelCardSummaries');
    }
  });

  test('content goes in and comes out byte for byte, and a card made through the API is in the hub', async ({ page }) => {
    const admin = client(keys.admin!);
    const name = `sdk-bytes-${RUN}`;
    const Content =
      '{\n  "intended_uses" : { "risk_rating":"Medium" },\n\t"model_overview":{"model_description" : "Ünïcode ✓ \\u00e9 \\"quoted\\"",  "model_name":"bytes"}\n}';
    await admin.send(new CreateModelCardCommand({ ModelCardName: name, Content, ModelCardStatus: 'Draft' }));
    expect((await admin.send(new DescribeModelCardCommand({ ModelCardName: name }))).Content).toBe(Content);

    await signInAsAdmin(page);
    await page.goto(`/model-cards?name=${name}`);
    await expect(page.getByText(name).first()).toBeVisible();
  });

  test('curl --aws-sigv4 calls the REST API with an access key', async () => {
    const report = path.resolve('../shared/fixtures/sagemaker-reports/clarify_bias.json');
    const curl = (secret: string) =>
      run('curl', [
        '--silent',
        '--show-error',
        '--aws-sigv4',
        `aws:amz:${REGION}:sagemaker`,
        '--user',
        `${keys.admin!.accessKeyId}:${secret}`,
        '-H',
        'content-type: application/json',
        '--data-binary',
        `@${report}`,
        '--write-out',
        '\n%{http_code}',
        `${FRESH_URL}/api/v1/evaluation-reports/parse`,
      ]);
    const parsed = (stdout: string) => {
      const lines = stdout.trimEnd().split('\n');
      return { status: Number(lines.pop()), body: JSON.parse(lines.join('\n')) };
    };
    const ok = parsed((await curl(keys.admin!.secretAccessKey)).stdout);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ format: 'clarify-bias', warnings: [] });
    expect(ok.body.metric_groups.length).toBeGreaterThan(0);

    const refused = parsed((await curl('y'.repeat(40))).stdout);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('does not match') });
  });
});
