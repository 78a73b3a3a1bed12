// The registry in the console: a reviewer or admin approves or rejects a package version (the approval gate in updateModelPackage decides); the wizard looks up registered models and package versions and prefills from one.
'use server';

import { revalidatePath } from 'next/cache';
import { getActor } from '@/lib/server/auth/get-actor';
import { updateModelPackage } from '@/lib/server/registry/update-model-package';
import { lookupRegistrySubjects } from '@/lib/server/screens/registry-screen';
import { prefillCard } from '@/lib/server/registry/prefill-card';
import type { TModelCardContent } from '@/lib/schemas/model-card-content';
import { runAction } from './action-result';

export async function changePackageApprovalAction(groupName: string, version: number, approvalStatus: 'Approved' | 'Rejected', reason: string) {
  return runAction(async () => {
    const detail = await updateModelPackage({ actor: await getActor(), groupName, version, approvalStatus, approvalDescription: reason.trim() || undefined });
    revalidatePath('/registry', 'layout');
    return { approvalStatus: detail.approvalStatus, message: `${groupName} version ${version} is ${approvalStatus === 'Approved' ? 'approved' : 'rejected'}.` };
  });
}

export async function lookupRegistryAction(q: string) {
  return runAction(async () => lookupRegistrySubjects({ actor: await getActor(), q: String(q) }));
}

/** Fills only what `content` (the wizard's current values) leaves empty. */
export async function prefillFromRegistryAction(subject: { modelPackageArn: string } | { modelName: string }, content: TModelCardContent) {
  return runAction(async () => {
    const actor = await getActor();
    return 'modelPackageArn' in subject
      ? prefillCard({ actor, modelPackageArn: String(subject.modelPackageArn), content })
      : prefillCard({ actor, modelName: String(subject.modelName), content });
  });
}
