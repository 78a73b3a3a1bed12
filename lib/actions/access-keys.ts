// Access-key actions for the signed-in user's profile: authenticate, call one service, refresh the page. Only create returns the secret, once.
'use server';

import { revalidatePath } from 'next/cache';
import { getActor } from '@/lib/server/auth/get-actor';
import { createAccessKey } from '@/lib/server/access-keys/create-access-key';
import { setAccessKeyActive } from '@/lib/server/access-keys/set-access-key-active';
import { deleteAccessKey } from '@/lib/server/access-keys/delete-access-key';
import { runAction } from './action-result';

const PAGE = '/profile/access-keys';

export async function createAccessKeyAction(label: string) {
  return runAction(async () => {
    const created = await createAccessKey({ actor: await getActor(), label });
    revalidatePath(PAGE);
    return { accessKeyId: created.key.accessKeyId, secretAccessKey: created.secretAccessKey };
  });
}

export async function setAccessKeyActiveAction(accessKeyId: string, active: boolean) {
  return runAction(async () => {
    await setAccessKeyActive({ actor: await getActor(), accessKeyId, active });
    revalidatePath(PAGE);
    return undefined;
  });
}

export async function deleteAccessKeyAction(accessKeyId: string) {
  return runAction(async () => {
    await deleteAccessKey({ actor: await getActor(), accessKeyId });
    revalidatePath(PAGE);
    return undefined;
  });
}
