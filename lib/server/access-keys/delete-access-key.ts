// The owner or an admin deletes a key for good; the audit trail keeps who deleted which key and when.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { auditActor } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import type { AccessKeyDto } from './access-key-dto';
import { loadManagedKey } from './managed-key';

export async function deleteAccessKey({ actor, accessKeyId }: { actor: Actor | null; accessKeyId: string }): Promise<AccessKeyDto> {
  return getDb().$transaction(async (tx) => {
    const { manager, key } = await loadManagedKey(tx, actor, accessKeyId);
    await tx.accessKey.delete({ where: { accessKeyId } });
    await recordAuditEvent(tx, {
      actor: auditActor(manager),
      action: 'access_key.deleted',
      targetType: 'access_key',
      targetId: accessKeyId,
      targetName: key.label ?? accessKeyId,
      details: { userId: key.userId, label: key.label, lastUsedAt: key.lastUsedAt?.toISOString() ?? null },
    });
    return key;
  });
}
