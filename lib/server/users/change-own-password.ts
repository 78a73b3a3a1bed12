// A signed-in person changes their own password: the current one is checked as a sign-in checks it (the same throttle and slow-down, so
// an unattended session cannot be used to guess it), and every session, this one included, ends. Access keys stay: this is routine, not
// an admin's reset after a compromise.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { AppError, isAppError } from '@/lib/server/errors';
import { auditActor, requireActor } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { authenticatePassword } from '@/lib/server/auth/authenticate-password';
import { hashPassword } from '@/lib/server/auth/password';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { parseInput } from '@/lib/server/parse-input';
import { ZPasswordChange } from '@/lib/schemas/user';

export async function changeOwnPassword({
  actor,
  input,
  clientAddress,
  pause,
}: {
  actor: Actor | null;
  input: unknown;
  /** Where the request comes from, for the sign-in throttle (lib/server/auth/client-address.ts). */
  clientAddress: string;
  /** How a wrong password's slow-down is waited out (tests skip the wait). */
  pause?: (ms: number) => Promise<void>;
}): Promise<void> {
  const user = requireActor(actor);
  const { currentPassword, newPassword } = parseInput(ZPasswordChange, input);
  const db = getDb();
  const stored = await db.user.findUnique({ where: { id: user.id }, select: { email: true, passwordHash: true } });
  if (!stored) throw new AppError('UNAUTHENTICATED', 'Sign in again.');
  if (!stored.passwordHash) {
    throw new AppError('CONFLICT', 'You sign in through single sign-on, which keeps your password; Cardinal holds none for you to change.');
  }
  try {
    await authenticatePassword({ email: stored.email, password: currentPassword, clientAddress, pause });
  } catch (error) {
    if (isAppError(error) && error.code === 'UNAUTHENTICATED') {
      throw new AppError('INVALID_INPUT', 'currentPassword: This is not your current password.', { path: 'currentPassword' });
    }
    throw error;
  }
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    // A new session version ends every session at its next request.
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await recordAuditEvent(tx, { actor: auditActor(user), action: 'user.password_changed', targetType: 'user', targetId: user.id, targetName: stored.email });
  });
}
