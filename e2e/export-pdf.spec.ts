// An auditor exports a card version from the Exports page: the job is followed to its download, the file is the PDF whose SHA-256 the page shows, and the job is listed with the filters in the URL.
import { test, expect } from '@playwright/test';
import { createHash } from 'node:crypto';
import { HUB_AUDITOR, signIn } from './support/accounts';
import { HUB_URL } from './support/servers';
import { SENTINELS } from './support/seed-cards';
import { SHOTS } from './support/wizard';

test.use({ baseURL: HUB_URL });

const CARD = SENTINELS[1];

test('an auditor exports the latest version, downloads the PDF and finds the job in the list', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, HUB_AUDITOR.email, HUB_AUDITOR.password);
  await expect(page.getByRole('heading', { name: 'Model dashboard' })).toBeVisible();
  await page.goto('/exports');
  await page.getByLabel('Card name').fill(CARD);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(new RegExp(`/exports\\?card=${CARD}&status=$`));
  await expect(page.getByRole('heading', { name: `Export ${CARD}, version 2 (latest)` })).toBeVisible();

  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(page.getByText(/is ready\.$/)).toBeVisible({ timeout: 60_000 });
  const sha256 = (await page
    .locator('code')
    .filter({ hasText: /^[0-9a-f]{64}$/ })
    .textContent())!;
  const download = page.getByRole('link', { name: `Download PDF of ${CARD} version 2` });
  const response = await page.request.get((await download.getAttribute('href'))!);
  expect(response.headers()['content-type']).toBe('application/pdf');
  const pdf = await response.body();
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(createHash('sha256').update(pdf).digest('hex')).toBe(sha256);

  const view = await page.request.get(`/api/v1/model-cards/${CARD}/versions/1/pdf`);
  expect([view.status(), view.headers()['content-disposition']]).toEqual([200, `inline; filename="${CARD}-v1.pdf"`]);

  await page.reload();
  const row = page.locator('tr[data-export-job]').first();
  await expect(row).toContainText(CARD);
  await expect(row).toContainText('Completed');
  await expect(row.getByRole('link', { name: /^Download/ })).toBeVisible();

  await page.getByLabel('Status').selectOption('Failed');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('heading', { name: 'No export jobs match these filters' })).toBeVisible();
  await page.getByRole('link', { name: 'Clear filters' }).first().click();
  await expect(page).toHaveURL(/\/exports$/);

  if (!SHOTS) return;
  for (const [width, theme] of [
    [1280, 'light'],
    [800, 'dark'],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(`/exports?card=${CARD}`);
    await page.screenshot({ path: `${SHOTS}/exports-${width}-${theme}.png`, fullPage: true });
  }
});
