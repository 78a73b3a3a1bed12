// Every page gets a Content-Security-Policy with a fresh nonce; console pages also need a session token (pages re-check the user against
// the database on every request). Sign-in and setup are open.
import { NextResponse } from 'next/server';
import type { NextFetchEvent, NextRequest } from 'next/server';
import { withAuth } from 'next-auth/middleware';
import type { NextRequestWithAuth } from 'next-auth/middleware';
import { contentSecurityPolicy, createNonce } from '@/lib/content-security-policy';

const OPEN_PAGES = /^\/(signin|setup)(\/|$)/;

function withContentSecurityPolicy(request: NextRequest): NextResponse {
  const policy = contentSecurityPolicy(createNonce(), { development: process.env.NODE_ENV !== 'production' });
  // Next reads the nonce from the request's policy and puts it on the scripts it renders.
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

const consolePage = withAuth(withContentSecurityPolicy, { pages: { signIn: '/signin' } });

export default function proxy(request: NextRequest, event: NextFetchEvent) {
  if (OPEN_PAGES.test(request.nextUrl.pathname)) return withContentSecurityPolicy(request);
  return consolePage(request as NextRequestWithAuth, event);
}

export const config = {
  matcher: ['/((?!api|_next/static|_next/image|favicon.ico|icon.svg).*)'],
};
