// Every console page re-checks the signed-in user: layouts survive client-side navigation, pages do not.
import 'server-only';
import { redirect } from 'next/navigation';
import { getActor } from './get-actor';
import { hasAnyUser } from '@/lib/server/users/has-any-user';
import type { Actor } from './actor';

export async function requirePageActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect((await hasAnyUser()) ? '/signin' : '/setup');
  return actor;
}
