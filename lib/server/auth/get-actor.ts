// The signed-in user for this request, re-read from the database (null when signed out, deactivated or reset).
import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { getAuthOptions } from './auth-options';
import { loadSessionUser } from './load-session-user';
import type { Actor } from './actor';

export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(getAuthOptions())) as { userId?: string; sessionVersion?: number; sessionId?: string } | null;
  if (!session?.userId) return null;
  return loadSessionUser({ userId: session.userId, sessionVersion: Number(session.sessionVersion ?? 0), sessionId: session.sessionId });
});
