// Admins change roles, deactivate, reactivate and reset passwords; at least one active admin always remains. A reset or a deactivation
// ends the user's sessions and revokes their access keys for good: reactivating the user does not bring the keys back.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Tx } from '@/lib/server/db';
import { LOCKS, lockForTransaction } from '@/lib/server/db/transaction-lock';
import { AppError } from '@/lib/server/errors';
import { hashPassword } from '@/lib/server/auth/password';
import { auditActor, requireRole } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { ZPassword, ZRoles } from '@/lib/schemas/user';
import type { TRole } from '@/lib/schemas/user';
import { parseInput } from '@/lib/server/parse-input';
import { USER_SELECT } from './user-dto';
import type { UserDto } from './user-dto';

export type UserChange = { roles: TRole[] } | { active: boolean } | { password: string };

async function ensureAnotherActiveAdmin(tx: Tx, userId: string): Promise<void> {
  const others = await tx.user.count({ where: { id: { not: userId }, active: true, roles: { has: 'admin' } } });
  if (others === 0) throw new AppError('CONFLICT', 'Cardinal needs at least one active admin. Make someone else an admin first.');
}

export async function updateUser({ actor, userId, change }: { actor: Actor | null; userId: string; change: UserChange }): Promise<UserDto> {
  requireRole(actor, ['admin'], 'manage users');
  const roles = 'roles' in change ? parseInput(ZRoles, change.roles) : undefined;
  const passwordHash = 'password' in change ? await hashPassword(parseInput(ZPassword, change.password)) : undefined;
  return getDb().$transaction(async (tx) => {
    await lockForTransaction(tx, LOCKS.userAdmin);
    const user = await tx.user.findUnique({ where: { id: userId }, select: USER_SELECT });
    if (!user) throw new AppError('NOT_FOUND', 'That user does not exist.');
    let action: string;
    let data: Record<string, unknown>;
    let details: Record<string, unknown> = {};
    if (roles) {
      if (user.roles.includes('admin') && !roles.includes('admin')) await ensureAnotherActiveAdmin(tx, userId);
      action = 'user.roles_changed';
      data = { roles };
      details = { from: user.roles, to: roles };
    } else if ('active' in change) {
      if (!change.active && user.roles.includes('admin')) await ensureAnotherActiveAdmin(tx, userId);
      action = change.active ? 'user.reactivated' : 'user.deactivated';
      // A new session version signs the user out everywhere at their next request.
      data = { active: change.active, sessionVersion: { increment: 1 }, failedLogins: 0 };
    } else {
      action = 'user.password_reset';
      data = { passwordHash, sessionVersion: { increment: 1 } };
    }
    if (action === 'user.password_reset' || action === 'user.deactivated') {
      const revoked = await tx.accessKey.updateMany({ where: { userId, revokedAt: null }, data: { active: false, revokedAt: new Date() } });
      if (revoked.count > 0) details = { ...details, accessKeysRevoked: revoked.count };
    }
    const updated = await tx.user.update({ where: { id: userId }, data, select: USER_SELECT });
    await recordAuditEvent(tx, { actor: auditActor(actor!), action, targetType: 'user', targetId: userId, targetName: user.email, details });
    return updated;
  });
}
