// Authors submit, reviewers send back with a comment or approve, High risk needs a second reviewer, and nobody approves their own version — against the seeded server.
import { test, expect } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { ADMIN, HUB_AUTHOR, HUB_REVIEWER, HUB_SECOND_REVIEWER, signIn } from './support/accounts';
import { HUB_URL } from './support/servers';
import { createAccessKey, createCard, richContent, setMetric, updateCard } from './support/card-api';
import type { AccessKey } from './support/card-api';

test.use({ baseURL: HUB_URL });

const RUN = Date.now().toString(36);
const FLOW = `review-flow-${RUN}`;
const HIGH = `high-risk-${RUN}`;
const DUAL = { name: 'Dana Dual', email: `dana.dual.${RUN}@example.com`, password: 'dana-dual-password-1' };
const keys: { author?: AccessKey } = {};

/** The revision the reviewer asked for: the holdout period named, and a new accuracy. */
function revised(risk: 'High' | 'Medium', accuracy: number): string {
  return richContent(risk, (content) => {
    setMetric(content, 'accuracy', accuracy);
    content.evaluation_details[0].evaluation_observation = 'Holdout May 2024; stable across regions.';
  });
}

async function signInAs(page: Page, person: { email: string; password: string }) {
  await signIn(page, person.email, person.password);
  // Reviewers and auditors land on the dashboard, authors on the hub.
  await expect(page.getByRole('heading', { name: /^(Model cards|Model dashboard)$/ })).toBeVisible();
}

function reviewsLink(page: Page) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Reviews/ });
}

async function waitingCount(page: Page): Promise<number> {
  const text = (await reviewsLink(page).textContent()) ?? '';
  return Number(text.match(/(\d+)/)?.[1] ?? 0);
}

function toolbar(page: Page) {
  return page.getByRole('group', { name: 'Card actions' });
}

function timeline(page: Page) {
  return page.locator('[data-timeline-entry]');
}

async function createDualRoleUser(browser: Browser) {
  const context = await browser.newContext({ baseURL: HUB_URL });
  const page = await context.newPage();
  await signInAs(page, ADMIN);
  await page.goto('/admin/users');
  await page.getByRole('button', { name: 'New user' }).click();
  await page.getByLabel('Name').fill(DUAL.name);
  await page.getByLabel('Email').fill(DUAL.email);
  await page.getByLabel('Starting password').fill(DUAL.password);
  for (const role of ['Author', 'Reviewer']) {
    const box = page.getByRole('checkbox', { name: new RegExp(`^${role}`) });
    if (!(await box.isChecked())) await box.click();
  }
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByText(`${DUAL.email} can now sign in.`)).toBeVisible();
  await context.close();
}

test.describe.serial('review and approve', () => {
  test('an author submits a card for review from its page', async ({ page, browser }) => {
    test.setTimeout(120_000);
    keys.author = await createAccessKey(browser, HUB_AUTHOR, `review e2e ${RUN}`);
    await createCard(keys.author, FLOW, richContent('Medium'));

    await signInAs(page, HUB_AUTHOR);
    await page.goto(`/model-cards/${FLOW}`);
    await expect(page.getByRole('heading', { name: FLOW, level: 1 })).toBeVisible();
    await expect(page.locator('#section-intended_uses')).toContainText('Medium');
    for (const name of ['Edit', 'Submit for review', 'Clone', 'Archive', 'Delete'])
      await expect(toolbar(page).getByRole(/Edit|Clone/.test(name) ? 'link' : 'button', { name })).toBeVisible();
    await expect(toolbar(page).getByRole('button', { name: 'Approve' })).toHaveCount(0);

    await toolbar(page).getByRole('button', { name: 'Submit for review' }).click();
    await expect(page.getByText(`Version 1 of ${FLOW} is submitted for review.`)).toBeVisible();
    await expect(page.getByText('Waiting for review: 0 of 1 approval')).toBeVisible();
    await expect(toolbar(page).getByRole('button', { name: 'Submit for review' })).toHaveCount(0);
    await expect(timeline(page).first()).toContainText(`${HUB_AUTHOR.name} submitted version 1 for review`);
  });

  test('a reviewer finds it in the queue and requests changes with a comment', async ({ page }) => {
    await signInAs(page, HUB_REVIEWER);
    expect(await waitingCount(page)).toBeGreaterThan(0);
    await reviewsLink(page).click();
    const row = page.locator(`tr[data-review-card="${FLOW}"]`);
    await expect(row).toContainText('Medium');
    await expect(row).toContainText(HUB_AUTHOR.name);
    await expect(row).toContainText('first review');
    await expect(row).toContainText(/minute|hour/);
    await row.getByRole('link', { name: FLOW }).click();

    await expect(page.getByRole('heading', { name: `Review ${FLOW}` })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'First review: the whole card' })).toBeVisible();
    await expect(page.locator('#section-evaluation_details')).toBeVisible();
    await page.getByRole('button', { name: 'Request changes' }).click();
    const dialog = page.getByRole('dialog', { name: 'Request changes to version 1' });
    await dialog.getByRole('button', { name: 'Request changes' }).click();
    await expect(dialog.getByText('Write what needs to change: the author reads this comment.')).toBeVisible();
    await dialog.getByLabel('What needs to change').fill('Accuracy at 0.91 needs the holdout period named.');
    await dialog.getByRole('button', { name: 'Request changes' }).click();
    await expect(page.getByText(`${FLOW} is back in Draft`)).toBeVisible();
    await expect(timeline(page).first()).toContainText(`${HUB_REVIEWER.name} requested changes to version 1`);
    await expect(timeline(page).first()).toContainText('Accuracy at 0.91 needs the holdout period named.');
  });

  test('the author reads the comment, saves a new version and resubmits', async ({ page }) => {
    await signInAs(page, HUB_AUTHOR);
    await page.goto(`/model-cards/${FLOW}`);
    await expect(timeline(page).first()).toContainText('Accuracy at 0.91 needs the holdout period named.');
    await updateCard(keys.author!, FLOW, { content: revised('Medium', 0.93) });
    await page.reload();
    await expect(page.locator('summary', { hasText: 'Version 2' })).toBeVisible();
    await toolbar(page).getByRole('button', { name: 'Submit for review' }).click();
    await expect(page.getByText(`Version 2 of ${FLOW} is submitted for review.`)).toBeVisible();
  });

  test('the reviewer sees what changed since the version they sent back, and approves', async ({ page }) => {
    await signInAs(page, HUB_REVIEWER);
    const before = await waitingCount(page);
    await page.goto(`/reviews/${FLOW}`);
    await expect(page.getByRole('heading', { name: 'Changes since version 1, which was sent back for changes' })).toBeVisible();
    await expect(page.getByText('2 fields changed in 1 section')).toBeVisible();
    await expect(page.getByText('+0.02')).toBeVisible();
    await page.getByRole('button', { name: 'Approve version 2' }).click();
    const dialog = page.getByRole('dialog', { name: `Approve version 2 of ${FLOW}?` });
    await dialog.getByLabel('Comment (optional)').fill('Holdout named; approved.');
    await dialog.getByRole('button', { name: 'Approve' }).click();
    await expect(page.getByText(`Version 2 of ${FLOW} is approved.`)).toBeVisible();
    await expect.poll(() => waitingCount(page)).toBe(before - 1);
    await page.goto(`/model-cards/${FLOW}`);
    await expect(page.getByText(`Waiting for review`)).toHaveCount(0);
    await expect(page.locator('header').getByText('Approved', { exact: true }).first()).toBeVisible();
    await expect(timeline(page).first()).toContainText(`${HUB_REVIEWER.name} approved version 2`);
    await expect(timeline(page).first()).toContainText('Holdout named; approved.');
  });

  test('a High-risk card waits for a second, different reviewer', async ({ page, browser }) => {
    await createCard(keys.author!, HIGH, richContent('High'));
    await updateCard(keys.author!, HIGH, { status: 'PendingReview' });

    await signInAs(page, HUB_REVIEWER);
    await page.goto(`/reviews/${HIGH}`);
    await expect(page.getByText('0 of 2 approvals so far — High risk needs two different reviewers.')).toBeVisible();
    await page.getByRole('button', { name: 'Approve version 1' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
    await expect(page.getByText('waiting for a second reviewer').first()).toBeVisible();
    await page.reload();
    await expect(page.getByText(`You have already approved version 1 of ${HIGH}; it is waiting for a second reviewer.`)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Approve version 1' })).toHaveCount(0);
    await page.goto('/reviews');
    await expect(page.locator(`tr[data-review-card="${HIGH}"]`)).toHaveCount(0);

    const second = await browser.newPage({ baseURL: HUB_URL });
    await signInAs(second, HUB_SECOND_REVIEWER);
    await second.goto('/reviews');
    const row = second.locator(`tr[data-review-card="${HIGH}"]`);
    await expect(row).toContainText('1 of 2');
    await row.getByRole('link', { name: HIGH }).click();
    await second.getByRole('button', { name: 'Approve version 1' }).click();
    await second.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
    await expect(second.getByText(`Version 1 of ${HIGH} is approved.`)).toBeVisible();
    await second.close();
  });

  test('a reviewer who wrote the version is told they cannot approve it', async ({ page, browser }) => {
    test.setTimeout(120_000);
    await createDualRoleUser(browser);
    const key = await createAccessKey(browser, DUAL, 'dual');
    const own = `own-work-${RUN}`;
    await createCard(key, own, richContent('Low'));
    await updateCard(key, own, { status: 'PendingReview' });

    await signInAs(page, DUAL);
    await page.goto('/reviews');
    await expect(page.locator(`tr[data-review-card="${own}"]`)).toHaveCount(0);
    await page.goto(`/reviews/${own}`);
    await expect(page.getByText('You authored this version, so you cannot approve it.')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Approve/ })).toHaveCount(0);
    await page.goto(`/model-cards/${own}`);
    await expect(toolbar(page).getByRole('button', { name: 'Approve' })).toHaveCount(0);
  });

  test('after a new version, "since last approved" compares with the approved one', async ({ page }) => {
    await updateCard(keys.author!, FLOW, { content: revised('High', 0.95) });
    await signInAs(page, HUB_AUTHOR);
    await page.goto(`/model-cards/${FLOW}/diff`);
    await page.getByRole('link', { name: 'Since last approved (version 2)' }).click();
    await expect(page).toHaveURL(new RegExp(`/model-cards/${FLOW}/diff\\?from=2&to=3$`));
    await expect(page.getByText('2 fields changed in 2 sections')).toBeVisible();
  });
});
