// Any signed-in role reads a model package group by name or ARN, with how many versions it holds.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { arnContext, groupNotFound, requireRegistryReader } from './registry-rules';
import { resolveGroupName } from './find-registry-rows';
import { GROUP_SELECT } from './registry-dto';
import type { ModelPackageGroupDto } from './registry-dto';
import { toGroupDto } from './registry-mappers';

export async function getModelPackageGroup({ actor, name }: { actor: Actor | null; name: string }): Promise<ModelPackageGroupDto> {
  requireRegistryReader(actor);
  const context = arnContext();
  const groupName = resolveGroupName(name, context);
  const db = getDb();
  const row = await db.modelPackageGroup.findUnique({ where: { name: groupName }, select: GROUP_SELECT });
  if (!row) throw groupNotFound(groupName);
  const packageCount = await db.modelPackage.count({ where: { groupId: row.id } });
  return toGroupDto(context, row, packageCount);
}
