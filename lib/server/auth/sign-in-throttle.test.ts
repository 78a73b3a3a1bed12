// Sign-in throttling counts per (email, client address) and before the password check: parallel guesses get exactly five checks, and a
// throttled client cannot lock out the same user signing in from elsewhere. The client address is the TCP peer unless a trusted proxy says otherwise.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import { createTestUser } from '@/test/factories';
import { hashPassword } from './password';
import { authenticatePassword, MAX_FAILURES } from './authenticate-password';
import { clientAddress, PEER_HEADER, trustedProxies } from './client-address';
import { installRequestGate } from '@/lib/server/http/request-gate';

const checks = vi.hoisted(() => ({ count: 0 }));
vi.mock('./password', async (importOriginal) => {
  const original = await importOriginal<typeof import('./password')>();
  return {
    ...original,
    verifyPassword: async (...args: Parameters<typeof original.verifyPassword>) => {
      checks.count++;
      return original.verifyPassword(...args);
    },
  };
});

/** The slow-down after each failure is not what these tests count. */
const pause = async () => {};

let database: Awaited<ReturnType<typeof setupTestDatabase>>;
beforeAll(async () => {
  database = await setupTestDatabase();
});

async function userWithPassword(name: string, password: string) {
  const user = await createTestUser(['author'], name);
  await database.db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
  return user;
}

describe('sign-in throttling', () => {
  it(`gives ${MAX_FAILURES} password checks to 20 parallel wrong guesses from one client, and the same user signs in from another client meanwhile`, async () => {
    const user = await userWithPassword('Target', 'the-right-password');
    checks.count = 0;
    const attacker = '203.0.113.66';
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => authenticatePassword({ email: user.email, password: 'a-wrong-guess', clientAddress: attacker, pause })),
    );
    expect(checks.count).toBe(MAX_FAILURES);
    const codes = results.map((result) => (result.status === 'rejected' ? (result.reason as { code: string }).code : 'SIGNED_IN'));
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(MAX_FAILURES - 1);
    expect(codes.filter((code) => code === 'TOO_MANY_ATTEMPTS')).toHaveLength(20 - (MAX_FAILURES - 1));

    // The attacker is throttled even with the right password; the user, from their own address, is not.
    await expect(authenticatePassword({ email: user.email, password: 'the-right-password', clientAddress: attacker })).rejects.toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
      message: expect.stringMatching(/Try again in 1[45] minutes/),
    });
    expect(await authenticatePassword({ email: user.email.toUpperCase(), password: 'the-right-password', clientAddress: '198.51.100.7' })).toMatchObject({
      id: user.id,
    });
    expect(checks.count).toBe(MAX_FAILURES + 1);
  }, 60_000);

  it('forgets a client’s failures when it signs in, and starts a new window after 15 minutes', async () => {
    const user = await userWithPassword('Forgetful', 'remembered-at-last');
    const start = new Date('2026-03-01T09:00:00Z');
    const attempt = (password: string, minutes: number) =>
      authenticatePassword({ email: user.email, password, clientAddress: '192.0.2.44', now: new Date(start.getTime() + minutes * 60_000), pause });
    for (let i = 0; i < MAX_FAILURES - 1; i++) await expect(attempt('not-it', 0)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await attempt('remembered-at-last', 1);
    for (let i = 0; i < MAX_FAILURES - 1; i++) await expect(attempt('not-it', 2)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(attempt('not-it', 2)).rejects.toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    await expect(attempt('remembered-at-last', 16)).rejects.toMatchObject({ code: 'TOO_MANY_ATTEMPTS', message: expect.stringContaining('1 minute.') });
    expect(await attempt('remembered-at-last', 17.5)).toMatchObject({ id: user.id });
  }, 60_000);
});

describe('client address', () => {
  it('is the peer the server stamped; X-Forwarded-For counts only from a trusted proxy, hop by hop', () => {
    const none = new Set<string>();
    expect(clientAddress({ [PEER_HEADER]: '::ffff:203.0.113.5', 'x-forwarded-for': '10.9.9.9' }, none)).toBe('203.0.113.5');
    expect(clientAddress({ 'x-forwarded-for': '10.9.9.9' }, none)).toBe('unknown');
    const proxies = trustedProxies({ CARDINAL_TRUSTED_PROXIES: '127.0.0.1, 10.0.0.2' });
    expect(clientAddress(new Headers({ [PEER_HEADER]: '::ffff:127.0.0.1', 'x-forwarded-for': 'spoofed, 198.51.100.9, 10.0.0.2' }), proxies)).toBe(
      '198.51.100.9',
    );
    expect(clientAddress({ [PEER_HEADER]: '127.0.0.1' }, proxies)).toBe('127.0.0.1');
    expect(clientAddress({ [PEER_HEADER]: '203.0.113.5', 'x-forwarded-for': '198.51.100.9' }, proxies)).toBe('203.0.113.5');
  });

  it('is stamped from the socket on every request a Node.js server receives, replacing what the client sent', async () => {
    installRequestGate();
    const server = http.createServer((request, response) => response.end(String(request.headers[PEER_HEADER])));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const answer = await fetch(`http://127.0.0.1:${port}/`, { headers: { [PEER_HEADER]: '198.51.100.1' } });
      expect(await answer.text()).toBe('127.0.0.1');
    } finally {
      server.close();
    }
  });
});
