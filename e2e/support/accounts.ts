// The people the e2e suite signs in as: the first-run spec creates the admin on the fresh server; the hub's server is seeded with all of them.
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

export const ADMIN = { name: 'Ada Admin', email: 'ada.admin@example.com', password: 'correct horse battery staple' };

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** The first screen after sign-in: the dashboard for reviewers and auditors (the first admin is a reviewer too), the card hub for the others. */
export const LANDING_HEADING = /^(Model cards|Model dashboard)$/;

export async function signInAsAdmin(page: Page) {
  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(page.getByRole('heading', { name: LANDING_HEADING })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: /^Account:/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/signin/);
}

/** People the hub's server is seeded with (besides ADMIN), one per role the hub treats differently. */
export const HUB_AUTHOR = { name: 'Hana Author', email: 'hana.author@example.com', password: 'hana-author-password-1', roles: ['author'] as const };
export const HUB_OTHER_AUTHOR = { name: 'Omar Owner', email: 'omar.owner@example.com', password: 'omar-owner-password-1', roles: ['author'] as const };
export const HUB_REVIEWER = { name: 'Rosa Reviewer', email: 'rosa.reviewer@example.com', password: 'rosa-reviewer-password-1', roles: ['reviewer'] as const };
export const HUB_SECOND_REVIEWER = {
  name: 'Rui Reviewer',
  email: 'rui.reviewer@example.com',
  password: 'rui-reviewer-password-1',
  roles: ['reviewer'] as const,
};
export const HUB_AUDITOR = { name: 'Aldo Auditor', email: 'aldo.auditor@example.com', password: 'aldo-auditor-password-1', roles: ['auditor'] as const };
