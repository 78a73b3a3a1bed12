// A phone's width (390 px): every console page fits it. Wide tables scroll inside their frame and the main nav scrolls in the header;
// nothing (not even text only screen readers get, which is absolutely placed) may widen the page itself.
import { test, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { ADMIN, signInAsAdmin } from './support/accounts';
import { CreateModelPackageCommand, CreateModelPackageGroupCommand } from '@aws-sdk/client-sagemaker';
import { createAccessKey, createCard, richContent, sageMaker } from './support/card-api';
import { HUB_URL } from './support/servers';
import { expectAccessible } from './support/wizard';

// The seeded server: its hub, dashboard, exports and audit trail have rows, so their tables are on the page.
test.use({ baseURL: HUB_URL, viewport: { width: 390, height: 844 } });

const PAGES = [
  '/dashboard',
  '/model-cards',
  '/registry',
  '/registry/models',
  '/reviews',
  '/exports',
  '/audit',
  '/admin/users',
  '/admin/review-policy',
  '/admin/webhooks',
  '/profile/access-keys',
  '/profile/password',
  '/model-cards/new',
];

/** How far the page reaches past the viewport, and what sticks out of it furthest outside any scroll box (for the failure message). */
function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const inScrollBox = (element: Element) => {
      for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
        if (getComputedStyle(box).overflowX !== 'visible' && box.getBoundingClientRect().right <= width + 1) return true;
      }
      return false;
    };
    let widest = '';
    let right = width + 1;
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.right > right && !inScrollBox(element)) {
        right = box.right;
        widest = `${element.tagName.toLowerCase()}.${String(element.className).slice(0, 60)} reaches ${Math.round(box.right)} px`;
      }
    }
    return { extra: document.documentElement.scrollWidth - width, widest };
  });
}

test('every console page fits a 390 px screen, with nothing serious for axe-core', async ({ page, browser }) => {
  test.setTimeout(120_000);
  // A card with every section and every metric type: its tables have fixed columns wider than a phone.
  const run = Date.now().toString(36);
  const card = `narrow-${run}`;
  const key = await createAccessKey(browser, ADMIN, 'narrow screens');
  await createCard(key, card, richContent('Low'));
  // And a package version with its ARN, image and artifact: long unbroken values on the group and version pages.
  const group = `narrow-group-${run}`;
  await sageMaker(key).send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: group }));
  await sageMaker(key).send(
    new CreateModelPackageCommand({
      ModelPackageGroupName: group,
      InferenceSpecification: {
        Containers: [{ Image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/narrow-screens-model:1', ModelDataUrl: `s3://models/${run}/narrow/model.tar.gz` }],
        SupportedContentTypes: ['text/csv'],
        SupportedResponseMIMETypes: ['text/csv'],
      },
    }),
  );
  const createdPages = [`/model-cards/${card}`, `/model-cards/${card}/versions`, `/registry/${group}`, `/registry/${group}/1`];
  await signInAsAdmin(page);
  for (const path of [...PAGES, ...createdPages]) {
    await page.goto(path);
    await expect(page.locator('#page-title')).toBeVisible();
    const { extra, widest } = await overflow(page);
    expect(extra, `${path} is ${extra} px wider than the screen; ${widest}`).toBe(0);
    // What only a narrow screen brings out, such as a table that now scrolls and must be reachable by keyboard.
    await expectAccessible(page, `${path} at 390 px`);
  }
});

test('on a phone the main navigation is a menu: it opens, takes you to a page and closes; Escape closes it too', async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto('/dashboard');
  const menu = page.getByRole('button', { name: /^Menu/ });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await menu.click();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
  expect((await overflow(page)).extra).toBe(0);
  await expectAccessible(page, 'the open menu');
  await nav.getByRole('link', { name: 'Audit trail' }).click();
  await expect(page.getByRole('heading', { name: 'Audit trail', level: 1 })).toBeVisible();
  await expect(nav).toHaveCount(0);
  await expect(menu).toHaveText(/Audit trail/);

  await menu.click();
  await expect(nav.getByRole('link', { name: 'Admin' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(nav).toHaveCount(0);
  await expect(menu).toBeFocused();
});
