import { test, expect } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { ADMIN, LANDING_HEADING, signIn, signInAsAdmin, signOut } from './support/accounts';

async function createUser(browser: Browser, user: { name: string; email: string; password: string }, roles: string[]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAsAdmin(page);
  await page.getByRole('link', { name: 'Admin' }).click();
  await page.getByRole('button', { name: 'New user' }).click();
  await page.getByLabel('Name').fill(user.name);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Starting password').fill(user.password);
  for (const role of ['Author', 'Reviewer', 'Auditor', 'Admin']) {
    const box = page.getByRole('checkbox', { name: new RegExp(`^${role}`) });
    if (roles.includes(role) !== (await box.isChecked())) await box.click();
  }
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByText(`${user.email} can now sign in.`)).toBeVisible();
  return { page, context };
}

test('sign in, see the console shell, sign out', async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(page.getByRole('heading', { name: LANDING_HEADING })).toBeVisible();
  await expect(page.getByRole('button', { name: `Account: ${ADMIN.name}` })).toBeVisible();
  for (const link of ['Model cards', 'Reviews', 'Exports', 'Admin']) {
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link })).toBeVisible();
  }
  await signOut(page);
  await page.goto('/admin/users');
  await expect(page).toHaveURL(/\/signin/);
});

test('a wrong password gets one message that does not say which field was wrong', async ({ page }) => {
  await signIn(page, ADMIN.email, 'not the password at all');
  await expect(page.getByRole('alert').filter({ hasText: 'Email or password is incorrect.' })).toBeVisible();
  await signIn(page, 'nobody@example.com', 'not the password at all');
  await expect(page.getByRole('alert').filter({ hasText: 'Email or password is incorrect.' })).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);
});

test('the sign-in page shows its own sentence for an error code, never words from its address', async ({ page }) => {
  await page.goto('/signin?error=SsoDeactivated');
  await expect(page.getByRole('alert').filter({ hasText: 'This account has been deactivated. Ask an administrator to reactivate it.' })).toBeVisible();
  const crafted = 'Your account is locked. Call +1 555 0100 to unlock it.';
  await page.goto(`/signin?error=${encodeURIComponent(crafted)}`);
  await expect(page.getByRole('alert').filter({ hasText: 'Sign-in did not complete. Try again, or ask your Cardinal administrator.' })).toBeVisible();
  await expect(page.getByText(crafted)).toHaveCount(0);
});

test('an admin creates a user and changes their roles; a non-admin is refused from Admin', async ({ browser }) => {
  const author = { name: 'Ari Author', email: 'ari.author@example.com', password: 'ari-author-password-1' };
  const admin = await createUser(browser, author, ['Author']);
  const row = admin.page.locator(`tr[data-user-email="${author.email}"]`);
  await expect(row).toContainText('Author');
  await expect(row).toContainText('Active');

  const authorContext = await browser.newContext();
  const authorPage = await authorContext.newPage();
  await signIn(authorPage, author.email, author.password);
  await expect(authorPage.getByRole('heading', { name: 'Model cards' })).toBeVisible();
  await expect(authorPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' })).toHaveCount(0);
  await authorPage.goto('/admin/users');
  await expect(authorPage.getByRole('heading', { name: 'Admin is not available to you' })).toBeVisible();
  await expect(authorPage.getByRole('table')).toHaveCount(0);

  await row.getByRole('button', { name: `Change roles of ${author.email}` }).click();
  await admin.page
    .getByRole('dialog')
    .getByRole('checkbox', { name: /^Reviewer/ })
    .check();
  await admin.page.getByRole('button', { name: 'Save roles' }).click();
  await expect(admin.page.getByText(`Roles of ${author.email} saved.`)).toBeVisible();
  await expect(row).toContainText('Author, Reviewer');

  await authorContext.close();
  await admin.context.close();
});

test('deactivating a user signs them out at their next request', async ({ browser }) => {
  const reviewer = { name: 'Rey Reviewer', email: 'rey.reviewer@example.com', password: 'rey-reviewer-password-1' };
  const admin = await createUser(browser, reviewer, ['Reviewer']);

  const reviewerContext = await browser.newContext();
  const reviewerPage = await reviewerContext.newPage();
  await signIn(reviewerPage, reviewer.email, reviewer.password);
  await expect(reviewerPage.getByRole('heading', { name: 'Model dashboard' })).toBeVisible();

  const row = admin.page.locator(`tr[data-user-email="${reviewer.email}"]`);
  await row.getByRole('button', { name: `Deactivate ${reviewer.email}` }).click();
  await expect(admin.page.getByRole('dialog')).toContainText('will be signed out at their next request');
  await admin.page.getByRole('dialog').getByRole('button', { name: 'Deactivate' }).click();
  await expect(row).toContainText('Deactivated');

  await reviewerPage.getByRole('link', { name: 'Reviews' }).click();
  await expect(reviewerPage).toHaveURL(/\/signin/);
  await signIn(reviewerPage, reviewer.email, reviewer.password);
  await expect(reviewerPage.getByRole('alert').filter({ hasText: 'This account has been deactivated' })).toBeVisible();

  await reviewerContext.close();
  await admin.context.close();
});

test('the last active admin cannot be deactivated', async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto('/admin/users');
  await page.getByRole('button', { name: `Deactivate ${ADMIN.email}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Deactivate' }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('at least one active admin');
});

test('a person changes their own password from the account menu: every session ends and only the new password signs in', async ({ browser }) => {
  const person = { name: 'Pat Password', email: 'pat.password@example.com', password: 'pat-old-password-1' };
  const NEW_PASSWORD = 'pat-new-password-2';
  const admin = await createUser(browser, person, ['Author']);
  await admin.context.close();
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, person.email, person.password);
  await expect(page.getByRole('heading', { name: 'Model cards' })).toBeVisible();
  // A second session, in another browser: the change ends it too.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, person.email, person.password);
  await expect(otherPage.getByRole('heading', { name: 'Model cards' })).toBeVisible();

  await page.getByRole('button', { name: `Account: ${person.name}` }).click();
  await page.getByRole('menuitem', { name: 'Change password' }).click();
  await expect(page.getByRole('heading', { name: 'Password', level: 1 })).toBeVisible();
  await page.getByLabel('Current password', { exact: true }).fill('not my password at all');
  await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('Confirm new password', { exact: true }).fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('This is not your current password.')).toBeVisible();
  await page.getByLabel('Current password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page).toHaveURL(/\/signin\?passwordChanged=1$/);
  await expect(page.getByText('Your password is changed and your sessions have ended.')).toBeVisible();

  await otherPage.goto('/model-cards');
  await expect(otherPage).toHaveURL(/\/signin/);
  await signIn(page, person.email, person.password);
  await expect(page.getByRole('alert').filter({ hasText: 'Email or password is incorrect.' })).toBeVisible();
  await signIn(page, person.email, NEW_PASSWORD);
  await expect(page.getByRole('heading', { name: 'Model cards' })).toBeVisible();
  await other.close();
  await context.close();
});
