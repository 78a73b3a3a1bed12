// The inventory as one SQL statement: a row per package version and registered model (with the card that documents it) and per card that documents neither, each with its flags; the database filters, sorts and pages.
import 'server-only';
import type { TDashboardQuery, TReviewPolicy } from '@/lib/schemas/dashboard-query';

export type InventorySqlContext = { packageArnPrefix: string; modelArnPrefix: string; policy: TReviewPolicy; now: Date };

/** $1 package ARN prefix, $2 model ARN prefix, $3–$6 months High/Medium/Low/Unknown, $7 now. */
function baseParams(context: InventorySqlContext): unknown[] {
  const { policy } = context;
  return [context.packageArnPrefix, context.modelArnPrefix, policy.High, policy.Medium, policy.Low, policy.Unknown, context.now.toISOString()];
}

const INVENTORY = `
WITH pkg AS (
  SELECT p.id, p."groupName", p.version, p."approvalStatus"::text AS approval, $1::text || p."groupName" || '/' || p.version::text AS arn
  FROM "ModelPackage" p
), mdl AS (
  SELECT m.name, $2::text || m."nameLower" AS arn FROM "RegisteredModel" m
), subjects AS (
  SELECT 'package'::text AS kind, p.arn AS subject, p."groupName" || '/' || p.version::text AS name, p."groupName" AS "groupName", p.version AS "packageVersion", p.approval, p.id AS "packageId", c.id AS "cardId"
  FROM pkg p LEFT JOIN "ModelCard" c ON c."modelPackageArn" = p.arn
  UNION ALL
  SELECT 'model', m.arn, m.name, NULL, NULL, NULL, NULL, c.id
  FROM mdl m LEFT JOIN "ModelCard" c ON c."modelId" = m.arn
  UNION ALL
  SELECT 'card', COALESCE(c."modelPackageArn", c."modelId"), c.name, NULL, NULL, NULL, NULL, c.id
  FROM "ModelCard" c
  WHERE NOT EXISTS (SELECT 1 FROM pkg WHERE pkg.arn = c."modelPackageArn") AND NOT EXISTS (SELECT 1 FROM mdl WHERE mdl.arn = c."modelId")
), last_card_approval AS (
  -- One sort over the approval records, joined by hash: cheaper than a lookup per row once there are thousands of rows.
  SELECT DISTINCT ON (sc."cardId") sc."cardId", sc."createdAt" AS at, u.name AS by
  FROM "CardStatusChange" sc JOIN "User" u ON u.id = sc."actorId"
  WHERE sc."toStatus" = 'Approved' ORDER BY sc."cardId", sc."createdAt" DESC, sc.id DESC
), last_package_approval AS (
  SELECT DISTINCT ON (a."packageId") a."packageId", a."toStatus", a."cardId", a."cardVersion", a."cardContentHash"
  FROM "ModelPackageApproval" a ORDER BY a."packageId", a."createdAt" DESC, a.id DESC
), enriched AS (
  SELECT s.*, c.name AS "cardName", c.status::text AS "cardStatus", c."riskRating"::text AS risk, c."latestVersion", c."modelPackageArn" AS "cardPackageArn",
    o.name AS "ownerName", la.at AS "lastApprovedAt", la.by AS "lastApprovedBy",
    CASE WHEN c.status = 'Approved' AND la.at IS NOT NULL THEN la.at + make_interval(months => CASE c."riskRating"::text WHEN 'High' THEN $3::int WHEN 'Medium' THEN $4::int WHEN 'Low' THEN $5::int ELSE $6::int END) END AS "nextReviewAt",
    (pa."toStatus" = 'Approved' AND (c.id IS NULL OR pa."cardId" IS DISTINCT FROM c.id OR pa."cardVersion" IS DISTINCT FROM c."latestVersion" OR pa."cardContentHash" IS DISTINCT FROM v."contentHash")) AS "changedSinceApproval"
  FROM subjects s
  LEFT JOIN "ModelCard" c ON c.id = s."cardId"
  LEFT JOIN "User" o ON o.id = c."ownerId"
  LEFT JOIN "ModelCardVersion" v ON v."cardId" = c.id AND v.version = c."latestVersion"
  LEFT JOIN last_card_approval la ON la."cardId" = c.id
  LEFT JOIN last_package_approval pa ON pa."packageId" = s."packageId"
), inventory AS (
  SELECT e.*,
    COALESCE(e."nextReviewAt" < $7::timestamp, false) AS "reviewOverdue",
    (e.approval = 'Approved' AND e."cardId" IS NOT NULL AND e."cardStatus" <> 'Approved') AS "packageApprovedCardNot",
    (e.approval = 'Approved' AND COALESCE(e."changedSinceApproval", false)) AS "cardChangedSinceApproval",
    (e."cardId" IS NOT NULL AND e."lastApprovedAt" IS NULL) AS "cardNeverApproved",
    (e.kind <> 'card' AND e."cardId" IS NULL) AS "noCard",
    -- Only a package ARN of this server (its region and account) names a package that could have been deleted here.
    (e.kind = 'card' AND starts_with(e."cardPackageArn", $1::text) AND substr(e."cardPackageArn", length($1::text) + 1) ~ '^[^/]+/[0-9]+$') AS "packageMissing"
  FROM enriched e
)`;

const FLAG_COLUMNS = {
  'review-overdue': '"reviewOverdue"',
  'package-approved-card-not': '"packageApprovedCardNot"',
  'card-changed-since-approval': '"cardChangedSinceApproval"',
  'card-never-approved': '"cardNeverApproved"',
  'no-card': '"noCard"',
  'package-missing': '"packageMissing"',
} as const;
export const FLAG_COLUMN_NAMES = Object.fromEntries(Object.entries(FLAG_COLUMNS).map(([flag, column]) => [flag, column.slice(1, -1)])) as Record<
  keyof typeof FLAG_COLUMNS,
  string
>;

const RISK_ORDER = `CASE risk WHEN 'High' THEN 0 WHEN 'Medium' THEN 1 WHEN 'Low' THEN 2 WHEN 'Unknown' THEN 3 ELSE 4 END`;
const STATUS_ORDER = `CASE "cardStatus" WHEN 'Draft' THEN 0 WHEN 'PendingReview' THEN 1 WHEN 'Approved' THEN 2 WHEN 'Archived' THEN 3 ELSE 4 END`;
const SORTS: Record<TDashboardQuery['sort'], string> = {
  name: 'lower(name)',
  risk: RISK_ORDER,
  status: STATUS_ORDER,
  lastApproved: '"lastApprovedAt"',
  nextReview: '"nextReviewAt"',
};

function whereClause(query: Omit<TDashboardQuery, 'sort' | 'order' | 'page'>, params: unknown[]): string {
  const conditions: string[] = [];
  const bind = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (query.q) conditions.push(`(name ILIKE ${bind(`%${query.q.replace(/[\\%_]/g, '\\$&')}%`)} OR "cardName" ILIKE $${params.length})`);
  if (query.risk) conditions.push(query.risk === 'none' ? '"cardId" IS NULL' : `risk = ${bind(query.risk)}`);
  if (query.status) conditions.push(query.status === 'none' ? '"cardId" IS NULL' : `"cardStatus" = ${bind(query.status)}`);
  if (query.approval) conditions.push(`approval = ${bind(query.approval)}`);
  if (query.kind) conditions.push(`kind = ${bind(query.kind)}`);
  if (query.flag) conditions.push(FLAG_COLUMNS[query.flag]);
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}

const ROW_COLUMNS = `kind, subject, name, "groupName", "packageVersion", approval, "cardId", "cardName", "cardStatus", risk, "ownerName", "lastApprovedAt", "lastApprovedBy", "nextReviewAt",
  "reviewOverdue", "packageApprovedCardNot", "cardChangedSinceApproval", "cardNeverApproved", "noCard", "packageMissing"`;

/**
 * The dashboard's first paint in one statement: one page of rows in the chosen order with the number the filters match, and counts over the
 * whole inventory by risk and card status with rows per flag. The inventory is computed once (a CTE read twice is materialised).
 */
export function inventoryScreenSql(context: InventorySqlContext, query: TDashboardQuery | null, pageSize: number): { sql: string; params: unknown[] } {
  const params = baseParams(context);
  const where = query ? whereClause(query, params) : 'WHERE false';
  const direction = query?.order === 'desc' ? 'DESC' : 'ASC';
  const order = `${SORTS[query?.sort ?? 'nextReview']} ${direction} NULLS LAST, lower(name) ASC, kind ASC, subject ASC`;
  params.push(pageSize, ((query?.page ?? 1) - 1) * pageSize);
  const flags = Object.values(FLAG_COLUMNS)
    .map((column) => `count(*) FILTER (WHERE ${column})::int AS ${column}`)
    .join(', ');
  const sql = `${INVENTORY}, filtered AS (
  SELECT ${ROW_COLUMNS} FROM inventory ${where}
), page AS (
  SELECT filtered.*, row_number() OVER (ORDER BY ${order}) AS ord FROM filtered ORDER BY ${order} LIMIT $${params.length - 1} OFFSET $${params.length}
)
SELECT (SELECT count(*)::int FROM filtered) AS matching,
  (SELECT COALESCE(json_agg(page ORDER BY ord), '[]'::json) FROM page) AS rows,
  (SELECT COALESCE(json_agg(cells), '[]'::json) FROM (SELECT risk, "cardStatus", count(*)::int AS total, ${flags} FROM inventory GROUP BY risk, "cardStatus") cells) AS counts`;
  return { sql, params };
}

/** Every row the filters match, with the SR 11-7 inventory fields read from each card's latest content. */
export function inventoryExportSql(context: InventorySqlContext, query: TDashboardQuery): { sql: string; params: unknown[] } {
  const params = baseParams(context);
  const where = whereClause(query, params);
  const sql = `${INVENTORY}
SELECT f.*,
  (v.content::jsonb) -> 'intended_uses' ->> 'purpose_of_model' AS purpose,
  COALESCE((v.content::jsonb) -> 'model_overview' ->> 'model_owner', f."ownerName") AS owner,
  COALESCE((v.content::jsonb) -> 'model_overview' ->> 'model_creator', cb.name) AS developer
FROM (SELECT ${ROW_COLUMNS}, "latestVersion" FROM inventory ${where}) f
LEFT JOIN "ModelCardVersion" v ON v."cardId" = f."cardId" AND v.version = f."latestVersion"
LEFT JOIN "ModelCard" c ON c.id = f."cardId"
LEFT JOIN "User" cb ON cb.id = c."createdById"
ORDER BY lower(f.name), f.kind, f.subject`;
  return { sql, params };
}
