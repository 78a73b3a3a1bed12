// Every request re-reads the user: a deactivated user, one whose password was reset, or a session that signed out is out at once.
import 'server-only';
import { Prisma } from '@/lib/server/generated/prisma/client';
import { getDb } from '@/lib/server/db';
import type { TRole } from '@/lib/schemas/user';
import type { Actor } from './actor';

export type SessionClaims = { userId: string; sessionVersion: number; sessionId: string | undefined };

export async function loadSessionUser({ userId, sessionVersion, sessionId }: SessionClaims): Promise<Actor | null> {
  // Tokens minted before sessions had ids cannot be revoked, so they are not accepted.
  if (!sessionId || !Number.isSafeInteger(sessionVersion)) return null;
  // One statement on every signed-in request (it was a user read and a revocation read): the user only if active, of this
  // session version, and this session not signed out.
  const rows = await getDb().$queryRaw<{ id: string; email: string; name: string; roles: TRole[] }[]>(Prisma.sql`
    SELECT "id", "email", "name", "roles"::text[] AS "roles"
    FROM "User"
    WHERE "id" = ${userId} AND "active" AND "sessionVersion" = ${sessionVersion}
      AND NOT EXISTS (SELECT 1 FROM "RevokedSession" WHERE "id" = ${sessionId})`);
  const user = rows[0];
  return user ? { id: user.id, email: user.email, name: user.name, roles: user.roles } : null;
}
