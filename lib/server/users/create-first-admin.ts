// The first admin can be created only while there are no users at all; afterwards setup is gone.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { LOCKS, lockForTransaction } from '@/lib/server/db/transaction-lock';
import { AppError } from '@/lib/server/errors';
import { hashPassword } from '@/lib/server/auth/password';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { ZFirstAdmin } from '@/lib/schemas/user';
import type { TFirstAdmin } from '@/lib/schemas/user';
import { USER_SELECT } from './user-dto';
import type { UserDto } from './user-dto';
import { parseInput } from '@/lib/server/parse-input';

export async function createFirstAdmin(input: TFirstAdmin, via: 'setup' | 'environment' = 'setup'): Promise<UserDto> {
  const { name, email, password } = parseInput(ZFirstAdmin, input);
  const passwordHash = await hashPassword(password);
  return getDb().$transaction(async (tx) => {
    await lockForTransaction(tx, LOCKS.firstAdmin);
    if ((await tx.user.count()) > 0) throw new AppError('FORBIDDEN', 'Cardinal is already set up. Sign in instead.');
    const user = await tx.user.create({
      data: { name, email, passwordHash, roles: ['admin', 'author', 'reviewer', 'auditor'] },
      select: USER_SELECT,
    });
    await recordAuditEvent(tx, {
      actor: { id: user.id, email: user.email },
      action: 'user.first_admin_created',
      targetType: 'user',
      targetId: user.id,
      targetName: user.email,
      details: { via },
    });
    return user;
  });
}
