// Reading a card's past: every version with its status history, any old version read-only, diffs between any two; archived cards take no edit, auditors change nothing, and a deleted card is gone with a notice.
import fs from 'node:fs';
import { test, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { HUB_AUDITOR, HUB_AUTHOR, signIn } from './support/accounts';
import { HUB_URL } from './support/servers';
import { createAccessKey, createCard, richContent, setMetric, updateCard } from './support/card-api';
import type { AccessKey } from './support/card-api';

test.use({ baseURL: HUB_URL });

const RUN = Date.now().toString(36);
const CARD = `history-${RUN}`;
const SINGLE = `single-${RUN}`;
const keys: { author?: AccessKey } = {};

async function signInAs(page: Page, person: { email: string; password: string }) {
  await signIn(page, person.email, person.password);
  // Reviewers and auditors land on the dashboard, authors on the hub.
  await expect(page.getByRole('heading', { name: /^(Model cards|Model dashboard)$/ })).toBeVisible();
}

function toolbar(page: Page) {
  return page.getByRole('group', { name: 'Card actions' });
}

test.describe.serial('card history', () => {
  test.beforeAll(async ({ browser }) => {
    keys.author = await createAccessKey(browser, HUB_AUTHOR, `history e2e ${RUN}`);
    await createCard(keys.author, CARD, richContent('Low'));
    await updateCard(keys.author, CARD, { content: richContent('Low', (content) => setMetric(content, 'accuracy', 0.92)) });
    await updateCard(keys.author, CARD, {
      content: richContent('Medium', (content) => {
        setMetric(content, 'accuracy', 0.94);
        content.evaluation_details[0].metric_groups[0].metric_data.pop();
      }),
    });
    await createCard(keys.author, SINGLE, richContent('Low'));
  });

  test('the history lists every version with author, status and hash, and an old version opens read-only', async ({ page }) => {
    await signInAs(page, HUB_AUTHOR);
    await page.goto(`/model-cards/${CARD}`);
    await page.locator('summary', { hasText: 'Version 3' }).click();
    await page.getByRole('link', { name: 'All versions and reviews →' }).click();
    await expect(page.getByRole('heading', { name: 'Version history' })).toBeVisible();
    const versions = page.locator('li[data-version]');
    await expect(versions).toHaveCount(3);
    await expect(versions.first()).toContainText('Version 3');
    await expect(versions.first()).toContainText(`Saved by ${HUB_AUTHOR.name}`);
    await expect(versions.first().locator('code[data-content-hash]')).toHaveText(/^[0-9a-f]{12}$/);
    await expect(versions.nth(2)).toContainText(`${HUB_AUTHOR.name} created the card (version 1, Draft)`);

    await versions.nth(2).getByRole('link', { name: 'Version 1' }).click();
    await expect(page).toHaveURL(new RegExp(`/model-cards/${CARD}/versions/1$`));
    await expect(page.getByText('You are viewing version 1 — not the latest (latest is 3). It is read-only.')).toBeVisible();
    await expect(page.locator('#section-intended_uses')).toContainText('Low');
    await expect(toolbar(page)).toHaveCount(0);

    await page.getByRole('link', { name: 'Compare with latest' }).click();
    await expect(page).toHaveURL(new RegExp(`/model-cards/${CARD}/diff\\?from=1&to=3$`));
    await expect(page.getByText('3 fields changed in 2 sections')).toBeVisible();
    await expect(page.getByText('+0.03')).toBeVisible();
  });

  test('any two versions can be compared, latest against previous by default', async ({ page }) => {
    await signInAs(page, HUB_AUTHOR);
    await page.goto(`/model-cards/${CARD}/diff`);
    await expect(page.getByLabel('From (older)')).toHaveValue('2');
    await expect(page.getByLabel('To (newer)')).toHaveValue('3');
    await expect(page.getByText('3 fields changed in 2 sections')).toBeVisible();
    await page.getByLabel('From (older)').selectOption('1');
    await page.getByLabel('To (newer)').selectOption('2');
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page).toHaveURL(new RegExp(`from=1&to=2$`));
    await expect(page.getByText('1 field changed in 1 section')).toBeVisible();

    await page.goto(`/model-cards/${SINGLE}/diff`);
    await expect(page.getByText('Nothing to compare yet')).toBeVisible();
  });

  test('an auditor reads everything and is offered nothing that changes a card', async ({ page }) => {
    await signInAs(page, HUB_AUDITOR);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews', exact: true })).toBeVisible();
    await page.goto(`/model-cards/${CARD}`);
    await expect(page.locator('#section-evaluation_details')).toBeVisible();
    for (const name of ['Edit', 'Submit for review', 'Approve', 'Request changes', 'Archive', 'Delete', 'Clone']) {
      await expect(page.getByRole('button', { name, exact: true }).or(page.getByRole('link', { name, exact: true }))).toHaveCount(0);
    }
    await page.goto(`/model-cards/${CARD}/versions/2`);
    await expect(page.getByText('You are viewing version 2 — not the latest (latest is 3)')).toBeVisible();
    await page.goto(`/model-cards/${CARD}/versions`);
    await expect(page.locator('li[data-version]')).toHaveCount(3);
    await page.goto('/reviews');
    await expect(page.getByText('The review queue is for reviewers')).toBeVisible();
  });

  test('an archived card offers no edit, and its owner can delete a draft after typing its name', async ({ page }) => {
    await signInAs(page, HUB_AUTHOR);
    await page.goto(`/model-cards/${CARD}`);
    await toolbar(page).getByRole('button', { name: 'Archive' }).click();
    const archive = page.getByRole('dialog', { name: `Archive ${CARD}?` });
    await archive.getByLabel('Reason (optional)').fill('Replaced by the 2025 model');
    await archive.getByRole('button', { name: 'Archive' }).click();
    await expect(page.getByText(`${CARD} is archived. It can still be read, compared and exported.`)).toBeVisible();
    await expect(page.locator('[data-timeline-entry]').first()).toContainText(`${HUB_AUTHOR.name} archived the card at version 3`);
    await expect(toolbar(page).getByRole('link', { name: 'Edit' })).toHaveCount(0);
    await expect(toolbar(page).getByRole('button', { name: 'Submit for review' })).toHaveCount(0);
    await expect(toolbar(page).getByRole('link', { name: 'Clone' })).toBeVisible();

    await page.goto(`/model-cards/${SINGLE}`);
    await toolbar(page).getByRole('button', { name: 'Delete' }).click();
    const remove = page.getByRole('dialog', { name: `Delete ${SINGLE}?` });
    await expect(remove.getByRole('button', { name: 'Delete permanently' })).toBeDisabled();
    await remove.getByLabel(`Type ${SINGLE} to confirm`).fill(SINGLE);
    await remove.getByRole('button', { name: 'Delete permanently' }).click();
    await expect(page).toHaveURL(new RegExp(`/model-cards\\?deleted=${SINGLE}$`));
    await expect(page.getByText(`${SINGLE} and all its versions are deleted.`)).toBeVisible();
    const gone = await page.request.get(`/model-cards/${SINGLE}`);
    expect(gone.status()).toBe(404);
  });

  test("an auditor finds the deleted card's record in the audit trail by its name; authors have no audit trail", async ({ page }) => {
    await signInAs(page, HUB_AUDITOR);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit trail' }).click();
    await expect(page.getByRole('heading', { name: 'Audit trail', level: 1 })).toBeVisible();
    // The auditor checks the hash chain: intact, however many events the other specs have written meanwhile.
    await page.getByRole('button', { name: 'Verify audit trail' }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Intact: [\d,]+ events checked at / })).toBeVisible();
    await page.getByLabel('Target name').fill(SINGLE);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(new RegExp(`/audit\\?target=${SINGLE}&?`));
    const rows = page.locator('tr[data-audit-event]');
    await expect(rows.first()).toContainText('card.deleted');
    await expect(rows.first()).toContainText(HUB_AUTHOR.email);
    await expect(rows.last()).toContainText('card.created');
    // The record of what was deleted: every version's hash.
    await rows.first().getByText('Show').click();
    await expect(rows.first().locator('pre')).toContainText('"contentHash"');
    // The same events as CSV, newest first, for the auditor to keep.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^audit-trail-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    const actions = csv
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(',')[4]);
    expect(actions[0]).toBe('card.deleted');
    expect(actions.at(-1)).toBe('card.created');

    await page.context().clearCookies();
    await signInAs(page, HUB_AUTHOR);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit trail' })).toHaveCount(0);
    await page.goto('/audit');
    await expect(page.getByRole('heading', { name: 'The audit trail is not available to you' })).toBeVisible();
  });
});
