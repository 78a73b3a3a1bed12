// Any signed-in user creates access keys for themselves (never for someone else: whoever sees a secret can act as its owner); the secret is returned this once and stored only encrypted.
import 'server-only';
import { randomBytes } from 'node:crypto';
import { getDb } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { auditActor, requireActor } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { parseInput } from '@/lib/server/parse-input';
import { ZAccessKeyLabel } from '@/lib/schemas/access-key';
import { ACCESS_KEY_SELECT } from './access-key-dto';
import type { NewAccessKeyDto } from './access-key-dto';
import { encryptSecret } from './secret-box';

/** Enough for a key per pipeline and a spare for rotation; a user needing more is probably leaking keys. */
export const MAX_ACCESS_KEYS_PER_USER = 10;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** AKIA + 16 base32 characters (80 random bits): 20 upper-case characters, as AWS's long-term key ids look, so AWS tools and secret scanners treat it as one. */
function newAccessKeyId(): string {
  // 256 is a multiple of 32, so the low five bits of a random byte are uniform.
  return `AKIA${Array.from(randomBytes(16), (byte) => BASE32[byte & 31]).join('')}`;
}

/** 40 base64 characters (240 random bits), the length and alphabet of an AWS secret access key. */
function newSecretAccessKey(): string {
  return randomBytes(30).toString('base64');
}

export async function createAccessKey({ actor, label }: { actor: Actor | null; label?: string }): Promise<NewAccessKeyDto> {
  const owner = requireActor(actor);
  const parsed = parseInput(ZAccessKeyLabel, { label });
  const accessKeyId = newAccessKeyId();
  const secretAccessKey = newSecretAccessKey();
  const key = await getDb().$transaction(async (tx) => {
    // The owner's row lock makes concurrent creates count each other's keys.
    await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${owner.id} FOR UPDATE`;
    if ((await tx.accessKey.count({ where: { userId: owner.id } })) >= MAX_ACCESS_KEYS_PER_USER) {
      throw new AppError(
        'LIMIT_EXCEEDED',
        `You already have ${MAX_ACCESS_KEYS_PER_USER} access keys, the most one person can hold. Delete a key you no longer use first.`,
      );
    }
    const created = await tx.accessKey.create({
      data: { accessKeyId, secretCiphertext: encryptSecret(accessKeyId, secretAccessKey), userId: owner.id, label: parsed.label || null },
      select: ACCESS_KEY_SELECT,
    });
    await recordAuditEvent(tx, {
      actor: auditActor(owner),
      action: 'access_key.created',
      targetType: 'access_key',
      targetId: accessKeyId,
      targetName: created.label ?? accessKeyId,
      details: { userId: owner.id, label: created.label },
    });
    return created;
  });
  return { key, secretAccessKey };
}
