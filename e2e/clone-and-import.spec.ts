// A card can start from another card (clone, without its model link) or from a SageMaker content JSON file (checked, errors by JSON path).
import { test, expect } from '@playwright/test';
import { HUB_AUTHOR } from './support/accounts';
import { HUB_URL } from './support/servers';
import { expectAccessible, nameCard, openReview, screenshotBothWidths, signInAs, uniqueName } from './support/wizard';

test.use({ baseURL: HUB_URL });

test('an author clones a card: the wizard opens prefilled without the model link, and the new card is saved', async ({ page }) => {
  const name = uniqueName('wizard-clone');
  await signInAs(page, HUB_AUTHOR);
  await page.goto('/model-cards/new?clone=churn-regressor');
  await expect(page.getByRole('heading', { name: 'Clone churn-regressor' })).toBeVisible();
  await expect(page.getByText(/The model ID churn-regressor-xgb-2026 was left out: each model has one card/)).toBeVisible();
  await expect(page.getByLabel('Model ID', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('Description', { exact: true })).toHaveValue(/A regressor for churn/);
  await page.getByLabel('Card name', { exact: true }).fill('churn-regressor');
  await expect(page.getByText('A model card named churn-regressor already exists')).toBeVisible();
  await nameCard(page, name);
  await expectAccessible(page, 'the clone wizard');
  await screenshotBothWidths(page, 'clone-1-details');
  await openReview(page);
  await page.getByRole('button', { name: 'Save model card' }).click();
  await expect(page).toHaveURL(new RegExp(`/model-cards/${name}$`));
  await page.goto(`/model-cards/${name}/edit`);
  await expect(page.getByText('Starting from version 1.')).toBeVisible();
  await expect(page.getByLabel('Description', { exact: true })).toHaveValue(/A regressor for churn/);

  await page.goto('/model-cards/new?clone=no-such-card');
  await expect(page.getByRole('heading', { name: 'Nothing to clone' })).toBeVisible();
});

test('an author imports a content JSON file: errors name their JSON paths, a valid file opens the wizard prefilled', async ({ page }) => {
  const name = uniqueName('wizard-import');
  await signInAs(page, HUB_AUTHOR);
  await page.goto('/model-cards/import');
  await expect(page.getByRole('heading', { name: 'Import JSON' })).toBeVisible();
  const input = page.locator('input[type=file]');

  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"model_overview": {"model_version": "one"},\n "colour": 1'),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'broken.json' })).toContainText('not valid JSON');
  const invalid = { model_overview: { model_version: 'one', model_owner: 'x' }, intended_uses: { risk_rating: 'Severe' }, colour: 'red' };
  await input.setInputFiles({ name: 'invalid.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(invalid)) });
  const errors = page.getByRole('alert').filter({ hasText: 'invalid.json' });
  await expect(errors).toContainText('model_overview.model_version');
  await expect(errors).toContainText('intended_uses.risk_rating');
  await expect(errors).toContainText('unknown key "colour"');
  await expectAccessible(page, 'the import page with errors');
  await screenshotBothWidths(page, 'import-errors');

  const content = {
    model_overview: { model_description: 'Imported from SageMaker.', model_owner: 'platform', model_version: 4 },
    intended_uses: { risk_rating: 'Low', purpose_of_model: 'Route tickets.' },
    evaluation_details: [
      { name: 'offline', metadata: { region: 'eu-west-1' }, metric_groups: [{ name: 'quality', metric_data: [{ name: 'f1', type: 'number', value: 0.8 }] }] },
    ],
  };
  await input.setInputFiles({ name: 'ticket-router.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)) });
  await expect(page).toHaveURL(/\/model-cards\/new\?import=1$/);
  await expect(page.getByText('Started from ticket-router.json')).toBeVisible();
  await expect(page.getByLabel('Description', { exact: true })).toHaveValue('Imported from SageMaker.');
  await expect(page.getByLabel('Model version', { exact: true })).toHaveValue('4');
  await expectAccessible(page, 'the wizard opened by an import');
  await nameCard(page, name);
  await openReview(page);
  await expect(page.getByRole('region', { name: 'The card as it will read' })).toContainText('eu-west-1');
  await page.getByRole('button', { name: 'Save model card' }).click();
  await expect(page).toHaveURL(new RegExp(`/model-cards/${name}$`));
  await page.goto(`/model-cards/${name}/edit`);
  await expect(page.getByLabel('Description', { exact: true })).toHaveValue('Imported from SageMaker.');
});
