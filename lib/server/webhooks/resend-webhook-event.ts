// An admin resends an event to an endpoint: a new delivery of the stored event, with the same webhook-id (the event id) so the receiver can tell it is the same event, in its stream's order like any other.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { auditActor } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { AppError } from '@/lib/server/errors';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { nudgeWorker } from '@/lib/server/jobs/worker-nudge';
import { enqueueDeliveries } from './enqueue-deliveries';
import { requireWebhookAdmin, webhookNotFound } from './webhook-rules';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Returns the new delivery's id. */
export async function resendWebhookEvent({ actor, endpointId, eventId }: { actor: Actor | null; endpointId: string; eventId: string }): Promise<string> {
  const admin = requireWebhookAdmin(actor);
  const missingEvent = new AppError('NOT_FOUND', 'There is no such event (events are kept 90 days).', { path: 'eventId' });
  if (typeof eventId !== 'string' || !UUID.test(eventId)) throw missingEvent;
  const deliveryId = await getDb().$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findUnique({ where: { id: endpointId }, select: { url: true } });
    if (!endpoint) throw webhookNotFound();
    const event = await tx.event.findUnique({ where: { id: eventId }, select: { id: true, stream: true, sequence: true, type: true, detailType: true } });
    if (!event) throw missingEvent;
    const [delivery] = await enqueueDeliveries(tx, event, { only: { endpointId } });
    await recordAuditEvent(tx, {
      actor: auditActor(admin),
      action: 'webhook.resent',
      targetType: 'webhook',
      targetId: endpointId,
      targetName: endpoint.url,
      details: { eventId, deliveryId: delivery.id },
    });
    return delivery.id;
  });
  nudgeWorker();
  return deliveryId;
}
