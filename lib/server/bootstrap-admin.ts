// CARDINAL_ADMIN_EMAIL / CARDINAL_ADMIN_PASSWORD create the first admin at start-up, for automation; ignored once users exist.
import 'server-only';
import { hasAnyUser } from './users/has-any-user';
import { createFirstAdmin } from './users/create-first-admin';

export async function bootstrapAdminFromEnvironment(env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  const email = env.CARDINAL_ADMIN_EMAIL?.trim();
  const password = env.CARDINAL_ADMIN_PASSWORD;
  if (!email && !password) return null;
  if (!email || !password) throw new Error('Set both CARDINAL_ADMIN_EMAIL and CARDINAL_ADMIN_PASSWORD, or neither.');
  if (await hasAnyUser()) return null;
  const admin = await createFirstAdmin({ name: env.CARDINAL_ADMIN_NAME?.trim() || 'Administrator', email, password }, 'environment');
  return admin.email;
}
