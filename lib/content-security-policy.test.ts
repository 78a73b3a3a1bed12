// Every page answers with a Content-Security-Policy whose script nonce is new per response and is handed to Next (which puts it on its
// scripts); console pages still need a session.
import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import type { NextFetchEvent } from 'next/server';
import { encode } from 'next-auth/jwt';
import proxy from '@/proxy';
import { contentSecurityPolicy } from './content-security-policy';

const event = { waitUntil: () => {} } as unknown as NextFetchEvent;

const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? '')?.[1];

describe('Content-Security-Policy', () => {
  it('allows scripts only from this origin with the nonce, and no framing, plugins or foreign form targets', () => {
    const policy = contentSecurityPolicy('abc123');
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain('unsafe-eval');
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) {
      expect(policy).toContain(directive);
    }
  });

  it('is on the open pages and on console pages, with a fresh nonce each time that Next also receives', async () => {
    const token = await encode({ token: { sub: 'user-1', sid: 'session-1' }, secret: process.env.NEXTAUTH_SECRET! });
    const responses = [
      (await proxy(new NextRequest('http://localhost/signin'), event)) as Response,
      (await proxy(new NextRequest('http://localhost/setup'), event)) as Response,
      (await proxy(new NextRequest('http://localhost/model-cards', { headers: { cookie: `next-auth.session-token=${token}` } }), event)) as Response,
    ];
    const nonces = responses.map((response) => {
      const policy = response.headers.get('content-security-policy');
      expect(policy).toContain("frame-ancestors 'none'");
      // NextResponse.next({ request: { headers } }) forwards the request's policy under this name; Next takes the nonce from it.
      expect(response.headers.get('x-middleware-request-content-security-policy')).toBe(policy);
      return nonceOf(policy);
    });
    expect(nonces.every((nonce) => nonce && nonce.length >= 22)).toBe(true);
    expect(new Set(nonces).size).toBe(3);
  });

  it('sends a console page without a session to sign in', async () => {
    const response = (await proxy(new NextRequest('http://localhost/model-cards'), event)) as Response;
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toContain('/signin');
  });
});
