// Admins manage webhook endpoints: URLs checked against SSRF rules at save, the secret shown once and stored encrypted, rotation signing with both secrets for 24 hours; signatures verify with the standardwebhooks package.
import { describe, it, expect, beforeAll, afterEach } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { setupTestDatabase } from '@/test/database';
import type { TestDatabase } from '@/test/database';
import { createTeam } from '@/test/factories';
import type { Team } from '@/test/factories';
import { createWebhookEndpoint } from './create-webhook-endpoint';
import { listWebhookEndpoints } from './list-webhook-endpoints';
import { updateWebhookEndpoint } from './update-webhook-endpoint';
import { deleteWebhookEndpoint } from './delete-webhook-endpoint';
import { rotateWebhookSecret } from './rotate-webhook-secret';
import { signatureHeader, signingSecrets } from './webhook-signing';

let database: TestDatabase;
let team: Team;

beforeAll(async () => {
  database = await setupTestDatabase();
  team = await createTeam();
});

afterEach(() => {
  delete process.env.CARDINAL_WEBHOOK_ALLOW_PRIVATE;
});

const storedEndpoint = (id: string) => database.db.webhookEndpoint.findUniqueOrThrow({ where: { id } });

describe('webhook endpoints', () => {
  it('admins add one; the whsec_ secret comes back once and is stored only encrypted', async () => {
    const { endpoint, secret } = await createWebhookEndpoint({
      actor: team.admin,
      input: { url: 'https://93.184.215.14/hooks', description: 'Ticketing', eventTypes: ['model_card.approved'] },
    });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(endpoint).toMatchObject({ url: 'https://93.184.215.14/hooks', description: 'Ticketing', eventTypes: ['model_card.approved'], enabled: true });
    expect(JSON.stringify(endpoint)).not.toContain(secret.slice(6));
    const row = await storedEndpoint(endpoint.id);
    expect(row.secretCiphertext).not.toContain(secret.slice(6));
    expect(signingSecrets(row)).toEqual([secret]);
    expect((await listWebhookEndpoints({ actor: team.admin })).map((item) => item.id)).toContain(endpoint.id);
  });

  it('only admins manage endpoints', async () => {
    for (const actor of [team.author, team.reviewer, team.auditor]) {
      await expect(createWebhookEndpoint({ actor, input: { url: 'https://93.184.215.14/' } })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(listWebhookEndpoints({ actor })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('refuses URLs that are not http(s), carry credentials, or reach private, loopback or metadata addresses', async () => {
    for (const url of [
      'ftp://93.184.215.14/',
      'file:///etc/passwd',
      'https://user:pw@93.184.215.14/',
      'http://127.0.0.1:8080/',
      'http://localhost/',
      'http://10.0.0.5/',
      'http://[::ffff:127.0.0.1]/',
      'http://169.254.169.254/latest/meta-data/',
      'http://[fd00:ec2::254]/',
      'not a url',
    ]) {
      await expect(createWebhookEndpoint({ actor: team.admin, input: { url } }), url).rejects.toMatchObject({ code: 'INVALID_INPUT', path: 'url' });
    }
    process.env.CARDINAL_WEBHOOK_ALLOW_PRIVATE = '1';
    await expect(createWebhookEndpoint({ actor: team.admin, input: { url: 'http://localhost:9/hook' } })).resolves.toBeTruthy();
    await expect(createWebhookEndpoint({ actor: team.admin, input: { url: 'http://169.254.169.254/' } })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('refuses unknown event types', async () => {
    await expect(
      createWebhookEndpoint({ actor: team.admin, input: { url: 'https://93.184.215.14/', eventTypes: ['card.exploded' as never] } }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('updates, disables and deletes', async () => {
    const { endpoint } = await createWebhookEndpoint({ actor: team.admin, input: { url: 'https://93.184.215.14/a' } });
    const updated = await updateWebhookEndpoint({
      actor: team.admin,
      id: endpoint.id,
      change: { description: 'Slack relay', enabled: false, eventTypes: ['model_card.submitted', 'model_card.approved'] },
    });
    expect(updated).toMatchObject({
      description: 'Slack relay',
      enabled: false,
      eventTypes: ['model_card.submitted', 'model_card.approved'],
      url: 'https://93.184.215.14/a',
    });
    // A change of one field leaves the others as they were (enable/disable sends only `enabled`).
    expect(await updateWebhookEndpoint({ actor: team.admin, id: endpoint.id, change: { enabled: true } })).toMatchObject({
      description: 'Slack relay',
      enabled: true,
      eventTypes: ['model_card.submitted', 'model_card.approved'],
    });
    expect(await updateWebhookEndpoint({ actor: team.admin, id: endpoint.id, change: { description: 'Pager' } })).toMatchObject({
      description: 'Pager',
      enabled: true,
      eventTypes: ['model_card.submitted', 'model_card.approved'],
    });
    await expect(updateWebhookEndpoint({ actor: team.admin, id: endpoint.id, change: { url: 'http://127.0.0.1/' } })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await deleteWebhookEndpoint({ actor: team.admin, id: endpoint.id });
    await expect(deleteWebhookEndpoint({ actor: team.admin, id: endpoint.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('signing', () => {
  it('a signature made with the endpoint secret verifies with the standardwebhooks package', async () => {
    const { endpoint, secret } = await createWebhookEndpoint({ actor: team.admin, input: { url: 'https://93.184.215.14/' } });
    const body = JSON.stringify({ version: '0', id: 'f0c0ffee-0000-4000-8000-000000000001', detail: {} });
    const timestamp = Math.floor(Date.now() / 1000);
    const header = signatureHeader(signingSecrets(await storedEndpoint(endpoint.id)), 'msg_1', timestamp, body);
    const verified = new Webhook(secret).verify(body, { 'webhook-id': 'msg_1', 'webhook-timestamp': String(timestamp), 'webhook-signature': header });
    expect(verified).toMatchObject({ version: '0' });
  });

  it('after rotation both secrets sign for 24 hours, then only the new one', async () => {
    const { endpoint, secret: old } = await createWebhookEndpoint({ actor: team.admin, input: { url: 'https://93.184.215.14/' } });
    const now = new Date();
    const { secret: rotated } = await rotateWebhookSecret({ actor: team.admin, id: endpoint.id, now });
    expect(rotated).not.toBe(old);
    const row = await storedEndpoint(endpoint.id);
    const body = '{"detail":{}}';
    const timestamp = Math.floor(Date.now() / 1000);
    const header = signatureHeader(signingSecrets(row, now), 'msg_2', timestamp, body);
    expect(header.split(' ')).toHaveLength(2);
    const headers = { 'webhook-id': 'msg_2', 'webhook-timestamp': String(timestamp), 'webhook-signature': header };
    expect(() => new Webhook(old).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(rotated).verify(body, headers)).not.toThrow();
    const later = new Date(now.getTime() + 24 * 60 * 60 * 1000 + 1);
    const laterHeader = signatureHeader(signingSecrets(row, later), 'msg_2', timestamp, body);
    expect(() => new Webhook(old).verify(body, { ...headers, 'webhook-signature': laterHeader })).toThrow();
    expect(() => new Webhook(rotated).verify(body, { ...headers, 'webhook-signature': laterHeader })).not.toThrow();
  });
});
