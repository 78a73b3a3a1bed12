// An author writes a card through the four steps (with a report upload and a reload half-way), reviews it and saves version 1; a reviewer gets no wizard.
import { test, expect } from '@playwright/test';
import path from 'node:path';
import { HUB_AUTHOR, HUB_AUDITOR, HUB_REVIEWER } from './support/accounts';
import { HUB_URL } from './support/servers';
import { REPORTS, expectAccessible, nameCard, next, openReview, screenshotBothWidths, signInAs, stepHeading, uniqueName } from './support/wizard';

test.use({ baseURL: HUB_URL });

test('an author creates a card through all four steps, uploads a report, reloads half-way and loses nothing', async ({ page }) => {
  test.setTimeout(180_000);
  const name = uniqueName('wizard-churn');
  await signInAs(page, HUB_AUTHOR);
  await page.goto('/model-cards/new');

  // Step 1. A taken name is refused as it is typed, by the server's rule.
  await expect(stepHeading(page, 'Model details and intended uses')).toBeVisible();
  await page.getByLabel('Card name', { exact: true }).fill('sentinel-alpha');
  await expect(page.getByText('A model card named sentinel-alpha already exists')).toBeVisible();
  await page.getByLabel('Card name', { exact: true }).fill('bad_name');
  await expect(page.getByText(/"bad_name" is not a valid model card name/)).toBeVisible();
  await nameCard(page, name);
  await page.getByLabel('Description', { exact: true }).fill('Predicts which subscribers cancel within 90 days.');
  await page.getByLabel('Owner', { exact: true }).fill('Retention analytics');
  await page.getByLabel('Problem type', { exact: true }).fill('Binary Classification');
  await page.getByRole('button', { name: 'Add artifact' }).click();
  await page.getByLabel('Model artifacts, artifact 1', { exact: true }).fill('s3://models/churn/model.tar.gz');
  await page.getByLabel('Risk rating', { exact: true }).selectOption('Medium');
  const purpose = page.getByLabel('Purpose of the model', { exact: true });
  await purpose.fill('p'.repeat(1700));
  await expect(page.getByText('348 characters left')).toBeVisible();
  await purpose.fill('Rank subscribers for retention offers.');
  await expectAccessible(page, 'step 1');
  await screenshotBothWidths(page, 'create-1-details');

  // Step 2, then a reload: the draft comes back with its step and every value.
  await next(page, 'Training details');
  await page.getByLabel('Direction', { exact: true }).selectOption('Minimize');
  await page.getByLabel('Facet', { exact: true }).fill('Loss');
  await page.getByRole('button', { name: 'Add metric' }).click();
  await page.getByLabel('Name, metric 1', { exact: true }).fill('train:auc');
  await page.getByLabel('Value, metric 1', { exact: true }).fill('0.91');
  await page.getByRole('button', { name: 'Add metric' }).click();
  await page.getByLabel('Name, metric 2', { exact: true }).fill('train:logloss');
  await page.getByLabel('Value, metric 2', { exact: true }).fill('not a number');
  await page.getByRole('button', { name: /^Next/ }).click();
  await expect(page.getByText('must be a number')).toBeVisible();
  await expect(stepHeading(page, 'Training details')).toBeVisible();
  await page.getByLabel('Value, metric 2', { exact: true }).fill('0.27');
  await page.getByRole('button', { name: 'Move up metric 2' }).click();
  await expect(page.getByLabel('Name, metric 1', { exact: true })).toHaveValue('train:logloss');
  await page.getByRole('button', { name: 'Add hyper-parameter' }).click();
  await page.getByLabel('Name, hyper-parameter 1', { exact: true }).fill('max_depth');
  await page.getByLabel('Value, hyper-parameter 1', { exact: true }).fill('6');
  await expectAccessible(page, 'step 2');
  await screenshotBothWidths(page, 'create-2-training');

  await page.waitForTimeout(400); // the draft is written 300 ms after the last keystroke; a reload sooner would test the debounce, not the restore
  await page.reload();
  await expect(page.getByText(/Draft restored/)).toBeVisible();
  await expect(stepHeading(page, 'Training details')).toBeVisible();
  await expect(page.getByLabel('Name, metric 1', { exact: true })).toHaveValue('train:logloss');
  await expect(page.getByLabel('Value, hyper-parameter 1', { exact: true })).toHaveValue('6');
  await page.getByRole('button', { name: /Back/ }).click();
  await expect(page.getByLabel('Description', { exact: true })).toHaveValue('Predicts which subscribers cancel within 90 days.');
  await expect(page.getByLabel('Card name', { exact: true })).toHaveValue(name);
  await next(page, 'Training details');

  // Step 3: a bad file says why and changes nothing; a Clarify report and a Model Monitor report are previewed, then added.
  await next(page, 'Evaluation details');
  await expect(page.getByText('No evaluation jobs yet')).toBeVisible();
  await page.getByRole('button', { name: 'Add evaluation job' }).click();
  await page.getByLabel('Job name', { exact: true }).fill('holdout-2026-05');
  const reportInput = page.locator('input[type=file]');
  await reportInput.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
  await expect(page.getByRole('alert').filter({ hasText: 'notes.json could not be read' })).toContainText('not a report Cardinal can read');
  await reportInput.setInputFiles(path.join(REPORTS, 'clarify_bias.json'));
  const preview = page.getByRole('region', { name: 'Preview of clarify_bias.json' });
  await expect(preview).toContainText('read as a Clarify bias report: 3 metric groups');
  await expect(preview.getByRole('rowheader', { name: 'CDDL' })).toBeVisible();
  await preview.getByRole('button', { name: 'Add to this job' }).click();
  await expect(page.getByLabel('Metric group 1 name', { exact: true })).toHaveValue(/post_training_bias_metrics/);
  await reportInput.setInputFiles(path.join(REPORTS, 'model_monitor_model_quality_binary_classification.json'));
  const monitor = page.getByRole('region', { name: /Preview of model_monitor/ });
  await expect(monitor).toContainText('Model Monitor model quality report');
  await expect(monitor.getByRole('figure').first()).toBeVisible();
  await expectAccessible(page, 'step 3 with a report preview');
  await screenshotBothWidths(page, 'create-3-report-preview');
  await monitor.getByRole('button', { name: 'Add to this job' }).click();
  await expect(page.getByLabel('Metric group 4 name', { exact: true })).toHaveValue('binary_classification_metrics');
  await expectAccessible(page, 'step 3');
  await screenshotBothWidths(page, 'create-3-evaluation');

  // Step 4.
  await next(page, 'Additional details');
  await page.getByLabel('Ethical considerations', { exact: true }).fill('Offers never depend on protected attributes.');
  await page.getByRole('button', { name: 'Add detail' }).click();
  await page.getByLabel('Key, detail 1', { exact: true }).fill('Ticket');
  await page.getByLabel('Value, detail 1', { exact: true }).fill('GOV-42');
  await expectAccessible(page, 'step 4');
  await screenshotBothWidths(page, 'create-4-additional');

  // Review: the card as it will read, what is still empty (linked to its field), then save.
  await next(page, 'Review and save');
  const empty = page.getByRole('region', { name: 'Still empty' });
  await expect(empty).toContainText('Caveats and recommendations');
  const document = page.getByRole('region', { name: 'The card as it will read' });
  await expect(document).toContainText('Predicts which subscribers cancel within 90 days.');
  await expect(document).toContainText('GOV-42');
  await expect(document.getByRole('rowheader', { name: 'CDDL' }).first()).toBeVisible();
  await expectAccessible(page, 'the review');
  await screenshotBothWidths(page, 'create-5-review');
  await empty.getByRole('button', { name: /Caveats and recommendations/ }).click();
  await expect(page.getByLabel('Caveats and recommendations', { exact: true })).toBeFocused();
  await page.getByLabel('Caveats and recommendations', { exact: true }).fill('Retrain every quarter.');
  await openReview(page);
  await page.getByRole('button', { name: 'Save model card' }).click();
  await expect(page).toHaveURL(new RegExp(`/model-cards/${name}$`));

  // Version 1 holds everything typed, in order; the draft is gone.
  await page.goto(`/model-cards/${name}/edit`);
  await expect(page.getByText('Starting from version 1.')).toBeVisible();
  await expect(page.getByText(/Draft restored/)).toHaveCount(0);
  await expect(page.getByLabel('Model artifacts, artifact 1', { exact: true })).toHaveValue('s3://models/churn/model.tar.gz');
  await openReview(page);
  await expect(page.getByRole('region', { name: 'The card as it will read' })).toContainText('Retrain every quarter.');
  await page.goto('/model-cards/new');
  await expect(page.getByLabel('Card name', { exact: true })).toHaveValue('');
  await expect(page.getByText(/Draft restored/)).toHaveCount(0);
});

test('reviewers and auditors cannot open the wizard, the import or an edit', async ({ page }) => {
  for (const person of [HUB_REVIEWER, HUB_AUDITOR]) {
    await signInAs(page, person);
    await page.goto('/model-cards/new');
    await expect(page.getByRole('heading', { name: 'Creating model cards is not available to you' })).toBeVisible();
    await expect(page.getByLabel('Card name', { exact: true })).toHaveCount(0);
    await page.goto('/model-cards/import');
    await expect(page.getByRole('heading', { name: 'Importing model cards is not available to you' })).toBeVisible();
    await page.goto('/model-cards/sentinel-alpha/edit');
    await expect(page.getByRole('heading', { name: 'Editing model cards is not available to you' })).toBeVisible();
    await page.context().clearCookies();
  }
});
