// Shared steps of the wizard specs: signing in, moving through the steps, the accessibility check and the screenshots each step gets.
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import { signIn } from './accounts';

// The shared report fixtures sit beside the checkout (../shared from the main checkout, ../../shared from a worktree under wt/).
export const REPORTS = path.resolve('../shared/fixtures/sagemaker-reports');
/**
 * Screenshots for a person to look at, taken only when E2E_SHOTS names a directory (`E2E_SHOTS=test-results/screenshots npx playwright
 * test …`): nothing asserts on them, and the 90 full-page pictures cost CI about a minute.
 */
export const SHOTS = process.env.E2E_SHOTS ? path.resolve(process.env.E2E_SHOTS) : null;

export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

export async function signInAs(page: Page, person: { email: string; password: string }) {
  await signIn(page, person.email, person.password);
  // Reviewers and auditors land on the dashboard, authors and admins on the hub.
  await expect(page.getByRole('heading', { name: /^(Model cards|Model dashboard)$/ })).toBeVisible();
}

export function stepHeading(page: Page, title: string) {
  return page.getByRole('heading', { level: 2, name: title, exact: true });
}

export async function next(page: Page, title: string) {
  await page.getByRole('button', { name: /^Next/ }).click();
  await expect(stepHeading(page, title)).toBeVisible();
}

export async function openReview(page: Page) {
  await page
    .getByRole('navigation', { name: 'Wizard steps' })
    .getByRole('button', { name: /Review and save/ })
    .click();
  await expect(stepHeading(page, 'Review and save')).toBeVisible();
}

/** Fails on serious or critical axe-core violations, naming each rule and where it fired. */
export async function expectAccessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} — ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
  expect(serious, `accessibility of ${what}`).toEqual([]);
}

/** Full-page screenshots at 1280 and 800 px wide (and 1280 dark) into E2E_SHOTS, when it is set. */
export async function screenshotBothWidths(page: Page, name: string) {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  // From the top, so the sticky header sits at the top of the full-page picture instead of across the middle.
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const width of [1280, 800]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true, animations: 'disabled' });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${SHOTS}/${name}-1280-dark.png`, fullPage: true, animations: 'disabled' });
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Names a new card (step 1) and waits for the server to say the name is free. */
export async function nameCard(page: Page, name: string) {
  await page.getByLabel('Card name', { exact: true }).fill(name);
  await expect(page.getByRole('status').filter({ hasText: 'Available' })).toBeVisible();
}

/** The shortest way to a saved card: a name and a description, straight to the review, saved. */
export async function createQuickCard(page: Page, name: string, description: string) {
  await page.goto('/model-cards/new');
  await nameCard(page, name);
  await page.getByLabel('Description', { exact: true }).fill(description);
  await openReview(page);
  await page.getByRole('button', { name: 'Save model card' }).click();
  await expect(page).toHaveURL(new RegExp(`/model-cards/${name}$`));
}
