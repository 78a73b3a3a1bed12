// The groups whose latest version matches a screen's filters: its approval status, and its card's status and risk (or that it has no card). One query over each group's newest version; a group with no version matches no such filter.
import 'server-only';
import { Prisma } from '@/lib/server/generated/prisma/client';
import type { Db } from '@/lib/server/db';
import type { TArnContext } from '@/lib/server/arn-context';
import type { TModelApprovalStatus } from '@/lib/schemas/registry';
import type { TCardStatus } from '@/lib/schemas/card-status';
import type { TRiskRating } from '@/lib/schemas/model-card-content';
import { modelPackageArnPrefix } from './registry-arns';

export type TLatestVersionFilter = { approval?: TModelApprovalStatus; cardStatus?: TCardStatus | 'none'; risk?: TRiskRating };

export function hasLatestVersionFilter(filter: TLatestVersionFilter | undefined): filter is TLatestVersionFilter {
  return Boolean(filter && (filter.approval || filter.cardStatus || filter.risk));
}

export async function groupIdsByLatestVersion(db: Db, context: TArnContext, filter: TLatestVersionFilter): Promise<string[]> {
  const conditions: Prisma.Sql[] = [];
  if (filter.approval) conditions.push(Prisma.sql`p."approvalStatus"::text = ${filter.approval}`);
  if (filter.cardStatus === 'none') conditions.push(Prisma.sql`c.id IS NULL`);
  else if (filter.cardStatus) conditions.push(Prisma.sql`c.status::text = ${filter.cardStatus}`);
  if (filter.risk) conditions.push(Prisma.sql`c."riskRating"::text = ${filter.risk}`);
  // "…:model-package/" (a group's prefix ends in "<group>/").
  const prefix = modelPackageArnPrefix(context, '').slice(0, -1);
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT g.id FROM "ModelPackageGroup" g
    JOIN LATERAL (SELECT "groupName", version, "approvalStatus" FROM "ModelPackage" WHERE "groupId" = g.id ORDER BY version DESC LIMIT 1) p ON true
    LEFT JOIN "ModelCard" c ON c."modelPackageArn" = ${prefix} || p."groupName" || '/' || p.version::text
    WHERE ${Prisma.join(conditions, ' AND ')}`;
  return rows.map((row) => row.id);
}
