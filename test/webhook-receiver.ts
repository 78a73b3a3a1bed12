// A real HTTP receiver on 127.0.0.1 for webhook tests and benchmarks: records every request (headers and raw body) and answers what the test tells it to.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type ReceivedWebhook = { id: string; timestamp: string; signature: string; headers: Record<string, string>; body: string; at: number };
export type WebhookAnswer = { status: number; body?: string; headers?: Record<string, string> };

export type WebhookReceiver = {
  url: string;
  received: ReceivedWebhook[];
  /** Decides each answer; 204 unless changed. */
  answer: (request: ReceivedWebhook) => WebhookAnswer | Promise<WebhookAnswer>;
  close: () => Promise<void>;
};

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const receiver: WebhookReceiver = { url: '', received: [], answer: () => ({ status: 204 }), close: async () => {} };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', async () => {
      const headers = request.headers as Record<string, string>;
      const received = {
        id: headers['webhook-id'],
        timestamp: headers['webhook-timestamp'],
        signature: headers['webhook-signature'],
        headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      };
      receiver.received.push(received);
      const answer = await receiver.answer(received);
      response.writeHead(answer.status, answer.headers).end(answer.body ?? '');
    });
  });
  server.keepAliveTimeout = 100;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  receiver.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return receiver;
}
