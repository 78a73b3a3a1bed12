// A model package group is deleted only while it holds no package versions (delete them first); its tags go with it and the audit trail keeps the record.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import type { Actor } from '@/lib/server/auth/actor';
import { REGISTRY_TX_OPTIONS, arnContext, checkMayDeleteRegistryResource, groupNotFound, recordRegistryEvent, requireRegistryReader } from './registry-rules';
import { resolveGroupName } from './find-registry-rows';
import { removeAllTags } from './registry-tags';

export async function deleteModelPackageGroup({ actor, name }: { actor: Actor | null; name: string }): Promise<{ id: string; name: string }> {
  const user = requireRegistryReader(actor);
  const groupName = resolveGroupName(name, arnContext());
  return getDb().$transaction(async (tx) => {
    // The row lock makes a registration that is under way finish (and be counted) or find the group gone.
    const [group] = await tx.$queryRaw<{ id: string; name: string; createdById: string; latestVersion: number }[]>`
      SELECT "id", "name", "createdById", "latestVersion" FROM "ModelPackageGroup" WHERE "name" = ${groupName} FOR UPDATE`;
    if (!group) throw groupNotFound(groupName);
    checkMayDeleteRegistryResource(user, group.createdById, `model package group ${groupName}`);
    const versions = await tx.modelPackage.findMany({ where: { groupId: group.id }, orderBy: { version: 'asc' }, select: { version: true }, take: 10 });
    if (versions.length > 0) {
      const total = await tx.modelPackage.count({ where: { groupId: group.id } });
      throw new AppError(
        'CONFLICT',
        `Model package group ${groupName} still holds ${total} package version${total === 1 ? '' : 's'} (${versions.map((row) => row.version).join(', ')}${total > versions.length ? ', …' : ''}). Delete its versions first.`,
        { details: { packageVersions: total } },
      );
    }
    await removeAllTags(tx, { type: 'model-package-group', id: group.id });
    await tx.modelPackageGroup.delete({ where: { id: group.id } });
    await recordRegistryEvent(
      tx,
      user,
      'model_package_group.deleted',
      { type: 'model_package_group', id: group.id, name: group.name },
      {
        latestVersion: group.latestVersion,
      },
    );
    return { id: group.id, name: group.name };
  }, REGISTRY_TX_OPTIONS);
}
