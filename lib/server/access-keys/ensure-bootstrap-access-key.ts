// CARDINAL_ADMIN_ACCESS_KEY_ID / CARDINAL_ADMIN_SECRET_ACCESS_KEY give the first admin a key at start-up, for automation: created once, left as it is afterwards, and a start with another secret for the same id is refused.
import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { getDb } from '@/lib/server/db';
import { isUniqueViolation } from '@/lib/server/db/unique-violation';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { decryptSecret, encryptSecret } from './secret-box';

/** AWS's own bounds for an access key id (16–128 word characters), upper case as the AWS tools print them. */
const ACCESS_KEY_ID = /^[A-Z0-9]{16,128}$/;
/** Shorter secrets are guessable; ':' would break `curl --user ID:SECRET`, whitespace every config file. */
const SECRET = /^[^\s:]{20,128}$/;
const LABEL = 'Bootstrap key (CARDINAL_ADMIN_ACCESS_KEY_ID)';

export type TBootstrapKeyOutcome =
  | { outcome: 'created'; accessKeyId: string; adminEmail: string }
  | { outcome: 'unchanged'; accessKeyId: string; active: boolean; revoked: boolean }
  | { outcome: 'no-admin-yet'; accessKeyId: string };

/** Throws an Error meant for the operator when the settings are unusable or contradict the stored key. */
export async function ensureBootstrapAccessKey({ accessKeyId, secret }: { accessKeyId: string; secret: string }): Promise<TBootstrapKeyOutcome> {
  if (!ACCESS_KEY_ID.test(accessKeyId)) {
    throw new Error('CARDINAL_ADMIN_ACCESS_KEY_ID must be 16 to 128 upper-case letters and digits, e.g. AKIA followed by 16 of them.');
  }
  if (!SECRET.test(secret)) {
    throw new Error('CARDINAL_ADMIN_SECRET_ACCESS_KEY must be 20 to 128 characters without spaces or colons (an AWS-style secret is 40).');
  }
  const db = getDb();
  const existing = await db.accessKey.findUnique({ where: { accessKeyId }, select: { secretCiphertext: true, active: true, revokedAt: true } });
  if (existing) return checkStoredSecret(accessKeyId, secret, existing);

  // The first admin: the bootstrap admin of CARDINAL_ADMIN_EMAIL, or whoever completed first-run setup.
  const admin = await db.user.findFirst({ where: { active: true, roles: { has: 'admin' } }, orderBy: { createdAt: 'asc' }, select: { id: true, email: true } });
  if (!admin) return { outcome: 'no-admin-yet', accessKeyId };
  try {
    await db.$transaction(async (tx) => {
      await tx.accessKey.create({ data: { accessKeyId, secretCiphertext: encryptSecret(accessKeyId, secret), userId: admin.id, label: LABEL } });
      await recordAuditEvent(tx, {
        actor: admin,
        action: 'access_key.created',
        targetType: 'access_key',
        targetId: accessKeyId,
        targetName: LABEL,
        details: { userId: admin.id, label: LABEL, via: 'environment' },
      });
    });
  } catch (error) {
    // Instances sharing one PostgreSQL start together; the one that lost the race checks what the winner stored.
    if (!isUniqueViolation(error)) throw error;
    const stored = await db.accessKey.findUniqueOrThrow({ where: { accessKeyId }, select: { secretCiphertext: true, active: true, revokedAt: true } });
    return checkStoredSecret(accessKeyId, secret, stored);
  }
  return { outcome: 'created', accessKeyId, adminEmail: admin.email };
}

function checkStoredSecret(
  accessKeyId: string,
  secret: string,
  stored: { secretCiphertext: string; active: boolean; revokedAt: Date | null },
): TBootstrapKeyOutcome {
  const given = Buffer.from(secret, 'utf8');
  const kept = Buffer.from(decryptSecret(accessKeyId, stored.secretCiphertext), 'utf8');
  if (given.length !== kept.length || !timingSafeEqual(given, kept)) {
    throw new Error(
      `access key ${accessKeyId} already exists with a different secret than CARDINAL_ADMIN_SECRET_ACCESS_KEY. ` +
        'Set the secret it was created with, or choose a new CARDINAL_ADMIN_ACCESS_KEY_ID (and delete the old key under Profile → Access keys).',
    );
  }
  return { outcome: 'unchanged', accessKeyId, active: stored.active, revoked: stored.revokedAt !== null };
}
