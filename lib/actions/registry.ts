// The registry screens' one change: a reviewer or admin approves or rejects a package version; the approval gate in updateModelPackage decides.
'use server';

import { revalidatePath } from 'next/cache';
import { getActor } from '@/lib/server/auth/get-actor';
import { updateModelPackage } from '@/lib/server/registry/update-model-package';
import { runAction } from './action-result';

export async function changePackageApprovalAction(groupName: string, version: number, approvalStatus: 'Approved' | 'Rejected', reason: string) {
  return runAction(async () => {
    const detail = await updateModelPackage({ actor: await getActor(), groupName, version, approvalStatus, approvalDescription: reason.trim() || undefined });
    revalidatePath('/registry', 'layout');
    return { approvalStatus: detail.approvalStatus, message: `${groupName} version ${version} is ${approvalStatus === 'Approved' ? 'approved' : 'rejected'}.` };
  });
}
