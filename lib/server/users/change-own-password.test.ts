// Changing one's own password: the current one must be right (and is throttled as a sign-in is), the new one valid and confirmed; then
// the new one signs in, the old one does not, every session ends, and the audit trail says so.
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import { createTestUser } from '@/test/factories';
import { getDb } from '@/lib/server/db';
import { hashPassword } from '@/lib/server/auth/password';
import { authenticatePassword, MAX_FAILURES } from '@/lib/server/auth/authenticate-password';
import type { Actor } from '@/lib/server/auth/actor';
import { changeOwnPassword } from './change-own-password';

const OLD = 'old password, long enough';
const NEW = 'new password, long enough';
const noPause = async () => {};

beforeAll(async () => {
  await setupTestDatabase();
});

async function userWithPassword(password: string | null): Promise<Actor> {
  const user = await createTestUser(['author']);
  if (password !== null) await getDb().user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
  return user;
}

const change = (actor: Actor | null, input: Record<string, string>, clientAddress = '192.0.2.10') =>
  changeOwnPassword({ actor, input, clientAddress, pause: noPause });

describe('changing your own password', () => {
  it('takes the new password, refuses the old one, ends every session and is recorded', async () => {
    const user = await userWithPassword(OLD);
    const before = await getDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
    await change(user, { currentPassword: OLD, newPassword: NEW, confirmPassword: NEW });
    await expect(authenticatePassword({ email: user.email, password: NEW, clientAddress: '192.0.2.11', pause: noPause })).resolves.toMatchObject({
      id: user.id,
    });
    await expect(authenticatePassword({ email: user.email, password: OLD, clientAddress: '192.0.2.11', pause: noPause })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    const after = await getDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { targetId: user.id, action: 'user.password_changed' } });
    expect(event).toMatchObject({ actorEmail: user.email, targetType: 'user', targetName: user.email });
    expect(event.details).not.toContain(NEW);
  });

  it('names the field that is wrong, and changes nothing', async () => {
    const user = await userWithPassword(OLD);
    const refused = (input: Record<string, string>, path: string) => expect(change(user, input)).rejects.toMatchObject({ code: 'INVALID_INPUT', path });
    await refused({ currentPassword: 'not it at all, no', newPassword: NEW, confirmPassword: NEW }, 'currentPassword');
    await refused({ currentPassword: OLD, newPassword: 'short', confirmPassword: 'short' }, 'newPassword');
    await refused({ currentPassword: OLD, newPassword: NEW, confirmPassword: `${NEW}!` }, 'confirmPassword');
    await refused({ currentPassword: OLD, newPassword: OLD, confirmPassword: OLD }, 'newPassword');
    await refused({ currentPassword: '', newPassword: NEW, confirmPassword: NEW }, 'currentPassword');
    await expect(authenticatePassword({ email: user.email, password: OLD, clientAddress: '192.0.2.12', pause: noPause })).resolves.toMatchObject({
      id: user.id,
    });
  });

  it('counts wrong current passwords as failed sign-ins: the sixth try is refused even with the right one', async () => {
    const user = await userWithPassword(OLD);
    for (let attempt = 1; attempt < MAX_FAILURES; attempt++) {
      await expect(change(user, { currentPassword: `wrong guess ${attempt}`, newPassword: NEW, confirmPassword: NEW }, '192.0.2.20')).rejects.toMatchObject({
        path: 'currentPassword',
      });
    }
    await expect(change(user, { currentPassword: 'wrong guess 5', newPassword: NEW, confirmPassword: NEW }, '192.0.2.20')).rejects.toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
    });
    await expect(change(user, { currentPassword: OLD, newPassword: NEW, confirmPassword: NEW }, '192.0.2.20')).rejects.toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
    });
  });

  it('is refused to people without a Cardinal password (single sign-on) and to strangers', async () => {
    const viaSso = await userWithPassword(null);
    await expect(change(viaSso, { currentPassword: 'anything at all', newPassword: NEW, confirmPassword: NEW })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('single sign-on'),
    });
    await expect(change(null, { currentPassword: OLD, newPassword: NEW, confirmPassword: NEW })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
