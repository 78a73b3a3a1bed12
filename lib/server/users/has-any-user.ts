// Until the first admin exists, every page leads to /setup.
import 'server-only';
import { getDb } from '@/lib/server/db';

export async function hasAnyUser(): Promise<boolean> {
  return (await getDb().user.count()) > 0;
}
