// The origin people and AWS clients reach this server at: NEXTAUTH_URL when set, else the request's (forwarded) host.
import 'server-only';
import { headers } from 'next/headers';

export async function publicOrigin(): Promise<string> {
  if (process.env.NEXTAUTH_URL) return process.env.NEXTAUTH_URL.replace(/\/+$/, '');
  const requestHeaders = await headers();
  return `${requestHeaders.get('x-forwarded-proto') ?? 'http'}://${requestHeaders.get('x-forwarded-host') ?? requestHeaders.get('host')}`;
}
