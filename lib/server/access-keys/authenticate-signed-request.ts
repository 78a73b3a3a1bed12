// A request signed with AWS Signature V4 acts as the owner of the access key, if the key (never revoked) and its owner are both active now; lastUsedAt is written at most once a minute per key.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { verifySigV4 } from '@/lib/server/auth/sigv4/verify-sigv4';
import type { TSigV4FailureCode, TVerifySigV4Options } from '@/lib/server/auth/sigv4/verify-sigv4';
import { decryptSecret } from './secret-box';

const LAST_USED_RESOLUTION_MS = 60_000;

export type TSignedRequestResult = { ok: true; actor: Actor; accessKeyId: string } | { ok: false; code: TSigV4FailureCode; message: string };

export async function authenticateSignedRequest(
  request: Pick<TVerifySigV4Options, 'method' | 'url' | 'headers' | 'body' | 'service' | 'requiredSignedHeaders'>,
  now: Date = new Date(),
): Promise<TSignedRequestResult> {
  const db = getDb();
  // Filled in by lookupSecret, which verifySigV4 calls only once the request is well formed.
  const found: { actor?: Actor; keyRowId?: string; lastUsedAt?: Date | null } = {};
  const result = await verifySigV4({
    ...request,
    now,
    lookupSecret: async (accessKeyId) => {
      const key = await db.accessKey.findUnique({
        where: { accessKeyId },
        select: {
          id: true,
          active: true,
          revokedAt: true,
          secretCiphertext: true,
          lastUsedAt: true,
          user: { select: { id: true, email: true, name: true, roles: true, active: true } },
        },
      });
      // A deactivated key, or a key of a deactivated user, is refused exactly like an unknown one.
      if (!key || !key.active || key.revokedAt || !key.user.active) return null;
      const { id, email, name, roles } = key.user;
      found.actor = { id, email, name, roles };
      found.keyRowId = key.id;
      found.lastUsedAt = key.lastUsedAt;
      return { secret: decryptSecret(accessKeyId, key.secretCiphertext) };
    },
  });
  if (!result.ok) return result;
  // verifySigV4 succeeds only after lookupSecret found an active key, so these are set.
  const { actor, keyRowId, lastUsedAt } = found as Required<typeof found>;
  if (!lastUsedAt || now.getTime() - lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    // Conditional, so instances answering the same key at once write once between them.
    await db.accessKey.updateMany({
      where: { id: keyRowId, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }] },
      data: { lastUsedAt: now },
    });
  }
  return { ok: true, actor, accessKeyId: result.accessKeyId };
}
