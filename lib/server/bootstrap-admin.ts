// CARDINAL_ADMIN_EMAIL / CARDINAL_ADMIN_PASSWORD create the first admin at start-up, for automation (ignored once users exist); CARDINAL_ADMIN_ACCESS_KEY_ID / CARDINAL_ADMIN_SECRET_ACCESS_KEY give that admin an access key.
import 'server-only';
import { hasAnyUser } from './users/has-any-user';
import { createFirstAdmin } from './users/create-first-admin';
import { ensureBootstrapAccessKey } from './access-keys/ensure-bootstrap-access-key';

export async function bootstrapAdminFromEnvironment(env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  const email = env.CARDINAL_ADMIN_EMAIL?.trim();
  const password = env.CARDINAL_ADMIN_PASSWORD;
  if (!email && !password) return null;
  if (!email || !password) throw new Error('Set both CARDINAL_ADMIN_EMAIL and CARDINAL_ADMIN_PASSWORD, or neither.');
  if (await hasAnyUser()) return null;
  const admin = await createFirstAdmin({ name: env.CARDINAL_ADMIN_NAME?.trim() || 'Administrator', email, password }, 'environment');
  return admin.email;
}

/** A line for the start-up log, or null when the variables are not set; throws when they are unusable. */
export async function bootstrapAdminAccessKeyFromEnvironment(env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  const accessKeyId = env.CARDINAL_ADMIN_ACCESS_KEY_ID?.trim();
  const secret = env.CARDINAL_ADMIN_SECRET_ACCESS_KEY?.trim();
  if (!accessKeyId && !secret) return null;
  if (!accessKeyId || !secret) throw new Error('Set both CARDINAL_ADMIN_ACCESS_KEY_ID and CARDINAL_ADMIN_SECRET_ACCESS_KEY, or neither.');
  const result = await ensureBootstrapAccessKey({ accessKeyId, secret });
  switch (result.outcome) {
    case 'created':
      return `Created access key ${accessKeyId} for ${result.adminEmail} from CARDINAL_ADMIN_ACCESS_KEY_ID.`;
    case 'unchanged':
      if (result.revoked) {
        return `Access key ${accessKeyId} (CARDINAL_ADMIN_ACCESS_KEY_ID) was revoked when its owner's password was reset or the owner was deactivated; set a new CARDINAL_ADMIN_ACCESS_KEY_ID and secret.`;
      }
      return result.active
        ? null
        : `Access key ${accessKeyId} (CARDINAL_ADMIN_ACCESS_KEY_ID) is deactivated; reactivate it under Profile → Access keys to use it.`;
    case 'no-admin-yet':
      // Not fatal: first-run setup in the browser is a normal way to create the admin; the next start gives them the key.
      return `CARDINAL_ADMIN_ACCESS_KEY_ID is set but there is no admin yet: the key will be created at the first start after an admin exists (or set CARDINAL_ADMIN_EMAIL and CARDINAL_ADMIN_PASSWORD).`;
  }
}
