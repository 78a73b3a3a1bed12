'use server';

import { revalidatePath } from 'next/cache';
import { getActor } from '@/lib/server/auth/get-actor';
import { createUser } from '@/lib/server/users/create-user';
import { updateUser } from '@/lib/server/users/update-user';
import type { UserChange } from '@/lib/server/users/update-user';
import type { TNewUser } from '@/lib/schemas/user';
import { runAction } from './action-result';

export async function createUserAction(input: TNewUser) {
  return runAction(async () => {
    const user = await createUser({ actor: await getActor(), ...input });
    revalidatePath('/admin/users');
    return { id: user.id };
  });
}

export async function updateUserAction(userId: string, change: UserChange) {
  return runAction(async () => {
    await updateUser({ actor: await getActor(), userId, change });
    revalidatePath('/admin/users');
    return undefined;
  });
}
