// Rotating a signing secret returns the new one this once; the old one keeps signing beside it for 24 hours, so receivers can switch without losing a delivery.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { auditActor } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { sealSecret } from '@/lib/server/access-keys/secret-box';
import { SECRET_ROTATION_GRACE_MS, WEBHOOK_ENDPOINT_SELECT, newSigningSecret, requireWebhookAdmin, webhookNotFound } from './webhook-rules';
import type { WebhookEndpointDto } from './webhook-rules';
import { withDeliveryStats } from './webhook-endpoint-dto';

export async function rotateWebhookSecret({
  actor,
  id,
  now = new Date(),
}: {
  actor: Actor | null;
  id: string;
  now?: Date;
}): Promise<{ endpoint: WebhookEndpointDto; secret: string }> {
  const admin = requireWebhookAdmin(actor);
  const secret = newSigningSecret();
  const rotated = await getDb().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ secretCiphertext: string }[]>`SELECT "secretCiphertext" FROM "WebhookEndpoint" WHERE "id" = ${id} FOR UPDATE`;
    if (!rows[0]) throw webhookNotFound();
    const endpoint = await tx.webhookEndpoint.update({
      where: { id },
      data: {
        secretCiphertext: sealSecret('webhook', id, secret),
        previousSecretCiphertext: rows[0].secretCiphertext,
        previousSecretExpiresAt: new Date(now.getTime() + SECRET_ROTATION_GRACE_MS),
        updatedAt: now,
      },
      select: WEBHOOK_ENDPOINT_SELECT,
    });
    await recordAuditEvent(tx, { actor: auditActor(admin), action: 'webhook.secret_rotated', targetType: 'webhook', targetId: id, targetName: endpoint.url });
    return endpoint;
  });
  const [withStats] = await withDeliveryStats([rotated]);
  return { endpoint: withStats, secret };
}
