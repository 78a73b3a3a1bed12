// Package versions, filtered by group, approval status, name and creation window, sorted by name (group, then version) or creation time, in keyset pages.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import type { Prisma } from '@/lib/server/generated/prisma/client';
import { parseInput } from '@/lib/server/parse-input';
import { ZModelApprovalStatus } from '@/lib/schemas/registry';
import type { TModelApprovalStatus } from '@/lib/schemas/registry';
import { arnContext, requireRegistryReader } from './registry-rules';
import { resolveGroupName } from './find-registry-rows';
import { afterCursor, createdWindow, nextCursor, orderBy, parseListOptions } from './registry-list';
import type { RegistryListOptions } from './registry-list';
import { PACKAGE_SELECT } from './registry-dto';
import type { ModelPackageDto, RegistryPage } from './registry-dto';
import { toPackageDto } from './registry-mappers';

const COLUMNS = { name: 'groupName', createdAt: 'createdAt', version: 'version' };

export async function listModelPackages({
  actor,
  groupName,
  approvalStatus,
  ...options
}: {
  actor: Actor | null;
  /** Name or ARN of a group; every group when left out. */
  groupName?: string;
  approvalStatus?: TModelApprovalStatus;
} & RegistryListOptions): Promise<RegistryPage<ModelPackageDto>> {
  requireRegistryReader(actor);
  const parsed = parseListOptions('model-packages', options);
  const context = arnContext();
  const status = approvalStatus === undefined ? undefined : parseInput(ZModelApprovalStatus, approvalStatus);
  const where: Prisma.ModelPackageWhereInput = {
    AND: [
      groupName !== undefined ? { groupName: resolveGroupName(groupName, context) } : {},
      status ? { approvalStatus: status } : {},
      options.nameContains ? { groupName: { contains: options.nameContains, mode: 'insensitive' } } : {},
      createdWindow('createdAt', options),
      afterCursor(parsed, COLUMNS) ?? {},
    ],
  };
  const rows = await getDb().modelPackage.findMany({ where, orderBy: orderBy(parsed, COLUMNS), take: parsed.size + 1, select: PACKAGE_SELECT });
  const page = nextCursor(parsed, rows, (row) => (parsed.sortBy === 'name' ? [row.groupName, row.version] : [row.createdAt.toISOString(), row.id]));
  return { items: page.items.map((row) => toPackageDto(context, row)), nextCursor: page.nextCursor };
}
