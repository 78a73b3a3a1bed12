// Cards for the card-page and review specs, written the way a pipeline writes them (the wizard is another screen): an access key made under Profile → Access keys, then the SageMaker API.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { CreateModelCardCommand, SageMakerClient, UpdateModelCardCommand } from '@aws-sdk/client-sagemaker';
import { signIn } from './accounts';
import { HUB_URL } from './servers';

export type AccessKey = { accessKeyId: string; secretAccessKey: string };
type Person = { email: string; password: string };

/** A separate browser context, so the caller's signed-in page is untouched. */
export async function createAccessKey(browser: Browser, person: Person, label: string): Promise<AccessKey> {
  const context = await browser.newContext({ baseURL: HUB_URL });
  const page = await context.newPage();
  await signIn(page, person.email, person.password);
  // Reviewers and auditors land on the dashboard, authors and admins on the hub.
  await expect(page.getByRole('heading', { name: /^(Model cards|Model dashboard)$/ })).toBeVisible();
  await page.goto('/profile/access-keys');
  await page.getByLabel('Label (optional)').fill(label);
  await page.getByRole('button', { name: 'Create access key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Access key created' });
  const key = {
    accessKeyId: await dialog.getByRole('textbox', { name: 'Access key ID' }).inputValue(),
    secretAccessKey: await dialog.getByRole('textbox', { name: 'Secret access key' }).inputValue(),
  };
  await dialog.getByRole('button', { name: 'I have copied the secret' }).click();
  await context.close();
  return key;
}

export function sageMaker(key: AccessKey): SageMakerClient {
  return new SageMakerClient({ endpoint: `${HUB_URL}/api/sagemaker`, region: 'us-east-1', credentials: key, maxAttempts: 1 });
}

type Content = Record<string, Record<string, unknown> | unknown[]> & {
  model_overview: Record<string, unknown>;
  intended_uses: Record<string, unknown>;
  model_package_details: Record<string, unknown>;
  evaluation_details: { evaluation_observation?: string; metric_groups: { metric_data: { name: string; value: unknown }[] }[] }[];
};

const EVERY_FIELD = readFileSync(path.resolve('lib/schemas/test-fixtures/every-field.json'), 'utf8');

/** A full card (every section, every metric type) in the given risk; without a model id or a package ARN, each of which documents one card only. */
export function richContent(risk: 'High' | 'Medium' | 'Low', edit?: (content: Content) => void): string {
  const content = JSON.parse(EVERY_FIELD) as Content;
  delete content.model_overview.model_id;
  delete content.model_package_details.model_package_arn;
  content.intended_uses.risk_rating = risk;
  edit?.(content);
  return JSON.stringify(content);
}

/** Sets a metric's value in the first evaluation job's first group. */
export function setMetric(content: Content, name: string, value: unknown): void {
  content.evaluation_details[0].metric_groups[0].metric_data.find((metric) => metric.name === name)!.value = value;
}

export async function createCard(key: AccessKey, name: string, content: string): Promise<void> {
  await sageMaker(key).send(new CreateModelCardCommand({ ModelCardName: name, Content: content, ModelCardStatus: 'Draft' }));
}

export async function updateCard(
  key: AccessKey,
  name: string,
  change: { content?: string; status?: 'PendingReview' | 'Approved' | 'Archived' },
): Promise<void> {
  await sageMaker(key).send(new UpdateModelCardCommand({ ModelCardName: name, Content: change.content, ModelCardStatus: change.status }));
}
