// Several app instances on one PostgreSQL: two worker processes never send the same attempt twice, and when the instance delivering is SIGKILLed a new one delivers every event (at least once) after its claims' leases run out.
import { describe, it, expect, beforeAll, afterEach } from 'vitest';
import { databaseLane, setupTestDatabase } from '@/test/database';
import type { TestDatabase } from '@/test/database';
import { createTeam, createTestCard } from '@/test/factories';
import type { Team } from '@/test/factories';
import { startWebhookReceiver } from '@/test/webhook-receiver';
import type { WebhookReceiver } from '@/test/webhook-receiver';
import { startWorkerProcess, stopWorkerProcesses } from '@/test/webhook-worker-processes';
import { createWebhookEndpoint } from './create-webhook-endpoint';

let database: TestDatabase;
let team: Team;
let receiver: WebhookReceiver | undefined;

// PGlite is owned by this test process; several instances against one database is the PostgreSQL deployment.
const onPostgres = databaseLane === 'postgres';

beforeAll(async () => {
  database = await setupTestDatabase();
  team = await createTeam();
});

afterEach(async () => {
  await stopWorkerProcesses();
  await receiver?.close();
  delete process.env.CARDINAL_WEBHOOK_ALLOW_PRIVATE;
  await database.db.webhookEndpoint.deleteMany({});
});

/** An endpoint on a receiver that takes `delayMs` per request. */
async function endpointOnReceiver(delayMs: number) {
  receiver = await startWebhookReceiver();
  receiver.answer = () => new Promise((resolve) => setTimeout(() => resolve({ status: 204 }), delayMs));
  process.env.CARDINAL_WEBHOOK_ALLOW_PRIVATE = '1';
  return (await createWebhookEndpoint({ actor: team.admin, input: { url: receiver.url } })).endpoint;
}

/** `cards` cards of `versions` versions each: cards × versions events, each with its delivery to the endpoint. */
async function createEvents(endpointId: string, cards: number, versions: number) {
  await Promise.all(Array.from({ length: cards }, () => createTestCard({ author: team.author, versions })));
  const deliveries = await database.db.webhookDelivery.findMany({ where: { endpointId }, select: { id: true, eventId: true } });
  expect(deliveries).toHaveLength(cards * versions);
  return deliveries;
}

const pendingCount = (endpointId: string) => database.db.webhookDelivery.count({ where: { endpointId, status: { not: 'Succeeded' } } });

function countsById(ids: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

describe.skipIf(!onPostgres)('two instances', () => {
  it('never send one attempt twice: every event arrives once, each attempt logged once, both instances deliver', async () => {
    const endpoint = await endpointOnReceiver(20);
    // Two deliveries in hand per instance and ten cards to deliver for: neither instance can take all that is due.
    const env = { CARDINAL_WEBHOOK_CONCURRENCY: '2' };
    const workers = await Promise.all([startWorkerProcess(database.url!, env), startWorkerProcess(database.url!, env)]);
    // Who holds a claim, sampled from before the first event until the last delivery ended.
    const claimers = new Set<string>();
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const held = await database.db.webhookDelivery.findMany({ where: { endpointId: endpoint.id, claimedBy: { not: null } }, select: { claimedBy: true } });
        for (const row of held) claimers.add(row.claimedBy!);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    const deliveries = await createEvents(endpoint.id, 10, 2);
    await expect.poll(() => pendingCount(endpoint.id), { timeout: 30_000, interval: 20 }).toBe(0);
    sampling = false;
    await sampler;
    expect([...claimers].sort()).toEqual(workers.map((worker) => worker.id).sort());
    const received = countsById(receiver!.received.map((request) => request.id));
    expect(received.size).toBe(deliveries.length);
    expect([...received.values()].every((count) => count === 1)).toBe(true);
    const attempts = await database.db.webhookDeliveryAttempt.findMany({ where: { delivery: { endpointId: endpoint.id } }, select: { attempt: true } });
    expect(attempts).toHaveLength(deliveries.length);
    expect(attempts.every((row) => row.attempt === 1)).toBe(true);
  });
});

describe.skipIf(!onPostgres)('an instance killed while delivering', () => {
  it('SIGKILLed mid-run: a new instance delivers every event after the dead one’s leases run out', async () => {
    const endpoint = await endpointOnReceiver(30);
    const deliveries = await createEvents(endpoint.id, 5, 4);
    // A lease of 2 s: the killed instance's claims are free again 2 s after it claimed them.
    const env = { CARDINAL_WEBHOOK_LEASE_SECONDS: '2' };
    const doomed = await startWorkerProcess(database.url!, env);
    await expect.poll(() => receiver!.received.length, { timeout: 20_000, interval: 5 }).toBeGreaterThanOrEqual(5);
    doomed.kill('SIGKILL');
    await doomed.exited;
    const deliveredBeforeKill = new Set(receiver!.received.map((request) => request.id));
    expect(deliveredBeforeKill.size).toBeLessThan(deliveries.length);
    await startWorkerProcess(database.url!, env);
    await expect.poll(() => pendingCount(endpoint.id), { timeout: 30_000, interval: 50 }).toBe(0);
    const received = countsById(receiver!.received.map((request) => request.id));
    expect(new Set(received.keys())).toEqual(new Set(deliveries.map((delivery) => delivery.eventId)));
    // At least once: only what the dead instance had in hand can arrive twice.
    const twice = [...received.values()].filter((count) => count > 1).length;
    expect(twice).toBeLessThanOrEqual(8);
    console.log(`SIGKILL: ${deliveredBeforeKill.size} of ${deliveries.length} delivered before the kill, ${twice} delivered twice after it`);
  });
});
