// A user lists their own access keys, newest first; an admin may list anyone's. Secrets never leave the server.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { ACCESS_KEY_SELECT } from './access-key-dto';
import type { AccessKeyDto } from './access-key-dto';
import { requireKeyManager } from './managed-key';

export async function listAccessKeys({ actor, userId }: { actor: Actor | null; userId?: string }): Promise<AccessKeyDto[]> {
  const owner = userId ?? actor?.id ?? '';
  requireKeyManager(actor, owner);
  return getDb().accessKey.findMany({ where: { userId: owner }, orderBy: [{ createdAt: 'desc' }, { accessKeyId: 'asc' }], select: ACCESS_KEY_SELECT });
}
