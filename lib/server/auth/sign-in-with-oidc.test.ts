// Single sign-on against the database: a new person becomes an author once, a known subject or verified email signs in as that user,
// and each refusal carries the code the sign-in page turns into its sentence (the address never carries the sentence itself).
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import { createTestUser, uniqueSuffix } from '@/test/factories';
import { getDb } from '@/lib/server/db';
import { SIGN_IN_ERRORS } from '@/lib/sign-in-errors';
import { signInWithOidc } from './sign-in-with-oidc';

const ISSUER = 'https://sso.example.com';

beforeAll(async () => {
  await setupTestDatabase();
});

describe('signing in with single sign-on', () => {
  it('makes a new person an author once, and the same subject signs in as them again', async () => {
    const subject = `sub-${uniqueSuffix()}`;
    const email = `New.Person-${uniqueSuffix()}@Example.com`;
    const first = await signInWithOidc({ issuer: ISSUER, subject, email, name: '  Nia New  ', emailVerified: true });
    expect(first).toMatchObject({ email: email.toLowerCase(), name: 'Nia New', roles: ['author'] });
    const again = await signInWithOidc({ issuer: ISSUER, subject, email: 'changed@example.com', name: null, emailVerified: true });
    expect(again.id).toBe(first.id);
    const created = await getDb().auditEvent.count({ where: { targetId: first.id, action: 'user.created_by_sso' } });
    expect(created).toBe(1);
  });

  it('links an existing account by a verified email, and refuses to by an unverified one', async () => {
    const existing = await createTestUser(['reviewer']);
    await expect(
      signInWithOidc({ issuer: ISSUER, subject: `sub-${uniqueSuffix()}`, email: existing.email, name: null, emailVerified: false }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', message: SIGN_IN_ERRORS.SsoEmailUnverified, details: { signInError: 'SsoEmailUnverified' } });
    const subject = `sub-${uniqueSuffix()}`;
    const linked = await signInWithOidc({ issuer: ISSUER, subject, email: existing.email.toUpperCase(), name: null, emailVerified: true });
    expect(linked).toMatchObject({ id: existing.id, roles: ['reviewer'] });
    const row = await getDb().user.findUniqueOrThrow({ where: { id: existing.id } });
    expect(row).toMatchObject({ oidcIssuer: ISSUER, oidcSubject: subject });
    expect(row.lastLoginAt).not.toBeNull();
  });

  it('refuses a deactivated account and a provider that shares no email, each with its code', async () => {
    const gone = await createTestUser(['author']);
    await getDb().user.update({ where: { id: gone.id }, data: { active: false } });
    await expect(
      signInWithOidc({ issuer: ISSUER, subject: `sub-${uniqueSuffix()}`, email: gone.email, name: null, emailVerified: true }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', details: { signInError: 'SsoDeactivated' } });
    const row = await getDb().user.findUniqueOrThrow({ where: { id: gone.id } });
    // The refusal rolls back the link it would have made.
    expect(row).toMatchObject({ lastLoginAt: null, oidcSubject: null });
    await expect(signInWithOidc({ issuer: ISSUER, subject: `sub-${uniqueSuffix()}`, email: null, name: 'No Mail', emailVerified: true })).rejects.toMatchObject(
      { code: 'INVALID_INPUT', details: { signInError: 'SsoNoEmail' } },
    );
  });
});
