// Admins create accounts with a starting password and roles.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { hashPassword } from '@/lib/server/auth/password';
import { auditActor, requireRole } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { ZNewUser } from '@/lib/schemas/user';
import type { TNewUser } from '@/lib/schemas/user';
import { parseInput } from '@/lib/server/parse-input';
import { USER_SELECT } from './user-dto';
import type { UserDto } from './user-dto';

export async function createUser({ actor, ...input }: { actor: Actor | null } & TNewUser): Promise<UserDto> {
  requireRole(actor, ['admin'], 'create users');
  const { name, email, password, roles } = parseInput(ZNewUser, input);
  const passwordHash = await hashPassword(password);
  return getDb().$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
      throw new AppError('CONFLICT', `A user with the email ${email} already exists.`, { path: 'email' });
    }
    const user = await tx.user.create({ data: { name, email, passwordHash, roles }, select: USER_SELECT });
    await recordAuditEvent(tx, {
      actor: auditActor(actor!),
      action: 'user.created',
      targetType: 'user',
      targetId: user.id,
      targetName: user.email,
      details: { roles },
    });
    return user;
  });
}
