'use server';

import { revalidatePath } from 'next/cache';
import { getActor } from '@/lib/server/auth/get-actor';
import { setReviewPolicy } from '@/lib/server/dashboard/set-review-policy';
import { runAction } from './action-result';

export async function setReviewPolicyAction(policy: unknown) {
  return runAction(async () => {
    const saved = await setReviewPolicy({ actor: await getActor(), policy });
    revalidatePath('/dashboard');
    return saved;
  });
}
