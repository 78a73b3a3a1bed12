// An admin retries an endpoint's given-up deliveries created since a time: each goes back in the queue for a fresh round of the retry schedule, keeping its attempt numbers counting up.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { auditActor } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { AppError } from '@/lib/server/errors';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { nudgeWorker } from '@/lib/server/jobs/worker-nudge';
import { utcTimestamp, webhookNow } from './delivery-rules';
import { requireWebhookAdmin, webhookNotFound } from './webhook-rules';

function parseSince(since: Date | string): Date {
  const date = since instanceof Date ? since : new Date(typeof since === 'string' ? since : NaN);
  if (Number.isNaN(date.getTime())) throw new AppError('INVALID_INPUT', 'since: give a time such as 2026-12-01T00:00:00Z', { path: 'since' });
  return date;
}

/** Returns how many deliveries were requeued. */
export async function retryFailedWebhookDeliveries({
  actor,
  endpointId,
  since,
  now = webhookNow(),
}: {
  actor: Actor | null;
  endpointId: string;
  since: Date | string;
  now?: Date;
}): Promise<number> {
  const admin = requireWebhookAdmin(actor);
  const from = parseSince(since);
  const count = await getDb().$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findUnique({ where: { id: endpointId }, select: { url: true } });
    if (!endpoint) throw webhookNotFound();
    const requeued = await tx.$executeRaw`
      UPDATE "WebhookDelivery"
      SET "status" = 'Pending', "roundStart" = "attempts", "nextAttemptAt" = ${utcTimestamp(now)}::timestamp, "completedAt" = NULL
      WHERE "endpointId" = ${endpointId} AND "status" = 'Failed' AND "createdAt" >= ${utcTimestamp(from)}::timestamp`;
    await recordAuditEvent(tx, {
      actor: auditActor(admin),
      action: 'webhook.retried',
      targetType: 'webhook',
      targetId: endpointId,
      targetName: endpoint.url,
      details: { since: from.toISOString(), requeued },
    });
    return requeued;
  });
  if (count > 0) nudgeWorker();
  return count;
}
