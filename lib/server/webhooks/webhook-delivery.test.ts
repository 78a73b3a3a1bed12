// Webhook delivery against a real receiver on loopback and a real database: the outbox writes deliveries with the event, attempts are signed so the standardwebhooks package verifies them, retries follow the schedule on a test clock, 410 and five failing days turn the endpoint off, a card's events arrive in order, and admins read the log, send tests, resend and retry.
import { describe, it, expect, beforeAll, beforeEach, afterEach } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { setupTestDatabase } from '@/test/database';
import type { TestDatabase } from '@/test/database';
import { createTeam, createTestCard, sampleContent } from '@/test/factories';
import type { Team } from '@/test/factories';
import { startWebhookReceiver } from '@/test/webhook-receiver';
import type { WebhookReceiver } from '@/test/webhook-receiver';
import { saveVersion } from '@/lib/server/model-cards/save-version';
import { getCard } from '@/lib/server/model-cards/get-card';
import { isAppError } from '@/lib/server/errors';
import { startWorker } from '@/lib/server/jobs/worker';
import { purgeExpiredEvents } from '@/lib/server/events/purge-expired-events';
import { listEvents } from '@/lib/server/events/list-events';
import { createWebhookEndpoint } from './create-webhook-endpoint';
import { getWebhookEndpoint } from './get-webhook-endpoint';
import { updateWebhookEndpoint } from './update-webhook-endpoint';
import { rotateWebhookSecret } from './rotate-webhook-secret';
import { claimDueDeliveries } from './claim-due-deliveries';
import { runDeliveryAttempt } from './run-delivery-attempt';
import { listWebhookDeliveries } from './list-webhook-deliveries';
import { listWebhookAttempts } from './list-webhook-attempts';
import { sendTestWebhookEvent } from './send-test-webhook-event';
import { resendWebhookEvent } from './resend-webhook-event';
import { retryFailedWebhookDeliveries } from './retry-failed-webhook-deliveries';
import { RETRY_DELAYS_MS } from './delivery-rules';

let database: TestDatabase;
let team: Team;
let receiver: WebhookReceiver;

beforeAll(async () => {
  database = await setupTestDatabase();
  team = await createTeam();
});

beforeEach(async () => {
  process.env.CARDINAL_WEBHOOK_ALLOW_PRIVATE = '1';
  receiver = await startWebhookReceiver();
});

afterEach(async () => {
  delete process.env.CARDINAL_WEBHOOK_ALLOW_PRIVATE;
  await receiver.close();
  // Endpoints (and with them their deliveries) go, so no test's queue reaches into the next.
  await database.db.webhookEndpoint.deleteMany({});
});

async function addEndpoint(eventTypes: string[] = [], url = receiver.url) {
  return createWebhookEndpoint({ actor: team.admin, input: { url, eventTypes: eventTypes as never } });
}

/** One turn of the worker on the test clock: claims what is due at `now` and attempts it. */
async function runDue(now: Date, limit = 50): Promise<number> {
  const claims = await claimDueDeliveries({ workerId: 'test', limit, now });
  await Promise.all(claims.map((claim) => runDeliveryAttempt(claim, { now: () => now })));
  return claims.length;
}

/** Turns until nothing more is due: a card's later events are only claimable once the earlier ones are done. */
async function drainDue(now: Date): Promise<void> {
  while ((await runDue(now)) > 0);
}

const deliveriesOf = (endpointId: string) =>
  database.db.webhookDelivery.findMany({ where: { endpointId }, orderBy: [{ createdAt: 'asc' }, { sequence: 'asc' }] });

describe('the outbox fan-out', () => {
  it('writes one delivery per enabled endpoint whose filter takes the type, in the event transaction', async () => {
    const all = await addEndpoint();
    const approvals = await addEndpoint(['model_card.approved']);
    const saves = await addEndpoint(['model_card.version_saved', 'model_card.created']);
    const off = await addEndpoint();
    await updateWebhookEndpoint({ actor: team.admin, id: off.endpoint.id, change: { enabled: false } });
    const { card } = await createTestCard({ author: team.author });
    const event = await database.db.event.findFirstOrThrow({
      where: { type: 'model_card.created', resources: { has: `arn:aws:sagemaker:us-east-1:000000000000:model-card/${card.name}` } },
    });
    expect((await deliveriesOf(all.endpoint.id)).map((row) => row.eventId)).toEqual([event.id]);
    expect(await deliveriesOf(approvals.endpoint.id)).toEqual([]);
    expect(await deliveriesOf(saves.endpoint.id)).toMatchObject([{ eventId: event.id, stream: event.stream, sequence: 1, status: 'Pending', attempts: 0 }]);
    expect(await deliveriesOf(off.endpoint.id)).toEqual([]);

    // A change refused (stale base version) rolls back, and with it its event and deliveries.
    await saveVersion({ actor: team.author, cardId: card.id, baseVersion: 1, content: sampleContent({ description: 'v2' }) });
    await expect(saveVersion({ actor: team.author, cardId: card.id, baseVersion: 1, content: sampleContent({ description: 'stale' }) })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect((await deliveriesOf(all.endpoint.id)).map((row) => row.sequence)).toEqual([1, 2]);
  });
});

describe('an attempt', () => {
  it('posts the stored event body with webhook-id = event id, signed so standardwebhooks verifies it, and logs the attempt', async () => {
    const { endpoint, secret } = await addEndpoint();
    await createTestCard({ author: team.author });
    const [delivery] = await deliveriesOf(endpoint.id);
    const event = await database.db.event.findUniqueOrThrow({ where: { id: delivery.eventId } });
    receiver.answer = () => ({ status: 200, body: 'thanks' });
    expect(await runDue(new Date())).toBe(1);
    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    expect(request.id).toBe(event.id);
    expect(request.body).toBe(event.body);
    expect(new Webhook(secret).verify(request.body, request.headers)).toMatchObject({ id: event.id, 'detail-type': 'SageMaker Model Card State Change' });
    const attempts = await listWebhookAttempts({ actor: team.admin, deliveryId: delivery.id, endpointId: endpoint.id });
    expect(attempts).toMatchObject([{ attempt: 1, statusCode: 200, response: 'thanks', latencyMs: expect.any(Number) }]);
    expect(await database.db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({
      status: 'Succeeded',
      attempts: 1,
      claimToken: null,
    });
    expect(await runDue(new Date(Date.now() + 86_400_000))).toBe(0);

    // After a rotation both secrets sign the delivery for 24 hours.
    const { secret: rotated } = await rotateWebhookSecret({ actor: team.admin, id: endpoint.id });
    await resendWebhookEvent({ actor: team.admin, endpointId: endpoint.id, eventId: event.id });
    expect(await runDue(new Date())).toBe(1);
    const resent = receiver.received[1];
    expect(resent.id).toBe(event.id);
    expect(() => new Webhook(secret).verify(resent.body, resent.headers)).not.toThrow();
    expect(() => new Webhook(rotated).verify(resent.body, resent.headers)).not.toThrow();
  });

  it('keeps the first 1 KB of the answer, and logs a refused address when private receivers are no longer allowed', async () => {
    const { endpoint } = await addEndpoint();
    await createTestCard({ author: team.author });
    receiver.answer = () => ({ status: 500, body: 'é'.repeat(3000) });
    await runDue(new Date());
    const [delivery] = await deliveriesOf(endpoint.id);
    const [first] = await listWebhookAttempts({ actor: team.admin, deliveryId: delivery.id });
    expect(first.statusCode).toBe(500);
    expect(Buffer.byteLength(first.response)).toBeLessThanOrEqual(1024);
    expect(first.response.length).toBeGreaterThan(500);

    delete process.env.CARDINAL_WEBHOOK_ALLOW_PRIVATE;
    await runDue(new Date(Date.now() + RETRY_DELAYS_MS[0]));
    const attempts = await listWebhookAttempts({ actor: team.admin, deliveryId: delivery.id });
    expect(attempts[1]).toMatchObject({ attempt: 2, statusCode: null, response: expect.stringMatching(/^refused: .*loopback/) });
    expect(receiver.received).toHaveLength(1);
  });
});

describe('retries on the test clock', () => {
  it('retry after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, then give up; the next event of the card waits until then', async () => {
    const { endpoint } = await addEndpoint();
    receiver.answer = () => ({ status: 503 });
    const { card } = await createTestCard({ author: team.author });
    await saveVersion({ actor: team.author, cardId: card.id, baseVersion: 1, content: sampleContent({ description: 'second' }) });
    const [first, second] = await deliveriesOf(endpoint.id);
    expect([first.sequence, second.sequence]).toEqual([1, 2]);
    let now = new Date(Date.now() + 1000);
    expect(await runDue(now)).toBe(1);
    for (const delay of RETRY_DELAYS_MS) {
      const row = await database.db.webhookDelivery.findUniqueOrThrow({ where: { id: first.id } });
      expect(row.nextAttemptAt.getTime() - now.getTime()).toBe(delay);
      expect(await runDue(new Date(now.getTime() + delay - 1))).toBe(0);
      now = new Date(now.getTime() + delay);
      expect(await runDue(now)).toBe(1);
    }
    expect(await database.db.webhookDelivery.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: 'Failed', attempts: 8 });
    expect(receiver.received.map((request) => request.id)).toEqual(Array(8).fill(first.eventId));
    // Given up: the card's next event may go now.
    receiver.answer = () => ({ status: 204 });
    now = new Date(now.getTime() + 1000);
    expect(await runDue(now)).toBe(1);
    expect(receiver.received.at(-1)!.id).toBe(second.eventId);
    const endpointNow = await getWebhookEndpoint({ actor: team.admin, id: endpoint.id });
    expect(endpointNow).toMatchObject({
      enabled: true,
      failingSince: null,
      failedDeliveries: 1,
      pendingDeliveries: 0,
      lastDelivery: { id: second.id, status: 'Succeeded', statusCode: 204 },
    });

    // Retry failed since …: a fresh round, attempt numbers counting on.
    expect(await retryFailedWebhookDeliveries({ actor: team.admin, endpointId: endpoint.id, since: new Date(0).toISOString(), now })).toBe(1);
    expect(await runDue(now)).toBe(1);
    expect(await database.db.webhookDelivery.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: 'Succeeded', attempts: 9 });
    expect((await listWebhookAttempts({ actor: team.admin, deliveryId: first.id })).map((attempt) => attempt.attempt)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("a 429 or 503 with Retry-After waits as long as it asks, within the schedule's longest step; other answers keep the schedule", async () => {
    const { endpoint } = await addEndpoint();
    const answers = [
      { status: 503, headers: { 'Retry-After': '120' } }, // longer than 5 s: 2 min
      { status: 429, headers: { 'Retry-After': new Date(Date.now() + 3 * 3600_000).toUTCString() } }, // an HTTP-date 3 h ahead, longer than 5 min
      { status: 503, headers: { 'Retry-After': '1' } }, // shorter than 30 min: the schedule
      { status: 429, headers: { 'Retry-After': '864000' } }, // 10 days: at most 10 h
      { status: 500, headers: { 'Retry-After': '7200000' } }, // not a 429 or 503: the schedule (5 h)
      { status: 503, headers: { 'Retry-After': 'soon' } }, // unreadable: the schedule (10 h)
    ];
    receiver.answer = () => answers[receiver.received.length - 1] ?? { status: 204 };
    await createTestCard({ author: team.author });
    const [delivery] = await deliveriesOf(endpoint.id);
    let now = new Date(Date.now() + 1000);
    const waits: number[] = [];
    for (let attempt = 0; attempt < answers.length; attempt++) {
      expect(await runDue(now)).toBe(1);
      const row = await database.db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
      waits.push(row.nextAttemptAt.getTime() - now.getTime());
      now = row.nextAttemptAt;
    }
    expect(waits[0]).toBe(120_000);
    // The date is read against the real clock, a second or two from the test's.
    expect(Math.abs(waits[1] - 3 * 3600_000)).toBeLessThan(5_000);
    expect(waits.slice(2)).toEqual([RETRY_DELAYS_MS[2], 10 * 3600_000, RETRY_DELAYS_MS[4], RETRY_DELAYS_MS[5]]);
    expect(await runDue(now)).toBe(1);
    expect(await database.db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({ status: 'Succeeded', attempts: 7 });
  });

  it('a 410 turns the endpoint off with the reason and nothing more is sent to it', async () => {
    const { endpoint } = await addEndpoint();
    receiver.answer = () => ({ status: 410, body: 'gone' });
    const { card } = await createTestCard({ author: team.author });
    await runDue(new Date());
    const off = await getWebhookEndpoint({ actor: team.admin, id: endpoint.id });
    expect(off).toMatchObject({ enabled: false, disabledReason: expect.stringContaining('410 Gone') });
    await saveVersion({ actor: team.author, cardId: card.id, baseVersion: 1, content: sampleContent({ description: 'after 410' }) });
    expect(await runDue(new Date(Date.now() + 86_400_000))).toBe(0);
    expect(receiver.received).toHaveLength(1);
    const audit = await database.db.auditEvent.findFirst({ where: { action: 'webhook.disabled', targetId: endpoint.id } });
    expect(audit?.actorEmail).toBe('system:webhook-worker');
  });

  it('an endpoint that fails everything for 5 days is turned off, saying since when', async () => {
    const { endpoint } = await addEndpoint();
    receiver.answer = () => ({ status: 500, body: 'down' });
    const start = Date.now();
    for (let day = 0; day < 6; day++) {
      const { card } = await createTestCard({ author: team.author });
      await database.db.webhookDelivery.updateMany({
        where: { endpointId: endpoint.id, stream: { endsWith: `/${card.name}` } },
        data: { nextAttemptAt: new Date(start + day * 86_400_000) },
      });
      await runDue(new Date(start + day * 86_400_000));
      const state = await getWebhookEndpoint({ actor: team.admin, id: endpoint.id });
      expect(state.failingSince?.getTime()).toBe(start);
      expect(state.enabled, `day ${day}`).toBe(day < 5);
    }
    const off = await getWebhookEndpoint({ actor: team.admin, id: endpoint.id });
    expect(off.disabledReason).toMatch(/^Every delivery failed from .* \(5 days\); the last answer was 500: down/);
    await updateWebhookEndpoint({ actor: team.admin, id: endpoint.id, change: { enabled: true } });
    expect(await getWebhookEndpoint({ actor: team.admin, id: endpoint.id })).toMatchObject({ enabled: true, disabledReason: null, failingSince: null });
  });
});

describe('ordering', () => {
  it('20 saves to one card from 5 concurrent writers reach the receiver in sequence order through the running worker', async () => {
    const { endpoint } = await addEndpoint();
    const { card } = await createTestCard({ author: team.author });
    // A slow receiver keeps several of the card's deliveries pending at once, so the worker has to hold the later ones back.
    receiver.answer = () => new Promise((resolve) => setTimeout(() => resolve({ status: 204 }), 5));
    const worker = startWorker({ poll: 50 });
    try {
      await Promise.all(
        Array.from({ length: 5 }, async (_, writer) => {
          for (let save = 0; save < 4; save++) {
            for (;;) {
              const { latestVersion } = await getCard({ actor: team.author, cardId: card.id });
              try {
                const description = `writer ${writer} save ${save}`;
                await saveVersion({ actor: team.author, cardId: card.id, baseVersion: latestVersion, content: sampleContent({ description }) });
                break;
              } catch (error) {
                if (!isAppError(error) || error.code !== 'CONFLICT') throw error;
              }
            }
          }
        }),
      );
      await expect.poll(() => receiver.received.length, { timeout: 30_000 }).toBe(21);
    } finally {
      await worker.stop();
    }
    const sequences = receiver.received.map((request) => (JSON.parse(request.body) as { detail: { ModelCardVersion: number } }).detail.ModelCardVersion);
    expect(sequences).toEqual(Array.from({ length: 21 }, (_, index) => index + 1));
    expect((await deliveriesOf(endpoint.id)).every((row) => row.status === 'Succeeded')).toBe(true);
  });
});

describe('admin services', () => {
  it('list deliveries newest first in pages, send a test event, resend with the same webhook-id; admins only', async () => {
    const { endpoint, secret } = await addEndpoint();
    const { card } = await createTestCard({ author: team.author, versions: 3 });
    await drainDue(new Date());
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listWebhookDeliveries({ actor: team.admin, endpointId: endpoint.id, limit: 2, cursor });
      seen.push(...page.items.map((item) => `${item.sequence}:${item.status}`));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(['3:Succeeded', '2:Succeeded', '1:Succeeded']);
    expect((await listWebhookDeliveries({ actor: team.admin, endpointId: endpoint.id, status: 'Failed' })).items).toEqual([]);
    await expect(listWebhookDeliveries({ actor: team.admin, endpointId: endpoint.id, status: 'Lost' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });

    const testDelivery = await sendTestWebhookEvent({ actor: team.admin, endpointId: endpoint.id });
    await runDue(new Date());
    const testRequest = receiver.received.at(-1)!;
    expect(new Webhook(secret).verify(testRequest.body, testRequest.headers)).toMatchObject({ source: 'cardinal', 'detail-type': 'Cardinal Webhook Test' });
    const [latest] = (await listWebhookDeliveries({ actor: team.admin, endpointId: endpoint.id })).items;
    expect(latest).toMatchObject({ id: testDelivery, eventType: 'webhook.test', status: 'Succeeded', attempts: 1, lastStatusCode: 204 });

    // A ping to one endpoint, not a change: the event feed never shows it.
    expect((await listEvents({ actor: team.auditor, types: ['webhook.test'] })).events).toEqual([]);
    const feedTypes: string[] = [];
    for (let page = await listEvents({ actor: team.auditor }); ; page = await listEvents({ actor: team.auditor, after: page.cursor })) {
      feedTypes.push(...page.events.map((item) => item.type));
      if (!page.hasMore) break;
    }
    expect(feedTypes).toContain('model_card.version_saved');
    expect(feedTypes).not.toContain('webhook.test');

    const original = receiver.received.find((request) => request.body.includes(`model-card/${card.name}`))!;
    const resent = await resendWebhookEvent({ actor: team.admin, endpointId: endpoint.id, eventId: original.id });
    await runDue(new Date());
    expect(receiver.received.at(-1)).toMatchObject({ id: original.id, body: original.body });
    expect(await database.db.webhookDelivery.findUniqueOrThrow({ where: { id: resent } })).toMatchObject({ status: 'Succeeded' });

    for (const actor of [team.author, team.reviewer, team.auditor]) {
      await expect(listWebhookDeliveries({ actor, endpointId: endpoint.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(listWebhookAttempts({ actor, deliveryId: resent })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(sendTestWebhookEvent({ actor, endpointId: endpoint.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(resendWebhookEvent({ actor, endpointId: endpoint.id, eventId: original.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(retryFailedWebhookDeliveries({ actor, endpointId: endpoint.id, since: new Date() })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(resendWebhookEvent({ actor: team.admin, endpointId: endpoint.id, eventId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(listWebhookAttempts({ actor: team.admin, deliveryId: resent, endpointId: 'another' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('attempt logs go after 30 days in the hourly purge', async () => {
    const { endpoint } = await addEndpoint();
    await createTestCard({ author: team.author });
    await runDue(new Date());
    const [delivery] = await deliveriesOf(endpoint.id);
    expect(await listWebhookAttempts({ actor: team.admin, deliveryId: delivery.id })).toHaveLength(1);
    await purgeExpiredEvents({ now: new Date(Date.now() + 29 * 86_400_000) });
    expect(await listWebhookAttempts({ actor: team.admin, deliveryId: delivery.id })).toHaveLength(1);
    await purgeExpiredEvents({ now: new Date(Date.now() + 31 * 86_400_000) });
    expect(await listWebhookAttempts({ actor: team.admin, deliveryId: delivery.id })).toHaveLength(0);
  });
});
