// An admin changes an endpoint's URL, description, event types or enabled flag; turning it on again clears why Cardinal turned it off.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { auditActor } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { parseInput } from '@/lib/server/parse-input';
import { ZWebhookEndpointChange } from '@/lib/schemas/webhook';
import type { TWebhookEndpointChange } from '@/lib/schemas/webhook';
import { WEBHOOK_ENDPOINT_SELECT, checkWebhookUrl, requireWebhookAdmin, webhookNotFound } from './webhook-rules';
import type { WebhookEndpointDto } from './webhook-rules';
import { withDeliveryStats } from './webhook-endpoint-dto';

export async function updateWebhookEndpoint({
  actor,
  id,
  change,
}: {
  actor: Actor | null;
  id: string;
  change: TWebhookEndpointChange;
}): Promise<WebhookEndpointDto> {
  const admin = requireWebhookAdmin(actor);
  const parsed = parseInput(ZWebhookEndpointChange, change);
  const url = parsed.url === undefined ? undefined : await checkWebhookUrl(parsed.url);
  const updated = await getDb().$transaction(async (tx) => {
    const found = await tx.webhookEndpoint.findUnique({ where: { id }, select: { id: true } });
    if (!found) throw webhookNotFound();
    const data = {
      ...(url !== undefined ? { url } : {}),
      ...(parsed.description !== undefined ? { description: parsed.description } : {}),
      ...(parsed.eventTypes !== undefined ? { eventTypes: parsed.eventTypes } : {}),
      // Turning it on again starts the 5-day failure clock afresh.
      ...(parsed.enabled !== undefined ? { enabled: parsed.enabled, disabledReason: null, ...(parsed.enabled ? { failingSince: null } : {}) } : {}),
    };
    const updated = await tx.webhookEndpoint.update({ where: { id }, data: { ...data, updatedAt: new Date() }, select: WEBHOOK_ENDPOINT_SELECT });
    await recordAuditEvent(tx, {
      actor: auditActor(admin),
      action: 'webhook.updated',
      targetType: 'webhook',
      targetId: id,
      targetName: updated.url,
      details: data,
    });
    return updated;
  });
  const [withStats] = await withDeliveryStats([updated]);
  return withStats;
}
