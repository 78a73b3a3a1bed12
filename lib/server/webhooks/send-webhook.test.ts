// A delivery attempt against a real receiver on loopback: signed so the standardwebhooks package verifies it, redirects not followed, slow receivers timed out, refused addresses never reached.
import { describe, it, expect, afterEach } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { sendWebhook } from './send-webhook';

const SECRET = `whsec_${Buffer.from('0123456789abcdef0123456789abcdef').toString('base64')}`;
const servers: http.Server[] = [];

afterEach(async () => {
  delete process.env.CARDINAL_WEBHOOK_ALLOW_PRIVATE;
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise((resolve) => {
          server.closeAllConnections();
          server.close(resolve);
        }),
    ),
  );
});

async function receiver(handle: (request: http.IncomingMessage, body: string, response: http.ServerResponse) => void): Promise<string> {
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => handle(request, Buffer.concat(chunks).toString('utf8'), response));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://localhost:${(server.address() as AddressInfo).port}/hook`;
}

describe('sendWebhook', () => {
  it('posts the body with webhook-id, webhook-timestamp and a signature the standardwebhooks package verifies', async () => {
    process.env.CARDINAL_WEBHOOK_ALLOW_PRIVATE = '1';
    let verified: unknown = null;
    const url = await receiver((request, body, response) => {
      verified = new Webhook(SECRET).verify(body, request.headers as Record<string, string>);
      response.writeHead(204).end();
    });
    const body = JSON.stringify({ version: '0', id: 'e1', 'detail-type': 'SageMaker Model Card State Change', detail: { ModelCardStatus: 'Approved' } });
    const result = await sendWebhook({ url, messageId: 'e1', body, secrets: [SECRET] });
    expect(result).toMatchObject({ ok: true, status: 204 });
    expect(verified).toMatchObject({ detail: { ModelCardStatus: 'Approved' } });
  });

  it('does not follow redirects, keeps the first 1 KB of the answer, and reports 410', async () => {
    process.env.CARDINAL_WEBHOOK_ALLOW_PRIVATE = '1';
    const redirect = await receiver((_, __, response) => response.writeHead(302, { location: 'http://169.254.169.254/' }).end());
    expect(await sendWebhook({ url: redirect, messageId: 'e2', body: '{}', secrets: [SECRET] })).toMatchObject({ ok: false, status: 302 });
    const big = await receiver((_, __, response) => response.writeHead(500).end('x'.repeat(5000)));
    const failed = await sendWebhook({ url: big, messageId: 'e3', body: '{}', secrets: [SECRET] });
    expect(failed).toMatchObject({ ok: false, status: 500 });
    expect(failed.response).toHaveLength(1024);
    const gone = await receiver((_, __, response) => response.writeHead(410).end('gone'));
    expect(await sendWebhook({ url: gone, messageId: 'e4', body: '{}', secrets: [SECRET] })).toMatchObject({ ok: false, status: 410, response: 'gone' });
  });

  it('gives up on a receiver that does not answer in time', async () => {
    process.env.CARDINAL_WEBHOOK_ALLOW_PRIVATE = '1';
    const url = await receiver(() => {});
    const result = await sendWebhook({ url, messageId: 'e5', body: '{}', secrets: [SECRET], timeoutMs: 200 });
    expect(result).toMatchObject({ ok: false, status: null });
    expect(result.response).toMatch(/no answer within/);
  });

  it('never reaches a loopback receiver unless private addresses are allowed, by name or by literal address', async () => {
    let reached = 0;
    const url = await receiver((_, __, response) => {
      reached++;
      response.end();
    });
    expect(await sendWebhook({ url, messageId: 'e6', body: '{}', secrets: [SECRET] })).toMatchObject({ ok: false, status: null });
    const literal = url.replace('localhost', '127.0.0.1');
    expect((await sendWebhook({ url: literal, messageId: 'e7', body: '{}', secrets: [SECRET] })).response).toMatch(/loopback/);
    expect(reached).toBe(0);
  });
});
