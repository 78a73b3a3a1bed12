// Only admins manage webhook endpoints; a URL is http(s) with no credentials in it and reaches only addresses webhookAddress allows; a signing secret is `whsec_` + 32 random bytes in base64 (Standard Webhooks).
import 'server-only';
import { randomBytes } from 'node:crypto';
import { AppError } from '@/lib/server/errors';
import { requireRole } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { checkWebhookHost } from './webhook-address';

export const SECRET_ROTATION_GRACE_MS = 24 * 60 * 60 * 1000;

export function requireWebhookAdmin(actor: Actor | null | undefined): Actor {
  return requireRole(actor, ['admin'], 'manage webhooks');
}

export function newSigningSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

export async function checkWebhookUrl(text: string): Promise<string> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new AppError('INVALID_INPUT', 'url: enter a full URL such as https://hooks.example.com/cardinal', { path: 'url' });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new AppError('INVALID_INPUT', `url: only http and https URLs receive webhooks, not ${url.protocol}`, { path: 'url' });
  if (url.username || url.password)
    throw new AppError('INVALID_INPUT', 'url: put no user name or password in the URL; verify the webhook signature instead', { path: 'url' });
  const refused = await checkWebhookHost(url.hostname);
  if (refused) throw new AppError('INVALID_INPUT', `url: ${refused}`, { path: 'url' });
  return url.toString();
}

export const WEBHOOK_ENDPOINT_SELECT = {
  id: true,
  url: true,
  description: true,
  eventTypes: true,
  enabled: true,
  disabledReason: true,
  failingSince: true,
  previousSecretExpiresAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

export type TWebhookDeliveryStatus = 'Pending' | 'Succeeded' | 'Failed';

export type WebhookEndpointDto = {
  id: string;
  url: string;
  description: string;
  eventTypes: string[];
  enabled: boolean;
  /** Why Cardinal turned the endpoint off (410 Gone, 5 days of failures); null when on or turned off by an admin. */
  disabledReason: string | null;
  /** The first failed attempt since the last success; null while deliveries succeed. */
  failingSince: Date | null;
  previousSecretExpiresAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** The delivery attempted most recently, with its outcome so far. */
  lastDelivery: { id: string; status: TWebhookDeliveryStatus; statusCode: number | null; attemptedAt: Date } | null;
  pendingDeliveries: number;
  failedDeliveries: number;
};

export function webhookNotFound(): AppError {
  return new AppError('NOT_FOUND', 'There is no such webhook endpoint.');
}
