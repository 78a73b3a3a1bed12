// A signed-out session's id is kept until its token would have expired anyway; expired entries are dropped on the way.
import 'server-only';
import { getDb } from '@/lib/server/db';

const SESSION_MAX_AGE_MS = 12 * 60 * 60_000;

export async function revokeSession({ sessionId, expiresAt, now = new Date() }: { sessionId: string; expiresAt: Date; now?: Date }): Promise<void> {
  // A token without a readable expiry is kept for the longest a session lasts.
  const until = Number.isFinite(expiresAt.getTime()) && expiresAt > now ? expiresAt : new Date(now.getTime() + SESSION_MAX_AGE_MS);
  const db = getDb();
  await db.$transaction([
    db.revokedSession.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.revokedSession.upsert({ where: { id: sessionId }, create: { id: sessionId, expiresAt: until }, update: {} }),
  ]);
}
