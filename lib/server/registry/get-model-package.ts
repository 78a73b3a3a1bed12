// Any signed-in role reads a package version (by group and version, or ARN) with its card, its embedded-card view, its approval records and the "card changed since approval" flag.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { arnContext, packageNotFound, requireRegistryReader } from './registry-rules';
import { resolvePackageRef } from './find-registry-rows';
import type { PackageRef } from './find-registry-rows';
import { APPROVAL_SELECT, PACKAGE_SELECT } from './registry-dto';
import type { ModelPackageDetailDto } from './registry-dto';
import { toPackageDto } from './registry-mappers';
import type { TArnContext } from './registry-arns';
import { findPackageCard, packageCardView } from './package-card';
import { isCardChangedSinceApproval } from './approval-gate';

/** Reads outside any transaction: the selects load related users, which Prisma does in parallel. */
export async function readPackageDetail(context: TArnContext, groupName: string, version: number): Promise<ModelPackageDetailDto> {
  const db = getDb();
  const row = await db.modelPackage.findFirst({
    where: { groupName, version },
    select: { ...PACKAGE_SELECT, approvals: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: APPROVAL_SELECT } },
  });
  if (!row) throw packageNotFound(groupName, version);
  const { approvals, ...packageRow } = row;
  const dto = toPackageDto(context, packageRow);
  const found = await findPackageCard(db, dto.arn);
  const card = found
    ? {
        id: found.id,
        name: found.name,
        status: found.status,
        latestVersion: found.latestVersion,
        contentHash: found.contentHash,
        packageCard: found.packageCard,
        updatedAt: found.updatedAt,
      }
    : null;
  return {
    ...dto,
    card,
    modelCard: found ? packageCardView(found) : null,
    approvals,
    cardChangedSinceApproval: isCardChangedSinceApproval(dto.approvalStatus, approvals[0], card),
  };
}

export async function getModelPackage({ actor, ...ref }: { actor: Actor | null } & PackageRef): Promise<ModelPackageDetailDto> {
  requireRegistryReader(actor);
  const context = arnContext();
  const { groupName, version } = resolvePackageRef(ref, context);
  return readPackageDetail(context, groupName, version);
}
