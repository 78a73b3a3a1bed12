// An admin deletes an endpoint; nothing more is sent to it.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { auditActor } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { requireWebhookAdmin, webhookNotFound } from './webhook-rules';

export async function deleteWebhookEndpoint({ actor, id }: { actor: Actor | null; id: string }): Promise<void> {
  const admin = requireWebhookAdmin(actor);
  await getDb().$transaction(async (tx) => {
    const found = await tx.webhookEndpoint.findUnique({ where: { id }, select: { url: true } });
    if (!found) throw webhookNotFound();
    await tx.webhookEndpoint.delete({ where: { id } });
    await recordAuditEvent(tx, { actor: auditActor(admin), action: 'webhook.deleted', targetType: 'webhook', targetId: id, targetName: found.url });
  });
}
