// An admin adds a webhook pointing at a receiver this test runs on loopback, a card is approved, the delivery shows in the endpoint's log with its
// status and attempts, and Resend delivers the same event again with the same webhook-id; then the secret is rotated, a test event is sent (signed
// with both secrets) and the endpoint is deleted. Every request's signature verifies with standardwebhooks.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { Webhook } from 'standardwebhooks';
import { ADMIN, HUB_AUTHOR, HUB_REVIEWER, signIn } from './support/accounts';
import { createAccessKey, createCard, updateCard } from './support/card-api';
import type { AccessKey } from './support/card-api';
import { SHOTS, expectAccessible } from './support/wizard';
import { HUB_URL } from './support/servers';

test.use({ baseURL: HUB_URL });

const RUN = Date.now().toString(36);
const CARD = `webhook-${RUN}`;

type Received = { headers: Record<string, string>; body: string };

/** A receiver on 127.0.0.1 that answers 200 and keeps every request it got. */
async function startReceiver(): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
      received.push({ headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end('<b>received</b>');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/cardinal-hook`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function screenshotLightAndDark(page: Page, name: string) {
  if (!SHOTS) return;
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: `${SHOTS}/${name}-light.png`, fullPage: true, animations: 'disabled' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${SHOTS}/${name}-dark.png`, fullPage: true, animations: 'disabled' });
  await page.emulateMedia({ colorScheme: 'light' });
}

const keys: { author?: AccessKey; reviewer?: AccessKey } = {};

test.beforeAll(async ({ browser }) => {
  // One after the other: two sign-ins at once on a loaded machine can outlast the landing page's 10 s.
  keys.author = await createAccessKey(browser, HUB_AUTHOR, `webhooks author ${RUN}`);
  keys.reviewer = await createAccessKey(browser, HUB_REVIEWER, `webhooks reviewer ${RUN}`);
  await createCard(
    keys.author,
    CARD,
    JSON.stringify({
      model_overview: { model_description: 'Scores transactions for fraud', model_owner: 'Payments risk' },
      intended_uses: { purpose_of_model: 'Hold suspicious payments for review', risk_rating: 'Low' },
    }),
  );
  await updateCard(keys.author, CARD, { status: 'PendingReview' });
});

test('an admin adds a webhook, a card is approved, the delivery shows in the log, and Resend delivers it again with the same webhook-id', async ({ page }) => {
  // Seconds on a quiet machine; a loaded CI runner spends most of it in axe and the screenshots.
  test.setTimeout(120_000);
  const receiver = await startReceiver();
  try {
    await signIn(page, ADMIN.email, ADMIN.password);
    await expect(page.getByRole('heading', { name: /^(Model cards|Model dashboard)$/ })).toBeVisible();
    await page.goto('/admin/webhooks');
    await expect(page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Webhooks' })).toHaveAttribute('aria-current', 'page');

    // Add the endpoint: the URL, a description and one event type.
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    await page.getByLabel('Endpoint URL').fill(receiver.url);
    await page.getByLabel('Description').fill(`e2e receiver ${RUN}`);
    await page.getByRole('checkbox', { name: /^model_card\.approved\b/ }).check();
    await expect(page.getByText('1 of')).toBeVisible();
    await screenshotLightAndDark(page, 'add-endpoint');
    await page.getByRole('button', { name: 'Add endpoint' }).click();

    // The secret, once.
    const dialog = page.getByRole('dialog', { name: 'Webhook endpoint added' });
    const secret = await dialog.getByRole('textbox', { name: 'Signing secret' }).inputValue();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    await screenshotLightAndDark(page, 'secret-dialog');
    await dialog.getByRole('button', { name: 'I have copied the secret' }).click();
    await expect(page.getByRole('heading', { level: 1, name: receiver.url })).toBeVisible();
    await expect(page.getByText('No deliveries yet')).toBeVisible();

    // A reviewer approves the card: one event of the chosen type reaches the receiver, signed.
    await updateCard(keys.reviewer!, CARD, { status: 'Approved' });
    await expect.poll(() => receiver.received.length, { timeout: 15_000 }).toBe(1);
    const verifier = new Webhook(secret);
    const first = receiver.received[0]!;
    const event = verifier.verify(first.body, first.headers) as {
      id: string;
      'detail-type': string;
      detail: { ModelCardName: string; ModelCardStatus: string };
    };
    expect(first.headers['webhook-id']).toBe(event.id);
    expect(event['detail-type']).toBe('SageMaker Model Card State Change');
    expect(event.detail).toMatchObject({ ModelCardName: CARD, ModelCardStatus: 'Approved' });

    // The log shows it delivered; its attempt shows the answer as text.
    await page.reload();
    const row = page.locator('tr[data-event-type="model_card.approved"]');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Succeeded');
    await expect(row).toContainText('HTTP 200');
    await row.getByRole('button', { name: /^model_card\.approved/ }).click();
    const attempt = page.locator('[data-attempt="1"]');
    await expect(attempt).toContainText('HTTP 200');
    await expect(attempt.getByLabel('Answer to attempt 1')).toHaveText('<b>received</b>');
    await expectAccessible(page, 'the endpoint page with its delivery log');
    await screenshotLightAndDark(page, 'endpoint-page');

    // Resend: the same event again, same webhook-id, a fresh timestamp and signature that verify.
    await row.getByRole('button', { name: /^Resend/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'queued to be sent again' })).toBeVisible();
    await expect.poll(() => receiver.received.length, { timeout: 15_000 }).toBe(2);
    const second = receiver.received[1]!;
    expect(second.headers['webhook-id']).toBe(first.headers['webhook-id']);
    expect(second.body).toBe(first.body);
    expect(verifier.verify(second.body, second.headers)).toMatchObject({ id: event.id });
    await expect(page.locator('tr[data-event-type="model_card.approved"]').first()).toContainText('Succeeded');

    // The list shows the endpoint with its last delivery.
    await page.goto('/admin/webhooks');
    const listed = page.locator(`tr[data-webhook-url="${receiver.url}"]`);
    await expect(listed).toContainText('Enabled');
    await expect(listed).toContainText('Succeeded');
    await screenshotLightAndDark(page, 'webhooks-list');
    // One accessibility pass over the list with the add form open, one over the endpoint page above (axe takes seconds a page).
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    await expect(page.getByRole('heading', { name: 'Add endpoint' })).toBeVisible();
    await expectAccessible(page, 'the webhooks list with the add-endpoint form');

    // Rotate the secret: the new one is shown once, and until the old one expires a delivery carries a signature with each.
    await listed.getByRole('link', { name: receiver.url }).click();
    await page.getByRole('button', { name: 'Rotate secret' }).click();
    await page.getByRole('dialog', { name: 'Rotate the signing secret?' }).getByRole('button', { name: 'Rotate secret' }).click();
    const rotated = page.getByRole('dialog', { name: 'Signing secret rotated' });
    const newSecret = await rotated.getByRole('textbox', { name: 'Signing secret' }).inputValue();
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(secret);
    await rotated.getByRole('button', { name: 'I have copied the secret' }).click();
    await expect(page.getByText('The previous signing secret also signs deliveries until')).toBeVisible();

    // Send test event: delivered to this endpoint although its filter does not name the type, verifiable with either secret.
    await page.getByRole('button', { name: 'Send test event' }).click();
    await expect.poll(() => receiver.received.length, { timeout: 15_000 }).toBe(3);
    const test = receiver.received[2]!;
    expect(test.headers['webhook-signature']!.split(' ')).toHaveLength(2);
    expect(new Webhook(newSecret).verify(test.body, test.headers)).toMatchObject({ 'detail-type': 'Cardinal Webhook Test', source: 'cardinal' });
    expect(verifier.verify(test.body, test.headers)).toMatchObject({ 'detail-type': 'Cardinal Webhook Test' });
    await expect(page.locator('tr[data-event-type="webhook.test"]')).toContainText('Succeeded');

    // Delete, after a confirmation: back on the list, which is empty again.
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('dialog', { name: 'Delete this endpoint?' }).getByRole('button', { name: 'Delete endpoint' }).click();
    await expect(page).toHaveURL(/\/admin\/webhooks$/);
    await expect(page.getByText('No webhook endpoints yet')).toBeVisible();
  } finally {
    await receiver.close();
  }
});
