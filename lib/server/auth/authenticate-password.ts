// Email + password sign-in: one message for any wrong pair; each (email, client address) gets 5 password checks per 15 minutes, counted before the check.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { verifyPassword } from './password';
import type { Actor } from './actor';

export const MAX_FAILURES = 5;
const LOCK_MINUTES = 15;
const WINDOW_MS = LOCK_MINUTES * 60_000;
export const WRONG_CREDENTIALS = 'Email or password is incorrect.';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export type SignedInUser = Actor & { sessionVersion: number };

export type PasswordSignIn = {
  email: string;
  password: string;
  /** Where the attempt comes from (see client-address.ts): failures from one client never lock out another. */
  clientAddress: string;
  now?: Date;
  /** How a failure's slow-down is waited out (tests of the counting skip the wait). */
  pause?: (ms: number) => Promise<void>;
};

function tooManyAttempts(windowStartMs: number, now: Date): AppError {
  const minutes = Math.max(1, Math.ceil((windowStartMs + WINDOW_MS - now.getTime()) / 60_000));
  return new AppError('TOO_MANY_ATTEMPTS', `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
}

/**
 * Counts this attempt in one statement and returns its number in the window: parallel attempts each get a distinct number, so no more
 * than MAX_FAILURES of them ever reach the password check. A window older than 15 minutes starts again at 1.
 */
async function countAttempt(key: string, now: Date): Promise<{ attempt: number; windowStartMs: number }> {
  const at = now.toISOString();
  const expired = new Date(now.getTime() - WINDOW_MS).toISOString();
  const rows = await getDb().$queryRaw<{ attempt: number; windowStartMs: number }[]>`
    INSERT INTO "LoginThrottle" ("key", "failures", "firstFailureAt")
    VALUES (${key}, 1, ${at}::timestamptz AT TIME ZONE 'UTC')
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "LoginThrottle"."firstFailureAt" <= ${expired}::timestamptz AT TIME ZONE 'UTC' THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
      "firstFailureAt" = CASE WHEN "LoginThrottle"."firstFailureAt" <= ${expired}::timestamptz AT TIME ZONE 'UTC'
        THEN ${at}::timestamptz AT TIME ZONE 'UTC' ELSE "LoginThrottle"."firstFailureAt" END
    RETURNING "failures" AS "attempt", (extract(epoch FROM "firstFailureAt") * 1000)::float8 AS "windowStartMs"`;
  return { attempt: Number(rows[0].attempt), windowStartMs: Number(rows[0].windowStartMs) };
}

export async function authenticatePassword({
  email: emailInput,
  password,
  clientAddress,
  now = new Date(),
  pause = sleep,
}: PasswordSignIn): Promise<SignedInUser> {
  const db = getDb();
  const email = emailInput.trim().toLowerCase();
  const key = JSON.stringify([email, clientAddress]);
  const { attempt, windowStartMs } = await countAttempt(key, now);
  if (attempt > MAX_FAILURES) throw tooManyAttempts(windowStartMs, now);
  const user = await db.user.findUnique({ where: { email } });
  const valid = await verifyPassword(user?.passwordHash, password);
  if (!valid || !user) {
    // Windows nobody used for 15 minutes are dead weight.
    await db.loginThrottle.deleteMany({ where: { firstFailureAt: { lt: new Date(now.getTime() - WINDOW_MS) } } });
    // Each further failure answers more slowly, which blunts guessing before the lock-out.
    await pause(Math.min(200 * 2 ** (attempt - 1), 3_000));
    if (attempt === MAX_FAILURES) throw tooManyAttempts(windowStartMs, now);
    throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
  }
  await db.loginThrottle.deleteMany({ where: { key } });
  // Said only to someone who knows the password, so it reveals nothing to a guesser.
  if (!user.active) throw new AppError('FORBIDDEN', 'This account has been deactivated. Ask an administrator to reactivate it.');
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
  return { id: user.id, email: user.email, name: user.name, roles: user.roles, sessionVersion: user.sessionVersion };
}
