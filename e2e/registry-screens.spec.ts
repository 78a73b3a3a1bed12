// Authors and reviewers work the model registry in the console: packages registered through the API appear under Models; the author creates a package's card from its page, prefilled and attributed; a reviewer approves the card, then the package (refused before, with the reason shown); a new card version flags the package.
import { test, expect } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { CreateModelCommand, CreateModelPackageCommand, CreateModelPackageGroupCommand, DescribeModelCardCommand } from '@aws-sdk/client-sagemaker';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { HUB_AUTHOR, HUB_REVIEWER } from './support/accounts';
import { createAccessKey, sageMaker, updateCard } from './support/card-api';
import type { AccessKey } from './support/card-api';
import { HUB_URL } from './support/servers';
import { expectAccessible, nameCard, openReview, screenshotBothWidths, signInAs } from './support/wizard';

test.use({ baseURL: HUB_URL });

const RUN = Date.now().toString(36);
const GROUP = `screens-${RUN}`;
const MODEL = `screens-model-${RUN}`;
const CARD = `screens-card-${RUN}`;
const JOB = `screens-job-${RUN}`;
const ARTIFACT = `s3://models/${RUN}/churn/model.tar.gz`;
const keys: { author?: AccessKey; reviewer?: AccessKey } = {};

async function registerPackage(key: AccessKey) {
  return sageMaker(key).send(
    new CreateModelPackageCommand({
      ModelPackageGroupName: GROUP,
      ModelPackageDescription: 'Gradient-boosted churn model',
      InferenceSpecification: {
        Containers: [{ Image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1', ModelDataUrl: ARTIFACT }],
        SupportedContentTypes: ['text/csv'],
        SupportedResponseMIMETypes: ['text/csv'],
      },
      ModelMetrics: { ModelQuality: { Statistics: { ContentType: 'application/json', S3Uri: 's3://metrics/statistics.json' } } },
      ModelApprovalStatus: 'PendingManualApproval',
      ModelLifeCycle: { Stage: 'Development', StageStatus: 'InProgress' },
    }),
  );
}

/** A pipeline records the training job that made the artifact (a signed POST of DescribeTrainingJob's JSON). */
async function recordTrainingJob(key: AccessKey) {
  const url = new URL(HUB_URL);
  const body = JSON.stringify({
    TrainingJobName: JOB,
    TrainingJobStatus: 'Completed',
    ModelArtifacts: { S3ModelArtifacts: ARTIFACT },
    HyperParameters: { max_depth: '5' },
    AlgorithmSpecification: { TrainingImage: '683313688378.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-xgboost:1.7-1', TrainingInputMode: 'File' },
    CreationTime: '2026-11-30T10:15:02.123000+00:00',
  });
  const signer = new SignatureV4({ service: 'sagemaker', region: 'us-east-1', credentials: key, sha256: Sha256 });
  const signed = await signer.sign({
    method: 'POST',
    protocol: url.protocol,
    hostname: url.hostname,
    port: Number(url.port),
    path: '/api/v1/training-jobs',
    headers: { host: url.host, 'content-type': 'application/json' },
    body,
  });
  const response = await fetch(`${HUB_URL}/api/v1/training-jobs`, { method: 'POST', headers: signed.headers, body });
  expect(response.status).toBe(201);
}

async function pageAs(browser: Browser, person: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ baseURL: HUB_URL });
  const page = await context.newPage();
  await signInAs(page, person);
  return page;
}

test.describe.serial('the model registry in the console', () => {
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    keys.author = await createAccessKey(browser, HUB_AUTHOR, `screens author ${RUN}`);
    keys.reviewer = await createAccessKey(browser, HUB_REVIEWER, `screens reviewer ${RUN}`);
    const author = sageMaker(keys.author);
    await author.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: GROUP, ModelPackageGroupDescription: 'Churn models for the retail bank' }));
    await registerPackage(keys.author);
    await recordTrainingJob(keys.author);
    await author.send(
      new CreateModelCommand({
        ModelName: MODEL,
        PrimaryContainer: { Image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1', ModelDataUrl: `s3://models/${RUN}/other/model.tar.gz` },
      }),
    );
  });

  test('packages registered through the API appear under Models, and the author creates the card from the package page, prefilled and attributed', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const page = await pageAs(browser, HUB_AUTHOR);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Models' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Models' })).toBeVisible();
    await page.getByLabel('Search groups by name').fill(GROUP);
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(new RegExp(`q=${GROUP}`));
    const row = page.locator(`tr[data-group="${GROUP}"]`);
    await expect(row).toContainText('Pending approval');
    await expect(row).toContainText('No card');
    await expect(row.getByRole('cell').nth(1)).toHaveText('1');
    await expectAccessible(page, 'the package groups');
    await screenshotBothWidths(page, 'registry-groups');
    // Filters on the latest version go into the URL beside the name search.
    await page.getByLabel('Its card’s status').selectOption('none');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/cardStatus=none/);
    await expect(row).toContainText('No card');
    await page.getByLabel('Latest version’s approval').selectOption('Approved');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(new RegExp(`q=${GROUP}.*approval=Approved|approval=Approved.*q=${GROUP}`));
    await expect(page.getByText(`No package group matches “${GROUP}”.`)).toBeVisible();
    await page.goto(`/registry?q=${GROUP}`);

    await row.getByRole('link', { name: GROUP }).click();
    await expect(page.getByRole('heading', { level: 1, name: GROUP })).toBeVisible();
    const version = page.locator('tr[data-version="1"]');
    await expect(version).toContainText('Hana Author');
    await expect(version).toContainText('Development');
    await expect(version).toContainText('No card');
    await expectAccessible(page, 'the group page');
    await screenshotBothWidths(page, 'registry-group');

    await version.getByRole('link', { name: 'Version 1', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${GROUP} · version 1` })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Inference containers' })).toContainText('churn:1');
    await expect(page.getByRole('region', { name: 'Metric sources' })).toContainText('s3://metrics/statistics.json');
    await expect(page.getByRole('button', { name: 'Approve package' })).toHaveCount(0);
    await expectAccessible(page, 'the package page without a card');
    await screenshotBothWidths(page, 'registry-package-no-card');

    await page.getByRole('link', { name: 'Create model card' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Create model card for ${GROUP} version 1` })).toBeVisible();
    const prefilled = page.getByRole('list', { name: 'Prefilled sections' });
    await expect(prefilled).toContainText(`Model package details: from model package ${GROUP} version 1`);
    await expect(prefilled).toContainText(`Training details: from training job ${JOB}`);
    await expectAccessible(page, 'the prefilled wizard');
    await screenshotBothWidths(page, 'registry-wizard-prefilled');
    await nameCard(page, CARD);
    await page.getByLabel('Business problem').fill('Customers leave without warning');
    await openReview(page);
    await page.getByRole('button', { name: 'Save model card' }).click();
    await expect(page).toHaveURL(new RegExp(`/model-cards/${CARD}$`));
    const subject = page.getByRole('region', { name: 'What this card documents' });
    await expect(subject.getByRole('link', { name: `model package ${GROUP} version 1` })).toBeVisible();
    await expect(subject).toContainText('Pending approval');
    await screenshotBothWidths(page, 'registry-card-subject');
    await page.context().close();
  });

  test('a reviewer approves the card, then the package; before, Approve says why it is refused', async ({ browser }) => {
    test.setTimeout(120_000);
    await updateCard(keys.author!, CARD, { status: 'PendingReview' });
    const page = await pageAs(browser, HUB_REVIEWER);
    await page.goto(`/registry/${GROUP}/1`);
    const approve = page.getByRole('button', { name: 'Approve package' });
    await expect(approve).toBeDisabled();
    await expect(page.getByText('Approve is not available:')).toBeVisible();
    await expect(page.locator('#approve-blocked')).toContainText(`Its model card ${CARD} is pending review (version 1)`);
    await expect(page.getByRole('region', { name: 'Model card', exact: true })).toContainText('Customers leave without warning');
    await expectAccessible(page, 'the package page for a reviewer');
    await screenshotBothWidths(page, 'registry-package-blocked');

    // The reviewer follows the package's card to its page and approves the card there, in the browser.
    await page.getByRole('region', { name: 'Model card', exact: true }).getByRole('link', { name: CARD, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/model-cards/${CARD}$`));
    await page.getByRole('group', { name: 'Card actions' }).getByRole('button', { name: 'Approve', exact: true }).click();
    const cardDialog = page.getByRole('dialog', { name: `Approve version 1 of ${CARD}?` });
    await cardDialog.getByLabel('Comment (optional)').fill('Documentation complete');
    await cardDialog.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect(page.getByText(`Version 1 of ${CARD} is approved.`)).toBeVisible();

    await page.goto(`/registry/${GROUP}/1`);
    await expect(approve).toBeEnabled();
    await approve.click();
    const dialog = page.getByRole('dialog', { name: `Approve ${GROUP} version 1?` });
    await dialog.getByLabel('Reason (optional)').fill('Validated against the Q3 holdout');
    await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: `${GROUP} version 1 is approved.` })).toBeVisible();
    const history = page.getByRole('table', { name: 'Approval history' });
    await expect(history).toContainText('Rosa Reviewer');
    await expect(history).toContainText(`${CARD} version 1`);
    await expect(history).toContainText('Validated against the Q3 holdout');
    await expect(approve).toBeDisabled();
    await screenshotBothWidths(page, 'registry-package-approved');
    await page.context().close();
  });

  test('a new card version raises "card changed since approval" on the package; the next version carries the card over', async ({ browser }) => {
    test.setTimeout(120_000);
    const described = await sageMaker(keys.author!).send(new DescribeModelCardCommand({ ModelCardName: CARD }));
    const content = JSON.parse(described.Content!) as { business_details?: Record<string, unknown> };
    content.business_details = { ...content.business_details, business_problem: 'Customers leave without warning, mostly in the first year' };
    await updateCard(keys.author!, CARD, { content: JSON.stringify(content) });

    const page = await pageAs(browser, HUB_AUTHOR);
    await page.goto(`/registry/${GROUP}/1`);
    await expect(page.getByText('Card changed since approval').first()).toBeVisible();
    await page.goto(`/registry/${GROUP}`);
    await expect(page.locator('tr[data-version="1"]')).toContainText('Card changed since approval');

    await registerPackage(keys.author!);
    await page.goto(`/registry/${GROUP}`);
    await page
      .locator('tr[data-version="2"]')
      .getByRole('link', { name: /Create model card/ })
      .click();
    await expect(page.getByRole('list', { name: 'Prefilled sections' })).toContainText(`Business details: carried over from ${CARD} version 2`);

    await page.goto('/registry/models');
    await expect(page.locator(`tr[data-model="${MODEL}"]`)).toContainText('No card');
    await expectAccessible(page, 'the models list');
    await screenshotBothWidths(page, 'registry-models');
    await page.goto('/registry/training-jobs');
    const job = page.locator(`tr[data-training-job="${JOB}"]`);
    await expect(job.getByRole('link', { name: `${GROUP} version 2`, exact: true })).toBeVisible();
    await expect(job).toContainText('No card');
    await expectAccessible(page, 'the training jobs list');
    await screenshotBothWidths(page, 'registry-training-jobs');

    await page.goto('/model-cards/new');
    await page.getByLabel('Find a registered model or package version').fill(MODEL);
    await page.getByRole('option', { name: `Model ${MODEL}` }).click();
    await expect(page.getByRole('status').filter({ hasText: `Filled from Model ${MODEL}` })).toContainText(`Model overview: from model ${MODEL}`);
    await expect(page.getByLabel('Model ID')).toHaveValue(new RegExp(`model/${MODEL}$`));
    await page.context().close();
  });
});
