// The card hub against the server seeded by support/seed-e2e-data.ts (plus one look at the fresh server's empty registry).
import { test, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { ADMIN, HUB_AUDITOR, HUB_AUTHOR, LANDING_HEADING, signIn } from './support/accounts';
import { FRESH_URL } from './support/servers';
import { NOT_MINE, SENTINELS, TO_ARCHIVE, TO_DELETE } from './support/seed-cards';

async function signInTo(page: Page, person: { email: string; password: string }) {
  await signIn(page, person.email, person.password);
  // Reviewers and auditors land on the dashboard, authors and admins on the hub; these tests are about the hub.
  await expect(page.getByRole('heading', { name: LANDING_HEADING })).toBeVisible();
  await page.goto('/model-cards');
  await expect(page.getByRole('heading', { name: 'Model cards', exact: true })).toBeVisible();
  await expect(page.locator('tr[data-card-name]').first()).toBeVisible();
}

function rowNames(page: Page): Promise<string[]> {
  return page.locator('tr[data-card-name]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-card-name') ?? ''));
}

function resultCount(page: Page) {
  return page.getByRole('status').filter({ hasText: /^[\d,]+ cards?/ });
}

async function totalShown(page: Page): Promise<number> {
  const text = (await resultCount(page).textContent()) ?? '';
  return Number(text.replace(/,/g, '').match(/^(\d+)/)![1]);
}

function toggle(page: Page, group: 'Status' | 'Risk', label: string) {
  return page.getByRole('group', { name: group }).getByRole('button', { name: new RegExp(`^${label} [\\d,]+$`) });
}

async function toggleCount(page: Page, group: 'Status' | 'Risk', label: string): Promise<number> {
  return Number(((await toggle(page, group, label).textContent()) ?? '').replace(/\D/g, ''));
}

async function search(page: Page, text: string) {
  const box = page.getByLabel('Search by name');
  await box.fill('');
  await box.pressSequentially(text, { delay: 20 });
  await expect(page).toHaveURL(new RegExp(`[?&]name=${encodeURIComponent(text)}(&|$)`));
}

test('a new installation explains model cards and leads an admin to create or import one', async ({ page }) => {
  await page.goto(`${FRESH_URL}/signin`);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { name: LANDING_HEADING })).toBeVisible();
  await page.goto(`${FRESH_URL}/model-cards`);
  await expect(page.getByRole('heading', { name: 'Model cards', exact: true })).toBeVisible();

  // Other specs on this server may one day create cards; then the empty registry cannot be shown, but an empty search can.
  const listed = await (await page.request.get(`${FRESH_URL}/api/v1/model-cards`)).json();
  if (listed.counts.total === 0) {
    await expect(page.getByRole('heading', { name: 'No cards yet' })).toBeVisible();
    await expect(page.getByText('A model card records what a machine-learning model is for')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Import JSON' })).toHaveAttribute('href', '/model-cards/import');
    await page.getByRole('link', { name: 'Create model card' }).click();
    await expect(page).toHaveURL(/\/model-cards\/new$/);
    await expect(page.getByRole('heading', { name: 'Create model card' })).toBeVisible();
    await expect(page.getByLabel('Card name', { exact: true })).toBeVisible();
  } else {
    await page.goto(`${FRESH_URL}/model-cards?name=nothing-is-called-this`);
    await expect(page.getByRole('heading', { name: 'No cards match these filters' })).toBeVisible();
  }
});

test('the list API refuses strangers and names a bad parameter', async ({ page, playwright }) => {
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const refused = await anonymous.get('/api/v1/model-cards');
  expect(refused.status()).toBe(401);
  await anonymous.dispose();

  await signInTo(page, HUB_AUDITOR);
  const bad = await page.request.get('/api/v1/model-cards?status=Draft,Done');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatchObject({ code: 'INVALID_INPUT', path: 'status', message: expect.stringContaining('status: must be one of') });
  const ok = await page.request.get(`/api/v1/model-cards?name=sentinel&sort=name&order=desc&limit=2`);
  const body = await ok.json();
  expect(body.items.map((card: { name: string }) => card.name)).toEqual([SENTINELS[2], SENTINELS[1]]);
  expect(body.counts.total).toBe(3);
  expect(body.nextCursor).toEqual(expect.any(String));
  expect(body.items[0].updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T.*Z$/);
});

test('searching by name waits for a pause in typing, puts the name in the URL, and leads to the card', async ({ page }) => {
  // The page's clock is the test's while the word is typed: a loaded machine that stalls between two keystrokes must not count
  // as a pause in typing. Until then it runs as a real one.
  await page.clock.install();
  await signInTo(page, HUB_AUDITOR);
  const searched: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/api/v1/model-cards' && url.searchParams.has('name')) searched.push(url.searchParams.get('name')!);
  });
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.getByLabel('Search by name').pressSequentially('SENTINEL', { delay: 20 });
  // Typed, and the pause not yet over: nothing was asked for.
  await page.clock.runFor(200);
  expect(searched).toEqual([]);
  await page.clock.runFor(100);
  await page.clock.resume();
  await expect(page).toHaveURL(/[?&]name=SENTINEL(&|$)/);
  await expect.poll(async () => (await rowNames(page)).sort()).toEqual([...SENTINELS]);
  await expect(resultCount(page)).toHaveText('3 cards');
  // Debounced: one request for the whole word, none for what was typed on the way.
  expect(searched).toEqual(['SENTINEL']);

  await page.getByRole('link', { name: SENTINELS[1] }).click();
  await expect(page).toHaveURL(new RegExp(`/model-cards/${SENTINELS[1]}$`));
  await expect(page.getByRole('heading', { name: SENTINELS[1], level: 1 })).toBeVisible();
  await expect(page.locator('#section-model_overview')).toBeVisible();
  await expect(page.locator('summary', { hasText: 'Version 2' })).toBeVisible();
  // A card that is not there: the console's 404, with the console's navigation and the ways back.
  expect((await page.goto('/model-cards/no-card-has-this-name'))?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Not found', level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Model cards' }).click();
  await expect(page).toHaveURL(/\/model-cards$/);
});

test('the status and risk counts filter with one click each, and a second click undoes it', async ({ page }) => {
  await signInTo(page, HUB_AUDITOR);
  const total = await totalShown(page);
  const approved = await toggleCount(page, 'Status', 'Approved');
  expect(approved).toBeGreaterThan(0);

  await toggle(page, 'Status', 'Approved').click();
  await expect(page).toHaveURL(/[?&]status=Approved(&|$)/);
  await expect(toggle(page, 'Status', 'Approved')).toHaveAttribute('aria-pressed', 'true');
  await expect(resultCount(page)).toHaveText(`${approved} cards`);
  await expect(page.locator('tr[data-card-name] td').getByText('Draft', { exact: true })).toHaveCount(0);

  const approvedLow = await toggleCount(page, 'Risk', 'Low');
  await toggle(page, 'Risk', 'Low').click();
  await expect(page).toHaveURL(/[?&]risk=Low(&|$)/);
  await expect(resultCount(page)).toHaveText(`${approvedLow} ${approvedLow === 1 ? 'card' : 'cards'}`);
  for (const row of await page.locator('tr[data-card-name]').all()) {
    await expect(row).toContainText('Approved');
    await expect(row).toContainText('Low');
  }
  // Faceted: the status counts still show the other statuses at Low risk.
  expect(await toggleCount(page, 'Status', 'Approved')).toBe(approvedLow);

  await toggle(page, 'Status', 'Approved').click();
  await toggle(page, 'Risk', 'Low').click();
  await expect(page).toHaveURL(/\/model-cards$/);
  await expect(resultCount(page)).toHaveText(`${total} cards`);
});

test('sorting by name and by creation, from the headers and the sort menu', async ({ page }) => {
  await signInTo(page, HUB_AUDITOR);
  await search(page, 'sentinel');
  const nameHeader = page.getByRole('columnheader', { name: /^Name/ });
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/sort=name/);
  await expect.poll(() => rowNames(page)).toEqual([...SENTINELS]);
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(() => rowNames(page)).toEqual([...SENTINELS].reverse());

  await page.getByLabel('Search by name').fill('');
  await page.getByLabel('Sort by').selectOption({ label: 'Created: oldest first' });
  await expect(page).toHaveURL(/sort=createdAt&order=asc/);
  const oldestFirst = await page.request.get('/api/v1/model-cards?sort=createdAt&order=asc&limit=5');
  const expected = (await oldestFirst.json()).items.map((card: { name: string }) => card.name);
  await expect.poll(async () => (await rowNames(page)).slice(0, 5)).toEqual(expected);
});

test('pages forward and back with the chosen page size', async ({ page }) => {
  await signInTo(page, HUB_AUDITOR);
  const pages = page.getByRole('navigation', { name: 'Pages' });
  await page.getByLabel('Rows per page').selectOption('10');
  await expect(page).toHaveURL(/limit=10/);
  await expect(page.locator('tr[data-card-name]')).toHaveCount(10);
  const first = await rowNames(page);
  await expect(pages.getByRole('button', { name: 'Previous' })).toBeDisabled();

  await pages.getByRole('button', { name: 'Next' }).click();
  await expect(pages).toContainText('11–20');
  await expect(pages).toContainText('Page 2');
  await expect.poll(async () => (await rowNames(page))[0]).not.toBe(first[0]);
  const second = await rowNames(page);
  expect(second.filter((name) => first.includes(name))).toEqual([]);

  await pages.getByRole('button', { name: 'Next' }).click();
  await expect(pages).toContainText('21–30');
  await expect.poll(async () => (await rowNames(page))[0]).not.toBe(second[0]);
  const third = await rowNames(page);
  expect(third.filter((name) => second.includes(name) || first.includes(name))).toEqual([]);

  await pages.getByRole('button', { name: 'Previous' }).click();
  await expect(pages).toContainText('11–20');
  await expect.poll(() => rowNames(page)).toEqual(second);
  await pages.getByRole('button', { name: 'Previous' }).click();
  await expect(pages).toContainText('Page 1');
  await expect.poll(() => rowNames(page)).toEqual(first);
  await expect(page).not.toHaveURL(/cursor=/);
});

test('the view lives in the URL: a reload keeps it and Back restores the filter before', async ({ page }) => {
  await signInTo(page, HUB_AUDITOR);
  // Before any filter, the Draft toggle counts every draft: what the view Back returns to must list.
  const drafts = await toggleCount(page, 'Status', 'Draft');
  await toggle(page, 'Status', 'Draft').click();
  await expect(page).toHaveURL(/status=Draft/);
  await page.getByLabel('Owner').selectOption({ label: HUB_AUTHOR.name });
  await expect(page).toHaveURL(/owner=[0-9a-f-]{36}/);
  await page.getByLabel('Rows per page').selectOption('10');
  await expect(page).toHaveURL(/limit=10/);
  await expect.poll(async () => (await rowNames(page)).length).toBe(10);
  const pageOne = await rowNames(page);
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(/cursor=/);
  await expect(page.getByRole('navigation', { name: 'Pages' })).toContainText('Page 2');
  // The pager says "Page 2" before the rows arrive: record page 2 only once the rows have changed.
  await expect.poll(() => rowNames(page)).not.toEqual(pageOne);
  const url = page.url();
  const rows = await rowNames(page);

  await page.reload();
  expect(page.url()).toBe(url);
  await expect(toggle(page, 'Status', 'Draft')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByLabel('Owner').locator('option:checked')).toHaveText(HUB_AUTHOR.name);
  await expect(page.getByRole('navigation', { name: 'Pages' })).toContainText('Page 2');
  await expect.poll(() => rowNames(page)).toEqual(rows);

  // Three quick Backs after the reload: Chromium either loads a page for the first and traverses within it for the others, or
  // traverses within the reloaded page for all three. Either way they come quicker than Next's router restores them (it can stop
  // at the first), and with the page's scripts held until all three are done, a page loaded on the way has not hydrated yet:
  // the hub must show the entry the address bar is on, not the one the server rendered or the router last restored.
  // Wait for each to commit (not for 'load', which the hub's own URL sync can abort); the assertions below wait for what the
  // person sees.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/**', async (route) => {
    await held;
    await route.continue();
  });
  // Playwright's goBack rejects when any navigation in the frame fails while it waits, not only its own. Next's router starts one
  // of its own here at times: when a Back cuts short the data fetch of the entry restored before it, Next falls back to loading
  // that entry's URL as a document, and the next Back (a browser navigation) cancels that load, as it would for a person pressing
  // Back. Whether each Back itself moved is read from the browser's own history index.
  const browser = await page.context().newCDPSession(page);
  const historyIndex = async () => (await browser.send('Page.getNavigationHistory')).currentIndex;
  const start = await historyIndex();
  for (const [i, step] of ['page 1', 'page size 25', 'before the owner was chosen'].entries()) {
    await page.goBack({ waitUntil: 'commit' }).catch((error: Error) => {
      if (!error.message.includes('net::ERR_ABORTED')) throw error;
    });
    await expect.poll(historyIndex, `back to ${step}`).toBe(start - i - 1);
    await expect(page, `back to ${step}`).toHaveURL(/\/model-cards/);
  }
  await browser.detach();
  release();
  await expect(page).toHaveURL(/\/model-cards\?status=Draft$/);
  await expect(page.getByLabel('Owner').locator('option:checked')).toHaveText('Anyone');
  await expect(toggle(page, 'Status', 'Draft')).toHaveAttribute('aria-pressed', 'true');
  // The filters follow the address bar at once; the list before stays on screen until this view's arrives.
  await expect(resultCount(page)).toHaveText(`${drafts} cards`);
  await expect.poll(() => toggleCount(page, 'Status', 'Draft')).toBe(drafts);
});

test('an author archives chosen cards after a confirmation, and hears which card was refused and why', async ({ page }) => {
  await signInTo(page, HUB_AUTHOR);
  await search(page, 'shelf-ledger');
  await expect(page.locator('tr[data-card-name]')).toHaveCount(3);
  await page.getByRole('checkbox', { name: 'Select all cards on this page' }).check();
  await expect(resultCount(page)).toContainText('3 selected');
  await page.getByRole('button', { name: 'Archive (3)' }).click();

  const dialog = page.getByRole('dialog', { name: 'Archive 3 cards?' });
  await expect(dialog).toContainText('3 cards will be archived');
  await expect(dialog).toContainText(NOT_MINE);
  await dialog.getByRole('button', { name: 'Archive 3 cards' }).click();

  await expect(page.getByText('2 cards archived; 1 could not be:')).toBeVisible();
  await expect(page.getByText(`${NOT_MINE}: Only the owner of ${NOT_MINE} or an admin can archive it.`)).toBeVisible();
  for (const name of TO_ARCHIVE) await expect(page.locator(`tr[data-card-name="${name}"]`)).toContainText('Archived');
  await expect(page.locator(`tr[data-card-name="${NOT_MINE}"]`)).toContainText('Draft');
  // Nothing left on this page is the author's to archive or delete, so the choice goes with the actions.
  await expect(page.getByRole('checkbox', { name: 'Select all cards on this page' })).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Bulk actions' })).toHaveCount(0);
});

test('bulk actions follow what the services allow: none for an auditor, Archive and Delete for an author on their own never-approved Draft only, Delete for an admin', async ({
  browser,
  page,
}) => {
  await signInTo(page, HUB_AUDITOR);
  await expect(page.getByRole('group', { name: 'Bulk actions' })).toHaveCount(0);
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Create model card' })).toHaveCount(0);

  const authorContext = await browser.newContext();
  const author = await authorContext.newPage();
  await signInTo(author, HUB_AUTHOR);
  await expect(author.getByRole('link', { name: 'Create model card' })).toBeVisible();
  // The owner may archive and delete a Draft that was never approved: both are offered, and enabled once it is chosen.
  await search(author, SENTINELS[0]);
  const authorActions = author.getByRole('group', { name: 'Bulk actions' });
  await expect(authorActions.getByRole('button', { name: /^Archive/ })).toBeDisabled();
  await expect(authorActions.getByRole('button', { name: /^Delete/ })).toBeDisabled();
  await author.getByRole('checkbox', { name: `Select ${SENTINELS[0]}` }).check();
  await expect(authorActions.getByRole('button', { name: 'Archive (1)' })).toBeEnabled();
  await expect(authorActions.getByRole('button', { name: 'Delete (1)' })).toBeEnabled();
  // Another author's card: archive and deleteCard would refuse, so nothing is offered.
  await search(author, SENTINELS[2]);
  await expect(author.locator(`tr[data-card-name="${SENTINELS[2]}"]`)).toBeVisible();
  await expect(authorActions).toHaveCount(0);
  await expect(author.getByRole('checkbox')).toHaveCount(0);
  await authorContext.close();

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInTo(admin, ADMIN);
  await search(admin, TO_DELETE);
  await admin.getByRole('checkbox', { name: `Select ${TO_DELETE}` }).check();
  await admin.getByRole('group', { name: 'Bulk actions' }).getByRole('button', { name: 'Delete (1)' }).click();
  const dialog = admin.getByRole('dialog', { name: 'Delete 1 card?' });
  await expect(dialog).toContainText('1 card and all their versions will be removed');
  await expect(dialog).toContainText('kept in the audit trail only');
  await dialog.getByRole('button', { name: 'Delete 1 card' }).click();
  await expect(admin.getByText('1 card deleted.')).toBeVisible();
  await expect(admin.getByRole('heading', { name: 'No cards match these filters' })).toBeVisible();
  await adminContext.close();
});

test('a search that finds nothing offers to clear the filters', async ({ page }) => {
  await signInTo(page, HUB_AUDITOR);
  const total = await totalShown(page);
  await search(page, 'zz-no-such-card');
  await expect(page.getByRole('heading', { name: 'No cards match these filters' })).toBeVisible();
  await expect(resultCount(page)).toHaveText('0 cards');
  await page.getByRole('button', { name: 'Clear filters' }).last().click();
  await expect(page).toHaveURL(/\/model-cards$/);
  await expect(page.getByLabel('Search by name')).toHaveValue('');
  await expect(resultCount(page)).toHaveText(`${total} cards`);
});
