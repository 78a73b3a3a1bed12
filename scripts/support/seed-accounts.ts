// Accounts for the seed scripts, made through the user services: the first admin when the database has no users, then named users, each with a fresh random password the script prints once.
import { randomBytes } from 'node:crypto';
import { getDb } from '../../lib/server/db';
import type { Actor } from '../../lib/server/auth/actor';
import { createFirstAdmin } from '../../lib/server/users/create-first-admin';
import { createUser } from '../../lib/server/users/create-user';
import type { TRole } from '../../lib/schemas/user';

/** A seeded account; `password` is null when the account already existed (its password is left as it was). */
export type SeededAccount = { actor: Actor; password: string | null; role: string };

function generatePassword(): string {
  return randomBytes(12).toString('base64url');
}

/**
 * The admin the seed acts as: created with CARDINAL_ADMIN_EMAIL / CARDINAL_ADMIN_PASSWORD (or
 * admin@example.com and a random password) when there are no users yet, else the oldest active admin.
 */
export async function ensureAdmin(env: NodeJS.ProcessEnv = process.env): Promise<SeededAccount> {
  const db = getDb();
  if ((await db.user.count()) === 0) {
    const password = env.CARDINAL_ADMIN_PASSWORD || generatePassword();
    const admin = await createFirstAdmin(
      { name: env.CARDINAL_ADMIN_NAME?.trim() || 'Ada Admin', email: env.CARDINAL_ADMIN_EMAIL?.trim() || 'admin@example.com', password },
      'environment',
    );
    return { actor: admin, password, role: 'admin (first admin, also author, reviewer and auditor)' };
  }
  const admin = await db.user.findFirst({
    where: { roles: { has: 'admin' }, active: true },
    orderBy: { createdAt: 'asc' },
    select: { id: true, email: true, name: true, roles: true },
  });
  if (!admin) throw new Error('This database has users but no active admin, so the seed cannot create accounts. Run it on a fresh database.');
  return { actor: admin, password: null, role: 'admin (existing)' };
}

/** A user with these roles: created by the admin with a random password, or the existing user with that email. */
export async function ensureUser(admin: Actor, user: { name: string; email: string; roles: TRole[] }, role: string): Promise<SeededAccount> {
  const existing = await getDb().user.findUnique({ where: { email: user.email }, select: { id: true, email: true, name: true, roles: true } });
  if (existing) return { actor: existing, password: null, role };
  const password = generatePassword();
  const created = await createUser({ actor: admin, ...user, password });
  return { actor: created, password, role };
}

export function formatAccounts(accounts: SeededAccount[]): string {
  const width = Math.max(...accounts.map((account) => account.actor.email.length));
  return accounts
    .map((account) => `  ${account.actor.email.padEnd(width)}  ${account.password ?? '(existing account, password unchanged)'}  ${account.role}`)
    .join('\n');
}
