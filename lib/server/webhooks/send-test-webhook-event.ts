// An admin sends a test event to one endpoint: a Cardinal `webhook.test` event, recorded like any other and delivered to that endpoint only, through the same queue, signing and retries.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { auditActor } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { AppError } from '@/lib/server/errors';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { readArnContext } from '@/lib/server/arn-context';
import { recordEvent } from '@/lib/server/events/record-event';
import { nudgeWorker } from '@/lib/server/jobs/worker-nudge';
import { requireWebhookAdmin, webhookNotFound } from './webhook-rules';

export const WEBHOOK_TEST_TYPE = 'webhook.test';
export const WEBHOOK_TEST_DETAIL_TYPE = 'Cardinal Webhook Test';

export function webhookEndpointArn(endpointId: string): string {
  const { region, account } = readArnContext();
  return `arn:aws:sagemaker:${region}:${account}:cardinal-webhook/${endpointId}`;
}

/** Returns the test delivery's id. */
export async function sendTestWebhookEvent({ actor, endpointId }: { actor: Actor | null; endpointId: string }): Promise<string> {
  const admin = requireWebhookAdmin(actor);
  const deliveryId = await getDb().$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findUnique({ where: { id: endpointId }, select: { url: true, enabled: true } });
    if (!endpoint) throw webhookNotFound();
    if (!endpoint.enabled) throw new AppError('CONFLICT', 'This endpoint is turned off; turn it on to send it a test event.');
    const arn = webhookEndpointArn(endpointId);
    const event = await recordEvent(tx, {
      type: WEBHOOK_TEST_TYPE,
      source: 'cardinal',
      detailType: WEBHOOK_TEST_DETAIL_TYPE,
      stream: arn,
      resources: [arn],
      detail: { WebhookEndpointId: endpointId, Url: endpoint.url, RequestedBy: admin.email, Message: 'A test event sent from Cardinal.' },
      time: new Date(),
      deliverTo: { endpointId },
    });
    await recordAuditEvent(tx, {
      actor: auditActor(admin),
      action: 'webhook.test_sent',
      targetType: 'webhook',
      targetId: endpointId,
      targetName: endpoint.url,
      details: { eventId: event.id },
    });
    return event.deliveries[0].id;
  });
  nudgeWorker();
  return deliveryId;
}
