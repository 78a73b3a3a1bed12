// Every request re-reads the user: a deactivated user, or one whose password was reset, is out at once.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from './actor';

export async function loadSessionUser(userId: string, sessionVersion: number): Promise<Actor | null> {
  const user = await getDb().user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, roles: true, active: true, sessionVersion: true },
  });
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, roles: user.roles };
}
