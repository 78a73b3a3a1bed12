// Single sign-on: a known (issuer, subject) or email signs in as that user; a new person becomes an author.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { AppError, type AppErrorCode } from '@/lib/server/errors';
import { SIGN_IN_ERRORS, type SignInErrorCode } from '@/lib/sign-in-errors';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import type { SignedInUser } from './authenticate-password';

/** A refusal carries its sign-in code, which is all the address to the sign-in page may hold. */
function refused(code: AppErrorCode, signInError: SignInErrorCode): AppError {
  return new AppError(code, SIGN_IN_ERRORS[signInError], { details: { signInError } });
}

export async function signInWithOidc({
  issuer,
  subject,
  email,
  name,
  emailVerified,
}: {
  issuer: string;
  subject: string;
  email: string | null;
  name: string | null;
  emailVerified: boolean;
}): Promise<SignedInUser> {
  if (!email) throw refused('INVALID_INPUT', 'SsoNoEmail');
  const normalised = email.trim().toLowerCase();
  return getDb().$transaction(async (tx) => {
    let user = await tx.user.findUnique({ where: { oidcIssuer_oidcSubject: { oidcIssuer: issuer, oidcSubject: subject } } });
    if (!user) {
      const byEmail = await tx.user.findUnique({ where: { email: normalised } });
      // Linking to an existing account by email is safe only when the provider vouches for the address.
      if (byEmail && !emailVerified) throw refused('FORBIDDEN', 'SsoEmailUnverified');
      user = byEmail;
    }
    if (!user) {
      user = await tx.user.create({
        data: { email: normalised, name: name?.trim() || normalised, roles: ['author'], oidcIssuer: issuer, oidcSubject: subject },
      });
      await recordAuditEvent(tx, {
        actor: { id: user.id, email: user.email },
        action: 'user.created_by_sso',
        targetType: 'user',
        targetId: user.id,
        targetName: user.email,
        details: { issuer, roles: user.roles },
      });
    } else if (!user.oidcSubject) {
      user = await tx.user.update({ where: { id: user.id }, data: { oidcIssuer: issuer, oidcSubject: subject } });
    }
    if (!user.active) throw refused('FORBIDDEN', 'SsoDeactivated');
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    return { id: user.id, email: user.email, name: user.name, roles: user.roles, sessionVersion: user.sessionVersion };
  });
}
