import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import type { TestDatabase } from '@/test/database';
import { createFirstAdmin } from './create-first-admin';
import { createUser } from './create-user';
import { updateUser } from './update-user';
import { listUsers } from './list-users';
import { hasAnyUser } from './has-any-user';
import { authenticatePassword, MAX_FAILURES, WRONG_CREDENTIALS } from '@/lib/server/auth/authenticate-password';
import { loadSessionUser } from '@/lib/server/auth/load-session-user';
import { revokeSession } from '@/lib/server/auth/revoke-session';
import type { Actor } from '@/lib/server/auth/actor';

let database: TestDatabase;
let admin: Actor;

const CLIENT = '192.0.2.10';
const signIn = (email: string, password: string, now?: Date) => authenticatePassword({ email, password, clientAddress: CLIENT, now });
const session = (userId: string, sessionVersion: number, sessionId = 'session-1') => loadSessionUser({ userId, sessionVersion, sessionId });

beforeAll(async () => {
  database = await setupTestDatabase();
  expect(await hasAnyUser()).toBe(false);
  const created = await createFirstAdmin({ name: 'First Admin', email: 'Admin@Example.com', password: 'first-admin-password' });
  admin = { id: created.id, email: created.email, name: created.name, roles: created.roles };
});

describe('first admin', () => {
  it('is created once with every role and a lower-cased email; a second setup is refused', async () => {
    expect(admin.email).toBe('admin@example.com');
    expect(admin.roles).toEqual(['admin', 'author', 'reviewer', 'auditor']);
    await expect(createFirstAdmin({ name: 'Second', email: 'second@example.com', password: 'second-admin-password' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('stores an argon2id hash, never the password', async () => {
    const row = await database.db.user.findUniqueOrThrow({ where: { email: 'admin@example.com' } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain('first-admin-password');
  });
});

describe('user administration', () => {
  it('only admins create and list users; the DTO carries no secrets', async () => {
    const author = await createUser({ actor: admin, name: 'Ann Author', email: 'ann@example.com', password: 'ann-author-password', roles: ['author'] });
    expect(Object.keys(author)).not.toContain('passwordHash');
    const asAuthor: Actor = { ...author };
    await expect(createUser({ actor: asAuthor, name: 'X', email: 'x@example.com', password: 'x-password-long', roles: ['admin'] })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(listUsers({ actor: asAuthor })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listUsers({ actor: null })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await listUsers({ actor: admin })).map((user) => user.email)).toContain('ann@example.com');
  });

  it('refuses a duplicate email, a short password and an empty role list, naming the field', async () => {
    await expect(createUser({ actor: admin, name: 'Dup', email: 'ANN@example.com', password: 'another-password', roles: ['author'] })).rejects.toMatchObject({
      code: 'CONFLICT',
      path: 'email',
    });
    await expect(createUser({ actor: admin, name: 'Short', email: 'short@example.com', password: 'short', roles: ['author'] })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      path: 'password',
    });
    await expect(createUser({ actor: admin, name: 'None', email: 'none@example.com', password: 'long-enough-password', roles: [] })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      path: 'roles',
    });
  });

  it('a session that signed out is refused from then on; other sessions of the user are not', async () => {
    const user = await createUser({ actor: admin, name: 'Sid', email: 'sid@example.com', password: 'sid-password-long', roles: ['author'] });
    const signedIn = await signIn('sid@example.com', 'sid-password-long');
    expect(await session(user.id, signedIn.sessionVersion, 'laptop')).toMatchObject({ email: 'sid@example.com' });
    await revokeSession({ sessionId: 'laptop', expiresAt: new Date(Date.now() + 60_000) });
    expect(await session(user.id, signedIn.sessionVersion, 'laptop')).toBeNull();
    expect(await session(user.id, signedIn.sessionVersion, 'phone')).toMatchObject({ email: 'sid@example.com' });
    // A token without a session id (minted before ids existed) cannot be revoked, so it is not accepted.
    expect(await loadSessionUser({ userId: user.id, sessionVersion: signedIn.sessionVersion, sessionId: undefined })).toBeNull();
  });

  it('deactivation and password reset end existing sessions; the last admin stays', async () => {
    const user = await createUser({ actor: admin, name: 'Rae', email: 'rae@example.com', password: 'rae-password-long', roles: ['reviewer'] });
    const signedIn = await signIn('rae@example.com', 'rae-password-long');
    // The actor as every request sees it: roles read back as the array they were stored as.
    expect(await session(user.id, signedIn.sessionVersion)).toEqual({ id: user.id, email: 'rae@example.com', name: 'Rae', roles: ['reviewer'] });

    await updateUser({ actor: admin, userId: user.id, change: { password: 'rae-new-password-long' } });
    expect(await session(user.id, signedIn.sessionVersion)).toBeNull();
    const again = await signIn('rae@example.com', 'rae-new-password-long');

    await updateUser({ actor: admin, userId: user.id, change: { active: false } });
    expect(await session(user.id, again.sessionVersion)).toBeNull();
    await expect(signIn('rae@example.com', 'rae-new-password-long')).rejects.toMatchObject({ code: 'FORBIDDEN' });

    await expect(updateUser({ actor: admin, userId: admin.id, change: { active: false } })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(updateUser({ actor: admin, userId: admin.id, change: { roles: ['author'] } })).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('password sign-in', () => {
  it('gives the same message for an unknown email and a wrong password', async () => {
    await expect(signIn('ghost@example.com', 'whatever-password')).rejects.toMatchObject({ message: WRONG_CREDENTIALS });
    await expect(signIn('admin@example.com', 'wrong-password')).rejects.toMatchObject({ message: WRONG_CREDENTIALS });
  });

  it(`locks a client out of an email after ${MAX_FAILURES} failures, existing or not, and the right password does not bypass it`, async () => {
    const start = new Date('2026-01-01T10:00:00Z');
    await createUser({ actor: admin, name: 'Lou', email: 'lou@example.com', password: 'lou-password-long', roles: ['author'] });
    for (const email of ['lou@example.com', 'nobody-here@example.com']) {
      for (let attempt = 1; attempt < MAX_FAILURES; attempt++) {
        await expect(signIn(email, 'bad-password', start)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
      }
      await expect(signIn(email, 'bad-password', start)).rejects.toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    }
    await expect(signIn('lou@example.com', 'lou-password-long', new Date(start.getTime() + 60_000))).rejects.toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
      message: expect.stringContaining('14 minutes'),
    });
    const later = new Date(start.getTime() + 16 * 60_000);
    expect(await signIn('lou@example.com', 'lou-password-long', later)).toMatchObject({ email: 'lou@example.com' });
  }, 120_000);
});

describe('audit trail of user changes', () => {
  it('records each change as a chained event', async () => {
    const events = await database.db.auditEvent.findMany({ orderBy: { seq: 'asc' } });
    expect(events.map((event) => event.action)).toEqual(
      expect.arrayContaining(['user.first_admin_created', 'user.created', 'user.password_reset', 'user.deactivated']),
    );
    for (let i = 1; i < events.length; i++) expect(events[i].prevHash).toBe(events[i - 1].hash);
  });
});
