import { test, expect } from '@playwright/test';

const OIDC_PORT = process.env.E2E_OIDC_PORT ?? '3201';

test('a new person signs in through the OpenID Connect provider and becomes an author', async ({ page }) => {
  await page.goto('/signin');
  await page.getByRole('button', { name: 'Sign in with Example SSO' }).click();
  await expect(page).toHaveURL((url) => url.port === OIDC_PORT);
  await page.locator('input[name="login"]').fill('oona');
  await page.locator('input[name="password"]').fill('any-password');
  await page.locator('button[type="submit"]').click();
  const consent = page.locator('button[type="submit"]', { hasText: /continue/i });
  if (await consent.isVisible({ timeout: 5_000 }).catch(() => false)) await consent.click();
  await expect(page).toHaveURL((url) => url.port !== OIDC_PORT && url.pathname === '/model-cards');
  await page.getByRole('button', { name: 'Account: SSO oona' }).click();
  await expect(page.getByRole('menu')).toContainText('oona@sso.example.com');
  await expect(page.getByRole('menu')).toContainText('Author');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' })).toHaveCount(0);
});
