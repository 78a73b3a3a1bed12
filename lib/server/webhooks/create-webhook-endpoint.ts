// An admin adds a webhook endpoint; its signing secret is returned this once and stored only encrypted.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { getDb } from '@/lib/server/db';
import { auditActor } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { parseInput } from '@/lib/server/parse-input';
import { sealSecret } from '@/lib/server/access-keys/secret-box';
import { ZWebhookEndpointInput } from '@/lib/schemas/webhook';
import type { TWebhookEndpointInput } from '@/lib/schemas/webhook';
import { WEBHOOK_ENDPOINT_SELECT, checkWebhookUrl, newSigningSecret, requireWebhookAdmin } from './webhook-rules';
import type { WebhookEndpointDto } from './webhook-rules';
import { withDeliveryStats } from './webhook-endpoint-dto';

export async function createWebhookEndpoint({
  actor,
  input,
}: {
  actor: Actor | null;
  input: TWebhookEndpointInput;
}): Promise<{ endpoint: WebhookEndpointDto; secret: string }> {
  const admin = requireWebhookAdmin(actor);
  const parsed = parseInput(ZWebhookEndpointInput, input);
  const url = await checkWebhookUrl(parsed.url);
  const id = randomUUID();
  const secret = newSigningSecret();
  const endpoint = await getDb().$transaction(async (tx) => {
    const created = await tx.webhookEndpoint.create({
      data: {
        id,
        url,
        description: parsed.description,
        eventTypes: parsed.eventTypes,
        enabled: parsed.enabled,
        secretCiphertext: sealSecret('webhook', id, secret),
        createdById: admin.id,
      },
      select: WEBHOOK_ENDPOINT_SELECT,
    });
    await recordAuditEvent(tx, {
      actor: auditActor(admin),
      action: 'webhook.created',
      targetType: 'webhook',
      targetId: id,
      targetName: url,
      details: { eventTypes: parsed.eventTypes, enabled: parsed.enabled },
    });
    return created;
  });
  const [withStats] = await withDeliveryStats([endpoint]);
  return { endpoint: withStats, secret };
}
