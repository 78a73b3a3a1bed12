// A package version is deleted only while no card documents it (the refusal names the card); its approval records and tags go with it, and the audit trail keeps what was deleted.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import type { Actor } from '@/lib/server/auth/actor';
import { REGISTRY_TX_OPTIONS, arnContext, checkMayDeleteRegistryResource, packageNotFound, recordRegistryEvent, requireRegistryReader } from './registry-rules';
import { resolvePackageRef } from './find-registry-rows';
import type { PackageRef } from './find-registry-rows';
import { modelPackageArn } from './registry-arns';
import { removeAllTags } from './registry-tags';

export async function deleteModelPackage({ actor, ...ref }: { actor: Actor | null } & PackageRef): Promise<{ id: string; arn: string }> {
  const user = requireRegistryReader(actor);
  const context = arnContext();
  const { groupName, version } = resolvePackageRef(ref, context);
  const arn = modelPackageArn(context, groupName, version);
  return getDb().$transaction(async (tx) => {
    const [pkg] = await tx.$queryRaw<{ id: string; createdById: string; approvalStatus: string }[]>`
      SELECT "id", "createdById", "approvalStatus"::text AS "approvalStatus" FROM "ModelPackage"
      WHERE "groupName" = ${groupName} AND "version" = ${version} FOR UPDATE`;
    if (!pkg) throw packageNotFound(groupName, version);
    checkMayDeleteRegistryResource(user, pkg.createdById, `model package ${groupName}/${version}`);
    // A card created or relinked meanwhile waits on no lock of ours; the unique link makes this read the only holder.
    const card = await tx.modelCard.findUnique({ where: { modelPackageArn: arn }, select: { id: true, name: true } });
    if (card) {
      throw new AppError(
        'CONFLICT',
        `Model package ${groupName}/${version} is documented by the model card ${card.name}. Delete ${card.name}, or remove the package from its content, before deleting the package.`,
        { details: { cardId: card.id, cardName: card.name } },
      );
    }
    const approvals = await tx.modelPackageApproval.findMany({
      where: { packageId: pkg.id },
      orderBy: { createdAt: 'asc' },
      select: { fromStatus: true, toStatus: true, actorId: true, cardName: true, cardVersion: true, cardContentHash: true, createdAt: true },
    });
    // The append-only trigger lets approval records go only with their package, in a transaction that names it.
    await tx.$queryRaw`SELECT set_config('cardinal.deleting_package', ${pkg.id}, true)`;
    await removeAllTags(tx, { type: 'model-package', id: pkg.id });
    await tx.modelPackage.delete({ where: { id: pkg.id } });
    await recordRegistryEvent(
      tx,
      user,
      'model_package.deleted',
      { type: 'model_package', id: pkg.id, name: `${groupName}/${version}` },
      {
        arn,
        approvalStatus: pkg.approvalStatus,
        approvals,
      },
    );
    return { id: pkg.id, arn };
  }, REGISTRY_TX_OPTIONS);
}
