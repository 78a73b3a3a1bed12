// A reviewer opens the model dashboard: packages registered and cards written through the SageMaker API show with their approvals and flags, an
// approved card shows as overdue when the dashboard is asked "as of" a day past its re-review date (the test sets the time through the URL's
// asOf, which the page offers to everyone) and the reviewer re-reviews and re-approves it from the row, a new card version raises "card changed since approval", and the CSV downloads with those rows.
import fs from 'node:fs';
import { test, expect } from '@playwright/test';
import { CreateModelPackageCommand, CreateModelPackageGroupCommand, UpdateModelPackageCommand } from '@aws-sdk/client-sagemaker';
import { ADMIN, HUB_AUTHOR, HUB_REVIEWER, signIn } from './support/accounts';
import { createAccessKey, createCard, sageMaker, updateCard } from './support/card-api';
import type { AccessKey } from './support/card-api';
import { expectAccessible, screenshotBothWidths } from './support/wizard';
import { HUB_URL } from './support/servers';

test.use({ baseURL: HUB_URL });

const RUN = Date.now().toString(36);
const GROUP = `dash-${RUN}`;
const keys: { author?: AccessKey; reviewer?: AccessKey } = {};

function content(packageArn: string, description: string): string {
  return JSON.stringify({
    model_overview: { model_description: description, model_owner: 'Credit risk team', model_creator: 'Hana Author' },
    intended_uses: { purpose_of_model: 'Decide which customers get a retention offer', risk_rating: 'Low' },
    model_package_details: { model_package_arn: packageArn },
  });
}

/** Two and a bit years from today: past the Low-risk card's 24-month re-review date. */
function twentyFiveMonthsAhead(): string {
  const day = new Date();
  day.setUTCMonth(day.getUTCMonth() + 25);
  return day.toISOString().slice(0, 10);
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  keys.author = await createAccessKey(browser, HUB_AUTHOR, `dashboard author ${RUN}`);
  keys.reviewer = await createAccessKey(browser, HUB_REVIEWER, `dashboard reviewer ${RUN}`);
  const author = sageMaker(keys.author);
  await author.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: GROUP }));
  const arns: string[] = [];
  for (let index = 0; index < 2; index++) {
    const created = await author.send(
      new CreateModelPackageCommand({
        ModelPackageGroupName: GROUP,
        InferenceSpecification: {
          Containers: [{ Image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1', ModelDataUrl: `s3://models/${RUN}/${index}/model.tar.gz` }],
          SupportedContentTypes: ['text/csv'],
          SupportedResponseMIMETypes: ['text/csv'],
        },
      }),
    );
    arns.push(created.ModelPackageArn!);
  }
  // Version 1: card approved, package approved, then a new card version (the flag). Version 2: card approved and left alone (overdue later).
  for (const [index, arn] of arns.entries()) {
    const card = `${GROUP}-v${index + 1}-card`;
    await createCard(keys.author, card, content(arn, 'Churn model'));
    await updateCard(keys.author, card, { status: 'PendingReview' });
    await updateCard(keys.reviewer, card, { status: 'Approved' });
  }
  await sageMaker(keys.reviewer).send(new UpdateModelPackageCommand({ ModelPackageArn: arns[0], ModelApprovalStatus: 'Approved' }));
  await updateCard(keys.author, `${GROUP}-v1-card`, { content: content(arns[0]!, 'Churn model, retrained') });
});

test('a reviewer lands on the dashboard, sees the flags and the overdue review, starts the re-review, and downloads the CSV', async ({ page }) => {
  await signIn(page, HUB_REVIEWER.email, HUB_REVIEWER.password);
  await expect(page.getByRole('heading', { name: 'Model dashboard' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');

  // Today: version 1 is flagged, version 2 is not due yet.
  await page.getByLabel('Name', { exact: true }).fill(GROUP);
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(new RegExp(`q=${GROUP}`));
  const v1 = page.locator(`tr[data-row="${GROUP}/1"]`);
  const v2 = page.locator(`tr[data-row="${GROUP}/2"]`);
  await expect(v1).toContainText('Card changed since approval');
  await expect(v1).toContainText('Package approved, card not');
  await expect(v1).toContainText('Draft');
  await expect(v2).toContainText('Approved');
  await expect(v2).toContainText(HUB_REVIEWER.name);
  await expect(v2).not.toContainText('Review overdue');

  // As of 25 months from now the Low-risk card of version 2 is past its 24-month re-review.
  const asOf = twentyFiveMonthsAhead();
  await page.getByLabel('Overdue as of').fill(asOf);
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(new RegExp(`asOf=${asOf}`));
  await expect(v2).toContainText('Review overdue');
  await expect(page.locator('[data-count="review-overdue"]')).not.toContainText(/^0/);
  await expectAccessible(page, 'the dashboard');
  await screenshotBothWidths(page, 'dashboard');

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export CSV' }).click();
  const file = await (await download).path();
  const lines = fs
    .readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines[0]).toBe(
    'Name,Kind,Linked package or model,Package approval,Model card,Purpose,Owner,Developer,Validator,Risk rating,Card status,Approval date,Next review due,Flags',
  );
  expect(lines).toHaveLength(3);
  expect(lines[1]).toContain(`${GROUP}/1,model package version,`);
  expect(lines[1]).toContain(
    `,Approved,${GROUP}-v1-card,Decide which customers get a retention offer,Credit risk team,Hana Author,${HUB_REVIEWER.name},Low,Draft,`,
  );
  expect(lines[1]).toContain('Package approved, card not; Card changed since approval');
  expect(lines[2]).toContain(`${GROUP}/2,model package version,`);
  expect(lines[2]).toMatch(/,Low,Approved,\d{4}-\d\d-\d\dT[^,]+,\d{4}-\d\d-\d\d,Review overdue$/);

  // The re-review reopens the approved version (no new version), the reviewer approves it again, and its next review moves past the re-approval.
  const dashboardUrl = page.url();
  const dueBefore = await v2.locator('time').nth(1).getAttribute('datetime');
  await v2.getByRole('button', { name: `Start re-review of ${GROUP}-v2-card` }).click();
  await expect(page.getByRole('heading', { name: `Review ${GROUP}-v2-card` })).toBeVisible();
  await page.getByRole('button', { name: 'Approve version 1' }).click();
  const dialog = page.getByRole('dialog', { name: `Approve version 1 of ${GROUP}-v2-card?` });
  await dialog.getByLabel('Comment (optional)').fill('Re-reviewed: still fit for purpose');
  await dialog.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByText(`Version 1 of ${GROUP}-v2-card is approved.`)).toBeVisible();
  await page.goto(dashboardUrl);
  await expect(v2).toContainText('Approved');
  await expect.poll(async () => Date.parse((await v2.locator('time').nth(1).getAttribute('datetime')) ?? '')).toBeGreaterThan(Date.parse(dueBefore!));
});

test('the risk × status grid and the counts filter the rows', async ({ page }) => {
  await signIn(page, HUB_REVIEWER.email, HUB_REVIEWER.password);
  await expect(page.getByRole('heading', { name: 'Model dashboard' })).toBeVisible();
  await page
    .getByRole('link', { name: /Card changed since approval/ })
    .first()
    .click();
  await expect(page).toHaveURL(/flag=card-changed-since-approval/);
  await expect(page.locator(`tr[data-row="${GROUP}/1"]`)).toBeVisible();
  await expect(page.locator(`tr[data-row="${GROUP}/2"]`)).toHaveCount(0);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'the dashboard in dark mode');
});

test('an admin sets the review policy; the dashboard states the new periods', async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(page.getByRole('heading', { name: /^(Model cards|Model dashboard)$/ })).toBeVisible();
  await page.goto('/admin/review-policy');
  await expect(page.getByRole('heading', { name: 'Review policy' })).toBeVisible();
  await page.getByLabel('High risk').fill('3');
  await page.getByRole('button', { name: 'Save review policy' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expectAccessible(page, 'the review policy');
  await screenshotBothWidths(page, 'admin-review-policy');
  await page.goto('/dashboard');
  await expect(page.getByText('High 3, Medium 12, Low 24, Unknown 12 months')).toBeVisible();
  await page.goto('/admin/review-policy');
  await page.getByLabel('High risk').fill('6');
  await page.getByRole('button', { name: 'Save review policy' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
});
