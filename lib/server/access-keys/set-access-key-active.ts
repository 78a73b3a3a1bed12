// The owner or an admin deactivates a key (requests signed with it are refused from the next one on) or reactivates it, unless it was revoked
// by a password reset or deactivation of its owner.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { auditActor } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { ACCESS_KEY_SELECT } from './access-key-dto';
import type { AccessKeyDto } from './access-key-dto';
import { loadManagedKey } from './managed-key';

export async function setAccessKeyActive({ actor, accessKeyId, active }: { actor: Actor | null; accessKeyId: string; active: boolean }): Promise<AccessKeyDto> {
  return getDb().$transaction(async (tx) => {
    const { manager, key } = await loadManagedKey(tx, actor, accessKeyId);
    // Asking twice for the same state changes nothing and records nothing.
    if (key.active === active) return key;
    if (active && key.revokedAt) {
      throw new AppError('CONFLICT', "This key was revoked when its owner's password was reset or the owner was deactivated. Create a new key instead.");
    }
    const updated = await tx.accessKey.update({ where: { accessKeyId }, data: { active }, select: ACCESS_KEY_SELECT });
    await recordAuditEvent(tx, {
      actor: auditActor(manager),
      action: active ? 'access_key.reactivated' : 'access_key.deactivated',
      targetType: 'access_key',
      targetId: accessKeyId,
      targetName: key.label ?? accessKeyId,
      details: { userId: key.userId },
    });
    return updated;
  });
}
