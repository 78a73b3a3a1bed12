'use server';

import { headers } from 'next/headers';
import { getActor } from '@/lib/server/auth/get-actor';
import { clientAddress } from '@/lib/server/auth/client-address';
import { changeOwnPassword } from '@/lib/server/users/change-own-password';
import type { TPasswordChange } from '@/lib/schemas/user';
import { runAction } from './action-result';

export async function changeOwnPasswordAction(input: TPasswordChange) {
  return runAction(async () => {
    await changeOwnPassword({ actor: await getActor(), input, clientAddress: clientAddress(await headers()) });
    return undefined;
  });
}
