'use server';

import { createFirstAdmin } from '@/lib/server/users/create-first-admin';
import type { TFirstAdmin } from '@/lib/schemas/user';
import { runAction } from './action-result';

export async function createFirstAdminAction(input: TFirstAdmin) {
  return runAction(async () => {
    const admin = await createFirstAdmin(input);
    return { email: admin.email };
  });
}
