// Every request re-reads the user: a deactivated user, one whose password was reset, or a session that signed out is out at once.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from './actor';

export type SessionClaims = { userId: string; sessionVersion: number; sessionId: string | undefined };

export async function loadSessionUser({ userId, sessionVersion, sessionId }: SessionClaims): Promise<Actor | null> {
  // Tokens minted before sessions had ids cannot be revoked, so they are not accepted.
  if (!sessionId) return null;
  const db = getDb();
  const [user, revoked] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, roles: true, active: true, sessionVersion: true } }),
    db.revokedSession.findUnique({ where: { id: sessionId }, select: { id: true } }),
  ]);
  if (!user || !user.active || user.sessionVersion !== sessionVersion || revoked) return null;
  return { id: user.id, email: user.email, name: user.name, roles: user.roles };
}
