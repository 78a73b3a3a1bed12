// One delivery attempt as Standard Webhooks has it: POST the event body signed with every current secret, 15 s timeout, redirects not followed, any 2xx a success; the socket may only reach an allowed address, checked again on the address actually connected to.
import 'server-only';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { guardedLookup, refusedAddressReason } from './webhook-address';
import { signatureHeader } from './webhook-signing';

export const WEBHOOK_TIMEOUT_MS = 15_000;
export const RESPONSE_LOG_BYTES = 1024;

export type TAttemptResult = {
  ok: boolean;
  /** The HTTP status, or null when no answer came (refused address, timeout, connection error). */
  status: number | null;
  latencyMs: number;
  /** The first 1 KB of the answer, or what went wrong. */
  response: string;
  /** How long a 429 or 503 answer asked us to wait (its Retry-After), when it did. */
  retryAfterMs?: number;
};

/** Retry-After (RFC 9110 §10.2.3) in milliseconds from `now`: delay-seconds or an HTTP-date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now: Date): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

export async function sendWebhook({
  url,
  messageId,
  body,
  secrets,
  now = new Date(),
  timeoutMs = WEBHOOK_TIMEOUT_MS,
}: {
  url: string;
  messageId: string;
  body: string;
  secrets: string[];
  now?: Date;
  timeoutMs?: number;
}): Promise<TAttemptResult> {
  const started = performance.now();
  const timestamp = Math.floor(now.getTime() / 1000);
  const target = new URL(url);
  const transport = target.protocol === 'https:' ? https : http;
  const elapsed = () => Math.round(performance.now() - started);
  // A literal IP in the URL skips lookup, so it is checked here, before any connection.
  const literal = target.hostname.replace(/^\[|\]$/g, '');
  const literalRefused = net.isIP(literal) ? refusedAddressReason(literal) : null;
  if (literalRefused) return { ok: false, status: null, latencyMs: elapsed(), response: `refused: ${literalRefused}` };
  return new Promise<TAttemptResult>((resolve) => {
    let settled = false;
    const finish = (result: Omit<TAttemptResult, 'latencyMs'>) => {
      if (settled) return;
      settled = true;
      resolve({ ...result, latencyMs: elapsed() });
    };
    const request = transport.request(
      target,
      {
        method: 'POST',
        lookup: guardedLookup,
        timeout: timeoutMs,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Cardinal-Webhooks/1',
          'webhook-id': messageId,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signatureHeader(secrets, messageId, timestamp, body),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        let kept = 0;
        response.on('data', (chunk: Buffer) => {
          if (kept < RESPONSE_LOG_BYTES) {
            chunks.push(chunk.subarray(0, RESPONSE_LOG_BYTES - kept));
            kept += Math.min(chunk.length, RESPONSE_LOG_BYTES - kept);
          }
        });
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          const retryAfter = status === 429 || status === 503 ? retryAfterMs(response.headers['retry-after'], new Date()) : undefined;
          finish({
            ok: status >= 200 && status < 300,
            status,
            response: Buffer.concat(chunks).toString('utf8'),
            ...(retryAfter === undefined ? {} : { retryAfterMs: retryAfter }),
          });
        });
        response.on('error', (error) => finish({ ok: false, status: response.statusCode ?? null, response: error.message }));
      },
    );
    // Belt and braces: the peer the socket actually connected to must be allowed too.
    request.on('socket', (socket) => {
      socket.once('connect', () => {
        const reason = socket.remoteAddress ? refusedAddressReason(socket.remoteAddress) : 'no peer address';
        if (reason) request.destroy(new Error(`refused: ${reason}`));
      });
    });
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
    request.on('error', (error) => finish({ ok: false, status: null, response: error.message.slice(0, RESPONSE_LOG_BYTES) }));
    request.end(body);
  });
}
