// Editing saves the next version from the one the author started on: an unchanged save creates nothing, and a save that lost a race shows what the other person changed without losing any typing.
import { test, expect } from '@playwright/test';
import { HUB_AUTHOR, HUB_OTHER_AUTHOR } from './support/accounts';
import { HUB_URL } from './support/servers';
import { DescribeModelCardCommand, ListModelCardVersionsCommand } from '@aws-sdk/client-sagemaker';
import { createAccessKey, sageMaker } from './support/card-api';
import { createQuickCard, expectAccessible, openReview, screenshotBothWidths, signInAs, uniqueName } from './support/wizard';

test.use({ baseURL: HUB_URL });

test('an author edits a card into version 2, and an unchanged save says so and creates nothing', async ({ page }) => {
  const name = uniqueName('wizard-edit');
  await signInAs(page, HUB_AUTHOR);
  await createQuickCard(page, name, 'First description.');

  await page.goto(`/model-cards/${name}/edit`);
  await expect(page.getByRole('heading', { name: `Edit ${name}` })).toBeVisible();
  await expect(page.getByText('Starting from version 1.')).toBeVisible();
  await expect(page.getByText(name, { exact: true })).toBeVisible();
  await expect(page.getByLabel('Card name', { exact: true })).toHaveCount(0);
  await expect(page.getByLabel('Description', { exact: true })).toHaveValue('First description.');
  await expectAccessible(page, 'the edit wizard');
  await screenshotBothWidths(page, 'edit-1-details');
  await page.getByLabel('Description', { exact: true }).fill('Second description.');
  await openReview(page);
  await page.getByRole('button', { name: 'Save as a new version' }).click();
  await expect(page).toHaveURL(new RegExp(`/model-cards/${name}$`));

  await page.goto(`/model-cards/${name}/edit`);
  await expect(page.getByText('Starting from version 2.')).toBeVisible();
  await expect(page.getByLabel('Description', { exact: true })).toHaveValue('Second description.');
  await openReview(page);
  await page.getByRole('button', { name: 'Save as a new version' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'No changes to save' })).toContainText('no new version was created');
  await page.goto(`/model-cards/${name}/edit`);
  await expect(page.getByText('Starting from version 2.')).toBeVisible();
});

test('a save that lost the race to another author shows their changes, reloads their version and keeps every edit', async ({ page, browser }) => {
  const name = uniqueName('wizard-race');
  await signInAs(page, HUB_AUTHOR);
  await createQuickCard(page, name, 'Shared description.');

  // Hana starts editing version 1.
  await page.goto(`/model-cards/${name}/edit`);
  await page.getByLabel('Description', { exact: true }).fill('Hana’s description.');

  // Omar, in another browser, saves version 2 meanwhile.
  const other = await browser.newContext({ baseURL: HUB_URL });
  const omar = await other.newPage();
  await signInAs(omar, HUB_OTHER_AUTHOR);
  await omar.goto(`/model-cards/${name}/edit`);
  await omar.getByRole('textbox', { name: 'Owner', exact: true }).fill('Omar’s team');
  await openReview(omar);
  await omar.getByRole('button', { name: 'Save as a new version' }).click();
  await expect(omar).toHaveURL(new RegExp(`/model-cards/${name}$`));
  await other.close();

  // Hana's save is refused: she sees who saved what, and her own edits.
  await openReview(page);
  await page.getByRole('button', { name: 'Save as a new version' }).click();
  const conflict = page.getByRole('region', { name: /Version 2 was saved by Omar Owner at .* while you were editing/ });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('Omar’s team');
  await expect(conflict).toContainText('Hana’s description.');
  await expectAccessible(page, 'the conflict screen');
  await screenshotBothWidths(page, 'edit-conflict');

  // Reloading their version keeps hers aside; putting hers back applies it on top of version 2.
  await conflict.getByRole('button', { name: 'Reload their version' }).click();
  await expect(page.getByRole('region', { name: 'The card as it will read' })).toContainText('Omar’s team');
  await expect(page.getByRole('region', { name: 'The card as it will read' })).toContainText('Shared description.');
  await page.getByRole('button', { name: 'Put my edits back on version 2' }).click();
  await expect(page.getByRole('region', { name: 'The card as it will read' })).toContainText('Hana’s description.');
  await page.getByRole('button', { name: 'Save as a new version' }).click();
  await expect(page).toHaveURL(new RegExp(`/model-cards/${name}$`));
  await page.goto(`/model-cards/${name}/edit`);
  await expect(page.getByText('Starting from version 3.')).toBeVisible();
  await expect(page.getByLabel('Description', { exact: true })).toHaveValue('Hana’s description.');
});

test('a restored edit draft still knows the version it started from', async ({ page, browser }) => {
  const name = uniqueName('wizard-stale');
  await signInAs(page, HUB_AUTHOR);
  await createQuickCard(page, name, 'Before.');
  await page.goto(`/model-cards/${name}/edit`);
  await page.getByLabel('Description', { exact: true }).fill('Typed before a crash.');
  await page.waitForTimeout(400); // the draft is written 300 ms after the last keystroke

  const other = await browser.newContext({ baseURL: HUB_URL });
  const omar = await other.newPage();
  await signInAs(omar, HUB_OTHER_AUTHOR);
  await omar.goto(`/model-cards/${name}/edit`);
  await omar.getByRole('textbox', { name: 'Owner', exact: true }).fill('Someone else');
  await openReview(omar);
  await omar.getByRole('button', { name: 'Save as a new version' }).click();
  await expect(omar).toHaveURL(new RegExp(`/model-cards/${name}$`));
  await other.close();

  await page.reload();
  await expect(page.getByText(/Draft restored.*It started from version 1; version 2 has been saved since/)).toBeVisible();
  await expect(page.getByLabel('Description', { exact: true })).toHaveValue('Typed before a crash.');
  await openReview(page);
  await page.getByRole('button', { name: 'Save as a new version' }).click();
  await expect(page.getByRole('region', { name: /Version 2 was saved by Omar Owner/ })).toBeVisible();
});

test('an archived card cannot be edited', async ({ page }) => {
  await signInAs(page, HUB_AUTHOR);
  await page.goto('/model-cards/fraud-regressor/edit');
  await expect(page.getByRole('heading', { name: 'fraud-regressor is archived' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Clone it' })).toHaveAttribute('href', '/model-cards/new?clone=fraud-regressor');
});

test('a version saved in the console is what the SageMaker API describes next', async ({ page, browser }) => {
  const name = uniqueName('wizard-api');
  await signInAs(page, HUB_AUTHOR);
  await createQuickCard(page, name, 'Written in the console.');
  await page.goto(`/model-cards/${name}/edit`);
  await page.getByLabel('Description', { exact: true }).fill('Revised in the console.');
  await openReview(page);
  await page.getByRole('button', { name: 'Save as a new version' }).click();
  await expect(page).toHaveURL(new RegExp(`/model-cards/${name}$`));

  const client = sageMaker(await createAccessKey(browser, HUB_AUTHOR, `console edit ${name}`));
  const described = await client.send(new DescribeModelCardCommand({ ModelCardName: name }));
  expect(described.ModelCardVersion).toBe(2);
  expect(JSON.parse(described.Content!).model_overview.model_description).toBe('Revised in the console.');
  const first = await client.send(new DescribeModelCardCommand({ ModelCardName: name, ModelCardVersion: 1 }));
  expect(JSON.parse(first.Content!).model_overview.model_description).toBe('Written in the console.');
  const versions = await client.send(new ListModelCardVersionsCommand({ ModelCardName: name, SortBy: 'Version', SortOrder: 'Ascending' }));
  expect(versions.ModelCardVersionSummaryList?.map((version) => version.ModelCardVersion)).toEqual([1, 2]);
});
