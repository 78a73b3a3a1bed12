// The signed-in user for this request, re-read from the database (null when signed out, deactivated or reset).
import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { getToken } from 'next-auth/jwt';
import type { NextApiRequest } from 'next';
import { loadSessionUser } from './load-session-user';
import type { Actor } from './actor';

export const getActor = cache(async (): Promise<Actor | null> => {
  // The session cookie decoded and its expiry checked, as getServerSession does, without what that adds for the session route:
  // next-auth's request handling and a new token minted and thrown away on every request. Only the cookie counts: no
  // headers are passed, so a bearer token is not accepted instead.
  const request = { cookies: await cookies(), headers: {} } as unknown as NextApiRequest;
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (!token?.sub) return null;
  return loadSessionUser({ userId: token.sub, sessionVersion: Number(token.sv ?? 0), sessionId: typeof token.sid === 'string' ? token.sid : undefined });
});
