// Admins read every logged attempt of one delivery, first to last: when, the status code (null: no answer), the latency and the first 1 KB of the answer; kept 30 days.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { AppError } from '@/lib/server/errors';
import { requireWebhookAdmin } from './webhook-rules';

export type WebhookAttemptDto = { id: string; attempt: number; attemptedAt: Date; statusCode: number | null; latencyMs: number; response: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function listWebhookAttempts({
  actor,
  deliveryId,
  endpointId,
}: {
  actor: Actor | null;
  deliveryId: string;
  /** When given, the delivery must be this endpoint's. */
  endpointId?: string;
}): Promise<WebhookAttemptDto[]> {
  requireWebhookAdmin(actor);
  const notFound = new AppError('NOT_FOUND', 'There is no such webhook delivery.');
  if (!UUID.test(deliveryId)) throw notFound;
  const delivery = await getDb().webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: {
      endpointId: true,
      log: { orderBy: { attempt: 'asc' }, select: { id: true, attempt: true, attemptedAt: true, statusCode: true, latencyMs: true, response: true } },
    },
  });
  if (!delivery || (endpointId !== undefined && delivery.endpointId !== endpointId)) throw notFound;
  return delivery.log;
}
