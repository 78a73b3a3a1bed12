// A key is managed (listed, deactivated, reactivated, deleted) by the user it belongs to or by an admin; nobody else learns anything about it.
import 'server-only';
import type { Tx } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { hasRole, requireActor } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { ACCESS_KEY_SELECT } from './access-key-dto';
import type { AccessKeyDto } from './access-key-dto';

/** Throws unless the actor may manage keys of this user. */
export function requireKeyManager(actor: Actor | null | undefined, userId: string): Actor {
  const user = requireActor(actor);
  if (user.id !== userId && !hasRole(user, 'admin')) throw new AppError('FORBIDDEN', 'You can manage only your own access keys.');
  return user;
}

/** The key, locked until the transaction ends, if the actor may manage it. */
export async function loadManagedKey(tx: Tx, actor: Actor | null | undefined, accessKeyId: string): Promise<{ manager: Actor; key: AccessKeyDto }> {
  const user = requireActor(actor);
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "AccessKey" WHERE "accessKeyId" = ${accessKeyId} FOR UPDATE`;
  const key = locked[0] ? await tx.accessKey.findUnique({ where: { id: locked[0].id }, select: ACCESS_KEY_SELECT }) : null;
  if (!key) throw new AppError('NOT_FOUND', `There is no access key ${accessKeyId}. It may have been deleted.`);
  return { manager: requireKeyManager(user, key.userId), key };
}
