// Admins see every account; nobody else lists users.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { requireRole } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { USER_SELECT } from './user-dto';
import type { UserDto } from './user-dto';

export async function listUsers({ actor }: { actor: Actor | null }): Promise<UserDto[]> {
  requireRole(actor, ['admin'], 'manage users');
  return getDb().user.findMany({ select: USER_SELECT, orderBy: [{ active: 'desc' }, { name: 'asc' }] });
}
