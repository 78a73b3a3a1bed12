// Model package groups, filtered by name and creation window, sorted by name or creation time, in keyset pages.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import type { Prisma } from '@/lib/server/generated/prisma/client';
import { arnContext, requireRegistryReader } from './registry-rules';
import { afterCursor, createdWindow, nextCursor, orderBy, parseListOptions } from './registry-list';
import type { RegistryListOptions } from './registry-list';
import { GROUP_SELECT } from './registry-dto';
import type { ModelPackageGroupDto, RegistryPage } from './registry-dto';
import { toGroupDto } from './registry-mappers';
import { groupIdsByLatestVersion, hasLatestVersionFilter } from './groups-by-latest-version';
import type { TLatestVersionFilter } from './groups-by-latest-version';

const COLUMNS = { name: 'name', createdAt: 'createdAt' };

export async function listModelPackageGroups({
  actor,
  latest,
  ...options
}: {
  actor: Actor | null;
  /** The console's filters on each group's latest version (SageMaker's ListModelPackageGroups has none). */
  latest?: TLatestVersionFilter;
} & RegistryListOptions): Promise<RegistryPage<ModelPackageGroupDto>> {
  requireRegistryReader(actor);
  const parsed = parseListOptions('model-package-groups', options);
  const context = arnContext();
  const db = getDb();
  const where: Prisma.ModelPackageGroupWhereInput = {
    AND: [
      options.nameContains ? { name: { contains: options.nameContains, mode: 'insensitive' } } : {},
      createdWindow('createdAt', options),
      afterCursor(parsed, COLUMNS) ?? {},
      hasLatestVersionFilter(latest) ? { id: { in: await groupIdsByLatestVersion(db, context, latest) } } : {},
    ],
  };
  const rows = await db.modelPackageGroup.findMany({ where, orderBy: orderBy(parsed, COLUMNS), take: parsed.size + 1, select: GROUP_SELECT });
  const page = nextCursor(parsed, rows, (row) => (parsed.sortBy === 'name' ? [row.name] : [row.createdAt.toISOString(), row.id]));
  const counts = await db.modelPackage.groupBy({ by: ['groupId'], where: { groupId: { in: page.items.map((row) => row.id) } }, _count: { _all: true } });
  const countOf = new Map(counts.map((entry) => [entry.groupId, entry._count._all]));
  return { items: page.items.map((row) => toGroupDto(context, row, countOf.get(row.id) ?? 0)), nextCursor: page.nextCursor };
}
