// Email + password sign-in: one message for any wrong pair, and repeated failures per email are slowed then locked out.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { verifyPassword } from './password';
import type { Actor } from './actor';

export const MAX_FAILURES = 5;
const LOCK_MINUTES = 15;
const WINDOW_MS = LOCK_MINUTES * 60_000;
export const WRONG_CREDENTIALS = 'Email or password is incorrect.';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type SignedInUser = Actor & { sessionVersion: number };

export async function authenticatePassword(emailInput: string, password: string, now = new Date()): Promise<SignedInUser> {
  const db = getDb();
  const key = emailInput.trim().toLowerCase();
  const throttle = await db.loginThrottle.findUnique({ where: { key } });
  if (throttle?.lockedUntil && throttle.lockedUntil > now) {
    const minutes = Math.ceil((throttle.lockedUntil.getTime() - now.getTime()) / 60_000);
    throw new AppError('TOO_MANY_ATTEMPTS', `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
  }
  const user = await db.user.findUnique({ where: { email: key } });
  const valid = await verifyPassword(user?.passwordHash, password);
  if (!valid || !user) {
    const fresh = !throttle || now.getTime() - throttle.firstFailureAt.getTime() > WINDOW_MS;
    const failures = fresh ? 1 : throttle.failures + 1;
    const lockedUntil = failures >= MAX_FAILURES ? new Date(now.getTime() + WINDOW_MS) : null;
    await db.loginThrottle.upsert({
      where: { key },
      create: { key, failures, firstFailureAt: now, lockedUntil },
      update: fresh ? { failures, firstFailureAt: now, lockedUntil } : { failures, lockedUntil },
    });
    // Each further failure answers more slowly, which blunts guessing before the lock-out.
    await sleep(Math.min(200 * 2 ** (failures - 1), 3_000));
    if (lockedUntil) throw new AppError('TOO_MANY_ATTEMPTS', `Too many failed sign-in attempts. Try again in ${LOCK_MINUTES} minutes.`);
    throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
  }
  if (throttle) await db.loginThrottle.delete({ where: { key } });
  // Said only to someone who knows the password, so it reveals nothing to a guesser.
  if (!user.active) throw new AppError('FORBIDDEN', 'This account has been deactivated. Ask an administrator to reactivate it.');
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
  return { id: user.id, email: user.email, name: user.name, roles: user.roles, sessionVersion: user.sessionVersion };
}
